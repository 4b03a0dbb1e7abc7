// Numeric property keys are ToString of the number; number operands print
// as Number::toString lays them out.
// RUN: %kilnc --emit=ir %s | FileCheck %s

x = {10: 1, 1.5: 2, 1e21: 3, 0x10: 4, [-0]: 5, 0: 6};
// CHECK: define_prop %0, "10", %1
// CHECK: define_prop %0, "1.5", %2
// CHECK: define_prop %0, "1e+21", %3
// CHECK: define_prop %0, "16", %4
// CHECK: define_elem %0,
// CHECK: define_prop %0, "0",
// CHECK: load_number 1e+21
y = [1e21, 0.1];
