// "unexpected token" for a token that fits nowhere: a stray '}' at the top
// level (reported, then skipped) and 'import' as the callee of 'new'.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

let a = 1;
}
// CHECK: {{.*}}unexpected-token.js:[[@LINE-1]]:1: error: unexpected token '}'
// CHECK-NEXT: {{^}}}{{$}}
// CHECK-NEXT: {{^}}^{{$}}
let b = 2;
let c = new import("m");
// CHECK: {{.*}}unexpected-token.js:[[@LINE-1]]:13: error: dynamic 'import()' is not supported by Kiln
// CHECK-NEXT: {{^}}let c = new import("m");{{$}}
// CHECK-NEXT: {{^}}            ^~~~~~~~~~~{{$}}
// CHECK: {{.*}}unexpected-token.js:[[@LINE-4]]:13: error: unexpected token 'import'
// CHECK-NEXT: {{^}}let c = new import("m");{{$}}
// CHECK-NEXT: {{^}}            ^~~~~~~~~~~{{$}}
