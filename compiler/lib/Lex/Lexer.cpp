//===- Lexer.cpp - ECMAScript lexer: dispatch, trivia, punctuators --------===//
//
// The token dispatch (one switch on the first byte), white space, line
// terminators and comments, punctuators, lookahead, and the standalone mode
// used by --emit=tokens. Identifiers are in Lexer-identifiers.cpp, literals
// in Lexer-numbers.cpp and Lexer-strings.cpp. Every scan compares
// against end_ rather than stopping at a NUL byte: the text is
// NUL-terminated, so reading the byte at end_ is safe, but a NUL inside the
// file is input: an ordinary character inside comments and literals (as
// ECMAScript allows) and a reported, skipped character between tokens.
//
//===----------------------------------------------------------------------===//
#include "kiln/Lex/Lexer.h"

#include "Unicode.h"

#include "llvm/Support/Compiler.h"

#include <cstring>

using namespace kiln;
using namespace kiln::unicode;

namespace {
/// In standalone mode: can a regular expression start after \p prev?
bool regExpAllowedAfter(TokenKind prev) {
  switch (prev) {
  case TokenKind::identifier:
  case TokenKind::private_name:
  case TokenKind::numeric_literal:
  case TokenKind::string_literal:
  case TokenKind::regexp_literal:
  case TokenKind::no_substitution_template:
  case TokenKind::template_tail:
  case TokenKind::r_paren:
  case TokenKind::r_square:
  case TokenKind::plus_plus:
  case TokenKind::minus_minus:
  case TokenKind::kw_this:
  case TokenKind::kw_super:
  case TokenKind::kw_null:
  case TokenKind::kw_true:
  case TokenKind::kw_false:
    return false;
  default:
    return true;
  }
}

/// In standalone mode: does a `{` after \p prev (where an expression could
/// also start) begin a block rather than an object literal?
bool bracesBeginBlockAfter(TokenKind prev) {
  switch (prev) {
  case TokenKind::eof: // Start of the file.
  case TokenKind::semi:
  case TokenKind::l_brace:
  case TokenKind::r_brace:
  case TokenKind::arrow:
  case TokenKind::kw_else:
  case TokenKind::kw_do:
  case TokenKind::kw_try:
  case TokenKind::kw_catch:
  case TokenKind::kw_finally:
    return true;
  default:
    return false;
  }
}
} // namespace

Lexer::Lexer(const SourceFile &file, AtomTable &atoms, DiagnosticEngine &diags)
    : file_(file), atoms_(atoms), diags_(diags) {
  llvm::StringRef text = file.getText();
  begin_ = text.data();
  end_ = begin_ + text.size();
  cur_ = begin_;
  base_ = file.getBase();
  initKeywordAtoms();
  tok_.range = SourceRange(locAt(begin_), locAt(begin_));
}

const Token &Lexer::advance() {
  lexToken();
  if (standalone_)
    applyStandaloneRules();
  return tok_;
}

TokenKind Lexer::peekKind() {
  State saved = saveState();
  bool savedSuppress = suppressDiags_;
  suppressDiags_ = true;
  do
    lexToken();
  while (tok_.is(TokenKind::error));
  TokenKind kind = tok_.kind;
  suppressDiags_ = savedSuppress;
  restoreState(saved);
  return kind;
}

void Lexer::applyStandaloneRules() {
  // After `}` closing an object literal, `/` divides, as after `)`.
  bool regExpAllowed = prevKind_ == TokenKind::r_brace
                           ? !prevClosedExpression_
                           : regExpAllowedAfter(prevKind_);
  prevClosedExpression_ = false;
  switch (tok_.kind) {
  case TokenKind::slash:
  case TokenKind::slash_equal:
    if (regExpAllowed)
      rescanAsRegExp();
    break;
  case TokenKind::l_brace:
    // A `{` where an expression may start, other than at the start of a
    // statement, begins an object literal.
    braceStack_.push_back(regExpAllowed && !bracesBeginBlockAfter(prevKind_)
                              ? BraceKind::Expression
                              : BraceKind::Block);
    break;
  case TokenKind::template_head:
    braceStack_.push_back(BraceKind::Substitution);
    break;
  case TokenKind::r_brace:
    if (!braceStack_.empty()) {
      BraceKind brace = braceStack_.pop_back_val();
      if (brace == BraceKind::Expression)
        prevClosedExpression_ = true;
      if (brace == BraceKind::Substitution &&
          rescanTemplateContinuation().is(TokenKind::template_middle))
        braceStack_.push_back(BraceKind::Substitution);
    }
    break;
  default:
    break;
  }
  prevKind_ = tok_.kind;
}

void Lexer::resetToken() {
  tok_.newlineBefore = false;
  tok_.hasEscape = false;
  tok_.legacyOctal = false;
  tok_.invalidCooked = false;
  tok_.value = Atom();
  tok_.raw = Atom();
  tok_.number = 0;
}

void Lexer::lexToken() {
  resetToken();
  for (;;) {
    const char *start = cur_;
    unsigned char c = *cur_;
    switch (c) {
    case ' ':
    case '\t':
    case '\v':
    case '\f':
      ++cur_;
      continue;
    case '\n':
    case '\r':
      ++cur_;
      tok_.newlineBefore = true;
      continue;
    case 0:
      if (cur_ >= end_) {
        formToken(TokenKind::eof, cur_);
        return;
      }
      report(cur_, cur_ + 1, DiagID::err_nul_in_source);
      ++cur_;
      continue;

    case '/':
      if (cur_[1] == '/') {
        cur_ += 2;
        skipLineComment();
        continue;
      }
      if (cur_[1] == '*') {
        skipBlockComment(start);
        continue;
      }
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::slash_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::slash, start);

      // clang-format off
    case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': case 'g':
    case 'h': case 'i': case 'j': case 'k': case 'l': case 'm': case 'n':
    case 'o': case 'p': case 'q': case 'r': case 's': case 't': case 'u':
    case 'v': case 'w': case 'x': case 'y': case 'z':
    case 'A': case 'B': case 'C': case 'D': case 'E': case 'F': case 'G':
    case 'H': case 'I': case 'J': case 'K': case 'L': case 'M': case 'N':
    case 'O': case 'P': case 'Q': case 'R': case 'S': case 'T': case 'U':
    case 'V': case 'W': case 'X': case 'Y': case 'Z':
    case '$': case '_':
      // clang-format on
      return lexIdentifier(start);
    case '\\':
      return lexIdentifierSlow(start);

    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      return lexNumber(start);
    case '.':
      if (isDecDigit(cur_[1]))
        return lexNumber(start);
      if (cur_[1] == '.' && cur_[2] == '.') {
        cur_ += 3;
        return formToken(TokenKind::ellipsis, start);
      }
      ++cur_;
      return formToken(TokenKind::period, start);

    case '"':
    case '\'':
      return lexString(start);
    case '`':
      return lexTemplate(start, /*continuation=*/false);

    case '#':
      if (cur_[1] == '!') {
        // A hashbang comment, allowed only at the start of the file (after
        // an optional byte order mark).
        bool atStart =
            start == begin_ || (start == begin_ + 3 &&
                                std::memcmp(begin_, "\xEF\xBB\xBF", 3) == 0);
        if (!atStart)
          report(start, start + 2, DiagID::err_lex_hashbang_not_at_start);
        cur_ += 2;
        skipLineComment();
        continue;
      }
      return lexPrivateName(start);

    case '{':
      ++cur_;
      return formToken(TokenKind::l_brace, start);
    case '}':
      ++cur_;
      return formToken(TokenKind::r_brace, start);
    case '(':
      ++cur_;
      return formToken(TokenKind::l_paren, start);
    case ')':
      ++cur_;
      return formToken(TokenKind::r_paren, start);
    case '[':
      ++cur_;
      return formToken(TokenKind::l_square, start);
    case ']':
      ++cur_;
      return formToken(TokenKind::r_square, start);
    case ';':
      ++cur_;
      return formToken(TokenKind::semi, start);
    case ',':
      ++cur_;
      return formToken(TokenKind::comma, start);
    case ':':
      ++cur_;
      return formToken(TokenKind::colon, start);
    case '~':
      ++cur_;
      return formToken(TokenKind::tilde, start);
    case '@':
      ++cur_;
      return formToken(TokenKind::at, start);

    case '<':
      if (cur_[1] == '<') {
        if (cur_[2] == '=') {
          cur_ += 3;
          return formToken(TokenKind::less_less_equal, start);
        }
        cur_ += 2;
        return formToken(TokenKind::less_less, start);
      }
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::less_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::less, start);
    case '>':
      if (cur_[1] == '>') {
        if (cur_[2] == '>') {
          if (cur_[3] == '=') {
            cur_ += 4;
            return formToken(TokenKind::greater_greater_greater_equal, start);
          }
          cur_ += 3;
          return formToken(TokenKind::greater_greater_greater, start);
        }
        if (cur_[2] == '=') {
          cur_ += 3;
          return formToken(TokenKind::greater_greater_equal, start);
        }
        cur_ += 2;
        return formToken(TokenKind::greater_greater, start);
      }
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::greater_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::greater, start);
    case '=':
      if (cur_[1] == '=') {
        if (cur_[2] == '=') {
          cur_ += 3;
          return formToken(TokenKind::equal_equal_equal, start);
        }
        cur_ += 2;
        return formToken(TokenKind::equal_equal, start);
      }
      if (cur_[1] == '>') {
        cur_ += 2;
        return formToken(TokenKind::arrow, start);
      }
      ++cur_;
      return formToken(TokenKind::equal, start);
    case '!':
      if (cur_[1] == '=') {
        if (cur_[2] == '=') {
          cur_ += 3;
          return formToken(TokenKind::exclaim_equal_equal, start);
        }
        cur_ += 2;
        return formToken(TokenKind::exclaim_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::exclaim, start);
    case '+':
      if (cur_[1] == '+') {
        cur_ += 2;
        return formToken(TokenKind::plus_plus, start);
      }
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::plus_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::plus, start);
    case '-':
      if (cur_[1] == '-') {
        cur_ += 2;
        return formToken(TokenKind::minus_minus, start);
      }
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::minus_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::minus, start);
    case '*':
      if (cur_[1] == '*') {
        if (cur_[2] == '=') {
          cur_ += 3;
          return formToken(TokenKind::star_star_equal, start);
        }
        cur_ += 2;
        return formToken(TokenKind::star_star, start);
      }
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::star_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::star, start);
    case '%':
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::percent_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::percent, start);
    case '^':
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::caret_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::caret, start);
    case '&':
      if (cur_[1] == '&') {
        if (cur_[2] == '=') {
          cur_ += 3;
          return formToken(TokenKind::amp_amp_equal, start);
        }
        cur_ += 2;
        return formToken(TokenKind::amp_amp, start);
      }
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::amp_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::amp, start);
    case '|':
      if (cur_[1] == '|') {
        if (cur_[2] == '=') {
          cur_ += 3;
          return formToken(TokenKind::pipe_pipe_equal, start);
        }
        cur_ += 2;
        return formToken(TokenKind::pipe_pipe, start);
      }
      if (cur_[1] == '=') {
        cur_ += 2;
        return formToken(TokenKind::pipe_equal, start);
      }
      ++cur_;
      return formToken(TokenKind::pipe, start);
    case '?':
      if (cur_[1] == '?') {
        if (cur_[2] == '=') {
          cur_ += 3;
          return formToken(TokenKind::question_question_equal, start);
        }
        cur_ += 2;
        return formToken(TokenKind::question_question, start);
      }
      // `?.5` is `?` followed by the number `.5` (a conditional).
      if (cur_[1] == '.' && !isDecDigit(cur_[2])) {
        cur_ += 2;
        return formToken(TokenKind::question_period, start);
      }
      ++cur_;
      return formToken(TokenKind::question, start);

    default:
      if (c >= 0x80) {
        if (lexNonASCII(start))
          return;
        continue;
      }
      // An ASCII control character.
      char name[12];
      report(start, start + 1, DiagID::err_lex_unexpected_char,
             {formatCodePoint(c, name)});
      ++cur_;
      return formToken(TokenKind::error, start);
    }
  }
}

bool Lexer::lexNonASCII(const char *start) {
  uint32_t cp;
  unsigned n = decodeUTF8(start, end_, cp);
  if (n == 0) {
    cur_ = skipInvalidUTF8(start);
    formToken(TokenKind::error, start);
    return true;
  }
  if (isNonASCIILineTerminator(cp)) {
    cur_ += n;
    tok_.newlineBefore = true;
    return false;
  }
  if (isNonASCIIWhiteSpace(cp)) {
    cur_ += n;
    return false;
  }
  if (isIDStart(cp)) {
    lexIdentifierSlow(start);
    return true;
  }
  char name[12];
  report(start, start + n, DiagID::err_lex_unexpected_char,
         {formatCodePoint(cp, name)});
  cur_ += n;
  formToken(TokenKind::error, start);
  return true;
}

const char *Lexer::skipInvalidUTF8(const char *p) {
  const char *q = p + 1;
  uint32_t cp;
  while (q < end_ && (unsigned char)*q >= 0x80 && decodeUTF8(q, end_, cp) == 0)
    ++q;
  report(p, q, DiagID::err_lex_invalid_utf8);
  return q;
}

void Lexer::skipLineComment() {
  const char *p = cur_;
  for (;;) {
    unsigned char c = *p;
    if (LLVM_LIKELY(c >= 0x20 && c < 0x80)) {
      ++p;
      continue;
    }
    if (c == '\n' || c == '\r')
      break;
    if (c == 0 && p >= end_)
      break;
    if (c < 0x80) {
      ++p; // TAB, NUL and other control characters.
      continue;
    }
    uint32_t cp;
    unsigned n = decodeUTF8(p, end_, cp);
    if (n == 0) {
      p = skipInvalidUTF8(p);
      continue;
    }
    if (isNonASCIILineTerminator(cp))
      break;
    p += n;
  }
  // The line terminator is left for lexToken, which records it.
  cur_ = p;
}

void Lexer::skipBlockComment(const char *start) {
  const char *p = start + 2;
  for (;;) {
    unsigned char c = *p;
    if (c == '*') {
      if (p[1] == '/') {
        cur_ = p + 2;
        return;
      }
      ++p;
      continue;
    }
    if (LLVM_LIKELY(c >= 0x20 && c < 0x80)) {
      ++p;
      continue;
    }
    if (c == '\n' || c == '\r') {
      tok_.newlineBefore = true;
      ++p;
      continue;
    }
    if (c == 0 && p >= end_) {
      report(start, start + 2, DiagID::err_lex_unterminated_block_comment);
      cur_ = p;
      return;
    }
    if (c < 0x80) {
      ++p; // TAB, NUL and other control characters.
      continue;
    }
    uint32_t cp;
    unsigned n = decodeUTF8(p, end_, cp);
    if (n == 0) {
      p = skipInvalidUTF8(p);
      continue;
    }
    if (isNonASCIILineTerminator(cp))
      tok_.newlineBefore = true;
    p += n;
  }
}
