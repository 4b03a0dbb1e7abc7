// Spread as runtime operations: an array literal defines the elements
// before its first spread by index, then appends (append_spread runs the
// iterator protocol in the runtime; a hole after a spread only grows the
// length). A call or `new` with a spread argument passes one argument array
// (call_array / construct_array); object spread is copy_data_properties.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

let a = [1, ...x, 2, , ...y];
f(...a);
o.m(0, ...a);
new C(...a);
let b = {p: 1, ...a};

// CHECK-LABEL: function @0 <script>() params=0 locals=2 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = new_array 1
// CHECK-NEXT:   %1 = load_number 1
// CHECK-NEXT:   define_index %0, 0, %1
// CHECK-NEXT:   %2 = load_global "x"
// CHECK-NEXT:   append_spread %0, %2
// CHECK-NEXT:   %3 = load_number 2
// CHECK-NEXT:   array_append %0, %3
// CHECK-NEXT:   array_append_hole %0
// CHECK-NEXT:   %4 = load_global "y"
// CHECK-NEXT:   append_spread %0, %4
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %5 = load_global "f"
// CHECK-NEXT:   %6 = load_undefined
// CHECK-NEXT:   %7 = new_array 0
// CHECK-NEXT:   %8 = load_local 0
// CHECK-NEXT:   append_spread %7, %8
// CHECK-NEXT:   %9 = call_array %5, %6, %7
// CHECK-NEXT:   %10 = load_global "o"
// CHECK-NEXT:   %11 = get_prop %10, "m"
// CHECK-NEXT:   %12 = new_array 1
// CHECK-NEXT:   %13 = load_number 0
// CHECK-NEXT:   define_index %12, 0, %13
// CHECK-NEXT:   %14 = load_local 0
// CHECK-NEXT:   append_spread %12, %14
// CHECK-NEXT:   %15 = call_array %11, %10, %12
// CHECK-NEXT:   %16 = load_global "C"
// CHECK-NEXT:   %17 = new_array 0
// CHECK-NEXT:   %18 = load_local 0
// CHECK-NEXT:   append_spread %17, %18
// CHECK-NEXT:   %19 = construct_array %16, %17
// CHECK-NEXT:   %20 = new_object
// CHECK-NEXT:   %21 = load_number 1
// CHECK-NEXT:   define_prop %20, "p", %21
// CHECK-NEXT:   %22 = load_local 0
// CHECK-NEXT:   copy_data_properties %20, %22
// CHECK-NEXT:   store_local 1, %20
// CHECK-NEXT:   %23 = load_undefined
// CHECK-NEXT:   return %23
