//===- Base64.cpp - atob and btoa -----------------------------------------===//
//
// The HTML standard's atob(data) and btoa(data). btoa encodes a string of
// Latin-1 code units (a unit above U+00FF is an InvalidCharacterError) as
// base64 with `=` padding; atob runs forgiving-base64 decode: ASCII
// whitespace is ignored, one or two trailing `=` are allowed when they
// complete a group of four, and anything else outside the alphabet is an
// InvalidCharacterError, as is a length that leaves a lone sextet (with
// the message Node gives for that case). Both take exactly one argument;
// calling them with none is a TypeError, as in Node.
//
//===----------------------------------------------------------------------===//
#include "web/Web.h"

#include "string/StringBuilder.h"
#include "support/PodVector.h"

using namespace kiln;

namespace {

const char kAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The sextet of base64 character \p c, or -1.
int sextet(uint16_t c) {
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+')
    return 62;
  if (c == '/')
    return 63;
  return -1;
}

bool isAsciiWhitespace(uint16_t c) {
  return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

KilnValue missingInput(Runtime &rt) {
  return rt.raise(ErrorKind::TypeError,
                  "The \"input\" argument must be specified");
}

} // namespace

KilnValue kiln::webBtoa(Runtime &rt, KilnValue, KilnValue,
                        const KilnValue *args, uint32_t argc, bool) {
  if (argc == 0)
    return missingInput(rt);
  StringCell *input = toFlatString(rt, args[0]);
  if (!input)
    return KILN_VALUE_EXCEPTION;
  StringView view = viewFlat(input);
  for (uint32_t i = 0; i < view.length; ++i)
    if (view.at(i) > 0xFF)
      return throwDOMException(rt, "Invalid character",
                               "InvalidCharacterError");
  StringBuilder out;
  out.reserve((size_t(view.length) + 2) / 3 * 4);
  for (uint32_t i = 0; i < view.length; i += 3) {
    uint32_t remaining = view.length - i;
    uint32_t group = uint32_t(view.at(i)) << 16;
    if (remaining > 1)
      group |= uint32_t(view.at(i + 1)) << 8;
    if (remaining > 2)
      group |= view.at(i + 2);
    char quad[4] = {kAlphabet[(group >> 18) & 63],
                    kAlphabet[(group >> 12) & 63],
                    remaining > 1 ? kAlphabet[(group >> 6) & 63] : '=',
                    remaining > 2 ? kAlphabet[group & 63] : '='};
    out.appendAscii(quad, 4);
  }
  StringCell *result = out.finish(rt);
  return result ? stringValue(result) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::webAtob(Runtime &rt, KilnValue, KilnValue,
                        const KilnValue *args, uint32_t argc, bool) {
  if (argc == 0)
    return missingInput(rt);
  StringCell *input = toFlatString(rt, args[0]);
  if (!input)
    return KILN_VALUE_EXCEPTION;
  StringView view = viewFlat(input);
  // The sextets, whitespace removed (invariant: sextets[i] is in 0..63 or
  // -2 for `=` or -1 for a character outside the alphabet).
  PodVector<int8_t> sextets;
  for (uint32_t i = 0; i < view.length; ++i) {
    uint16_t c = view.at(i);
    if (isAsciiWhitespace(c))
      continue;
    int8_t value = int8_t(c == '=' ? -2 : sextet(c));
    if (!sextets.push(value))
      return rt.raiseOutOfMemory();
  }
  size_t length = sextets.size();
  if (length % 4 == 0)
    for (int pad = 0; pad < 2 && length && sextets[length - 1] == -2; ++pad)
      --length;
  for (size_t i = 0; i < length; ++i)
    if (sextets[i] < 0)
      return throwDOMException(rt, "Invalid character",
                               "InvalidCharacterError");
  if (length % 4 == 1)
    return throwDOMException(
        rt, "The string to be decoded is not correctly encoded.",
        "InvalidCharacterError");
  StringBuilder out;
  out.reserve(length / 4 * 3 + 2);
  uint32_t buffer = 0;
  unsigned bits = 0;
  for (size_t i = 0; i < length; ++i) {
    buffer = (buffer << 6) | uint32_t(sextets[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      uint8_t byte = uint8_t(buffer >> bits);
      out.appendLatin1(&byte, 1);
    }
  }
  StringCell *result = out.finish(rt);
  return result ? stringValue(result) : KILN_VALUE_EXCEPTION;
}
