// Reserved words as identifiers: keywords never; the strict-mode reserved
// words (implements, interface, let, package, private, protected, public,
// static, yield) never in Kiln's always-strict code; a keyword spelled
// with escapes is not a keyword and still not an identifier. As property
// names all of them are fine.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

var if = 1;
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:5: error: 'if' is a reserved word and cannot be used as an identifier
// CHECK-NEXT: {{^}}var if = 1;{{$}}
// CHECK-NEXT: {{^}}    ^~{{$}}
let implements = 1;
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:5: error: 'implements' is a reserved word in strict mode
// CHECK-NEXT: {{^}}let implements = 1;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~~~~~{{$}}
function interface() {}
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:10: error: 'interface' is a reserved word in strict mode
// CHECK-NEXT: {{^}}function interface() {}{{$}}
// CHECK-NEXT: {{^}}         ^~~~~~~~~{{$}}
let package;
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:5: error: 'package' is a reserved word in strict mode
// CHECK-NEXT: {{^}}let package;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~~{{$}}
var private = 1;
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:5: error: 'private' is a reserved word in strict mode
// CHECK-NEXT: {{^}}var private = 1;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~~{{$}}
let [protected] = a;
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:6: error: 'protected' is a reserved word in strict mode
// CHECK-NEXT: {{^}}let [protected] = a;{{$}}
// CHECK-NEXT: {{^}}     ^~~~~~~~~{{$}}
function f(public) {}
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:12: error: 'public' is a reserved word in strict mode
// CHECK-NEXT: {{^}}function f(public) {}{{$}}
// CHECK-NEXT: {{^}}           ^~~~~~{{$}}
x = static;
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:5: error: 'static' is a reserved word in strict mode
// CHECK-NEXT: {{^}}x = static;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~{{$}}
let { yield } = o;
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:7: error: 'yield' is a reserved word in strict mode
// CHECK-NEXT: {{^}}let { yield } = o;{{$}}
// CHECK-NEXT: {{^}}      ^~~~~{{$}}
class let {}
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:7: error: 'let' is a reserved word in strict mode
// CHECK-NEXT: {{^}}class let {}{{$}}
// CHECK-NEXT: {{^}}      ^~~{{$}}
var \u0062reak = 1;
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:5: error: keyword 'break' must not contain escaped characters
// CHECK-NEXT: {{^}}var \u0062reak = 1;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~~~~~{{$}}
x = n\u0065w;
// CHECK: {{.*}}reserved-words.js:[[@LINE-1]]:5: error: keyword 'new' must not contain escaped characters
// CHECK-NEXT: {{^}}x = n\u0065w;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~~~{{$}}
let o = { if: 1, let: 2, static: 3, \u0062reak: 4 };
o.if = o.yield;
