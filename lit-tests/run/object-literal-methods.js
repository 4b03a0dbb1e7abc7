// Object literals: methods (enumerable, not constructors), getters and
// setters, computed keys (converted before the value is evaluated),
// __proto__, names of anonymous functions, and super inside their methods,
// accessors and arrows.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const base = {
  greet() { return "hello from base"; },
  get who() { return "base"; },
};
const obj = {
  __proto__: base,
  _v: 1,
  greet() { return super.greet() + " via obj"; },
  get v() { return this._v; },
  set v(x) { this._v = x * 10; },
  ["comp" + "uted"]() { return "computed"; },
  async am() { return 1; },
  arrow() { return () => super.who; },
  get [Symbol.toStringTag]() { return "Custom"; },
};
console.log(obj.greet(), obj.v, obj.computed(), obj.arrow()());
obj.v = 5;
console.log(obj.v, obj._v, Object.getPrototypeOf(obj) === base, obj.who);
console.log(Object.keys(obj));
console.log(obj.greet.name, obj.computed.name, typeof obj.am);
const desc = Object.getOwnPropertyDescriptor(obj, "v");
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log(Object.getOwnPropertyDescriptor(obj, "v").get.name);
try {
  new obj.greet();
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
console.log("prototype" in obj.greet, "prototype" in function () {});
const noProto = { __proto__: null, a: 1 };
console.log(Object.getPrototypeOf(noProto), noProto.a);
const ignored = { __proto__: 42 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype);
const shorthand = "__proto__";
const own = { [shorthand]: 1 };
console.log(Object.keys(own), Object.getPrototypeOf(own) === Object.prototype);
const counter = {
  n: 0,
  inc() { this.n++; return this; },
};
console.log(counter.inc().inc().n);
const setterOnly = { set x(v) { this.seen = v; } };
setterOnly.x = 3;
console.log(setterOnly.x, setterOnly.seen);
const numbered = { 1() { return "one"; }, get 2() { return "two"; } };
console.log(numbered[1](), numbered[2], numbered[1].name);
const sym = Symbol("desc");
const named = { [sym]: function () {}, ["a" + "b"]: () => 1, plain: function () {} };
console.log(named[sym].name, named.ab.name, named.plain.name);
const withSuperStatic = {
  __proto__: { describe() { return "proto"; } },
  describe() { return `${super.describe()} <- obj`; },
  get viaGetter() { return super.describe(); },
};
console.log(withSuperStatic.describe(), withSuperStatic.viaGetter);
const order = [];
const keyed = {
  [(order.push("key1"), "k1")]: order.push("value1"),
  [(order.push("key2"), "k2")]() {},
};
console.log(order, Object.keys(keyed));

// CHECK: hello from base via obj 1 computed base
// CHECK-NEXT: 50 50 true base
// CHECK-NEXT: [ '_v', 'greet', 'v', 'computed', 'am', 'arrow' ]
// CHECK-NEXT: greet computed function
// CHECK-NEXT: function function true true
// CHECK-NEXT: get v
// CHECK-NEXT: TypeError true
// CHECK-NEXT: false true
// CHECK-NEXT: null 1
// CHECK-NEXT: true
// CHECK-NEXT: [ '__proto__' ] true
// CHECK-NEXT: 2
// CHECK-NEXT: undefined 3
// CHECK-NEXT: one two 1
// CHECK-NEXT: [desc] ab plain
// CHECK-NEXT: proto <- obj proto
// CHECK-NEXT: [ 'key1', 'value1', 'key2' ] [ 'k1', 'k2' ]
