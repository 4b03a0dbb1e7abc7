// --emit=scopes: a class scope holds the inner name and the private names;
// field initializers and static blocks are function-like scopes.
// RUN: %kilnc --emit=scopes --script %s | FileCheck %s --match-full-lines --strict-whitespace
class Point extends Base {
  #x = 0;
  static origin = new Point();
  get #len() { return 0; }
  set #len(v) {}
  constructor() {
    super();
    new.target;
  }
  show = () => super.toString() + this.#x;
  static {
    var count = 0;
  }
}
// CHECK:global 1:1
// CHECK-NEXT:  binding Point class
// CHECK-NEXT:  globals: Base
// CHECK-NEXT:  class 4:1 Point
// CHECK-NEXT:    binding Point class-name captured
// CHECK-NEXT:    binding #x private-field captured
// CHECK-NEXT:    binding #len private-accessor get set
// CHECK-NEXT:    field-init 5:3
// CHECK-NEXT:    field-init 6:3
// CHECK-NEXT:      free: Point
// CHECK-NEXT:    function 7:11
// CHECK-NEXT:    function 8:11
// CHECK-NEXT:      binding v param
// CHECK-NEXT:    function 9:14 uses-this uses-super-call uses-new.target
// CHECK-NEXT:    field-init 13:3 uses-this this-captured uses-super-property
// CHECK-NEXT:      arrow 13:10 uses-this uses-super-property
// CHECK-NEXT:    static-block 14:3
// CHECK-NEXT:      binding count var
