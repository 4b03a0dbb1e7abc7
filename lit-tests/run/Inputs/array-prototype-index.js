// Input of array-fast-paths.js: index properties on Array.prototype
// (a value, then a setter) reach arrays' holes and appends.
"use strict";
function put(a, i, v) { a[i] = v; }
function get(a, i) { return a[i]; }
const before = [1, , 3];
const r = [String(get(before, 1)), 1 in before];
for (let i = 0; i < 3; i++) put(before, 3 + i, i);
Array.prototype[1] = "fromArrayProto";
console.log(r.join(" "), get(before, 1), 1 in before, before.slice(0, 3).map((x) => x).join(","));
delete Array.prototype[1];
const log = [];
Object.defineProperty(Array.prototype, "3", {
  set(v) { log.push("ap3=" + v); },
  get() { return "ap3"; },
  configurable: true,
});
const d = [0, 1, 2];
put(d, 3, "put");
d.push("pushed");
console.log(d.length, log.join(" "), get(d, 3), 3 in d);
delete Array.prototype[3];
const e = [0, 1, 2];
e.push(3);
console.log(e.join(","), e.length);
