// Object and array literals that may still become patterns: a shorthand
// with an initializer ({a = 1}) and a repeated __proto__ are errors only if
// the literal stays an expression.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let o = { a = 1 };
// CHECK: {{.*}}cover-grammar.js:[[@LINE-1]]:13: error: invalid shorthand property initializer; use ':' outside a destructuring pattern
// CHECK-NEXT: {{^}}let o = { a = 1 };{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
f({ b = 2 });
// CHECK: {{.*}}cover-grammar.js:[[@LINE-1]]:7: error: invalid shorthand property initializer; use ':' outside a destructuring pattern
// CHECK-NEXT: {{^}}f({ b = 2 });{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
x = [{ c = 3 }];
// CHECK: {{.*}}cover-grammar.js:[[@LINE-1]]:10: error: invalid shorthand property initializer; use ':' outside a destructuring pattern
// CHECK-NEXT: {{^}}x = [{ c = 3 }];{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
let p = { __proto__: a, "__proto__": b };
// CHECK: {{.*}}cover-grammar.js:[[@LINE-1]]:25: error: duplicate '__proto__' property in object literal
// CHECK-NEXT: {{^}}let p = { __proto__: a, "__proto__": b };{{$}}
// CHECK-NEXT: {{^}}                        ^~~~~~~~~~~{{$}}
let q = { __proto__: a, b, __proto__: c };
// CHECK: {{.*}}cover-grammar.js:[[@LINE-1]]:28: error: duplicate '__proto__' property in object literal
// CHECK-NEXT: {{^}}let q = { __proto__: a, b, __proto__: c };{{$}}
// CHECK-NEXT: {{^}}                           ^~~~~~~~~{{$}}

// As patterns, both are fine.
({ a = 1 } = o);
[{ c = 3 }] = x;
({ __proto__: a, __proto__: b } = o);
({ d = 4 }) => d;
for ({ e = 5 } of x) {}
// Computed, shorthand and method __proto__ keys are not duplicates.
let r = { __proto__: a, ["__proto__"]: b, __proto__() {} };
