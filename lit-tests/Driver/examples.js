// The handlers under examples/ are accepted by the front end (they are what a
// new user copies first).
// RUN: %kilnc --syntax-only %S/../../examples/hello/handler.js
// RUN: %kilnc --emit=scopes %S/../../examples/hello/handler.js | FileCheck %s
// CHECK: module 1:1
// CHECK-NEXT: binding *default* const exported
