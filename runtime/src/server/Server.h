//===- Server.h - The HTTP/1.1 server's event loops -------------*- C++ -*-===//
//
// kiln::server::runServer listens on a host and port and serves HTTP/1.1
// with one epoll event loop per worker thread, share-nothing: each worker
// has its own SO_REUSEPORT listening socket, connections, buffers and
// timers. A connection's bytes go through http::RequestParser; each
// complete request is passed to a C-level handler (a function pointer, so
// the server is usable and testable without JavaScript), and responses go
// out in request order, so pipelining needs nothing more. Malformed
// requests get the parser's status and the connection closes; idle, header
// and body timeouts close it (408 when a request was started). SIGTERM and
// SIGINT drain: workers stop accepting, finish the requests they have,
// close idle connections and return. Responses of unknown length are
// chunked (close-delimited for HTTP/1.0), compressible ones gzipped when
// the client accepts it, and a watchdog interrupts a handler that overruns
// its time limit (503). See docs/server.md.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SERVER_SERVER_H
#define KILN_SERVER_SERVER_H

#include "http/RequestParser.h"

#include <stddef.h>
#include <stdint.h>

namespace kiln::server {

/// A request as the handler sees it: views into the connection's buffers,
/// valid for the duration of the handler call.
struct ServerRequest {
  const char *method;
  uint32_t methodLength;
  const char *target;
  uint32_t targetLength;
  uint8_t versionMinor;
  /// Header fields (trailers excluded), views into `head`.
  const http::HeaderField *fields;
  uint32_t fieldCount;
  const uint8_t *head; ///< the bytes field spans are relative to
  const uint8_t *body;
  size_t bodyLength;
};

/// What the handler produces. The server adds Date, Content-Length and,
/// when the connection closes, `Connection: close`.
class ServerResponse {
public:
  int status = 200;
  /// Appends a header field; false (nothing added) if invalid or too big.
  bool header(const char *name, const char *value);
  /// Appends body bytes; false when out of memory.
  bool write(const void *data, size_t length);
  /// Marks the body's length as unknown in advance (a streamed body): it
  /// goes out chunked to HTTP/1.1 clients and close-delimited to HTTP/1.0
  /// ones, each write() one chunk.
  void setLengthUnknown() { lengthUnknown_ = true; }
  bool lengthUnknown() const { return lengthUnknown_; }
  /// The value of the first header field named `name` (case ignored) the
  /// handler added, or nullptr; `*length` receives its length.
  const char *findHeader(const char *name, size_t *length) const;

  // For the server.
  ~ServerResponse();
  void reset();
  const uint8_t *headerBytes() const { return headers_; }
  size_t headerSize() const { return headerSize_; }
  const uint8_t *bodyBytes() const { return body_; }
  size_t bodySize() const { return bodySize_; }
  /// Ends of the pieces write() appended, for chunked framing; the last
  /// piece ends at bodySize(). At most kMaxPieces are recorded, later
  /// writes extend the last one.
  static constexpr uint32_t kMaxPieces = 64;
  const size_t *pieceEnds() const { return pieceEnds_; }
  uint32_t pieceCount() const { return pieceCount_; }

private:
  static constexpr size_t kHeaderCapacity = 8192;
  uint8_t headers_[kHeaderCapacity]; ///< "name: value\r\n" lines
  size_t headerSize_ = 0;
  uint8_t *body_ = nullptr;
  size_t bodySize_ = 0, bodyCapacity_ = 0;
  size_t pieceEnds_[kMaxPieces];
  uint32_t pieceCount_ = 0;
  bool lengthUnknown_ = false;
};

typedef void (*RequestHandler)(void *context, const ServerRequest &request,
                               ServerResponse &response);

struct ServerOptions {
  const char *host = "127.0.0.1";
  uint16_t port = 8080; ///< 0: any free port (reported by `onListening`)
  unsigned workers = 0; ///< 0: defaultWorkerCount() (Options.h)
  size_t workerStackBytes = 1024 * 1024;
  http::ParserLimits limits;
  /// Open connections the process keeps at most (shared out evenly among
  /// the workers): a connection past it is accepted and closed at once,
  /// so a flood of idle connections cannot take the memory.
  uint32_t maxConnections = 10000;
  uint32_t idleTimeoutMs = 60000;   ///< between requests
  uint32_t headerTimeoutMs = 10000; ///< from a request's first byte to its head
  uint32_t bodyTimeoutMs = 30000;   ///< from the head to the last body byte
  /// Handler time limit: after it the worker's interrupt flag is set
  /// (see interruptFlag) and the response becomes 503. 0: no limit.
  uint32_t handlerTimeoutMs = 30000;
  /// gzip bodies of compressible types of at least gzipMinBytes when the
  /// request accepts it.
  bool gzip = true;
  size_t gzipMinBytes = 1024;
  /// The JavaScript heap limit of each worker (live objects plus garbage
  /// not yet collected), for handlers that run on a VM: an allocation past
  /// it fails the request that made it (500), not the process.
  size_t heapLimitBytes = 256u * 1024u * 1024u;
  /// One common-log-format line per request on stdout.
  bool accessLog = false;
  /// A `Server-Timing` header with parse, handler and serialize durations.
  bool serverTiming = false;
  RequestHandler handler = nullptr;
  void *handlerContext = nullptr;
  /// Called first on each worker thread (index 0 .. workers-1), before it
  /// serves: returns the context `handler` receives on that worker (for
  /// instance the worker's own JavaScript VM), or nullptr after printing
  /// why the worker cannot serve, which stops the server (runServer then
  /// returns 1). Null: every worker passes handlerContext.
  void *(*workerStart)(void *handlerContext, unsigned index) = nullptr;
  /// Called last on each worker whose workerStart succeeded, with the
  /// context it returned.
  void (*workerStop)(void *workerContext) = nullptr;
  /// Called once every worker has started and listens, with the bound port.
  void (*onListening)(uint16_t port) = nullptr;
};

/// Serves until SIGTERM or SIGINT (or requestServerStop), then drains.
/// Returns 0, or 1 after printing why the server could not start.
int runServer(const ServerOptions &options);

/// Asks every worker to drain and return (async-signal-safe).
void requestServerStop();

/// The calling worker's interrupt flag: the watchdog sets it once the
/// handler running on this worker exceeds handlerTimeoutMs, and the server
/// clears it before each handler call. A handler (the VM, at loop back
/// edges) polls it and gives up when it is set; the server then answers
/// 503 whatever the handler produced. nullptr outside a worker thread.
volatile bool *interruptFlag();

/// Makes the watchdog of the calling worker set `flag` (for instance the
/// worker VM's `interruptRequested`) instead of the worker's own flag;
/// nullptr restores the worker's own. The server still clears and reads
/// the flag around each handler call. Call from the worker thread (for
/// instance at the first request).
void redirectInterruptFlag(volatile bool *flag);

} // namespace kiln::server

#endif // KILN_SERVER_SERVER_H
