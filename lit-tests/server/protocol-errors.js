// Malformed and ambiguous requests get the parser's status and the
// connection closes; the server keeps serving new connections.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

export function handler(request) {
  return new Response("ok\n");
}

// SERVER-ARGS: --max-header-bytes 256 --max-body-bytes 10
// SEND: GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n
// RECV
// RECV-CLOSED
// CHECK:      < HTTP/1.1 400 Bad Request
// CHECK:      < Connection: close
// CHECK:      < [closed]

// CONNECT
// SEND: POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd
// RECV
// CHECK:      < HTTP/1.1 400 Bad Request

// CONNECT
// SEND: POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n
// RECV
// CHECK:      < HTTP/1.1 400 Bad Request

// CONNECT
// SEND: GET / HTTP/1.1\r\nHost: a\r\nX-Big: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 431 Request Header Fields Too Large

// CONNECT
// SEND: POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world
// RECV
// CHECK:      < HTTP/1.1 413 Content Too Large

// CONNECT
// SEND: GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 400 Bad Request

// A Host that makes no URL reaches the server but not the handler.
// CONNECT
// SEND: GET / HTTP/1.1\r\nHost: a b\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 400 Bad Request

// CONNECT
// SEND: GET / HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      ok
