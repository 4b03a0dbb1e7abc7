// "expected expression" where an operand is missing, at the token that
// cannot start one.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = ;
// CHECK: {{.*}}expected-expression.js:[[@LINE-1]]:9: error: expected expression
// CHECK-NEXT: {{^}}let a = ;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let b = 1 +;
// CHECK: {{.*}}expected-expression.js:[[@LINE-1]]:12: error: expected expression
// CHECK-NEXT: {{^}}let b = 1 +;{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
f(1, , 2);
// CHECK: {{.*}}expected-expression.js:[[@LINE-1]]:6: error: expected expression
// CHECK-NEXT: {{^}}f(1, , 2);{{$}}
// CHECK-NEXT: {{^}}     ^{{$}}
x = (, 1);
// CHECK: {{.*}}expected-expression.js:[[@LINE-1]]:6: error: expected expression
// CHECK-NEXT: {{^}}x = (, 1);{{$}}
// CHECK-NEXT: {{^}}     ^{{$}}
if () {}
// CHECK: {{.*}}expected-expression.js:[[@LINE-1]]:5: error: expected expression
// CHECK-NEXT: {{^}}if () {}{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
let c = [1, 2, ...];
// CHECK: {{.*}}expected-expression.js:[[@LINE-1]]:19: error: expected expression
// CHECK-NEXT: {{^}}let c = [1, 2, ...];{{$}}
// CHECK-NEXT: {{^}}                  ^{{$}}
let d = a ? : b;
// CHECK: {{.*}}expected-expression.js:[[@LINE-1]]:13: error: expected expression
// CHECK-NEXT: {{^}}let d = a ? : b;{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
