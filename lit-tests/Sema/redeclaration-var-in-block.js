// A var is hoisted out of nested blocks; it may not cross a block that
// declares the same name lexically.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
{
  let f;
  {
// CHECK:{{.*}}redeclaration-var-in-block.js:[[@LINE+1]]:9: error: redeclaration of 'f'
    var f;
// CHECK-NEXT:    var f;
// CHECK-NEXT:        ^
// CHECK-NEXT:{{.*}}redeclaration-var-in-block.js:[[@LINE-6]]:7: note: previous declaration is here
  }
}
