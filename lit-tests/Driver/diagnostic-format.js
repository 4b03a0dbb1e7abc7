// Diagnostics are `file:line:col: error: message`, then the source line, then
// a caret under the column (with `~` under the rest of the range), and the
// source having errors makes the exit status 1. [[@LINE+N]] keeps the
// expected line number right when lines are added above.
// RUN: %expect-exit 1 %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
// CHECK:{{.*}}diagnostic-format.js:[[@LINE+1]]:9: error: unterminated string literal
let s = "abc
// CHECK-NEXT:let s = "abc
// CHECK-NEXT:{{        \^~*}}
