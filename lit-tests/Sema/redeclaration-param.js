// A function body may not lexically redeclare a parameter, with or without
// parameter expressions.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
function simple(value) {
// CHECK:{{.*}}redeclaration-param.js:[[@LINE+1]]:9: error: redeclaration of 'value'
  const value = 1;
// CHECK-NEXT:  const value = 1;
// CHECK-NEXT:        ^~~~~
// CHECK-NEXT:{{.*}}redeclaration-param.js:[[@LINE-5]]:17: note: previous declaration is here
}
function withDefault(value = 1) {
// CHECK:{{.*}}redeclaration-param.js:[[@LINE+1]]:7: error: redeclaration of 'value'
  let value;
}
