// The body of a catch clause may not redeclare its parameter lexically, nor
// with var when the parameter is a pattern (a var may redeclare a plain
// identifier parameter, ECMAScript B.3.4).
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
try {
} catch (e) {
  var e;
}
try {
} catch (err) {
// CHECK:{{.*}}redeclaration-catch.js:[[@LINE+1]]:7: error: redeclaration of 'err'
  let err;
// CHECK-NEXT:  let err;
// CHECK-NEXT:      ^~~
// CHECK-NEXT:{{.*}}redeclaration-catch.js:[[@LINE-5]]:10: note: previous declaration is here
}
try {
} catch ([first]) {
// CHECK:{{.*}}redeclaration-catch.js:[[@LINE+1]]:7: error: redeclaration of 'first'
  var first;
// CHECK-NEXT:  var first;
// CHECK-NEXT:      ^~~~~
}
