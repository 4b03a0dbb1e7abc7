// Escape sequences in string literals: strict mode forbids legacy octal
// escapes (\0 followed by a digit included) and \8 / \9; \x needs two hex
// digits; \u needs four hex digits or a braced code point <= 0x10FFFF.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = "a\01b";
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:11: error: octal escape sequences are not allowed in strict mode
// CHECK-NEXT: {{^}}let a = "a\01b";{{$}}
// CHECK-NEXT: {{^}}          ^~~{{$}}
let b = 'a\377';
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:11: error: octal escape sequences are not allowed in strict mode
// CHECK-NEXT: {{^}}let b = 'a\377';{{$}}
// CHECK-NEXT: {{^}}          ^~~~{{$}}
let c = "a\8";
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:11: error: '\8' and '\9' escape sequences are not allowed in strict mode
// CHECK-NEXT: {{^}}let c = "a\8";{{$}}
// CHECK-NEXT: {{^}}          ^~{{$}}
let d = "\9z";
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:10: error: '\8' and '\9' escape sequences are not allowed in strict mode
// CHECK-NEXT: {{^}}let d = "\9z";{{$}}
// CHECK-NEXT: {{^}}         ^~{{$}}
let e = "a\x4g";
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:11: error: invalid hexadecimal escape sequence; expected '\x' followed by two hex digits
// CHECK-NEXT: {{^}}let e = "a\x4g";{{$}}
// CHECK-NEXT: {{^}}          ^~~{{$}}
let f = "\x";
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:10: error: invalid hexadecimal escape sequence; expected '\x' followed by two hex digits
// CHECK-NEXT: {{^}}let f = "\x";{{$}}
// CHECK-NEXT: {{^}}         ^~{{$}}
let g = "a\u12g4";
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:11: error: invalid Unicode escape sequence; expected '\uXXXX' or '\u{...}'
// CHECK-NEXT: {{^}}let g = "a\u12g4";{{$}}
// CHECK-NEXT: {{^}}          ^~~~{{$}}
let h = "\u{}";
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:10: error: invalid Unicode escape sequence; expected '\uXXXX' or '\u{...}'
// CHECK-NEXT: {{^}}let h = "\u{}";{{$}}
// CHECK-NEXT: {{^}}         ^~~~{{$}}
let i = "\u{12";
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:10: error: invalid Unicode escape sequence; expected '\uXXXX' or '\u{...}'
// CHECK-NEXT: {{^}}let i = "\u{12";{{$}}
// CHECK-NEXT: {{^}}         ^~~~~{{$}}
let j = "a\u{110000}";
// CHECK: {{.*}}string-escapes.js:[[@LINE-1]]:11: error: Unicode escape sequence value is greater than 0x10FFFF
// CHECK-NEXT: {{^}}let j = "a\u{110000}";{{$}}
// CHECK-NEXT: {{^}}          ^~~~~~~~~~{{$}}

// Valid: \0 not followed by a digit, every other escape form.
let ok = "\0 \b\f\n\r\t\v \x41 \u0041 \u{1F600} \q \\ \" \' \
";
