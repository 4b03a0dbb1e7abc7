// A classic `for (let ...)` whose binding a closure captures gets a fresh
// copy of its environment per iteration (copy_env) after the initializer
// and before each update; the current environment lives in a local, which
// the test block reloads, since registers are defined once.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function f() {
  for (let i = 0; i < 2; i++) g(() => i);
}

// CHECK-LABEL: function @0 <script>() params=0 locals=1 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = load_undefined
// CHECK-NEXT:   return %2
// CHECK-LABEL: function @1 f() params=0 locals=1 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_env %0, 1
// CHECK-NEXT:   %2 = load_number 0
// CHECK-NEXT:   store_env %1, 0, 0, %2
// CHECK-NEXT:   %3 = copy_env %1
// CHECK-NEXT:   store_local 0, %3
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %4 = load_local 0
// CHECK-NEXT:   %5 = load_env %4, 0, 0
// CHECK-NEXT:   %6 = load_number 2
// CHECK-NEXT:   %7 = lt %5, %6
// CHECK-NEXT:   branch %7, bb2, bb4
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %8 = load_global "g"
// CHECK-NEXT:   %9 = load_undefined
// CHECK-NEXT:   %10 = create_closure @2, %4
// CHECK-NEXT:   %11 = call %8, %9, %10
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %12 = copy_env %4
// CHECK-NEXT:   store_local 0, %12
// CHECK-NEXT:   %13 = load_env %12, 0, 0
// CHECK-NEXT:   %14 = to_numeric %13
// CHECK-NEXT:   %15 = inc %14
// CHECK-NEXT:   store_env %12, 0, 0, %15
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %16 = load_undefined
// CHECK-NEXT:   return %16
// CHECK-LABEL: function @2 () params=0 locals=0 env=none parent=@1
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   return %1
