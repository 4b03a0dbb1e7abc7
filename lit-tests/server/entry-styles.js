// The entry styles other than `export default { fetch }` (json-api.js),
// each built and served; `env` and `ctx` are what Workers passes.
// RUN: split-file %s %t
// RUN: %build-server %t/named.js -o %t/named
// RUN: %e2e %t/named %t/requests.txt | FileCheck %s --check-prefix=NAMED
// RUN: %build-server %t/default-fn.js -o %t/default-fn
// RUN: %e2e %t/default-fn %t/requests.txt | FileCheck %s --check-prefix=DEFAULT
// RUN: %build-server %t/listener.js -o %t/listener
// RUN: %e2e %t/listener %t/requests.txt | FileCheck %s --check-prefix=LISTENER
// RUN: %build-server %t/workers.mjs -o %t/workers
// RUN: %e2e %t/workers %t/requests.txt | FileCheck %s --check-prefix=WORKERS

// NAMED:    < HTTP/1.1 200 OK
// NAMED:    named GET http://a.test/x?y=1 agent=e2e
// DEFAULT:  < HTTP/1.1 202 Accepted
// DEFAULT:  default function: context.waitUntil is function
// LISTENER: < HTTP/1.1 200 OK
// LISTENER: listener: fetch event
// LISTENER: stdout: second respondWith: InvalidStateError
// LISTENER: stdout: third listener ran
// WORKERS:  < HTTP/1.1 200 OK
// WORKERS:  workers: object object, ctx.waitUntil function, count 1

//--- requests.txt
// SEND: GET /x?y=1 HTTP/1.1\r\nHost: a.test\r\nUser-Agent: e2e\r\n\r\n
// RECV
//--- named.js
export function handler(request) {
  return new Response(`named ${request.method} ${request.url} ` +
                      `agent=${request.headers.get("user-agent")}\n`);
}
//--- default-fn.js
export default async (request, context) => {
  await null;
  return new Response(
      `default function: context.waitUntil is ${typeof context.waitUntil}\n`,
      { status: 202 });
};
//--- listener.js
addEventListener("fetch", (event) => {
  event.respondWith(new Response(`listener: ${event.type} event\n`));
  try {
    event.respondWith(new Response("twice"));
  } catch (e) {
    console.log("second respondWith:", e.name);
  }
  event.waitUntil(Promise.resolve());
});
addEventListener("fetch", null);
addEventListener("install", () => console.log("never"));
addEventListener("fetch", (event) => console.log("third listener ran"));
//--- workers.mjs
let count = 0;
export default {
  fetch(request, env, ctx) {
    count++;
    ctx.waitUntil(Promise.resolve());
    return new Response(`workers: ${typeof env} object, ctx.waitUntil ` +
                        `${typeof ctx.waitUntil}, count ${count}\n`);
  },
};
