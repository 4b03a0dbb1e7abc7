// Escapes in identifiers: only \uXXXX and \u{...} are allowed, and they
// must spell a character that may appear at that position. The rest of the
// identifier is still read, so one diagnostic is reported per bad escape.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let \x61bc = 1;
// CHECK: {{.*}}identifier-escapes.js:[[@LINE-1]]:5: error: invalid escape sequence in identifier; expected '\uXXXX' or '\u{...}'
// CHECK-NEXT: {{^}}let \x61bc = 1;{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
x = a\u00zz;
// CHECK: {{.*}}identifier-escapes.js:[[@LINE-1]]:6: error: invalid escape sequence in identifier; expected '\uXXXX' or '\u{...}'
// CHECK-NEXT: {{^}}x = a\u00zz;{{$}}
// CHECK-NEXT: {{^}}     ^~~~{{$}}
x = a\u{}b;
// CHECK: {{.*}}identifier-escapes.js:[[@LINE-1]]:6: error: invalid escape sequence in identifier; expected '\uXXXX' or '\u{...}'
// CHECK-NEXT: {{^}}x = a\u{}b;{{$}}
// CHECK-NEXT: {{^}}     ^~~~{{$}}
let \u0031st = 1;
// CHECK: {{.*}}identifier-escapes.js:[[@LINE-1]]:5: error: escaped character 'U+0031' is not allowed at the start of an identifier
// CHECK-NEXT: {{^}}let \u0031st = 1;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~{{$}}
let a\u002db = 1;
// CHECK: {{.*}}identifier-escapes.js:[[@LINE-1]]:6: error: escaped character 'U+002D' is not allowed in an identifier
// CHECK-NEXT: {{^}}let a\u002db = 1;{{$}}
// CHECK-NEXT: {{^}}     ^~~~~~{{$}}
let \u{2F}x = 1;
// CHECK: {{.*}}identifier-escapes.js:[[@LINE-1]]:5: error: escaped character 'U+002F' is not allowed at the start of an identifier
// CHECK-NEXT: {{^}}let \u{2F}x = 1;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~{{$}}
x = a\u{110000}b;
// CHECK: {{.*}}identifier-escapes.js:[[@LINE-1]]:6: error: Unicode escape sequence value is greater than 0x10FFFF
// CHECK-NEXT: {{^}}x = a\u{110000}b;{{$}}
// CHECK-NEXT: {{^}}     ^~~~~~~~~~{{$}}

// Valid escapes: not reported.
let \u0061\u{62}c = 1;
