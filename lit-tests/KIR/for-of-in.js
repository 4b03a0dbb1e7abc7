// for-of: get_iterator once; iterator_step / iterator_value at the top of
// each iteration, outside the region whose throws close the iterator with
// iterator_close_abrupt. `break` closes it with iterator_close; `return`
// and a break to an outer label go through a completion record whose
// finally code is iterator_close. `for (let/const ...)` creates the
// environment of a captured binding once per iteration. for-in walks
// for_in_keys with for_in_next until it yields undefined.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function sum(list) {
  let s = 0;
  for (const [k, v] of list) {
    if (v) break;
    s = s + k;
  }
  return s;
}

function find(list) {
  outer: for (;;) {
    for (const x of list) {
      if (x) return x;
      continue outer;
    }
  }
}

function closures(list) {
  for (let x of list) g(() => x);
}

function keys(o, t) {
  for (const k in o) g(k);
  for (t.p in o);
}

// CHECK-LABEL: function @0 <script>() params=0 locals=4 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = create_closure @2, %0
// CHECK-NEXT:   store_local 1, %2
// CHECK-NEXT:   %3 = create_closure @3, %0
// CHECK-NEXT:   store_local 2, %3
// CHECK-NEXT:   %4 = create_closure @5, %0
// CHECK-NEXT:   store_local 3, %4
// CHECK-NEXT:   %5 = load_undefined
// CHECK-NEXT:   return %5
// CHECK-LABEL: function @1 sum(list) params=1 locals=11 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_number 0
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   %2 = load_local 0
// CHECK-NEXT:   %3 = get_iterator %2
// CHECK-NEXT:   %4 = load_false
// CHECK-NEXT:   store_local 4, %4
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %5 = iterator_step %3
// CHECK-NEXT:   branch %5, bb25, bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %6 = iterator_value %3
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3: unwind=bb21
// CHECK-NEXT:   %7 = get_iterator %6
// CHECK-NEXT:   %8 = load_false
// CHECK-NEXT:   store_local 9, %8
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb4: unwind=bb13
// CHECK-NEXT:   %9 = load_local 9
// CHECK-NEXT:   branch %9, bb7, bb5
// CHECK-NEXT: bb5: unwind=bb13
// CHECK-NEXT:   %10 = load_true
// CHECK-NEXT:   store_local 9, %10
// CHECK-NEXT:   %11 = iterator_step %7
// CHECK-NEXT:   branch %11, bb7, bb6
// CHECK-NEXT: bb6: unwind=bb13
// CHECK-NEXT:   %12 = iterator_value %7
// CHECK-NEXT:   store_local 10, %12
// CHECK-NEXT:   %13 = load_false
// CHECK-NEXT:   store_local 9, %13
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb7: unwind=bb13
// CHECK-NEXT:   %14 = load_undefined
// CHECK-NEXT:   store_local 10, %14
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb8: unwind=bb13
// CHECK-NEXT:   %15 = load_local 10
// CHECK-NEXT:   store_local 7, %15
// CHECK-NEXT:   %16 = load_local 9
// CHECK-NEXT:   branch %16, bb11, bb9
// CHECK-NEXT: bb9: unwind=bb13
// CHECK-NEXT:   %17 = load_true
// CHECK-NEXT:   store_local 9, %17
// CHECK-NEXT:   %18 = iterator_step %7
// CHECK-NEXT:   branch %18, bb11, bb10
// CHECK-NEXT: bb10: unwind=bb13
// CHECK-NEXT:   %19 = iterator_value %7
// CHECK-NEXT:   store_local 10, %19
// CHECK-NEXT:   %20 = load_false
// CHECK-NEXT:   store_local 9, %20
// CHECK-NEXT:   jump bb12
// CHECK-NEXT: bb11: unwind=bb13
// CHECK-NEXT:   %21 = load_undefined
// CHECK-NEXT:   store_local 10, %21
// CHECK-NEXT:   jump bb12
// CHECK-NEXT: bb12: unwind=bb13
// CHECK-NEXT:   %22 = load_local 10
// CHECK-NEXT:   store_local 8, %22
// CHECK-NEXT:   jump bb16
// CHECK-NEXT: bb13: unwind=bb21
// CHECK-NEXT:   %23 = catch
// CHECK-NEXT:   %24 = load_local 9
// CHECK-NEXT:   branch %24, bb15, bb14
// CHECK-NEXT: bb14: unwind=bb21
// CHECK-NEXT:   iterator_close_abrupt %7
// CHECK-NEXT:   jump bb15
// CHECK-NEXT: bb15: unwind=bb21
// CHECK-NEXT:   throw %23
// CHECK-NEXT: bb16: unwind=bb21
// CHECK-NEXT:   %25 = load_local 9
// CHECK-NEXT:   branch %25, bb18, bb17
// CHECK-NEXT: bb17: unwind=bb21
// CHECK-NEXT:   iterator_close %7
// CHECK-NEXT:   jump bb18
// CHECK-NEXT: bb18: unwind=bb21
// CHECK-NEXT:   %26 = load_local 8
// CHECK-NEXT:   branch %26, bb19, bb20
// CHECK-NEXT: bb19: unwind=bb21
// CHECK-NEXT:   jump bb24
// CHECK-NEXT: bb20: unwind=bb21
// CHECK-NEXT:   %27 = load_local 1
// CHECK-NEXT:   %28 = load_local 7
// CHECK-NEXT:   %29 = add %27, %28
// CHECK-NEXT:   store_local 1, %29
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb21:
// CHECK-NEXT:   %30 = catch
// CHECK-NEXT:   %31 = load_local 4
// CHECK-NEXT:   branch %31, bb23, bb22
// CHECK-NEXT: bb22:
// CHECK-NEXT:   iterator_close_abrupt %3
// CHECK-NEXT:   jump bb23
// CHECK-NEXT: bb23:
// CHECK-NEXT:   throw %30
// CHECK-NEXT: bb24:
// CHECK-NEXT:   iterator_close %3
// CHECK-NEXT:   jump bb25
// CHECK-NEXT: bb25:
// CHECK-NEXT:   %32 = load_local 1
// CHECK-NEXT:   return %32
// CHECK-LABEL: function @2 find(list) params=1 locals=6 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   jump bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %1 = load_local 0
// CHECK-NEXT:   %2 = get_iterator %1
// CHECK-NEXT:   %3 = load_false
// CHECK-NEXT:   store_local 2, %3
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %4 = iterator_step %2
// CHECK-NEXT:   branch %4, bb16, bb4
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %5 = iterator_value %2
// CHECK-NEXT:   jump bb5
// CHECK-NEXT: bb5: unwind=bb8
// CHECK-NEXT:   store_local 5, %5
// CHECK-NEXT:   %6 = load_local 5
// CHECK-NEXT:   branch %6, bb6, bb7
// CHECK-NEXT: bb6: unwind=bb8
// CHECK-NEXT:   %7 = load_local 5
// CHECK-NEXT:   store_local 4, %7
// CHECK-NEXT:   %8 = load_number 1
// CHECK-NEXT:   store_local 3, %8
// CHECK-NEXT:   jump bb11
// CHECK-NEXT: bb7: unwind=bb8
// CHECK-NEXT:   %9 = load_number 3
// CHECK-NEXT:   store_local 3, %9
// CHECK-NEXT:   jump bb11
// CHECK-NEXT: bb8:
// CHECK-NEXT:   %10 = catch
// CHECK-NEXT:   %11 = load_local 2
// CHECK-NEXT:   branch %11, bb10, bb9
// CHECK-NEXT: bb9:
// CHECK-NEXT:   iterator_close_abrupt %2
// CHECK-NEXT:   jump bb10
// CHECK-NEXT: bb10:
// CHECK-NEXT:   throw %10
// CHECK-NEXT: bb11:
// CHECK-NEXT:   iterator_close %2
// CHECK-NEXT:   %12 = load_local 3
// CHECK-NEXT:   %13 = load_number 1
// CHECK-NEXT:   %14 = strict_eq %12, %13
// CHECK-NEXT:   branch %14, bb12, bb13
// CHECK-NEXT: bb12:
// CHECK-NEXT:   %15 = load_local 4
// CHECK-NEXT:   return %15
// CHECK-NEXT: bb13:
// CHECK-NEXT:   %16 = load_number 3
// CHECK-NEXT:   %17 = strict_eq %12, %16
// CHECK-NEXT:   branch %17, bb14, bb15
// CHECK-NEXT: bb14:
// CHECK-NEXT:   jump bb17
// CHECK-NEXT: bb15:
// CHECK-NEXT:   jump bb16
// CHECK-NEXT: bb16:
// CHECK-NEXT:   jump bb17
// CHECK-NEXT: bb17:
// CHECK-NEXT:   jump bb1
// CHECK-LABEL: function @3 closures(list) params=1 locals=4 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_param 0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = create_env %0, 1
// CHECK-NEXT:   %3 = load_local 0
// CHECK-NEXT:   %4 = get_iterator %3
// CHECK-NEXT:   %5 = load_false
// CHECK-NEXT:   store_local 1, %5
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %6 = iterator_step %4
// CHECK-NEXT:   branch %6, bb7, bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %7 = iterator_value %4
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3: unwind=bb4
// CHECK-NEXT:   %8 = create_env %0, 1
// CHECK-NEXT:   store_env %8, 0, 0, %7
// CHECK-NEXT:   %9 = load_global "g"
// CHECK-NEXT:   %10 = load_undefined
// CHECK-NEXT:   %11 = create_closure @4, %8
// CHECK-NEXT:   %12 = call %9, %10, %11
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %13 = catch
// CHECK-NEXT:   %14 = load_local 1
// CHECK-NEXT:   branch %14, bb6, bb5
// CHECK-NEXT: bb5:
// CHECK-NEXT:   iterator_close_abrupt %4
// CHECK-NEXT:   jump bb6
// CHECK-NEXT: bb6:
// CHECK-NEXT:   throw %13
// CHECK-NEXT: bb7:
// CHECK-NEXT:   %15 = load_undefined
// CHECK-NEXT:   return %15
// CHECK-LABEL: function @4 () params=0 locals=0 env=none parent=@3
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   return %1
// CHECK-LABEL: function @5 keys(o, t) params=2 locals=4 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_param 1
// CHECK-NEXT:   store_local 1, %1
// CHECK-NEXT:   %2 = load_local 0
// CHECK-NEXT:   %3 = for_in_keys %2
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %4 = for_in_next %3
// CHECK-NEXT:   %5 = load_undefined
// CHECK-NEXT:   %6 = strict_eq %4, %5
// CHECK-NEXT:   branch %6, bb3, bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   store_local 3, %4
// CHECK-NEXT:   %7 = load_global "g"
// CHECK-NEXT:   %8 = load_undefined
// CHECK-NEXT:   %9 = load_local 3
// CHECK-NEXT:   %10 = call %7, %8, %9
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %11 = load_local 0
// CHECK-NEXT:   %12 = for_in_keys %11
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %13 = for_in_next %12
// CHECK-NEXT:   %14 = load_undefined
// CHECK-NEXT:   %15 = strict_eq %13, %14
// CHECK-NEXT:   branch %15, bb6, bb5
// CHECK-NEXT: bb5:
// CHECK-NEXT:   %16 = load_local 1
// CHECK-NEXT:   put_prop %16, "p", %13
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb6:
// CHECK-NEXT:   %17 = load_undefined
// CHECK-NEXT:   return %17
