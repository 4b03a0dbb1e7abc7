//===- Unicode.h - Unicode classification and UTF-8 for Lex -----*- C++ -*-===//
//
// Private to the Lex library: the Unicode facts ECMAScript's lexical grammar
// needs (ID_Start, ID_Continue, white space, line terminators) and strict
// UTF-8 decoding / WTF-8 encoding. ASCII is classified by the lexer's own
// byte tables; these functions are the slow path for code points >= U+0080.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_LIB_LEX_UNICODE_H
#define KILN_LIB_LEX_UNICODE_H

#include <array>
#include <cstdint>
#include <string>

namespace kiln::unicode {

/// Classes of ASCII bytes (bytes >= 0x80 have no flags).
enum ASCIIFlags : uint8_t {
  kIdentStart = 1, ///< A-Z a-z $ _
  kIdentPart = 2,  ///< IdentifierStart plus 0-9
  kDecDigit = 4,   ///< 0-9
  kHexDigit = 8,   ///< 0-9 A-F a-f
};
inline constexpr std::array<uint8_t, 256> kASCIIFlags = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned c = 0; c < 128; ++c) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    if (letter || c == '$' || c == '_')
      t[c] |= kIdentStart | kIdentPart;
    if (digit)
      t[c] |= kIdentPart | kDecDigit | kHexDigit;
    if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
      t[c] |= kHexDigit;
  }
  return t;
}();
inline bool hasFlag(unsigned char c, uint8_t flag) {
  return (kASCIIFlags[c] & flag) != 0;
}
inline bool isDecDigit(unsigned char c) { return unsigned(c - '0') < 10u; }
inline bool isHexDigit(unsigned char c) { return hasFlag(c, kHexDigit); }
/// Value of a hex digit (caller checked isHexDigit).
inline unsigned hexDigitValue(unsigned char c) {
  return c <= '9' ? unsigned(c - '0') : unsigned((c | 0x20) - 'a' + 10);
}

/// The Unicode version the identifier tables were generated from.
const char *getUnicodeVersion();

/// Unicode ID_Start (any code point; ASCII included).
bool isIDStart(uint32_t cp);
/// Unicode ID_Continue (any code point; ASCII included).
bool isIDContinue(uint32_t cp);
/// ECMAScript IdentifierStartChar: ID_Start, '$' or '_'.
inline bool isIdentifierStart(uint32_t cp) {
  return cp == '$' || cp == '_' || isIDStart(cp);
}
/// ECMAScript IdentifierPartChar: ID_Continue, '$', ZWNJ or ZWJ.
inline bool isIdentifierPart(uint32_t cp) {
  return cp == '$' || cp == 0x200C || cp == 0x200D || isIDContinue(cp);
}
/// ECMAScript WhiteSpace above ASCII: NBSP, ZWNBSP (U+FEFF) or any
/// Space_Separator.
bool isNonASCIIWhiteSpace(uint32_t cp);
/// LS (U+2028) or PS (U+2029), the non-ASCII LineTerminators.
inline bool isNonASCIILineTerminator(uint32_t cp) {
  return cp == 0x2028 || cp == 0x2029;
}

/// Decodes one well-formed UTF-8 sequence starting at \p p (which must be
/// before \p end). Returns its length (1-4) and sets \p cp, or returns 0 if
/// the bytes at \p p are not a well-formed sequence (overlong forms,
/// surrogates, values above U+10FFFF, truncated sequences). Never reads at or
/// past \p end.
unsigned decodeUTF8(const char *p, const char *end, uint32_t &cp);

/// Appends \p cp (<= 0x10FFFF) as UTF-8; a surrogate code point becomes its
/// 3-byte generalized (WTF-8) encoding.
void appendUTF8(std::string &out, uint32_t cp);

/// Appends a UTF-16 code unit or a code point to a WTF-8 string: a trailing
/// surrogate that follows an encoded leading surrogate at the end of \p out
/// is combined with it into one 4-byte character, as ECMAScript strings pair
/// adjacent surrogates.
void appendCodePointWTF8(std::string &out, uint32_t cp);

/// Formats \p cp as "U+XXXX" (at least four hex digits) into \p buf, which
/// must hold 12 bytes; returns \p buf.
const char *formatCodePoint(uint32_t cp, char *buf);

} // namespace kiln::unicode

#endif
