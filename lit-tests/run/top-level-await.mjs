// Top-level await in an ES module: the body runs as an async function, its
// microtasks interleave with other jobs as in node, and a rejection of the
// body is an uncaught exception (exit status 1); a body whose await can
// never resume is reported too.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
// RUN: %expect-exit 1 %kilnc run %S/Inputs/top-level-await-throws.mjs 2>&1 | FileCheck %s --check-prefix=THROWS
// RUN: %expect-exit 1 %kilnc run %S/Inputs/top-level-await-never.mjs 2>&1 | FileCheck %s --check-prefix=NEVER

console.log("start");
Promise.resolve().then(() => console.log("reaction"));
const value = await Promise.resolve(5);
console.log("resumed", value);
let total = 0;
for (const x of [1, 2, 3]) total += await x;
try {
  await Promise.reject(new Error("caught at top level"));
} catch (e) {
  console.log(e.message);
}
console.log("total", total);

// CHECK: start
// CHECK-NEXT: reaction
// CHECK-NEXT: resumed 5
// CHECK-NEXT: caught at top level
// CHECK-NEXT: total 6
// THROWS: before
// THROWS-NEXT: Uncaught TypeError: module failed
// THROWS-NEXT: at <module> ({{.*}}top-level-await-throws.mjs:4:7)
// NEVER: error: the module's top-level await never settles
