// Plain, compound and logical assignment to locals, globals and properties;
// prefix and postfix updates.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

let x = 0;
const k = 1;
x += 2;
g -= x;
x.p *= 3;
x[k] **= 4;
x++;
++x.p;
x &&= 5;
x.q ??= 6;
function fail() { k = 2; }

// CHECK-LABEL: function @0 <script>() params=0 locals=4 env=1
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_env %0, 1
// CHECK-NEXT:   %2 = load_empty
// CHECK-NEXT:   store_env %1, 0, 0, %2
// CHECK-NEXT:   %3 = create_closure @1, %1
// CHECK-NEXT:   store_local 1, %3
// CHECK-NEXT:   %4 = load_number 0
// CHECK-NEXT:   store_local 0, %4
// CHECK-NEXT:   %5 = load_number 1
// CHECK-NEXT:   store_env %1, 0, 0, %5
// CHECK-NEXT:   %6 = load_local 0
// CHECK-NEXT:   %7 = load_number 2
// CHECK-NEXT:   %8 = add %6, %7
// CHECK-NEXT:   store_local 0, %8
// CHECK-NEXT:   %9 = load_global "g"
// CHECK-NEXT:   %10 = load_local 0
// CHECK-NEXT:   %11 = sub %9, %10
// CHECK-NEXT:   store_global "g", %11
// CHECK-NEXT:   %12 = load_local 0
// CHECK-NEXT:   %13 = get_prop %12, "p"
// CHECK-NEXT:   %14 = load_number 3
// CHECK-NEXT:   %15 = mul %13, %14
// CHECK-NEXT:   put_prop %12, "p", %15
// CHECK-NEXT:   %16 = load_local 0
// CHECK-NEXT:   %17 = load_env %1, 0, 0
// CHECK-NEXT:   %18 = get_elem %16, %17
// CHECK-NEXT:   %19 = load_number 4
// CHECK-NEXT:   %20 = exp %18, %19
// CHECK-NEXT:   put_elem %16, %17, %20
// CHECK-NEXT:   %21 = load_local 0
// CHECK-NEXT:   %22 = to_numeric %21
// CHECK-NEXT:   %23 = inc %22
// CHECK-NEXT:   store_local 0, %23
// CHECK-NEXT:   %24 = load_local 0
// CHECK-NEXT:   %25 = get_prop %24, "p"
// CHECK-NEXT:   %26 = inc %25
// CHECK-NEXT:   put_prop %24, "p", %26
// CHECK-NEXT:   %27 = load_local 0
// CHECK-NEXT:   store_local 2, %27
// CHECK-NEXT:   branch %27, bb1, bb2
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %28 = load_number 5
// CHECK-NEXT:   store_local 0, %28
// CHECK-NEXT:   store_local 2, %28
// CHECK-NEXT:   jump bb2
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %29 = load_local 2
// CHECK-NEXT:   %30 = load_local 0
// CHECK-NEXT:   %31 = get_prop %30, "q"
// CHECK-NEXT:   store_local 3, %31
// CHECK-NEXT:   %32 = is_nullish %31
// CHECK-NEXT:   branch %32, bb3, bb4
// CHECK-NEXT: bb3:
// CHECK-NEXT:   %33 = load_number 6
// CHECK-NEXT:   put_prop %30, "q", %33
// CHECK-NEXT:   store_local 3, %33
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %34 = load_local 3
// CHECK-NEXT:   %35 = load_undefined
// CHECK-NEXT:   return %35
// CHECK-EMPTY:
// CHECK-LABEL: function @1 fail() params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_number 2
// CHECK-NEXT:   %2 = load_env %0, 0, 0
// CHECK-NEXT:   check_tdz %2, "k"
// CHECK-NEXT:   throw_const_assign "k"
// CHECK-NEXT:   %3 = load_undefined
// CHECK-NEXT:   return %3
