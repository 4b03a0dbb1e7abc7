// Invalid escapes in an untagged template are errors (reported by the parser
// once it knows the template is not tagged); a tagged template accepts them
// and gets an undefined cooked value. Only the first bad escape of each
// template part is reported.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = `a\01b`;
// CHECK: {{.*}}template-escapes.js:[[@LINE-1]]:11: error: octal escape sequences are not allowed in template literals
// CHECK-NEXT: {{^}}let a = `a\01b`;{{$}}
// CHECK-NEXT: {{^}}          ^~{{$}}
let b = `\9`;
// CHECK: {{.*}}template-escapes.js:[[@LINE-1]]:10: error: '\8' and '\9' are not valid escape sequences in template literals
// CHECK-NEXT: {{^}}let b = `\9`;{{$}}
// CHECK-NEXT: {{^}}         ^~{{$}}
let c = `\xZZ`;
// CHECK: {{.*}}template-escapes.js:[[@LINE-1]]:10: error: invalid hexadecimal escape sequence; expected '\x' followed by two hex digits
// CHECK-NEXT: {{^}}let c = `\xZZ`;{{$}}
// CHECK-NEXT: {{^}}         ^~{{$}}
let d = `\u{110000}`;
// CHECK: {{.*}}template-escapes.js:[[@LINE-1]]:10: error: Unicode escape sequence value is greater than 0x10FFFF
// CHECK-NEXT: {{^}}let d = `\u{110000}`;{{$}}
// CHECK-NEXT: {{^}}         ^~~~~~~~~~{{$}}
let e = `ok ${a} \u12 ${b} \7`;
// CHECK: {{.*}}template-escapes.js:[[@LINE-1]]:18: error: invalid Unicode escape sequence; expected '\uXXXX' or '\u{...}'
// CHECK-NEXT: {{^}}let e = `ok ${a} \u12 ${b} \7`;{{$}}
// CHECK-NEXT: {{^}}                 ^~~~{{$}}
// CHECK: {{.*}}template-escapes.js:[[@LINE-4]]:28: error: octal escape sequences are not allowed in template literals
// CHECK-NEXT: {{^}}let e = `ok ${a} \u12 ${b} \7`;{{$}}
// CHECK-NEXT: {{^}}                           ^~{{$}}
let f = `\1 \2`;
// CHECK: {{.*}}template-escapes.js:[[@LINE-1]]:10: error: octal escape sequences are not allowed in template literals
// CHECK-NEXT: {{^}}let f = `\1 \2`;{{$}}
// CHECK-NEXT: {{^}}         ^~{{$}}

// Tagged: no diagnostics.
let t = tag`\01 \9 \xZZ \u{110000} ${a} \u12`;
