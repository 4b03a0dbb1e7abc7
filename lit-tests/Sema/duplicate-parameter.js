// Strict code never allows two parameters of the same name, including in
// patterns and rest parameters.
// RUN: not %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --match-full-lines --strict-whitespace
// CHECK:{{.*}}duplicate-parameter.js:[[@LINE+1]]:18: error: redefinition of parameter 'a'
function add(a, [a]) {}
// CHECK-NEXT:function add(a, [a]) {}
// CHECK-NEXT:                 ^
// CHECK-NEXT:{{.*}}duplicate-parameter.js:[[@LINE-3]]:14: note: previous parameter is here
// CHECK-NEXT:function add(a, [a]) {}
// CHECK-NEXT:             ^
// CHECK:{{.*}}duplicate-parameter.js:[[@LINE+1]]:18: error: redefinition of parameter 'x'
const f = (x, ...x) => x;
