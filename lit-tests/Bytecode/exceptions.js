// Exception edges: every block of a function with a try starts by setting
// (SetHandler) or clearing (ClearHandler) the frame's handler; the handler
// block starts with Catch.
// RUN: %kilnc --emit=bytecode %s | FileCheck %s --match-full-lines

try {
  missing();
} catch (e) {
  e;
}

// CHECK-LABEL: function @0 <script> params=0 registers={{[0-9]+}} constants=0
// CHECK-NEXT:   0000  ClearHandler
// CHECK:        {{[0-9]+}}  SetHandler ->[[HANDLER:[0-9]+]]
// CHECK:        {{[0-9]+}}  LoadGlobal r{{[0-9]+}}, "missing", ic0
// CHECK:        [[HANDLER]]  ClearHandler
// CHECK-NEXT:   ; 8: } catch (e) {
// CHECK-NEXT:   {{[0-9]+}}  Catch r{{[0-9]+}}
