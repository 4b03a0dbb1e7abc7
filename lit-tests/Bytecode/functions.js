// The bytecode of a function: locals in r0.., one register per KIR value
// after them, a call window at the end; source lines precede their code.
// RUN: %kilnc --emit=bytecode %s | FileCheck %s --match-full-lines

function add(a, b) {
  return a + b;
}
add(1, "x");

// CHECK-LABEL: function @0 <script> params=0 registers=13 constants=1
// CHECK:        {{[0-9]+}}  LoadConstLong r{{[0-9]+}}, k0(1)
// CHECK-NEXT:   {{[0-9]+}}  LoadString r{{[0-9]+}}, "x"
// CHECK:        {{[0-9]+}}  Call r{{[0-9]+}}, r9, 2
// CHECK:        {{[0-9]+}}  RetLong r{{[0-9]+}}
// CHECK-LABEL: function @1 add params=2 registers=7 constants=0
// CHECK-NEXT:   ; 5: function add(a, b) {
// CHECK-NEXT:   0000  LoadParam r2, 0
// CHECK-NEXT:   0005  MovLong r0, r2
// CHECK-NEXT:   0010  LoadParam r3, 1
// CHECK-NEXT:   0015  MovLong r1, r3
// CHECK-NEXT:   ; 6: return a + b;
// CHECK-NEXT:   0020  MovLong r4, r0
// CHECK-NEXT:   0025  MovLong r5, r1
// CHECK-NEXT:   0030  Add r6, r4, r5
// CHECK-NEXT:   0037  RetLong r6
