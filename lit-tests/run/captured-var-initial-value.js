// A `var` that a closure captures lives in an environment record and starts
// out undefined, like any var (here it also shadows the name of the function
// expression around it).
// RUN: %kilnc run %s | FileCheck %s
var n = 'outside';
var probeBefore = function() { return n; };
var probeBody;
var func = function n() {
  var n;
  probeBody = function() { return n; };
};
func();
console.log(probeBefore(), probeBody(), typeof probeBody());
// CHECK: outside undefined undefined
function counter() {
  var count;
  return function() { return count; };
}
console.log(counter()());
// CHECK-NEXT: undefined
