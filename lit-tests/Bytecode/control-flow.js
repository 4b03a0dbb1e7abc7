// Branches and loops: jumps print their absolute targets; a loop's back edge
// jumps backwards; a block that falls through to the next one needs no jump.
// RUN: %kilnc --emit=bytecode %s | FileCheck %s --match-full-lines

let n = 0;
while (n < 3) n++;

// CHECK-LABEL: function @0 <script> params=0 registers={{[0-9]+}} constants=2
// CHECK:        ; 6: while (n < 3) n++;
// CHECK:        [[LOOP:[0-9]+]]  MovLong r{{[0-9]+}}, r0
// CHECK:        {{[0-9]+}}  Lt r{{[0-9]+}}, r{{[0-9]+}}, r{{[0-9]+}}
// CHECK-NEXT:   {{[0-9]+}}  JmpIfFalseLong r{{[0-9]+}}, ->[[EXIT:[0-9]+]]
// CHECK:        {{[0-9]+}}  Inc r{{[0-9]+}}, r{{[0-9]+}}
// CHECK:        {{[0-9]+}}  Jmp ->[[LOOP]]
// CHECK:        [[EXIT]]  LoadUndefined r{{[0-9]+}}
