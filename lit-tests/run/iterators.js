// The iteration protocol: user-defined iterables in for-of, spread,
// destructuring and Array.from; `return` on early exits; the built-in
// Array and String iterators; and the fast paths staying faithful when
// Array.prototype[Symbol.iterator] or %ArrayIteratorPrototype%.next change.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const log = [];
function range(n) {
  const it = {};
  it[Symbol.iterator] = function () {
    let i = 0;
    log.push("open");
    return {
      next: function () {
        i++;
        return i <= n ? { value: i, done: false } : { value: undefined, done: true };
      },
      return: function () {
        log.push("return");
        return {};
      },
    };
  };
  return it;
}

for (const x of range(3)) console.log("for-of", x);
// CHECK: for-of 1
// CHECK-NEXT: for-of 2
// CHECK-NEXT: for-of 3
console.log([...range(4)], Array.from(range(2)), Array.from(range(3), (v, k) => v * 10 + k));
// CHECK-NEXT: [ 1, 2, 3, 4 ] [ 1, 2 ] [ 10, 21, 32 ]
function sum(...xs) { return xs.reduce((a, b) => a + b, 0); }
console.log(sum(...range(5)), log.join(","));
// CHECK-NEXT: 15 open,open,open,open,open

// `return` runs when a loop or a pattern stops early, not when it ends.
log.length = 0;
for (const x of range(10)) if (x === 2) break;
const [a, b] = range(10);
const [c, ...rest] = range(3);
console.log(a, b, c, rest, log.join(","));
// CHECK-NEXT: 1 2 1 [ 2, 3 ] open,return,open,return,open
log.length = 0;
try {
  for (const x of range(10)) throw new Error("boom " + x);
} catch (e) {
  console.log(e.message, log.join(","));
}
// CHECK-NEXT: boom 1 open,return
function first(iterable) {
  for (const x of iterable) return x;
}
log.length = 0;
console.log(first(range(5)), log.join(","));
// CHECK-NEXT: 1 open,return

// `next` is read once, when the iteration starts.
const counting = {};
let nextReads = 0;
counting[Symbol.iterator] = function () {
  let i = 0;
  return {
    get next() {
      nextReads++;
      return function () { return { value: i, done: i++ >= 3 }; };
    },
  };
};
console.log([...counting], nextReads);
// CHECK-NEXT: [ 0, 1, 2 ] 1

// Errors of the protocol.
const notIterable = [1, undefined, null, {}];
for (const v of notIterable) {
  try { for (const x of v); } catch (e) { console.log(e instanceof TypeError, e.message.endsWith(" is not iterable")); }
}
// CHECK-NEXT: true true
// CHECK-NEXT: true true
// CHECK-NEXT: true true
// CHECK-NEXT: true true
const badResult = {};
badResult[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
try { [...badResult]; } catch (e) { console.log(e instanceof TypeError, e.message); }
// CHECK-NEXT: true Iterator result 1 is not an object
const badIterator = {};
badIterator[Symbol.iterator] = function () { return 1; };
try { [...badIterator]; } catch (e) { console.log(e instanceof TypeError, e.message); }
// CHECK-NEXT: true Result of the Symbol.iterator method is not an object

// Built-in iterators.
const arr = ["a", "b"];
console.log([...arr.keys()], [...arr.values()], [...arr.entries()]);
// CHECK-NEXT: [ 0, 1 ] [ 'a', 'b' ] [ [ 0, 'a' ], [ 1, 'b' ] ]
console.log(Array.prototype[Symbol.iterator] === Array.prototype.values);
// CHECK-NEXT: true
const ai = arr[Symbol.iterator]();
console.log(ai.next(), ai.next(), ai.next(), ai.next());
// CHECK-NEXT: { value: 'a', done: false } { value: 'b', done: false } { value: undefined, done: true } { value: undefined, done: true }
const arrayIteratorProto = Object.getPrototypeOf(ai);
const iteratorProto = Object.getPrototypeOf(arrayIteratorProto);
console.log(ai, iteratorProto[Symbol.iterator].call(ai) === ai, Object.getPrototypeOf(iteratorProto) === Object.prototype);
// CHECK-NEXT: Object [Array Iterator] {} true true
console.log([..."a😀b"], [..."a😀b"].length, Array.from("xyz"));
// CHECK-NEXT: [ 'a', '😀', 'b' ] 3 [ 'x', 'y', 'z' ]
const si = "hi"[Symbol.iterator]();
console.log(si.next(), si.next(), si.next(), si);
// CHECK-NEXT: { value: 'h', done: false } { value: 'i', done: false } { value: undefined, done: true } Object [String Iterator] {}
const holes = [1, , 3];
console.log([...holes], Array.from({ length: 2, 0: "x" }));
// CHECK-NEXT: [ 1, undefined, 3 ] [ 'x', undefined ]
// A live array: elements pushed during the loop are visited.
const grow = [1];
for (const x of grow) if (x < 4) grow.push(x + 1);
console.log(grow);
// CHECK-NEXT: [ 1, 2, 3, 4 ]

// Replacing the built-ins is observed by for-of, spread and destructuring.
const originalNext = arrayIteratorProto.next;
arrayIteratorProto.next = function () {
  const r = originalNext.call(this);
  if (!r.done) r.value = r.value * 2;
  return r;
};
const [d1, d2] = [1, 2];
console.log([...[1, 2, 3]], d1, d2);
// CHECK-NEXT: [ 2, 4, 6 ] 2 4
arrayIteratorProto.next = originalNext;
const originalIterator = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  return originalIterator.call([7, 8]);
};
console.log([...[1, 2, 3]]);
// CHECK-NEXT: [ 7, 8 ]
Array.prototype[Symbol.iterator] = originalIterator;
arrayIteratorProto.return = function () { log.push("array return"); return {}; };
log.length = 0;
for (const x of [1, 2, 3]) break;
delete arrayIteratorProto.return;
for (const x of [1, 2, 3]) break;
console.log([...[1, 2, 3]], log.join(","));
// CHECK-NEXT: [ 1, 2, 3 ] array return

// An own @@iterator on an array wins.
const own = [1, 2];
own[Symbol.iterator] = function () { return range(1)[Symbol.iterator](); };
console.log([...own]);
// CHECK-NEXT: [ 1 ]

// Object-literal iterables with a computed symbol-keyed method.
const span = {
  from: 1,
  to: 3,
  [Symbol.iterator]() {
    let i = this.from;
    const to = this.to;
    return { next: () => ({ value: i, done: i++ > to }) };
  },
};
const [s1, ...sRest] = span;
console.log([...span], s1, sRest, Array.from(span, (x) => x * x));
// CHECK-NEXT: [ 1, 2, 3 ] 1 [ 2, 3 ] [ 1, 4, 9 ]
