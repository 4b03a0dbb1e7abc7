// ArrayBuffer and the nine TypedArrays: element conversions (wrapping,
// Uint8Clamped's round-half-even, NaN/Infinity, Float32 rounding), numeric
// keys (out-of-range writes ignored, canonical numeric strings absent),
// views over a shared buffer and the constructors' RangeErrors, the
// %TypedArray%.prototype methods, freeze/delete/defineProperty on elements,
// subclassing, generic use (for-in, spread, Array methods) and
// console.log's notation; checked against Node 20.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

"use strict";
const u8 = new Uint8Array([1, 2, 3]);
console.log(u8, u8.length, u8.byteLength, u8.byteOffset, u8.BYTES_PER_ELEMENT);
console.log(Object.prototype.toString.call(u8), u8[Symbol.toStringTag]);
u8[5] = 9; u8[-1] = 9; u8["1.5"] = 9; u8["-0"] = 9;
console.log(u8, u8[5], u8[-1], u8["1.5"], u8["-0"], 5 in u8, 2 in u8, "-0" in u8);
console.log(Object.keys(u8), JSON.stringify(u8), Object.getOwnPropertyNames(u8));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(u8, 0)));
const conv = [NaN, Infinity, -Infinity, -1, 256, 257.9, -0, 1.5, 2.5, 3.5, 254.5, 255.5, "12", null, true, {valueOf() { return 7; }}];
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]) {
  const t = new C(conv.length);
  conv.forEach((v, i) => { t[i] = v; });
  console.log(C.name, C.BYTES_PER_ELEMENT, Array.from(t).join(","));
}
console.log(Array.from(new Float32Array([1.1, 16777217, 3e38, 1e39])).join(" "));
console.log(new Float64Array([-0, NaN, 1.5]));
const buf = new ArrayBuffer(8);
const view16 = new Uint16Array(buf, 2, 2);
view16[0] = 0x1234; view16[1] = 0xffff;
console.log(new Uint8Array(buf).join(), view16.byteOffset, view16.byteLength, view16.buffer === buf);
console.log(buf.slice(0, 4));
console.log(buf.byteLength, ArrayBuffer.isView(view16), ArrayBuffer.isView(buf), ArrayBuffer.isView([]));
console.log(buf.slice(2, 4), buf.slice(-2), new Uint8Array(buf.slice(3)).length);
for (const f of [() => new Uint16Array(buf, 1), () => new Uint16Array(new ArrayBuffer(3)), () => new Uint8Array(buf, 9), () => new Uint8Array(buf, 4, 5), () => new Uint8Array(-1), () => new ArrayBuffer(-1), () => Uint8Array(2), () => ArrayBuffer(1)]) {
  try { f(); console.log("no error"); } catch (e) { console.log(e.name); }
}
console.log(new Int16Array(new Uint8Array([1, 255, 3])), new Uint8Array(new Set([4, 5])), new Uint8Array({length: 2, 0: 7}));
console.log(Uint8Array.from([1, 2, 3], x => x * 2), Int8Array.of(127, 128, -129), Uint8Array.from("123"));
const a = new Int32Array([5, -1, 3, 10, -7]);
console.log(a.at(-1), a.indexOf(3), a.lastIndexOf(3), a.includes(10), a.join("-"), a.toString(), String(a));
console.log(a.map(x => x * 2), a.filter(x => x > 0), a.reduce((s, x) => s + x, 0), a.reduceRight((s, x) => s + x));
console.log(a.every(x => x > -10), a.some(x => x > 9), a.find(x => x < 0), a.findIndex(x => x < 0), a.findLast(x => x < 0), a.findLastIndex(x => x > 100));
let seen = [];
a.forEach((x, i, arr) => seen.push(i + ":" + x + ":" + (arr === a)));
console.log(seen.join(" "));
console.log(a.slice(1, 3), a.slice(-2), a.subarray(1, 3), a.subarray(-1).byteOffset);
const sub = a.subarray(1, 3); sub[0] = 100;
console.log(a[1], sub.buffer === a.buffer);
console.log(new Float64Array([3, NaN, -0, 0, -Infinity, 1]).sort(), new Uint8Array([3, 1, 2]).sort((x, y) => y - x));
console.log(new Uint8Array([1, 2, 3, 4]).reverse(), new Uint8Array(4).fill(7, 1, 3), new Uint8Array(3).fill(300));
const t = new Uint8Array(6);
t.set([1, 2]); t.set(new Uint8Array([9, 8]), 3); t.set(new Int16Array([-1]), 5);
console.log(t);
try { t.set([1, 2], 5); } catch (e) { console.log(e.name); }
const over = new Uint8Array([1, 2, 3, 4, 5]);
over.set(over.subarray(0, 3), 2);
console.log(over, over.copyWithin(0, 3));
console.log([...new Uint8Array([7, 8])], [...new Uint8Array([7, 8]).keys()], [...new Uint8Array([7, 8]).entries()]);
for (const x of new Uint16Array([1, 2])) console.log(x);
console.log(Object.getPrototypeOf(Uint8Array) === Object.getPrototypeOf(Int32Array), Object.getPrototypeOf(Uint8Array.prototype) === Object.getPrototypeOf(Float64Array.prototype));
console.log(Uint8Array.name, Uint8Array.length, Object.getPrototypeOf(Uint8Array).name);
try { Object.freeze(new Uint8Array(1)); } catch (e) { console.log(e.name); }
console.log(Object.isFrozen(Object.freeze(new Uint8Array(0))), Object.isFrozen(new Uint8Array(1)));
try { delete u8[0]; } catch (e) { console.log(e.name); }
delete u8[10];
try { Object.defineProperty(u8, 0, {value: 1, writable: false}); } catch (e) { console.log(e.name); }
Object.defineProperty(u8, 1, {value: 42});
console.log(u8[1]);
class Bytes extends Uint8Array { sum() { return this.reduce((s, x) => s + x, 0); } }
const b = new Bytes([1, 2, 3]);
console.log(b.sum(), b instanceof Uint8Array, b.map(x => x + 1) instanceof Bytes, b.constructor.name);
console.log({nested: [new Uint8Array(2)]}, [new ArrayBuffer(2)]);
try { Uint8Array.prototype.length; } catch (e) { console.log("length getter", e.name); }
try { Object.getPrototypeOf(Uint8Array)(); } catch (e) { console.log(e.name); }
{
const a = new Int8Array([3, -1, 2]);
console.log(a.toReversed(), a.toSorted(), a.toSorted((x, y) => y - x), a.with(-1, 200), a);
try { a.with(3, 0); } catch (e) { console.log(e.name); }
class Sub extends Uint8Array {}
const s = new Sub([1, 2]);
console.log(s.toReversed() instanceof Sub, s.map(x => x) instanceof Sub);
console.log(Uint8Array.from([1, 2], function (x, i) { return x * 10 + i; }));
}
{
const u = new Uint8Array([5, 6]);
u.extra = 1;
const keys = [];
for (const k in u) keys.push(k);
console.log(keys.join(), Object.entries(u).join(";"), Object.assign({}, u));
const {0: first, length} = u;
console.log(first, length, [...u, ...new Int8Array([-1])], Array.prototype.slice.call(u), Array.from(u));
console.log(Math.max(...new Float32Array([0.5, 2])), Array.isArray(u), u instanceof Object);
let threw = false; try { new ArrayBuffer(2 ** 53); } catch (e) { threw = e.name; } console.log(threw);
try { new Uint8Array(new ArrayBuffer(4), 1, 4); } catch (e) { console.log(e.name); }
console.log(new Uint8Array(new ArrayBuffer(4), 4).length, new Uint8Array(new ArrayBuffer(4), 1, 3).length);
console.log(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), "length").get.name);
console.log(typeof Uint8Array.prototype[Symbol.iterator], Uint8Array.prototype[Symbol.iterator] === Uint8Array.prototype.values);
console.log(new Uint8Array(3).toString(), `${new Int16Array([1, -2])}`, new Uint8Array([1]) + "");
}

// CHECK: Uint8Array(3) [ 1, 2, 3 ] 3 3 0 1
// CHECK-NEXT: [object Uint8Array] Uint8Array
// CHECK-NEXT: Uint8Array(3) [ 1, 2, 3 ] undefined undefined undefined undefined false true false
// CHECK-NEXT: [ '0', '1', '2' ] {"0":1,"1":2,"2":3} [ '0', '1', '2' ]
// CHECK-NEXT: {"value":1,"writable":true,"enumerable":true,"configurable":true}
// CHECK-NEXT: Int8Array 1 0,0,0,-1,0,1,0,1,2,3,-2,-1,12,0,1,7
// CHECK-NEXT: Uint8Array 1 0,0,0,255,0,1,0,1,2,3,254,255,12,0,1,7
// CHECK-NEXT: Uint8ClampedArray 1 0,255,0,0,255,255,0,2,2,4,254,255,12,0,1,7
// CHECK-NEXT: Int16Array 2 0,0,0,-1,256,257,0,1,2,3,254,255,12,0,1,7
// CHECK-NEXT: Uint16Array 2 0,0,0,65535,256,257,0,1,2,3,254,255,12,0,1,7
// CHECK-NEXT: Int32Array 4 0,0,0,-1,256,257,0,1,2,3,254,255,12,0,1,7
// CHECK-NEXT: Uint32Array 4 0,0,0,4294967295,256,257,0,1,2,3,254,255,12,0,1,7
// CHECK-NEXT: Float32Array 4 NaN,Infinity,-Infinity,-1,256,257.8999938964844,0,1.5,2.5,3.5,254.5,255.5,12,0,1,7
// CHECK-NEXT: Float64Array 8 NaN,Infinity,-Infinity,-1,256,257.9,0,1.5,2.5,3.5,254.5,255.5,12,0,1,7
// CHECK-NEXT: 1.100000023841858 16777216 3.0000000054977558e+38 Infinity
// CHECK-NEXT: Float64Array(3) [ -0, NaN, 1.5 ]
// CHECK-NEXT: 0,0,52,18,255,255,0,0 2 4 true
// CHECK-NEXT: ArrayBuffer { [Uint8Contents]: <00 00 34 12>, byteLength: 4 }
// CHECK-NEXT: 8 true false false
// CHECK-NEXT: ArrayBuffer { [Uint8Contents]: <34 12>, byteLength: 2 } ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 } 5
// CHECK-NEXT: RangeError
// CHECK-NEXT: RangeError
// CHECK-NEXT: RangeError
// CHECK-NEXT: RangeError
// CHECK-NEXT: RangeError
// CHECK-NEXT: RangeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: Int16Array(3) [ 1, 255, 3 ] Uint8Array(2) [ 4, 5 ] Uint8Array(2) [ 7, 0 ]
// CHECK-NEXT: Uint8Array(3) [ 2, 4, 6 ] Int8Array(3) [ 127, -128, 127 ] Uint8Array(3) [ 1, 2, 3 ]
// CHECK-NEXT: -7 2 2 true 5--1-3-10--7 5,-1,3,10,-7 5,-1,3,10,-7
// CHECK-NEXT: Int32Array(5) [ 10, -2, 6, 20, -14 ] Int32Array(3) [ 5, 3, 10 ] 10 10
// CHECK-NEXT: true true -1 1 -7 -1
// CHECK-NEXT: 0:5:true 1:-1:true 2:3:true 3:10:true 4:-7:true
// CHECK-NEXT: Int32Array(2) [ -1, 3 ] Int32Array(2) [ 10, -7 ] Int32Array(2) [ -1, 3 ] 16
// CHECK-NEXT: 100 true
// CHECK-NEXT: Float64Array(6) [ -Infinity, -0, 0, 1, 3, NaN ] Uint8Array(3) [ 3, 2, 1 ]
// CHECK-NEXT: Uint8Array(4) [ 4, 3, 2, 1 ] Uint8Array(4) [ 0, 7, 7, 0 ] Uint8Array(3) [ 44, 44, 44 ]
// CHECK-NEXT: Uint8Array(6) [ 1, 2, 0, 9, 8, 255 ]
// CHECK-NEXT: RangeError
// CHECK-NEXT: Uint8Array(5) [ 2, 3, 1, 2, 3 ] Uint8Array(5) [ 2, 3, 1, 2, 3 ]
// CHECK-NEXT: [ 7, 8 ] [ 0, 1 ] [ [ 0, 7 ], [ 1, 8 ] ]
// CHECK-NEXT: 1
// CHECK-NEXT: 2
// CHECK-NEXT: true true
// CHECK-NEXT: Uint8Array 3 TypedArray
// CHECK-NEXT: TypeError
// CHECK-NEXT: true false
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: 42
// CHECK-NEXT: 6 true true Bytes
// CHECK-NEXT: { nested: [ Uint8Array(2) [ 0, 0 ] ] } [ ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 } ]
// CHECK-NEXT: length getter TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: Int8Array(3) [ 2, -1, 3 ] Int8Array(3) [ -1, 2, 3 ] Int8Array(3) [ 3, 2, -1 ] Int8Array(3) [ 3, -1, -56 ] Int8Array(3) [ 3, -1, 2 ]
// CHECK-NEXT: RangeError
// CHECK-NEXT: false true
// CHECK-NEXT: Uint8Array(2) [ 10, 21 ]
// CHECK-NEXT: 0,1,extra 0,5;1,6;extra,1 { '0': 5, '1': 6, extra: 1 }
// CHECK-NEXT: 5 2 [ 5, 6, -1 ] [ 5, 6 ] [ 5, 6 ]
// CHECK-NEXT: 2 false true
// CHECK-NEXT: RangeError
// CHECK-NEXT: RangeError
// CHECK-NEXT: 0 3
// CHECK-NEXT: get length
// CHECK-NEXT: function true
// CHECK-NEXT: 0,0,0 1,-2 1
