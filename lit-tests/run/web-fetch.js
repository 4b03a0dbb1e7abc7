// Request and Response with text bodies: construction and validation
// (status range, null-body statuses, methods, URLs), default
// Content-Types, Response.json/redirect/error, text()/json() promises and
// bodyUsed, clone(), a Request built from another (taking its body);
// checked against Node 20's output.
// RUN: %kilnc run %s | FileCheck %s --match-full-lines
// RUN: %kilnc run --gc-stress %s | FileCheck %s --match-full-lines

const r = new Response("hi", { status: 201, statusText: "Created", headers: { "X-A": "1" } });
console.log(r.status, r.statusText, r.ok, r.redirected, r.type, JSON.stringify(r.url), r.bodyUsed);
console.log(r.headers.get("content-type"), r.headers.get("x-a"), r.headers instanceof Headers);
const e = Response.error();
console.log(e.status, e.type, e.ok, JSON.stringify(e.statusText));
const rd = Response.redirect("http://a/b", 301);
console.log(rd.status, rd.headers.get("location"), Response.redirect("http://x").status);
for (const f of [
  () => Response.redirect("http://a/", 200),
  () => new Response("x", { status: 99 }),
  () => new Response("x", { status: 204 }),
  () => new Request("http://h/", { method: "CONNECT" }),
  () => new Request("http://h/", { method: "trace" }),
  () => new Request("http://h/", { method: "GET", body: "x" }),
  () => new Request("/rel"),
  () => Response.redirect("nope"),
]) {
  try { f(); console.log("no throw"); } catch (x) { console.log(x.name + ": " + x.message); }
}
const j = Response.json({ a: 1 }, { status: 202 });
console.log(j.status, j.headers.get("content-type"));
const j2 = Response.json([1], { headers: { "Content-Type": "application/x" } });
console.log(j2.headers.get("content-type"));
console.log(new Response(null).status, new Response().headers.get("content-type"));
console.log(new Response(new URLSearchParams("a=1 2")).headers.get("content-type"));
console.log(new Response(new Response("x").body === undefined ? "u" : "s").status);
const q = new Request("http://h/p?x", { method: "post", body: "b", headers: { A: "1" } });
console.log(q.method, q.url, q.headers.get("a"), q.headers.get("content-type"), q.bodyUsed);
console.log(new Request("http://h/", { method: "patch" }).method, new Request("http://h/", { method: "Custom" }).method, new Request("HTTP://H").url);
const qq = new Request("http://h/p?x", { method: "POST", body: "b", headers: { A: "1" } });
const q3 = new Request(qq, { method: "PUT" });
console.log(q3.method, q3.url, q3.headers.get("a"), qq.bodyUsed, q3.bodyUsed);
try { Request("http://h/"); } catch (x) { console.log(x.name); }
console.log(Object.prototype.toString.call(r), Object.prototype.toString.call(q));
(async () => {
  console.log(await j.text(), await r.text(), r.bodyUsed);
  try { await r.text(); } catch (x) { console.log(x.name + ": " + x.message); }
  try { r.clone(); } catch (x) { console.log(x.name + ": " + x.message); }
  const q2 = q.clone();
  console.log(await q.json().catch((x) => x.name), await q2.text(), q2.bodyUsed, q.bodyUsed);
  const obj = await new Response('{"k":[1,2]}').json();
  console.log(obj.k[1], await new Response().text() === "", new Response().bodyUsed);
  const empty = new Response();
  await empty.text();
  console.log(empty.bodyUsed);
})();

// CHECK: 201 Created true false default "" false
// CHECK-NEXT: text/plain;charset=UTF-8 1 true
// CHECK-NEXT: 0 error false ""
// CHECK-NEXT: 301 http://a/b 302
// CHECK-NEXT: RangeError: Invalid status code 200
// CHECK-NEXT: RangeError: init["status"] must be in the range of 200 to 599, inclusive.
// CHECK-NEXT: TypeError: Response constructor: Invalid response status code 204
// CHECK-NEXT: TypeError: 'CONNECT' HTTP method is unsupported.
// CHECK-NEXT: TypeError: 'trace' HTTP method is unsupported.
// CHECK-NEXT: TypeError: Request with GET/HEAD method cannot have body.
// CHECK-NEXT: TypeError: Failed to parse URL from /rel
// CHECK-NEXT: TypeError: Failed to parse URL from nope
// CHECK-NEXT: 202 application/json
// CHECK-NEXT: application/x
// CHECK-NEXT: 200 null
// CHECK-NEXT: application/x-www-form-urlencoded;charset=UTF-8
// CHECK-NEXT: 200
// CHECK-NEXT: POST http://h/p?x 1 text/plain;charset=UTF-8 false
// CHECK-NEXT: patch Custom http://h/
// CHECK-NEXT: PUT http://h/p?x 1 true false
// CHECK-NEXT: TypeError
// CHECK-NEXT: [object Response] [object Request]
// CHECK-NEXT: {"a":1} hi true
// CHECK-NEXT: TypeError: Body is unusable: Body has already been read
// CHECK-NEXT: TypeError: Response.clone: Body has already been consumed.
// CHECK-NEXT: SyntaxError b true true
// CHECK-NEXT: 2 true false
// CHECK-NEXT: false
