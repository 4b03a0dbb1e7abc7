// Object literal methods and accessors lower to define_method /
// define_accessor with the enumerable bit set (kind 2 and 3 for getters
// and setters), `__proto__: value` to set_literal_proto, and `super.x` in a
// method to get_super on its home object. Functions are named after
// literal keys; arrows keep no `method` mark.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

const o = {
  __proto__: null,
  m() { return super.x; },
  get g() { return 1; },
  set [k](v) {},
  f: () => 1,
};

// CHECK-LABEL: function @0 <script>() params=0 locals=1 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = new_object
// CHECK-NEXT:   %2 = load_null
// CHECK-NEXT:   set_literal_proto %1, %2
// CHECK-NEXT:   %3 = load_string "m"
// CHECK-NEXT:   %4 = create_closure @1, %0
// CHECK-NEXT:   define_method %1, %3, %4, 1
// CHECK-NEXT:   %5 = load_string "g"
// CHECK-NEXT:   %6 = create_closure @2, %0
// CHECK-NEXT:   define_accessor %1, %5, %6, 2
// CHECK-NEXT:   %7 = load_global "k"
// CHECK-NEXT:   %8 = to_property_key %7
// CHECK-NEXT:   %9 = create_closure @3, %0
// CHECK-NEXT:   define_accessor %1, %8, %9, 3
// CHECK-NEXT:   %10 = create_closure @4, %0
// CHECK-NEXT:   define_prop %1, "f", %10
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %11 = load_undefined
// CHECK-NEXT:   return %11
// CHECK-LABEL: function @1 m() method params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_home_object
// CHECK-NEXT:   %1 = load_this
// CHECK-NEXT:   %2 = load_string "x"
// CHECK-NEXT:   %3 = get_super %0, %2, %1
// CHECK-NEXT:   return %3
// CHECK-LABEL: function @2 get g() method params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_number 1
// CHECK-NEXT:   return %0
// CHECK-LABEL: function @3 (v) method params=1 locals=1 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_undefined
// CHECK-NEXT:   return %1
// CHECK-LABEL: function @4 f() params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_number 1
// CHECK-NEXT:   return %0
