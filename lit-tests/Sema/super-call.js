// super() is allowed only in the constructor of a class with a heritage and
// in arrow functions inside it.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
class Base {
  constructor() {
// CHECK:{{.*}}super-call.js:[[@LINE+1]]:5: error: 'super()' is only allowed in the constructor of a derived class
    super();
// CHECK-NEXT:    super();
// CHECK-NEXT:    ^~~~~
  }
}
class Derived extends Base {
  constructor() {
    const init = () => super();
    init();
  }
  method() {
// CHECK:{{.*}}super-call.js:[[@LINE+1]]:5: error: 'super()' is only allowed in the constructor of a derived class
    super();
  }
}
