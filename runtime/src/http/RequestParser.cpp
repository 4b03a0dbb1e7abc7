//===- RequestParser.cpp - Incremental HTTP/1.1 request parser ------------===//
//
// A byte-at-a-time state machine over the request line and field lines
// (RFC 9112 sections 3 and 5), then the body: a counted run of bytes for
// Content-Length, or the chunked transfer coding (section 7.1) with its
// trailer section. Framing is decided from the whole header section once it
// is complete (section 6.3), rejecting every ambiguity a proxy in front
// could resolve differently. Strict everywhere: every line ends in CRLF, no
// whitespace before a colon or at the start of the section, no obs-fold.
//
//===----------------------------------------------------------------------===//
#include "http/RequestParser.h"

#include <string.h>

namespace kiln::http {

enum class RequestParser::State : uint8_t {
  Start,   ///< before a request; empty lines (CRLF) are skipped
  StartLF, ///< CR of an empty line seen
  Method,
  Target,
  Version, ///< matching "HTTP/d.d"
  RequestLineLF,
  FieldStart, ///< start of a field line or of the closing empty line
  FieldName,
  ValueOWS, ///< whitespace between colon and value
  Value,
  ValueLF,
  SectionLF, ///< CR of the empty line that ends the section seen
  HeadDone,  ///< headers reported; the body (if any) comes next
  Identity,  ///< Content-Length body
  ChunkSize,
  ChunkExt,
  ChunkSizeLF,
  ChunkData,
  ChunkDataCR,
  ChunkDataLF,
  Closed, ///< the last request ended the connection
  Failed,
};

namespace {

struct ErrorInfo {
  int status;
  const char *message;
  const char *name;
};

const ErrorInfo kErrors[] = {
    {0, "no error", "None"},
#define KILN_HTTP_PARSE_ERROR(Name, Status, Message) {Status, Message, #Name},
#include "http/ParseErrors.def"
};

/// tchar of RFC 9110 section 5.6.2.
bool isTokenChar(uint8_t c) {
  if (c >= '0' && c <= '9')
    return true;
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
    return true;
  return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

/// field-vchar of RFC 9110 section 5.5: VCHAR or obs-text.
bool isFieldVChar(uint8_t c) { return (c >= 0x21 && c <= 0x7e) || c >= 0x80; }

bool isWhitespace(uint8_t c) { return c == ' ' || c == '\t'; }

int hexDigit(uint8_t c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
    return (c | 0x20) - 'a' + 10;
  return -1;
}

bool equalsIgnoreCase(const uint8_t *s, uint32_t length, const char *lower) {
  uint32_t i = 0;
  for (; i < length; ++i) {
    if (lower[i] == 0)
      return false;
    uint8_t c = s[i];
    if (c >= 'A' && c <= 'Z')
      c |= 0x20;
    if (c != uint8_t(lower[i]))
      return false;
  }
  return lower[i] == 0;
}

/// Calls `element(begin, length)` for each non-empty element of a
/// comma-separated list (RFC 9110 section 5.6.1), whitespace trimmed.
template <typename F>
void forEachListElement(const uint8_t *s, uint32_t length, F element) {
  uint32_t i = 0;
  while (i <= length) {
    uint32_t end = i;
    while (end < length && s[end] != ',')
      ++end;
    uint32_t b = i, e = end;
    while (b < e && isWhitespace(s[b]))
      ++b;
    while (e > b && isWhitespace(s[e - 1]))
      --e;
    if (e > b)
      element(s + b, e - b);
    i = end + 1;
  }
}

} // namespace

int parseErrorStatus(ParseError error) {
  return kErrors[uint8_t(error)].status;
}
const char *parseErrorMessage(ParseError error) {
  return kErrors[uint8_t(error)].message;
}
const char *parseErrorName(ParseError error) {
  return kErrors[uint8_t(error)].name;
}

RequestParser::RequestParser(const ParserLimits &limits, HeaderField *headers)
    : limits_(limits), headerStore_(headers) {
  startMessage();
}

void RequestParser::startMessage() {
  request_ = Request();
  request_.headers = headerStore_;
  body_ = Span();
  state_ = State::Start;
  scanned_ = 0;
  remaining_ = 0;
  bodySeen_ = 0;
  versionPos_ = 0;
  inTrailers_ = false;
  framing_ = FramingFields();
}

bool RequestParser::inMessage() const {
  return state_ != State::Start && state_ != State::StartLF &&
         state_ != State::Closed && state_ != State::Failed;
}

ParseEvent RequestParser::fail(ParseError error) {
  error_ = error;
  state_ = State::Failed;
  return ParseEvent::Error;
}

ParseEvent RequestParser::next(const uint8_t *data, size_t size,
                               size_t *consumed) {
  *consumed = 0;
  // Spans are 32-bit: look at no more than 4 GiB at once.
  if (size > 0xffffffffu)
    size = 0xffffffffu;
  if (resetPending_) {
    resetPending_ = false;
    startMessage();
  }
  switch (state_) {
  case State::Failed:
    return ParseEvent::Error;
  case State::Closed:
    return size ? fail(ParseError::DataAfterClose) : ParseEvent::NeedMore;
  case State::HeadDone:
    if (request_.framing == BodyFraming::None)
      return completeMessage();
    state_ = request_.framing == BodyFraming::ContentLength ? State::Identity
                                                            : State::ChunkSize;
    return next(data, size, consumed);
  case State::Identity: {
    if (remaining_ == 0)
      return completeMessage();
    if (size == 0)
      return ParseEvent::NeedMore;
    uint64_t n = remaining_ < size ? remaining_ : size;
    body_ = Span{0, uint32_t(n)};
    remaining_ -= n;
    bodySeen_ += n;
    *consumed = size_t(n);
    return ParseEvent::BodyData;
  }
  case State::ChunkSize:
  case State::ChunkExt:
  case State::ChunkSizeLF:
  case State::ChunkData:
  case State::ChunkDataCR:
  case State::ChunkDataLF:
    return chunkedBody(data, size, consumed);
  default:
    return inTrailers_ ? scanTrailers(data, size, consumed)
                       : scanHead(data, size, consumed);
  }
}

/// Scans one byte of a field line at `pos` (relative to the section start).
/// Returns false after recording an error; sets `*sectionDone` at the LF
/// of the empty line that ends the section.
bool RequestParser::scanFieldLine(const uint8_t *section, uint32_t pos,
                                  bool *sectionDone) {
  uint8_t c = section[pos];
  switch (state_) {
  case State::FieldStart:
    if (c == '\r') {
      state_ = State::SectionLF;
    } else if (isTokenChar(c)) {
      tokenStart_ = pos;
      state_ = State::FieldName;
    } else {
      fail(c == '\n'         ? ParseError::BareLineFeed
           : isWhitespace(c) ? ParseError::ObsoleteLineFolding
                             : ParseError::BadHeaderName);
      return false;
    }
    return true;
  case State::FieldName:
    if (c == ':') {
      pendingName_ = Span{tokenStart_, pos - tokenStart_};
      state_ = State::ValueOWS;
    } else if (!isTokenChar(c)) {
      fail(ParseError::BadHeaderName);
      return false;
    }
    return true;
  case State::ValueOWS:
  case State::Value:
    if (isWhitespace(c))
      return true;
    if (c == '\r') {
      if (state_ == State::ValueOWS)
        tokenStart_ = valueEnd_ = pos;
      state_ = State::ValueLF;
      return true;
    }
    if (!isFieldVChar(c)) {
      fail(c == '\n' ? ParseError::BareLineFeed : ParseError::BadHeaderValue);
      return false;
    }
    if (state_ == State::ValueOWS) {
      tokenStart_ = pos;
      state_ = State::Value;
    }
    valueEnd_ = pos + 1;
    return true;
  case State::ValueLF:
    if (c != '\n') {
      fail(ParseError::BareCarriageReturn);
      return false;
    }
    if (request_.headerCount >= limits_.maxHeaders) {
      fail(ParseError::TooManyHeaders);
      return false;
    }
    headerStore_[request_.headerCount] =
        HeaderField{pendingName_, Span{tokenStart_, valueEnd_ - tokenStart_}};
    if (!inTrailers_ &&
        !interpretField(section, headerStore_[request_.headerCount]))
      return false;
    ++request_.headerCount;
    state_ = State::FieldStart;
    return true;
  case State::SectionLF:
    if (c != '\n') {
      fail(ParseError::BareCarriageReturn);
      return false;
    }
    *sectionDone = true;
    return true;
  default:
    return false;
  }
}

ParseEvent RequestParser::scanHead(const uint8_t *data, size_t size,
                                   size_t *consumed) {
  static const char kHttpSlash[] = "HTTP/";
  uint32_t pos = scanned_;
  for (; pos < size; ++pos) {
    uint8_t c = data[pos];
    if (pos >= limits_.maxHeaderBytes)
      return fail(state_ == State::Target ? ParseError::TargetTooLong
                                          : ParseError::HeaderSectionTooLarge);
    switch (state_) {
    case State::Start:
      // Empty lines before a request line are ignored (RFC 9112 section
      // 2.2); they count towards the header section's limit.
      if (c == '\r') {
        state_ = State::StartLF;
      } else if (isTokenChar(c)) {
        tokenStart_ = pos;
        state_ = State::Method;
      } else {
        return fail(c == '\n' ? ParseError::BareLineFeed
                              : ParseError::BadMethod);
      }
      break;
    case State::StartLF:
      if (c != '\n')
        return fail(ParseError::BareCarriageReturn);
      state_ = State::Start;
      break;
    case State::Method:
      if (c == ' ') {
        request_.method = Span{tokenStart_, pos - tokenStart_};
        tokenStart_ = pos + 1;
        state_ = State::Target;
      } else if (!isTokenChar(c)) {
        return fail(c == '\r' || c == '\n' ? ParseError::BadRequestLine
                                           : ParseError::BadMethod);
      }
      break;
    case State::Target:
      if (c == ' ') {
        if (pos == tokenStart_)
          return fail(ParseError::BadRequestLine);
        request_.target = Span{tokenStart_, pos - tokenStart_};
        versionPos_ = 0;
        state_ = State::Version;
      } else if (c < 0x21 || c >= 0x7f) {
        return fail(c == '\r' || c == '\n' ? ParseError::BadRequestLine
                                           : ParseError::BadTarget);
      } else if (pos - tokenStart_ >= limits_.maxTargetBytes) {
        return fail(ParseError::TargetTooLong);
      }
      break;
    case State::Version:
      if (versionPos_ < 5) {
        if (c != uint8_t(kHttpSlash[versionPos_]))
          return fail(ParseError::BadVersion);
      } else if (versionPos_ == 5 || versionPos_ == 7) {
        if (c < '0' || c > '9')
          return fail(ParseError::BadVersion);
        if (versionPos_ == 5) {
          versionMajor_ = c - '0';
        } else {
          request_.versionMinor = c - '0';
          if (versionMajor_ != 1 || request_.versionMinor > 1)
            return fail(ParseError::UnsupportedVersion);
        }
      } else if (versionPos_ == 6) {
        if (c != '.')
          return fail(ParseError::BadVersion);
      } else {
        if (c == '\n')
          return fail(ParseError::BareLineFeed);
        if (c != '\r')
          return fail(ParseError::BadRequestLine);
        state_ = State::RequestLineLF;
      }
      ++versionPos_;
      break;
    case State::RequestLineLF:
      if (c != '\n')
        return fail(ParseError::BareCarriageReturn);
      state_ = State::FieldStart;
      break;
    default: {
      bool done = false;
      if (!scanFieldLine(data, pos, &done))
        return ParseEvent::Error;
      if (done) {
        *consumed = pos + 1;
        return finishHead(data);
      }
      break;
    }
    }
  }
  scanned_ = pos;
  return ParseEvent::NeedMore;
}

/// Applies a header field that decides framing or persistence as soon as
/// it is complete, so that a bad one is rejected before the section ends.
bool RequestParser::interpretField(const uint8_t *section,
                                   const HeaderField &f) {
  const uint8_t *name = section + f.name.offset;
  const uint8_t *value = section + f.value.offset;
  uint32_t valueLength = f.value.length;
  ParseError error = ParseError::None;
  if (equalsIgnoreCase(name, f.name.length, "content-length")) {
    // 1*DIGIT only: no lists, signs or whitespace inside.
    uint64_t n = 0;
    if (valueLength == 0 || valueLength > 18)
      error = ParseError::BadContentLength;
    for (uint32_t k = 0; k < valueLength && error == ParseError::None; ++k) {
      if (value[k] < '0' || value[k] > '9')
        error = ParseError::BadContentLength;
      n = n * 10 + (value[k] - '0');
    }
    if (error == ParseError::None && framing_.hasLength && n != framing_.length)
      error = ParseError::ConflictingContentLength;
    framing_.hasLength = true;
    framing_.length = n;
  } else if (equalsIgnoreCase(name, f.name.length, "transfer-encoding")) {
    framing_.hasCoding = true;
    forEachListElement(value, valueLength, [&](const uint8_t *s, uint32_t n) {
      // Nothing may follow chunked: it is applied once, last.
      if (framing_.chunkedLast && error == ParseError::None)
        error = ParseError::ChunkedNotFinal;
      framing_.chunkedLast = equalsIgnoreCase(s, n, "chunked");
      if (!framing_.chunkedLast)
        framing_.otherCoding = true;
    });
  } else if (equalsIgnoreCase(name, f.name.length, "connection")) {
    forEachListElement(value, valueLength, [&](const uint8_t *s, uint32_t n) {
      if (equalsIgnoreCase(s, n, "close"))
        framing_.close = true;
      else if (equalsIgnoreCase(s, n, "keep-alive"))
        framing_.keepAlive = true;
    });
  }
  if (error == ParseError::None && framing_.hasCoding) {
    if (request_.versionMinor == 0)
      error = ParseError::TransferEncodingInHttp10;
    else if (framing_.hasLength)
      error = ParseError::ContentLengthWithTransferEncoding;
  }
  if (error != ParseError::None) {
    fail(error);
    return false;
  }
  return true;
}

ParseEvent RequestParser::finishHead(const uint8_t *data) {
  Request &r = request_;
  if (framing_.hasCoding) {
    if (!framing_.chunkedLast)
      return fail(ParseError::ChunkedNotFinal);
    if (framing_.otherCoding)
      return fail(ParseError::UnknownTransferCoding);
    r.framing = BodyFraming::Chunked;
  } else if (framing_.hasLength) {
    if (framing_.length > limits_.maxBodyBytes)
      return fail(ParseError::BodyTooLarge);
    r.framing =
        framing_.length ? BodyFraming::ContentLength : BodyFraming::None;
    r.contentLength = framing_.length;
    remaining_ = framing_.length;
  }
  if (equalsIgnoreCase(data + r.method.offset, r.method.length, "connect"))
    return fail(ParseError::MethodNotImplemented);
  r.keepAlive = !framing_.close && (r.versionMinor >= 1 || framing_.keepAlive);
  r.trailerBegin = r.headerCount;
  state_ = State::HeadDone;
  chunkDigits_ = 0;
  extBytes_ = 0;
  return ParseEvent::HeadersComplete;
}

ParseEvent RequestParser::chunkedBody(const uint8_t *data, size_t size,
                                      size_t *consumed) {
  for (size_t i = 0; i < size; ++i) {
    uint8_t c = data[i];
    switch (state_) {
    case State::ChunkSize: {
      int digit = hexDigit(c);
      if (digit >= 0) {
        if (remaining_ > (UINT64_MAX >> 4))
          return fail(ParseError::BadChunkSize);
        remaining_ = remaining_ * 16 + uint64_t(digit);
        ++chunkDigits_;
      } else if (chunkDigits_ > 0 && (c == ';' || c == '\r')) {
        state_ = c == ';' ? State::ChunkExt : State::ChunkSizeLF;
        inQuote_ = quoteEscape_ = false;
        extExpect_ = c == ';' ? ExtExpect::Name : ExtExpect::Nothing;
      } else {
        return fail(c == '\n' ? ParseError::BareLineFeed
                              : ParseError::BadChunkSize);
      }
      break;
    }
    case State::ChunkExt:
      // chunk-ext = *( BWS ";" BWS name [ BWS "=" BWS value ] ), value a
      // token or quoted-string (RFC 9112 section 7.1.1): extensions are
      // checked for syntax and otherwise ignored.
      if (++extBytes_ > limits_.maxHeaderBytes)
        return fail(ParseError::BadChunkExtension);
      if (inQuote_) {
        if (quoteEscape_)
          quoteEscape_ = false;
        else if (c == '\\')
          quoteEscape_ = true;
        else if (c == '"')
          inQuote_ = false;
        if (!isFieldVChar(c) && !isWhitespace(c))
          return fail(ParseError::BadChunkExtension);
      } else if (c == '\r') {
        if (extExpect_ != ExtExpect::Nothing)
          return fail(ParseError::BadChunkExtension);
        state_ = State::ChunkSizeLF;
      } else if (c == '"') {
        if (extExpect_ != ExtExpect::Value)
          return fail(ParseError::BadChunkExtension);
        extExpect_ = ExtExpect::Nothing;
        inQuote_ = true;
      } else if (c == ';' || c == '=') {
        if (extExpect_ != ExtExpect::Nothing)
          return fail(ParseError::BadChunkExtension);
        extExpect_ = c == ';' ? ExtExpect::Name : ExtExpect::Value;
      } else if (isTokenChar(c)) {
        extExpect_ = ExtExpect::Nothing;
      } else if (!isWhitespace(c)) {
        return fail(c == '\n' ? ParseError::BareLineFeed
                              : ParseError::BadChunkExtension);
      }
      break;
    case State::ChunkSizeLF:
      if (c != '\n')
        return fail(ParseError::BareCarriageReturn);
      if (remaining_ == 0) {
        // The last chunk: the trailer section starts after this line.
        state_ = State::FieldStart;
        inTrailers_ = true;
        scanned_ = 0;
        size_t rest = 0;
        ParseEvent event = scanTrailers(data + i + 1, size - i - 1, &rest);
        if (event == ParseEvent::MessageComplete) {
          for (uint32_t k = request_.trailerBegin; k < request_.headerCount;
               ++k) {
            request_.headers[k].name.offset += uint32_t(i + 1);
            request_.headers[k].value.offset += uint32_t(i + 1);
          }
          *consumed = i + 1 + rest;
        } else {
          *consumed = i + 1;
        }
        return event;
      }
      if (remaining_ > limits_.maxBodyBytes - bodySeen_)
        return fail(ParseError::BodyTooLarge);
      state_ = State::ChunkData;
      break;
    case State::ChunkData: {
      uint64_t n = remaining_ < size - i ? remaining_ : size - i;
      body_ = Span{uint32_t(i), uint32_t(n)};
      remaining_ -= n;
      bodySeen_ += n;
      if (remaining_ == 0)
        state_ = State::ChunkDataCR;
      *consumed = i + size_t(n);
      return ParseEvent::BodyData;
    }
    case State::ChunkDataCR:
      if (c != '\r')
        return fail(c == '\n' ? ParseError::BareLineFeed
                              : ParseError::BadChunkTerminator);
      state_ = State::ChunkDataLF;
      break;
    case State::ChunkDataLF:
      if (c != '\n')
        return fail(ParseError::BareCarriageReturn);
      state_ = State::ChunkSize;
      chunkDigits_ = 0;
      extBytes_ = 0;
      break;
    default:
      return fail(ParseError::BadChunkSize);
    }
  }
  *consumed = size;
  return ParseEvent::NeedMore;
}

ParseEvent RequestParser::completeMessage() {
  if (request_.keepAlive) {
    state_ = State::Start;
    resetPending_ = true;
  } else {
    state_ = State::Closed;
  }
  return ParseEvent::MessageComplete;
}

/// The trailer section (RFC 9112 section 7.1.2): field lines like the
/// header section's, appended to the request's fields, consumed whole when
/// the empty line ends it.
ParseEvent RequestParser::scanTrailers(const uint8_t *data, size_t size,
                                       size_t *consumed) {
  uint32_t pos = scanned_;
  for (; pos < size; ++pos) {
    if (pos >= limits_.maxHeaderBytes)
      return fail(ParseError::HeaderSectionTooLarge);
    bool done = false;
    if (!scanFieldLine(data, pos, &done))
      return ParseEvent::Error;
    if (done) {
      *consumed = pos + 1;
      return completeMessage();
    }
  }
  scanned_ = pos;
  return ParseEvent::NeedMore;
}

} // namespace kiln::http
