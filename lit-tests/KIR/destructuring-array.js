// Array patterns run the iterator protocol: get_iterator, one
// iterator_step / iterator_value per element (holes step too), a rest that
// collects the remaining values, and iterator_close when the pattern did
// not exhaust the iterator. The pattern's own code unwinds to a handler that
// closes the iterator with iterator_close_abrupt and rethrows, except when a
// throw came from the iterator itself (the done local is true then).
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function f(it) {
  let [a, , b = a, ...c] = it;
}

function swap(x, y) {
  [x, y] = [y, x];
}

// CHECK-LABEL: function @0 <script>() params=0 locals=2 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = create_closure @2, %0
// CHECK-NEXT:   store_local 1, %2
// CHECK-NEXT:   %3 = load_undefined
// CHECK-NEXT:   return %3
// CHECK-LABEL: function @1 f(it) params=1 locals=7 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_empty
// CHECK-NEXT:   store_local 1, %0
// CHECK-NEXT:   %1 = load_param 0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = load_local 0
// CHECK-NEXT:   %3 = get_iterator %2
// CHECK-NEXT:   %4 = load_false
// CHECK-NEXT:   store_local 4, %4
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1: unwind=bb20
// CHECK-NEXT:   %5 = load_local 4
// CHECK-NEXT:   branch %5, bb4, bb2
// CHECK-NEXT: bb2: unwind=bb20
// CHECK-NEXT:   %6 = load_true
// CHECK-NEXT:   store_local 4, %6
// CHECK-NEXT:   %7 = iterator_step %3
// CHECK-NEXT:   branch %7, bb4, bb3
// CHECK-NEXT: bb3: unwind=bb20
// CHECK-NEXT:   %8 = iterator_value %3
// CHECK-NEXT:   store_local 5, %8
// CHECK-NEXT:   %9 = load_false
// CHECK-NEXT:   store_local 4, %9
// CHECK-NEXT:   jump bb5
// CHECK-NEXT: bb4: unwind=bb20
// CHECK-NEXT:   %10 = load_undefined
// CHECK-NEXT:   store_local 5, %10
// CHECK-NEXT:   jump bb5
// CHECK-NEXT: bb5: unwind=bb20
// CHECK-NEXT:   %11 = load_local 5
// CHECK-NEXT:   store_local 1, %11
// CHECK-NEXT:   %12 = load_local 4
// CHECK-NEXT:   branch %12, bb8, bb6
// CHECK-NEXT: bb6: unwind=bb20
// CHECK-NEXT:   %13 = load_true
// CHECK-NEXT:   store_local 4, %13
// CHECK-NEXT:   %14 = iterator_step %3
// CHECK-NEXT:   branch %14, bb8, bb7
// CHECK-NEXT: bb7: unwind=bb20
// CHECK-NEXT:   %15 = iterator_value %3
// CHECK-NEXT:   store_local 5, %15
// CHECK-NEXT:   %16 = load_false
// CHECK-NEXT:   store_local 4, %16
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb8: unwind=bb20
// CHECK-NEXT:   %17 = load_undefined
// CHECK-NEXT:   store_local 5, %17
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb9: unwind=bb20
// CHECK-NEXT:   %18 = load_local 4
// CHECK-NEXT:   branch %18, bb12, bb10
// CHECK-NEXT: bb10: unwind=bb20
// CHECK-NEXT:   %19 = load_true
// CHECK-NEXT:   store_local 4, %19
// CHECK-NEXT:   %20 = iterator_step %3
// CHECK-NEXT:   branch %20, bb12, bb11
// CHECK-NEXT: bb11: unwind=bb20
// CHECK-NEXT:   %21 = iterator_value %3
// CHECK-NEXT:   store_local 5, %21
// CHECK-NEXT:   %22 = load_false
// CHECK-NEXT:   store_local 4, %22
// CHECK-NEXT:   jump bb13
// CHECK-NEXT: bb12: unwind=bb20
// CHECK-NEXT:   %23 = load_undefined
// CHECK-NEXT:   store_local 5, %23
// CHECK-NEXT:   jump bb13
// CHECK-NEXT: bb13: unwind=bb20
// CHECK-NEXT:   %24 = load_local 5
// CHECK-NEXT:   store_local 6, %24
// CHECK-NEXT:   %25 = load_undefined
// CHECK-NEXT:   %26 = strict_eq %24, %25
// CHECK-NEXT:   branch %26, bb14, bb15
// CHECK-NEXT: bb14: unwind=bb20
// CHECK-NEXT:   %27 = load_local 1
// CHECK-NEXT:   check_tdz %27, "a"
// CHECK-NEXT:   store_local 6, %27
// CHECK-NEXT:   jump bb15
// CHECK-NEXT: bb15: unwind=bb20
// CHECK-NEXT:   %28 = load_local 6
// CHECK-NEXT:   store_local 2, %28
// CHECK-NEXT:   %29 = new_array 0
// CHECK-NEXT:   jump bb16
// CHECK-NEXT: bb16: unwind=bb20
// CHECK-NEXT:   %30 = load_local 4
// CHECK-NEXT:   branch %30, bb19, bb17
// CHECK-NEXT: bb17: unwind=bb20
// CHECK-NEXT:   %31 = load_true
// CHECK-NEXT:   store_local 4, %31
// CHECK-NEXT:   %32 = iterator_step %3
// CHECK-NEXT:   branch %32, bb19, bb18
// CHECK-NEXT: bb18: unwind=bb20
// CHECK-NEXT:   %33 = iterator_value %3
// CHECK-NEXT:   array_append %29, %33
// CHECK-NEXT:   %34 = load_false
// CHECK-NEXT:   store_local 4, %34
// CHECK-NEXT:   jump bb16
// CHECK-NEXT: bb19: unwind=bb20
// CHECK-NEXT:   store_local 3, %29
// CHECK-NEXT:   jump bb23
// CHECK-NEXT: bb20:
// CHECK-NEXT:   %35 = catch
// CHECK-NEXT:   %36 = load_local 4
// CHECK-NEXT:   branch %36, bb22, bb21
// CHECK-NEXT: bb21:
// CHECK-NEXT:   iterator_close_abrupt %3
// CHECK-NEXT:   jump bb22
// CHECK-NEXT: bb22:
// CHECK-NEXT:   throw %35
// CHECK-NEXT: bb23:
// CHECK-NEXT:   %37 = load_local 4
// CHECK-NEXT:   branch %37, bb25, bb24
// CHECK-NEXT: bb24:
// CHECK-NEXT:   iterator_close %3
// CHECK-NEXT:   jump bb25
// CHECK-NEXT: bb25:
// CHECK-NEXT:   %38 = load_undefined
// CHECK-NEXT:   return %38
// CHECK-LABEL: function @2 swap(x, y) params=2 locals=4 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_param 1
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   %2 = new_array 2
// CHECK-NEXT:   %3 = load_local 1
// CHECK-NEXT:   define_index %2, 0, %3
// CHECK-NEXT:   %4 = load_local 0
// CHECK-NEXT:   define_index %2, 1, %4
// CHECK-NEXT:   %5 = get_iterator %2
// CHECK-NEXT:   %6 = load_false
// CHECK-NEXT:   store_local 2, %6
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1: unwind=bb10
// CHECK-NEXT:   %7 = load_local 2
// CHECK-NEXT:   branch %7, bb4, bb2
// CHECK-NEXT: bb2: unwind=bb10
// CHECK-NEXT:   %8 = load_true
// CHECK-NEXT:   store_local 2, %8
// CHECK-NEXT:   %9 = iterator_step %5
// CHECK-NEXT:   branch %9, bb4, bb3
// CHECK-NEXT: bb3: unwind=bb10
// CHECK-NEXT:   %10 = iterator_value %5
// CHECK-NEXT:   store_local 3, %10
// CHECK-NEXT:   %11 = load_false
// CHECK-NEXT:   store_local 2, %11
// CHECK-NEXT:   jump bb5
// CHECK-NEXT: bb4: unwind=bb10
// CHECK-NEXT:   %12 = load_undefined
// CHECK-NEXT:   store_local 3, %12
// CHECK-NEXT:   jump bb5
// CHECK-NEXT: bb5: unwind=bb10
// CHECK-NEXT:   %13 = load_local 3
// CHECK-NEXT:   store_local 0, %13
// CHECK-NEXT:   %14 = load_local 2
// CHECK-NEXT:   branch %14, bb8, bb6
// CHECK-NEXT: bb6: unwind=bb10
// CHECK-NEXT:   %15 = load_true
// CHECK-NEXT:   store_local 2, %15
// CHECK-NEXT:   %16 = iterator_step %5
// CHECK-NEXT:   branch %16, bb8, bb7
// CHECK-NEXT: bb7: unwind=bb10
// CHECK-NEXT:   %17 = iterator_value %5
// CHECK-NEXT:   store_local 3, %17
// CHECK-NEXT:   %18 = load_false
// CHECK-NEXT:   store_local 2, %18
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb8: unwind=bb10
// CHECK-NEXT:   %19 = load_undefined
// CHECK-NEXT:   store_local 3, %19
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb9: unwind=bb10
// CHECK-NEXT:   %20 = load_local 3
// CHECK-NEXT:   store_local 1, %20
// CHECK-NEXT:   jump bb13
// CHECK-NEXT: bb10:
// CHECK-NEXT:   %21 = catch
// CHECK-NEXT:   %22 = load_local 2
// CHECK-NEXT:   branch %22, bb12, bb11
// CHECK-NEXT: bb11:
// CHECK-NEXT:   iterator_close_abrupt %5
// CHECK-NEXT:   jump bb12
// CHECK-NEXT: bb12:
// CHECK-NEXT:   throw %21
// CHECK-NEXT: bb13:
// CHECK-NEXT:   %23 = load_local 2
// CHECK-NEXT:   branch %23, bb15, bb14
// CHECK-NEXT: bb14:
// CHECK-NEXT:   iterator_close %5
// CHECK-NEXT:   jump bb15
// CHECK-NEXT: bb15:
// CHECK-NEXT:   %24 = load_undefined
// CHECK-NEXT:   return %24
