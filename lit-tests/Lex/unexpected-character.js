// A character that cannot start a token is reported once and skipped, so
// the statement around it still parses. Columns count bytes; the caret line
// counts characters, so it sits under the multi-byte character.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = 1 ¤;
// CHECK: {{.*}}unexpected-character.js:[[@LINE-1]]:11: error: unexpected character 'U+00A4'
// CHECK-NEXT: {{^}}let a = 1 ¤;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let b = 2 ☃;
// CHECK: {{.*}}unexpected-character.js:[[@LINE-1]]:11: error: unexpected character 'U+2603'
// CHECK-NEXT: {{^}}let b = 2 ☃;{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
let c = ¦ 3;
// CHECK: {{.*}}unexpected-character.js:[[@LINE-1]]:9: error: unexpected character 'U+00A6'
// CHECK-NEXT: {{^}}let c = ¦ 3;{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
