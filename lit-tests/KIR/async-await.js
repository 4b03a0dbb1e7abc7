// An async function is flagged `async`; each await ends its block with the
// terminator `await %value, resume`, and the resume block begins with
// resume_value (the settled value, or a throw of the rejection). Inside a
// try block the resume block keeps the same unwind target, so a rejection
// reaches the catch. Async arrows are async functions too.
// RUN: %kilnc --emit=ir %s | FileCheck %s --match-full-lines

async function f(p) {
  const a = await p;
  try {
    return await g(a);
  } catch (e) {
    return e;
  }
}

const h = async (x) => await x;

// CHECK-LABEL: function @0 <script>() params=0 locals=2 env=none
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_closure_env
// CHECK-NEXT:   %1 = create_closure @1, %0
// CHECK-NEXT:   store_local 0, %1
// CHECK-NEXT:   %2 = create_closure @2, %0
// CHECK-NEXT:   store_local 1, %2
// CHECK-NEXT:   %3 = load_undefined
// CHECK-NEXT:   return %3
// CHECK-LABEL: function @1 f(p) async params=1 locals=3 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_local 0
// CHECK-NEXT:   await %1, bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %2 = resume_value
// CHECK-NEXT:   store_local 1, %2
// CHECK-NEXT:   jump bb2
// CHECK-NEXT: bb2: unwind=bb4
// CHECK-NEXT:   %3 = load_global "g"
// CHECK-NEXT:   %4 = load_undefined
// CHECK-NEXT:   %5 = load_local 1
// CHECK-NEXT:   %6 = call %3, %4, %5
// CHECK-NEXT:   await %6, bb3
// CHECK-NEXT: bb3: unwind=bb4
// CHECK-NEXT:   %7 = resume_value
// CHECK-NEXT:   return %7
// CHECK-NEXT: bb4:
// CHECK-NEXT:   %8 = catch
// CHECK-NEXT:   store_local 2, %8
// CHECK-NEXT:   %9 = load_local 2
// CHECK-NEXT:   return %9
// CHECK-LABEL: function @2 h(x) async params=1 locals=1 env=none parent=@0
// CHECK-NEXT: bb0:
// CHECK-NEXT:   %0 = load_param 0
// CHECK-NEXT:   store_local 0, %0
// CHECK-NEXT:   %1 = load_local 0
// CHECK-NEXT:   await %1, bb1
// CHECK-NEXT: bb1:
// CHECK-NEXT:   %2 = resume_value
// CHECK-NEXT:   return %2
