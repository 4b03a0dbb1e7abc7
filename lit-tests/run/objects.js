// Object and array literals, property access, `new` with a function.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const o = { x: 1, nested: { y: [1, 2, { z: 3 }] } };
o.x += 41;
o["w"] = "str";
console.log(o, o.nested.y[2].z, o.x, o.missing);
// CHECK: { x: 42, nested: { y: [ 1, 2, [Object] ] }, w: 'str' } 3 42 undefined
const a = [3, 4];
a[5] = 9;
console.log(a, a.length, [], {});
// CHECK-NEXT: [ 3, 4, <3 empty items>, 9 ] 6 [] {}
function Point(x, y) {
  this.x = x;
  this.y = y;
}
const p = new Point(1, 2);
console.log(p.x + p.y, p instanceof Point, typeof Point, p);
// CHECK-NEXT: 3 true function Point { x: 1, y: 2 }
console.log("x" in o, delete o.x, "x" in o, { "a-b": 1, ok: null });
// CHECK-NEXT: true true false { 'a-b': 1, ok: null }
console.log(globalThis.console === console, typeof globalThis);
// CHECK-NEXT: true object
