//===- FormUrlencoded.cpp - application/x-www-form-urlencoded -------------===//
//
// The URL standard's application/x-www-form-urlencoded parser and
// serializer, and USVString conversion, shared by URLSearchParams and
// (later) request bodies. Parsing splits on `&`, then at the first `=`,
// turns `+` into a space and percent-decodes bytes (a `%` not followed by
// two hex digits stays as it is), then decodes them as UTF-8 with U+FFFD
// for ill-formed sequences. Serializing encodes each string as UTF-8 (lone
// surrogates as U+FFFD), keeps ASCII alphanumerics and `*-._`, writes a
// space as `+` and every other byte as %XX (uppercase hex).
//
//===----------------------------------------------------------------------===//
#include "web/Web.h"

#include "string/StringBuilder.h"
#include "support/PodVector.h"

using namespace kiln;

namespace {

int hexDigit(uint8_t c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/// The percent-decoded, `+`-as-space UTF-8 bytes [begin, end) of \p bytes
/// as a string; null after raising.
StringCell *decodeComponent(Runtime &rt, const char *bytes, size_t begin,
                            size_t end) {
  PodVector<char> out;
  if (!out.reserve(end - begin + 1)) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  for (size_t i = begin; i < end; ++i) {
    uint8_t c = uint8_t(bytes[i]);
    if (c == '+') {
      out.push(' ');
    } else if (c == '%' && i + 2 < end &&
               hexDigit(uint8_t(bytes[i + 1])) >= 0 &&
               hexDigit(uint8_t(bytes[i + 2])) >= 0) {
      out.push(char(hexDigit(uint8_t(bytes[i + 1])) * 16 +
                    hexDigit(uint8_t(bytes[i + 2]))));
      i += 2;
    } else {
      out.push(char(c));
    }
  }
  return newStringFromUtf8(rt, out.size() ? &out[0] : "", out.size());
}

/// UTF-8 bytes of the flat \p s in \p out; false on OOM (nothing raised).
bool utf8Bytes(StringCell *s, PodVector<char> &out) {
  size_t n = utf8Length(s);
  if (!out.reserve(n + 1))
    return false;
  for (size_t i = 0; i < n; ++i)
    out.push(0);
  if (n)
    writeUtf8(s, &out[0]);
  return true;
}

/// Appends the urlencoded form of \p s to \p out; false on OOM.
bool serializeComponent(StringCell *s, StringBuilder &out) {
  PodVector<char> bytes;
  if (!utf8Bytes(s, bytes))
    return false;
  static const char kHex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < bytes.size(); ++i) {
    uint8_t c = uint8_t(bytes[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || c == '*' || c == '-' || c == '.' ||
        c == '_') {
      out.append(c);
    } else if (c == ' ') {
      out.append('+');
    } else {
      char escape[3] = {'%', kHex[c >> 4], kHex[c & 15]};
      out.appendAscii(escape, 3);
    }
  }
  return !out.failed();
}

} // namespace

StringCell *kiln::toUSVString(Runtime &rt, KilnValue v) {
  StringCell *s = toFlatString(rt, v);
  if (!s)
    return nullptr;
  StringView view = viewFlat(s);
  if (view.oneByte)
    return s;
  bool lone = false;
  for (uint32_t i = 0; i < view.length && !lone; ++i) {
    uint16_t c = view.at(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < view.length &&
        view.at(i + 1) >= 0xDC00 && view.at(i + 1) <= 0xDFFF)
      ++i;
    else if (c >= 0xD800 && c <= 0xDFFF)
      lone = true;
  }
  if (!lone)
    return s;
  PodVector<char> bytes;
  if (!utf8Bytes(s, bytes)) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  return newStringFromUtf8(rt, &bytes[0], bytes.size());
}

KilnValue kiln::parseUrlencoded(Runtime &rt, StringCell *input) {
  RootScope scope(rt.heap);
  scope.keep(input);
  PodVector<char> bytes;
  if (!utf8Bytes(input, bytes))
    return rt.raiseOutOfMemory();
  size_t n = bytes.size();
  size_t start = 0;
  PodVector<size_t> bounds; // begin, equals, end per pair
  while (start <= n) {
    size_t end = start;
    while (end < n && bytes[end] != '&')
      ++end;
    if (end > start) {
      size_t eq = start;
      while (eq < end && bytes[eq] != '=')
        ++eq;
      if (!bounds.push(start) || !bounds.push(eq) || !bounds.push(end))
        return rt.raiseOutOfMemory();
    }
    start = end + 1;
  }
  ValueArray *list =
      ValueArray::create(rt.heap, uint32_t(bounds.size() / 3 * 2));
  if (!list)
    return rt.raiseOutOfMemory();
  // Each decoded string is rooted in the list as soon as it exists.
  KilnValue result = cellValue(list);
  scope.keep(result);
  for (size_t p = 0; p < bounds.size() / 3; ++p) {
    size_t begin = bounds[3 * p], eq = bounds[3 * p + 1],
           end = bounds[3 * p + 2];
    StringCell *name = decodeComponent(rt, &bytes[0], begin, eq);
    if (!name)
      return KILN_VALUE_EXCEPTION;
    list->values[2 * p] = stringValue(name);
    StringCell *value = eq < end ? decodeComponent(rt, &bytes[0], eq + 1, end)
                                 : rt.emptyString();
    if (!value)
      return KILN_VALUE_EXCEPTION;
    list->values[2 * p + 1] = stringValue(value);
  }
  return result;
}

KilnValue kiln::serializeUrlencoded(Runtime &rt, KilnValue listValue) {
  ValueArray *list = reinterpret_cast<ValueArray *>(asCell(listValue));
  StringBuilder out;
  for (uint32_t i = 0; i < list->length / 2; ++i) {
    if (i)
      out.append('&');
    if (!serializeComponent(asString(list->values[2 * i]), out))
      return rt.raiseOutOfMemory();
    out.append('=');
    if (!serializeComponent(asString(list->values[2 * i + 1]), out))
      return rt.raiseOutOfMemory();
  }
  StringCell *s = out.finish(rt);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}
