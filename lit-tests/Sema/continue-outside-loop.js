// continue needs an enclosing loop: a switch is not enough.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
switch (1) {
  case 1:
// CHECK:{{.*}}continue-outside-loop.js:[[@LINE+1]]:5: error: 'continue' must be inside a loop
    continue;
// CHECK-NEXT:    continue;
// CHECK-NEXT:    ^~~~~~~~
}
