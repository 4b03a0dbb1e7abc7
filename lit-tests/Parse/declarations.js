// Every const declarator and every destructuring declarator needs an
// initializer, except in the head of a for-in / for-of loop.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

const a;
// CHECK: {{.*}}declarations.js:[[@LINE-1]]:7: error: missing initializer in const declaration
// CHECK-NEXT: {{^}}const a;{{$}}
// CHECK-NEXT: {{^}}      ^{{$}}
const b = 1, c;
// CHECK: {{.*}}declarations.js:[[@LINE-1]]:14: error: missing initializer in const declaration
// CHECK-NEXT: {{^}}const b = 1, c;{{$}}
// CHECK-NEXT: {{^}}             ^{{$}}
let [d];
// CHECK: {{.*}}declarations.js:[[@LINE-1]]:5: error: missing initializer in destructuring declaration
// CHECK-NEXT: {{^}}let [d];{{$}}
// CHECK-NEXT: {{^}}    ^~~{{$}}
var {e};
// CHECK: {{.*}}declarations.js:[[@LINE-1]]:5: error: missing initializer in destructuring declaration
// CHECK-NEXT: {{^}}var {e};{{$}}
// CHECK-NEXT: {{^}}    ^~~{{$}}
for (const f; ;) {}
// CHECK: {{.*}}declarations.js:[[@LINE-1]]:12: error: missing initializer in const declaration
// CHECK-NEXT: {{^}}for (const f; ;) {}{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
for (let [g]; ;) {}
// CHECK: {{.*}}declarations.js:[[@LINE-1]]:10: error: missing initializer in destructuring declaration
// CHECK-NEXT: {{^}}for (let [g]; ;) {}{{$}}
// CHECK-NEXT: {{^}}         ^~~{{$}}
for (const h of []) {}
for (let [i] in {}) {}
let j;
