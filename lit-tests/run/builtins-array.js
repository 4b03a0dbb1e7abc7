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
// Walking, copying and change-by-copy methods; generic array-likes with huge lengths.
var w = [5, 1, 4, 2, 3];
console.log(w.find(function (x) { return x > 3; }), w.findIndex(function (x) { return x > 3; }), w.findLast(function (x) { return x > 3; }), w.findLastIndex(function (x) { return x > 9; }));
console.log(w.reduceRight(function (acc, x) { return acc + x; }, ""), w.lastIndexOf(4), w.lastIndexOf(4, -4), w.at(-1), w.at(5));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3).join(), [1, 2, 3, 4, 5].copyWithin(1, 0, 3).join(), [1, 2, 3].fill(0, 1).join(), [1, 2, 3].fill(7, -1).join());
console.log(JSON.stringify([1, [2, [3, [4]]]].flat()), [1, [2, [3, [4]]]].flat(Infinity).join(), [1, 2].flatMap(function (x) { return [x, [x * 2]]; }).length);
console.log(w.toSorted().join(), w.toReversed().join(), w.toSpliced(1, 2, "x").join(), w.with(-1, 9).join(), w.join());
console.log([, 1].toSorted().length, 0 in [, 1].toReversed(), [3, undefined, 1].toSorted().join());
try { w.with(5, 0); } catch (e) { console.log(e.name, e.message); }
try { [].reduceRight(function (a, b) { return a; }); } catch (e) { console.log(e.name, e.message); }
try { [1].map(3); } catch (e) { console.log(e.name, e.message); }
var mutated = [1, 2, 3];
var seen = [];
mutated.forEach(function (x, i) { seen.push(x); if (i === 0) { mutated.pop(); mutated[5] = 9; } });
console.log(seen.join(), mutated.length);
var holes = [1, , 3];
console.log(holes.indexOf(undefined), holes.includes(undefined), holes.findIndex(function (x) { return x === undefined; }), holes.lastIndexOf(undefined));
var big = { length: 2 ** 53 + 10, 9007199254740990: "last" };
console.log(Array.prototype.at.call(big, -1), Array.prototype.lastIndexOf.call(big, "last"), Array.prototype.push.call({ length: 2 ** 53 - 1 }));
try { Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1); } catch (e) { console.log(e.name); }
var popped = { length: 2 ** 53 + 2, 9007199254740990: "end" };
console.log(Array.prototype.pop.call(popped), popped.length);
console.log(Array.prototype.map.call("abc", function (c) { return c + c; }).join(), Array.prototype.indexOf.call({ length: 3, 2: "x" }, "x"));
var stable = [];
for (var i = 0; i < 300; i++) stable.push({ k: i % 3, i: i });
stable.sort(function (a, b) { return a.k - b.k; });
var ok = true;
for (var j = 1; j < stable.length; j++) if (stable[j - 1].k === stable[j].k && stable[j - 1].i > stable[j].i) ok = false;
console.log(ok, stable[0].i, stable[100].i, stable[299].i);
console.log([1, 20, 3].toLocaleString(), [null, undefined, 1].toLocaleString());
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
// CHECK-NEXT: 5 0 4 -1
// CHECK-NEXT: 32415 2 -1 3 undefined
// CHECK-NEXT: 4,5,3,4,5 1,1,2,3,5 1,0,0 1,2,7
// CHECK-NEXT: [1,2,[3,[4]]] 1,2,3,4 4
// CHECK-NEXT: 1,2,3,4,5 3,2,4,1,5 5,x,2,3 5,1,4,2,9 5,1,4,2,3
// CHECK-NEXT: 2 true 1,3,
// CHECK-NEXT: RangeError Invalid index : 5
// CHECK-NEXT: TypeError Reduce of empty array with no initial value
// CHECK-NEXT: TypeError 3 is not a function
// CHECK-NEXT: 1,2 6
// CHECK-NEXT: -1 true 1 -1
// CHECK-NEXT: last 9007199254740990 9007199254740991
// CHECK-NEXT: TypeError
// CHECK-NEXT: end 9007199254740990
// CHECK-NEXT: aa,bb,cc 2
// CHECK-NEXT: true 0 1 299
// CHECK-NEXT: 1,20,3 ,,1
