//===- TokenDump.cpp - kilnc --emit=tokens --------------------------------===//
//
// The token dump: kind name, the token's source text (truncated when long),
// its position, and the decoded value of literals.
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/TokenDump.h"

#include "kiln/Lex/Lexer.h"
#include "kiln/Support/NumberFormat.h"
#include "kiln/Support/Quoting.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace kiln;

/// Longest source text printed for one token before it is elided.
static constexpr size_t kMaxTokenText = 60;

void kiln::dumpTokens(const SourceFile &file, AtomTable &atoms,
                      DiagnosticEngine &diags, llvm::raw_ostream &os) {
  Lexer lex(file, atoms, diags);
  lex.setStandaloneMode(true);
  while (true) {
    const Token &tok = lex.advance();
    unsigned line, col;
    file.getLineAndColumn(file.getOffset(tok.getLoc()), line, col);
    llvm::StringRef text = file.getText().slice(file.getOffset(tok.range.begin),
                                                file.getOffset(tok.range.end));
    os << getTokenName(tok.kind) << ' ';
    if (text.size() > kMaxTokenText)
      writeQuoted(os, (text.take_front(kMaxTokenText).str() + "..."),
                  NonASCIIStyle::Escape);
    else
      writeQuoted(os, text, NonASCIIStyle::Escape);
    os << ' ' << line << ':' << col;
    switch (tok.kind) {
    case TokenKind::numeric_literal:
      os << " value=" << formatShortestDouble(tok.number);
      break;
    case TokenKind::identifier:
    case TokenKind::private_name:
    case TokenKind::string_literal:
      os << " value=";
      writeQuoted(os, tok.value.str(), NonASCIIStyle::Escape);
      break;
    case TokenKind::no_substitution_template:
    case TokenKind::template_head:
    case TokenKind::template_middle:
    case TokenKind::template_tail:
      os << " cooked=";
      if (tok.invalidCooked)
        os << "<invalid>";
      else
        writeQuoted(os, tok.value.str(), NonASCIIStyle::Escape);
      os << " raw=";
      writeQuoted(os, tok.raw.str(), NonASCIIStyle::Escape);
      break;
    case TokenKind::regexp_literal:
      os << " body=";
      writeQuoted(os, tok.value.str(), NonASCIIStyle::Escape);
      os << " flags=";
      writeQuoted(os, tok.raw.str(), NonASCIIStyle::Escape);
      break;
    default:
      break;
    }
    if (tok.newlineBefore)
      os << " newline";
    if (tok.hasEscape)
      os << " escaped";
    os << '\n';
    if (tok.is(TokenKind::eof) || diags.hasFatalErrorOccurred())
      break;
  }
}
