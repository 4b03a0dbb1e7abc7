// Array, Array.isArray/of/from and the Array.prototype methods: mutation, search, callbacks, splice and stable sort, generic use on array-likes.
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
"use strict";
var a = [3, 1, 2];
console.log(a.push(4, 5), a.join("-"), String(a));
console.log(a.pop(), a.length, a.shift(), a.join());
console.log(a.unshift(9, 8), a.join());
console.log(Array.isArray(a), Array.isArray({ length: 0 }));
console.log(new Array(3).length, Array(1, 2).join(), Array.of(7).join());
console.log([1, 2, 3, 4].slice(1, -1).join(), [1, 2, 3].slice(-2).join());
console.log([1, 2, NaN].indexOf(NaN), [1, 2, NaN].includes(NaN), [1, 2, 3].indexOf(3, -1));
console.log([1, 2].concat([3, 4], 5, [[6]]).length);
var sum = 0;
[1, 2, 3].forEach(function (x, i) { sum += x * i; });
console.log(sum);
console.log([1, 2, 3].map(function (x) { return x * 2; }).join());
console.log([1, 2, 3, 4].filter(function (x) { return x % 2; }).join());
console.log([1, 2, 3].reduce(function (s, x) { return s + x; }), [].reduce(function () {}, 10));
console.log([1, 2, 3].some(function (x) { return x > 2; }), [1, 2, 3].every(function (x) { return x > 2; }));
console.log([1, 2, 3].reverse().join(), [1, 2, 3, 4].reverse().join());
var s = [1, 2, 3, 4, 5];
console.log(s.splice(1, 2).join(), s.join());
console.log(s.splice(1, 0, "a", "b").length, s.join());
console.log(s.splice(-1).join(), s.join());
console.log([10, 9, 1, 100, undefined, 2].sort().join());
console.log([5, 1, 4].sort(function (a, b) { return a - b; }).join());
var st = [{ k: 1, v: "a" }, { k: 0, v: "b" }, { k: 1, v: "c" }, { k: 0, v: "d" }];
console.log(st.sort(function (a, b) { return a.k - b.k; }).map(function (e) { return e.v; }).join(""));
console.log(Array.from({ length: 3, 0: "x", 2: "z" }).join("|"));
console.log(Array.from([1, 2], function (x) { return x * 10; }).join());
console.log(Array.prototype.join.call({ length: 2, 0: "p", 1: "q" }, "+"));
console.log([1, [2, 3], null, undefined].toString());
try { [].reduce(function () {}); } catch (e) { console.log(e instanceof TypeError); }
try { new Array(-1); } catch (e) { console.log(e instanceof RangeError); }
console.log(Array.prototype.push.length, Array.prototype.splice.name);
// CHECK: 5 3-1-2-4-5 3,1,2,4,5
// CHECK-NEXT: 5 4 3 1,2,4
// CHECK-NEXT: 5 9,8,1,2,4
// CHECK-NEXT: true false
// CHECK-NEXT: 3 1,2 7
// CHECK-NEXT: 2,3 2,3
// CHECK-NEXT: -1 true 2
// CHECK-NEXT: 6
// CHECK-NEXT: 8
// CHECK-NEXT: 2,4,6
// CHECK-NEXT: 1,3
// CHECK-NEXT: 6 10
// CHECK-NEXT: true false
// CHECK-NEXT: 3,2,1 4,3,2,1
// CHECK-NEXT: 2,3 1,4,5
// CHECK-NEXT: 0 1,a,b,4,5
// CHECK-NEXT: 5 1,a,b,4
// CHECK-NEXT: 1,10,100,2,9,
// CHECK-NEXT: 1,4,5
// CHECK-NEXT: bdac
// CHECK-NEXT: x||z
// CHECK-NEXT: 10,20
// CHECK-NEXT: p+q
// CHECK-NEXT: 1,2,3,,
// CHECK-NEXT: true
// CHECK-NEXT: true
// CHECK-NEXT: 1 splice
