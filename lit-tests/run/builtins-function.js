// Function.prototype.bind (bound this, partial arguments, new on a bound function, length and name), toString, and the length/name of script functions.
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
"use strict";
function add(a, b, c) { return a + b + c; }
var b = add.bind(null, 1, 2);
console.log(b(3), b.length, b.name);
var o = { x: 10, get: function (y) { return this.x + y; } };
var g = o.get.bind({ x: 5 });
console.log(g(1));
function P(x) { this.x = x; }
var BP = P.bind(null, 7);
var p = new BP();
console.log(p.x, p instanceof P);
console.log(Function.prototype.toString.call(Math.max));
console.log(typeof Function.prototype.bind, Function.prototype.bind.length);
try { Function.prototype.bind.call(1); } catch (e) { console.log(e instanceof TypeError); }
var bb = b.bind(null, 10);
console.log(bb(), bb.name, bb.length);
// CHECK: 6 1 bound add
// CHECK-NEXT: 6
// CHECK-NEXT: 7 true
// CHECK-NEXT: function max() { [native code] }
// CHECK-NEXT: function 1
// CHECK-NEXT: true
// CHECK-NEXT: 13 bound bound add 0
