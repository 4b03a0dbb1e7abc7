// Imports and re-exports are not lowered yet: a clear error at each one.
// RUN: %expect-exit 1 %kilnc run %s 2>&1 | FileCheck %s -DFILE=%s
import x from "./util.js";
export * from "./b.js";
export { y } from "./c.js";
// CHECK: [[FILE]]:3:1: error: 'import' is not yet supported by the KIR generator
// CHECK: [[FILE]]:4:1: error: 'export ... from' is not yet supported by the KIR generator
// CHECK: [[FILE]]:5:1: error: 'export ... from' is not yet supported by the KIR generator
