// After a syntax error the parser drops what it could not parse; Sema still
// runs but does not report errors that the missing pieces could explain
// (the loop around `break`, the class element declaring `#value`).
// RUN: not %kilnc --syntax-only --script %s 2>&1 | FileCheck %s
// CHECK: error:
// CHECK-NOT: must be inside a loop
// CHECK-NOT: is not declared in an enclosing class
for (let x of items +) {
  break;
}
class Box {
  #value = ;
  get() { return this.#value; }
}
// Redeclarations are still reported: dropping code cannot cause them.
// CHECK: error: redeclaration of 'twice'
let twice;
let twice;
