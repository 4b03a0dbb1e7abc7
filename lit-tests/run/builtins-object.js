// Object's static functions and Object.prototype, Function.prototype.call/apply, OrdinaryToPrimitive.
// Expected output verified with node.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines
"use strict";
const o = { b: 1, a: 2, 10: "x", 2: "y" };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
// CHECK: [ '2', '10', 'b', 'a' ] [ 'y', 'x', 1, 2 ] [ [ '2', 'y' ], [ '10', 'x' ], [ 'b', 1 ], [ 'a', 2 ] ]
console.log(Object.keys([5, 6]), Object.getOwnPropertyNames([5, 6]), Object.keys("ab".length));
// CHECK-NEXT: [ '0', '1' ] [ '0', '1', 'length' ] []
const t = Object.assign({}, { x: 1 }, null, { y: 2 });
console.log(t, Object.getPrototypeOf(t) === Object.prototype, Object.getPrototypeOf(Object.create(null)));
// CHECK-NEXT: { x: 1, y: 2 } true null
const f = Object.freeze({ p: 1 });
console.log(Object.isFrozen(f), Object.isFrozen({}), Object.isExtensible(f), Object.isFrozen(1));
// CHECK-NEXT: true false false true
try { f.p = 2; } catch (e) { console.log(e instanceof TypeError); }
// CHECK-NEXT: true
const d = {};
Object.defineProperty(d, "hidden", { value: 42 });
Object.defineProperty(d, "acc", { get: function () { return 7; }, enumerable: true, configurable: true });
console.log(d.hidden, d.acc, Object.keys(d), Object.getOwnPropertyDescriptor(d, "hidden").writable, Object.getOwnPropertyDescriptor(d, "hidden").value);
// CHECK-NEXT: 42 7 [ 'acc' ] false 42
function JSON_like(x) { return Object.entries(x).map ? Object.entries(x) : x; }
console.log(Object.getOwnPropertyDescriptor(d, "acc").enumerable, typeof Object.getOwnPropertyDescriptor(d, "acc").get);
// CHECK-NEXT: true function
console.log({}.hasOwnProperty("x"), ({ x: 1 }).hasOwnProperty("x"), Object.prototype.hasOwnProperty.call([1], 0));
// CHECK-NEXT: false true true
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(1), Object.prototype.toString.call(function () {}), Object.prototype.toString.call(new Error("x")), "" + {});
// CHECK-NEXT: [object Array] [object Null] [object Number] [object Function] [object Error] [object Object]
console.log(Object.prototype.isPrototypeOf({}), ({}).propertyIsEnumerable("x"), ({ x: 1 }).propertyIsEnumerable("x"));
// CHECK-NEXT: true false true
const proto = { hi: function () { return "hi"; } };
const child = Object.setPrototypeOf({}, proto);
console.log(child.hi(), proto.isPrototypeOf(child), Object.is(NaN, NaN), Object.is(0, -0));
// CHECK-NEXT: hi true true false
console.log(Object(1) instanceof Number, typeof Object("s"), Object.getOwnPropertyNames(Math.max), Math.max.length);
// CHECK-NEXT: true object [ 'length', 'name' ] 2
const c = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } });
console.log(c.inherited, c.own, Object.keys(c));
// CHECK-NEXT: 1 2 [ 'own' ]
const a = [1, 2, 3];
Object.freeze(a);
console.log(Object.isFrozen(a));
// CHECK-NEXT: true
try { a.push; a[0] = 9; } catch (e) { console.log("frozen", e.constructor === TypeError); }
// CHECK-NEXT: frozen true
console.log(`${{ toString: function () { return "T"; } }}`, { valueOf: function () { return 5; } } + 1, Object.keys(Object));
// CHECK-NEXT: T 6 []
console.log(Object.getOwnPropertyDescriptor(Math, "PI").writable, Object.getOwnPropertyDescriptor(Math, "max").enumerable, Object.getOwnPropertyDescriptor(Math.max, "name").configurable);
// CHECK-NEXT: false false true
console.log(Object.getOwnPropertyDescriptor(Number, "prototype").writable, Number.prototype.constructor === Number, Object.getOwnPropertyDescriptor(globalThis, "Math").enumerable);
// CHECK-NEXT: false true false
try { new Math.max(); } catch (e) { console.log(e.constructor === TypeError); }
// CHECK-NEXT: true
// defineProperties (all descriptors checked first), seal, descriptors, fromEntries, hasOwn.
var dp = Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { get: function () { return 2; } } });
console.log(JSON.stringify(dp), dp.b, Object.getOwnPropertyDescriptor(dp, "a").writable);
var target = {};
try { Object.defineProperties(target, { ok: { value: 1 }, bad: { get: 3 } }); } catch (e) { console.log(e.name, "ok" in target); }
try { Object.defineProperties(1, {}); } catch (e) { console.log(e.name, e.message); }
var sealed = Object.seal({ x: 1 });
sealed.x = 2;
try { sealed.y = 1; } catch (e) { console.log(e.name); }
try { delete sealed.x; } catch (e) { console.log(e.name); }
console.log(sealed.x, Object.isSealed(sealed), Object.isFrozen(sealed), Object.isSealed({}), Object.isSealed(1), Object.isSealed(Object.freeze({ a: 1 })));
var descs = Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } });
console.log(Object.keys(descs).join(), descs.a.value, typeof descs.b.get, descs.b.set);
console.log(JSON.stringify(Object.fromEntries([["a", 1], ["b", 2], ["a", 3]])), JSON.stringify(Object.fromEntries(new Map([["k", "v"]]))));
try { Object.fromEntries([1]); } catch (e) { console.log(e.name); }
try { Object.fromEntries(null); } catch (e) { console.log(e.name); }
console.log(Object.hasOwn({ x: 1 }, "x"), Object.hasOwn({ x: 1 }, "toString"), Object.hasOwn("ab", 1), Object.hasOwn([1], "length"));
// CHECK-NEXT: {"a":1} 2 false
// CHECK-NEXT: TypeError false
// CHECK-NEXT: TypeError Object.defineProperties called on non-object
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: 2 true false false true true
// CHECK-NEXT: a,b 1 function undefined
// CHECK-NEXT: {"a":3,"b":2} {"k":"v"}
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: true false true true
