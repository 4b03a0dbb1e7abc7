//===- Utf.cpp - UTF-8 <-> UTF-16 conversion for strings ------------------===//
//
// Converts between the UTF-8 that crosses I/O boundaries (request bodies,
// headers, console output) and the UTF-16 code units of JavaScript strings.
// Decoding follows the WHATWG Encoding standard's UTF-8 decoder: each maximal
// ill-formed subpart becomes one U+FFFD. Encoding writes lone surrogates as
// U+FFFD, as TextEncoder does. Pure-ASCII input takes a copy-only fast path
// and Latin-1 results stay one-byte strings.
//
//===----------------------------------------------------------------------===//
#include "string/String.h"

#include "core/Runtime.h"

#include <string.h>

using namespace kiln;

namespace {

constexpr uint32_t kReplacement = 0xFFFD;

/// Decodes one code point at \p p (< end), advancing \p p past it.
uint32_t decodeUtf8(const uint8_t *&p, const uint8_t *end) {
  uint8_t b0 = *p++;
  if (b0 < 0x80)
    return b0;
  unsigned needed;
  uint32_t cp;
  uint8_t lower = 0x80, upper = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    needed = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    needed = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0)
      lower = 0xA0;
    else if (b0 == 0xED)
      upper = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    needed = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0)
      lower = 0x90;
    else if (b0 == 0xF4)
      upper = 0x8F;
  } else {
    return kReplacement;
  }
  for (unsigned i = 0; i < needed; ++i) {
    // An unexpected byte ends the subpart and is decoded on its own next.
    if (p == end || *p < lower || *p > upper)
      return kReplacement;
    cp = (cp << 6) | (*p++ & 0x3F);
    lower = 0x80;
    upper = 0xBF;
  }
  return cp;
}

} // namespace

StringCell *kiln::newStringFromUtf8(Runtime &rt, const char *bytes,
                                    size_t length) {
  const uint8_t *begin = reinterpret_cast<const uint8_t *>(bytes);
  const uint8_t *end = begin + length;
  // Pass 1: UTF-16 length, and whether every code point fits in Latin-1.
  size_t units = 0;
  bool ascii = true, latin1 = true;
  for (const uint8_t *p = begin; p < end;) {
    if (*p < 0x80) {
      ++p;
      ++units;
      continue;
    }
    ascii = false;
    uint32_t cp = decodeUtf8(p, end);
    units += cp > 0xFFFF ? 2 : 1;
    latin1 = latin1 && cp <= 0xFF;
  }
  if (units > kMaxStringLength) {
    rt.raise(ErrorKind::RangeError, "Invalid string length");
    return nullptr;
  }
  if (ascii)
    return newStringFromLatin1(rt, begin, uint32_t(length));
  if (latin1) {
    OneByteString *s = newOneByteString(rt, uint32_t(units));
    if (!s)
      return nullptr;
    uint8_t *out = s->chars;
    for (const uint8_t *p = begin; p < end;)
      *out++ = uint8_t(decodeUtf8(p, end));
    return s;
  }
  TwoByteString *s = newTwoByteString(rt, uint32_t(units));
  if (!s)
    return nullptr;
  uint16_t *out = s->chars;
  for (const uint8_t *p = begin; p < end;) {
    uint32_t cp = decodeUtf8(p, end);
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      *out++ = uint16_t(0xD800 + (cp >> 10));
      *out++ = uint16_t(0xDC00 + (cp & 0x3FF));
    } else {
      *out++ = uint16_t(cp);
    }
  }
  return s;
}

namespace {

/// Calls \p emit(codePoint, units) for each code point of \p view (made of
/// `units` code units), with lone surrogates replaced by U+FFFD, until
/// \p emit returns false.
template <typename Emit> void forEachCodePoint(StringView view, Emit emit) {
  for (uint32_t i = 0; i < view.length; ++i) {
    uint32_t u = view.at(i);
    if (u >= 0xD800 && u <= 0xDFFF) {
      if (u <= 0xDBFF && i + 1 < view.length) {
        uint32_t next = view.at(i + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          if (!emit(0x10000 + ((u - 0xD800) << 10) + (next - 0xDC00), 2u))
            return;
          ++i;
          continue;
        }
      }
      u = kReplacement;
    }
    if (!emit(u, 1u))
      return;
  }
}

/// Bytes of the UTF-8 encoding of \p cp.
unsigned utf8Size(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/// Writes the UTF-8 encoding of \p cp at \p out; returns the byte count.
unsigned encodeCodePoint(uint32_t cp, uint8_t *out) {
  if (cp < 0x80) {
    out[0] = uint8_t(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = uint8_t(0xC0 | (cp >> 6));
    out[1] = uint8_t(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = uint8_t(0xE0 | (cp >> 12));
    out[1] = uint8_t(0x80 | ((cp >> 6) & 0x3F));
    out[2] = uint8_t(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = uint8_t(0xF0 | (cp >> 18));
  out[1] = uint8_t(0x80 | ((cp >> 12) & 0x3F));
  out[2] = uint8_t(0x80 | ((cp >> 6) & 0x3F));
  out[3] = uint8_t(0x80 | (cp & 0x3F));
  return 4;
}

} // namespace

size_t kiln::utf8Length(const StringCell *flat) {
  StringView view = viewFlat(flat);
  size_t n = 0;
  if (view.oneByte) {
    for (uint32_t i = 0; i < view.length; ++i)
      n += view.bytes()[i] < 0x80 ? 1 : 2;
    return n;
  }
  forEachCodePoint(view, [&](uint32_t cp, unsigned) {
    n += utf8Size(cp);
    return true;
  });
  return n;
}

void kiln::writeUtf8(const StringCell *flat, char *out) {
  uint8_t *at = reinterpret_cast<uint8_t *>(out);
  StringView view = viewFlat(flat);
  if (view.oneByte) {
    for (uint32_t i = 0; i < view.length; ++i)
      at += encodeCodePoint(view.bytes()[i], at);
    return;
  }
  forEachCodePoint(view, [&](uint32_t cp, unsigned) {
    at += encodeCodePoint(cp, at);
    return true;
  });
}

size_t kiln::writeUtf8Prefix(const StringCell *flat, uint8_t *out,
                             size_t capacity, uint32_t &read) {
  size_t written = 0;
  read = 0;
  forEachCodePoint(viewFlat(flat), [&](uint32_t cp, unsigned units) {
    if (written + utf8Size(cp) > capacity)
      return false;
    written += encodeCodePoint(cp, out + written);
    read += units;
    return true;
  });
  return written;
}

size_t kiln::incompleteUtf8Suffix(const uint8_t *bytes, size_t length) {
  // The last sequence starts at most 3 bytes back, at a non-continuation.
  size_t start = length;
  while (start > 0 && length - start < 3 && (bytes[start - 1] & 0xC0) == 0x80)
    --start;
  if (start == 0)
    return 0;
  --start;
  uint8_t lead = bytes[start];
  size_t needed = lead >= 0xC2 && lead <= 0xDF   ? 2
                  : lead >= 0xE0 && lead <= 0xEF ? 3
                  : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                 : 0;
  if (length - start >= needed)
    return 0; // complete, or not a lead byte at all
  // A truncated sequence is one the decoder reads to the very end.
  const uint8_t *p = bytes + start;
  decodeUtf8(p, bytes + length);
  return p == bytes + length ? length - start : 0;
}

bool kiln::isWellFormedUtf8(const uint8_t *bytes, size_t length) {
  const uint8_t *end = bytes + length;
  for (const uint8_t *p = bytes; p < end;) {
    const uint8_t *start = p;
    // The decoder's U+FFFD is an error unless the input spelled it.
    if (decodeUtf8(p, end) == kReplacement &&
        !(p - start == 3 && start[0] == 0xEF && start[1] == 0xBF &&
          start[2] == 0xBD))
      return false;
  }
  return true;
}
