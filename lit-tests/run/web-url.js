// URL objects: the live link between url.searchParams and the query in
// both directions, the href/search/hash setters, toString/toJSON,
// subclassing and brand checks; checked against Node 20's output.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const u = new URL("https://example.com/p?a=1&b=2#top");
const sp = u.searchParams;
console.log(sp.get("a"), sp.size, sp === u.searchParams);
sp.append("c", "x y");
console.log(u.href, u.search);
sp.delete("a");
sp.set("b", "é");
console.log(u.href);
sp.delete("b"); sp.delete("c");
console.log(u.href, JSON.stringify(u.search));
u.search = "?q=1&r=2";
console.log(u.href, sp.get("q"), sp.size);
u.search = "z=#x";
console.log(u.href, JSON.stringify(sp.get("z")));
u.search = "";
console.log(u.href, sp.size);
u.hash = "frag ment";
console.log(u.href, u.hash);
u.hash = "";
console.log(u.href, JSON.stringify(u.hash));
u.href = "http://other.org:81/x?k=v";
console.log(u.href, u.host, u.port, sp.get("k"));
try { u.href = "nope"; } catch (e) { console.log(e.name, e.message); }
console.log(String(u), u.toString() === u.href, u.toJSON(), JSON.stringify({ u }));
console.log(Object.prototype.toString.call(u), URL.name, URL.length, typeof URL.canParse);
try { URL("http://a"); } catch (e) { console.log(e.name); }
try { new URL(); } catch (e) { console.log(e.name); }
try { Object.getOwnPropertyDescriptor(URL.prototype, "href").get.call({}); } catch (e) { console.log(e.name); }
console.log(URL.canParse("/x"), URL.canParse("/x", "http://a"), URL.canParse("http://a", "bad base"));
class MyURL extends URL { get first() { return this.pathname.split("/")[1]; } }
const m = new MyURL("/one/two", "http://h");
console.log(m.first, m instanceof URL, m.href);
const q = new URL("http://h/?a=b+c&d=%20e");
console.log(q.searchParams.get("a"), q.searchParams.get("d"), q.search);
q.searchParams.sort();
console.log(q.href);

// CHECK: 1 2 true
// CHECK-NEXT: https://example.com/p?a=1&b=2&c=x+y#top ?a=1&b=2&c=x+y
// CHECK-NEXT: https://example.com/p?b=%C3%A9&c=x+y#top
// CHECK-NEXT: https://example.com/p#top ""
// CHECK-NEXT: https://example.com/p?q=1&r=2#top 1 2
// CHECK-NEXT: https://example.com/p?z=%23x#top "#x"
// CHECK-NEXT: https://example.com/p#top 0
// CHECK-NEXT: https://example.com/p#frag%20ment #frag%20ment
// CHECK-NEXT: https://example.com/p ""
// CHECK-NEXT: http://other.org:81/x?k=v other.org:81 81 v
// CHECK-NEXT: TypeError Invalid URL
// CHECK-NEXT: http://other.org:81/x?k=v true http://other.org:81/x?k=v {"u":"http://other.org:81/x?k=v"}
// CHECK-NEXT: [object URL] URL 1 function
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: TypeError
// CHECK-NEXT: false true false
// CHECK-NEXT: one true http://h/one/two
// CHECK-NEXT: b c  e ?a=b+c&d=%20e
// CHECK-NEXT: http://h/?a=b+c&d=+e
