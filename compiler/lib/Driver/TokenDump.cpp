//===- TokenDump.cpp - kilnc --emit=tokens --------------------------------===//
//
// The token dump: kind name, the token's source text (truncated when long),
// its position, and the decoded value of literals.
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/TokenDump.h"

#include "kiln/Lex/Lexer.h"
#include "kiln/Support/NumberFormat.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace kiln;

/// Longest source text printed for one token before it is elided.
static constexpr size_t kMaxTokenText = 60;

void kiln::writeQuoted(llvm::raw_ostream &os, llvm::StringRef s) {
  os << '"';
  for (unsigned char c : s) {
    switch (c) {
    case '"':
      os << "\\\"";
      break;
    case '\\':
      os << "\\\\";
      break;
    case '\n':
      os << "\\n";
      break;
    case '\r':
      os << "\\r";
      break;
    case '\t':
      os << "\\t";
      break;
    default:
      if (c < 0x20 || c >= 0x7F)
        os << llvm::format("\\x%02X", c);
      else
        os << char(c);
    }
  }
  os << '"';
}

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
      writeQuoted(os, (text.take_front(kMaxTokenText).str() + "..."));
    else
      writeQuoted(os, text);
    os << ' ' << line << ':' << col;
    switch (tok.kind) {
    case TokenKind::numeric_literal:
      os << " value=" << formatShortestDouble(tok.number);
      break;
    case TokenKind::identifier:
    case TokenKind::private_name:
    case TokenKind::string_literal:
      os << " value=";
      writeQuoted(os, tok.value.str());
      break;
    case TokenKind::no_substitution_template:
    case TokenKind::template_head:
    case TokenKind::template_middle:
    case TokenKind::template_tail:
      os << " cooked=";
      if (tok.invalidCooked)
        os << "<invalid>";
      else
        writeQuoted(os, tok.value.str());
      os << " raw=";
      writeQuoted(os, tok.raw.str());
      break;
    case TokenKind::regexp_literal:
      os << " body=";
      writeQuoted(os, tok.value.str());
      os << " flags=";
      writeQuoted(os, tok.raw.str());
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
