// try/catch and throw: the try block's blocks unwind to the catch block,
// which begins with `catch`; the parameter is stored like any binding (an
// environment slot when a closure captures it); `catch {` has no binding.
// A catch block nested in a try block unwinds to the outer catch.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

function f(x) {
  try { g(); } catch (e) { h(e); }
  try { throw x; } catch { }
  try {
    try { g(); } catch (e) { throw e; }
  } catch (e) { return () => e; }
}

// CHECK-LABEL: function @0 <script>() params=0 locals=1 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = load_undefined
// CHECK-NEXT:   return %2
// CHECK-LABEL: function @1 f(x) params=1 locals=3 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_param 0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   jump bb1
// CHECK-NEXT: bb1: unwind=bb2
// CHECK-NEXT:   %2 = load_global "g"
// CHECK-NEXT:   %3 = load_undefined
// CHECK-NEXT:   %4 = call %2, %3
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb2:
// CHECK-NEXT:   %5 = catch
// CHECK-NEXT:   store_local 1, %5
// CHECK-NEXT:   %6 = load_global "h"
// CHECK-NEXT:   %7 = load_undefined
// CHECK-NEXT:   %8 = load_local 1
// CHECK-NEXT:   %9 = call %6, %7, %8
// CHECK-NEXT:   jump bb3
// CHECK-NEXT: bb3:
// CHECK-NEXT:   jump bb4
// CHECK-NEXT: bb4: unwind=bb5
// CHECK-NEXT:   %10 = load_local 0
// CHECK-NEXT:   throw %10
// CHECK-NEXT: bb5:
// CHECK-NEXT:   %11 = catch
// CHECK-NEXT:   jump bb6
// CHECK-NEXT: bb6:
// CHECK-NEXT:   jump bb7
// CHECK-NEXT: bb7: unwind=bb11
// CHECK-NEXT:   jump bb8
// CHECK-NEXT: bb8: unwind=bb9
// CHECK-NEXT:   %12 = load_global "g"
// CHECK-NEXT:   %13 = load_undefined
// CHECK-NEXT:   %14 = call %12, %13
// CHECK-NEXT:   jump bb10
// CHECK-NEXT: bb9: unwind=bb11
// CHECK-NEXT:   %15 = catch
// CHECK-NEXT:   store_local 2, %15
// CHECK-NEXT:   %16 = load_local 2
// CHECK-NEXT:   throw %16
// CHECK-NEXT: bb10: unwind=bb11
// CHECK-NEXT:   jump bb12
// CHECK-NEXT: bb11:
// CHECK-NEXT:   %17 = catch
// CHECK-NEXT:   %18 = create_env %0, 1
// CHECK-NEXT:   store_env %18, 0, 0, %17
// CHECK-NEXT:   %19 = create_closure @2, %18
// CHECK-NEXT:   return %19
// CHECK-NEXT: bb12:
// CHECK-NEXT:   %20 = load_undefined
// CHECK-NEXT:   return %20
// CHECK-LABEL: function @2 () params=0 locals=0 env=none parent=@1
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = load_env %0, 0, 0
// CHECK-NEXT:   return %1
