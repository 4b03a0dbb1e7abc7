// Numeric separators must sit between two digits, and are not allowed in
// legacy literals (leading zero). Only the first problem in a literal is
// reported.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = 1__000;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:10: error: numeric separator '_' must be between two digits
// CHECK-NEXT: {{^}}let a = 1__000;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
let b = 1000_;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:13: error: numeric separator '_' must be between two digits
// CHECK-NEXT: {{^}}let b = 1000_;{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
let c = 1_.5;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:10: error: numeric separator '_' must be between two digits
// CHECK-NEXT: {{^}}let c = 1_.5;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
let d = 1._5;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:11: error: numeric separator '_' must be between two digits
// CHECK-NEXT: {{^}}let d = 1._5;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let e = 1e_5;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:11: error: numeric separator '_' must be between two digits
// CHECK-NEXT: {{^}}let e = 1e_5;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let f = 0x_FF;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:11: error: numeric separator '_' must be between two digits
// CHECK-NEXT: {{^}}let f = 0x_FF;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let g = 0b1__0;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:12: error: numeric separator '_' must be between two digits
// CHECK-NEXT: {{^}}let g = 0b1__0;{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
let h = 0_1;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:10: error: numeric separator '_' is not allowed after a leading '0'
// CHECK-NEXT: {{^}}let h = 0_1;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
let i = 01_7;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:11: error: numeric separators are not allowed in literals with a leading zero
// CHECK-NEXT: {{^}}let i = 01_7;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let j = 08_9;
// CHECK: {{.*}}numeric-separators.js:[[@LINE-1]]:11: error: numeric separators are not allowed in literals with a leading zero
// CHECK-NEXT: {{^}}let j = 08_9;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}

// Valid separators.
let ok = [1_000, 0xF_F, 0b1_0, 0o7_7, 1_0.0_1e1_0];
