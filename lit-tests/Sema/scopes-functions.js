// --emit=scopes: parameters, `arguments`, `this` through arrows, named
// function expressions, and the separate body scope of a function whose
// parameters contain expressions.
// RUN: %kilnc --emit=scopes --script %s | FileCheck %s --match-full-lines --strict-whitespace
function outer(a, b = a) {
  var a;
  let inner = () => this.x + arguments.length;
  return inner;
}
const fact = function self(n) {
  return n <= 1 ? 1 : n * self(n - 1);
};
function plain(x) {
  var x;
  return x;
}
// CHECK:global 1:1
// CHECK-NEXT:  binding outer function
// CHECK-NEXT:  binding fact const
// CHECK-NEXT:  binding plain function
// CHECK-NEXT:  function 5:1 outer uses-this this-captured uses-arguments parameter-expressions
// CHECK-NEXT:    binding a param
// CHECK-NEXT:    binding b param
// CHECK-NEXT:    binding arguments arguments captured
// CHECK-NEXT:    function-body 5:26
// CHECK-NEXT:      binding a var param-copy
// CHECK-NEXT:      binding inner let
// CHECK-NEXT:      arrow 7:15 uses-this
// CHECK-NEXT:        free: arguments
// CHECK-NEXT:  function-name 10:14
// CHECK-NEXT:    binding self function-name
// CHECK-NEXT:    function 10:14 self
// CHECK-NEXT:      binding n param
// CHECK-NEXT:  function 13:1 plain
// CHECK-NEXT:    binding x param
