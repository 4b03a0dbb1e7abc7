// A label may not be redeclared inside the statement it labels.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
outer: for (;;) {
// CHECK:{{.*}}duplicate-label.js:[[@LINE+1]]:3: error: redefinition of label 'outer'
  outer: for (;;) break outer;
// CHECK-NEXT:  outer: for (;;) break outer;
// CHECK-NEXT:  ^~~~~
// CHECK-NEXT:{{.*}}duplicate-label.js:[[@LINE-5]]:1: note: previous definition of the label is here
}
// Sibling statements may reuse a label.
again: ;
again: ;
