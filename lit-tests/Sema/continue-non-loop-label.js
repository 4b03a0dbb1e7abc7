// continue may only name the label of a loop.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
block: {
  for (;;) {
// CHECK:{{.*}}continue-non-loop-label.js:[[@LINE+1]]:14: error: 'continue' label 'block' does not refer to a loop
    continue block;
// CHECK-NEXT:    continue block;
// CHECK-NEXT:             ^~~~~
// CHECK-NEXT:{{.*}}continue-non-loop-label.js:[[@LINE-6]]:1: note: label 'block' is declared here
  }
}
