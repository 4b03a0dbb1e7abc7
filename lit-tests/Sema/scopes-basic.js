// --emit=scopes: top-level declarations, captures and TDZ hazards. A binding
// is captured when a nested function uses it; `tdz` marks bindings some use
// of which may run before initialization (here `limit`, read by a function
// declaration that is callable before `limit` is set). Unresolved names are
// globals.
// RUN: %kilnc --emit=scopes --script %s | FileCheck %s --match-full-lines --strict-whitespace
let total = 0;
const limit = 10;
var calls;
function add(n) {
  calls++;
  total += n;
  return total < limit;
}
const report = () => console.log(total);
// CHECK:global 1:1
// CHECK-NEXT:  binding calls var captured assigned
// CHECK-NEXT:  binding total let captured tdz assigned
// CHECK-NEXT:  binding limit const captured tdz
// CHECK-NEXT:  binding add function
// CHECK-NEXT:  binding report const
// CHECK-NEXT:  function 10:1 add
// CHECK-NEXT:    binding n param
// CHECK-NEXT:    free: calls total limit
// CHECK-NEXT:  arrow 15:16
// CHECK-NEXT:    free: console(global) total
