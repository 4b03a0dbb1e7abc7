//===- ResponseAssembly.cpp - From handler output to response bytes -------===//
//
// The response head is written with http::ResponseWriter into a small
// stack buffer around the handler's own header lines, then the body in
// identity or chunked framing straight into the connection's output.
//
//===----------------------------------------------------------------------===//
#include "server/ResponseAssembly.h"

#include "http/ContentCoding.h"

#include <stdio.h>
#include <time.h>

namespace kiln::server {

/// Appends one chunk of `data` to `out`; false when memory runs out.
static bool appendChunk(Bytes &out, const uint8_t *data, size_t length) {
  if (length == 0)
    return true;
  if (!out.reserve(length + 32))
    return false;
  http::ResponseWriter writer(out.data + out.size, out.capacity - out.size);
  writer.chunk(data, length);
  out.size += writer.size();
  return true;
}

size_t appendResponse(Bytes &out, http::DateCache &dates, const Outgoing &r,
                      bool *closeAfter) {
  uint8_t head[256];
  http::ResponseWriter writer(head, sizeof head);
  writer.statusLine(r.status);
  writer.date(dates, time(nullptr));
  if (!out.append(head, writer.size()) ||
      !out.append(r.headers, r.headerSize) ||
      !out.append(r.extra, r.extraSize)) {
    *closeAfter = true;
    return 0;
  }
  http::ResponseWriter tail(head, sizeof head);
  bool noBody = r.status < 200 || r.status == 204 || r.status == 304;
  bool close = r.close;
  bool chunked = false;
  if (!noBody && !r.lengthUnknown)
    tail.contentLength(r.bodySize);
  else if (!noBody && r.http10)
    close = true; // close-delimited
  else if (!noBody)
    chunked = tail.chunkedEncoding();
  if (close)
    tail.header("Connection", "close");
  tail.endHead();
  bool ok = out.append(head, tail.size());
  bool sendBody = ok && !noBody && !r.headRequest;
  if (sendBody && !chunked) {
    ok = out.append(r.body, r.bodySize);
  } else if (sendBody) {
    size_t from = 0;
    for (uint32_t i = 0; ok && i < r.pieceCount; ++i) {
      ok = appendChunk(out, r.body + from, r.pieceEnds[i] - from);
      from = r.pieceEnds[i];
    }
    ok = ok && appendChunk(out, r.body + from, r.bodySize - from) &&
         out.append("0\r\n\r\n", 5);
  }
  if (!ok || close)
    *closeAfter = true;
  return sendBody ? r.bodySize : 0;
}

/// The first request header field named `name`, or nullptr.
const char *requestHeader(const ServerRequest &request, const char *name,
                          size_t *length) {
  for (uint32_t i = 0; i < request.fieldCount; ++i) {
    const http::HeaderField &f = request.fields[i];
    const char *fieldName =
        reinterpret_cast<const char *>(request.head) + f.name.offset;
    if (f.name.length == strlen(name) &&
        http::equalsIgnoringCase(fieldName, f.name.length, name)) {
      *length = f.value.length;
      return reinterpret_cast<const char *>(request.head) + f.value.offset;
    }
  }
  return nullptr;
}

/// Decides on gzip for the handler's response; on success `*compressed`
/// is the new body (malloc'd). Adds the coding and Vary lines to `extra`.
void chooseCoding(const ServerOptions &o, const ServerRequest &request,
                  const ServerResponse &response, uint8_t **compressed,
                  size_t *compressedSize, Bytes &extra) {
  int status = response.status;
  size_t length = 0;
  if (!o.gzip || status < 200 || status == 204 || status == 304 ||
      response.bodySize() < o.gzipMinBytes ||
      response.findHeader("Content-Encoding", &length))
    return;
  const char *type = response.findHeader("Content-Type", &length);
  if (!type || !http::isCompressibleType(type, length))
    return;
  static const char kVary[] = "Vary: Accept-Encoding\r\n";
  extra.append(kVary, sizeof kVary - 1);
  const char *accept = requestHeader(request, "Accept-Encoding", &length);
  if (!http::acceptsGzip(accept, length) ||
      !http::gzipCompress(response.bodyBytes(), response.bodySize(), compressed,
                          compressedSize))
    return;
  static const char kCoding[] = "Content-Encoding: gzip\r\n";
  extra.append(kCoding, sizeof kCoding - 1);
}

namespace {

/// Appends "name;dur=<ms with 3 decimals>" to a Server-Timing value.
void appendTiming(char *out, size_t capacity, size_t *used, const char *name,
                  uint64_t ns) {
  uint64_t us = ns / 1000;
  int n = snprintf(out + *used, capacity - *used, "%s%s;dur=%llu.%03llu",
                   *used ? ", " : "", name, (unsigned long long)(us / 1000),
                   (unsigned long long)(us % 1000));
  if (n > 0 && size_t(n) < capacity - *used)
    *used += size_t(n);
}

} // namespace

void appendServerTiming(Bytes &extra, uint64_t parseNs, uint64_t handlerNs,
                        uint64_t serializeNs) {
  char value[160];
  size_t used = 0;
  appendTiming(value, sizeof value, &used, "parse", parseNs);
  appendTiming(value, sizeof value, &used, "handler", handlerNs);
  appendTiming(value, sizeof value, &used, "serialize", serializeNs);
  static const char kName[] = "Server-Timing: ";
  extra.append(kName, sizeof kName - 1);
  extra.append(value, used);
  extra.append("\r\n", 2);
}

} // namespace kiln::server
