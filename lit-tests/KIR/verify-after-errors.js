// Front-end errors stop --emit=ir before lowering.
// RUN: not %kilnc --emit=ir %s 2>&1 | FileCheck %s
let x = 1;
let x = 2;
// CHECK: error: redeclaration of 'x'
// CHECK-NOT: function @0
