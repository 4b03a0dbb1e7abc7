// Property access on objects of a few shapes: reads and writes through
// monomorphic and polymorphic sites.
"use strict";
function makePoint(i) { return { x: i, y: i * 2 }; }
function makePoint3(i) { return { x: i, y: i + 1, z: i + 2 }; }
function makeRect(i) { return { w: i % 10, h: i % 7, x: 1, y: 2 }; }
function makeNamed(i) { return { name: "n" + (i % 100), x: i, y: -i, tag: i & 3 }; }
const objects = [];
for (let i = 0; i < 4000; i++) {
  const k = i % 4;
  objects.push(k === 0 ? makePoint(i) : k === 1 ? makePoint3(i) : k === 2 ? makeRect(i) : makeNamed(i));
}
function sumXY(list) {
  let s = 0;
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    s += o.x + o.y;
  }
  return s;
}
function bump(list) {
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    o.x = o.x + 1;
    o.y = o.y - 1;
  }
}
const mono = [];
for (let i = 0; i < 4000; i++) mono.push(makePoint(i));
let checksum = 0;
for (let round = 0; round < 200; round++) {
  checksum = (checksum + sumXY(objects) + sumXY(mono)) % 1000000007;
  bump(objects);
}
console.log("props", checksum);
