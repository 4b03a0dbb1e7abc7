// In a module 'await' is reserved everywhere, even in a plain function
// nested in it. (await-identifier.js has the script counterpart.)
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let await = 1;
// CHECK: {{.*}}await-identifier-module.mjs:[[@LINE-1]]:5: error: 'await' cannot be used as an identifier in a module
// CHECK-NEXT: {{^}}let await = 1;{{$}}
// CHECK-NEXT: {{^}}    ^~~~~{{$}}
async function f() { let await = 2; }
// CHECK: {{.*}}await-identifier-module.mjs:[[@LINE-1]]:26: error: 'await' cannot be used as an identifier in a module
// CHECK-NEXT: {{^}}async function f() { let await = 2; }{{$}}
// CHECK-NEXT: {{^}}                         ^~~~~{{$}}
class C { static { let await = 3; } }
// CHECK: {{.*}}await-identifier-module.mjs:[[@LINE-1]]:24: error: 'await' cannot be used as an identifier in a class static block
// CHECK-NEXT: {{^}}class C { static { let await = 3; } }{{$}}
// CHECK-NEXT: {{^}}                       ^~~~~{{$}}
function g() { let await = 4; }
// CHECK: {{.*}}await-identifier-module.mjs:[[@LINE-1]]:20: error: 'await' cannot be used as an identifier in a module
// CHECK-NEXT: {{^}}function g() { let await = 4; }{{$}}
// CHECK-NEXT: {{^}}                   ^~~~~{{$}}
export { await };
// CHECK: {{.*}}await-identifier-module.mjs:[[@LINE-1]]:10: error: 'await' cannot be used as an identifier in a module
// CHECK-NEXT: {{^}}export { await };{{$}}
// CHECK-NEXT: {{^}}         ^~~~~{{$}}
