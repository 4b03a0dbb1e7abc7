// new.target needs an enclosing non-arrow function or class field.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
function Point() {
  const check = () => new.target;
}
class Field {
  kind = new.target;
}
// CHECK:{{.*}}new-target.js:[[@LINE+1]]:24: error: 'new.target' is only allowed in functions and class fields
const topLevel = () => new.target;
// CHECK-NEXT:const topLevel = () => new.target;
// CHECK-NEXT:                       ^~~~~~~~~~
