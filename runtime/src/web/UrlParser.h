//===- UrlParser.h - The WHATWG URL parser ----------------------*- C++ -*-===//
//
// The URL standard's basic URL parser and serializer over plain byte
// buffers (no heap cells), used by the URL class (URL.cpp) and by anything
// in C++ that needs a parsed URL. A UrlRecord holds every component already
// serialized as ASCII: non-ASCII input is percent-encoded as UTF-8 and
// hosts are ASCII (a domain with non-ASCII characters would need IDNA,
// which Kiln does not implement: such input fails to parse). A list path
// is kept as its serialization ("/a/b", or "" for an empty list); an
// opaque path (non-special URLs such as "mailto:x") as its text.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_WEB_URLPARSER_H
#define KILN_WEB_URLPARSER_H

#include "string/String.h"
#include "support/PodVector.h"

#include <stddef.h>
#include <stdint.h>

namespace kiln {

struct UrlRecord {
  PodVector<char> scheme, username, password, host, path, query, fragment;
  bool hasHost = false;
  bool hasQuery = false;
  bool hasFragment = false;
  /// The path is opaque (a non-special URL without "/" after "scheme:").
  bool opaquePath = false;
  /// The port, or -1 for none (a scheme's default port is never kept).
  int32_t port = -1;
};

/// Parses the UTF-16 \p input against \p base (null for none) into
/// \p out; false for failure (TypeError "Invalid URL" in JavaScript) or
/// out of memory.
bool parseUrl(const uint16_t *input, size_t length, const UrlRecord *base,
              UrlRecord &out);

/// The record of [s, s + n) when it is an absolute http URL already in
/// the form the serializer writes (UrlFastPath.cpp): a plain lowercase
/// domain or dotted IPv4 host, a port other than 80, a path without
/// escapes or dot segments, a query, no fragment. False for anything else
/// (the caller then uses parseUrl) or on OOM.
bool parseSerializedHttpUrl(const char *s, size_t n, UrlRecord &out);

/// Remembers \p record as what the href \p href (the serialization of a
/// record, ASCII) parses into: the last one per thread. A Request's URL,
/// `new URL(request.url)` and the URL getters then parse once per request,
/// not once per step.
void rememberParsedUrl(StringView href, const UrlRecord &record);
/// The record remembered for \p text when \p text is that href (compared by
/// contents: strings are immutable, cell addresses are reused); false
/// otherwise or on OOM.
bool recallParsedUrl(StringView text, UrlRecord &out);

/// Copies \p from into \p to; false on OOM.
bool copyUrl(const UrlRecord &from, UrlRecord &to);

/// Appends the URL serializer's output to \p out; false on OOM.
bool serializeUrl(const UrlRecord &url, PodVector<char> &out,
                  bool excludeFragment = false);

/// Whether \p url's scheme is special (http, https, ws, wss, ftp, file).
bool isSpecialScheme(const UrlRecord &url);

/// The default port of \p url's scheme, or -1.
int32_t defaultPort(const UrlRecord &url);

/// What the parser's files share (UrlParser.cpp, UrlHost.cpp).
namespace url {

/// The percent-encode sets, as Node 20 applies them (the path set leaves
/// `^` and `|` alone).
enum class EncodeSet { C0, Fragment, Query, SpecialQuery, Path, Userinfo };

bool inEncodeSet(uint32_t c, EncodeSet set);
/// Appends code point \p c, percent-encoded as UTF-8 when in \p set;
/// false on OOM.
bool appendEncoded(PodVector<char> &out, uint32_t c, EncodeSet set);
bool appendText(PodVector<char> &out, const char *text, size_t n);
bool appendText(PodVector<char> &out, const char *text);
/// The host parser over code points: \p out gets the serialized host;
/// false for failure (or OOM). \p special selects domain parsing.
bool parseHost(const uint32_t *input, size_t n, bool special,
               PodVector<char> &out);

inline bool isAlpha(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isDigit(int32_t c) { return c >= '0' && c <= '9'; }
inline int hexValue(int32_t c) {
  if (isDigit(c))
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}
inline char lower(int32_t c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); }

} // namespace url

} // namespace kiln

#endif // KILN_WEB_URLPARSER_H
