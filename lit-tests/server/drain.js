// SIGTERM while a request is in flight: the request completes, then the
// server exits 0.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

addEventListener("fetch", (event) => {
  event.respondWith(
    event.request.text().then((body) => new Response(`drained ${body}\n`)));
});

// SEND: POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nhello
// SLEEP: 200
// SIGTERM
// SLEEP: 200
// SEND: world
// RECV
// WAIT-EXIT
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      < Connection: close
// CHECK:      drained helloworld
// CHECK:      exit status 0
