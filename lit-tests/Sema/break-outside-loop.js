// An unlabelled break needs an enclosing loop or switch in the same
// function.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
for (const item of [1, 2]) {
  const check = () => {
// CHECK:{{.*}}break-outside-loop.js:[[@LINE+1]]:5: error: 'break' must be inside a loop or switch
    break;
// CHECK-NEXT:    break;
// CHECK-NEXT:    ^~~~~
  };
}
