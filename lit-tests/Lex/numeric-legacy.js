// Kiln code is strict: legacy octal literals (with a suggested 0o spelling
// of the same digits) and decimal literals with a leading zero are errors.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = 017;
// CHECK: {{.*}}numeric-legacy.js:[[@LINE-1]]:9: error: octal literals are not allowed in strict mode; use 0o17
// CHECK-NEXT: {{^}}let a = 017;{{$}}
// CHECK-NEXT: {{^}}        ^~~{{$}}
let b = 0000755;
// CHECK: {{.*}}numeric-legacy.js:[[@LINE-1]]:9: error: octal literals are not allowed in strict mode; use 0o755
// CHECK-NEXT: {{^}}let b = 0000755;{{$}}
// CHECK-NEXT: {{^}}        ^~~~~~~{{$}}
let c = 089;
// CHECK: {{.*}}numeric-legacy.js:[[@LINE-1]]:9: error: decimal literals with a leading zero are not allowed in strict mode
// CHECK-NEXT: {{^}}let c = 089;{{$}}
// CHECK-NEXT: {{^}}        ^~~{{$}}
let d = 08.5;
// CHECK: {{.*}}numeric-legacy.js:[[@LINE-1]]:9: error: decimal literals with a leading zero are not allowed in strict mode
// CHECK-NEXT: {{^}}let d = 08.5;{{$}}
// CHECK-NEXT: {{^}}        ^~{{$}}
let e = 09e1;
// CHECK: {{.*}}numeric-legacy.js:[[@LINE-1]]:9: error: decimal literals with a leading zero are not allowed in strict mode
// CHECK-NEXT: {{^}}let e = 09e1;{{$}}
// CHECK-NEXT: {{^}}        ^~{{$}}

// Not legacy: a lone zero, 0.5, 0e1 and the modern prefixes.
let ok = [0, 0.5, 0e1, 0o17, 0x1F, 0b11];
