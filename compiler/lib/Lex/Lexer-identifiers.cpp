//===- Lexer-identifiers.cpp - Identifiers, keywords, private names -------===//
//
// IdentifierNames with the ASCII fast path (a byte-table scan, a keyword
// check against a compile-time table built from TokenKinds.def, and one hash
// lookup to intern), the general path for non-ASCII characters and \u
// escapes, and private names (#name).
//
//===----------------------------------------------------------------------===//
#include "kiln/Lex/Lexer.h"

#include "Unicode.h"

#include "llvm/Support/Compiler.h"

#include <cstring>

using namespace kiln;
using namespace kiln::unicode;

namespace {
/// A reserved word from TokenKinds.def.
struct KeywordInfo {
  TokenKind kind;
  const char *spelling;
  unsigned length;
};
constexpr KeywordInfo kKeywords[] = {
#define KEYWORD(Name, Spelling)                                                \
  {TokenKind::kw_##Name, Spelling, sizeof(Spelling) - 1},
#include "kiln/Lex/TokenKinds.def"
};
constexpr unsigned kMaxKeywordLength = 10;
constexpr unsigned kBucketSlots = 4;

/// Keywords bucketed by (first letter, length); each bucket holds up to
/// kBucketSlots indices + 1 into kKeywords (0 = empty). Built at compile
/// time: a bucket overflow or a keyword that is not lowercase ASCII fails the
/// build.
struct KeywordBuckets {
  uint8_t slots[26 * (kMaxKeywordLength + 1)][kBucketSlots];
};
constexpr KeywordBuckets kKeywordBuckets = [] {
  KeywordBuckets b{};
  for (unsigned i = 0; i < std::size(kKeywords); ++i) {
    const KeywordInfo &k = kKeywords[i];
    unsigned bucket =
        unsigned(k.spelling[0] - 'a') * (kMaxKeywordLength + 1) + k.length;
    unsigned j = 0;
    while (b.slots[bucket][j] != 0)
      ++j;
    b.slots[bucket][j] = uint8_t(i + 1);
  }
  return b;
}();

/// The keyword kind spelled by [s, s+n), or identifier.
inline TokenKind lookupKeyword(const char *s, size_t n) {
  unsigned first = unsigned((unsigned char)s[0]) - 'a';
  if (n < 2 || n > kMaxKeywordLength || first >= 26)
    return TokenKind::identifier;
  const uint8_t *slots =
      kKeywordBuckets.slots[first * (kMaxKeywordLength + 1) + n];
  for (unsigned j = 0; j < kBucketSlots && slots[j]; ++j) {
    const KeywordInfo &k = kKeywords[slots[j] - 1];
    if (std::memcmp(k.spelling, s, n) == 0)
      return k.kind;
  }
  return TokenKind::identifier;
}
} // namespace

void Lexer::initKeywordAtoms() {
  for (const KeywordInfo &k : kKeywords)
    keywordAtoms_[unsigned(k.kind)] = atoms_.intern(k.spelling);
}

void Lexer::lexIdentifier(const char *start) {
  const char *p = start + 1;
  while (hasFlag((unsigned char)*p, kIdentPart))
    ++p;
  if (LLVM_UNLIKELY((unsigned char)*p >= 0x80 || *p == '\\'))
    return lexIdentifierSlow(start);
  cur_ = p;
  size_t length = size_t(p - start);
  TokenKind kind = lookupKeyword(start, length);
  if (kind != TokenKind::identifier) {
    tok_.value = keywordAtoms_[unsigned(kind)];
    return formToken(kind, start);
  }
  tok_.value = atoms_.intern(llvm::StringRef(start, length));
  formToken(TokenKind::identifier, start);
}

void Lexer::lexIdentifierSlow(const char *start) {
  const char *p = start;
  bool escaped = false;
  bool atStart = true;
  for (;;) {
    unsigned char c = *p;
    if (c < 0x80) {
      if (c == '\\') {
        if (!escaped) {
          buf_.assign(start, size_t(p - start));
          escaped = true;
        }
        uint32_t cp;
        if (scanIdentifierEscape(p, atStart, cp))
          appendUTF8(buf_, cp);
        atStart = false;
        continue;
      }
      if (!hasFlag(c, atStart ? kIdentStart : kIdentPart))
        break;
      if (escaped)
        buf_ += char(c);
      ++p;
      atStart = false;
      continue;
    }
    uint32_t cp;
    unsigned n = decodeUTF8(p, end_, cp);
    if (n == 0 || !(atStart ? isIdentifierStart(cp) : isIdentifierPart(cp)))
      break;
    if (escaped)
      buf_.append(p, n);
    p += n;
    atStart = false;
  }
  cur_ = p;
  if (escaped) {
    // Nothing valid was spelled (a stray or malformed escape, reported).
    if (buf_.empty())
      return formToken(TokenKind::error, start);
    // An escaped reserved word is an identifier (valid only as a name).
    tok_.hasEscape = true;
    tok_.value = atoms_.intern(buf_);
    return formToken(TokenKind::identifier, start);
  }
  size_t length = size_t(p - start);
  TokenKind kind = lookupKeyword(start, length);
  if (kind != TokenKind::identifier) {
    tok_.value = keywordAtoms_[unsigned(kind)];
    return formToken(kind, start);
  }
  tok_.value = atoms_.intern(llvm::StringRef(start, length));
  formToken(TokenKind::identifier, start);
}

bool Lexer::scanIdentifierEscape(const char *&p, bool atStart, uint32_t &cp) {
  const char *esc = p;
  if (p[1] != 'u') {
    p += 1;
    report(esc, p, DiagID::err_lex_invalid_identifier_escape);
    return false;
  }
  p += 2;
  DiagID err;
  if (!scanUnicodeEscapeValue(p, cp, err)) {
    report(esc, p,
           err == DiagID::err_lex_invalid_unicode_escape
               ? DiagID::err_lex_invalid_identifier_escape
               : err);
    return false;
  }
  if (atStart ? isIdentifierStart(cp) : isIdentifierPart(cp))
    return true;
  char name[12];
  report(esc, p,
         atStart ? DiagID::err_lex_escape_not_identifier_start
                 : DiagID::err_lex_escape_not_identifier_part,
         {formatCodePoint(cp, name)});
  return false;
}

bool Lexer::isIdentifierStartAt(const char *p) const {
  unsigned char c = *p;
  if (c < 0x80)
    return hasFlag(c, kIdentStart) || c == '\\';
  uint32_t cp;
  return decodeUTF8(p, end_, cp) != 0 && isIdentifierStart(cp);
}

void Lexer::lexPrivateName(const char *start) {
  cur_ = start + 1;
  if (!isIdentifierStartAt(cur_)) {
    report(start, cur_, DiagID::err_lex_expected_private_name);
    return formToken(TokenKind::error, start);
  }
  if (hasFlag((unsigned char)*cur_, kIdentStart))
    lexIdentifier(cur_);
  else
    lexIdentifierSlow(cur_);
  formToken(tok_.is(TokenKind::error) ? TokenKind::error
                                      : TokenKind::private_name,
            start);
}
