// GET and POST with JSON bodies, headers in and out, status codes, HEAD,
// keep-alive and pipelining, through a Workers-style handler.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === "/hello")
      return Response.json({ hello: url.searchParams.get("name") ?? "world" });
    if (url.pathname === "/echo" && request.method === "POST") {
      const body = await request.json();
      return Response.json(
        { received: body, agent: request.headers.get("x-test") },
        { status: 201, headers: { "x-kiln": "yes", "Content-Length": "999" } });
    }
    if (url.pathname === "/gone")
      return new Response("gone\n", { status: 410, statusText: "Gone Away" });
    if (url.pathname === "/redirect")
      return Response.redirect("http://127.0.0.1/hello", 307);
    return new Response("not found: " + url.pathname + "\n", { status: 404 });
  },
};

// SEND: GET /hello?name=kiln HTTP/1.1\r\nHost: a.test\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK-NEXT: < Date: <date>
// CHECK-NEXT: < content-type: application/json
// CHECK-NEXT: < Content-Length: 16
// CHECK-NEXT: {"hello":"kiln"}

// The same connection (keep-alive): a POST with a JSON body.
// SEND: POST /echo HTTP/1.1\r\nHost: a.test\r\nX-Test: e2e\r\nContent-Type: application/json\r\nContent-Length: 22\r\n\r\n{"n":[1,2,3],"s":"é"}
// RECV
// CHECK:      < HTTP/1.1 201 Created
// CHECK:      < x-kiln: yes
// CHECK-NOT:  999
// CHECK:      {"received":{"n":[1,2,3],"s":"é"},"agent":"e2e"}

// Three pipelined requests in one write come back in order.
// SEND: GET /gone HTTP/1.1\r\nHost: a\r\n\r\nGET /nowhere HTTP/1.1\r\nHost: a\r\n\r\nHEAD /hello HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// RECV
// RECV
// CHECK:      < HTTP/1.1 410 Gone
// CHECK:      gone
// CHECK:      < HTTP/1.1 404 Not Found
// CHECK:      not found: /nowhere
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      < Content-Length: 17

// SEND: GET /redirect HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n
// RECV
// RECV-CLOSED
// CHECK:      < HTTP/1.1 307 Temporary Redirect
// CHECK:      < location: http://127.0.0.1/hello
// CHECK:      < Connection: close
// CHECK:      < [closed]
// CHECK-NEXT: stderr: kiln: json-api.js listening on http://127.0.0.1:{{[0-9]+}} ({{[0-9]+}} worker
// CHECK-NOT:  stderr:
