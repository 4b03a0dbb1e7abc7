// Numeric loops: integer arithmetic, a sieve over an array, and doubles.
"use strict";
function intMix(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc = (acc + ((i * 31) ^ (i >> 3))) % 1000003;
    if ((i & 7) === 0) acc += i % 13;
  }
  return acc;
}
function sieve(limit) {
  const composite = [];
  for (let i = 0; i <= limit; i++) composite.push(false);
  let count = 0;
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return count;
}
function doubles(n) {
  let x = 0.5, sum = 0;
  for (let i = 1; i <= n; i++) {
    x = x * 1.000001 + 1 / i;
    sum += x * 0.25 - Math.floor(x);
  }
  return Math.round(sum);
}
console.log("loops", intMix(3000000), sieve(1000000), doubles(2000000));
