//===- ContentCoding.h - Accept-Encoding and gzip bodies --------*- C++ -*-===//
//
// The pieces of response compression that need no socket: whether a
// request's Accept-Encoding value allows gzip (RFC 9110 section 12.5.3,
// with q-values; `gzip;q=0` refuses, `*` stands for every coding not
// listed), whether a Content-Type is worth compressing (the table in
// CompressibleTypes.def), and gzip itself through zlib into a malloc'd
// buffer. The server decides with these and adds `Vary: Accept-Encoding`.
// See docs/server.md.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_HTTP_CONTENTCODING_H
#define KILN_HTTP_CONTENTCODING_H

#include <stddef.h>
#include <stdint.h>

namespace kiln::http {

/// True when an Accept-Encoding value gives gzip (or x-gzip, or `*` when
/// gzip is not listed) a q-value above zero. A malformed element counts as
/// refusing its coding; an absent header (nullptr) refuses gzip.
bool acceptsGzip(const char *value, size_t length);

/// True when the media type of a Content-Type value is in
/// CompressibleTypes.def (parameters and case ignored).
bool isCompressibleType(const char *value, size_t length);

/// Compresses `data` as one gzip member. On success `*out` is a malloc'd
/// buffer the caller frees and `*outLength` its size; false when zlib or
/// memory fails (nothing to free then).
bool gzipCompress(const uint8_t *data, size_t length, uint8_t **out,
                  size_t *outLength);

/// Case-insensitive ASCII comparison of `a[0, length)` with NUL-terminated
/// `b`, which must have exactly `length` characters.
bool equalsIgnoringCase(const char *a, size_t length, const char *b);

} // namespace kiln::http

#endif // KILN_HTTP_CONTENTCODING_H
