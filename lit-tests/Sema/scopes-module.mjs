// --emit=scopes: imports are module bindings; exported bindings are marked;
// an anonymous default export binds `*default*`. Top-level functions are
// lexical in modules.
// RUN: %kilnc --emit=scopes %s | FileCheck %s --match-full-lines --strict-whitespace
import { parse as parseBody } from "./parse.js";
import * as util from "./util.js";
export const version = 1;
function handler(request) {
  return parseBody(request, util);
}
export { handler };
export default function () {}
// CHECK:module 1:1
// CHECK-NEXT:  binding parseBody import captured
// CHECK-NEXT:  binding util import captured
// CHECK-NEXT:  binding version const exported
// CHECK-NEXT:  binding handler function exported
// CHECK-NEXT:  binding *default* function exported
// CHECK-NEXT:  function 8:1 handler
// CHECK-NEXT:    binding request param
// CHECK-NEXT:    free: parseBody util
// CHECK-NEXT:  function 12:16
