// A string literal ends at the end of its line: a raw line break (or the end
// of the file) before the closing quote is reported at the opening quote,
// and lexing resumes on the next line. A line continuation (backslash before
// the line break) is allowed, and so are U+2028 / U+2029 inside strings.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = "abc
// CHECK: {{.*}}unterminated-string.js:[[@LINE-1]]:9: error: unterminated string literal
// CHECK-NEXT: {{^}}let a = "abc{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let b = 'it
// CHECK: {{.*}}unterminated-string.js:[[@LINE-1]]:9: error: unterminated string literal
// CHECK-NEXT: {{^}}let b = 'it{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let c = "line \
continued";
let d = "  ";
