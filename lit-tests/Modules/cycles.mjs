// An import cycle: modules run in post-order (b before a), function
// declarations of every module exist before any body runs, and reading a
// binding that its module has not initialized yet is a ReferenceError
// (through an import or a namespace object).
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
import { a, readB } from "./Inputs/cycle/a.js";
console.log("main", a, readB());
// CHECK: b runs first
// CHECK-NEXT: a: ReferenceError: Cannot access 'a' before initialization
// CHECK-NEXT: nsA.a: ReferenceError
// CHECK-NEXT: a's keys a,readB
// CHECK-NEXT: readB: ReferenceError
// CHECK-NEXT: a runs; b is B and b's hoisted function says hoisted
// CHECK-NEXT: main A B
