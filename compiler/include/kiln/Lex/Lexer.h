//===- Lexer.h - ECMAScript lexer -------------------------------*- C++ -*-===//
//
// Turns a SourceFile's UTF-8 text into Tokens on demand. JavaScript's lexical
// grammar depends on syntactic context in two places, and the parser resolves
// both by asking the lexer to rescan the current token:
//  - a `/` or `/=` where an expression may start begins a regular expression
//    (rescanAsRegExp);
//  - a `}` that closes a template substitution continues the template
//    (rescanTemplateContinuation).
// Keyword tokens carry their spelling in Token::value too (for property
// names), with no extra lookup. Errors (invalid characters, unterminated
// literals, invalid UTF-8, NUL bytes between tokens, bad escapes, bad
// numbers) are reported through the DiagnosticEngine; the lexer then
// recovers and keeps producing tokens, ending with eof. A character that
// cannot start any token becomes one `error` token (already diagnosed; the
// parser should skip it silently). Kiln code is always strict, so legacy
// octal literals and escapes are reported here; only the invalid escapes of
// templates are left to the parser, because tagged templates allow them.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_LEX_LEXER_H
#define KILN_LEX_LEXER_H

#include "kiln/Lex/Token.h"
#include "kiln/Support/Diagnostics.h"

#include "llvm/ADT/SmallVector.h"

#include <string>

namespace kiln {

class Lexer {
public:
  Lexer(const SourceFile &file, AtomTable &atoms, DiagnosticEngine &diags);

  /// Scans the next token into current() and returns it. Comments and
  /// whitespace are skipped; a leading "#!" line at offset 0 is a comment.
  const Token &advance();
  const Token &current() const { return tok_; }

  /// Re-lexes the current `/` or `/=` token as a regular-expression literal.
  const Token &rescanAsRegExp();
  /// Re-lexes the current `}` token as a template_middle or template_tail.
  const Token &rescanTemplateContinuation();

  /// For the current template token, if it has invalidCooked set: its first
  /// invalid escape sequence (from the backslash) and the diagnostic that
  /// describes it, for the parser to report when the template is not tagged.
  /// Query these before advancing past the token.
  SourceRange invalidEscapeRange() const { return invalidEscape_; }
  SourceLoc invalidEscapeLoc() const { return invalidEscape_.begin; }
  DiagID invalidEscapeDiag() const { return invalidEscapeDiag_; }

  /// Saved lexer position, for the parser's bounded lookahead.
  struct State {
    const char *cur;
    Token tok;
    SourceRange invalidEscape;
    DiagID invalidEscapeDiag;
  };
  State saveState() const {
    return {cur_, tok_, invalidEscape_, invalidEscapeDiag_};
  }
  void restoreState(const State &s) {
    cur_ = s.cur;
    tok_ = s.tok;
    invalidEscape_ = s.invalidEscape;
    invalidEscapeDiag_ = s.invalidEscapeDiag;
  }
  /// Kind of the token after the current one, without consuming anything.
  /// Diagnostics are suppressed while peeking, and `error` tokens (already
  /// diagnosed, skipped by the parser) are skipped.
  TokenKind peekKind();

  /// Scans every token of the file with a previous-token heuristic for `/`
  /// and templates (for --emit=tokens, where there is no parser).
  void setStandaloneMode(bool on) { standalone_ = on; }

  const SourceFile &getFile() const { return file_; }
  AtomTable &getAtoms() { return atoms_; }

private:
  // Lexer.cpp: dispatch, trivia, punctuators, standalone mode.
  void resetToken();
  void lexToken();
  /// Non-ASCII byte at cur_: white space, line terminator, identifier or
  /// error. Returns true if a token was formed.
  bool lexNonASCII(const char *start);
  void skipLineComment();
  void skipBlockComment(const char *start);
  /// Reports the run of ill-formed UTF-8 bytes starting at \p p and returns
  /// the first byte after it.
  const char *skipInvalidUTF8(const char *p);
  void applyStandaloneRules();

  // Lexer-identifiers.cpp: identifiers, keywords, private names.
  void initKeywordAtoms();
  void lexIdentifier(const char *start);
  void lexIdentifierSlow(const char *start);
  /// Decodes `\uXXXX` or `\u{...}` at \p p (pointing at the backslash) of an
  /// identifier; advances \p p past it. Returns false (after reporting) when
  /// the escape is malformed or denotes a character that is not allowed
  /// (\p atStart selects IdentifierStart rules).
  bool scanIdentifierEscape(const char *&p, bool atStart, uint32_t &cp);
  void lexPrivateName(const char *start);
  bool isIdentifierStartAt(const char *p) const;

  // Lexer-numbers.cpp and Lexer-strings.cpp: literals.
  void lexNumber(const char *start);
  /// A literal starting with "0" and a digit or '_'. Returns true if it
  /// formed the token (legacy octal); otherwise sets \p p to where the
  /// decimal literal's fraction may begin.
  bool lexLegacyNumber(const char *start, const char *&p, bool &sawSeparator);
  void lexRadixNumber(const char *start, unsigned radix);
  const char *scanDecimalDigits(const char *p, bool &sawSeparator);
  /// Checks what follows a numeric literal ending at cur_ (BigInt suffix,
  /// an identifier or digit) and forms the token.
  void finishNumber(const char *start);
  void reportNumberError(const char *b, const char *e, DiagID id,
                         std::initializer_list<llvm::StringRef> args = {});
  void lexString(const char *start);
  void lexTemplate(const char *start, bool continuation);
  /// Decodes the escape sequence whose backslash is at \p p, appending the
  /// cooked characters to buf_ and advancing \p p past it. Returns false for
  /// an escape that is invalid in this context, with \p err set (and nothing
  /// reported).
  bool scanEscape(const char *&p, bool inTemplate, DiagID &err);
  bool scanUnicodeEscapeValue(const char *&p, uint32_t &cp, DiagID &err);

  // Helpers.
  SourceLoc locAt(const char *p) const {
    return SourceLoc::fromRaw(base_ + uint32_t(p - begin_));
  }
  const char *ptrAt(SourceLoc loc) const {
    return begin_ + (loc.getRaw() - base_);
  }
  void formToken(TokenKind kind, const char *start) {
    tok_.kind = kind;
    tok_.range = SourceRange(locAt(start), locAt(cur_));
  }
  void report(const char *b, const char *e, DiagID id,
              std::initializer_list<llvm::StringRef> args = {}) {
    if (!suppressDiags_)
      diags_.report(SourceRange(locAt(b), locAt(e)), id, args);
  }

  const SourceFile &file_;
  AtomTable &atoms_;
  DiagnosticEngine &diags_;
  /// The file text [begin_, end_); *end_ is NUL, but a NUL byte before end_
  /// is input (allowed in comments and literals, an error between tokens),
  /// so every scan compares against end_.
  const char *begin_;
  const char *end_;
  const char *cur_;
  uint32_t base_;
  Token tok_;
  bool standalone_ = false;
  bool suppressDiags_ = false;
  /// First invalid escape of the current template token (see
  /// invalidEscapeRange()).
  SourceRange invalidEscape_;
  DiagID invalidEscapeDiag_ = DiagID::err_lex_invalid_unicode_escape;
  /// The spelling atom of each keyword kind, so keyword tokens carry their
  /// name (for use as property names) without a hash lookup.
  Atom keywordAtoms_[unsigned(TokenKind::NumTokenKinds)];
  /// Standalone mode: the previous token, whether it was a `}` that closed
  /// an object literal, and what each open `{` or `${` began.
  enum class BraceKind : unsigned char { Block, Expression, Substitution };
  TokenKind prevKind_ = TokenKind::eof;
  bool prevClosedExpression_ = false;
  llvm::SmallVector<BraceKind, 16> braceStack_;
  /// The numeric literal being scanned already has a diagnostic; later
  /// problems in it are not reported.
  bool numberHadError_ = false;
  /// Scratch buffer for cooked string values.
  std::string buf_;
  /// Scratch buffer for template raw values that need CR normalization.
  std::string rawBuf_;
};

} // namespace kiln

#endif
