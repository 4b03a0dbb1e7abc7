// Only captured variables live in environments: `n` and `hidden` do, `local`
// does not. Depths count environments across function boundaries.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function counter(start, step) {
  let n = start;
  let local = step;
  {
    let hidden = local;
    return function next() {
      n += hidden;
      return () => n + hidden;
    };
  }
}
const early = () => later;
let later = counter(1, 2);

// CHECK-LABEL: function @0 <script>() params=0 locals=2 env=1
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_env %0, 1
// CHECK-NEXT:   %2 = load_empty
// CHECK-NEXT:   store_env %1, 0, 0, %2
// CHECK-NEXT:   %3 = create_closure @1, %1
// CHECK-NEXT:   store_local 0, %3
// CHECK-NEXT:   %4 = create_closure @4, %1
// CHECK-NEXT:   store_local 1, %4
// CHECK-NEXT:   %5 = load_local 0
// CHECK-NEXT:   %6 = load_undefined
// CHECK-NEXT:   %7 = load_number 1
// CHECK-NEXT:   %8 = load_number 2
// CHECK-NEXT:   %9 = call %5, %6, %7, %8
// CHECK-NEXT:   store_env %1, 0, 0, %9
// CHECK-NEXT:   %10 = load_undefined
// CHECK-NEXT:   return %10
// CHECK-EMPTY:
// CHECK-LABEL: function @1 counter(start, step) params=2 locals=3 env=1 parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_env %0, 1
// CHECK-NEXT:   %2 = load_param 0
// CHECK-NEXT:   store_local 0, %2
// CHECK-NEXT:   %3 = load_param 1
// CHECK-NEXT:   store_local 1, %3
// CHECK-NEXT:   %4 = load_local 0
// CHECK-NEXT:   store_env %1, 0, 0, %4
// CHECK-NEXT:   %5 = load_local 1
// CHECK-NEXT:   store_local 2, %5
// CHECK-NEXT:   %6 = create_env %1, 1
// CHECK-NEXT:   %7 = load_local 2
// CHECK-NEXT:   store_env %6, 0, 0, %7
// CHECK-NEXT:   %8 = create_closure @2, %6
// CHECK-NEXT:   return %8
// CHECK-EMPTY:
// CHECK-LABEL: function @2 next() params=0 locals=1 env=none parent=@1
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_callee
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = load_env %0, 1, 0
// CHECK-NEXT:   %3 = load_env %0, 0, 0
// CHECK-NEXT:   %4 = add %2, %3
// CHECK-NEXT:   store_env %0, 1, 0, %4
// CHECK-NEXT:   %5 = create_closure @3, %0
// CHECK-NEXT:   return %5
// CHECK-EMPTY:
// CHECK-LABEL: function @3 () params=0 locals=0 env=none parent=@2
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 1, 0
// CHECK-NEXT:   %2 = load_env %0, 0, 0
// CHECK-NEXT:   %3 = add %1, %2
// CHECK-NEXT:   return %3
// CHECK-EMPTY:
// CHECK-LABEL: function @4 early() params=0 locals=0 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   check_tdz %1, "later"
// CHECK-NEXT:   return %1
