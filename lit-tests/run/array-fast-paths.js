// Dense-array fast paths (a[i] = v, a[i], push, and the element steps of
// map/filter/reduce/forEach) agree with the spec's generic steps: holes
// read through the prototype chain, callbacks that change the array,
// non-extensible and frozen arrays, read-only length, other prototypes,
// and index properties (setters, values) on Array.prototype and
// Object.prototype.
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
// RUN: %kilnc run %S/Inputs/array-prototype-index.js | FileCheck %s --match-full-lines --check-prefix=APROTO
"use strict";
function put(a, i, v) { a[i] = v; }
function get(a, i) { return a[i]; }
function show(a) { return a.map(String).join(","); }
function errorName(f) {
  try { f(); return "no error"; } catch (e) { return e.constructor.name; }
}

// Appends, overwrites, holes and far indices.
const a = [];
for (let i = 0; i < 5; i++) put(a, i, i * i);
put(a, 1, "one");
put(a, 8, 64);
console.log(a.length, show(a), 6 in a, get(a, 6), get(a, 8));
// CHECK: 9 0,one,4,9,16,,,,64 false undefined 64
const far = [1];
put(far, 100000, "far");
console.log(far.length, get(far, 100000), far.push(2), get(far, 100001));
// CHECK: 100001 far 100002 2

// Callbacks that delete, add and change elements while map/filter/forEach/
// reduce walk the array.
const m = [1, 2, 3, 4, 5];
const mapped = m.map((x, i, arr) => {
  if (i === 0) { delete arr[2]; arr[4] = 50; arr.push(6); }
  return x * 10;
});
console.log(show(mapped), mapped.length, 2 in mapped, show(m));
// CHECK: 10,20,,40,500 5 false 1,2,,4,50,6
const f = [1, 2, 3, 4].filter((x, i, arr) => { arr.length = 3; return x !== 2; });
console.log(show(f));
// CHECK: 1,3
const visited = [];
[5, , 7].forEach((x, i) => visited.push(i + ":" + x));
console.log(visited.join(" "));
// CHECK: 0:5 2:7
console.log([1, 2, 3].reduce((acc, x, i, arr) => { if (i === 1) arr.pop(); return acc + x; }, 0));
// CHECK: 3

// Non-extensible, sealed, frozen arrays and a read-only length.
const ne = Object.preventExtensions([1, 2]);
put(ne, 0, 9);
console.log(show(ne), errorName(() => put(ne, 2, 3)), errorName(() => ne.push(3)), ne.length);
// CHECK: 9,2 TypeError TypeError 2
const fr = Object.freeze([1, 2]);
console.log(errorName(() => put(fr, 0, 5)), errorName(() => fr.push(1)), show(fr));
// CHECK: TypeError TypeError 1,2
const ro = [1, 2, 3];
Object.defineProperty(ro, "length", { writable: false });
put(ro, 1, 20);
console.log(errorName(() => put(ro, 3, 4)), errorName(() => ro.push(4)), show(ro), ro.length);
// CHECK: TypeError TypeError 1,20,3 3
const roMapped = [1, 2].map((x) => x + 1);
console.log(show(roMapped));
// CHECK: 2,3

// An array whose prototype is not Array.prototype: its own prototype's
// index setter and values apply.
const log = [];
const custom = { set 2(v) { log.push("set2=" + v); }, 5: "inherited5" };
Object.setPrototypeOf(custom, Array.prototype);
const c = Object.setPrototypeOf([0, 1], custom);
put(c, 2, "x");
c.push("y");
console.log(c.length, get(c, 2), get(c, 5), log.join(" "), show(c.map((x) => x)));
// CHECK: 3 undefined inherited5 set2=x set2=y 0,1,undefined
class MyArray extends Array {}
const mine = new MyArray();
mine.push(1, 2);
put(mine, 2, 3);
console.log(mine.length, show(mine), mine instanceof MyArray);
// CHECK: 3 1,2,3 true

// An index setter on Object.prototype: holes and appends see it from
// then on (Inputs/array-prototype-index.js does the same with
// Array.prototype, in a process of its own).
const before = [1, , 3];
console.log(get(before, 1), 1 in before);
// CHECK: undefined false
const setterLog = [];
Object.defineProperty(Object.prototype, "3", {
  set(v) { setterLog.push("op3=" + v); },
  get() { return "op3"; },
  configurable: true,
});
const d = [0, 1, 2];
put(d, 3, "put");
d.push("pushed");
const filled = [0, 1, 2];
filled.push("p1", "p2");
console.log(d.length, get(d, 3), setterLog.join(" "), filled.length, 3 in filled, show(filled));
// CHECK: 4 op3 op3=put op3=pushed op3=p1 5 true 0,1,2,op3,p2
delete Object.prototype[3];
const e = [];
for (let i = 0; i < 6; i++) e.push(i);
put(e, 6, 6);
console.log(show(e), e.length);
// CHECK: 0,1,2,3,4,5,6 7

// APROTO: undefined false fromArrayProto true 1,fromArrayProto,3
// APROTO-NEXT: 4 ap3=put ap3=pushed ap3 true
// APROTO-NEXT: 0,1,2,3 4
