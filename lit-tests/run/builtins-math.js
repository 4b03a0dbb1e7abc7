// Math: constants, -0/NaN rules of round/max/min/sign/hypot, clz32, imul, fround.
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
"use strict";
console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.max(-0, 0), Math.min(0, -0));
// CHECK: -Infinity Infinity NaN 0 -0
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.round(0.49999999999999994), Math.round(-0.5));
// CHECK-NEXT: 3 -2 -0 0 -0
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(NaN, Infinity), Math.hypot(-0), Math.sign(-3), Math.sign(-0));
// CHECK-NEXT: 5 0 Infinity 0 -1 -0
console.log(Math.trunc(-4.7), Math.fround(5.5), Math.fround(5.05), Math.clz32(1), Math.clz32(0), Math.imul(0xffffffff, 5));
// CHECK-NEXT: -4 5.5 5.050000190734863 31 32 -5
console.log(Math.PI, Math.E, Math.SQRT2, Math.abs(-5), Math.cbrt(27), Math.pow(2, 10), Math.pow(NaN, 0), Math.atan2(1, 1));
// CHECK-NEXT: 3.141592653589793 2.718281828459045 1.4142135623730951 5 3 1024 1 0.7853981633974483
console.log(typeof Math.random(), Math.random() < 1, Math.max.length, Math.hypot.length, Math.max.name);
// CHECK-NEXT: number true 2 2 max
