// Recursive calls: fib(30) computed naively (1.6 million calls), a few times.
"use strict";
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
let checksum = 0;
for (let round = 0; round < 3; round++) checksum += fib(27 + round);
console.log("fib", checksum);
