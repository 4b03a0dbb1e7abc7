//===- ResponseAssembly.h - From handler output to response bytes -*- C++
//-*-===//
//
// What the server does between a handler's return and the socket: the
// content coding (gzip when the request accepts it and the type and size
// are worth it, with `Vary: Accept-Encoding`), the Server-Timing field,
// and the framing: Content-Length when the length is known, one chunk per
// handler write when it is not, or a close-delimited body for HTTP/1.0.
// Bytes is the growable buffer the event loop keeps its input and output
// in. See docs/server.md.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SERVER_RESPONSEASSEMBLY_H
#define KILN_SERVER_RESPONSEASSEMBLY_H

#include "http/ResponseWriter.h"
#include "server/Server.h"

#include <stdlib.h>
#include <string.h>

namespace kiln::server {

/// A growable byte buffer on malloc; false when memory runs out.
struct Bytes {
  uint8_t *data = nullptr;
  size_t size = 0, capacity = 0;
  bool reserve(size_t extra) {
    if (capacity - size >= extra)
      return true;
    size_t want = capacity ? capacity * 2 : 4096;
    while (want - size < extra)
      want *= 2;
    auto *grown = static_cast<uint8_t *>(realloc(data, want));
    if (!grown)
      return false;
    data = grown;
    capacity = want;
    return true;
  }
  bool append(const void *bytes, size_t length) {
    if (!reserve(length))
      return false;
    memcpy(data + size, bytes, length);
    size += length;
    return true;
  }
  ~Bytes() { free(data); }
};

/// A response on its way to the connection's output.
struct Outgoing {
  int status = 200;
  const uint8_t *headers = nullptr; ///< "name: value\r\n" lines
  size_t headerSize = 0;
  const char *extra = nullptr; ///< more lines the server adds
  size_t extraSize = 0;
  const uint8_t *body = nullptr;
  size_t bodySize = 0;
  /// Chunk ends when the length is unknown (nullptr: one chunk).
  const size_t *pieceEnds = nullptr;
  uint32_t pieceCount = 0;
  bool lengthUnknown = false;
  bool http10 = false;
  bool close = false;
  bool headRequest = false;
};

/// Appends a complete response to `out`: the status line, Date, the
/// handler's and the server's fields, the framing and the body (none for
/// HEAD, 1xx, 204 and 304). Sets `*closeAfter` when the connection must
/// close after it (asked for, close-delimited, or out of memory). Returns
/// the body bytes appended.
size_t appendResponse(Bytes &out, http::DateCache &dates, const Outgoing &r,
                      bool *closeAfter);

/// The first request header field named `name` (case ignored), or nullptr.
const char *requestHeader(const ServerRequest &request, const char *name,
                          size_t *length);

/// Decides on gzip for the handler's response; on success `*compressed`
/// is the new body (malloc'd, the caller frees it). Appends the
/// Content-Encoding and Vary lines that apply to `extra`.
void chooseCoding(const ServerOptions &o, const ServerRequest &request,
                  const ServerResponse &response, uint8_t **compressed,
                  size_t *compressedSize, Bytes &extra);

/// Appends a Server-Timing line with the three durations (milliseconds
/// with microsecond precision).
void appendServerTiming(Bytes &extra, uint64_t parseNs, uint64_t handlerNs,
                        uint64_t serializeNs);

} // namespace kiln::server

#endif // KILN_SERVER_RESPONSEASSEMBLY_H
