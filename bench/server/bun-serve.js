// Serves a Workers-modules-style handler (`export default { fetch(request) }`) on
// Bun.serve for the HTTP server benchmark (bench/run-server-bench.py):
//   bun bun-serve.js HANDLER.js --host H --port P --workers W
// The handler's fetch is passed to Bun.serve as is. With W > 1 this process starts
// W - 1 copies of itself and all W listen on the same port with reusePort
// (SO_REUSEPORT, the kernel spreads connections), Bun's documented way of using
// every core; the copies stay in this process's process group.
import { resolve } from "node:path";

const argv = process.argv.slice(2);
const options = { host: "127.0.0.1", port: Number(process.env.PORT || 8080), workers: 1 };
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === "--host") options.host = argv[++i];
  else if (arg === "--port") options.port = Number(argv[++i]);
  else if (arg === "--workers") options.workers = Number(argv[++i]);
  else options.handler = arg;
}
if (!options.handler) throw new Error("usage: bun-serve.js HANDLER.js [--host H] [--port P] [--workers W]");

const handler = (await import(resolve(options.handler))).default;
const children = [];
for (let i = 1; i < options.workers; i++) {
  children.push(Bun.spawn([process.execPath, import.meta.path, options.handler,
    "--host", options.host, "--port", String(options.port), "--workers", "1"],
    { stdout: "inherit", stderr: "inherit" }));
}
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(0);
  });
}
Bun.serve({
  hostname: options.host,
  port: options.port,
  reusePort: true,
  fetch: handler.fetch,
});
