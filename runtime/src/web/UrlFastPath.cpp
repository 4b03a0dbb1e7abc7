//===- UrlFastPath.cpp - Request URLs already in serialized form ----------===//
//
// parseSerializedHttpUrl: the record of an absolute http URL that is
// already what the URL serializer would write, recognized without the
// general state machine. Every request makes one ("http://" + Host +
// target), and almost all of them are plain: a lowercase domain or dotted
// IPv4 address, maybe a port, a path of unreserved characters and a query.
// The check is conservative: anything the general parser could rewrite
// (uppercase, percent-escapes in the path, dot segments, the default port,
// numeric host forms, IDNA labels, characters an encode set covers, a
// fragment) is refused, and the caller parses normally. A unit test
// compares this path with the general parser over thousands of URLs.
//
//===----------------------------------------------------------------------===//
#include "web/UrlParser.h"

using namespace kiln;

namespace {

bool isLowerAlpha(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// A domain the host parser keeps as it is: lowercase labels of letters,
/// digits and '-', no empty label, none starting with "xn--", and a last
/// label that starts with a letter (so it is not read as a number).
bool isPlainDomain(const char *s, size_t n) {
  if (n == 0 || n > 253)
    return false;
  size_t labelStart = 0;
  for (size_t i = 0; i <= n; ++i) {
    if (i < n && s[i] != '.') {
      if (!isLowerAlpha(s[i]) && !isDigit(s[i]) && s[i] != '-')
        return false;
      continue;
    }
    size_t length = i - labelStart;
    if (length == 0 || length > 63)
      return false;
    if (length >= 4 && s[labelStart] == 'x' && s[labelStart + 1] == 'n' &&
        s[labelStart + 2] == '-' && s[labelStart + 3] == '-')
      return false;
    if (i == n && !isLowerAlpha(s[labelStart]))
      return false;
    labelStart = i + 1;
  }
  return true;
}

/// Four decimal parts 0-255 without leading zeros: IPv4 as serialized.
bool isDottedQuad(const char *s, size_t n) {
  size_t i = 0;
  for (int part = 0; part < 4; ++part) {
    if (part > 0 && (i >= n || s[i++] != '.'))
      return false;
    size_t start = i;
    unsigned value = 0;
    while (i < n && isDigit(s[i]) && i - start < 3)
      value = value * 10 + unsigned(s[i++] - '0');
    size_t digits = i - start;
    if (digits == 0 || value > 255 || (digits > 1 && s[start] == '0'))
      return false;
  }
  return i == n;
}

/// Path characters no encode set touches and that make no dot segment
/// question: unreserved, sub-delims, ':' '@' '/'.
bool isPlainPathChar(char c) {
  if (isLowerAlpha(c) || isDigit(c) || (c >= 'A' && c <= 'Z'))
    return true;
  switch (c) {
  case '-':
  case '.':
  case '_':
  case '~':
  case '!':
  case '$':
  case '&':
  case '(':
  case ')':
  case '*':
  case '+':
  case ',':
  case ';':
  case '=':
  case ':':
  case '@':
  case '/':
    return true;
  default:
    return false;
  }
}

/// Query characters the special-query set leaves alone (the path's, plus
/// '?' and '%', which the query keeps as they are).
bool isPlainQueryChar(char c) {
  return isPlainPathChar(c) || c == '?' || c == '%';
}

/// No "." or ".." segment in the path [s, s + n) (which starts with '/').
bool hasNoDotSegment(const char *s, size_t n) {
  size_t start = 1;
  for (size_t i = 1; i <= n; ++i) {
    if (i < n && s[i] != '/')
      continue;
    size_t length = i - start;
    if ((length == 1 && s[start] == '.') ||
        (length == 2 && s[start] == '.' && s[start + 1] == '.'))
      return false;
    start = i + 1;
  }
  return true;
}

bool setText(PodVector<char> &to, const char *from, size_t n) {
  to.clear();
  if (!to.reserve(n))
    return false;
  for (size_t i = 0; i < n; ++i)
    to.push(from[i]);
  return true;
}

} // namespace

bool kiln::parseSerializedHttpUrl(const char *s, size_t n, UrlRecord &out) {
  static const char kPrefix[] = "http://";
  const size_t prefixLength = sizeof kPrefix - 1;
  if (n <= prefixLength)
    return false;
  for (size_t i = 0; i < prefixLength; ++i)
    if (s[i] != kPrefix[i])
      return false;
  size_t hostStart = prefixLength, i = hostStart;
  while (i < n && s[i] != ':' && s[i] != '/' && s[i] != '?' && s[i] != '#')
    ++i;
  size_t hostEnd = i;
  int32_t port = -1;
  if (i < n && s[i] == ':') {
    size_t start = ++i;
    int32_t value = 0;
    while (i < n && isDigit(s[i]) && i - start < 5)
      value = value * 10 + (s[i++] - '0');
    size_t digits = i - start;
    if (digits == 0 || value > 65535 || value == 80 ||
        (digits > 1 && s[start] == '0'))
      return false;
    port = value;
  }
  // The path is present (at least "/"): the serializer always writes one.
  if (i >= n || s[i] != '/')
    return false;
  size_t pathStart = i;
  while (i < n && s[i] != '?') {
    if (!isPlainPathChar(s[i]))
      return false;
    ++i;
  }
  size_t pathEnd = i;
  bool hasQuery = i < n;
  size_t queryStart = hasQuery ? i + 1 : n;
  for (i = queryStart; i < n; ++i)
    if (!isPlainQueryChar(s[i]))
      return false;
  const char *host = s + hostStart;
  size_t hostLength = hostEnd - hostStart;
  if (!isDottedQuad(host, hostLength) && !isPlainDomain(host, hostLength))
    return false;
  if (!hasNoDotSegment(s + pathStart, pathEnd - pathStart))
    return false;
  out.hasHost = true;
  out.hasQuery = hasQuery;
  out.hasFragment = false;
  out.opaquePath = false;
  out.port = port;
  return setText(out.scheme, "http", 4) && setText(out.username, "", 0) &&
         setText(out.password, "", 0) && setText(out.host, host, hostLength) &&
         setText(out.path, s + pathStart, pathEnd - pathStart) &&
         setText(out.query, s + queryStart, n - queryStart) &&
         setText(out.fragment, "", 0);
}
