//===- UrlParser.cpp - The WHATWG URL parser and serializer ---------------===//
//
// The URL standard's basic URL parser as its state machine (without state
// overrides: setters reparse a whole URL) and the URL serializer. Input is
// UTF-16; it is turned into code points (a lone surrogate becomes U+FFFD), its
// leading and trailing C0 controls and spaces are stripped and its tabs and
// newlines removed, as the standard says. Hosts and percent-encoding are in
// UrlHost.cpp.
//
//===----------------------------------------------------------------------===//
#include "web/UrlParser.h"
#include "support/Decimal.h"

#include <new>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

using namespace kiln;
using namespace kiln::url;

namespace {

constexpr int32_t kEOF = -1;

bool copyBytes(PodVector<char> &to, const PodVector<char> &from) {
  to.clear();
  return appendText(to, from.data(), from.size());
}

bool equals(const PodVector<char> &v, const char *text) {
  size_t n = strlen(text);
  return v.size() == n && (n == 0 || memcmp(v.data(), text, n) == 0);
}

// --- Paths
// --------------------------------------------------------------------

bool isWindowsDriveLetter(const char *s, size_t n, bool normalized) {
  return n == 2 && isAlpha(s[0]) &&
         (s[1] == ':' || (!normalized && s[1] == '|'));
}

/// Whether the code points from \p p start with a Windows drive letter
/// followed by the end or one of / \ ? #.
bool startsWithDriveLetter(const uint32_t *cps, size_t n, size_t p) {
  if (n - p < 2 || !isAlpha(int32_t(cps[p])) ||
      (cps[p + 1] != ':' && cps[p + 1] != '|'))
    return false;
  if (n - p == 2)
    return true;
  uint32_t c = cps[p + 2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}

void shortenPath(UrlRecord &url) {
  PodVector<char> &path = url.path;
  size_t last = path.size();
  while (last > 0 && path[last - 1] != '/')
    --last;
  if (last == 0)
    return; // empty list
  if (equals(url.scheme, "file") && last == 1 &&
      isWindowsDriveLetter(path.data() + 1, path.size() - 1, true))
    return;
  path.truncate(last - 1);
}

bool isSingleDot(const PodVector<char> &b) {
  return equals(b, ".") || (b.size() == 3 && b[0] == '%' && b[1] == '2' &&
                            (b[2] == 'e' || b[2] == 'E'));
}
bool isDoubleDot(const PodVector<char> &b) {
  size_t i = 0, dots = 0;
  while (i < b.size()) {
    if (b[i] == '.') {
      ++i;
    } else if (i + 2 < b.size() + 0 && b[i] == '%' && b[i + 1] == '2' &&
               (b[i + 2] == 'e' || b[i + 2] == 'E')) {
      i += 3;
    } else {
      return false;
    }
    ++dots;
  }
  return dots == 2;
}

} // namespace

bool kiln::isSpecialScheme(const UrlRecord &url) {
  return defaultPort(url) != -1 || equals(url.scheme, "file");
}

int32_t kiln::defaultPort(const UrlRecord &url) {
  if (equals(url.scheme, "http") || equals(url.scheme, "ws"))
    return 80;
  if (equals(url.scheme, "https") || equals(url.scheme, "wss"))
    return 443;
  if (equals(url.scheme, "ftp"))
    return 21;
  return -1;
}

bool kiln::copyUrl(const UrlRecord &from, UrlRecord &to) {
  to.hasHost = from.hasHost;
  to.hasQuery = from.hasQuery;
  to.hasFragment = from.hasFragment;
  to.opaquePath = from.opaquePath;
  to.port = from.port;
  return copyBytes(to.scheme, from.scheme) &&
         copyBytes(to.username, from.username) &&
         copyBytes(to.password, from.password) &&
         copyBytes(to.host, from.host) && copyBytes(to.path, from.path) &&
         copyBytes(to.query, from.query) &&
         copyBytes(to.fragment, from.fragment);
}

bool kiln::serializeUrl(const UrlRecord &url, PodVector<char> &out,
                        bool excludeFragment) {
  bool ok =
      appendText(out, url.scheme.data(), url.scheme.size()) && out.push(':');
  if (url.hasHost) {
    ok = ok && appendText(out, "//");
    if (!url.username.empty() || !url.password.empty()) {
      ok = ok && appendText(out, url.username.data(), url.username.size());
      if (!url.password.empty())
        ok = ok && out.push(':') &&
             appendText(out, url.password.data(), url.password.size());
      ok = ok && out.push('@');
    }
    ok = ok && appendText(out, url.host.data(), url.host.size());
    if (url.port >= 0) {
      char port[12] = {':'};
      size_t n = 1 + formatDecimal(uint32_t(url.port), port + 1);
      ok = ok && appendText(out, port, n);
    }
  } else if (!url.opaquePath && url.path.size() > 1 && url.path[0] == '/' &&
             url.path[1] == '/') {
    ok = ok && appendText(out, "/.");
  }
  ok = ok && appendText(out, url.path.data(), url.path.size());
  if (url.hasQuery)
    ok = ok && out.push('?') &&
         appendText(out, url.query.data(), url.query.size());
  if (url.hasFragment && !excludeFragment)
    ok = ok && out.push('#') &&
         appendText(out, url.fragment.data(), url.fragment.size());
  return ok;
}

namespace {

enum class State {
  SchemeStart,
  Scheme,
  NoScheme,
  SpecialRelativeOrAuthority,
  PathOrAuthority,
  Relative,
  RelativeSlash,
  SpecialAuthoritySlashes,
  SpecialAuthorityIgnoreSlashes,
  Authority,
  Host,
  Port,
  File,
  FileSlash,
  FileHost,
  PathStart,
  Path,
  OpaquePath,
  Query,
  Fragment,
};

/// The parser's state: the code points and the buffers the states share.
struct Parser {
  PodVector<uint32_t> cps;
  PodVector<uint32_t> buffer; // code points (scheme, authority, host)
  PodVector<char> segment;    // the path segment being read, encoded
  const UrlRecord *base;
  UrlRecord &url;

  Parser(const UrlRecord *b, UrlRecord &u) : base(b), url(u) {}

  bool run();
};

bool appendSegment(UrlRecord &url, const PodVector<char> &segment) {
  return url.path.push('/') &&
         appendText(url.path, segment.data(), segment.size());
}

bool Parser::run() {
  State state = State::SchemeStart;
  bool atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  size_t n = cps.size();
  bool special = false;
  // p is signed: states step back (--p) and Scheme restarts from -1.
  for (int64_t p = 0;; ++p) {
    int32_t c = p < int64_t(n) ? int32_t(cps[size_t(p)]) : kEOF;
    auto remainingStartsWith = [&](uint32_t ch) {
      return p + 1 < int64_t(n) && cps[size_t(p + 1)] == ch;
    };
    switch (state) {
    case State::SchemeStart:
      if (isAlpha(c)) {
        if (!buffer.push(uint32_t(lower(c))))
          return false;
        state = State::Scheme;
      } else {
        state = State::NoScheme;
        --p;
      }
      break;
    case State::Scheme:
      if (isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.') {
        if (!buffer.push(uint32_t(lower(c))))
          return false;
      } else if (c == ':') {
        url.scheme.clear();
        for (uint32_t ch : buffer)
          if (!url.scheme.push(char(ch)))
            return false;
        buffer.clear();
        special = isSpecialScheme(url);
        if (equals(url.scheme, "file")) {
          state = State::File;
        } else if (special && base && equals(base->scheme, "") == false &&
                   base->scheme.size() == url.scheme.size() &&
                   memcmp(base->scheme.data(), url.scheme.data(),
                          url.scheme.size()) == 0) {
          state = State::SpecialRelativeOrAuthority;
        } else if (special) {
          state = State::SpecialAuthoritySlashes;
        } else if (remainingStartsWith('/')) {
          state = State::PathOrAuthority;
          ++p;
        } else {
          url.opaquePath = true;
          state = State::OpaquePath;
        }
      } else {
        buffer.clear();
        url.scheme.clear();
        state = State::NoScheme;
        p = -1; // start over from the first code point
      }
      break;
    case State::NoScheme:
      if (!base || (base->opaquePath && c != '#'))
        return false;
      if (base->opaquePath && c == '#') {
        if (!copyBytes(url.scheme, base->scheme) ||
            !copyBytes(url.path, base->path) ||
            !copyBytes(url.query, base->query))
          return false;
        url.opaquePath = true;
        url.hasQuery = base->hasQuery;
        url.hasFragment = true;
        url.fragment.clear();
        special = isSpecialScheme(url);
        state = State::Fragment;
      } else {
        state = equals(base->scheme, "file") ? State::File : State::Relative;
        --p;
      }
      break;
    case State::SpecialRelativeOrAuthority:
      if (c == '/' && remainingStartsWith('/')) {
        state = State::SpecialAuthorityIgnoreSlashes;
        ++p;
      } else {
        state = State::Relative;
        --p;
      }
      break;
    case State::PathOrAuthority:
      if (c == '/') {
        state = State::Authority;
      } else {
        state = State::Path;
        --p;
      }
      break;
    case State::Relative:
      if (!copyBytes(url.scheme, base->scheme))
        return false;
      special = isSpecialScheme(url);
      if (c == '/' || (special && c == '\\')) {
        state = State::RelativeSlash;
      } else {
        if (!copyBytes(url.username, base->username) ||
            !copyBytes(url.password, base->password) ||
            !copyBytes(url.host, base->host) ||
            !copyBytes(url.path, base->path) ||
            !copyBytes(url.query, base->query))
          return false;
        url.hasHost = base->hasHost;
        url.port = base->port;
        url.hasQuery = base->hasQuery;
        if (c == '?') {
          url.query.clear();
          url.hasQuery = true;
          state = State::Query;
        } else if (c == '#') {
          url.hasFragment = true;
          state = State::Fragment;
        } else if (c != kEOF) {
          url.query.clear();
          url.hasQuery = false;
          shortenPath(url);
          state = State::Path;
          --p;
        }
      }
      break;
    case State::RelativeSlash:
      if (special && (c == '/' || c == '\\')) {
        state = State::SpecialAuthorityIgnoreSlashes;
      } else if (c == '/') {
        state = State::Authority;
      } else {
        if (!copyBytes(url.username, base->username) ||
            !copyBytes(url.password, base->password) ||
            !copyBytes(url.host, base->host))
          return false;
        url.hasHost = base->hasHost;
        url.port = base->port;
        state = State::Path;
        --p;
      }
      break;
    case State::SpecialAuthoritySlashes:
      state = State::SpecialAuthorityIgnoreSlashes;
      if (c == '/' && remainingStartsWith('/'))
        ++p;
      else
        --p;
      break;
    case State::SpecialAuthorityIgnoreSlashes:
      if (c != '/' && c != '\\') {
        state = State::Authority;
        --p;
      }
      break;
    case State::Authority:
      if (c == '@') {
        if (atSignSeen) {
          // "%40" goes before the buffer: re-encode what came earlier.
          PodVector<char> &target =
              passwordTokenSeen ? url.password : url.username;
          if (!appendText(target, "%40"))
            return false;
        }
        atSignSeen = true;
        for (uint32_t ch : buffer) {
          if (ch == ':' && !passwordTokenSeen) {
            passwordTokenSeen = true;
            continue;
          }
          if (!appendEncoded(passwordTokenSeen ? url.password : url.username,
                             ch, EncodeSet::Userinfo))
            return false;
        }
        buffer.clear();
      } else if (c == kEOF || c == '/' || c == '?' || c == '#' ||
                 (special && c == '\\')) {
        if (atSignSeen && buffer.empty())
          return false;
        p -= int64_t(buffer.size()) + 1;
        buffer.clear();
        state = State::Host;
      } else if (!buffer.push(uint32_t(c))) {
        return false;
      }
      break;
    case State::Host:
      if (c == ':' && !insideBrackets) {
        if (buffer.empty() ||
            !parseHost(buffer.data(), buffer.size(), special, url.host))
          return false;
        url.hasHost = true;
        buffer.clear();
        state = State::Port;
      } else if (c == kEOF || c == '/' || c == '?' || c == '#' ||
                 (special && c == '\\')) {
        --p;
        if (special && buffer.empty())
          return false;
        if (!parseHost(buffer.data(), buffer.size(), special, url.host))
          return false;
        url.hasHost = true;
        buffer.clear();
        state = State::PathStart;
      } else {
        if (c == '[')
          insideBrackets = true;
        if (c == ']')
          insideBrackets = false;
        if (!buffer.push(uint32_t(c)))
          return false;
      }
      break;
    case State::Port:
      if (isDigit(c)) {
        if (!buffer.push(uint32_t(c)))
          return false;
      } else if (c == kEOF || c == '/' || c == '?' || c == '#' ||
                 (special && c == '\\')) {
        if (!buffer.empty()) {
          uint32_t port = 0;
          for (uint32_t d : buffer) {
            port = port * 10 + (d - '0');
            if (port > 65535)
              return false;
          }
          url.port = int32_t(port) == defaultPort(url) ? -1 : int32_t(port);
          buffer.clear();
        }
        state = State::PathStart;
        --p;
      } else {
        return false;
      }
      break;
    case State::File:
      url.scheme.clear();
      if (!appendText(url.scheme, "file"))
        return false;
      special = true;
      url.host.clear();
      url.hasHost = true;
      if (c == '/' || c == '\\') {
        state = State::FileSlash;
      } else if (base && equals(base->scheme, "file")) {
        if (!copyBytes(url.host, base->host) ||
            !copyBytes(url.path, base->path) ||
            !copyBytes(url.query, base->query))
          return false;
        url.hasHost = base->hasHost;
        url.hasQuery = base->hasQuery;
        if (c == '?') {
          url.query.clear();
          url.hasQuery = true;
          state = State::Query;
        } else if (c == '#') {
          url.hasFragment = true;
          state = State::Fragment;
        } else if (c != kEOF) {
          url.query.clear();
          url.hasQuery = false;
          if (!startsWithDriveLetter(cps.data(), n, size_t(p)))
            shortenPath(url);
          else
            url.path.clear();
          state = State::Path;
          --p;
        }
      } else {
        state = State::Path;
        --p;
      }
      break;
    case State::FileSlash:
      if (c == '/' || c == '\\') {
        state = State::FileHost;
      } else {
        if (base && equals(base->scheme, "file")) {
          if (!copyBytes(url.host, base->host))
            return false;
          url.hasHost = base->hasHost;
          if (!startsWithDriveLetter(cps.data(), n, size_t(p)) &&
              base->path.size() >= 3) {
            // base's first segment, when a normalized drive letter.
            size_t end = 1;
            while (end < base->path.size() && base->path[end] != '/')
              ++end;
            if (isWindowsDriveLetter(base->path.data() + 1, end - 1, true) &&
                !appendText(url.path, base->path.data(), end))
              return false;
          }
        }
        state = State::Path;
        --p;
      }
      break;
    case State::FileHost:
      if (c == kEOF || c == '/' || c == '\\' || c == '?' || c == '#') {
        --p;
        if (buffer.size() == 2 && isAlpha(int32_t(buffer[0])) &&
            (buffer[1] == ':' || buffer[1] == '|')) {
          // The drive letter quirk: the buffer becomes the first segment.
          for (uint32_t ch : buffer)
            if (!segment.push(char(ch)))
              return false;
          buffer.clear();
          state = State::Path;
        } else if (buffer.empty()) {
          url.host.clear();
          state = State::PathStart;
        } else {
          if (!parseHost(buffer.data(), buffer.size(), true, url.host))
            return false;
          if (equals(url.host, "localhost"))
            url.host.clear();
          buffer.clear();
          state = State::PathStart;
        }
      } else if (!buffer.push(uint32_t(c))) {
        return false;
      }
      break;
    case State::PathStart:
      if (special) {
        state = State::Path;
        if (c != '/' && c != '\\')
          --p;
      } else if (c == '?') {
        url.hasQuery = true;
        state = State::Query;
      } else if (c == '#') {
        url.hasFragment = true;
        state = State::Fragment;
      } else if (c != kEOF) {
        state = State::Path;
        if (c != '/')
          --p;
      }
      break;
    case State::Path:
      if (c == kEOF || c == '/' || (special && c == '\\') || c == '?' ||
          c == '#') {
        bool slash = c == '/' || (special && c == '\\');
        if (isDoubleDot(segment)) {
          shortenPath(url);
          if (!slash && !url.path.push('/'))
            return false;
        } else if (isSingleDot(segment)) {
          if (!slash && !url.path.push('/'))
            return false;
        } else {
          if (equals(url.scheme, "file") && url.path.empty() &&
              isWindowsDriveLetter(segment.data(), segment.size(), false))
            segment[1] = ':';
          if (!appendSegment(url, segment))
            return false;
        }
        segment.clear();
        if (c == '?') {
          url.hasQuery = true;
          state = State::Query;
        } else if (c == '#') {
          url.hasFragment = true;
          state = State::Fragment;
        }
      } else if (!appendEncoded(segment, uint32_t(c), EncodeSet::Path)) {
        return false;
      }
      break;
    case State::OpaquePath:
      if (c == '?') {
        url.hasQuery = true;
        state = State::Query;
      } else if (c == '#') {
        url.hasFragment = true;
        state = State::Fragment;
      } else if (c != kEOF &&
                 !appendEncoded(url.path, uint32_t(c), EncodeSet::C0)) {
        return false;
      }
      break;
    case State::Query:
      if (c == '#') {
        url.hasFragment = true;
        state = State::Fragment;
      } else if (c != kEOF && !appendEncoded(url.query, uint32_t(c),
                                             special ? EncodeSet::SpecialQuery
                                                     : EncodeSet::Query)) {
        return false;
      }
      break;
    case State::Fragment:
      if (c != kEOF &&
          !appendEncoded(url.fragment, uint32_t(c), EncodeSet::Fragment))
        return false;
      break;
    }
    if (c == kEOF && p >= int64_t(n))
      return true;
  }
}

} // namespace

bool kiln::parseUrl(const uint16_t *input, size_t length, const UrlRecord *base,
                    UrlRecord &out) {
  Parser parser(base, out);
  size_t begin = 0, end = length;
  while (begin < end && input[begin] <= 0x20)
    ++begin;
  while (end > begin && input[end - 1] <= 0x20)
    --end;
  if (!parser.cps.reserve(end - begin + 1))
    return false;
  for (size_t i = begin; i < end; ++i) {
    uint32_t c = input[i];
    if (c == '\t' || c == '\n' || c == '\r')
      continue;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end && input[i + 1] >= 0xDC00 &&
        input[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (input[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    parser.cps.push(c);
  }
  return parser.run();
}

// --- The last parsed URL of this thread ---------------------------------

namespace {

/// The href this thread stored or parsed last and its record (see
/// rememberParsedUrl). Allocated on first use and kept for the thread's
/// life.
struct LastParsedHref {
  PodVector<char> href;
  UrlRecord record;
  bool valid = false;
};
thread_local LastParsedHref *tLastParsed;

} // namespace

void kiln::rememberParsedUrl(StringView href, const UrlRecord &record) {
  if (!href.oneByte)
    return; // an href is ASCII: this is no serialization
  if (!tLastParsed) {
    void *memory = malloc(sizeof(LastParsedHref));
    if (!memory)
      return;
    tLastParsed = new (memory) LastParsedHref;
  }
  LastParsedHref &last = *tLastParsed;
  last.valid = false;
  last.href.clear();
  if (!last.href.reserve(href.length) || !copyUrl(record, last.record))
    return;
  for (uint32_t i = 0; i < href.length; ++i)
    last.href.push(char(href.bytes()[i]));
  last.valid = true;
}

bool kiln::recallParsedUrl(StringView text, UrlRecord &out) {
  LastParsedHref *last = tLastParsed;
  if (!last || !last->valid || last->href.size() != text.length)
    return false;
  for (uint32_t i = 0; i < text.length; ++i)
    if (uint8_t(last->href[i]) != text.at(i))
      return false;
  return copyUrl(last->record, out);
}
