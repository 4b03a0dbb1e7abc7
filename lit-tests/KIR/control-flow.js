// if, loops, break/continue and labels become blocks and jumps; dead code
// after a jump is dropped.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

let i = 0;
if (i) i = 1; else i = 2;
while (i < 3) { if (i) break; i++; }
do { continue; } while (i);
outer: for (let j = 0; j < 2; j++) {
  for (;;) { continue outer; }
}
block: { break block; i = 9; }

// CHECK-LABEL: function @0 <script>() params=0 locals=2 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_number 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_local 0
// CHECK-NEXT:   branch %1, bb1, bb2
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %2 = load_number 1
// CHECK-NEXT:   store_local 0, %2
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %3 = load_number 2
// CHECK-NEXT:   store_local 0, %3
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %4 = load_local 0
// CHECK-NEXT:   %5 = load_number 3
// CHECK-NEXT:   %6 = lt %4, %5
// CHECK-NEXT:   branch %6, bb5, bb8
// CHECK-NEXT: bb5:
// CHECK-NEXT:   %7 = load_local 0
// CHECK-NEXT:   branch %7, bb6, bb7
// CHECK-NEXT: bb6:
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb7:
// CHECK-NEXT:   %8 = load_local 0
// CHECK-NEXT:   %9 = to_numeric %8
// CHECK-NEXT:   %10 = inc %9
// CHECK-NEXT:   store_local 0, %10
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb8:
// CHECK-NEXT:   jump bb9
// CHECK-NEXT: bb9:
// CHECK-NEXT:   jump bb10
// CHECK-NEXT: bb10:
// CHECK-NEXT:   %11 = load_local 0
// CHECK-NEXT:   branch %11, bb9, bb11
// CHECK-NEXT: bb11:
// CHECK-NEXT:   %12 = load_number 0
// CHECK-NEXT:   store_local 1, %12
// CHECK-NEXT:   jump bb12
// CHECK-NEXT: bb12:
// CHECK-NEXT:   %13 = load_local 1
// CHECK-NEXT:   %14 = load_number 2
// CHECK-NEXT:   %15 = lt %13, %14
// CHECK-NEXT:   branch %15, bb13, bb17
// CHECK-NEXT: bb13:
// CHECK-NEXT:   jump bb14
// CHECK-NEXT: bb14:
// CHECK-NEXT:   jump bb15
// CHECK-NEXT: bb15:
// CHECK-NEXT:   jump bb16
// CHECK-NEXT: bb16:
// CHECK-NEXT:   %16 = load_local 1
// CHECK-NEXT:   %17 = to_numeric %16
// CHECK-NEXT:   %18 = inc %17
// CHECK-NEXT:   store_local 1, %18
// CHECK-NEXT:   jump bb12
// CHECK-NEXT: bb17:
// CHECK-NEXT:   jump bb18
// CHECK-NEXT: bb18:
// CHECK-NEXT:   %19 = load_undefined
// CHECK-NEXT:   return %19
