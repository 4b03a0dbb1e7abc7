// Headers per the Fetch standard: case-insensitive names, normalized
// values, the sorted and combined iteration order with set-cookie kept
// apart, construction from records, pairs and Headers, TypeErrors for bad
// names and values, and console output; checked against Node 20's output.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const h = new Headers({ "Content-Type": "text/plain", "X-B": "  two  " });
console.log(h.get("content-type"), JSON.stringify(h.get("x-b")), h.has("X-B"), h.has("nope"), h.get("nope"));
h.append("x-b", "three");
h.append("Set-Cookie", "a=1");
h.append("set-cookie", "b=2");
h.append("Accept", "x");
h.append("accept", "y");
console.log(h.get("x-b"), h.get("set-cookie"), h.getSetCookie(), h.get("accept"));
console.log(JSON.stringify([...h]));
console.log([...h.keys()]);
console.log([...h.values()]);
h.forEach(function (v, k, o) { console.log(k, v, o === h, this.tag); }, { tag: "T" });
h.set("X-B", "one");
h.delete("accept");
console.log(JSON.stringify([...h.entries()]));
h.append("Set-cookie", "c=3");
console.log(h.getSetCookie(), h.get("SET-COOKIE"));
h.delete("content-type");
console.log(h);
console.log(new Headers(), new Headers([["a", "1"], ["b", "2"], ["a", "3"]]));
const copy = new Headers(h);
copy.set("x-b", "changed");
console.log(copy.get("x-b"), h.get("x-b"), copy.getSetCookie());
const bad = [
  () => new Headers({ "bad name": "x" }),
  () => new Headers([["a"]]),
  () => new Headers([["a", "b", "c"]]),
  () => h.append("x", "a\nb"),
  () => h.get("é"),
  () => h.get(""),
  () => new Headers(5),
  () => new Headers({ a: "\u20ac" }),
  () => Headers.prototype.get.call({}, "a"),
];
for (const f of bad) {
  try { f(); console.log("no throw"); } catch (e) { console.log(e.name + ": " + e.message); }
}
try { Headers(); } catch (e) { console.log(e.name); }
console.log(Object.prototype.toString.call(h), h[Symbol.iterator] === h.entries);
const it = h.keys();
console.log(Object.prototype.toString.call(it), it.next(), typeof it[Symbol.iterator]);
const h2 = new Headers({ b: "2", a: "1", C: "3" });
console.log(h2, String([...h2]));
h2.append("x", "\t v \t");
h2.append("Y", "");
console.log(JSON.stringify(h2.get("x")), JSON.stringify(h2.get("y")), h2.has("y"));
class MyHeaders extends Headers { extra() { return this.get("a"); } }
const mh = new MyHeaders({ a: "sub" });
console.log(mh.extra(), mh instanceof Headers, mh instanceof MyHeaders);
console.log(Headers.name, Headers.length, Headers.prototype.append.length, typeof Headers.prototype.getSetCookie);

// CHECK: text/plain "two" true false null
// CHECK-NEXT: two, three a=1, b=2 [ 'a=1', 'b=2' ] x, y
// CHECK-NEXT: {{\[\[}}"accept","x, y"],["content-type","text/plain"],["set-cookie","a=1"],["set-cookie","b=2"],["x-b","two, three"]]
// CHECK-NEXT: [ 'accept', 'content-type', 'set-cookie', 'set-cookie', 'x-b' ]
// CHECK-NEXT: [ 'x, y', 'text/plain', 'a=1', 'b=2', 'two, three' ]
// CHECK-NEXT: accept x, y true T
// CHECK-NEXT: content-type text/plain true T
// CHECK-NEXT: set-cookie a=1 true T
// CHECK-NEXT: set-cookie b=2 true T
// CHECK-NEXT: x-b two, three true T
// CHECK-NEXT: {{\[\[}}"content-type","text/plain"],["set-cookie","a=1"],["set-cookie","b=2"],["x-b","one"]]
// CHECK-NEXT: [ 'a=1', 'b=2', 'c=3' ] a=1, b=2, c=3
// CHECK-NEXT: Headers { 'X-B': 'one', 'Set-Cookie': 'a=1, b=2, c=3' }
// CHECK-NEXT: Headers {} Headers { a: '1, 3', b: '2' }
// CHECK-NEXT: changed one [ 'a=1', 'b=2', 'c=3' ]
// CHECK-NEXT: TypeError: Headers.append: "bad name" is an invalid header name.
// CHECK-NEXT: TypeError: Headers constructor: expected name/value pair to be length 2, found 1.
// CHECK-NEXT: TypeError: Headers constructor: expected name/value pair to be length 2, found 3.
// CHECK-NEXT: TypeError: Headers.append: "a
// CHECK-NEXT: b" is an invalid header value.
// CHECK-NEXT: TypeError: Headers.get: "é" is an invalid header name.
// CHECK-NEXT: TypeError: Headers.get: "" is an invalid header name.
// CHECK-NEXT: TypeError: Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.
// CHECK-NEXT: TypeError: Cannot convert argument to a ByteString because the character at index 0 has a value of 8364 which is greater than 255.
// CHECK-NEXT: TypeError: Illegal invocation
// CHECK-NEXT: TypeError
// CHECK-NEXT: [object Headers] true
// CHECK-NEXT: [object Headers Iterator] { value: 'set-cookie', done: false } function
// CHECK-NEXT: Headers { b: '2', a: '1', C: '3' } a,1,b,2,c,3
// CHECK-NEXT: "v" "" true
// CHECK-NEXT: sub true true
// CHECK-NEXT: Headers 0 2 function

// set keeps the first pair of a name in place and drops the later ones, for
// Headers and URLSearchParams alike.
const dup = new Headers([["a", "1"], ["b", "2"], ["A", "3"], ["a", "5"]]);
dup.set("a", "x");
console.log([...dup]);
// CHECK: [ [ 'a', 'x' ], [ 'b', '2' ] ]
const dupParams = new URLSearchParams("a=1&b=2&a=3&c=4&a=5");
dupParams.set("a", "x");
console.log(dupParams.toString());
// CHECK-NEXT: a=x&b=2&c=4
