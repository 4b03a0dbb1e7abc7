// Request and Response bodies as bytes through a real server: a request
// body arrives unchanged in bytes()/arrayBuffer() (invalid UTF-8 included)
// and is decoded with replacement by text(); a Response made from a
// Uint8Array or ArrayBuffer is sent as those bytes with their length.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

function hex(bytes) {
  let out = [];
  for (const b of bytes) out.push((b < 16 ? "0" : "") + b.toString(16));
  return out.join(" ");
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/hex") {
      const copy = request.clone();
      const bytes = await request.bytes();
      const text = await copy.text();
      return new Response(hex(bytes) + " | " + JSON.stringify(text) + "\n");
    }
    if (url.pathname === "/bytes")
      return new Response(new Uint8Array([0x68, 0x69, 0xc3, 0xa9, 0x0a]),
                          { headers: { "content-type": "application/octet-stream" } });
    if (url.pathname === "/buffer") {
      const encoded = new TextEncoder().encode("from a buffer\n");
      return new Response(encoded.buffer);
    }
    return new Response("not found\n", { status: 404 });
  },
};

// SEND: POST /hex HTTP/1.1\r\nHost: a.test\r\nContent-Length: 5\r\n\r\na\xc3(\xff\x00
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      61 c3 28 ff 00 | "a�(�\u0000"

// SEND: GET /bytes HTTP/1.1\r\nHost: a.test\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      < content-type: application/octet-stream
// CHECK-NEXT: < Content-Length: 5
// CHECK-NEXT: hié

// SEND: GET /buffer HTTP/1.1\r\nHost: a.test\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK-NOT:  content-type
// CHECK:      < Content-Length: 14
// CHECK-NEXT: from a buffer
