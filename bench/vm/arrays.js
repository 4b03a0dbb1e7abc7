// Arrays: push, indexing, map/filter/reduce with closures, sort and slice.
"use strict";
let checksum = 0;
for (let round = 0; round < 20; round++) {
  const a = [];
  for (let i = 0; i < 50000; i++) a.push((i * 7919 + round) % 10007);
  const doubled = a.map((x) => x * 2);
  const odd = doubled.filter((x) => x % 3 === 1);
  const total = odd.reduce((acc, x) => acc + x, 0);
  let indexed = 0;
  for (let i = 0; i < a.length; i += 3) indexed += a[i];
  const sorted = a.slice(0, 5000).sort((x, y) => x - y);
  checksum = (checksum + total + indexed + sorted[2500] + odd.length) % 1000000007;
}
console.log("arrays", checksum);
