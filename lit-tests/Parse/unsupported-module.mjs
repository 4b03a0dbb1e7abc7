// The unsupported constructs of unsupported-syntax.js in a module, where
// top-level await makes 'for await' parse at the top level and
// import.meta is in its proper place.
// RUN: %expect-exit 1 %kilnc --syntax-only %s 2>&1 \
// RUN:   | FileCheck %s --strict-whitespace --implicit-check-not=error: \
// RUN:       --implicit-check-not=note:

for await (const x of xs) {}
// CHECK: {{.*}}unsupported-module.mjs:[[@LINE-1]]:5: error: 'for await' loops are not supported by Kiln
// CHECK-NEXT: {{^}}for await (const x of xs) {}{{$}}
// CHECK-NEXT: {{^}}    ^~~~~{{$}}
export const url = import.meta.url;
// CHECK: {{.*}}unsupported-module.mjs:[[@LINE-1]]:20: error: 'import.meta' is not supported by Kiln
// CHECK-NEXT: {{^}}export const url = import.meta.url;{{$}}
// CHECK-NEXT: {{^}}                   ^~~~~~~~~~~{{$}}
export default await import("./m.js");
// CHECK: {{.*}}unsupported-module.mjs:[[@LINE-1]]:22: error: dynamic 'import()' is not supported by Kiln
// CHECK-NEXT: {{^}}export default await import("./m.js");{{$}}
// CHECK-NEXT: {{^}}                     ^~~~~~~~~~~~~~~~{{$}}
export @decorator class G {}
// CHECK: {{.*}}unsupported-module.mjs:[[@LINE-1]]:8: error: decorators are not supported by Kiln
// CHECK-NEXT: {{^}}export @decorator class G {}{{$}}
// CHECK-NEXT: {{^}}       ^{{$}}
export function* gen() {}
// CHECK: {{.*}}unsupported-module.mjs:[[@LINE-1]]:16: error: generator functions are not supported by Kiln
// CHECK-NEXT: {{^}}export function* gen() {}{{$}}
// CHECK-NEXT: {{^}}               ^{{$}}
