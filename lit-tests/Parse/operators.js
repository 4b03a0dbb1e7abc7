// Operator rules: a unary operator (or await) directly before '**' needs
// parentheses, and '??' cannot be mixed with '&&' / '||' without them.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = -2 ** 2;
// CHECK: {{.*}}operators.js:[[@LINE-1]]:9: error: unary operator used immediately before '**' needs parentheses
// CHECK-NEXT: {{^}}let a = -2 ** 2;{{$}}
// CHECK-NEXT: {{^}}        ^~~~~{{$}}
let b = typeof x ** 2;
// CHECK: {{.*}}operators.js:[[@LINE-1]]:9: error: unary operator used immediately before '**' needs parentheses
// CHECK-NEXT: {{^}}let b = typeof x ** 2;{{$}}
// CHECK-NEXT: {{^}}        ^~~~~~~~~~~{{$}}
let c = !x ** 2;
// CHECK: {{.*}}operators.js:[[@LINE-1]]:9: error: unary operator used immediately before '**' needs parentheses
// CHECK-NEXT: {{^}}let c = !x ** 2;{{$}}
// CHECK-NEXT: {{^}}        ^~~~~{{$}}
let d = x ?? y || z;
// CHECK: {{.*}}operators.js:[[@LINE-1]]:16: error: '??' cannot be mixed with '||' without parentheses
// CHECK-NEXT: {{^}}let d = x ?? y || z;{{$}}
// CHECK-NEXT: {{^}}               ^~{{$}}
let e = x || y ?? z;
// CHECK: {{.*}}operators.js:[[@LINE-1]]:16: error: '??' cannot be mixed with '||' without parentheses
// CHECK-NEXT: {{^}}let e = x || y ?? z;{{$}}
// CHECK-NEXT: {{^}}               ^~{{$}}
let f = x && y ?? z;
// CHECK: {{.*}}operators.js:[[@LINE-1]]:16: error: '??' cannot be mixed with '&&' without parentheses
// CHECK-NEXT: {{^}}let f = x && y ?? z;{{$}}
// CHECK-NEXT: {{^}}               ^~{{$}}
let g = x ?? y && z;
// CHECK: {{.*}}operators.js:[[@LINE-1]]:11: error: '??' cannot be mixed with '&&' without parentheses
// CHECK-NEXT: {{^}}let g = x ?? y && z;{{$}}
// CHECK-NEXT: {{^}}          ^~{{$}}
async function h() { return await x ** 2; }
// CHECK: {{.*}}operators.js:[[@LINE-1]]:29: error: unary operator used immediately before '**' needs parentheses
// CHECK-NEXT: {{^}}async function h() { return await x ** 2; }{{$}}
// CHECK-NEXT: {{^}}                            ^~~~~~~~~~{{$}}

// Parenthesized: fine.
let ok = (-2) ** 2 + -(2 ** 2) + (typeof x) ** 2;
let ok3 = ((x ?? y) || z) ?? (x && y);
let ok2 = 2 ** -2;
