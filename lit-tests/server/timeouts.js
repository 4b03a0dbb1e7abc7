// A handler stuck in a loop is interrupted (503) and the worker serves
// the next request; a request head that does not arrive in time is a 408.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

export default {
  fetch(request) {
    if (request.url.endsWith("/spin")) for (;;) {}
    if (request.url.endsWith("/chain")) {
      const again = () => Promise.resolve().then(again);
      return again();
    }
    return new Response("alive\n");
  },
};

// SERVER-ARGS: --workers 1 --handler-timeout 300 --header-timeout 500
// SEND: GET /spin HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 503 Service Unavailable
// SEND: GET /chain HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 503 Service Unavailable
// CONNECT
// SEND: GET /ok HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      alive
// CONNECT
// SEND: GET /slow HTTP/1.1\r\nHo
// RECV
// RECV-CLOSED
// CHECK:      < HTTP/1.1 408 Request Timeout
// CHECK:      < [closed]
// CHECK:      stderr: kiln: 503 for GET /spin: the handler overran its time limit and was interrupted
// CHECK-NEXT: stderr: kiln: 503 for GET /chain: the handler overran its time limit and was interrupted
// CHECK-NOT:  stderr:
