// Each name may be exported once, `default` included.
// RUN: not %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
const handler = () => {};
export default handler;
// CHECK:{{.*}}duplicate-export.mjs:[[@LINE+1]]:21: error: duplicate export of 'default'
export { handler as default };
// CHECK-NEXT:export { handler as default };
// CHECK-NEXT:                    ^~~~~~~
// CHECK-NEXT:{{.*}}duplicate-export.mjs:[[@LINE-5]]:1: note: previous export is here
export const name = "a";
// CHECK:{{.*}}duplicate-export.mjs:[[@LINE+1]]:21: error: duplicate export of 'name'
export { handler as name };
