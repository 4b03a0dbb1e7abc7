// finally: leaving the try or catch block stores a completion kind in a
// local (0 normal, 1 return, 2 throw, 3+ one break/continue each) and jumps
// to the finally block once; the throw path is an unwind target that stores
// the exception. After the finally body a dispatch resumes the completion.
// A return or break out of a nested try passes through both finallys.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function f(x) {
  try { g(); } catch { h(); } finally { k(); }
}

function loop(x) {
  for (;;) {
    try {
      if (x) break;
      if (x) continue;
      return 1;
    } finally { k(); }
  }
}

function nested(x) {
  out: while (x) {
    try {
      try { if (x) break out; return x; } finally { a(); }
    } finally { b(); }
  }
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
// CHECK-LABEL: function @1 f(x) params=1 locals=3 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1: unwind=bb2
// CHECK-NEXT:   %1 = load_global "g"
// CHECK-NEXT:   %2 = load_undefined
// CHECK-NEXT:   %3 = call %1, %2
// CHECK-NEXT:   %4 = load_number 0
// CHECK-NEXT:   store_local 1, %4
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb2: unwind=bb3
// CHECK-NEXT:   %5 = catch
// CHECK-NEXT:   %6 = load_global "h"
// CHECK-NEXT:   %7 = load_undefined
// CHECK-NEXT:   %8 = call %6, %7
// CHECK-NEXT:   %9 = load_number 0
// CHECK-NEXT:   store_local 1, %9
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %10 = catch
// CHECK-NEXT:   store_local 2, %10
// CHECK-NEXT:   %11 = load_number 2
// CHECK-NEXT:   store_local 1, %11
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %12 = load_global "k"
// CHECK-NEXT:   %13 = load_undefined
// CHECK-NEXT:   %14 = call %12, %13
// CHECK-NEXT:   %15 = load_local 1
// CHECK-NEXT:   %16 = load_number 2
// CHECK-NEXT:   %17 = strict_eq %15, %16
// CHECK-NEXT:   branch %17, bb5, bb6
// CHECK-NEXT: bb5:
// CHECK-NEXT:   %18 = load_local 2
// CHECK-NEXT:   throw %18
// CHECK-NEXT: bb6:
// CHECK-NEXT:   jump bb7
// CHECK-NEXT: bb7:
// CHECK-NEXT:   %19 = load_undefined
// CHECK-NEXT:   return %19
// CHECK-LABEL: function @2 loop(x) params=1 locals=3 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   jump bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3: unwind=bb8
// CHECK-NEXT:   %1 = load_local 0
// CHECK-NEXT:   branch %1, bb4, bb5
// CHECK-NEXT: bb4: unwind=bb8
// CHECK-NEXT:   %2 = load_number 3
// CHECK-NEXT:   store_local 1, %2
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb5: unwind=bb8
// CHECK-NEXT:   %3 = load_local 0
// CHECK-NEXT:   branch %3, bb6, bb7
// CHECK-NEXT: bb6: unwind=bb8
// CHECK-NEXT:   %4 = load_number 4
// CHECK-NEXT:   store_local 1, %4
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb7: unwind=bb8
// CHECK-NEXT:   %5 = load_number 1
// CHECK-NEXT:   store_local 2, %5
// CHECK-NEXT:   %6 = load_number 1
// CHECK-NEXT:   store_local 1, %6
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb8:
// CHECK-NEXT:   %7 = catch
// CHECK-NEXT:   store_local 2, %7
// CHECK-NEXT:   %8 = load_number 2
// CHECK-NEXT:   store_local 1, %8
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb9:
// CHECK-NEXT:   %9 = load_global "k"
// CHECK-NEXT:   %10 = load_undefined
// CHECK-NEXT:   %11 = call %9, %10
// CHECK-NEXT:   %12 = load_local 1
// CHECK-NEXT:   %13 = load_number 1
// CHECK-NEXT:   %14 = strict_eq %12, %13
// CHECK-NEXT:   branch %14, bb10, bb11
// CHECK-NEXT: bb10:
// CHECK-NEXT:   %15 = load_local 2
// CHECK-NEXT:   return %15
// CHECK-NEXT: bb11:
// CHECK-NEXT:   %16 = load_number 2
// CHECK-NEXT:   %17 = strict_eq %12, %16
// CHECK-NEXT:   branch %17, bb12, bb13
// CHECK-NEXT: bb12:
// CHECK-NEXT:   %18 = load_local 2
// CHECK-NEXT:   throw %18
// CHECK-NEXT: bb13:
// CHECK-NEXT:   %19 = load_number 3
// CHECK-NEXT:   %20 = strict_eq %12, %19
// CHECK-NEXT:   branch %20, bb14, bb15
// CHECK-NEXT: bb14:
// CHECK-NEXT:   jump bb20
// CHECK-NEXT: bb15:
// CHECK-NEXT:   %21 = load_number 4
// CHECK-NEXT:   %22 = strict_eq %12, %21
// CHECK-NEXT:   branch %22, bb16, bb17
// CHECK-NEXT: bb16:
// CHECK-NEXT:   jump bb19
// CHECK-NEXT: bb17:
// CHECK-NEXT:   jump bb18
// CHECK-NEXT: bb18:
// CHECK-NEXT:   jump bb19
// CHECK-NEXT: bb19:
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb20:
// CHECK-NEXT:   %23 = load_undefined
// CHECK-NEXT:   return %23
// CHECK-LABEL: function @3 nested(x) params=1 locals=5 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %1 = load_local 0
// CHECK-NEXT:   branch %1, bb2, bb25
// CHECK-NEXT: bb2:
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3: unwind=bb16
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb4: unwind=bb7
// CHECK-NEXT:   %2 = load_local 0
// CHECK-NEXT:   branch %2, bb5, bb6
// CHECK-NEXT: bb5: unwind=bb7
// CHECK-NEXT:   %3 = load_number 3
// CHECK-NEXT:   store_local 3, %3
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb6: unwind=bb7
// CHECK-NEXT:   %4 = load_local 0
// CHECK-NEXT:   store_local 4, %4
// CHECK-NEXT:   %5 = load_number 1
// CHECK-NEXT:   store_local 3, %5
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb7: unwind=bb16
// CHECK-NEXT:   %6 = catch
// CHECK-NEXT:   store_local 4, %6
// CHECK-NEXT:   %7 = load_number 2
// CHECK-NEXT:   store_local 3, %7
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb8: unwind=bb16
// CHECK-NEXT:   %8 = load_global "a"
// CHECK-NEXT:   %9 = load_undefined
// CHECK-NEXT:   %10 = call %8, %9
// CHECK-NEXT:   %11 = load_local 3
// CHECK-NEXT:   %12 = load_number 1
// CHECK-NEXT:   %13 = strict_eq %11, %12
// CHECK-NEXT:   branch %13, bb9, bb10
// CHECK-NEXT: bb9: unwind=bb16
// CHECK-NEXT:   %14 = load_local 4
// CHECK-NEXT:   store_local 2, %14
// CHECK-NEXT:   %15 = load_number 1
// CHECK-NEXT:   store_local 1, %15
// CHECK-NEXT:   jump bb17
// CHECK-NEXT: bb10: unwind=bb16
// CHECK-NEXT:   %16 = load_number 2
// CHECK-NEXT:   %17 = strict_eq %11, %16
// CHECK-NEXT:   branch %17, bb11, bb12
// CHECK-NEXT: bb11: unwind=bb16
// CHECK-NEXT:   %18 = load_local 4
// CHECK-NEXT:   throw %18
// CHECK-NEXT: bb12: unwind=bb16
// CHECK-NEXT:   %19 = load_number 3
// CHECK-NEXT:   %20 = strict_eq %11, %19
// CHECK-NEXT:   branch %20, bb13, bb14
// CHECK-NEXT: bb13: unwind=bb16
// CHECK-NEXT:   %21 = load_number 3
// CHECK-NEXT:   store_local 1, %21
// CHECK-NEXT:   jump bb17
// CHECK-NEXT: bb14: unwind=bb16
// CHECK-NEXT:   jump bb15
// CHECK-NEXT: bb15: unwind=bb16
// CHECK-NEXT:   %22 = load_number 0
// CHECK-NEXT:   store_local 1, %22
// CHECK-NEXT:   jump bb17
// CHECK-NEXT: bb16:
// CHECK-NEXT:   %23 = catch
// CHECK-NEXT:   store_local 2, %23
// CHECK-NEXT:   %24 = load_number 2
// CHECK-NEXT:   store_local 1, %24
// CHECK-NEXT:   jump bb17
// CHECK-NEXT: bb17:
// CHECK-NEXT:   %25 = load_global "b"
// CHECK-NEXT:   %26 = load_undefined
// CHECK-NEXT:   %27 = call %25, %26
// CHECK-NEXT:   %28 = load_local 1
// CHECK-NEXT:   %29 = load_number 1
// CHECK-NEXT:   %30 = strict_eq %28, %29
// CHECK-NEXT:   branch %30, bb18, bb19
// CHECK-NEXT: bb18:
// CHECK-NEXT:   %31 = load_local 2
// CHECK-NEXT:   return %31
// CHECK-NEXT: bb19:
// CHECK-NEXT:   %32 = load_number 2
// CHECK-NEXT:   %33 = strict_eq %28, %32
// CHECK-NEXT:   branch %33, bb20, bb21
// CHECK-NEXT: bb20:
// CHECK-NEXT:   %34 = load_local 2
// CHECK-NEXT:   throw %34
// CHECK-NEXT: bb21:
// CHECK-NEXT:   %35 = load_number 3
// CHECK-NEXT:   %36 = strict_eq %28, %35
// CHECK-NEXT:   branch %36, bb22, bb23
// CHECK-NEXT: bb22:
// CHECK-NEXT:   jump bb25
// CHECK-NEXT: bb23:
// CHECK-NEXT:   jump bb24
// CHECK-NEXT: bb24:
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb25:
// CHECK-NEXT:   %37 = load_undefined
// CHECK-NEXT:   return %37
