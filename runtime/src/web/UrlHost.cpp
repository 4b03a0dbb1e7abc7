//===- UrlHost.cpp - URL hosts and percent-encoding -----------------------===//
//
// The URL standard's host parser and the percent-encoding the parser
// states share (UrlParser.h, namespace url). A bracketed host is an IPv6
// address, printed with the first longest run of zero pieces compressed; a
// non-special URL's host is opaque (forbidden host code points fail, the
// rest is percent-encoded with the C0 control set); a special URL's host
// is percent-decoded, must then be ASCII (Kiln has no IDNA), is
// lowercased, must not hold a forbidden domain code point, and becomes an
// IPv4 address when its last label is a number (decimal, 0x hex or
// 0-prefixed octal parts, as the standard allows).
//
//===----------------------------------------------------------------------===//
#include "support/Decimal.h"
#include "web/UrlParser.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;
using namespace kiln::url;

bool url::inEncodeSet(uint32_t c, EncodeSet set) {
  if (c < 0x20 || c > 0x7E)
    return true;
  auto any = [c](const char *chars) { return strchr(chars, int(c)) != 0; };
  switch (set) {
  case EncodeSet::C0:
    return false;
  case EncodeSet::Fragment:
    return any(" \"<>`");
  case EncodeSet::Query:
    return any(" \"#<>");
  case EncodeSet::SpecialQuery:
    return any(" \"#<>'");
  case EncodeSet::Path:
    return any(" \"#<>?`{}");
  case EncodeSet::Userinfo:
    return any(" \"#<>?`{}/:;=@[\\]^|");
  }
  return false;
}

bool url::appendText(PodVector<char> &out, const char *text, size_t n) {
  if (!out.reserve(out.size() + n))
    return false;
  for (size_t i = 0; i < n; ++i)
    out.push(text[i]);
  return true;
}
bool url::appendText(PodVector<char> &out, const char *text) {
  return appendText(out, text, strlen(text));
}

bool url::appendEncoded(PodVector<char> &out, uint32_t c, EncodeSet set) {
  if (!inEncodeSet(c, set))
    return out.push(char(c));
  uint8_t bytes[4];
  size_t n;
  if (c < 0x80) {
    bytes[0] = uint8_t(c);
    n = 1;
  } else if (c < 0x800) {
    bytes[0] = uint8_t(0xC0 | (c >> 6));
    bytes[1] = uint8_t(0x80 | (c & 63));
    n = 2;
  } else if (c < 0x10000) {
    bytes[0] = uint8_t(0xE0 | (c >> 12));
    bytes[1] = uint8_t(0x80 | ((c >> 6) & 63));
    bytes[2] = uint8_t(0x80 | (c & 63));
    n = 3;
  } else {
    bytes[0] = uint8_t(0xF0 | (c >> 18));
    bytes[1] = uint8_t(0x80 | ((c >> 12) & 63));
    bytes[2] = uint8_t(0x80 | ((c >> 6) & 63));
    bytes[3] = uint8_t(0x80 | (c & 63));
    n = 4;
  }
  static const char kHex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; ++i) {
    char escape[3] = {'%', kHex[bytes[i] >> 4], kHex[bytes[i] & 15]};
    if (!appendText(out, escape, 3))
      return false;
  }
  return true;
}

namespace {

constexpr int32_t kEOF = -1;

// --- Hosts
// --------------------------------------------------------------------

/// Parses one IPv4 part; false for failure.
bool parseIPv4Number(const char *s, size_t n, uint64_t &out) {
  if (n == 0)
    return false;
  unsigned radix = 10;
  if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    radix = 16;
    s += 2;
    n -= 2;
  } else if (n >= 2 && s[0] == '0') {
    radix = 8;
    s += 1;
    n -= 1;
  }
  uint64_t value = 0;
  for (size_t i = 0; i < n; ++i) {
    int d = hexValue(s[i]);
    if (d < 0 || unsigned(d) >= radix)
      return false;
    value = value * radix + unsigned(d);
    if (value > (uint64_t(1) << 40))
      value = uint64_t(1) << 40; // saturate: far past any valid address
  }
  out = value;
  return true;
}

/// The parts of \p host split on '.', a trailing empty part dropped.
size_t splitParts(const PodVector<char> &host, size_t *begins, size_t *ends,
                  size_t max) {
  size_t count = 0, start = 0;
  for (size_t i = 0; i <= host.size(); ++i)
    if (i == host.size() || host[i] == '.') {
      if (count == max)
        return max + 1;
      begins[count] = start;
      ends[count] = i;
      ++count;
      start = i + 1;
    }
  if (count > 1 && begins[count - 1] == ends[count - 1])
    --count;
  return count;
}

bool endsInANumber(const PodVector<char> &host) {
  size_t begins[130], ends[130];
  size_t count = splitParts(host, begins, ends, 128);
  if (count > 128)
    return false; // too many parts to be an address; a plain domain
  const char *last = host.data() + begins[count - 1];
  size_t n = ends[count - 1] - begins[count - 1];
  if (n == 0)
    return false;
  bool digits = true;
  for (size_t i = 0; i < n; ++i)
    digits = digits && isDigit(last[i]);
  uint64_t ignored;
  return digits ||
         (n >= 2 && last[0] == '0' && (last[1] == 'x' || last[1] == 'X') &&
          (n == 2 || parseIPv4Number(last, n, ignored)));
}

bool parseIPv4(PodVector<char> &host) {
  size_t begins[6], ends[6];
  size_t count = splitParts(host, begins, ends, 5);
  if (count > 4)
    return false;
  uint64_t numbers[4];
  for (size_t i = 0; i < count; ++i)
    if (!parseIPv4Number(host.data() + begins[i], ends[i] - begins[i],
                         numbers[i]))
      return false;
  for (size_t i = 0; i + 1 < count; ++i)
    if (numbers[i] > 255)
      return false;
  if (numbers[count - 1] >= (uint64_t(1) << (8 * (5 - count))))
    return false;
  uint64_t address = numbers[count - 1];
  for (size_t i = 0; i + 1 < count; ++i)
    address += numbers[i] << (8 * (3 - i));
  char text[16];
  size_t n = 0;
  for (int shift = 24; shift >= 0; shift -= 8) {
    n += formatDecimal(uint32_t(address >> shift) & 255, text + n);
    if (shift)
      text[n++] = '.';
  }
  host.clear();
  return appendText(host, text, n);
}

bool parseIPv6(const uint32_t *input, size_t n, PodVector<char> &out) {
  uint16_t address[8] = {};
  int pieceIndex = 0, compress = -1;
  size_t p = 0;
  auto at = [&](size_t i) -> int32_t {
    return i < n ? int32_t(input[i]) : kEOF;
  };
  if (at(p) == ':') {
    if (at(p + 1) != ':')
      return false;
    p += 2;
    compress = ++pieceIndex;
  }
  while (at(p) != kEOF) {
    if (pieceIndex == 8)
      return false;
    if (at(p) == ':') {
      if (compress >= 0)
        return false;
      ++p;
      compress = ++pieceIndex;
      continue;
    }
    unsigned value = 0, length = 0;
    while (length < 4 && hexValue(at(p)) >= 0) {
      value = value * 16 + unsigned(hexValue(at(p)));
      ++p;
      ++length;
    }
    if (at(p) == '.') {
      if (length == 0)
        return false;
      p -= length;
      if (pieceIndex > 6)
        return false;
      int numbersSeen = 0;
      while (at(p) != kEOF) {
        int ipv4Piece = -1;
        if (numbersSeen > 0) {
          if (at(p) == '.' && numbersSeen < 4)
            ++p;
          else
            return false;
        }
        if (!isDigit(at(p)))
          return false;
        while (isDigit(at(p))) {
          int number = at(p) - '0';
          if (ipv4Piece == -1)
            ipv4Piece = number;
          else if (ipv4Piece == 0)
            return false;
          else
            ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255)
            return false;
          ++p;
        }
        address[pieceIndex] = uint16_t(address[pieceIndex] * 0x100 + ipv4Piece);
        ++numbersSeen;
        if (numbersSeen == 2 || numbersSeen == 4)
          ++pieceIndex;
      }
      if (numbersSeen != 4)
        return false;
      break;
    }
    if (at(p) == ':') {
      ++p;
      if (at(p) == kEOF)
        return false;
    } else if (at(p) != kEOF) {
      return false;
    }
    address[pieceIndex++] = uint16_t(value);
  }
  if (compress >= 0) {
    int swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex != 0 && swaps > 0) {
      uint16_t t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      --pieceIndex;
      --swaps;
    }
  } else if (pieceIndex != 8) {
    return false;
  }
  // Serialize: the first longest run of two or more zero pieces is "::".
  int bestStart = -1, bestLength = 1;
  for (int i = 0; i < 8;) {
    int j = i;
    while (j < 8 && address[j] == 0)
      ++j;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j == i ? i + 1 : j;
  }
  if (!out.push('['))
    return false;
  bool ignore0 = false;
  for (int i = 0; i < 8; ++i) {
    if (ignore0 && address[i] == 0)
      continue;
    ignore0 = false;
    if (i == bestStart) {
      if (!appendText(out, i == 0 ? "::" : ":"))
        return false;
      ignore0 = true;
      continue;
    }
    char piece[8];
    int len = snprintf(piece, sizeof piece, "%x", unsigned(address[i]));
    if (!appendText(out, piece, size_t(len)) || (i != 7 && !out.push(':')))
      return false;
  }
  return out.push(']');
}

bool isForbiddenHost(uint32_t c) {
  return c == 0 || c == '\t' || c == '\n' || c == '\r' || c == ' ' ||
         c == '#' || c == '/' || c == ':' || c == '<' || c == '>' || c == '?' ||
         c == '@' || c == '[' || c == '\\' || c == ']' || c == '^' || c == '|';
}

} // namespace

bool url::parseHost(const uint32_t *input, size_t n, bool special,
                    PodVector<char> &out) {
  out.clear();
  if (n > 0 && input[0] == '[') {
    if (input[n - 1] != ']')
      return false;
    return parseIPv6(input + 1, n - 2, out);
  }
  if (!special) {
    for (size_t i = 0; i < n; ++i)
      if (isForbiddenHost(input[i]) ||
          !appendEncoded(out, input[i], EncodeSet::C0))
        return false;
    return true;
  }
  // Percent-decode the UTF-8 of the input; non-ASCII needs IDNA (absent).
  for (size_t i = 0; i < n; ++i) {
    uint32_t c = input[i];
    if (c >= 0x80)
      return false;
    if (c == '%' && i + 2 < n && hexValue(int32_t(input[i + 1])) >= 0 &&
        hexValue(int32_t(input[i + 2])) >= 0) {
      c = uint32_t(hexValue(int32_t(input[i + 1])) * 16 +
                   hexValue(int32_t(input[i + 2])));
      i += 2;
      if (c >= 0x80)
        return false;
    }
    if (isForbiddenHost(c) || c < 0x20 || c == '%' || c == 0x7F)
      return false;
    if (!out.push(lower(int32_t(c))))
      return false;
  }
  if (out.empty())
    return false;
  if (endsInANumber(out))
    return parseIPv4(out);
  return true;
}
