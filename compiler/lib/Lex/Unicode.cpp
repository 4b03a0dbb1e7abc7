//===- Unicode.cpp - Code point classification and UTF-8 for the lexer ----===//
//
// Binary searches over the generated range tables of
// UnicodeIdentifierTables.inc, a strict UTF-8 decoder (Unicode's
// "well-formed UTF-8" table: no overlong forms, no surrogates, nothing above
// U+10FFFF) and the WTF-8 encoder the lexer uses for cooked string values.
//
//===----------------------------------------------------------------------===//
#include "Unicode.h"

#include <algorithm>
#include <cstdio>

using namespace kiln;

namespace {
/// An inclusive range [first, last] of code points.
struct CodePointRange {
  uint32_t first, last;
};
} // namespace

#include "UnicodeIdentifierTables.inc"

template <size_t N>
static bool inRanges(const CodePointRange (&ranges)[N], uint32_t cp) {
  // The first range whose last >= cp is the only candidate.
  const CodePointRange *it = std::lower_bound(
      ranges, ranges + N, cp,
      [](const CodePointRange &r, uint32_t c) { return r.last < c; });
  return it != ranges + N && it->first <= cp;
}

const char *unicode::getUnicodeVersion() { return KILN_UNICODE_VERSION; }

bool unicode::isIDStart(uint32_t cp) {
  if (cp < 0x80)
    return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return inRanges(kIDStartRanges, cp);
}

bool unicode::isIDContinue(uint32_t cp) {
  if (cp < 0x80)
    return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ||
           (cp >= '0' && cp <= '9') || cp == '_';
  return inRanges(kIDContinueRanges, cp);
}

bool unicode::isNonASCIIWhiteSpace(uint32_t cp) {
  if (cp < 0x80)
    return false;
  return cp == 0xFEFF || inRanges(kSpaceSeparatorRanges, cp);
}

unsigned unicode::decodeUTF8(const char *p, const char *end, uint32_t &cp) {
  const unsigned char *s = reinterpret_cast<const unsigned char *>(p);
  size_t avail = size_t(end - p);
  unsigned char b0 = s[0];
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  if (b0 < 0xC2 || b0 > 0xF4)
    return 0; // Continuation byte, overlong 2-byte lead, or out of range.
  auto isCont = [](unsigned char b) { return (b & 0xC0) == 0x80; };
  if (b0 < 0xE0) {
    if (avail < 2 || !isCont(s[1]))
      return 0;
    cp = (uint32_t(b0 & 0x1F) << 6) | (s[1] & 0x3F);
    return 2;
  }
  if (b0 < 0xF0) {
    if (avail < 3)
      return 0;
    unsigned char b1 = s[1];
    // E0 needs A0..BF (no overlongs); ED needs 80..9F (no surrogates).
    unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
    unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
    if (b1 < lo || b1 > hi || !isCont(s[2]))
      return 0;
    cp = (uint32_t(b0 & 0x0F) << 12) | (uint32_t(b1 & 0x3F) << 6) |
         (s[2] & 0x3F);
    return 3;
  }
  if (avail < 4)
    return 0;
  unsigned char b1 = s[1];
  // F0 needs 90..BF (no overlongs); F4 needs 80..8F (<= U+10FFFF).
  unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
  unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
  if (b1 < lo || b1 > hi || !isCont(s[2]) || !isCont(s[3]))
    return 0;
  cp = (uint32_t(b0 & 0x07) << 18) | (uint32_t(b1 & 0x3F) << 12) |
       (uint32_t(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
  return 4;
}

void unicode::appendUTF8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

void unicode::appendCodePointWTF8(std::string &out, uint32_t cp) {
  if (cp >= 0xDC00 && cp <= 0xDFFF && out.size() >= 3) {
    // A leading surrogate U+D800..U+DBFF is encoded as ED A0..AF xx.
    const unsigned char *t =
        reinterpret_cast<const unsigned char *>(out.data() + out.size() - 3);
    if (t[0] == 0xED && t[1] >= 0xA0 && t[1] <= 0xAF) {
      uint32_t lead = 0xD000 | (uint32_t(t[1] & 0x3F) << 6) | (t[2] & 0x3F);
      out.resize(out.size() - 3);
      appendUTF8(out, 0x10000 + ((lead - 0xD800) << 10) + (cp - 0xDC00));
      return;
    }
  }
  appendUTF8(out, cp);
}

const char *unicode::formatCodePoint(uint32_t cp, char *buf) {
  std::snprintf(buf, 12, "U+%04X", unsigned(cp));
  return buf;
}
