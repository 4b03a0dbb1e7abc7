// Async functions: `await` ends its block with Await, whose jump operand is
// the resume block; that block re-installs the exception handler of the
// try it is in, then ResumeValue yields the awaited value (or throws).
// RUN: %kilnc --emit=bytecode %s | FileCheck %s --match-full-lines

async function f(x) {
  try {
    const y = await x;
    return y + 1;
  } catch (e) {
    return -1;
  }
}

// CHECK-LABEL: function @1 f params=1 registers={{[0-9]+}} constants={{[0-9]+}}
// CHECK:        {{[0-9]+}}  SetHandler ->[[CATCH:[0-9]+]]
// CHECK:        ; 8: const y = await x;
// CHECK:        {{[0-9]+}}  Await r[[V:[0-9]+]], ->[[RESUME:[0-9]+]]
// CHECK-NEXT:   [[RESUME]]  SetHandler ->[[CATCH]]
// CHECK-NEXT:   {{[0-9]+}}  ResumeValue r{{[0-9]+}}
// CHECK:        [[CATCH]]  ClearHandler
// CHECK-NEXT:   ; 10: } catch (e) {
// CHECK-NEXT:   {{[0-9]+}}  Catch r{{[0-9]+}}
