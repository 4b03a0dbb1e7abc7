//===- Parser-stmt.cpp - Statements and declarations ----------------------===//
//
// Statement lists (with directive prologues and error recovery), blocks,
// variable declarations and the statements other than loops
// (Parser-loop.cpp): if, return, break, continue, throw, try, switch, with,
// labeled and expression statements, and where declarations may appear.
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

#include "llvm/Support/SaveAndRestore.h"

using namespace kiln;

//===--- Statement lists --------------------------------------------------===//

DirectiveNode *ParserImpl::asDirective(Node *stmt) {
  auto *es = llvm::dyn_cast<ExpressionStatementNode>(stmt);
  if (!es)
    return nullptr;
  auto *str = llvm::dyn_cast<StringLiteralNode>(es->expression);
  if (!str || str->isParenthesized())
    return nullptr;
  const SourceFile &file = lex_.getFile();
  uint32_t b = file.getOffset(str->getStartLoc()) + 1;
  uint32_t e = file.getOffset(str->getEndLoc());
  auto *d = ctx_.create<DirectiveNode>(stmt->getSourceRange());
  d->raw = atoms_.intern(file.getText().slice(b, e > b ? e - 1 : b));
  d->value = str->value;
  return d;
}

NodeList<Node>
ParserImpl::parseStatementList(NodeList<DirectiveNode> *directives,
                               bool topLevel) {
  size_t startDepth = 0;
  auto recover = [&] {
    skipToStatementBoundary(startDepth);
    // The error was reported; a stray `}` at the top level ends nothing.
    if (topLevel && is(TokenKind::r_brace))
      advance();
  };
  auto parseItem = [&]() -> Node * {
    if (topLevel && options_.isModule) {
      if (is(TokenKind::kw_export))
        return parseExportDeclaration();
      if (is(TokenKind::kw_import)) {
        TokenKind next = peekKind();
        if (next != TokenKind::l_paren && next != TokenKind::period)
          return parseImportDeclaration();
      }
    }
    return parseStatementListItem();
  };

  Node *pending = nullptr;
  if (directives) {
    ListBuilder dirs(*this);
    while (is(TokenKind::string_literal)) {
      startDepth = brackets_.size();
      Node *stmt = parseItem();
      if (!stmt) {
        recover();
        break;
      }
      if (DirectiveNode *d = asDirective(stmt)) {
        dirs.push(d);
        continue;
      }
      pending = stmt;
      break;
    }
    *directives = dirs.finish<DirectiveNode>();
  }

  ListBuilder body(*this);
  if (pending)
    body.push(pending);
  for (;;) {
    if (is(TokenKind::eof))
      break;
    if (is(TokenKind::r_brace)) {
      if (!topLevel)
        break;
      errorUnexpected();
      advance();
      continue;
    }
    startDepth = brackets_.size();
    if (Node *stmt = parseItem())
      body.push(stmt);
    else
      recover();
  }
  return body.finish();
}

Node *ParserImpl::parseStatementListItem() {
  SourceLoc start = tok_.getLoc();
  switch (tok_.kind) {
  case TokenKind::kw_function:
    return parseFunction(start, /*isAsync=*/false, /*isDecl=*/true,
                         /*nameOptional=*/false);
  case TokenKind::kw_class:
  case TokenKind::at:
    return parseClass(start, /*isDecl=*/true, /*nameOptional=*/false);
  case TokenKind::kw_const: {
    auto *decl = parseVariableDeclaration(VarKind::Const, false);
    if (!decl || !consumeSemicolon("variable declaration"))
      return nullptr;
    return finish(decl);
  }
  case TokenKind::kw_import:
  case TokenKind::kw_export: {
    TokenKind next = peekKind();
    if (is(TokenKind::kw_import) &&
        (next == TokenKind::l_paren || next == TokenKind::period))
      break;
    const char *what = is(TokenKind::kw_import) ? "import" : "export";
    errorAtToken(options_.isModule ? DiagID::err_module_decl_not_top
                                   : DiagID::err_module_decl_in_script,
                 {what});
    return is(TokenKind::kw_import) ? parseImportDeclaration()
                                    : parseExportDeclaration();
  }
  case TokenKind::identifier:
    if (isIdent(atoms_.let)) {
      auto *decl = parseVariableDeclaration(VarKind::Let, false);
      if (!decl || !consumeSemicolon("variable declaration"))
        return nullptr;
      return finish(decl);
    }
    if (isIdent(atoms_.async) && peekKind() == TokenKind::kw_function) {
      Token asyncTok = tok_;
      advance();
      if (!tok_.newlineBefore)
        return parseFunction(start, /*isAsync=*/true, /*isDecl=*/true,
                             /*nameOptional=*/false);
      // `async` on its own line: an expression statement, then a function.
      checkIdentifier(asyncTok.value, false, asyncTok.range,
                      IdentUse::Reference);
      auto *stmt = make<ExpressionStatementNode>(start);
      stmt->expression = makeIdentifier(asyncTok.value, asyncTok.range);
      return stmt;
    }
    break;
  default:
    break;
  }
  return parseStatement(/*single=*/false);
}

Node *ParserImpl::parseStatement(bool single) {
  DepthGuard guard(*this);
  if (guard.exceeded())
    return nullptr;
  SourceLoc start = tok_.getLoc();
  auto notHere = [&](const char *what) {
    if (single)
      errorAtToken(DiagID::err_declaration_in_statement, {what});
  };
  switch (tok_.kind) {
  case TokenKind::l_brace:
    return parseBlock();
  case TokenKind::semi:
    advance();
    return make<EmptyStatementNode>(start);
  case TokenKind::kw_var: {
    auto *decl = parseVariableDeclaration(VarKind::Var, false);
    if (!decl || !consumeSemicolon("variable declaration"))
      return nullptr;
    return finish(decl);
  }
  case TokenKind::kw_if:
    return parseIfStatement();
  case TokenKind::kw_for:
    return parseForStatement();
  case TokenKind::kw_while:
    return parseWhileStatement();
  case TokenKind::kw_do:
    return parseDoWhileStatement();
  case TokenKind::kw_return:
    return parseReturnStatement();
  case TokenKind::kw_break:
    return parseBreakContinue(true);
  case TokenKind::kw_continue:
    return parseBreakContinue(false);
  case TokenKind::kw_throw:
    return parseThrowStatement();
  case TokenKind::kw_try:
    return parseTryStatement();
  case TokenKind::kw_switch:
    return parseSwitchStatement();
  case TokenKind::kw_with:
    return parseWithStatement();
  case TokenKind::kw_debugger:
    advance();
    if (!consumeSemicolon("'debugger'"))
      return nullptr;
    return make<DebuggerStatementNode>(start);
  case TokenKind::kw_function:
    notHere("function declarations");
    return parseStatementListItem();
  case TokenKind::kw_class:
    notHere("class declarations");
    return parseStatementListItem();
  case TokenKind::kw_const:
    notHere("lexical declarations");
    return parseStatementListItem();
  case TokenKind::identifier:
    if (isIdent(atoms_.let)) {
      notHere("lexical declarations");
      return parseStatementListItem();
    }
    if (isIdent(atoms_.async) && peekKind() == TokenKind::kw_function) {
      Node *n = parseStatementListItem();
      if (n && single && llvm::isa<FunctionDeclarationNode>(n))
        error(n->getSourceRange(), DiagID::err_declaration_in_statement,
              {"async function declarations"});
      return n;
    }
    break;
  case TokenKind::kw_import:
  case TokenKind::kw_export:
  case TokenKind::at:
    if (!is(TokenKind::kw_import) ||
        (peekKind() != TokenKind::l_paren && peekKind() != TokenKind::period))
      return parseStatementListItem();
    break;
  default:
    break;
  }
  return parseExpressionOrLabeledStatement(single);
}

BlockStatementNode *ParserImpl::parseBlock() {
  SourceLoc start = tok_.getLoc();
  if (!expect(TokenKind::l_brace))
    return nullptr;
  NodeList<Node> body = parseStatementList(nullptr, /*topLevel=*/false);
  if (!expectClosing(TokenKind::r_brace, TokenKind::l_brace, start))
    return nullptr;
  auto *block = make<BlockStatementNode>(start);
  block->body = body;
  return block;
}

//===--- Declarations -----------------------------------------------------===//

VariableDeclarationNode *ParserImpl::parseVariableDeclaration(VarKind kind,
                                                              bool inForHead) {
  SourceLoc start = tok_.getLoc();
  advance(); // var / let / const
  ListBuilder decls(*this);
  do {
    SourceLoc dstart = tok_.getLoc();
    Node *target = parseBindingTarget();
    if (!target)
      return nullptr;
    Node *init = nullptr;
    if (consume(TokenKind::equal)) {
      init = parseAssignment();
      if (!init)
        return nullptr;
    } else if (!inForHead) {
      if (kind == VarKind::Const)
        error(target->getSourceRange(), DiagID::err_missing_initializer,
              {"const declaration"});
      else if (!llvm::isa<IdentifierNode>(target))
        error(target->getSourceRange(), DiagID::err_missing_initializer,
              {"destructuring declaration"});
    }
    auto *d = make<VariableDeclaratorNode>(dstart);
    d->id = target;
    d->init = init;
    decls.push(d);
  } while (consume(TokenKind::comma));
  auto *decl = make<VariableDeclarationNode>(start);
  decl->kind = kind;
  decl->declarations = decls.finish<VariableDeclaratorNode>();
  return decl;
}

//===--- Control flow -----------------------------------------------------===//

Node *ParserImpl::parseParenthesizedCondition(const char *what) {
  SourceLoc open = tok_.getLoc();
  if (!expectAfter(TokenKind::l_paren, what))
    return nullptr;
  Node *expr;
  {
    llvm::SaveAndRestore<bool> noIn(noIn_, false);
    expr = parseExpression();
  }
  if (!expr || !expectClosing(TokenKind::r_paren, TokenKind::l_paren, open))
    return nullptr;
  return expr;
}

Node *ParserImpl::parseIfStatement() {
  SourceLoc start = tok_.getLoc();
  advance();
  Node *test = parseParenthesizedCondition("'if'");
  if (!test)
    return nullptr;
  Node *consequent = parseStatement(true);
  if (!consequent)
    return nullptr;
  Node *alternate = nullptr;
  if (consume(TokenKind::kw_else)) {
    alternate = parseStatement(true);
    if (!alternate)
      return nullptr;
  }
  auto *n = make<IfStatementNode>(start);
  n->test = test;
  n->consequent = consequent;
  n->alternate = alternate;
  return n;
}

//===--- Jumps ------------------------------------------------------------===//

Node *ParserImpl::parseReturnStatement() {
  SourceLoc start = tok_.getLoc();
  if (!fn_.inFunction)
    errorAtToken(DiagID::err_return_outside_function);
  advance();
  Node *arg = nullptr;
  if (!is(TokenKind::semi) && !canInsertSemicolon() &&
      !(arg = parseExpression()))
    return nullptr;
  if (!consumeSemicolon("return statement"))
    return nullptr;
  auto *n = make<ReturnStatementNode>(start);
  n->argument = arg;
  return n;
}

Node *ParserImpl::parseBreakContinue(bool isBreak) {
  SourceLoc start = tok_.getLoc();
  advance();
  IdentifierNode *label = nullptr;
  if (is(TokenKind::identifier) && !tok_.newlineBefore &&
      !(label = parseIdentifier(IdentUse::Label)))
    return nullptr;
  if (!consumeSemicolon(isBreak ? "'break'" : "'continue'"))
    return nullptr;
  if (isBreak) {
    auto *n = make<BreakStatementNode>(start);
    n->label = label;
    return n;
  }
  auto *n = make<ContinueStatementNode>(start);
  n->label = label;
  return n;
}

Node *ParserImpl::parseThrowStatement() {
  SourceLoc start = tok_.getLoc();
  advance();
  if (tok_.newlineBefore)
    errorAtToken(DiagID::err_newline_after_throw);
  Node *arg = parseExpression();
  if (!arg || !consumeSemicolon("throw statement"))
    return nullptr;
  auto *n = make<ThrowStatementNode>(start);
  n->argument = arg;
  return n;
}

//===--- try, switch, with ------------------------------------------------===//

Node *ParserImpl::parseTryStatement() {
  SourceLoc start = tok_.getLoc();
  advance();
  BlockStatementNode *block = parseBlock();
  if (!block)
    return nullptr;
  CatchClauseNode *handler = nullptr;
  if (is(TokenKind::kw_catch)) {
    SourceLoc cstart = tok_.getLoc();
    advance();
    Node *param = nullptr;
    SourceLoc open = tok_.getLoc();
    if (consume(TokenKind::l_paren)) {
      if (!(param = parseBindingTarget()) ||
          !expectClosing(TokenKind::r_paren, TokenKind::l_paren, open))
        return nullptr;
    }
    BlockStatementNode *body = parseBlock();
    if (!body)
      return nullptr;
    handler = make<CatchClauseNode>(cstart);
    handler->param = param;
    handler->body = body;
  }
  BlockStatementNode *finalizer = nullptr;
  if (consume(TokenKind::kw_finally) && !(finalizer = parseBlock()))
    return nullptr;
  if (!handler && !finalizer) {
    errorAtToken(DiagID::err_missing_catch_or_finally);
    return nullptr;
  }
  auto *n = make<TryStatementNode>(start);
  n->block = block;
  n->handler = handler;
  n->finalizer = finalizer;
  return n;
}

Node *ParserImpl::parseSwitchStatement() {
  SourceLoc start = tok_.getLoc();
  advance();
  Node *disc = parseParenthesizedCondition("'switch'");
  if (!disc)
    return nullptr;
  SourceLoc open = tok_.getLoc();
  if (!expectAfter(TokenKind::l_brace, "switch condition"))
    return nullptr;
  ListBuilder cases(*this);
  bool sawDefault = false;
  while (!is(TokenKind::r_brace) && !is(TokenKind::eof)) {
    SourceLoc cstart = tok_.getLoc();
    Node *test = nullptr;
    if (is(TokenKind::kw_default)) {
      if (sawDefault)
        errorAtToken(DiagID::err_multiple_default);
      sawDefault = true;
      advance();
    } else if (consume(TokenKind::kw_case)) {
      if (!(test = parseExpression()))
        return nullptr;
    } else {
      errorAtToken(DiagID::err_expected, {"'case' or 'default'"});
      return nullptr;
    }
    if (!expectAfter(TokenKind::colon,
                     test ? "'case' expression" : "'default'"))
      return nullptr;
    auto *c = ctx_.create<SwitchCaseNode>(SourceRange(cstart));
    c->test = test;
    {
      ListBuilder body(*this);
      while (!is(TokenKind::kw_case) && !is(TokenKind::kw_default) &&
             !is(TokenKind::r_brace) && !is(TokenKind::eof)) {
        size_t startDepth = brackets_.size();
        if (Node *stmt = parseStatementListItem())
          body.push(stmt);
        else
          skipToStatementBoundary(startDepth);
      }
      c->consequent = body.finish();
    }
    cases.push(finish(c));
  }
  if (!expectClosing(TokenKind::r_brace, TokenKind::l_brace, open))
    return nullptr;
  auto *n = make<SwitchStatementNode>(start);
  n->discriminant = disc;
  n->cases = cases.finish<SwitchCaseNode>();
  return n;
}

Node *ParserImpl::parseWithStatement() {
  SourceLoc start = tok_.getLoc();
  errorAtToken(DiagID::err_with_strict);
  advance();
  Node *object = parseParenthesizedCondition("'with'");
  if (!object)
    return nullptr;
  Node *body = parseStatement(true);
  if (!body)
    return nullptr;
  auto *n = make<WithStatementNode>(start);
  n->object = object;
  n->body = body;
  return n;
}

//===--- Expression statements and labels ---------------------------------===//

Node *ParserImpl::parseExpressionOrLabeledStatement(bool single) {
  SourceLoc start = tok_.getLoc();
  bool startsWithIdent = is(TokenKind::identifier);
  Node *expr = parseExpression();
  if (!expr)
    return nullptr;
  if (startsWithIdent && is(TokenKind::colon) &&
      llvm::isa<IdentifierNode>(expr) && !expr->isParenthesized()) {
    advance(); // :
    Node *body;
    if (is(TokenKind::kw_function)) {
      errorAtToken(DiagID::err_declaration_in_statement,
                   {"labeled function declarations"});
      body = parseStatementListItem();
    } else {
      body = parseStatement(true);
    }
    if (!body)
      return nullptr;
    auto *n = make<LabeledStatementNode>(start);
    n->label = llvm::cast<IdentifierNode>(expr);
    n->body = body;
    return n;
  }
  if (!consumeSemicolon("expression"))
    return nullptr;
  auto *n = make<ExpressionStatementNode>(start);
  n->expression = expr;
  return n;
}
