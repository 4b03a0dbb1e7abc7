// Classes lower to runtime operations: define_class over the constructor
// (or a synthesized default one) and the heritage (load_empty without
// `extends`), define_method / define_accessor on the prototype or the
// class, computed keys through to_property_key, private names created once
// per class evaluation, a field initializer registered with
// set_field_initializer and run by init_fields, static fields as methods
// called with the class as `this`. In a derived constructor `this` is a
// TDZ slot that super_call binds, and every return jumps to one exit block
// that runs derived_ctor_result outside any try. Function headers mark
// methods and (derived) constructors; methods with literal keys are named
// after them.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

class A {
  #secret = 1;
  x;
  static count = 0;
  constructor(v) { this.v = v; }
  get secret() { return this.#secret; }
  set secret(s) { this.#secret = s; }
  [Symbol.iterator]() {}
  static make() { return new A(1); }
  #hidden() { return #secret in this; }
}

class B extends A {
  constructor() {
    super(1);
    return super.secret;
  }
}

const C = class extends B {};

// CHECK-LABEL: function @0 <script>() params=0 locals=4 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_env %0, 3
// CHECK-NEXT:   %2 = create_private_name "secret"
// CHECK-NEXT:   store_env %1, 0, 1, %2
// CHECK-NEXT:   %3 = create_private_name "hidden"
// CHECK-NEXT:   store_env %1, 0, 2, %3
// CHECK-NEXT:   %4 = load_empty
// CHECK-NEXT:   %5 = define_class @1, %1, %4
// CHECK-NEXT:   %6 = get_prop %5, "prototype"
// CHECK-NEXT:   %7 = load_string "count"
// CHECK-NEXT:   %8 = load_string "secret"
// CHECK-NEXT:   %9 = create_closure @2, %1
// CHECK-NEXT:   define_accessor %6, %8, %9, 0
// CHECK-NEXT:   %10 = load_string "secret"
// CHECK-NEXT:   %11 = create_closure @3, %1
// CHECK-NEXT:   define_accessor %6, %10, %11, 1
// CHECK-NEXT:   %12 = load_global "Symbol"
// CHECK-NEXT:   %13 = get_prop %12, "iterator"
// CHECK-NEXT:   %14 = to_property_key %13
// CHECK-NEXT:   %15 = create_closure @4, %1
// CHECK-NEXT:   define_method %6, %14, %15, 0
// CHECK-NEXT:   %16 = load_string "make"
// CHECK-NEXT:   %17 = create_closure @5, %1
// CHECK-NEXT:   define_method %5, %16, %17, 0
// CHECK-NEXT:   %18 = load_env %1, 0, 2
// CHECK-NEXT:   %19 = create_closure @6, %1
// CHECK-NEXT:   set_home_object %19, %6
// CHECK-NEXT:   set_private_method %18, %19, 0
// CHECK-NEXT:   store_env %1, 0, 0, %5
// CHECK-NEXT:   %20 = create_closure @7, %1
// CHECK-NEXT:   set_home_object %20, %6
// CHECK-NEXT:   set_field_initializer %5, %20
// CHECK-NEXT:   %21 = create_closure @8, %1
// CHECK-NEXT:   set_home_object %21, %5
// CHECK-NEXT:   %22 = call %21, %5
// CHECK-NEXT:   define_field %5, %7, %22
// CHECK-NEXT:   store_local 0, %5
// CHECK-NEXT:   %23 = load_local 0
// CHECK-NEXT:   %24 = define_class @9, %0, %23
// CHECK-NEXT:   %25 = get_prop %24, "prototype"
// CHECK-NEXT:   store_local 3, %24
// CHECK-NEXT:   store_local 1, %24
// CHECK-NEXT:   %26 = load_local 1
// CHECK-NEXT:   %27 = define_class @10, %0, %26
// CHECK-NEXT:   %28 = get_prop %27, "prototype"
// CHECK-NEXT:   store_local 2, %27
// CHECK-NEXT:   %29 = load_undefined
// CHECK-NEXT:   return %29
// CHECK-LABEL: function @1 A(v) constructor params=1 locals=1 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_callee
// CHECK-NEXT:   %1 = load_this
// CHECK-NEXT:   init_fields %0, %1
// CHECK-NEXT:   %2 = load_param 0
// CHECK-NEXT:   store_local 0, %2
// CHECK-NEXT:   %3 = load_this
// CHECK-NEXT:   %4 = load_local 0
// CHECK-NEXT:   put_prop %3, "v", %4
// CHECK-NEXT:   %5 = load_undefined
// CHECK-NEXT:   return %5
// CHECK-LABEL: function @2 get secret() method params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_this
// CHECK-NEXT:   %2 = load_env %0, 0, 1
// CHECK-NEXT:   %3 = get_private %1, %2
// CHECK-NEXT:   return %3
// CHECK-LABEL: function @3 set secret(s) method params=1 locals=1 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_param 0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = load_this
// CHECK-NEXT:   %3 = load_env %0, 0, 1
// CHECK-NEXT:   %4 = load_local 0
// CHECK-NEXT:   put_private %2, %3, %4
// CHECK-NEXT:   %5 = load_undefined
// CHECK-NEXT:   return %5
// CHECK-LABEL: function @4 () method params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_undefined
// CHECK-NEXT:   return %0
// CHECK-LABEL: function @5 make() method params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   %2 = load_number 1
// CHECK-NEXT:   %3 = construct %1, %2
// CHECK-NEXT:   return %3
// CHECK-LABEL: function @6 #hidden() method params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 1
// CHECK-NEXT:   %2 = load_this
// CHECK-NEXT:   %3 = private_in %1, %2
// CHECK-NEXT:   return %3
// CHECK-LABEL: function @7 <fields>() method params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_this
// CHECK-NEXT:   %2 = load_env %0, 0, 2
// CHECK-NEXT:   add_private_methods %1, %2
// CHECK-NEXT:   %3 = load_env %0, 0, 1
// CHECK-NEXT:   %4 = load_number 1
// CHECK-NEXT:   define_private_field %1, %3, %4
// CHECK-NEXT:   %5 = load_string "x"
// CHECK-NEXT:   %6 = load_undefined
// CHECK-NEXT:   define_field %1, %5, %6
// CHECK-NEXT:   %7 = load_undefined
// CHECK-NEXT:   return %7
// CHECK-LABEL: function @8 <static field>() method params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_number 0
// CHECK-NEXT:   return %0
// CHECK-LABEL: function @9 B() derived-constructor params=0 locals=2 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_empty
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_callee
// CHECK-NEXT:   %2 = load_new_target
// CHECK-NEXT:   %3 = load_number 1
// CHECK-NEXT:   %4 = super_call %1, %2, %3
// CHECK-NEXT:   %5 = load_local 0
// CHECK-NEXT:   check_this_unbound %5
// CHECK-NEXT:   store_local 0, %4
// CHECK-NEXT:   %6 = load_home_object
// CHECK-NEXT:   %7 = load_local 0
// CHECK-NEXT:   check_tdz %7, "this"
// CHECK-NEXT:   %8 = load_string "secret"
// CHECK-NEXT:   %9 = get_super %6, %8, %7
// CHECK-NEXT:   store_local 1, %9
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %10 = load_local 1
// CHECK-NEXT:   %11 = load_local 0
// CHECK-NEXT:   %12 = derived_ctor_result %10, %11
// CHECK-NEXT:   return %12
// CHECK-LABEL: function @10 C() derived-constructor params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_callee
// CHECK-NEXT:   %1 = load_rest_params 0
// CHECK-NEXT:   %2 = load_new_target
// CHECK-NEXT:   %3 = super_call_array %0, %2, %1
// CHECK-NEXT:   return %3
