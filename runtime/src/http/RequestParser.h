//===- RequestParser.h - Incremental HTTP/1.1 request parser ----*- C++ -*-===//
//
// RequestParser reads a stream of HTTP/1.1 requests (RFC 9112) from bytes
// that arrive in pieces. The caller owns the bytes: it passes, on each call,
// everything it has received and not yet seen consumed, starting at the
// first unconsumed byte. The parser consumes a header section (and a
// trailer section) only once it is complete, so the spans of a parsed
// request stay valid in the caller's buffer until the caller discards them;
// it remembers how far it has scanned, so no byte is examined twice. Body
// bytes are handed out as spans of the input as they arrive, chunk framing
// removed. The parser allocates nothing: the caller provides the array of
// header fields and the limits. It has no lenient modes; every rejection
// names an error of ParseErrors.def, which maps it to a response status.
// See docs/server.md.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_HTTP_REQUESTPARSER_H
#define KILN_HTTP_REQUESTPARSER_H

#include <stddef.h>
#include <stdint.h>

namespace kiln::http {

enum class ParseError : uint8_t {
  None,
#define KILN_HTTP_PARSE_ERROR(Name, Status, Message) Name,
#include "http/ParseErrors.def"
};

/// The response status for a parse error (400, 413, 414, 431, 501, 505).
int parseErrorStatus(ParseError error);
/// A one-line description of a parse error, for logs and error bodies.
const char *parseErrorMessage(ParseError error);
/// The enumerator's name, for tests and diagnostics.
const char *parseErrorName(ParseError error);

/// A byte range relative to the start of the buffer passed to the call of
/// RequestParser::next that returned the event describing it.
struct Span {
  uint32_t offset = 0;
  uint32_t length = 0;
};

struct HeaderField {
  Span name;  ///< a token, case preserved
  Span value; ///< leading and trailing whitespace removed
};

struct ParserLimits {
  /// Bytes of request line plus header section (and, separately, of the
  /// trailer section), both line ends included: over it, 431.
  uint32_t maxHeaderBytes = 16 * 1024;
  /// Header fields, trailers included: over it, 431.
  uint32_t maxHeaders = 100;
  /// Bytes of the request target: over it, 414.
  uint32_t maxTargetBytes = 8 * 1024;
  /// Bytes of body after chunk framing is removed: over it, 413.
  uint64_t maxBodyBytes = 1024 * 1024;
};

/// What a call of RequestParser::next found.
enum class ParseEvent : uint8_t {
  NeedMore,        ///< every byte given was consumed or needs more to decide
  HeadersComplete, ///< request() is filled in; spans are in this call's buffer
  BodyData,        ///< body() is the next piece of the body
  MessageComplete, ///< trailers (if any) are in request(); the next request
                   ///< may follow
  Error,           ///< error() says why; the parser stays in this state
};

enum class BodyFraming : uint8_t { None, ContentLength, Chunked };

struct Request {
  Span method;
  Span target;
  uint8_t versionMinor = 1; ///< HTTP/1.<versionMinor>
  bool keepAlive = true;    ///< the connection may carry another request
  BodyFraming framing = BodyFraming::None;
  uint64_t contentLength = 0; ///< with BodyFraming::ContentLength
  HeaderField *headers = nullptr;
  uint32_t headerCount = 0; ///< header fields, then trailer fields
  /// Index of the first trailer field; trailer spans are relative to the
  /// buffer of the MessageComplete call.
  uint32_t trailerBegin = 0;
};

class RequestParser {
public:
  /// `headers` holds at least limits.maxHeaders fields and outlives the
  /// parser.
  RequestParser(const ParserLimits &limits, HeaderField *headers);

  /// Parses as much of `data[0, size)` as it can and reports the first
  /// event. `data` starts at the first byte not yet consumed; `*consumed`
  /// says how many of its bytes the caller may now discard (or must skip
  /// before the next call). Bytes after those consumed must be passed again,
  /// followed by whatever arrived since. A header or trailer section is
  /// consumed as a whole with the event that completes it, so its spans are
  /// relative to `data` of that call.
  ParseEvent next(const uint8_t *data, size_t size, size_t *consumed);

  const Request &request() const { return request_; }
  /// The body piece of the last BodyData event, relative to its `data`.
  Span body() const { return body_; }
  ParseError error() const { return error_; }
  /// Body bytes delivered so far for the current request.
  uint64_t bodyBytesSeen() const { return bodySeen_; }
  /// True between the first byte of a request and its MessageComplete:
  /// an end of stream here cuts a request short.
  bool inMessage() const;

private:
  enum class State : uint8_t;

  ParseEvent fail(ParseError error);
  ParseEvent scanHead(const uint8_t *data, size_t size, size_t *consumed);
  ParseEvent scanTrailers(const uint8_t *data, size_t size, size_t *consumed);
  bool scanFieldLine(const uint8_t *section, uint32_t pos, bool *sectionDone);
  bool interpretField(const uint8_t *section, const HeaderField &field);
  ParseEvent finishHead(const uint8_t *data);
  ParseEvent chunkedBody(const uint8_t *data, size_t size, size_t *consumed);
  ParseEvent completeMessage();
  void startMessage();

  /// What the header fields read so far say about framing and persistence.
  struct FramingFields {
    bool hasLength = false;
    bool hasCoding = false;
    bool chunkedLast = false; ///< the last transfer coding is chunked
    bool otherCoding = false; ///< a coding other than chunked appeared
    bool close = false;       ///< Connection: close
    bool keepAlive = false;   ///< Connection: keep-alive
    uint64_t length = 0;
  };

  ParserLimits limits_;
  FramingFields framing_;
  HeaderField *headerStore_;
  Request request_;
  Span body_;
  ParseError error_ = ParseError::None;
  State state_;
  bool resetPending_ = false; ///< a request completed; reset on next call
  bool inTrailers_ = false;   ///< field-line states scan the trailer section
  uint32_t scanned_ = 0;      ///< bytes of the current section examined
  uint32_t tokenStart_ = 0;   ///< start of the name or value being scanned
  uint32_t valueEnd_ = 0;     ///< end of the value without trailing OWS
  uint64_t remaining_ = 0;    ///< body or chunk bytes still to come
  uint64_t bodySeen_ = 0;
  Span pendingName_; ///< name of the field whose value is scanned
  uint32_t chunkDigits_ = 0;
  uint32_t extBytes_ = 0;  ///< bytes of the current chunk's extensions
  uint8_t versionPos_ = 0; ///< bytes of "HTTP/x.y" matched
  uint8_t versionMajor_ = 0;
  bool inQuote_ = false;
  bool quoteEscape_ = false;
  /// In a chunk extension: what the last ';' or '=' still waits for.
  enum class ExtExpect : uint8_t { Nothing, Name, Value };
  ExtExpect extExpect_ = ExtExpect::Nothing;
};

} // namespace kiln::http

#endif // KILN_HTTP_REQUESTPARSER_H
