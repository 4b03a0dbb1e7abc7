// Async functions and arrows: the synchronous run to the first await, the
// order of resumptions relative to other microtasks (as node prints it),
// await in loops, try/catch/finally around await, rejections, captured
// variables, `this` and `arguments` across suspensions, thenables, async
// methods, and deep chains of awaiting calls. The --gc-stress run collects
// on every allocation while frames are suspended.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const log = (...args) => console.log(...args);

async function first() {
  log("first: before await");
  const v = await "value";
  log("first: resumed with", v);
  return v + "!";
}
log("calling first");
const pf = first();
log("first returned a promise:", pf instanceof Promise);
pf.then((v) => log("first fulfilled", v));

// Interleaving of two async functions and plain reactions.
async function ticker(name, n) {
  for (let i = 0; i < n; i++) {
    log(name, i);
    await null;
  }
}
ticker("A", 3);
ticker("B", 2);
Promise.resolve().then(() => log("reaction 1")).then(() => log("reaction 2"));

// Awaiting a native promise takes one tick; returning one takes three.
async function awaitsPromise() {
  await Promise.resolve();
  log("awaited a promise");
}
async function returnsPromise() {
  return Promise.resolve("returned promise");
}
awaitsPromise();
returnsPromise().then(log);

// try/catch/finally around await, in loops.
async function loops() {
  const out = [];
  for (const x of [1, 2, 3]) {
    try {
      if (x === 2) await Promise.reject(new Error("two"));
      out.push(await x);
    } catch (e) {
      out.push(e.message);
    } finally {
      out.push("f" + x);
    }
  }
  let total = 0;
  let i = 0;
  while (i < 5) total += await i++;
  out.push(total);
  return out.join(" ");
}
loops().then((v) => log("loops", v));

// Rejections: an exception after an await rejects the promise; await of a
// rejected promise throws at the await.
async function failsLate() {
  await 1;
  throw new TypeError("late failure");
}
failsLate().catch((e) => log("caught", e.name, e.message));
async function rethrows() {
  try {
    await failsLate();
  } catch (e) {
    throw new Error("wrapped " + e.message);
  }
}
rethrows().then(null, (e) => log("rethrown", e.message));
async function awaitsRejectedValue() {
  try {
    await Promise.reject("plain string");
  } catch (e) {
    return "caught " + typeof e + " " + e;
  }
}
awaitsRejectedValue().then(log);

// Arrows capture variables and `this`; `arguments` survives suspension.
function makeCounter() {
  let count = 0;
  return async (step) => {
    await null;
    count += step;
    return count;
  };
}
const counter = makeCounter();
counter(2).then(() => counter(3)).then((v) => log("counter", v));
const holder = {
  label: "holder",
  run() {
    return (async () => {
      await 0;
      return this.label;
    })();
  },
};
holder.run().then((v) => log("arrow this", v));
async function args() {
  await 0;
  return arguments.length + ":" + [...arguments].join(",");
}
args(1, 2, 3).then((v) => log("arguments", v));

// Awaiting thenables calls their then in a job.
const thenable = {
  then(resolve) {
    log("thenable.then");
    resolve(42);
  },
};
(async () => log("thenable gave", await thenable))();

// Async methods of object literals and classes.
const obj = {
  base: 10,
  async add(x) {
    return this.base + (await x);
  },
};
obj.add(5).then((v) => log("object method", v));
class Service {
  constructor(name) {
    this.name = name;
  }
  async greet() {
    await null;
    return "hello from " + this.name;
  }
  static async create(name) {
    await null;
    return new Service(name);
  }
}
Service.create("svc")
  .then((s) => s.greet())
  .then((v) => log(v));

// Promise.all over async calls, and deep recursion through awaits.
async function square(x) {
  await null;
  return x * x;
}
Promise.all([square(2), square(3), 4]).then((v) => log("squares", v));
async function depth(n) {
  return n === 0 ? 0 : 1 + (await depth(n - 1));
}
depth(2000).then((v) => log("depth", v));

// Async functions are not constructors and have no prototype.
try {
  new square(1);
} catch (e) {
  log(e.name);
}
log("prototype" in square, typeof square, Object.prototype.toString.call(pf));
log("sync end");

// CHECK: calling first
// CHECK-NEXT: first: before await
// CHECK-NEXT: first returned a promise: true
// CHECK-NEXT: A 0
// CHECK-NEXT: B 0
// CHECK-NEXT: TypeError
// CHECK-NEXT: false function [object Promise]
// CHECK-NEXT: sync end
// CHECK-NEXT: first: resumed with value
// CHECK-NEXT: A 1
// CHECK-NEXT: B 1
// CHECK-NEXT: reaction 1
// CHECK-NEXT: awaited a promise
// CHECK-NEXT: thenable.then
// CHECK-NEXT: first fulfilled value!
// CHECK-NEXT: A 2
// CHECK-NEXT: reaction 2
// CHECK-NEXT: caught TypeError late failure
// CHECK-NEXT: caught string plain string
// CHECK-NEXT: arrow this holder
// CHECK-NEXT: arguments 3:1,2,3
// CHECK-NEXT: thenable gave 42
// CHECK-NEXT: object method 15
// CHECK-NEXT: returned promise
// CHECK-NEXT: rethrown wrapped late failure
// CHECK-NEXT: squares [ 4, 9, 4 ]
// CHECK-NEXT: counter 5
// CHECK-NEXT: hello from svc
// CHECK-NEXT: loops 1 f1 two f2 3 f3 10
// CHECK-NEXT: depth 2000
