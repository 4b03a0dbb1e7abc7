//===- ResponseWriter.h - HTTP/1.1 response serialization -------*- C++ -*-===//
//
// ResponseWriter appends an HTTP/1.1 response head, and body bytes in
// identity or chunked framing, to a caller-provided buffer, never writing
// past its capacity: an append that does not fit writes nothing and leaves
// the writer in the overflowed state. Header names must be tokens and
// values may not contain CR, LF or NUL, so a handler can never split a
// response. DateCache formats the IMF-fixdate of the `Date` header once per
// second. Reason phrases come from StatusCodes.def. See docs/server.md.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_HTTP_RESPONSEWRITER_H
#define KILN_HTTP_RESPONSEWRITER_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

namespace kiln::http {

/// The reason phrase of a status code, or "" for one Kiln has no phrase for.
const char *statusReason(int status);

/// The `Date` header value (RFC 9110 section 5.6.7), reformatted only when
/// the second changes. One per event loop: not thread-safe.
class DateCache {
public:
  static constexpr size_t kLength = 29; ///< "Sun, 06 Nov 1994 08:49:37 GMT"
  /// The date for `now`, NUL-terminated, kLength characters.
  const char *format(time_t now);

private:
  time_t second_ = -1;
  char text_[kLength + 1] = {};
};

/// Formats `now` as an IMF-fixdate into `out` (kLength bytes plus a NUL).
void formatHttpDate(time_t now, char *out);

class ResponseWriter {
public:
  ResponseWriter(uint8_t *buffer, size_t capacity)
      : buffer_(buffer), capacity_(capacity) {}

  /// "HTTP/1.1 <status> <reason>\r\n"; status must be 100-999.
  bool statusLine(int status);
  /// "<name>: <value>\r\n"; false (nothing written) for a name that is not
  /// a token or a value with CR, LF or NUL.
  bool header(const char *name, size_t nameLength, const char *value,
              size_t valueLength);
  bool header(const char *name, const char *value);
  bool contentLength(uint64_t length);
  bool chunkedEncoding(); ///< "Transfer-Encoding: chunked\r\n"
  bool date(DateCache &cache, time_t now);
  bool endHead(); ///< the empty line
  /// Identity body bytes.
  bool body(const void *data, size_t length);
  /// One chunk: "<hex length>\r\n<data>\r\n"; an empty chunk writes nothing.
  bool chunk(const void *data, size_t length);
  /// The last chunk and an empty trailer section: "0\r\n\r\n".
  bool lastChunk();

  size_t size() const { return size_; }
  bool overflowed() const { return overflowed_; }
  const uint8_t *data() const { return buffer_; }

private:
  bool append(const void *data, size_t length);
  bool fits(size_t length);

  uint8_t *buffer_;
  size_t capacity_;
  size_t size_ = 0;
  bool overflowed_ = false;
};

} // namespace kiln::http

#endif // KILN_HTTP_RESPONSEWRITER_H
