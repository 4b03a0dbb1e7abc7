// 'await' is an identifier in scripts, except inside async functions
// (their parameters and nested arrows included) and class static blocks.
// await-identifier-module.mjs has the module counterpart.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let await = 1;
async function f() { let await = 2; }
// CHECK: {{.*}}await-identifier.js:[[@LINE-1]]:26: error: 'await' cannot be used as an identifier in an async function
// CHECK-NEXT: {{^}}async function f() { let await = 2; }{{$}}
// CHECK-NEXT: {{^}}                         ^~~~~{{$}}
async function g(await) {}
// CHECK: {{.*}}await-identifier.js:[[@LINE-1]]:18: error: 'await' cannot be used as an identifier in an async function
// CHECK-NEXT: {{^}}async function g(await) {}{{$}}
// CHECK-NEXT: {{^}}                 ^~~~~{{$}}
let h = async (x) => { var await; };
// CHECK: {{.*}}await-identifier.js:[[@LINE-1]]:28: error: 'await' cannot be used as an identifier in an async function
// CHECK-NEXT: {{^}}let h = async (x) => { var await; };{{$}}
// CHECK-NEXT: {{^}}                           ^~~~~{{$}}
class C { static { let await = 3; } }
// CHECK: {{.*}}await-identifier.js:[[@LINE-1]]:24: error: 'await' cannot be used as an identifier in a class static block
// CHECK-NEXT: {{^}}class C { static { let await = 3; } }{{$}}
// CHECK-NEXT: {{^}}                       ^~~~~{{$}}
function ok() { let await = 4; }
