// Closures over captured variables: counters, shared environments, loops
// that capture a fresh binding per iteration.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

function counter(start) {
  let n = start;
  return { inc: () => ++n, get: function () { return n; } };
}
const a = counter(10), b = counter(100);
a.inc();
a.inc();
b.inc();
console.log(a.get(), b.get());
// CHECK: 12 101
const fns = [];
for (let i = 0; i < 3; i++) fns[i] = () => i * 10;
console.log(fns[0](), fns[1](), fns[2]());
// CHECK-NEXT: 0 10 20
function adder(x) { return (y) => (z) => x + y + z; }
console.log(adder(1)(2)(3));
// CHECK-NEXT: 6
const f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(f(10), typeof f, f);
// CHECK-NEXT: 3628800 function [Function: fact]
