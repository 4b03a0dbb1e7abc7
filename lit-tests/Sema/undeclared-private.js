// A private name must be declared by an enclosing class; the heritage of a
// class does not see the class's own private names.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
class Counter {
  #count = 0;
  increment() { return ++this.#count; }
// CHECK:{{.*}}undeclared-private.js:[[@LINE+1]]:39: error: private name '#total' is not declared in an enclosing class
  total() { return this.#count + this.#total; }
// CHECK-NEXT:  total() { return this.#count + this.#total; }
// CHECK-NEXT:                                      ^~~~~~
  has(o) { return #count in o; }
}
// CHECK:{{.*}}undeclared-private.js:[[@LINE+1]]:46: error: private name '#secret' is not declared in an enclosing class
class Leaky extends (class { m(o) { return o.#secret; } }) {
  #secret;
}
