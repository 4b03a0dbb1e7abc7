// Serves a Workers-modules-style handler (`export default { fetch(request) }`) on
// node:http for the HTTP server benchmark (bench/run-server-bench.py):
//   node node-serve.mjs HANDLER.js --host H --port P --workers W
// Each request becomes a Fetch `Request` (method, absolute URL from the Host header,
// headers, body for methods that have one); the handler's `Response` is written back
// with its status, headers and body. With --workers 1 the one process serves; with
// W > 1 node:cluster forks W worker processes that share the listening socket (on
// Linux the primary accepts connections and hands them out round-robin, cluster's
// default), which is node's usual way of using every core.
import cluster from "node:cluster";
import http from "node:http";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

function parseArgs(argv) {
  const options = { host: "127.0.0.1", port: Number(process.env.PORT || 8080), workers: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--host") options.host = argv[++i];
    else if (arg === "--port") options.port = Number(argv[++i]);
    else if (arg === "--workers") options.workers = Number(argv[++i]);
    else options.handler = arg;
  }
  if (!options.handler) throw new Error("usage: node-serve.mjs HANDLER.js [--host H] [--port P] [--workers W]");
  return options;
}

function toRequest(message, options) {
  const url = `http://${message.headers.host || `${options.host}:${options.port}`}${message.url}`;
  const headers = new Headers();
  const raw = message.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  const init = { method: message.method, headers };
  if (message.method !== "GET" && message.method !== "HEAD") {
    init.body = message;
    init.duplex = "half";
  }
  return new Request(url, init);
}

async function writeResponse(response, res) {
  const headers = [];
  for (const [name, value] of response.headers) headers.push(name, value);
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  if (body && !response.headers.has("content-length")) headers.push("content-length", String(body.length));
  if (response.statusText) res.writeHead(response.status, response.statusText, headers);
  else res.writeHead(response.status, headers);
  res.end(body);
}

async function serve(options) {
  const handler = (await import(pathToFileURL(resolve(options.handler)).href)).default;
  const server = http.createServer(async (message, res) => {
    try {
      await writeResponse(await handler.fetch(toRequest(message, options)), res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(options.port, options.host);
}

const options = parseArgs(process.argv.slice(2));
if (options.workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < options.workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (signal !== "SIGTERM") console.error(`worker ${worker.process.pid} exited (${signal || code})`);
  });
} else {
  await serve(options);
}
