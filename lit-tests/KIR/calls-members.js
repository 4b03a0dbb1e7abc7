// Method calls pass the object as `this`; object and array literals define
// own properties.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

let o = {a: 1, "b-c": 2, 7: 3, [k]: 4, o};
o.m(o.a, o["b-c"]);
f();
new o.C(1);
let arr = [1, , o];
delete o.a;
this;
`x${o}y`;
function f() { return this; }

// CHECK-LABEL: function @0 <script>() params=0 locals=3 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_empty
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = create_closure @1, %0
// CHECK-NEXT:   store_local 2, %2
// CHECK-NEXT:   %3 = new_object
// CHECK-NEXT:   %4 = load_number 1
// CHECK-NEXT:   define_prop %3, "a", %4
// CHECK-NEXT:   %5 = load_number 2
// CHECK-NEXT:   define_prop %3, "b-c", %5
// CHECK-NEXT:   %6 = load_number 3
// CHECK-NEXT:   define_prop %3, "7", %6
// CHECK-NEXT:   %7 = load_global "k"
// CHECK-NEXT:   %8 = to_property_key %7
// CHECK-NEXT:   %9 = load_number 4
// CHECK-NEXT:   define_elem %3, %8, %9
// CHECK-NEXT:   %10 = load_local 0
// CHECK-NEXT:   check_tdz %10, "o"
// CHECK-NEXT:   define_prop %3, "o", %10
// CHECK-NEXT:   store_local 0, %3
// CHECK-NEXT:   %11 = load_local 0
// CHECK-NEXT:   %12 = get_prop %11, "m"
// CHECK-NEXT:   %13 = load_local 0
// CHECK-NEXT:   %14 = get_prop %13, "a"
// CHECK-NEXT:   %15 = load_local 0
// CHECK-NEXT:   %16 = load_string "b-c"
// CHECK-NEXT:   %17 = get_elem %15, %16
// CHECK-NEXT:   %18 = call %12, %11, %14, %17
// CHECK-NEXT:   %19 = load_local 2
// CHECK-NEXT:   %20 = load_undefined
// CHECK-NEXT:   %21 = call %19, %20
// CHECK-NEXT:   %22 = load_local 0
// CHECK-NEXT:   %23 = get_prop %22, "C"
// CHECK-NEXT:   %24 = load_number 1
// CHECK-NEXT:   %25 = construct %23, %24
// CHECK-NEXT:   %26 = new_array 3
// CHECK-NEXT:   %27 = load_number 1
// CHECK-NEXT:   define_index %26, 0, %27
// CHECK-NEXT:   %28 = load_local 0
// CHECK-NEXT:   define_index %26, 2, %28
// CHECK-NEXT:   store_local 1, %26
// CHECK-NEXT:   %29 = load_local 0
// CHECK-NEXT:   %30 = delete_prop %29, "a"
// CHECK-NEXT:   %31 = load_this
// CHECK-NEXT:   %32 = load_string "x"
// CHECK-NEXT:   %33 = load_local 0
// CHECK-NEXT:   %34 = to_string %33
// CHECK-NEXT:   %35 = add %32, %34
// CHECK-NEXT:   %36 = load_string "y"
// CHECK-NEXT:   %37 = add %35, %36
// CHECK-NEXT:   %38 = load_undefined
// CHECK-NEXT:   return %38
// CHECK-EMPTY:
// CHECK-LABEL: function @1 f() params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_this
// CHECK-NEXT:   return %0
