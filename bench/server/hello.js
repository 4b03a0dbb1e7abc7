// The hello-world workload of the HTTP server benchmark (bench/run-server-bench.py):
// one Workers-modules-style handler that every server runs unchanged — Kiln compiles
// it into a static executable, node/Bun/Deno load it through the thin adapters
// beside it. It answers every request with the same small plain-text body.
export default {
  fetch(request) {
    return new Response("Hello, world!\n", {
      headers: { "content-type": "text/plain" },
    });
  },
};
