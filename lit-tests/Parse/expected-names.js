// Missing names: identifiers, property names, binding targets (identifier
// or pattern), and a reserved word where an identifier must be.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = o.;
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:11: error: expected identifier
// CHECK-NEXT: {{^}}let a = o.;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let b = o?.;
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:12: error: expected identifier
// CHECK-NEXT: {{^}}let b = o?.;{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
let c = { +: 1 };
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:11: error: expected property name
// CHECK-NEXT: {{^}}let c = { +: 1 };{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
class K { static +() {} }
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:18: error: expected property name
// CHECK-NEXT: {{^}}class K { static +() {} }{{$}}
// CHECK-NEXT: {{^}}                 ^{{$}}
let [1] = a;
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:6: error: expected identifier or destructuring pattern
// CHECK-NEXT: {{^}}let [1] = a;{{$}}
// CHECK-NEXT: {{^}}     ^{{$}}
let { a: 2 } = o;
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:10: error: expected identifier or destructuring pattern
// CHECK-NEXT: {{^}}let { a: 2 } = o;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
function f(1) {}
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:12: error: expected identifier or destructuring pattern
// CHECK-NEXT: {{^}}function f(1) {}{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
var;
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:4: error: expected identifier or destructuring pattern
// CHECK-NEXT: {{^}}var;{{$}}
// CHECK-NEXT: {{^}}   ^{{$}}
let o = { if };
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:11: error: 'if' is a reserved word and cannot be used as an identifier
// CHECK-NEXT: {{^}}let o = { if };{{$}}
// CHECK-NEXT: {{^}}          ^~{{$}}
let { while } = o;
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:7: error: 'while' is a reserved word and cannot be used as an identifier
// CHECK-NEXT: {{^}}let { while } = o;{{$}}
// CHECK-NEXT: {{^}}      ^~~~~{{$}}
function () {}
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:10: error: expected identifier after 'function'
// CHECK-NEXT: {{^}}function () {}{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
class {}
// CHECK: {{.*}}expected-names.js:[[@LINE-1]]:7: error: expected identifier after 'class'
// CHECK-NEXT: {{^}}class {}{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
