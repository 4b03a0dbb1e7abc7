// A top-level await in a dependency: the modules after it in evaluation
// order wait for it (the graph's evaluation runs as one async function).
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
import "./Inputs/tla/sync.js";
import { value } from "./Inputs/tla/dep.js";
console.log("main sees", value, await Promise.resolve("and awaits too"));
// CHECK: dep before await
// CHECK-NEXT: dep after await
// CHECK-NEXT: sync module sees 7
// CHECK-NEXT: main sees 7 and awaits too
