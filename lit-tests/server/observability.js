// --access-log writes one Common Log Format line per request to stdout;
// --server-timing adds the parse, handler and serialize durations.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

export default {
  fetch(request) {
    console.log("handled", new URL(request.url).pathname);
    return new Response("ok\n", { status: 202 });
  },
};

// SERVER-ARGS: --workers 1 --access-log --server-timing
// SEND: GET /timed?x=1 HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 202 Accepted
// CHECK:      < Server-Timing: parse;dur={{[0-9.]+}}, handler;dur={{[0-9.]+}}, serialize;dur={{[0-9.]+}}
// CHECK:      stdout: handled /timed
// CHECK-NEXT: stdout: 127.0.0.1 - - [{{[0-9]+}}/{{[A-Z][a-z][a-z]}}/{{[0-9]+}}:{{[0-9:]+}} +0000] "GET /timed?x=1 HTTP/1.1" 202 3
