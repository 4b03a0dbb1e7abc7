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
// CHECK-NEXT:   %8 = load_number 4
// CHECK-NEXT:   define_elem %3, %7, %8
// CHECK-NEXT:   %9 = load_local 0
// CHECK-NEXT:   check_tdz %9, "o"
// CHECK-NEXT:   define_prop %3, "o", %9
// CHECK-NEXT:   store_local 0, %3
// CHECK-NEXT:   %10 = load_local 0
// CHECK-NEXT:   %11 = get_prop %10, "m"
// CHECK-NEXT:   %12 = load_local 0
// CHECK-NEXT:   %13 = get_prop %12, "a"
// CHECK-NEXT:   %14 = load_local 0
// CHECK-NEXT:   %15 = load_string "b-c"
// CHECK-NEXT:   %16 = get_elem %14, %15
// CHECK-NEXT:   %17 = call %11, %10, %13, %16
// CHECK-NEXT:   %18 = load_local 2
// CHECK-NEXT:   %19 = load_undefined
// CHECK-NEXT:   %20 = call %18, %19
// CHECK-NEXT:   %21 = load_local 0
// CHECK-NEXT:   %22 = get_prop %21, "C"
// CHECK-NEXT:   %23 = load_number 1
// CHECK-NEXT:   %24 = construct %22, %23
// CHECK-NEXT:   %25 = new_array 3
// CHECK-NEXT:   %26 = load_number 1
// CHECK-NEXT:   define_index %25, 0, %26
// CHECK-NEXT:   %27 = load_local 0
// CHECK-NEXT:   define_index %25, 2, %27
// CHECK-NEXT:   store_local 1, %25
// CHECK-NEXT:   %28 = load_local 0
// CHECK-NEXT:   %29 = delete_prop %28, "a"
// CHECK-NEXT:   %30 = load_this
// CHECK-NEXT:   %31 = load_string "x"
// CHECK-NEXT:   %32 = load_local 0
// CHECK-NEXT:   %33 = to_string %32
// CHECK-NEXT:   %34 = add %31, %33
// CHECK-NEXT:   %35 = load_string "y"
// CHECK-NEXT:   %36 = add %34, %35
// CHECK-NEXT:   %37 = load_undefined
// CHECK-NEXT:   return %37
// CHECK-EMPTY:
// CHECK-LABEL: function @1 f() params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_this
// CHECK-NEXT:   return %0
