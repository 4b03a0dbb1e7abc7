// A clean file: exit status 0 and no output at all, as a script and as a
// module.
// RUN: %kilnc --syntax-only --script %s 2>&1 | count 0
// RUN: %kilnc --syntax-only --module %s 2>&1 | count 0
// RUN: %expect-exit 0 %kilnc --syntax-only %s
"use strict";
let total = 0;
for (const n of [1, 2, 3]) total += n;
