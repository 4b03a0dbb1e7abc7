// Recursion runs without C recursion in the VM; unbounded recursion is a
// catchable RangeError.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(25));
// CHECK: 75025
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
// CHECK-NEXT: 5000
function forever(n) { return forever(n + 1); }
try {
  forever(0);
} catch (e) {
  console.log(e.name + ": " + e.message, e instanceof RangeError);
}
// CHECK-NEXT: RangeError: Maximum call stack size exceeded true
