// An input that cannot be read is an I/O error: one diagnostic naming the
// file and the reason, and exit status 2 (not 1, which means "the source has
// errors").
// RUN: rm -f %t.missing
// RUN: not %kilnc --syntax-only %t.missing 2>&1 | FileCheck %s -DFILE=%t.missing
// RUN: %expect-exit 2 %kilnc --syntax-only %t.missing 2>/dev/null
// CHECK: kilnc: error: cannot open '[[FILE]]': {{[Nn]o such file or directory}}
// CHECK-NOT: error:
