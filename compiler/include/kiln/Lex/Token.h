//===- Token.h - ECMAScript tokens -------------------------------*- C++ -*-===//
//
// A Token is one lexical token with its source range, whether a line
// terminator preceded it (for ASI and the restricted productions), and its
// value: the cooked text of identifiers, strings and templates (as an Atom),
// the numeric value of numbers, and for templates also the raw text.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_LEX_TOKEN_H
#define KILN_LEX_TOKEN_H

#include "kiln/Support/Atom.h"
#include "kiln/Support/SourceManager.h"

namespace kiln {

enum class TokenKind : unsigned char {
#define TOK(Name, Spelling) Name,
#include "kiln/Lex/TokenKinds.def"
  NumTokenKinds
};

/// "identifier", "(", "break", ...: what a diagnostic calls the kind.
const char *getTokenSpelling(TokenKind kind);
/// The enumerator name, e.g. "l_paren" or "kw_break" (for --emit=tokens).
const char *getTokenName(TokenKind kind);
bool isKeyword(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::eof;
  /// A LineTerminator (or a comment containing one) came before this token.
  bool newlineBefore = false;
  /// The identifier or keyword spelling contained a \u escape. An escaped
  /// reserved word lexes as an identifier with this flag set; it is valid
  /// only as a property name.
  bool hasEscape = false;
  /// For a string literal: it contained a legacy octal escape (\01) or a
  /// \8/\9 escape, which strict mode forbids. For a numeric literal: it was a
  /// legacy octal (010) or non-octal decimal (08) literal.
  bool legacyOctal = false;
  /// For templates: the cooked value is undefined because of an invalid
  /// escape (allowed only in tagged templates).
  bool invalidCooked = false;
  SourceRange range;
  /// identifier / private_name (without '#'): the name, escapes decoded.
  /// string_literal / template parts: the cooked value.
  /// regexp_literal: the body between the slashes.
  Atom value;
  /// Templates: the raw text (CR and CRLF normalized to LF).
  /// regexp_literal: the flags.
  Atom raw;
  /// numeric_literal: the value.
  double number = 0;

  bool is(TokenKind k) const { return kind == k; }
  bool isNot(TokenKind k) const { return kind != k; }
  /// An identifier token whose name is \p a (escapes allowed only if
  /// \p allowEscape).
  bool isIdent(Atom a, bool allowEscape = false) const {
    return kind == TokenKind::identifier && value == a &&
           (allowEscape || !hasEscape);
  }
  SourceLoc getLoc() const { return range.begin; }
  SourceLoc getEndLoc() const { return range.end; }
};

} // namespace kiln

#endif
