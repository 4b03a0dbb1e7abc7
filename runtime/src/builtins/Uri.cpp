//===- Uri.cpp - encodeURI, encodeURIComponent, decodeURI and friends -----===//
//
// The global URI handling functions: the spec's Encode and Decode
// operations over a string's code units. Encoding escapes each code point
// outside the unescaped set as the %XX bytes of its UTF-8 form (a lone
// surrogate is a URIError); decoding turns %XX sequences back into the code
// points whose well-formed UTF-8 they spell (anything else is a URIError)
// and leaves single-byte escapes of the preserved set (the reserved
// characters and '#', for decodeURI) as they were written.
//
//===----------------------------------------------------------------------===//
#include "builtins/StringInternal.h"

#include "support/PodVector.h"

#include <string.h>

using namespace kiln;

namespace {

/// uriReserved plus '#': what encodeURI leaves and decodeURI preserves.
constexpr const char *kReservedAndHash = ";/?:@&=+$,#";
/// uriMark: unescaped by both encoders.
constexpr const char *kMarks = "-_.!~*'()";

bool inSet(uint16_t c, const char *set) {
  return c && c < 0x80 && strchr(set, int(c)) != nullptr;
}

bool isUnescaped(uint16_t c, bool keepReserved) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || inSet(c, kMarks) ||
         (keepReserved && inSet(c, kReservedAndHash));
}

int hexValue(uint16_t c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

KilnValue malformed(Runtime &rt) {
  return rt.raise(ErrorKind::URIError, "URI malformed");
}

KilnValue finish(Runtime &rt, PodVector<uint16_t> &out) {
  if (out.size() > kMaxStringLength)
    return rt.raise(ErrorKind::RangeError, "Invalid string length");
  if (out.empty())
    return stringValue(rt.emptyString());
  StringCell *s = newStringFromUtf16(rt, out.data(), uint32_t(out.size()));
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

/// Encode(string, extraUnescaped).
KilnValue encode(Runtime &rt, KilnValue arg, bool keepReserved) {
  StringCell *s = flatArg(rt, arg);
  if (!s)
    return KILN_VALUE_EXCEPTION;
  StringView v = viewFlat(s);
  PodVector<uint16_t> out;
  if (!out.reserve(v.length))
    return rt.raiseOutOfMemory();
  static const char kHex[] = "0123456789ABCDEF";
  for (uint32_t k = 0; k < v.length; ++k) {
    uint16_t c = v.at(k);
    if (isUnescaped(c, keepReserved)) {
      if (!out.push(c))
        return rt.raiseOutOfMemory();
      continue;
    }
    uint32_t cp = c;
    if (c >= 0xDC00 && c <= 0xDFFF)
      return malformed(rt);
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (k + 1 == v.length || v.at(k + 1) < 0xDC00 || v.at(k + 1) > 0xDFFF)
        return malformed(rt);
      cp = 0x10000 + ((c - 0xD800u) << 10) + (v.at(++k) - 0xDC00u);
    }
    uint8_t bytes[4];
    unsigned n;
    if (cp < 0x80) {
      bytes[0] = uint8_t(cp);
      n = 1;
    } else if (cp < 0x800) {
      bytes[0] = uint8_t(0xC0 | cp >> 6);
      bytes[1] = uint8_t(0x80 | (cp & 0x3F));
      n = 2;
    } else if (cp < 0x10000) {
      bytes[0] = uint8_t(0xE0 | cp >> 12);
      bytes[1] = uint8_t(0x80 | ((cp >> 6) & 0x3F));
      bytes[2] = uint8_t(0x80 | (cp & 0x3F));
      n = 3;
    } else {
      bytes[0] = uint8_t(0xF0 | cp >> 18);
      bytes[1] = uint8_t(0x80 | ((cp >> 12) & 0x3F));
      bytes[2] = uint8_t(0x80 | ((cp >> 6) & 0x3F));
      bytes[3] = uint8_t(0x80 | (cp & 0x3F));
      n = 4;
    }
    for (unsigned i = 0; i < n; ++i)
      if (!out.push('%') || !out.push(uint16_t(kHex[bytes[i] >> 4])) ||
          !out.push(uint16_t(kHex[bytes[i] & 15])))
        return rt.raiseOutOfMemory();
  }
  return finish(rt, out);
}

/// The byte spelled by the escape "%XX" at \p k of \p v, or -1.
int escapedByte(StringView v, uint32_t k) {
  if (uint64_t(k) + 3 > v.length || v.at(k) != '%')
    return -1;
  int hi = hexValue(v.at(k + 1)), lo = hexValue(v.at(k + 2));
  return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

/// Decode(string, preserveEscapeSet).
KilnValue decode(Runtime &rt, KilnValue arg, bool preserveReserved) {
  StringCell *s = flatArg(rt, arg);
  if (!s)
    return KILN_VALUE_EXCEPTION;
  StringView v = viewFlat(s);
  PodVector<uint16_t> out;
  if (!out.reserve(v.length))
    return rt.raiseOutOfMemory();
  for (uint32_t k = 0; k < v.length; ++k) {
    uint16_t c = v.at(k);
    if (c != '%') {
      if (!out.push(c))
        return rt.raiseOutOfMemory();
      continue;
    }
    int b = escapedByte(v, k);
    if (b < 0)
      return malformed(rt);
    if (b < 0x80) {
      bool keep = preserveReserved && inSet(uint16_t(b), kReservedAndHash);
      bool ok =
          keep ? out.push('%') && out.push(v.at(k + 1)) && out.push(v.at(k + 2))
               : out.push(uint16_t(b));
      if (!ok)
        return rt.raiseOutOfMemory();
      k += 2;
      continue;
    }
    // A multi-byte sequence: its length from the lead byte's high bits.
    unsigned n = (b & 0xE0) == 0xC0   ? 2
                 : (b & 0xF0) == 0xE0 ? 3
                 : (b & 0xF8) == 0xF0 ? 4
                                      : 0;
    if (!n)
      return malformed(rt);
    uint32_t cp = uint32_t(b) & (0x7Fu >> n);
    k += 2;
    for (unsigned j = 1; j < n; ++j) {
      int cont = escapedByte(v, k + 1);
      if (cont < 0 || (cont & 0xC0) != 0x80)
        return malformed(rt);
      cp = cp << 6 | uint32_t(cont & 0x3F);
      k += 3;
    }
    static const uint32_t kMinForLength[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[n] || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return malformed(rt);
    bool ok;
    if (cp < 0x10000) {
      ok = out.push(uint16_t(cp));
    } else {
      cp -= 0x10000;
      ok = out.push(uint16_t(0xD800 + (cp >> 10))) &&
           out.push(uint16_t(0xDC00 + (cp & 0x3FF)));
    }
    if (!ok)
      return rt.raiseOutOfMemory();
  }
  return finish(rt, out);
}

} // namespace

KilnValue kiln::globalEncodeURI(Runtime &rt, KilnValue, KilnValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return encode(rt, argAt(args, argc, 0), true);
}

KilnValue kiln::globalEncodeURIComponent(Runtime &rt, KilnValue, KilnValue,
                                         const KilnValue *args, uint32_t argc,
                                         bool) {
  return encode(rt, argAt(args, argc, 0), false);
}

KilnValue kiln::globalDecodeURI(Runtime &rt, KilnValue, KilnValue,
                                const KilnValue *args, uint32_t argc, bool) {
  return decode(rt, argAt(args, argc, 0), true);
}

KilnValue kiln::globalDecodeURIComponent(Runtime &rt, KilnValue, KilnValue,
                                         const KilnValue *args, uint32_t argc,
                                         bool) {
  return decode(rt, argAt(args, argc, 0), false);
}
