// A chunked request body, a gzip response when the client accepts it
// (and not otherwise), and a chunked upload split across writes.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

export default {
  async fetch(request) {
    if (request.method === "POST") {
      const text = await request.text();
      return new Response(`got ${text.length} chars: ${text}\n`);
    }
    return new Response("kiln ".repeat(400) + "\n", {
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  },
};

// SEND: POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n
// SLEEP: 50
// SEND: 7;ext=1\r\n, world\r\n0\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      got 12 chars: hello, world

// SEND: GET /big HTTP/1.1\r\nHost: a\r\nAccept-Encoding: br;q=1, gzip;q=0.5\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      < Vary: Accept-Encoding
// CHECK:      < Content-Encoding: gzip
// CHECK:      < [gzip {{[0-9]+}} bytes]
// CHECK-NEXT: kiln kiln kiln

// SEND: GET /big HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip;q=0\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK-NOT:  Content-Encoding
// CHECK:      < Content-Length: 2001
