// A handler split into modules: kilnc build compiles the graph into the
// server; module state (a counter in an imported module) persists between
// requests on a worker.
// RUN: split-file %s %t
// RUN: %build-server %t/main.mjs -o %t/server
// RUN: %e2e %t/server %t/main.mjs | FileCheck %s

// CHECK: < HTTP/1.1 200 OK
// CHECK: {"greeting":"hello, kiln","visits":1}
// CHECK: < HTTP/1.1 200 OK
// CHECK: {"greeting":"hello, again","visits":2}

//--- main.mjs
import { greet } from "./lib/greet.js";
import * as counter from "./lib/counter.js";

export default {
  fetch(request) {
    counter.increment();
    const name = new URL(request.url).searchParams.get("name");
    return Response.json({ greeting: greet(name), visits: counter.visits });
  },
};
// SERVER-ARGS: --workers 1
// SEND: GET /?name=kiln HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
// SEND: GET /?name=again HTTP/1.1\r\nHost: a\r\n\r\n
// RECV
//--- lib/greet.js
export function greet(name) {
  return `hello, ${name}`;
}
//--- lib/counter.js
export let visits = 0;
export function increment() {
  visits++;
}
