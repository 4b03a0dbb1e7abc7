// Generators are valid JavaScript outside Kiln's language: each generator
// or async generator function or method gets one error at its '*', naming
// the construct. The rest (yield included) is still parsed and checked, so
// the only other errors are real ones: a generator constructor, and yield
// in the parameters.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

function* gen() { yield 1; yield* other(); yield; }
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-1]]:9: error: generator functions are not supported by Kiln
// CHECK-NEXT: {{^}}function* gen() { yield 1; yield* other(); yield; }{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
let ge = function* () {};
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-1]]:18: error: generator functions are not supported by Kiln
// CHECK-NEXT: {{^}}let ge = function* () {};{{$}}
// CHECK-NEXT: {{^}}                 ^{{$}}
async function* agen() { yield await 1; }
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-1]]:15: error: async generator functions are not supported by Kiln
// CHECK-NEXT: {{^}}async function* agen() { yield await 1; }{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
let o = { *m() {}, async *n() {}, *[k]() {} };
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-1]]:11: error: generator methods are not supported by Kiln
// CHECK-NEXT: {{^}}let o = { *m() {}, async *n() {}, *[k]() {} };{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-4]]:26: error: async generator methods are not supported by Kiln
// CHECK-NEXT: {{^}}let o = { *m() {}, async *n() {}, *[k]() {} };{{$}}
// CHECK-NEXT: {{^}}                         ^{{$}}
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-7]]:35: error: generator methods are not supported by Kiln
// CHECK-NEXT: {{^}}let o = { *m() {}, async *n() {}, *[k]() {} };{{$}}
// CHECK-NEXT: {{^}}                                  ^{{$}}
class C { *m() {} static async *n() {} }
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-1]]:11: error: generator methods are not supported by Kiln
// CHECK-NEXT: {{^}}class C { *m() {} static async *n() {} }{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-4]]:32: error: async generator methods are not supported by Kiln
// CHECK-NEXT: {{^}}class C { *m() {} static async *n() {} }{{$}}
// CHECK-NEXT: {{^}}                               ^{{$}}
class D { *constructor() {} }
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-1]]:11: error: generator methods are not supported by Kiln
// CHECK-NEXT: {{^}}class D { *constructor() {} }{{$}}
// CHECK-NEXT: {{^}}          ^{{$}}
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-4]]:12: error: class constructor cannot be a generator
// CHECK-NEXT: {{^}}class D { *constructor() {} }{{$}}
// CHECK-NEXT: {{^}}           ^~~~~~~~~~~{{$}}
function* bad(a = yield) {}
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-1]]:9: error: generator functions are not supported by Kiln
// CHECK-NEXT: {{^}}function* bad(a = yield) {}{{$}}
// CHECK-NEXT: {{^}}        ^{{$}}
// CHECK: {{.*}}unsupported-generators.js:[[@LINE-4]]:19: error: 'yield' expressions are not allowed in formal parameters
// CHECK-NEXT: {{^}}function* bad(a = yield) {}{{$}}
// CHECK-NEXT: {{^}}                  ^~~~~{{$}}
