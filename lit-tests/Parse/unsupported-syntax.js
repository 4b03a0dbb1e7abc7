// Other valid JavaScript outside Kiln's language, each recognized and
// reported once with an error naming it: 'for await' loops, BigInt
// literals, dynamic import(), import.meta and decorators; 'with' is a
// strict-mode error (unsupported-module.mjs has the module forms).
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

async function f() { for await (const x of xs) {} }
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-1]]:26: error: 'for await' loops are not supported by Kiln
// CHECK-NEXT: {{^}}async function f() { for await (const x of xs) {} }{{$}}
// CHECK-NEXT: {{^}}                         ^~~~~{{$}}
let big = 10n + 0x1Fn + 0b1n + 0o7n;
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-1]]:11: error: BigInt literals are not supported by Kiln
// CHECK-NEXT: {{^}}let big = 10n + 0x1Fn + 0b1n + 0o7n;{{$}}
// CHECK-NEXT: {{^}}          ^~~{{$}}
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-4]]:17: error: BigInt literals are not supported by Kiln
// CHECK-NEXT: {{^}}let big = 10n + 0x1Fn + 0b1n + 0o7n;{{$}}
// CHECK-NEXT: {{^}}                ^~~~~{{$}}
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-7]]:25: error: BigInt literals are not supported by Kiln
// CHECK-NEXT: {{^}}let big = 10n + 0x1Fn + 0b1n + 0o7n;{{$}}
// CHECK-NEXT: {{^}}                        ^~~~{{$}}
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-10]]:32: error: BigInt literals are not supported by Kiln
// CHECK-NEXT: {{^}}let big = 10n + 0x1Fn + 0b1n + 0o7n;{{$}}
// CHECK-NEXT: {{^}}                               ^~~~{{$}}
let mod = import("./m.js");
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-1]]:11: error: dynamic 'import()' is not supported by Kiln
// CHECK-NEXT: {{^}}let mod = import("./m.js");{{$}}
// CHECK-NEXT: {{^}}          ^~~~~~~~~~~~~~~~{{$}}
let meta = import.meta;
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-1]]:12: error: 'import.meta' is not supported by Kiln
// CHECK-NEXT: {{^}}let meta = import.meta;{{$}}
// CHECK-NEXT: {{^}}           ^~~~~~~~~~~{{$}}
@decorator class D {}
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-1]]:1: error: decorators are not supported by Kiln
// CHECK-NEXT: {{^}}@decorator class D {}{{$}}
// CHECK-NEXT: {{^}}^{{$}}
class E { @observed field = 1; @bound method() {} }
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-1]]:11: error: decorators are not supported by Kiln
// CHECK-NEXT: {{^}}class E { @observed field = 1; @bound method() {} }{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-4]]:32: error: decorators are not supported by Kiln
// CHECK-NEXT: {{^}}class E { @observed field = 1; @bound method() {} }{{$}}
// CHECK-NEXT: {{^}}                               ^{{$}}
let F = @a.b(1) class {};
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-1]]:9: error: decorators are not supported by Kiln
// CHECK-NEXT: {{^}}let F = @a.b(1) class {};{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
with (obj) {}
// CHECK: {{.*}}unsupported-syntax.js:[[@LINE-1]]:1: error: 'with' statements are not allowed in strict mode
// CHECK-NEXT: {{^}}with (obj) {}{{$}}
// CHECK-NEXT: {{^}}^~~~{{$}}
