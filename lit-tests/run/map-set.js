// Map and Set: SameValueZero keys, insertion order (kept across deletes,
// also while iterating), size, forEach, the iterators, construction from
// iterables, Map.groupBy, WeakMap/WeakSet key rules and console output.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const m = new Map([["a", 1], ["b", 2]]);
console.log(m, m.size, m.get("a"), m.get("zz"), m.has("b"), m.has("zz"));
// CHECK: Map(2) { 'a' => 1, 'b' => 2 } 2 1 undefined true false
console.log(m.set("c", 3) === m, m.delete("a"), m.delete("a"), m);
// CHECK-NEXT: true true false Map(2) { 'b' => 2, 'c' => 3 }
m.set("b", 20);
m.set("a", 10);
console.log([...m], [...m.keys()], [...m.values()]);
// CHECK-NEXT: [ [ 'b', 20 ], [ 'c', 3 ], [ 'a', 10 ] ] [ 'b', 'c', 'a' ] [ 20, 3, 10 ]

// SameValueZero: NaN equals NaN, -0 is +0; objects by identity; strings by
// contents, however they were built.
const k = new Map();
const obj = {};
k.set(NaN, "nan").set(-0, "zero").set(obj, "obj").set("ab", "str").set(1, "int");
console.log(k.get(NaN), k.get(0), k.get(+0), k.get({}), k.get(obj), k.get("a" + "b"), k.get(1.0));
// CHECK-NEXT: nan zero zero undefined obj str int
console.log([...k.keys()][1], Object.is([...k.keys()][1], -0), k.size);
// CHECK-NEXT: 0 false 5
const long = "x".repeat(30);
const rope = "x".repeat(15) + "x".repeat(15);
k.set(rope, "rope");
console.log(k.get(long), k.has(long + ""), k.size);
// CHECK-NEXT: rope true 6

const s = new Set([1, 2, 2, "2", NaN, NaN, 0, -0]);
console.log(s, s.size, s.has(2), s.has("2"), s.has(NaN), s.has(-0));
// CHECK-NEXT: Set(5) { 1, 2, '2', NaN, 0 } 5 true true true true
console.log(s.add(3) === s, s.delete(1), s.delete(1), [...s], [...s.entries()][0]);
// CHECK-NEXT: true true false [ 2, '2', NaN, 0, 3 ] [ 2, 2 ]
console.log(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values, Map.prototype[Symbol.iterator] === Map.prototype.entries);
// CHECK-NEXT: true true true

// Deleting and adding while iterating: deleted entries are skipped, new
// ones visited, order kept, also across the table being rebuilt.
const live = new Map([[1, "a"], [2, "b"], [3, "c"]]);
const seen = [];
for (const [key, value] of live) {
  seen.push(key + value);
  if (key === 1) { live.delete(2); live.set(4, "d"); }
  if (key === 3) for (let i = 10; i < 40; i++) live.set(i, "n");
  if (key === 4) for (let i = 10; i < 39; i++) live.delete(i);
}
console.log(seen.join(","), live.size);
// CHECK-NEXT: 1a,3c,4d,39n 4
const each = new Set(["x", "y"]);
const visited = [];
each.forEach(function (value, key, set) {
  visited.push(value + key + (set === each) + this.tag);
  if (value === "x") { each.delete("y"); each.add("z"); }
}, { tag: "!" });
console.log(visited.join(" "));
// CHECK-NEXT: xxtrue! zztrue!
const cleared = new Map([[1, 1], [2, 2]]);
const it = cleared.entries();
console.log(it.next().value);
cleared.clear();
cleared.set(3, 3);
console.log(it.next(), it.next(), cleared.size);
// CHECK-NEXT: [ 1, 1 ]
// CHECK-NEXT: { value: [ 3, 3 ], done: false } { value: undefined, done: true } 1
const forEachMap = new Map([["p", 1]]);
forEachMap.forEach((v, key, map) => console.log(key, v, map === forEachMap));
// CHECK-NEXT: p 1 true

// Many entries: hashing keeps this fast, and order is insertion order.
const big = new Map();
for (let i = 0; i < 20000; i++) big.set("k" + i, i);
for (let i = 0; i < 20000; i += 2) big.delete("k" + i);
let total = 0;
for (const v of big.values()) total += v;
console.log(big.size, big.get("k19999"), big.has("k0"), total, [...big.keys()].slice(0, 3));
// CHECK-NEXT: 10000 19999 false 100000000 [ 'k1', 'k3', 'k5' ]

// Iterators and their printing.
const mi = new Map([[1, { a: 1 }], [2, "two"]]).entries();
console.log(mi, Object.prototype.toString.call(mi), mi[Symbol.iterator]() === mi);
// CHECK-NEXT: [Map Entries] { [ 1, { a: 1 } ], [ 2, 'two' ] } [object Map Iterator] true
mi.next();
console.log(mi, new Set([5, 6]).values(), new Map([["q", 1]]).keys());
// CHECK-NEXT: [Map Entries] { [ 2, 'two' ] } [Set Iterator] { 5, 6 } [Map Iterator] { 'q' }
console.log(new Map(), new Set(), { m: new Map([[{ a: 1 }, new Set([1])]]) }, { a: { b: { c: new Map([[1, 2]]), d: new Set() } } });
// CHECK-NEXT: Map(0) {} Set(0) {} { m: Map(1) { { a: 1 } => Set(1) { 1 } } } { a: { b: { c: [Map], d: Set(0) {} } } }

// Construction from iterables goes through `set` / `add`.
console.log(new Set("hello"), new Map(new Map([[1, 2]]).entries()), new Set(new Set([3])));
// CHECK-NEXT: Set(4) { 'h', 'e', 'l', 'o' } Map(1) { 1 => 2 } Set(1) { 3 }
try { Map(); } catch (e) { console.log(e instanceof TypeError, e.message); }
// CHECK-NEXT: true Constructor Map requires 'new'
try { new Map([1]); } catch (e) { console.log(e instanceof TypeError); }
// CHECK-NEXT: true
try { Map.prototype.get.call(new Set(), 1); } catch (e) { console.log(e instanceof TypeError); }
// CHECK-NEXT: true
const adds = [];
const original = Set.prototype.add;
Set.prototype.add = function (v) { adds.push(v); return original.call(this, v); };
new Set([7, 8]);
Set.prototype.add = original;
console.log(adds);
// CHECK-NEXT: [ 7, 8 ]
console.log(Map.length, Set.length, Map.name, Object.getOwnPropertyDescriptor(Map.prototype, "size").get.name, Map[Symbol.species] === Map);
// CHECK-NEXT: 0 0 Map get size true

// Map.groupBy.
const groups = Map.groupBy([1, 2, 3, 4, 5], (x) => (x % 2 ? "odd" : "even"));
console.log(groups);
// CHECK-NEXT: Map(2) { 'odd' => [ 1, 3, 5 ], 'even' => [ 2, 4 ] }

// WeakMap and WeakSet accept objects (and unregistered symbols) as keys.
const wm = new WeakMap();
const key = {};
wm.set(key, 1);
console.log(wm.get(key), wm.has(key), wm.has({}), wm.get(1), wm.delete(key), wm.has(key), wm);
// CHECK-NEXT: 1 true false undefined true false WeakMap { <items unknown> }
try { wm.set(1, 1); } catch (e) { console.log(e instanceof TypeError, e.message); }
// CHECK-NEXT: true Invalid value used as weak map key
const ws = new WeakSet([key]);
console.log(ws.has(key), ws.has({}), ws);
// CHECK-NEXT: true false WeakSet { <items unknown> }
try { ws.add(Symbol.for("r")); } catch (e) { console.log(e instanceof TypeError, e.message); }
// CHECK-NEXT: true Invalid value used in weak set
