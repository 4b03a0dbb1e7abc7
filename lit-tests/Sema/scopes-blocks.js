// --emit=scopes: block, switch, catch and for-head scopes exist only when
// they declare something. Bindings in a switch are in the TDZ for other
// cases; a var in a catch block may redeclare the parameter (B.3.4) and
// then initializes it.
// RUN: %kilnc --emit=scopes --script %s | FileCheck %s --match-full-lines --strict-whitespace
for (let i = 0; i < 3; i++) {
  const square = i * i;
  setTimeout(() => square);
}
for (const key in {}) {}
switch (calls) {
  case 0:
    let first = 1;
    break;
  default:
    first;
}
try {
} catch (error) {
  var error = null;
}
{
  noDeclarations();
}
// CHECK:global 1:1
// CHECK-NEXT:  binding error var
// CHECK-NEXT:  globals: setTimeout calls noDeclarations
// CHECK-NEXT:  for-head 6:1
// CHECK-NEXT:    binding i let assigned
// CHECK-NEXT:    block 6:29
// CHECK-NEXT:      binding square const captured
// CHECK-NEXT:      arrow 8:14
// CHECK-NEXT:        free: square
// CHECK-NEXT:  for-head 10:1
// CHECK-NEXT:    binding key const
// CHECK-NEXT:  switch 11:1
// CHECK-NEXT:    binding first let tdz
// CHECK-NEXT:  catch 19:3
// CHECK-NEXT:    binding error catch assigned
