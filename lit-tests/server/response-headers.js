// The response's header fields go out in the Fetch standard's order with
// lowercase names: values of one name combined, set-cookie one line each,
// and the fields the server owns (Date, framing, connection) its own.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

export function handler(request) {
  const headers = new Headers();
  headers.append("X-Multi", "1");
  headers.append("Set-Cookie", "a=1");
  headers.append("x-multi", "2");
  headers.append("Set-Cookie", "b=2; Path=/");
  headers.append("Date", "Mon, 01 Jan 2001 00:00:00 GMT");
  headers.append("Transfer-Encoding", "chunked");
  headers.append("Connection", "keep-alive, upgrade");
  headers.append("Content-Type", "text/plain; charset=latin-é");
  return new Response("body\n", { status: 418, headers });
}

// SEND: GET / HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 418 I'm a teapot
// CHECK-NEXT: < Date: <date>
// CHECK-NEXT: < content-type: text/plain; charset=latin-é
// CHECK-NEXT: < set-cookie: a=1
// CHECK-NEXT: < set-cookie: b=2; Path=/
// CHECK-NEXT: < x-multi: 1, 2
// CHECK-NEXT: < Content-Length: 5
// CHECK-NEXT: body
