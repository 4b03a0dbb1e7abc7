// The JSON workload of the HTTP server benchmark (bench/run-server-bench.py): the
// handler parses the request URL and its query string and answers with
// Response.json of a small object built from them, so each request exercises URL
// parsing, URLSearchParams and JSON serialization besides the server itself.
export default {
  fetch(request) {
    const url = new URL(request.url);
    const params = url.searchParams;
    const name = params.get("name") || "world";
    const count = Number(params.get("n") || "0");
    return Response.json({
      greeting: "Hello, " + name + "!",
      path: url.pathname,
      count: count,
      doubled: count * 2,
      tags: ["kiln", "bench", name],
      ok: true,
    });
  },
};
