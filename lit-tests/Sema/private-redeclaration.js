// A private name may be declared once per class, except for a getter and a
// setter of the same static-ness.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
class Temperature {
  #celsius = 0;
  get #fahrenheit() { return this.#celsius * 1.8 + 32; }
  set #fahrenheit(value) { this.#celsius = (value - 32) / 1.8; }
// CHECK:{{.*}}private-redeclaration.js:[[@LINE+1]]:3: error: redeclaration of private name '#celsius'
  #celsius() {}
// CHECK-NEXT:  #celsius() {}
// CHECK-NEXT:  ^~~~~~~~
// CHECK-NEXT:{{.*}}private-redeclaration.js:[[@LINE-7]]:3: note: previous declaration is here
// CHECK:{{.*}}private-redeclaration.js:[[@LINE+1]]:14: error: redeclaration of private name '#fahrenheit'
  static get #fahrenheit() { return 0; }
}
