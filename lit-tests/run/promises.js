// Promises: the constructor and its resolving functions, then/catch/finally,
// thenable assimilation, the statics and combinators, queueMicrotask, and
// the order in which reactions run relative to synchronous code (as node
// prints it).
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const log = (...args) => console.log(...args);

// The executor runs synchronously; only the first resolve/reject counts.
const p1 = new Promise((resolve, reject) => {
  log("executor", typeof resolve, resolve.length, reject.length);
  resolve("first");
  resolve("second");
  reject(new Error("ignored"));
});
p1.then((v) => log("p1", v));

// Chains pass values, catch recovers, finally passes values through and
// its callback sees no arguments.
Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => {
    throw new RangeError("at " + v);
  })
  .then(() => log("skipped"))
  .catch((e) => {
    log("catch", e.name, e.message);
    return "recovered";
  })
  .finally((...args) => log("finally args", args.length))
  .then((v) => log("after finally", v));

// A throwing finally callback replaces the value with its exception.
Promise.resolve("kept")
  .finally(() => {
    throw new Error("from finally");
  })
  .catch((e) => log("finally threw", e.message));

// Thenables: `then` is called in a job, with fresh resolving functions.
const thenable = {
  then(resolve, reject) {
    log("thenable.then", typeof resolve, typeof reject);
    resolve("from thenable");
  },
};
Promise.resolve(thenable).then((v) => log("thenable", v));
const badThenable = {
  get then() {
    throw new TypeError("no then for you");
  },
};
Promise.resolve(badThenable).catch((e) => log("bad thenable", e.message));

// Promise.resolve returns a promise of its own constructor unchanged.
const same = Promise.resolve(7);
log("identity", Promise.resolve(same) === same, same instanceof Promise);
Promise.reject(new Error("nope")).then(null, (e) => log("reject", e.message));

// Resolving a promise with itself rejects it.
const self = new Promise((resolve) => setTimeoutLike(() => resolve(self)));
function setTimeoutLike(f) {
  queueMicrotask(f);
}
self.catch((e) => log("self", e.name, e.message));

// Combinators over mixed values, promises and thenables.
Promise.all([1, Promise.resolve(2), { then: (r) => r(3) }]).then((v) =>
  log("all", v),
);
Promise.all([]).then((v) => log("all empty", v));
Promise.all([Promise.resolve(1), Promise.reject(new Error("all failed"))])
  .catch((e) => log("all rejected", e.message));
Promise.allSettled([Promise.reject(1), 2]).then((r) =>
  log("allSettled", r[0].status, r[0].reason, r[1].status, r[1].value),
);
Promise.race([new Promise(() => {}), Promise.resolve("fast")]).then((v) =>
  log("race", v),
);
Promise.any([Promise.reject(1), Promise.resolve("any")]).then((v) =>
  log("any", v),
);
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) =>
  log("any rejected", e.name, e.message, e.errors),
);
Promise.any([]).catch((e) => log("any empty", e.constructor === AggregateError));

// queueMicrotask runs with the promise jobs, in order.
queueMicrotask(() => log("microtask 1"));
Promise.resolve().then(() => log("then A")).then(() => log("then B"));
queueMicrotask(() => log("microtask 2"));

// Errors of the API itself.
try {
  new Promise(1);
} catch (e) {
  log(e.name, e.message);
}
try {
  Promise();
} catch (e) {
  log(e.name, e.message);
}
try {
  Promise.prototype.then.call({}, () => {});
} catch (e) {
  log(e.name);
}
log("typeof", typeof Promise, Promise.length, Object.prototype.toString.call(same));
log("sync end");

// CHECK: executor function 1 1
// CHECK-NEXT: identity true true
// CHECK-NEXT: TypeError Promise resolver 1 is not a function
// CHECK-NEXT: TypeError Promise constructor cannot be invoked without 'new'
// CHECK-NEXT: TypeError
// CHECK-NEXT: typeof function 1 [object Promise]
// CHECK-NEXT: sync end
// CHECK-NEXT: p1 first
// CHECK-NEXT: thenable.then function function
// CHECK-NEXT: bad thenable no then for you
// CHECK-NEXT: reject nope
// CHECK-NEXT: all empty []
// CHECK-NEXT: any empty true
// CHECK-NEXT: microtask 1
// CHECK-NEXT: then A
// CHECK-NEXT: microtask 2
// CHECK-NEXT: finally threw from finally
// CHECK-NEXT: thenable from thenable
// CHECK-NEXT: self TypeError Chaining cycle detected for promise #<Promise>
// CHECK-NEXT: all rejected all failed
// CHECK-NEXT: allSettled rejected 1 fulfilled 2
// CHECK-NEXT: race fast
// CHECK-NEXT: any any
// CHECK-NEXT: any rejected AggregateError All promises were rejected [ 1, 2 ]
// CHECK-NEXT: then B
// CHECK-NEXT: all [ 1, 2, 3 ]
// CHECK-NEXT: catch RangeError at 2
// CHECK-NEXT: finally args 0
// CHECK-NEXT: after finally recovered
