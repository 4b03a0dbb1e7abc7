// switch: the discriminant is evaluated first, then the case tests in source
// order with strict_eq; no match goes to `default` wherever it stands (or
// past the switch). Bodies are laid out in source order and fall through;
// `break` leaves the switch. The case block is one scope: a captured `let`
// gets an environment created after the discriminant, before the tests.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function f(x) {
  switch (x) {
    case 1: a();
    default: b();
    case 2: { c(); break; }
    case 3: let z = () => z;
  }
  lbl: switch (x) { case 0: break lbl; }
}

// CHECK-LABEL: function @0 <script>() params=0 locals=1 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = load_undefined
// CHECK-NEXT:   return %2
// CHECK-LABEL: function @1 f(x) params=1 locals=1 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_param 0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = load_local 0
// CHECK-NEXT:   %3 = create_env %0, 1
// CHECK-NEXT:   %4 = load_empty
// CHECK-NEXT:   store_env %3, 0, 0, %4
// CHECK-NEXT:   %5 = load_number 1
// CHECK-NEXT:   %6 = strict_eq %2, %5
// CHECK-NEXT:   branch %6, bb4, bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %7 = load_number 2
// CHECK-NEXT:   %8 = strict_eq %2, %7
// CHECK-NEXT:   branch %8, bb6, bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %9 = load_number 3
// CHECK-NEXT:   %10 = strict_eq %2, %9
// CHECK-NEXT:   branch %10, bb7, bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   jump bb5
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %11 = load_global "a"
// CHECK-NEXT:   %12 = load_undefined
// CHECK-NEXT:   %13 = call %11, %12
// CHECK-NEXT:   jump bb5
// CHECK-NEXT: bb5:
// CHECK-NEXT:   %14 = load_global "b"
// CHECK-NEXT:   %15 = load_undefined
// CHECK-NEXT:   %16 = call %14, %15
// CHECK-NEXT:   jump bb6
// CHECK-NEXT: bb6:
// CHECK-NEXT:   %17 = load_global "c"
// CHECK-NEXT:   %18 = load_undefined
// CHECK-NEXT:   %19 = call %17, %18
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb7:
// CHECK-NEXT:   %20 = create_closure @2, %3
// CHECK-NEXT:   store_env %3, 0, 0, %20
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb8:
// CHECK-NEXT:   %21 = load_local 0
// CHECK-NEXT:   %22 = load_number 0
// CHECK-NEXT:   %23 = strict_eq %21, %22
// CHECK-NEXT:   branch %23, bb10, bb9
// CHECK-NEXT: bb9:
// CHECK-NEXT:   jump bb11
// CHECK-NEXT: bb10:
// CHECK-NEXT:   jump bb11
// CHECK-NEXT: bb11:
// CHECK-NEXT:   %24 = load_undefined
// CHECK-NEXT:   return %24
// CHECK-LABEL: function @2 z() params=0 locals=0 env=none parent=@1
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   check_tdz %1, "z"
// CHECK-NEXT:   return %1
