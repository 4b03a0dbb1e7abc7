//===- HandlerHost.h - A compiled JavaScript handler behind the server -*- C++
//-*-===//
//
// The glue between the HTTP server (runtime/src/server) and a handler
// compiled by kilnc (kiln/Embed.h): every worker thread gets its own
// KilnRuntime, evaluates the handler's bytecode module once (module state
// then persists between that worker's requests, as in Workers) and finds
// the handler as its entry style says. Each request becomes a Request
// object, goes to the handler, the returned value (or the promise of one)
// is awaited by draining the microtask queue, and the Response is written
// back. An exception that escapes the handler, a value that is not a
// Response, or a promise that can never settle is a 500 with one log
// line on stderr; the worker keeps serving. The watchdog of the server
// interrupts the worker's VM when the handler overruns its time limit.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_HOST_HANDLERHOST_H
#define KILN_HOST_HANDLERHOST_H

#include <stddef.h>
#include <stdint.h>

namespace kiln::host {

/// What a handler object provides (see kiln/Embed.h).
struct HandlerImage {
  const uint8_t *bytecode;
  size_t size;
  /// A KilnEntryStyle.
  uint32_t entryStyle;
  /// The entry module's file name (for messages and stack traces).
  const char *moduleName;
};

/// The main() of a server executable: parses the server options of argv
/// (`--help` prints them), starts the workers with \p image and serves
/// until SIGTERM or SIGINT. Returns the process exit status: 0 after a
/// drain, 1 when the handler cannot start (the reason is printed), 2 for a
/// usage error.
int serveHandler(int argc, char **argv, const HandlerImage &image);

} // namespace kiln::host

#endif // KILN_HOST_HANDLERHOST_H
