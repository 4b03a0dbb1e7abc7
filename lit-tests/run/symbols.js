// Symbols: creation, descriptions, the registry, well-known symbols,
// symbol-keyed properties (skipped by Object.keys, for-in and JSON),
// Symbol.toPrimitive and Symbol.toStringTag, and console output.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const s = Symbol("foo");
console.log(typeof s, s.toString(), s.description, String(s));
// CHECK: symbol Symbol(foo) foo Symbol(foo)
console.log(Symbol().description, Symbol() === Symbol(), s === s, Symbol("foo") === s);
// CHECK-NEXT: undefined false true false
console.log(Symbol(), Symbol.iterator, [s], Symbol(123).description);
// CHECK-NEXT: Symbol() Symbol(Symbol.iterator) [ Symbol(foo) ] 123
try { new Symbol(); } catch (e) { console.log(e instanceof TypeError, e.message); }
// CHECK-NEXT: true Symbol is not a constructor
try { s + ""; } catch (e) { console.log(e instanceof TypeError, e.message); }
// CHECK-NEXT: true Cannot convert a Symbol value to a string
try { `${s}`; } catch (e) { console.log(e instanceof TypeError); }
// CHECK-NEXT: true
try { s * 1; } catch (e) { console.log(e instanceof TypeError); }
// CHECK-NEXT: true

// The registry.
const r = Symbol.for("app");
console.log(Symbol.for("app") === r, Symbol.keyFor(r), Symbol.keyFor(s), r.description);
// CHECK-NEXT: true app undefined app
try { Symbol.keyFor("app"); } catch (e) { console.log(e instanceof TypeError); }
// CHECK-NEXT: true

// Well-known symbols are constants of Symbol.
const names = ["iterator", "asyncIterator", "hasInstance", "toPrimitive", "toStringTag", "species"];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Symbol, n);
  console.log(n, typeof d.value, d.value.description, d.writable, d.configurable);
}
// CHECK-NEXT: iterator symbol Symbol.iterator false false
// CHECK-NEXT: asyncIterator symbol Symbol.asyncIterator false false
// CHECK-NEXT: hasInstance symbol Symbol.hasInstance false false
// CHECK-NEXT: toPrimitive symbol Symbol.toPrimitive false false
// CHECK-NEXT: toStringTag symbol Symbol.toStringTag false false
// CHECK-NEXT: species symbol Symbol.species false false

// Symbol-keyed properties.
const o = { a: 1 };
o[s] = 2;
o[Symbol.for("app")] = 3;
console.log(o[s], s in o, Object.keys(o), JSON.stringify(o));
// CHECK-NEXT: 2 true [ 'a' ] {"a":1}
for (const k in o) console.log("key", k);
// CHECK-NEXT: key a
console.log(Object.getOwnPropertySymbols(o).length, Object.getOwnPropertySymbols(o)[0] === s);
// CHECK-NEXT: 2 true
console.log(o);
// CHECK-NEXT: { a: 1, [Symbol(foo)]: 2, [Symbol(app)]: 3 }
delete o[s];
console.log(o[s], s in o, o);
// CHECK-NEXT: undefined false { a: 1, [Symbol(app)]: 3 }

// Wrapper objects and Symbol.prototype.
const w = Object(s);
console.log(typeof w, w.valueOf() === s, w.description, w, w.toString());
// CHECK-NEXT: object true foo [Symbol: Symbol(foo)] Symbol(foo)
try { Symbol.prototype.toString.call({}); } catch (e) { console.log(e instanceof TypeError); }
// CHECK-NEXT: true

// Symbol.toPrimitive drives ToPrimitive with the hint's name.
const money = {};
money[Symbol.toPrimitive] = function (hint) { return hint === "number" ? 42 : "hint:" + hint; };
console.log(+money, `${money}`, money + "");
// CHECK-NEXT: 42 hint:string hint:default
const bad = {};
bad[Symbol.toPrimitive] = function () { return {}; };
try { bad + 1; } catch (e) { console.log(e instanceof TypeError); }
// CHECK-NEXT: true

// Symbol.toStringTag names objects in Object.prototype.toString.
const tagged = {};
tagged[Symbol.toStringTag] = "Custom";
console.log(Object.prototype.toString.call(tagged), Object.prototype.toString.call(new Map()));
// CHECK-NEXT: [object Custom] [object Map]
console.log(Object.prototype.toString.call(s), Object.prototype.toString.call([].values()));
// CHECK-NEXT: [object Symbol] [object Array Iterator]

// instanceof consults Symbol.hasInstance; Function.prototype's is
// OrdinaryHasInstance.
const Even = function () {};
Object.defineProperty(Even, Symbol.hasInstance, { value: (n) => n % 2 === 0 });
function F() {}
console.log(2 instanceof Even, 3 instanceof Even, new F() instanceof F, F[Symbol.hasInstance]({}));
// CHECK-NEXT: true false true false
console.log(Function.prototype[Symbol.hasInstance].name, Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance).writable);
// CHECK-NEXT: [Symbol.hasInstance] false
try { 1 instanceof 5; } catch (e) { console.log(e.message); }
// CHECK-NEXT: Right-hand side of 'instanceof' is not an object
