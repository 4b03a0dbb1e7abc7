// Object patterns read each property with get_prop / get_elem after
// require_object_coercible; a computed key is converted once with
// to_property_key; a default applies to an undefined value; the rest copies
// the other own properties, excluding the keys taken before it. Member
// targets of an assignment pattern are evaluated before the value is read.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function decl(o, k) {
  const {a, [k]: b = 1, ...rest} = o;
}

function assign(o, t) {
  ({x: t.p, y} = o);
}

function param({a: {b}}) {}

try { f(); } catch ({message}) {}

// CHECK-LABEL: function @0 <script>() params=0 locals=4 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = create_closure @2, %0
// CHECK-NEXT:   store_local 1, %2
// CHECK-NEXT:   %3 = create_closure @3, %0
// CHECK-NEXT:   store_local 2, %3
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1: unwind=bb2
// CHECK-NEXT:   %4 = load_global "f"
// CHECK-NEXT:   %5 = load_undefined
// CHECK-NEXT:   %6 = call %4, %5
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %7 = catch
// CHECK-NEXT:   require_object_coercible %7
// CHECK-NEXT:   %8 = get_prop %7, "message"
// CHECK-NEXT:   store_local 3, %8
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %9 = load_undefined
// CHECK-NEXT:   return %9
// CHECK-LABEL: function @1 decl(o, k) params=2 locals=6 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_param 1
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   %2 = load_local 0
// CHECK-NEXT:   require_object_coercible %2
// CHECK-NEXT:   %3 = load_string "a"
// CHECK-NEXT:   %4 = get_prop %2, "a"
// CHECK-NEXT:   store_local 2, %4
// CHECK-NEXT:   %5 = load_local 1
// CHECK-NEXT:   %6 = to_property_key %5
// CHECK-NEXT:   %7 = get_elem %2, %6
// CHECK-NEXT:   store_local 5, %7
// CHECK-NEXT:   %8 = load_undefined
// CHECK-NEXT:   %9 = strict_eq %7, %8
// CHECK-NEXT:   branch %9, bb1, bb2
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %10 = load_number 1
// CHECK-NEXT:   store_local 5, %10
// CHECK-NEXT:   jump bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %11 = load_local 5
// CHECK-NEXT:   store_local 3, %11
// CHECK-NEXT:   %12 = new_array 2
// CHECK-NEXT:   define_index %12, 0, %3
// CHECK-NEXT:   define_index %12, 1, %6
// CHECK-NEXT:   %13 = new_object
// CHECK-NEXT:   copy_data_properties_except %13, %2, %12
// CHECK-NEXT:   store_local 4, %13
// CHECK-NEXT:   %14 = load_undefined
// CHECK-NEXT:   return %14
// CHECK-LABEL: function @2 assign(o, t) params=2 locals=2 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_param 1
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   %2 = load_local 0
// CHECK-NEXT:   require_object_coercible %2
// CHECK-NEXT:   %3 = load_local 1
// CHECK-NEXT:   %4 = get_prop %2, "x"
// CHECK-NEXT:   put_prop %3, "p", %4
// CHECK-NEXT:   %5 = get_prop %2, "y"
// CHECK-NEXT:   store_global "y", %5
// CHECK-NEXT:   %6 = load_undefined
// CHECK-NEXT:   return %6
// CHECK-LABEL: function @3 param({}) params=1 locals=1 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   require_object_coercible %0
// CHECK-NEXT:   %1 = get_prop %0, "a"
// CHECK-NEXT:   require_object_coercible %1
// CHECK-NEXT:   %2 = get_prop %1, "b"
// CHECK-NEXT:   store_local 0, %2
// CHECK-NEXT:   %3 = load_undefined
// CHECK-NEXT:   return %3
