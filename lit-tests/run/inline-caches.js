// Inline caches stay correct when what they cached changes: prototype
// methods replaced, deleted, shadowed or turned into accessors, prototypes
// swapped, polymorphic and megamorphic sites, primitives' prototypes,
// globals, and `length` of arrays, strings and ordinary objects.
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
"use strict";
function callM(o) { return o.m(); }
function readV(o) { return o.v; }

class A { m() { return "A.m"; } }
class B extends A {}
const b = new B();
const seen = [];
for (let i = 0; i < 3; i++) seen.push(callM(b));
// A method replaced on the prototype that holds it.
A.prototype.m = function () { return "A.m2"; };
seen.push(callM(b));
// A shadowing method added on an intermediate prototype.
B.prototype.m = function () { return "B.m"; };
seen.push(callM(b));
// Deleted again: the lookup goes back to A.prototype.
delete B.prototype.m;
seen.push(callM(b));
// Shadowed by an own property of the receiver (a new shape).
b.m = () => "own";
seen.push(callM(b));
console.log(seen.join(" "));
// CHECK: A.m A.m A.m A.m2 B.m A.m2 own

// Accessor replacing a cached data property on the prototype.
const proto = { v: 1 };
const child = Object.create(proto);
const reads = [readV(child), readV(child)];
let getterCalls = 0;
Object.defineProperty(proto, "v", { get() { getterCalls++; return "got"; }, configurable: true });
reads.push(readV(child), readV(child));
Object.defineProperty(proto, "v", { value: 3, writable: true, configurable: true });
reads.push(readV(child));
delete proto.v;
reads.push(readV(child));
console.log(reads.map(String).join(" "), getterCalls);
// CHECK: 1 1 got got 3 undefined 2

// Same shape, different prototypes at one site; then setPrototypeOf on
// the receiver and on a prototype in the middle of the chain.
const p1 = { v: "p1" }, p2 = { v: "p2" };
const o1 = Object.create(p1), o2 = Object.create(p2);
const out = [];
for (let i = 0; i < 2; i++) out.push(readV(o1), readV(o2));
Object.setPrototypeOf(o1, p2);
out.push(readV(o1));
const mid = Object.create(p1);
const leaf = Object.create(mid);
out.push(readV(leaf), readV(leaf));
Object.setPrototypeOf(mid, p2);
out.push(readV(leaf));
Object.setPrototypeOf(mid, null);
out.push(readV(leaf));
console.log(out.map(String).join(" "));
// CHECK: p1 p2 p1 p2 p2 p1 p1 p2 undefined

// A non-writable or accessor property on the prototype after a store
// site cached the receiver's own property: own entries are unaffected,
// new receivers see the prototype's.
function setW(o, v) { o.w = v; }
const wp = {};
const w1 = Object.create(wp);
setW(w1, 1); setW(w1, 2);
Object.defineProperty(wp, "w", { value: 0, writable: false });
const w2 = Object.create(wp);
let msg = "";
try { setW(w2, 5); } catch (e) { msg = e.constructor.name; }
console.log(w1.w, w2.w, msg);
// CHECK: 2 0 TypeError

// Polymorphic (4 shapes) and megamorphic (8 shapes) sites.
function getX(o) { return o.x; }
const shapes = [];
for (let i = 0; i < 8; i++) {
  const o = {};
  o["pad" + i] = i;
  o.x = i * 10;
  shapes.push(o);
}
let sum = 0;
for (let round = 0; round < 50; round++)
  for (let i = 0; i < (round < 25 ? 4 : 8); i++) sum += getX(shapes[i]);
shapes[3].x = 1000;
sum += getX(shapes[3]);
console.log(sum);
// CHECK: 9500

// Objects with many transient shapes read through one site (under
// --gc-stress, dead shapes are freed and their addresses reused).
let total = 0;
for (let i = 0; i < 300; i++) {
  const o = {};
  o["k" + (i % 11)] = i;
  o["j" + (i % 5)] = -1;
  o.x = i;
  total += getX(o);
}
console.log(total);
// CHECK: 44850

// Primitive receivers: string methods and length, numbers.
function code0(s) { return s.charCodeAt(0); }
function len(s) { return s.length; }
const codes = [code0("a"), code0("b"), len("abc"), len(""), len([1, 2]), len({ length: 7 })];
const original = String.prototype.charCodeAt;
String.prototype.charCodeAt = function () { return "patched"; };
codes.push(code0("c"));
String.prototype.charCodeAt = original;
codes.push(code0("d"));
function fixed(n) { return n.toFixed(1); }
codes.push(fixed(1.25), fixed(2));
Number.prototype.toFixed = function () { return "nf"; };
codes.push(fixed(3));
console.log(codes.join(" "));
// CHECK: 97 98 3 0 2 7 patched 100 1.3 2.0 nf

// An inherited `length` is not cached for arrays or String wrappers that
// share the receiver's shape and prototype.
const lp = { length: 42 };
const plain = Object.create(lp);
const arr = Object.setPrototypeOf([1, 2, 3], lp);
const wrapper = Object.setPrototypeOf(new String("ab"), lp);
console.log(len(plain), len(arr), len(wrapper), len(plain));
// CHECK: 42 3 2 42

// Globals: redefined, replaced by an accessor, deleted.
globalThis.counter = 1;
function readCounter() { return counter; }
const g = [readCounter(), readCounter()];
globalThis.counter = 2;
g.push(readCounter());
Object.defineProperty(globalThis, "counter", { get() { return "getter"; }, configurable: true });
g.push(readCounter());
delete globalThis.counter;
try { readCounter(); } catch (e) { g.push(e.constructor.name); }
Object.prototype.counter = "inherited";
g.push(readCounter());
delete Object.prototype.counter;
console.log(g.join(" "));
// CHECK: 1 1 2 getter ReferenceError inherited

// Math methods through a cached global and property.
let m = 0;
for (let i = 0; i < 5; i++) m += Math.floor(i / 2);
const savedFloor = Math.floor;
Math.floor = () => 100;
m += Math.floor(1);
Math.floor = savedFloor;
console.log(m);
// CHECK: 104
