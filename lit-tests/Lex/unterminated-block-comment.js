// A block comment that reaches the end of the file is reported at its "/*".
// The CHECK lines come first because the comment runs to the end of this
// file.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

/* A closed comment, with a * and a / inside. */
// CHECK: {{.*}}unterminated-block-comment.js:[[@LINE+3]]:12: error: unterminated /* comment
// CHECK-NEXT: {{^}}let a = 1; /* never closed{{$}}
// CHECK-NEXT: {{^}}           ^~{{$}}
let a = 1; /* never closed
let b = 2;
