// URLSearchParams per the URL standard: form-urlencoded parsing (`+`,
// percent-decoding, U+FFFD for bad UTF-8) and serialization, the methods
// (two-argument has/delete included), sort's stability, construction from
// strings, records, pairs and other params, and its TypeErrors; checked
// against Node 20's output.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const p = new URLSearchParams("?a=1&b=2&a=3&c=x+y&d=%41%zz&e=%C3%A9&f=%ff&&=v&g");
console.log(p.get("a"), p.getAll("a"), p.get("c"), p.get("d"), p.get("e"), p.get("f"), p.get(""), JSON.stringify(p.get("g")), p.get("nope"));
console.log(p.size, p.has("a"), p.has("a", "3"), p.has("a", "9"), p.has("zz"));
console.log(p.toString());
p.append("sp ace", "é€ & = +");
p.set("a", "new");
p.delete("b");
console.log(String(p), p.size);
p.delete("a", "nomatch");
p.append("a", "2nd");
p.delete("a", "new");
console.log(p.getAll("a"), [...p.keys()].join(","));
const s = new URLSearchParams("z=1&b=2&a=3&b=1&a=0");
s.sort();
console.log(s.toString(), JSON.stringify([...s]));
console.log(JSON.stringify([...s.entries()]), [...s.values()].join());
s.forEach(function (v, k, o) { console.log(k, v, o === s, this.t); }, { t: 1 });
console.log(new URLSearchParams({ a: "x y", "b&": "é€\ud800", n: 5 }).toString());
console.log(new URLSearchParams([["a", "1"], ["a", "2"]]).getAll("a"), new URLSearchParams(new Map([["m", "v"]])).toString());
console.log(new URLSearchParams(s).toString(), new URLSearchParams().toString() === "", new URLSearchParams(null).toString(), new URLSearchParams(12).toString());
for (const f of [() => new URLSearchParams([["a"]]), () => new URLSearchParams([5]), () => URLSearchParams.prototype.get.call({}, "a"), () => URLSearchParams()]) {
  try { f(); console.log("no throw"); } catch (e) { console.log(e.name + ": " + e.message); }
}
const it = s.keys();
console.log(Object.prototype.toString.call(it), it.next(), Object.prototype.toString.call(s), s[Symbol.iterator] === s.entries);
console.log(URLSearchParams.prototype.append.length, URLSearchParams.prototype.delete.length, URLSearchParams.name);
const star = new URLSearchParams(); star.append("k", "*-._~!'()"); console.log(star.toString());

// CHECK: 1 [ '1', '3' ] x y A%zz é � v "" null
// CHECK-NEXT: 9 true true false false
// CHECK-NEXT: a=1&b=2&a=3&c=x+y&d=A%25zz&e=%C3%A9&f=%EF%BF%BD&=v&g=
// CHECK-NEXT: a=new&c=x+y&d=A%25zz&e=%C3%A9&f=%EF%BF%BD&=v&g=&sp+ace=%C3%A9%E2%82%AC+%26+%3D+%2B 8
// CHECK-NEXT: [ '2nd' ] c,d,e,f,,g,sp ace,a
// CHECK-NEXT: a=3&a=0&b=2&b=1&z=1 {{\[\[}}"a","3"],["a","0"],["b","2"],["b","1"],["z","1"]]
// CHECK-NEXT: {{\[\[}}"a","3"],["a","0"],["b","2"],["b","1"],["z","1"]] 3,0,2,1,1
// CHECK-NEXT: a 3 true 1
// CHECK-NEXT: a 0 true 1
// CHECK-NEXT: b 2 true 1
// CHECK-NEXT: b 1 true 1
// CHECK-NEXT: z 1 true 1
// CHECK-NEXT: a=x+y&b%26=%C3%A9%E2%82%AC%EF%BF%BD&n=5
// CHECK-NEXT: [ '1', '2' ] m=v
// CHECK-NEXT: a=3&a=0&b=2&b=1&z=1 true  12=
// CHECK-NEXT: TypeError: Each query pair must be an iterable [name, value] tuple
// CHECK-NEXT: TypeError: Each query pair must be an iterable [name, value] tuple
// CHECK-NEXT: TypeError: Value of "this" must be of type URLSearchParams
// CHECK-NEXT: TypeError: Class constructor URLSearchParams cannot be invoked without 'new'
// CHECK-NEXT: [object URLSearchParams Iterator] { value: 'a', done: false } [object URLSearchParams] true
// CHECK-NEXT: 2 1 URLSearchParams
// CHECK-NEXT: k=*-._%7E%21%27%28%29
