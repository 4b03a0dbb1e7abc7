// A module's top-level function returns its namespace object: a
// null-prototype object with one property per exported name, in code-unit
// order, read after the body ran. An anonymous default export is named
// "default" and stored in the `*default*` binding; `export { a as b }` reads
// the local binding `a`.
// RUN: %kilnc --emit=ir %s | FileCheck %s

export function handler(request) { return request; }
export default async (request) => request;
let count = 0;
export { count as requests };
export const [first] = [1];
count++;

// CHECK-LABEL: function @0 <module>()
// CHECK: [[HANDLER:%[0-9]+]] = create_closure @1
// CHECK-NEXT: store_local [[HSLOT:[0-9]+]], [[HANDLER]]
// CHECK-NEXT: [[DEFAULT:%[0-9]+]] = create_closure @2
// CHECK-NEXT: store_local [[DSLOT:[0-9]+]], [[DEFAULT]]
// CHECK: inc
// CHECK: [[NS:%[0-9]+]] = new_object
// CHECK-NEXT: [[NULL:%[0-9]+]] = load_null
// CHECK-NEXT: set_literal_proto [[NS]], [[NULL]]
// CHECK-NEXT: [[V1:%[0-9]+]] = load_local [[DSLOT]]
// CHECK-NEXT: define_prop [[NS]], "default", [[V1]]
// CHECK-NEXT: [[V2:%[0-9]+]] = load_local
// CHECK-NEXT: define_prop [[NS]], "first", [[V2]]
// CHECK-NEXT: [[V3:%[0-9]+]] = load_local [[HSLOT]]
// CHECK-NEXT: define_prop [[NS]], "handler", [[V3]]
// CHECK-NEXT: [[V4:%[0-9]+]] = load_local
// CHECK-NEXT: define_prop [[NS]], "requests", [[V4]]
// CHECK-NEXT: return [[NS]]
// CHECK-LABEL: function @1 handler(request)
// CHECK-LABEL: function @2 default(request) async

// A script returns undefined.
// RUN: printf 'addEventListener("fetch", (e) => e);\n' > %t.js
// RUN: %kilnc --emit=ir %t.js | FileCheck %s --check-prefix=SCRIPT
// SCRIPT: call
// SCRIPT-NEXT: [[U:%[0-9]+]] = load_undefined
// SCRIPT-NEXT: return [[U]]
