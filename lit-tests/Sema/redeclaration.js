// A second lexical declaration of a name in the same scope is an error,
// reported at the later declaration with a note at the earlier one.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
let count = 0;
// CHECK:{{.*}}redeclaration.js:[[@LINE+1]]:7: error: redeclaration of 'count'
const count = 1;
// CHECK-NEXT:const count = 1;
// CHECK-NEXT:      ^~~~~
// CHECK-NEXT:{{.*}}redeclaration.js:[[@LINE-5]]:5: note: previous declaration is here
// CHECK-NEXT:let count = 0;
// CHECK-NEXT:    ^~~~~
