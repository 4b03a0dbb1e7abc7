// Literals load constants; let/const/var that no closure captures are locals
// of the top-level function; unresolved names are globals.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

let a = 1.5;
const s = "q\"\n";
var v;
let u;
v = [null, true, false, 10, a, s, u, undeclared];

// CHECK-LABEL: function @0 <script>() params=0 locals=4 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_undefined
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_number 1.5
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   %2 = load_string "q\"\n"
// CHECK-NEXT:   store_local 2, %2
// CHECK-NEXT:   %3 = load_undefined
// CHECK-NEXT:   store_local 3, %3
// CHECK-NEXT:   %4 = new_array 8
// CHECK-NEXT:   %5 = load_null
// CHECK-NEXT:   define_index %4, 0, %5
// CHECK-NEXT:   %6 = load_true
// CHECK-NEXT:   define_index %4, 1, %6
// CHECK-NEXT:   %7 = load_false
// CHECK-NEXT:   define_index %4, 2, %7
// CHECK-NEXT:   %8 = load_number 10
// CHECK-NEXT:   define_index %4, 3, %8
// CHECK-NEXT:   %9 = load_local 1
// CHECK-NEXT:   define_index %4, 4, %9
// CHECK-NEXT:   %10 = load_local 2
// CHECK-NEXT:   define_index %4, 5, %10
// CHECK-NEXT:   %11 = load_local 3
// CHECK-NEXT:   define_index %4, 6, %11
// CHECK-NEXT:   %12 = load_global "undeclared"
// CHECK-NEXT:   define_index %4, 7, %12
// CHECK-NEXT:   store_local 0, %4
// CHECK-NEXT:   %13 = load_undefined
// CHECK-NEXT:   return %13
