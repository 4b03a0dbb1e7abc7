// Parameter defaults and rest parameters. A default runs only when its
// argument is strictly undefined, after the parameters before it are bound;
// the rest parameter is not positional (params= counts the others) and is
// the array load_rest_params builds from its index on. A parameter that an
// earlier default's closure reads starts out empty, so the read checks TDZ.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function f(a, b = a + 1, ...rest) { return rest; }
function g(a = () => b, b = 2) { return a; }

// CHECK-LABEL: function @0 <script>() params=0 locals=2 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = create_closure @2, %0
// CHECK-NEXT:   store_local 1, %2
// CHECK-NEXT:   %3 = load_undefined
// CHECK-NEXT:   return %3
// CHECK-LABEL: function @1 f(a, b) params=2 locals=3 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_param 1
// CHECK-NEXT:   %2 = load_undefined
// CHECK-NEXT:   %3 = strict_eq %1, %2
// CHECK-NEXT:   branch %3, bb1, bb2
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %4 = load_local 0
// CHECK-NEXT:   %5 = load_number 1
// CHECK-NEXT:   %6 = add %4, %5
// CHECK-NEXT:   store_local 1, %6
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb2:
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %7 = load_rest_params 2
// CHECK-NEXT:   store_local 2, %7
// CHECK-NEXT:   %8 = load_local 2
// CHECK-NEXT:   return %8
// CHECK-LABEL: function @2 g(a, b) params=2 locals=1 env=1 parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_env %0, 1
// CHECK-NEXT:   %2 = load_empty
// CHECK-NEXT:   store_env %1, 0, 0, %2
// CHECK-NEXT:   %3 = load_param 0
// CHECK-NEXT:   %4 = load_undefined
// CHECK-NEXT:   %5 = strict_eq %3, %4
// CHECK-NEXT:   branch %5, bb1, bb2
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %6 = create_closure @3, %1
// CHECK-NEXT:   store_local 0, %6
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb2:
// CHECK-NEXT:   store_local 0, %3
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %7 = load_param 1
// CHECK-NEXT:   %8 = load_undefined
// CHECK-NEXT:   %9 = strict_eq %7, %8
// CHECK-NEXT:   branch %9, bb4, bb5
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %10 = load_number 2
// CHECK-NEXT:   store_env %1, 0, 0, %10
// CHECK-NEXT:   jump bb6
// CHECK-NEXT: bb5:
// CHECK-NEXT:   store_env %1, 0, 0, %7
// CHECK-NEXT:   jump bb6
// CHECK-NEXT: bb6:
// CHECK-NEXT:   %11 = load_local 0
// CHECK-NEXT:   return %11
// CHECK-LABEL: function @3 a() params=0 locals=0 env=none parent=@2
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   check_tdz %1, "b"
// CHECK-NEXT:   return %1
