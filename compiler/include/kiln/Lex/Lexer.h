//===- Lexer.h - ECMAScript lexer --------------------------------*- C++ -*-===//
//
// Turns a SourceFile's UTF-8 text into Tokens on demand. JavaScript's lexical
// grammar depends on syntactic context in two places, and the parser resolves
// both by asking the lexer to rescan the current token:
//  - a `/` or `/=` where an expression may start begins a regular expression
//    (rescanAsRegExp);
//  - a `}` that closes a template substitution continues the template
//    (rescanTemplateContinuation).
// Errors (invalid characters, unterminated literals, invalid UTF-8, NUL
// bytes, bad escapes) are reported through the DiagnosticEngine; the lexer
// then recovers and keeps producing tokens, ending with eof.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_LEX_LEXER_H
#define KILN_LEX_LEXER_H

#include "kiln/Lex/Token.h"
#include "kiln/Support/Diagnostics.h"

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

  /// Saved lexer position, for the parser's bounded lookahead.
  struct State {
    const char *cur;
    Token tok;
  };
  State saveState() const { return {cur_, tok_}; }
  void restoreState(const State &s) {
    cur_ = s.cur;
    tok_ = s.tok;
  }
  /// Kind of the token after the current one, without consuming anything.
  /// Diagnostics are suppressed while peeking.
  TokenKind peekKind();

  /// Scans every token of the file with a previous-token heuristic for `/`
  /// and templates (for --emit=tokens, where there is no parser).
  void setStandaloneMode(bool on) { standalone_ = on; }

  const SourceFile &getFile() const { return file_; }
  AtomTable &getAtoms() { return atoms_; }

private:
  const SourceFile &file_;
  AtomTable &atoms_;
  DiagnosticEngine &diags_;
  const char *begin_;
  const char *end_;
  const char *cur_;
  Token tok_;
  bool standalone_ = false;
  bool suppressDiags_ = false;
  /// Scratch buffer for cooked string values.
  std::string buf_;
};

} // namespace kiln

#endif
