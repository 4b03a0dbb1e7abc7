// Constructs the KIR generator does not lower yet are errors that name the
// construct; no IR is printed for the file. Function declarations are
// lowered first (they are hoisted), so the order of errors is not checked.
// RUN: not %kilnc --emit=ir %s 2>&1 >/dev/null | FileCheck %s
// RUN: not %kilnc --emit=ir %s 2>/dev/null \
// RUN:   | FileCheck %s --check-prefix=OUT --allow-empty
// OUT-NOT: function

const re = /a+/;
// CHECK-DAG: unsupported.js:[[@LINE-1]]:12: error: a regular expression literal is not yet supported by the KIR generator
