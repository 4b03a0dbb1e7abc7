// break and continue may only name a label that encloses them in the same
// function.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
loop: for (;;) {
  [1].forEach(function () {
// CHECK:{{.*}}undeclared-label.js:[[@LINE+1]]:11: error: use of undeclared label 'loop'
    break loop;
// CHECK-NEXT:    break loop;
// CHECK-NEXT:          ^~~~
  });
// CHECK:{{.*}}undeclared-label.js:[[@LINE+1]]:12: error: use of undeclared label 'lop'
  continue lop;
}
