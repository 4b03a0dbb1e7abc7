//===- Lexer-strings.cpp - String, template and regexp literals -----------===//
//
// String literals, template parts and regular-expression literals, and the
// escape sequences they share. Cooked values are WTF-8: escapes that produce
// surrogates are encoded as such, and a leading surrogate escape followed by
// a trailing one combines into a single supplementary character. A literal
// without escapes (the common case) is interned straight from the source
// text, without a copy. In strings every bad escape is an error; in
// templates it only makes the cooked value undefined (Token::invalidCooked),
// because tagged templates allow it, and the parser reports it for untagged
// ones from invalidEscapeRange()/invalidEscapeDiag().
//
//===----------------------------------------------------------------------===//
#include "kiln/Lex/Lexer.h"

#include "Unicode.h"

#include "llvm/Support/Compiler.h"

#include <cstring>

using namespace kiln;
using namespace kiln::unicode;

bool Lexer::scanUnicodeEscapeValue(const char *&p, uint32_t &cp, DiagID &err) {
  // p is just past "\u".
  if (*p == '{') {
    const char *q = p + 1;
    uint32_t value = 0;
    bool tooLarge = false;
    while (isHexDigit(*q)) {
      if (!tooLarge) {
        value = value * 16 + hexDigitValue(*q);
        tooLarge = value > 0x10FFFF;
      }
      ++q;
    }
    if (q == p + 1 || *q != '}') {
      err = DiagID::err_lex_invalid_unicode_escape;
      // An empty `\u{}` is consumed whole, so that an identifier goes on
      // after it rather than leaving a stray `}`.
      p = *q == '}' ? q + 1 : q;
      return false;
    }
    p = q + 1;
    if (tooLarge) {
      err = DiagID::err_lex_unicode_escape_too_large;
      return false;
    }
    cp = value;
    return true;
  }
  uint32_t value = 0;
  for (unsigned i = 0; i < 4; ++i) {
    if (!isHexDigit(p[i])) {
      err = DiagID::err_lex_invalid_unicode_escape;
      p += i;
      return false;
    }
    value = value * 16 + hexDigitValue(p[i]);
  }
  p += 4;
  cp = value;
  return true;
}

bool Lexer::scanEscape(const char *&p, bool inTemplate, DiagID &err) {
  // p is at the backslash.
  ++p;
  unsigned char c = *p;
  switch (c) {
  case 'n':
    buf_ += '\n';
    ++p;
    return true;
  case 't':
    buf_ += '\t';
    ++p;
    return true;
  case 'r':
    buf_ += '\r';
    ++p;
    return true;
  case 'b':
    buf_ += '\b';
    ++p;
    return true;
  case 'f':
    buf_ += '\f';
    ++p;
    return true;
  case 'v':
    buf_ += '\v';
    ++p;
    return true;
  case '\r':
    // A LineContinuation contributes nothing to the cooked value.
    ++p;
    if (*p == '\n')
      ++p;
    return true;
  case '\n':
    ++p;
    return true;
  case '0':
    if (!isDecDigit(p[1])) {
      buf_ += '\0';
      ++p;
      return true;
    }
    [[fallthrough]];
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7': {
    if (inTemplate) {
      err = DiagID::err_lex_template_octal_escape;
      ++p;
      return false;
    }
    // LegacyOctalEscapeSequence: up to three octal digits, value <= 0377.
    unsigned value = c - '0';
    ++p;
    if (*p >= '0' && *p <= '7') {
      value = value * 8 + unsigned(*p - '0');
      ++p;
      if (c <= '3' && *p >= '0' && *p <= '7') {
        value = value * 8 + unsigned(*p - '0');
        ++p;
      }
    }
    appendUTF8(buf_, value);
    tok_.legacyOctal = true;
    err = DiagID::err_lex_octal_escape;
    return false;
  }
  case '8':
  case '9':
    ++p;
    if (inTemplate) {
      err = DiagID::err_lex_template_decimal_escape;
      return false;
    }
    buf_ += char(c);
    tok_.legacyOctal = true;
    err = DiagID::err_lex_non_octal_decimal_escape;
    return false;
  case 'x':
    ++p;
    if (isHexDigit(p[0]) && isHexDigit(p[1])) {
      appendUTF8(buf_, hexDigitValue(p[0]) * 16 + hexDigitValue(p[1]));
      p += 2;
      return true;
    }
    if (isHexDigit(*p))
      ++p;
    err = DiagID::err_lex_invalid_hex_escape;
    return false;
  case 'u': {
    ++p;
    uint32_t cp;
    if (!scanUnicodeEscapeValue(p, cp, err))
      return false;
    appendCodePointWTF8(buf_, cp);
    return true;
  }
  case 0:
    if (p >= end_)
      return true; // The caller reports the unterminated literal.
    buf_ += '\0';
    ++p;
    return true;
  default:
    break;
  }
  if (c < 0x80) {
    // NonEscapeCharacter: the character itself.
    buf_ += char(c);
    ++p;
    return true;
  }
  uint32_t cp;
  unsigned n = decodeUTF8(p, end_, cp);
  if (n == 0) {
    p = skipInvalidUTF8(p);
    return true;
  }
  if (!isNonASCIILineTerminator(cp))
    buf_.append(p, n);
  p += n;
  return true;
}

void Lexer::lexString(const char *start) {
  const char quote = *start;
  const char *p = start + 1;
  // [segment, p) is text not yet copied into buf_; buf_ is used only once
  // an escape or a dropped byte makes the value differ from the source.
  const char *segment = p;
  bool useBuffer = false;
  auto flush = [&] {
    if (!useBuffer) {
      buf_.assign(segment, size_t(p - segment));
      useBuffer = true;
    } else {
      buf_.append(segment, size_t(p - segment));
    }
  };
  for (;;) {
    unsigned char c = *p;
    if (LLVM_LIKELY(c >= 0x20 && c < 0x80 && c != '\\' && c != quote)) {
      ++p;
      continue;
    }
    if (c == (unsigned char)quote)
      break;
    if (c == '\\') {
      flush();
      const char *escape = p;
      DiagID err;
      if (!scanEscape(p, /*inTemplate=*/false, err))
        report(escape, p, err);
      segment = p;
      continue;
    }
    if (c == '\n' || c == '\r' || (c == 0 && p >= end_)) {
      // A raw line break (or the end of the file) ends the literal early.
      report(start, start + 1, DiagID::err_lex_unterminated_string);
      flush();
      tok_.value = atoms_.intern(buf_);
      cur_ = p;
      return formToken(TokenKind::string_literal, start);
    }
    if (c < 0x80) {
      ++p; // TAB, NUL and other control characters are ordinary here.
      continue;
    }
    uint32_t cp;
    unsigned n = decodeUTF8(p, end_, cp);
    if (n == 0) {
      flush();
      p = skipInvalidUTF8(p);
      segment = p;
      continue;
    }
    p += n; // LS and PS are allowed in string literals.
  }
  if (useBuffer) {
    flush();
    tok_.value = atoms_.intern(buf_);
  } else {
    tok_.value =
        atoms_.intern(llvm::StringRef(start + 1, size_t(p - start - 1)));
  }
  cur_ = p + 1;
  formToken(TokenKind::string_literal, start);
}

void Lexer::lexTemplate(const char *start, bool continuation) {
  // start is the opening '`' or the '}' that closes a substitution.
  const char *content = start + 1;
  const char *p = content;
  const char *segment = p;
  bool useBuffer = false;
  bool sawCR = false;
  bool invalid = false;
  auto flush = [&] {
    if (invalid)
      return;
    if (!useBuffer) {
      buf_.assign(segment, size_t(p - segment));
      useBuffer = true;
    } else {
      buf_.append(segment, size_t(p - segment));
    }
  };
  TokenKind kind;
  const char *contentEnd;
  for (;;) {
    unsigned char c = *p;
    if (LLVM_LIKELY(c >= 0x20 && c < 0x80 && c != '`' && c != '$' &&
                    c != '\\')) {
      ++p;
      continue;
    }
    if (c == '`') {
      kind = continuation ? TokenKind::template_tail
                          : TokenKind::no_substitution_template;
      contentEnd = p;
      cur_ = p + 1;
      break;
    }
    if (c == '$') {
      if (p[1] == '{') {
        kind = continuation ? TokenKind::template_middle
                            : TokenKind::template_head;
        contentEnd = p;
        cur_ = p + 2;
        break;
      }
      ++p;
      continue;
    }
    if (c == '\\') {
      flush();
      const char *escape = p;
      if (p[1] == '\r')
        sawCR = true;
      DiagID err;
      if (!scanEscape(p, /*inTemplate=*/true, err) && !invalid) {
        invalid = true;
        invalidEscape_ = SourceRange(locAt(escape), locAt(p));
        invalidEscapeDiag_ = err;
      }
      segment = p;
      continue;
    }
    if (c == '\r') {
      // The cooked and raw values both see CR and CRLF as LF.
      sawCR = true;
      flush();
      if (!invalid)
        buf_ += '\n';
      ++p;
      if (*p == '\n')
        ++p;
      segment = p;
      continue;
    }
    if (c == 0) {
      if (p >= end_) {
        report(start, start + 1, DiagID::err_lex_unterminated_template);
        kind = continuation ? TokenKind::template_tail
                            : TokenKind::no_substitution_template;
        contentEnd = p;
        cur_ = p;
        break;
      }
      ++p;
      continue;
    }
    if (c < 0x80) {
      ++p; // LF, TAB, NUL and other control characters.
      continue;
    }
    uint32_t cp;
    unsigned n = decodeUTF8(p, end_, cp);
    if (n == 0) {
      flush();
      p = skipInvalidUTF8(p);
      segment = p;
      continue;
    }
    p += n;
  }

  llvm::StringRef rawText(content, size_t(contentEnd - content));
  if (sawCR) {
    rawBuf_.clear();
    for (size_t i = 0; i < rawText.size(); ++i) {
      char ch = rawText[i];
      if (ch == '\r') {
        rawBuf_ += '\n';
        if (i + 1 < rawText.size() && rawText[i + 1] == '\n')
          ++i;
      } else {
        rawBuf_ += ch;
      }
    }
    tok_.raw = atoms_.intern(rawBuf_);
  } else {
    tok_.raw = atoms_.intern(rawText);
  }
  if (invalid) {
    tok_.invalidCooked = true;
    tok_.value = Atom();
  } else if (useBuffer) {
    p = contentEnd;
    flush();
    tok_.value = atoms_.intern(buf_);
  } else {
    tok_.value = tok_.raw;
  }
  formToken(kind, start);
}

const Token &Lexer::rescanTemplateContinuation() {
  const char *start = ptrAt(tok_.range.begin);
  bool newlineBefore = tok_.newlineBefore;
  resetToken();
  tok_.newlineBefore = newlineBefore;
  lexTemplate(start, /*continuation=*/true);
  return tok_;
}

const Token &Lexer::rescanAsRegExp() {
  const char *start = ptrAt(tok_.range.begin);
  bool newlineBefore = tok_.newlineBefore;
  resetToken();
  tok_.newlineBefore = newlineBefore;
  const char *p = start + 1;
  bool inClass = false;
  for (;;) {
    unsigned char c = *p;
    if (c == '/' && !inClass)
      break;
    if (c == '\\') {
      // A backslash escapes any character except a line terminator.
      const char *next = p + 1;
      unsigned char e = *next;
      uint32_t cp = e;
      unsigned n = e < 0x80 ? 1 : decodeUTF8(next, end_, cp);
      if (e == '\n' || e == '\r' || (e == 0 && next >= end_) ||
          isNonASCIILineTerminator(cp)) {
        p = next;
        goto unterminated;
      }
      if (n == 0) {
        p = skipInvalidUTF8(next);
        continue;
      }
      p = next + n;
      continue;
    }
    if (c == '[') {
      inClass = true;
    } else if (c == ']') {
      inClass = false;
    } else if (c == '\n' || c == '\r') {
      goto unterminated;
    } else if (c == 0) {
      if (p >= end_)
        goto unterminated;
    } else if (c >= 0x80) {
      uint32_t cp;
      unsigned n = decodeUTF8(p, end_, cp);
      if (n == 0) {
        p = skipInvalidUTF8(p);
        continue;
      }
      if (isNonASCIILineTerminator(cp))
        goto unterminated;
      p += n;
      continue;
    }
    ++p;
  }
  {
    tok_.value =
        atoms_.intern(llvm::StringRef(start + 1, size_t(p - start - 1)));
    // Flags: IdentifierPartChars, of which only dgimsuyv are valid, once each.
    const char *flags = ++p;
    unsigned seen = 0;
    bool reported = false;
    for (;;) {
      unsigned char c = *p;
      unsigned n = 1;
      uint32_t cp = c;
      if (c >= 0x80) {
        n = decodeUTF8(p, end_, cp);
        if (n == 0 || !isIdentifierPart(cp))
          break;
      } else if (!hasFlag(c, kIdentPart) && c != '\\') {
        break;
      }
      if (!reported) {
        const char *valid = "dgimsuyv";
        const char *f = c < 0x80 && c != 0 ? std::strchr(valid, c) : nullptr;
        if (!f) {
          report(p, p + n, DiagID::err_lex_regexp_invalid_flag,
                 {llvm::StringRef(p, n)});
          reported = true;
        } else if (seen & (1u << (f - valid))) {
          report(p, p + n, DiagID::err_lex_regexp_duplicate_flag,
                 {llvm::StringRef(p, n)});
          reported = true;
        }
        if (f)
          seen |= 1u << (f - valid);
      }
      p += n;
    }
    tok_.raw = atoms_.intern(llvm::StringRef(flags, size_t(p - flags)));
    cur_ = p;
    formToken(TokenKind::regexp_literal, start);
    return tok_;
  }

unterminated:
  report(start, start + 1, DiagID::err_lex_unterminated_regexp);
  tok_.value = atoms_.intern(llvm::StringRef(start + 1, size_t(p - start - 1)));
  tok_.raw = atoms_.intern(llvm::StringRef());
  cur_ = p;
  formToken(TokenKind::regexp_literal, start);
  return tok_;
}
