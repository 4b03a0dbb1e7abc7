// crypto.getRandomValues (integer views only, 65536-byte quota) and
// Request/Response bodies as bytes: arrayBuffer(), bytes(), byte bodies
// copied at construction and decoded as UTF-8 by text()/json(); checked
// against Node 20.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

"use strict";
// crypto.getRandomValues
const r = new Uint8Array(16);
console.log(crypto.getRandomValues(r) === r, r.length);
let nonzero = false;
const big = crypto.getRandomValues(new Uint32Array(16384));
for (const x of big) if (x !== 0) nonzero = true;
console.log(nonzero, big.length);
for (const C of [Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array]) console.log(C.name, crypto.getRandomValues(new C(4)).length);
for (const bad of [new Float32Array(1), new Float64Array(1), [1], undefined, new ArrayBuffer(4), new Uint8Array(65537), new Uint32Array(16385)]) {
  try { crypto.getRandomValues(bad); console.log("no error"); } catch (e) { console.log(e.name, e.code, e instanceof DOMException); }
}
// Bodies as bytes
async function main() {
  const bytes = new Uint8Array([104, 0xC3, 0xA9, 0xFF, 33]);
  const res = new Response(bytes);
  console.log(res.headers.get("content-type"), res.bodyUsed);
  const ab = await res.arrayBuffer();
  console.log(ab, res.bodyUsed);
  try { await res.arrayBuffer(); } catch (e) { console.log(e.name); }
  console.log(JSON.stringify(await new Response(bytes).text()));
  console.log(await new Response(bytes.buffer).bytes());
  bytes[0] = 72;
  const copy = new Response(bytes);
  bytes[0] = 0;
  console.log(await copy.text());
  console.log(await new Response("h\u00e9").arrayBuffer(), await new Response("h\u00e9").bytes());
  console.log(await new Response().arrayBuffer(), await new Response(null).bytes());
  console.log(await new Response(new TextEncoder().encode('{"a":[1,2]}')).json());
  const sub = new Uint8Array([0, 111, 107, 0]).subarray(1, 3);
  console.log(await new Response(sub).text());
  const req = new Request("http://x/", {method: "POST", body: new Uint8Array([1, 2, 3])});
  console.log(await req.arrayBuffer(), req.bodyUsed);
  const req2 = new Request("http://x/", {method: "POST", body: "abc"});
  console.log(await req2.bytes());
  const req3 = new Request("http://x/", {method: "PUT", body: new Uint16Array([0x6968])});
  console.log(await req3.clone().text(), await req3.text());
  const bom = new Response(new Uint8Array([0xEF, 0xBB, 0xBF, 0x68]));
  console.log(JSON.stringify(await bom.text()));
  const u = await new Response(new Uint8Array([5, 6])).bytes();
  console.log(u instanceof Uint8Array, u.buffer instanceof ArrayBuffer, u.byteLength);
}
main();

// CHECK: true 16
// CHECK-NEXT: true 16384
// CHECK-NEXT: Int8Array 4
// CHECK-NEXT: Uint8ClampedArray 4
// CHECK-NEXT: Int16Array 4
// CHECK-NEXT: Uint16Array 4
// CHECK-NEXT: Int32Array 4
// CHECK-NEXT: TypeMismatchError 17 true
// CHECK-NEXT: TypeMismatchError 17 true
// CHECK-NEXT: TypeMismatchError 17 true
// CHECK-NEXT: TypeMismatchError 17 true
// CHECK-NEXT: TypeMismatchError 17 true
// CHECK-NEXT: QuotaExceededError 22 true
// CHECK-NEXT: QuotaExceededError 22 true
// CHECK-NEXT: null false
// CHECK-NEXT: ArrayBuffer { [Uint8Contents]: <68 c3 a9 ff 21>, byteLength: 5 } true
// CHECK-NEXT: TypeError
// CHECK-NEXT: "hé�!"
// CHECK-NEXT: Uint8Array(5) [ 104, 195, 169, 255, 33 ]
// CHECK-NEXT: Hé�!
// CHECK-NEXT: ArrayBuffer { [Uint8Contents]: <68 c3 a9>, byteLength: 3 } Uint8Array(3) [ 104, 195, 169 ]
// CHECK-NEXT: ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 } Uint8Array(0) []
// CHECK-NEXT: { a: [ 1, 2 ] }
// CHECK-NEXT: ok
// CHECK-NEXT: ArrayBuffer { [Uint8Contents]: <01 02 03>, byteLength: 3 } true
// CHECK-NEXT: Uint8Array(3) [ 97, 98, 99 ]
// CHECK-NEXT: hi hi
// CHECK-NEXT: "h"
// CHECK-NEXT: true true 2
