// super.x is allowed in methods, accessors, constructors, class fields and
// static blocks (and arrows inside them), never in plain functions.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
const object = {
  method() { return super.toString(); },
  plain: function () {
// CHECK:{{.*}}super-property.js:[[@LINE+1]]:12: error: 'super' property access is only allowed in methods, accessors, constructors and class fields
    return super.toString();
// CHECK-NEXT:    return super.toString();
// CHECK-NEXT:           ^~~~~
  },
};
class Fields {
  field = () => super.valueOf();
  static { super.valueOf(); }
}
