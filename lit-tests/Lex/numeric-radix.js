// Hexadecimal, octal and binary literals need at least one digit of their
// radix; a decimal digit of a larger radix is called out; an exponent needs
// digits; and a number may not run straight into an identifier or digit.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = 0x;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:9: error: expected hexadecimal digit after '0x'
// CHECK-NEXT: {{^}}let a = 0x;{{$}}
// CHECK-NEXT: {{^}}        ^~{{$}}
let b = 0o;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:9: error: expected octal digit after '0o'
// CHECK-NEXT: {{^}}let b = 0o;{{$}}
// CHECK-NEXT: {{^}}        ^~{{$}}
let c = 0b;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:9: error: expected binary digit after '0b'
// CHECK-NEXT: {{^}}let c = 0b;{{$}}
// CHECK-NEXT: {{^}}        ^~{{$}}
let d = 0B;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:9: error: expected binary digit after '0B'
// CHECK-NEXT: {{^}}let d = 0B;{{$}}
// CHECK-NEXT: {{^}}        ^~{{$}}
let e = 0b102;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:13: error: invalid digit '2' in binary literal
// CHECK-NEXT: {{^}}let e = 0b102;{{$}}
// CHECK-NEXT: {{^}}            ^{{$}}
let f = 0o78;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:12: error: invalid digit '8' in octal literal
// CHECK-NEXT: {{^}}let f = 0o78;{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
let g = 1e;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:10: error: expected digit in exponent
// CHECK-NEXT: {{^}}let g = 1e;{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
let h = 1.5e+;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:12: error: expected digit in exponent
// CHECK-NEXT: {{^}}let h = 1.5e+;{{$}}
// CHECK-NEXT: {{^}}           ^~{{$}}
let i = 0xfg;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:12: error: numeric literal must not be immediately followed by an identifier or digit
// CHECK-NEXT: {{^}}let i = 0xfg;{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
let j = 3in [1];
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:10: error: numeric literal must not be immediately followed by an identifier or digit
// CHECK-NEXT: {{^}}let j = 3in [1];{{$}}
// CHECK-NEXT: {{^}}         ^~{{$}}
let k = 1.5px;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:12: error: numeric literal must not be immediately followed by an identifier or digit
// CHECK-NEXT: {{^}}let k = 1.5px;{{$}}
// CHECK-NEXT: {{^}}           ^~{{$}}
let l = 0b1_2;
// CHECK: {{.*}}numeric-radix.js:[[@LINE-1]]:12: error: numeric separator '_' must be between two digits
// CHECK-NEXT: {{^}}let l = 0b1_2;{{$}}
// CHECK-NEXT: {{^}}           ^{{$}}
