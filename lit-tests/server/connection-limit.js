// --max-connections: a connection past the limit is closed at once; the
// open ones keep being served.
// RUN: %build-server %s -o %t
// RUN: %e2e %t %s | FileCheck %s

export default {
  fetch() {
    return new Response("served\n");
  },
};

// SERVER-ARGS: --workers 1 --max-connections 1
// CONNECT
// SEND: GET / HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CONNECT
// RECV-CLOSED
// CHECK:      < [closed]
// USE: 1
// SEND: GET / HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// CHECK:      < HTTP/1.1 200 OK
// CHECK:      served
