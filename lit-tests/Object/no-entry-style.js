// A handler that uses none of the entry styles is a compile error at the
// start of the entry module, with a note per accepted style; no object is
// written.
//
// RUN: rm -rf %t && mkdir %t
// RUN: printf 'console.log("no handler");\n' > %t/none.js
// RUN: %expect-exit 1 %kilnc -c --target=x86_64-linux-musl %t/none.js -o %t/none.o 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: -DFILE=%t/none.js
// CHECK: [[FILE]]:1:1: error: no HTTP handler found: the entry module uses none of Kiln's entry styles
// CHECK-NEXT: {{^}}console.log("no handler");{{$}}
// CHECK-NEXT: {{^}}^{{$}}
// CHECK-NEXT: kilnc: note: accepted entry style: export default { async fetch(request, env, ctx) { ... } }
// CHECK-NEXT: kilnc: note: accepted entry style: addEventListener("fetch", (event) => event.respondWith(...))
// CHECK-NEXT: kilnc: note: accepted entry style: export function handler(request) { ... }
// CHECK-NEXT: kilnc: note: accepted entry style: export default async (request, context) => ...
// RUN: not test -e %t/none.o
//
// Near misses: a default object without fetch, an exported literal, a
// listener for another event, a `handler` that is not exported.
// RUN: printf 'export default { get(r) { return r; } };\n' > %t/nofetch.mjs
// RUN: printf 'export default 42;\n' > %t/literal.mjs
// RUN: printf 'addEventListener("message", (e) => e);\n' > %t/message.js
// RUN: printf 'function handler(r) { return r; }\n' > %t/private.js
// RUN: %expect-exit 1 %kilnc -c %t/nofetch.mjs -o %t/x.o 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: %expect-exit 1 %kilnc -c %t/literal.mjs -o %t/x.o 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: %expect-exit 1 %kilnc -c %t/message.js -o %t/x.o 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: %expect-exit 1 %kilnc -c %t/private.js -o %t/x.o 2>&1 | FileCheck %s --check-prefix=MISS
// MISS: error: no HTTP handler found
