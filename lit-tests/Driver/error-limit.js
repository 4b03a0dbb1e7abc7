// --error-limit=N stops after N errors with one final "too many errors"
// error; nothing is reported after it.
// RUN: %expect-exit 1 %kilnc --syntax-only --script --error-limit=2 %s 2>&1 \
// RUN:   | FileCheck %s
// CHECK: error: unterminated string literal
// CHECK: error: {{.+}}
// CHECK: error: too many errors emitted, stopping now [--error-limit=]
// CHECK-NOT: error:
"one
"two
"three
"four
