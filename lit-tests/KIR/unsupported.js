// Constructs the KIR generator does not lower yet are errors that name the
// construct; no IR is printed for the file. Function declarations are
// lowered first (they are hoisted), so the order of errors is not checked.
// RUN: not %kilnc --emit=ir %s 2>&1 >/dev/null | FileCheck %s
// RUN: not %kilnc --emit=ir %s 2>/dev/null \
// RUN:   | FileCheck %s --check-prefix=OUT --allow-empty
// OUT-NOT: function

try { f(); } catch ({e}) {}
// CHECK-DAG: unsupported.js:[[@LINE-1]]:21: error: a destructuring catch parameter is not yet supported by the KIR generator
for (const k in o) {}
// CHECK-DAG: unsupported.js:[[@LINE-1]]:1: error: the 'for-in' loop is not yet supported by the KIR generator
class A {}
// CHECK-DAG: unsupported.js:[[@LINE-1]]:1: error: a class is not yet supported by the KIR generator
async function g() {}
// CHECK-DAG: unsupported.js:[[@LINE-1]]:1: error: an async function is not yet supported by the KIR generator
function h({a}) {}
// CHECK-DAG: unsupported.js:[[@LINE-1]]:12: error: a destructuring parameter is not yet supported by the KIR generator
function h2() { return arguments; }
// CHECK-DAG: unsupported.js:[[@LINE-1]]:1: error: 'arguments' is not yet supported by the KIR generator
o?.p;
// CHECK-DAG: unsupported.js:[[@LINE-1]]:1: error: optional chaining is not yet supported by the KIR generator
const {p} = o;
// CHECK-DAG: unsupported.js:[[@LINE-1]]:7: error: a destructuring declaration is not yet supported by the KIR generator
for (let i = 0; i < 2; i++) setTimeout(() => i);
// CHECK-DAG: unsupported.js:[[@LINE-1]]:1: error: a closure over a 'for' loop's let/const variable is not yet supported by the KIR generator
