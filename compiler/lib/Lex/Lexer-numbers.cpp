//===- Lexer-numbers.cpp - ECMAScript numeric literals --------------------===//
//
// Decimal, hexadecimal, octal and binary literals with numeric separators,
// and the legacy forms (010, 08) that Kiln, being strict-only, reports. Each
// literal's value is the correctly rounded double: short integers are
// accumulated exactly, other decimal literals go through strtod on a copy
// without separators, and power-of-two radixes are rounded by hand from
// their leading 64 significant bits plus a sticky bit (linear in the length,
// so a literal of millions of digits is fine). Only the first problem in a
// literal is reported; the rest of it is consumed so that lexing resumes
// after it.
//
//===----------------------------------------------------------------------===//
#include "kiln/Lex/Lexer.h"

#include "Unicode.h"

#include "llvm/ADT/SmallString.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace kiln;
using namespace kiln::unicode;

/// The value of the digits in [p, end) (separators skipped) in radix
/// 2^bitsPerDigit, rounded to nearest, ties to even.
static double valueOfPowerOfTwoDigits(const char *p, const char *end,
                                      unsigned bitsPerDigit) {
  uint64_t mantissa = 0;
  unsigned significantBits = 0;
  uint64_t droppedBits = 0;
  bool sticky = false;
  for (; p < end; ++p) {
    unsigned char c = *p;
    if (c == '_')
      continue;
    unsigned digit = hexDigitValue(c);
    for (int b = int(bitsPerDigit) - 1; b >= 0; --b) {
      unsigned bit = (digit >> b) & 1;
      if (significantBits == 0 && !bit)
        continue;
      if (significantBits < 64) {
        mantissa = (mantissa << 1) | bit;
        ++significantBits;
      } else {
        ++droppedBits;
        sticky |= bit != 0;
      }
    }
  }
  if (droppedBits == 0)
    return double(mantissa); // uint64 -> double rounds to nearest even.
  // 64 significant bits: keep 53, round on the 11 below and the sticky bit.
  uint64_t top = mantissa >> 11;
  uint64_t low = mantissa & 0x7FF;
  if (low > 0x400 || (low == 0x400 && (sticky || (top & 1))))
    ++top;
  int exponent = int(std::min<uint64_t>(droppedBits, 4096)) + 11;
  return std::ldexp(double(top), exponent);
}

/// The value of the decimal literal text [p, end) (digits, '.', exponent,
/// separators), correctly rounded. Kiln never changes the C locale, so
/// strtod's decimal point is '.'.
static double valueOfDecimal(const char *p, const char *end) {
  llvm::SmallString<64> text;
  for (; p < end; ++p)
    if (*p != '_')
      text.push_back(*p);
  return std::strtod(text.c_str(), nullptr);
}

void Lexer::reportNumberError(const char *b, const char *e, DiagID id,
                              std::initializer_list<llvm::StringRef> args) {
  if (numberHadError_)
    return;
  numberHadError_ = true;
  report(b, e, id, args);
}

const char *Lexer::scanDecimalDigits(const char *p, bool &sawSeparator) {
  const char *runStart = p;
  for (;;) {
    unsigned char c = *p;
    if (isDecDigit(c)) {
      ++p;
      continue;
    }
    if (c != '_')
      return p;
    sawSeparator = true;
    // A separator must sit between two digits of the same run.
    if (p == runStart || !isDecDigit(p[-1]) || !isDecDigit(p[1]))
      reportNumberError(p, p + 1, DiagID::err_lex_separator_position);
    ++p;
  }
}

void Lexer::lexNumber(const char *start) {
  numberHadError_ = false;
  const char *p = start;
  bool sawSeparator = false;
  if (*p == '0') {
    unsigned char next = (unsigned char)p[1] | 0x20;
    if (next == 'x')
      return lexRadixNumber(start, 16);
    if (next == 'o')
      return lexRadixNumber(start, 8);
    if (next == 'b')
      return lexRadixNumber(start, 2);
    if (isDecDigit(p[1]) || p[1] == '_') {
      if (lexLegacyNumber(start, p, sawSeparator))
        return;
    } else {
      p = start + 1;
    }
  } else if (*p != '.') {
    p = scanDecimalDigits(p, sawSeparator);
  }
  const char *integerEnd = p;
  bool isInteger = true;
  if (*p == '.') {
    isInteger = false;
    ++p;
    if (isDecDigit(*p) || *p == '_')
      p = scanDecimalDigits(p, sawSeparator);
  }
  if ((*p | 0x20) == 'e') {
    isInteger = false;
    const char *digits = p + 1;
    if (*digits == '+' || *digits == '-')
      ++digits;
    if (isDecDigit(*digits) || *digits == '_') {
      p = scanDecimalDigits(digits, sawSeparator);
    } else {
      reportNumberError(p, digits, DiagID::err_lex_expected_exponent_digits);
      p = digits;
    }
  }
  cur_ = p;
  if (isInteger && !sawSeparator && integerEnd - start <= 15) {
    // Exact: at most 15 digits fit in the 53-bit significand.
    uint64_t value = 0;
    for (const char *d = start; d < integerEnd; ++d)
      value = value * 10 + unsigned(*d - '0');
    tok_.number = double(value);
  } else {
    tok_.number = valueOfDecimal(start, p);
  }
  finishNumber(start);
}

bool Lexer::lexLegacyNumber(const char *start, const char *&p,
                            bool &sawSeparator) {
  // start is "0" followed by a digit or '_'.
  const char *q = start + 1;
  bool octal = true;
  const char *firstSeparator = nullptr;
  for (; isDecDigit(*q) || *q == '_'; ++q) {
    if (*q == '_') {
      if (!firstSeparator)
        firstSeparator = q;
    } else if (*q >= '8') {
      octal = false;
    }
  }
  sawSeparator = firstSeparator != nullptr;
  if (firstSeparator == start + 1)
    reportNumberError(firstSeparator, firstSeparator + 1,
                      DiagID::err_lex_separator_leading_zero);
  else if (firstSeparator)
    reportNumberError(firstSeparator, firstSeparator + 1,
                      DiagID::err_lex_separator_legacy);
  if (firstSeparator == start + 1) {
    // `0_1`: lex on as a decimal literal; the error is reported.
    p = q;
    return false;
  }
  tok_.legacyOctal = true;
  if (!octal) {
    // NonOctalDecimalIntegerLiteral (08, 09.5): a decimal literal with a
    // leading zero, which may go on with a fraction or exponent.
    reportNumberError(start, q, DiagID::err_lex_leading_zero_decimal);
    p = q;
    return false;
  }
  // LegacyOctalIntegerLiteral: suggest the 0o spelling of the same digits.
  const char *digits = start + 1;
  while (digits + 1 < q && *digits == '0')
    ++digits;
  size_t shown = std::min<size_t>(size_t(q - digits), 32);
  reportNumberError(start, q, DiagID::err_lex_octal_literal,
                    {llvm::StringRef(digits, shown)});
  tok_.number = valueOfPowerOfTwoDigits(start + 1, q, 3);
  cur_ = q;
  finishNumber(start);
  return true;
}

void Lexer::lexRadixNumber(const char *start, unsigned radix) {
  const char *digits = start + 2;
  const char *p = digits;
  auto isRadixDigit = [radix](unsigned char c) {
    return isHexDigit(c) && hexDigitValue(c) < radix;
  };
  for (;;) {
    unsigned char c = *p;
    if (isRadixDigit(c)) {
      ++p;
      continue;
    }
    if (c != '_')
      break;
    if (p == digits || !isRadixDigit(p[-1]) || !isRadixDigit(p[1]))
      reportNumberError(p, p + 1, DiagID::err_lex_separator_position);
    ++p;
  }
  const char *radixName = radix == 16  ? "hexadecimal"
                          : radix == 8 ? "octal"
                                       : "binary";
  if (p == digits)
    reportNumberError(start, p, DiagID::err_lex_expected_radix_digits,
                      {radixName, llvm::StringRef(start, 2)});
  else if (isHexDigit(*p))
    reportNumberError(p, p + 1, DiagID::err_lex_invalid_digit,
                      {llvm::StringRef(p, 1), radixName});
  unsigned bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
  tok_.number = valueOfPowerOfTwoDigits(digits, p, bitsPerDigit);
  cur_ = p;
  finishNumber(start);
}

void Lexer::finishNumber(const char *start) {
  const char *p = cur_;
  if (*p == 'n') {
    reportNumberError(start, p + 1, DiagID::err_lex_bigint);
    ++p;
  }
  if (isDecDigit(*p) || isIdentifierStartAt(p)) {
    // `3in`, `0b12`, `1.5x`: consume the rest of the word with the literal
    // so that the parser sees one (diagnosed) number.
    const char *q = p;
    for (;;) {
      unsigned char c = *q;
      if (c < 0x80) {
        if (!hasFlag(c, kIdentPart) && c != '\\')
          break;
        ++q;
        continue;
      }
      uint32_t cp;
      unsigned n = decodeUTF8(q, end_, cp);
      if (n == 0 || !isIdentifierPart(cp))
        break;
      q += n;
    }
    reportNumberError(p, q, DiagID::err_lex_identifier_after_number);
    p = q;
  }
  cur_ = p;
  formToken(TokenKind::numeric_literal, start);
}
