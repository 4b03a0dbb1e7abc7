// Numbers and operators through the VM print like node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

console.log(1 + 2, 7 - 10, 6 * 7, 1 / 3, 7 % 3, 2 ** 10);
// CHECK: 3 -3 42 0.3333333333333333 1 1024
console.log(0.1 + 0.2, 2147483647 + 1, -0, 1 / 0, 0 / 0);
// CHECK-NEXT: 0.30000000000000004 2147483648 -0 Infinity NaN
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 4, -16 >> 2, -16 >>> 28);
// CHECK-NEXT: 1 7 6 -6 16 -4 15
console.log(1 < 2, 2 <= 1, "b" > "a", 1 == "1", 1 === "1", null == undefined);
// CHECK-NEXT: true false true true false true
let x = 5;
x += 2;
x *= 3;
console.log(x, x++, ++x, x--, -x, +"42");
// CHECK-NEXT: 21 21 23 23 -22 42
console.log(typeof 1, typeof "s", typeof undefined, typeof null, typeof {});
// CHECK-NEXT: number string undefined object object
