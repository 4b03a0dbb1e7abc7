//===- Parser.cpp - Parser infrastructure ---------------------------------===//
//
// Token handling, diagnostics, error recovery, the nesting limit, identifier
// checks and the program. The grammar itself is in the Parser-*.cpp files.
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

#include "llvm/ADT/StringSwitch.h"

using namespace kiln;

//===--- Public interface -------------------------------------------------===//

Parser::Parser(Lexer &lexer, ASTContext &ctx, DiagnosticEngine &diags,
               ParseOptions options)
    : impl_(std::make_unique<ParserImpl>(lexer, ctx, diags, options)) {}

Parser::~Parser() = default;

ProgramNode *Parser::parseProgram() { return impl_->parseProgram(); }

//===--- Tokens -----------------------------------------------------------===//

ParserImpl::ParserImpl(Lexer &lexer, ASTContext &ctx, DiagnosticEngine &diags,
                       ParseOptions options)
    : lex_(lexer), ctx_(ctx), diags_(diags), atoms_(lexer.getAtoms()),
      options_(options) {
  scratch_.reserve(256);
  fn_.awaitIsOperator = options.isModule;
  fn_.awaitReserved = options.isModule;
}

void ParserImpl::trackBrackets(TokenKind consumed) {
  switch (consumed) {
  case TokenKind::l_brace:
  case TokenKind::l_paren:
  case TokenKind::l_square:
  case TokenKind::template_head:
    brackets_.push_back(consumed);
    return;
  case TokenKind::r_brace:
  case TokenKind::r_paren:
  case TokenKind::r_square:
  case TokenKind::template_tail:
    // A stray closer (only ever skipped during recovery) closes nothing.
    if (!brackets_.empty() && closes(consumed, brackets_.back()))
      brackets_.pop_back();
    return;
  default:
    return;
  }
}

void ParserImpl::advance() {
  prevEnd_ = tok_.range.end;
  if (stopped_)
    return;
  trackBrackets(tok_.kind);
  // `error` tokens were diagnosed by the lexer; the grammar never sees them.
  do
    lex_.advance();
  while (lex_.current().is(TokenKind::error));
  tok_ = lex_.current();
  if (diags_.hasFatalErrorOccurred())
    stop();
}

void ParserImpl::stop() {
  stopped_ = true;
  tok_.kind = TokenKind::eof;
  tok_.newlineBefore = true;
}

bool ParserImpl::depthError() {
  if (!depthReported_) {
    depthReported_ = true;
    errorAtToken(DiagID::err_nesting_too_deep,
                 {std::to_string(kMaxParseDepth)});
  }
  stop();
  return true;
}

bool ParserImpl::expect(TokenKind k) {
  if (consume(k))
    return true;
  errorAtToken(DiagID::err_expected_token, {getTokenSpelling(k)});
  return false;
}

bool ParserImpl::expectAfter(TokenKind k, const char *what) {
  if (consume(k))
    return true;
  errorAtToken(DiagID::err_expected_after, {getTokenSpelling(k), what});
  return false;
}

bool ParserImpl::expectClosing(TokenKind k, TokenKind open, SourceLoc openLoc) {
  if (consume(k))
    return true;
  errorAtToken(DiagID::err_expected_token, {getTokenSpelling(k)});
  error(SourceRange(openLoc, openLoc.getAdvanced(1)), DiagID::note_matching,
        {getTokenSpelling(open)});
  return false;
}

bool ParserImpl::consumeSemicolon(const char *what) {
  if (consume(TokenKind::semi) || canInsertSemicolon())
    return true;
  // The caret goes under the token that cannot continue the statement.
  errorAtToken(DiagID::err_expected_after, {";", what});
  return false;
}

void ParserImpl::errorUnexpected() {
  switch (tok_.kind) {
  case TokenKind::eof:
    errorAtToken(DiagID::err_unexpected, {"end of file"});
    return;
  case TokenKind::identifier:
    errorAtToken(DiagID::err_unexpected_token, {tok_.value.str()});
    return;
  case TokenKind::private_name:
    errorAtToken(DiagID::err_unexpected, {"private name"});
    return;
  case TokenKind::numeric_literal:
    errorAtToken(DiagID::err_unexpected, {"number"});
    return;
  case TokenKind::string_literal:
    errorAtToken(DiagID::err_unexpected, {"string"});
    return;
  case TokenKind::regexp_literal:
    errorAtToken(DiagID::err_unexpected, {"regular expression"});
    return;
  case TokenKind::no_substitution_template:
  case TokenKind::template_head:
  case TokenKind::template_middle:
  case TokenKind::template_tail:
    errorAtToken(DiagID::err_unexpected, {"template literal"});
    return;
  default:
    errorAtToken(DiagID::err_unexpected_token, {getTokenSpelling(tok_.kind)});
    return;
  }
}

/// Keywords that begin a statement; recovery resumes at one that starts a
/// line.
static bool isStatementKeyword(TokenKind k) {
  switch (k) {
  case TokenKind::kw_var:
  case TokenKind::kw_const:
  case TokenKind::kw_function:
  case TokenKind::kw_class:
  case TokenKind::kw_if:
  case TokenKind::kw_for:
  case TokenKind::kw_while:
  case TokenKind::kw_do:
  case TokenKind::kw_return:
  case TokenKind::kw_try:
  case TokenKind::kw_switch:
  case TokenKind::kw_throw:
  case TokenKind::kw_break:
  case TokenKind::kw_continue:
  case TokenKind::kw_import:
  case TokenKind::kw_export:
  case TokenKind::kw_case:
  case TokenKind::kw_default:
    return true;
  default:
    return false;
  }
}

/// Statement keywords that cannot begin an expression, so cannot appear
/// inside a `(` or `[` (`function`, `class` and `import` can).
static bool isStatementOnlyKeyword(TokenKind k) {
  return isStatementKeyword(k) && k != TokenKind::kw_function &&
         k != TokenKind::kw_class && k != TokenKind::kw_import;
}

void ParserImpl::skipToStatementBoundary(size_t startDepth) {
  // The failed statement left only `(` / `[` open: a missing `)` or `]`.
  auto onlyParensOpen = [&] {
    for (size_t i = startDepth; i < brackets_.size(); ++i)
      if (brackets_[i] != TokenKind::l_paren &&
          brackets_[i] != TokenKind::l_square)
        return false;
    return true;
  };
  for (bool first = true;; first = false) {
    TokenKind k = tok_.kind;
    if (k == TokenKind::eof)
      return;
    if (k == TokenKind::r_brace || k == TokenKind::r_paren ||
        k == TokenKind::r_square) {
      // Brackets the failed statement opened but never closed end here.
      while (brackets_.size() > startDepth && !closes(k, brackets_.back()))
        brackets_.pop_back();
      if (brackets_.size() <= startDepth) {
        // `}` closes the enclosing block; a stray `)` or `]` is skipped.
        if (k == TokenKind::r_brace)
          return;
        advance();
        continue;
      }
      if (k == TokenKind::r_brace &&
          brackets_.back() == TokenKind::template_head) {
        // The `}` ends a template substitution: the template goes on after
        // it (as a middle, which keeps it open, or a tail, which closes it).
        lex_.rescanTemplateContinuation();
        tok_ = lex_.current();
      }
      advance();
      // A block or function body of the statement just ended: a new
      // statement may start on the next line.
      if (k == TokenKind::r_brace && brackets_.size() >= startDepth &&
          tok_.newlineBefore && onlyParensOpen()) {
        brackets_.resize(startDepth);
        return;
      }
      continue;
    }
    if (brackets_.size() <= startDepth) {
      if (k == TokenKind::semi) {
        advance();
        return;
      }
      if (!first && tok_.newlineBefore &&
          (isStatementKeyword(k) || isIdent(atoms_.let)))
        return;
    } else if (!first && tok_.newlineBefore &&
               (isStatementOnlyKeyword(k) || isIdent(atoms_.let)) &&
               onlyParensOpen()) {
      brackets_.resize(startDepth);
      return;
    }
    advance();
  }
}

//===--- Identifiers ------------------------------------------------------===//

/// Words reserved in strict code besides the keywords.
static bool isStrictReserved(const AtomTable &atoms, Atom a) {
  return a == atoms.implements || a == atoms.interface || a == atoms.let ||
         a == atoms.package || a == atoms.private_ || a == atoms.protected_ ||
         a == atoms.public_ || a == atoms.static_ || a == atoms.yield;
}

/// ReservedWord spellings, for identifiers spelled with escapes.
static bool isReservedWordName(llvm::StringRef s) {
  return llvm::StringSwitch<bool>(s)
#define KEYWORD(Name, Spelling) .Case(Spelling, true)
#include "kiln/Lex/TokenKinds.def"
      .Default(false);
}

bool ParserImpl::isKeywordName(Atom a) const {
  return isReservedWordName(a.str());
}

bool ParserImpl::checkIdentifier(Atom name, bool hasEscape, SourceRange range,
                                 IdentUse use) {
  if (hasEscape && isReservedWordName(name.str())) {
    error(range, DiagID::err_escaped_keyword, {name.str()});
    return false;
  }
  if (isStrictReserved(atoms_, name)) {
    error(range, DiagID::err_strict_reserved_word, {name.str()});
    return false;
  }
  if (name == atoms_.await) {
    if (fn_.awaitReserved || fn_.awaitIsOperator) {
      const char *where = options_.isModule && !fn_.inStaticBlock ? "a module"
                          : fn_.inStaticBlock ? "a class static block"
                                              : "an async function";
      error(range, DiagID::err_await_reserved, {where});
      return false;
    }
    if (!seen_.awaitIdent.isValid())
      seen_.awaitIdent = range;
  }
  if (use == IdentUse::Reference && name == atoms_.arguments &&
      fn_.argumentsBanned) {
    error(range, DiagID::err_arguments_in_class_init);
    return false;
  }
  if (use == IdentUse::Binding &&
      (name == atoms_.eval || name == atoms_.arguments)) {
    error(range, DiagID::err_strict_eval_arguments_binding, {name.str()});
    return false;
  }
  return true;
}

IdentifierNode *ParserImpl::parseIdentifier(IdentUse use) {
  if (!is(TokenKind::identifier)) {
    if (isKeyword(tok_.kind))
      errorAtToken(DiagID::err_reserved_word, {getTokenSpelling(tok_.kind)});
    else
      errorAtToken(DiagID::err_expected_identifier);
    return nullptr;
  }
  checkIdentifier(tok_.value, tok_.hasEscape, tok_.range, use);
  IdentifierNode *id = makeIdentifier(tok_.value, tok_.range);
  advance();
  return id;
}

IdentifierNode *ParserImpl::parseIdentifierName() {
  if (!isIdentifierName()) {
    errorAtToken(DiagID::err_expected_identifier);
    return nullptr;
  }
  IdentifierNode *id = makeIdentifier(tok_.value, tok_.range);
  advance();
  return id;
}

void ParserImpl::checkStrictBindingName(IdentifierNode *id, bool isAssignment) {
  if (id->name == atoms_.eval || id->name == atoms_.arguments)
    error(id->getSourceRange(),
          isAssignment ? DiagID::err_strict_eval_arguments_assign
                       : DiagID::err_strict_eval_arguments_binding,
          {id->name.str()});
}

//===--- The program ------------------------------------------------------===//

ProgramNode *ParserImpl::parseProgram() {
  // Prime the first token.
  do
    lex_.advance();
  while (lex_.current().is(TokenKind::error));
  tok_ = lex_.current();
  if (diags_.hasFatalErrorOccurred())
    stop();
  SourceLoc start = lex_.getFile().getStartLoc();

  auto *prog =
      ctx_.create<ProgramNode>(SourceRange(start, lex_.getFile().getEndLoc()));
  prog->isModule = options_.isModule;
  prog->isStrict = true;
  prog->body = parseStatementList(&prog->directives, /*topLevel=*/true);
  return prog;
}
