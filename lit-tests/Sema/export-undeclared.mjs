// `export { x }` must name a binding declared at the top level of the
// module; a re-export (`from`) names another module's.
// RUN: not %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
export { helper } from "./helpers.js";
function run() {
  const local = 1;
}
// CHECK:{{.*}}export-undeclared.mjs:[[@LINE+1]]:10: error: export of 'local', which is not declared in this module
export { local };
// CHECK-NEXT:export { local };
// CHECK-NEXT:         ^~~~~
