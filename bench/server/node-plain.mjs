// The benchmark's workloads written directly against node:http, without Fetch
// `Request`/`Response` objects, for context only (peer `node-plain` of
// bench/run-server-bench.py, not in the default set): it shows what node:http itself
// costs apart from building Fetch objects in node-serve.mjs. It answers exactly as
// hello.js and json.js do:
//   node node-plain.mjs hello|json --host H --port P --workers W
import cluster from "node:cluster";
import http from "node:http";

const argv = process.argv.slice(2);
const options = { host: "127.0.0.1", port: Number(process.env.PORT || 8080), workers: 1 };
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === "--host") options.host = argv[++i];
  else if (arg === "--port") options.port = Number(argv[++i]);
  else if (arg === "--workers") options.workers = Number(argv[++i]);
  else options.workload = arg.replace(/^.*\//, "").replace(/\.js$/, "");
}

const workloads = {
  hello(message, res) {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("Hello, world!\n");
  },
  json(message, res) {
    const url = new URL(message.url, `http://${message.headers.host || "localhost"}`);
    const name = url.searchParams.get("name") || "world";
    const count = Number(url.searchParams.get("n") || "0");
    const body = JSON.stringify({
      greeting: "Hello, " + name + "!",
      path: url.pathname,
      count: count,
      doubled: count * 2,
      tags: ["kiln", "bench", name],
      ok: true,
    });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  },
};
const handle = workloads[options.workload];
if (!handle) throw new Error("usage: node-plain.mjs hello|json [--host H] [--port P] [--workers W]");

if (options.workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < options.workers; i++) cluster.fork();
} else {
  const server = http.createServer(handle);
  server.keepAliveTimeout = 60_000;
  server.listen(options.port, options.host);
}
