//===- http-fuzzer.cpp - libFuzzer target for the HTTP request parser -----===//
//
// Feeds arbitrary bytes to the runtime's HTTP/1.1 request parser
// (runtime/src/http/RequestParser.h), the code that reads what any client
// on the network sends. The properties under test: the parser never reads
// outside the bytes it is given, every span it reports lies inside them,
// each call makes progress or waits for input (no hang), and the events
// are the same whether the input arrives whole or in pieces. The first
// input byte picks the piece size and small limits, the rest is the
// stream. Events are folded into a hash per run and the runs compared.
// The same bytes also go through the Accept-Encoding and Content-Type
// scanners of http/ContentCoding.h, which read header values as given.
//
//===----------------------------------------------------------------------===//
#include "http/ContentCoding.h"
#include "http/RequestParser.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

using namespace kiln::http;

namespace {

constexpr uint32_t kMaxHeaders = 16;

struct Digest {
  uint64_t h = 1469598103934665603ull;
  void add(const void *p, size_t n) {
    const uint8_t *b = static_cast<const uint8_t *>(p);
    for (size_t i = 0; i < n; ++i)
      h = (h ^ b[i]) * 1099511628211ull;
  }
  void addInt(uint64_t v) { add(&v, sizeof v); }
};

void checkSpan(Span s, size_t size) {
  if (s.offset > size || s.length > size - s.offset)
    abort();
}

/// Parses `data` in pieces of `step` bytes (0: whole), keeping unconsumed
/// bytes as a connection's read buffer would; returns the events' digest.
uint64_t run(const uint8_t *data, size_t size, size_t step,
             const ParserLimits &limits) {
  HeaderField fields[kMaxHeaders];
  RequestParser parser(limits, fields);
  Digest d;
  size_t start = 0, end = step == 0 || step > size ? size : step;
  for (size_t guard = 0;; ++guard) {
    if (guard > 4 * size + 64)
      abort(); // no progress
    size_t consumed = 0, avail = end - start;
    ParseEvent event = parser.next(data + start, avail, &consumed);
    if (consumed > avail)
      abort();
    // Pieces of body and waits for input depend on the split; the rest
    // must not. FNV-1a over the body bytes is the same for any split.
    if (event != ParseEvent::NeedMore && event != ParseEvent::BodyData)
      d.addInt(uint64_t(event));
    const Request &r = parser.request();
    auto addSpan = [&](Span s) {
      checkSpan(s, avail);
      d.add(data + start + s.offset, s.length);
      d.addInt(s.length);
    };
    if (event == ParseEvent::HeadersComplete) {
      addSpan(r.method);
      addSpan(r.target);
      d.addInt(r.versionMinor * 2 + r.keepAlive);
      for (uint32_t i = 0; i < r.headerCount; ++i) {
        addSpan(r.headers[i].name);
        addSpan(r.headers[i].value);
      }
    } else if (event == ParseEvent::BodyData) {
      checkSpan(parser.body(), avail);
      d.add(data + start + parser.body().offset, parser.body().length);
    } else if (event == ParseEvent::MessageComplete) {
      for (uint32_t i = r.trailerBegin; i < r.headerCount; ++i) {
        addSpan(r.headers[i].name);
        addSpan(r.headers[i].value);
      }
    } else if (event == ParseEvent::Error) {
      d.addInt(uint64_t(parser.error()));
      if (parseErrorStatus(parser.error()) < 400 ||
          parseErrorMessage(parser.error())[0] == 0)
        abort();
      return d.h;
    }
    start += consumed;
    if (event == ParseEvent::NeedMore) {
      if (end == size)
        return d.h;
      end = size - end < step ? size : end + step;
    }
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  uint8_t control = data[0];
  ++data, --size;
  (void)acceptsGzip(reinterpret_cast<const char *>(data), size);
  (void)isCompressibleType(reinterpret_cast<const char *>(data), size);
  ParserLimits limits;
  limits.maxHeaders = kMaxHeaders;
  if (control & 0x80) {
    limits.maxHeaderBytes = 64 + (control & 0x3f) * 8;
    limits.maxTargetBytes = 16 + (control & 0x0f);
    limits.maxBodyBytes = control & 0x3f;
  }
  // Copy the input so that any read past its end is caught.
  uint8_t *copy = static_cast<uint8_t *>(malloc(size ? size : 1));
  memcpy(copy, data, size);
  uint64_t whole = run(copy, size, 0, limits);
  size_t step = 1 + (control & 0x07);
  if (run(copy, size, step, limits) != whole)
    abort(); // splitting the input changed what was parsed
  if (run(copy, size, 1, limits) != whole)
    abort();
  free(copy);
  return 0;
}
