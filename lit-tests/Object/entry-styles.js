// kilnc -c detects the entry style at compile time and stores it in
// kiln_handler_info (second word: 1 default object with fetch, 2 fetch
// event listener, 3 exported handler, 4 default-exported function).
//
// RUN: rm -rf %t && mkdir %t
// RUN: printf 'export default { fetch(r) { return r; } };\n' > %t/object.mjs
// RUN: printf 'const app = { fetch: (r) => r };\nexport default app;\n' > %t/object-ident.mjs
// RUN: printf 'const app = { async fetch(r) { return r; } };\nexport { app as default };\n' > %t/object-spec.mjs
// RUN: printf 'class App { fetch(r) { return r; } }\nexport default new App();\n' > %t/object-new.mjs
// RUN: printf 'addEventListener("fetch", (e) => e.respondWith(1));\n' > %t/listener.js
// RUN: printf 'self.addEventListener("fetch", (e) => e.respondWith(1));\n' > %t/listener-self.js
// RUN: printf 'export function handler(r) { return r; }\n' > %t/named.mjs
// RUN: printf 'export const handler = async (r) => r;\n' > %t/named-const.mjs
// RUN: printf 'export default async (r, c) => r;\n' > %t/arrow.mjs
// RUN: printf 'export default function (r) { return r; }\n' > %t/function.mjs
// RUN: printf 'async function h(r) { return r; }\nexport default h;\n' > %t/function-ident.mjs
//
// RUN: %kilnc -c --target=x86_64-linux-musl %t/object.mjs -o %t/object.mjs.o
// RUN: llvm-readelf -x .data.rel.ro %t/object.mjs.o | FileCheck %s --check-prefix=OBJECT
// RUN: %kilnc -c --target=x86_64-linux-musl %t/object-ident.mjs -o %t/object-ident.mjs.o
// RUN: llvm-readelf -x .data.rel.ro %t/object-ident.mjs.o | FileCheck %s --check-prefix=OBJECT
// RUN: %kilnc -c --target=x86_64-linux-musl %t/object-spec.mjs -o %t/object-spec.mjs.o
// RUN: llvm-readelf -x .data.rel.ro %t/object-spec.mjs.o | FileCheck %s --check-prefix=OBJECT
// RUN: %kilnc -c --target=x86_64-linux-musl %t/object-new.mjs -o %t/object-new.mjs.o
// RUN: llvm-readelf -x .data.rel.ro %t/object-new.mjs.o | FileCheck %s --check-prefix=OBJECT
// OBJECT: 0x00000000 01000000 01000000
// RUN: %kilnc -c --target=x86_64-linux-musl %t/listener.js -o %t/listener.js.o
// RUN: llvm-readelf -x .data.rel.ro %t/listener.js.o | FileCheck %s --check-prefix=LISTENER
// RUN: %kilnc -c --target=x86_64-linux-musl %t/listener-self.js -o %t/listener-self.js.o
// RUN: llvm-readelf -x .data.rel.ro %t/listener-self.js.o | FileCheck %s --check-prefix=LISTENER
// LISTENER: 0x00000000 01000000 02000000
// RUN: %kilnc -c --target=x86_64-linux-musl %t/named.mjs -o %t/named.mjs.o
// RUN: llvm-readelf -x .data.rel.ro %t/named.mjs.o | FileCheck %s --check-prefix=NAMED
// RUN: %kilnc -c --target=x86_64-linux-musl %t/named-const.mjs -o %t/named-const.mjs.o
// RUN: llvm-readelf -x .data.rel.ro %t/named-const.mjs.o | FileCheck %s --check-prefix=NAMED
// NAMED: 0x00000000 01000000 03000000
// RUN: %kilnc -c --target=x86_64-linux-musl %t/arrow.mjs -o %t/arrow.mjs.o
// RUN: llvm-readelf -x .data.rel.ro %t/arrow.mjs.o | FileCheck %s --check-prefix=FUNCTION
// RUN: %kilnc -c --target=x86_64-linux-musl %t/function.mjs -o %t/function.mjs.o
// RUN: llvm-readelf -x .data.rel.ro %t/function.mjs.o | FileCheck %s --check-prefix=FUNCTION
// RUN: %kilnc -c --target=x86_64-linux-musl %t/function-ident.mjs -o %t/function-ident.mjs.o
// RUN: llvm-readelf -x .data.rel.ro %t/function-ident.mjs.o | FileCheck %s --check-prefix=FUNCTION
// FUNCTION: 0x00000000 01000000 04000000
//
// `kilnc run` of a handler file just evaluates it.
// RUN: printf 'export default { fetch(r) { return r; } };\nconsole.log("evaluated");\n' > %t/run.mjs
// RUN: %kilnc run %t/run.mjs | FileCheck %s --check-prefix=EVAL
// RUN: %kilnc run %t/named.mjs
// RUN: %kilnc run %t/function.mjs
// RUN: %kilnc run %t/object-new.mjs
// EVAL: evaluated
