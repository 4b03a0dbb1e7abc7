// Optional chaining: each `?.` tests its object (or callee) with is_nullish
// and leaves the chain for a block that makes its value undefined; the
// method call `a?.b()` keeps `a` as `this`.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function f(a, k) {
  return a?.b.c;
}

function g(a, k) {
  return a?.[k]?.m(1) ?? a.f?.();
}


function d(o) {
  return delete o?.p.q;
}

// CHECK-LABEL: function @0 <script>() params=0 locals=3 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = create_closure @2, %0
// CHECK-NEXT:   store_local 1, %2
// CHECK-NEXT:   %3 = create_closure @3, %0
// CHECK-NEXT:   store_local 2, %3
// CHECK-NEXT:   %4 = load_undefined
// CHECK-NEXT:   return %4
// CHECK-LABEL: function @1 f(a, k) params=2 locals=3 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_param 1
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   %2 = load_local 0
// CHECK-NEXT:   %3 = is_nullish %2
// CHECK-NEXT:   branch %3, bb2, bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %4 = get_prop %2, "b"
// CHECK-NEXT:   %5 = get_prop %4, "c"
// CHECK-NEXT:   store_local 2, %5
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %6 = load_undefined
// CHECK-NEXT:   store_local 2, %6
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %7 = load_local 2
// CHECK-NEXT:   return %7
// CHECK-LABEL: function @2 g(a, k) params=2 locals=5 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_param 1
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   %2 = load_local 0
// CHECK-NEXT:   %3 = is_nullish %2
// CHECK-NEXT:   branch %3, bb3, bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %4 = load_local 1
// CHECK-NEXT:   %5 = get_elem %2, %4
// CHECK-NEXT:   %6 = is_nullish %5
// CHECK-NEXT:   branch %6, bb3, bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %7 = get_prop %5, "m"
// CHECK-NEXT:   %8 = load_number 1
// CHECK-NEXT:   %9 = call %7, %5, %8
// CHECK-NEXT:   store_local 3, %9
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %10 = load_undefined
// CHECK-NEXT:   store_local 3, %10
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %11 = load_local 3
// CHECK-NEXT:   store_local 2, %11
// CHECK-NEXT:   %12 = is_nullish %11
// CHECK-NEXT:   branch %12, bb5, bb9
// CHECK-NEXT: bb5:
// CHECK-NEXT:   %13 = load_local 0
// CHECK-NEXT:   %14 = get_prop %13, "f"
// CHECK-NEXT:   %15 = is_nullish %14
// CHECK-NEXT:   branch %15, bb7, bb6
// CHECK-NEXT: bb6:
// CHECK-NEXT:   %16 = call %14, %13
// CHECK-NEXT:   store_local 4, %16
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb7:
// CHECK-NEXT:   %17 = load_undefined
// CHECK-NEXT:   store_local 4, %17
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb8:
// CHECK-NEXT:   %18 = load_local 4
// CHECK-NEXT:   store_local 2, %18
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb9:
// CHECK-NEXT:   %19 = load_local 2
// CHECK-NEXT:   return %19
// CHECK-LABEL: function @3 d(o) params=1 locals=2 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_local 0
// CHECK-NEXT:   %2 = is_nullish %1
// CHECK-NEXT:   branch %2, bb2, bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %3 = get_prop %1, "p"
// CHECK-NEXT:   %4 = delete_prop %3, "q"
// CHECK-NEXT:   store_local 1, %4
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %5 = load_true
// CHECK-NEXT:   store_local 1, %5
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %6 = load_local 1
// CHECK-NEXT:   return %6
