// An exception, a rejected promise, a value that is not a Response and a
// promise that never settles are each a 500 with a log line; the worker
// keeps serving the next request on the same connection.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

let served = 0;
export default {
  async fetch(request) {
    served++;
    const path = new URL(request.url).pathname;
    if (path === "/throw") throw new TypeError("the handler failed");
    if (path === "/reject") return Promise.reject(new RangeError("rejected"));
    if (path === "/number") return 42;
    if (path === "/never") return new Promise(() => {});
    return new Response(`served ${served}\n`);
  },
};

// SERVER-ARGS: --workers 1
// SEND: GET /throw HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 500 Internal Server Error
// CHECK:      Internal Server Error
// SEND: GET /ok HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      served 2
// SEND: GET /reject HTTP/1.1\r\nHost: a\r\n\r\nGET /number HTTP/1.1\r\nHost: a\r\n\r\nGET /never HTTP/1.1\r\nHost: a\r\n\r\nGET /ok HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// RECV
// RECV
// RECV
// CHECK:      < HTTP/1.1 500 Internal Server Error
// CHECK:      < HTTP/1.1 500 Internal Server Error
// CHECK:      < HTTP/1.1 500 Internal Server Error
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      served 6
// CHECK:      stderr: kiln: 500 for GET /throw: Uncaught (in promise) TypeError: the handler failed
// CHECK-NEXT: stderr:     at fetch (handler-errors.js:{{[0-9]+}}:{{[0-9]+}})
// CHECK:      stderr: kiln: 500 for GET /reject: Uncaught (in promise) RangeError: rejected
// CHECK:      stderr: kiln: 500 for GET /number: the handler did not return a Response
// CHECK:      stderr: kiln: 500 for GET /never: the handler's promise never settles
