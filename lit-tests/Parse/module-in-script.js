// In a script, import and export declarations are errors (import() and
// import.meta are expressions, reported as unsupported elsewhere).
// RUN: %expect-exit 1 %kilnc --syntax-only --script %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

import x from "m";
// CHECK: {{.*}}module-in-script.js:[[@LINE-1]]:1: error: 'import' declarations may only appear in a module
// CHECK-NEXT: {{^}}import x from "m";{{$}}
// CHECK-NEXT: {{^}}^~~~~~{{$}}
export let y = 1;
// CHECK: {{.*}}module-in-script.js:[[@LINE-1]]:1: error: 'export' declarations may only appear in a module
// CHECK-NEXT: {{^}}export let y = 1;{{$}}
// CHECK-NEXT: {{^}}^~~~~~{{$}}
export default 2;
// CHECK: {{.*}}module-in-script.js:[[@LINE-1]]:1: error: 'export' declarations may only appear in a module
// CHECK-NEXT: {{^}}export default 2;{{$}}
// CHECK-NEXT: {{^}}^~~~~~{{$}}
