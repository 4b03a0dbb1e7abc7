// A request that needs more memory than the worker's heap limit fails
// with a 500 and a log line; its garbage is collected and the worker keeps
// serving, with its module state intact.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

const kept = { requests: 0 };
export default {
  fetch(request) {
    kept.requests++;
    if (request.url.endsWith("/hog")) {
      const hog = [];
      for (;;) hog.push("x".repeat(1000) + hog.length);
    }
    return new Response(`requests ${kept.requests}\n`);
  },
};

// SERVER-ARGS: --workers 1 --max-heap-bytes 8388608
// SEND: GET /hog HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 500 Internal Server Error
// SEND: GET /ok HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      requests 2
// CHECK:      stderr: kiln: 500 for GET /hog: Uncaught {{.*}}out of memory
