// Rest elements (in parameters, binding patterns and assignment patterns):
// last, without a trailing comma, without an initializer; an object rest
// element takes a plain target only.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

function f(a, ...b, c) {}
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:19: error: rest element must be the last element
// CHECK-NEXT: {{^}}function f(a, ...b, c) {}{{$}}
// CHECK-NEXT: {{^}}                  ^{{$}}
function g(...b,) {}
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:16: error: rest element cannot be followed by a trailing comma
// CHECK-NEXT: {{^}}function g(...b,) {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
function h(...b = 1) {}
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:17: error: rest element cannot have an initializer
// CHECK-NEXT: {{^}}function h(...b = 1) {}{{$}}
// CHECK-NEXT: {{^}}                ^{{$}}
let i = (a, ...b, c) => 1;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:17: error: rest element must be the last element
// CHECK-NEXT: {{^}}let i = (a, ...b, c) => 1;{{$}}
// CHECK-NEXT: {{^}}                ^{{$}}
let j = (...b,) => 1;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:14: error: rest element cannot be followed by a trailing comma
// CHECK-NEXT: {{^}}let j = (...b,) => 1;{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
let k = (...b = 1) => 1;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:15: error: rest element cannot have an initializer
// CHECK-NEXT: {{^}}let k = (...b = 1) => 1;{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
let [l, ...m, n] = a;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:13: error: rest element must be the last element
// CHECK-NEXT: {{^}}let [l, ...m, n] = a;{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
let [...o,] = a;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:10: error: rest element cannot be followed by a trailing comma
// CHECK-NEXT: {{^}}let [...o,] = a;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
let { ...p, q } = a;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:11: error: rest element must be the last element
// CHECK-NEXT: {{^}}let { ...p, q } = a;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
[a, ...b, c] = x;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:5: error: rest element must be the last element
// CHECK-NEXT: {{^}}[a, ...b, c] = x;{{$}}
// CHECK-NEXT: {{^}}    ^~~~{{$}}
[...b,] = x;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:2: error: rest element cannot be followed by a trailing comma
// CHECK-NEXT: {{^}}[...b,] = x;{{$}}
// CHECK-NEXT: {{^}} ^~~~{{$}}
[...b = 1] = x;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:5: error: rest element cannot have an initializer
// CHECK-NEXT: {{^}}[...b = 1] = x;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~{{$}}
({ ...a, b } = x);
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:4: error: rest element must be the last element
// CHECK-NEXT: {{^}}({ ...a, b } = x);{{$}}
// CHECK-NEXT: {{^}}   ^~~~{{$}}
({ ...a, } = x);
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:4: error: rest element cannot be followed by a trailing comma
// CHECK-NEXT: {{^}}({ ...a, } = x);{{$}}
// CHECK-NEXT: {{^}}   ^~~~{{$}}
({ ...[a] } = x);
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:7: error: object rest element must be an identifier or member expression
// CHECK-NEXT: {{^}}({ ...[a] } = x);{{$}}
// CHECK-NEXT: {{^}}      ^~~{{$}}
({ ...{ a } } = x);
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:7: error: object rest element must be an identifier or member expression
// CHECK-NEXT: {{^}}({ ...{ a } } = x);{{$}}
// CHECK-NEXT: {{^}}      ^~~~~{{$}}
let r = async (a, ...b,) => 1;
// CHECK: {{.*}}rest-elements.js:[[@LINE-1]]:23: error: rest element cannot be followed by a trailing comma
// CHECK-NEXT: {{^}}let r = async (a, ...b,) => 1;{{$}}
// CHECK-NEXT: {{^}}                      ^{{$}}

// Valid.
function ok(a, ...[b, c]) { let [d, ...{ length }] = a; ({ ...a.b } = x); }
