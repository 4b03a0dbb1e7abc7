//===- Parser-loop.cpp - Loop statements ----------------------------------===//
//
// while, do-while, for, for-in and for-of (and `for await`, which Kiln
// rejects). The head of a for statement is the subtle part: a declaration
// or expression parsed without the `in` operator, which becomes the target
// of for-in / for-of when `in` or `of` follows, with the early errors of
// such heads (one declarator, no initializer, `for (async of`).
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

#include "llvm/Support/SaveAndRestore.h"

using namespace kiln;

//===--- Loops ------------------------------------------------------------===//

Node *ParserImpl::parseWhileStatement() {
  SourceLoc start = tok_.getLoc();
  advance();
  Node *test = parseParenthesizedCondition("'while'");
  if (!test)
    return nullptr;
  Node *body = parseStatement(true);
  if (!body)
    return nullptr;
  auto *n = make<WhileStatementNode>(start);
  n->test = test;
  n->body = body;
  return n;
}

Node *ParserImpl::parseDoWhileStatement() {
  SourceLoc start = tok_.getLoc();
  advance();
  Node *body = parseStatement(true);
  if (!body)
    return nullptr;
  if (!expectAfter(TokenKind::kw_while, "do/while loop body"))
    return nullptr;
  Node *test = parseParenthesizedCondition("'while'");
  if (!test)
    return nullptr;
  // A `;` is inserted after do-while even on the same line.
  consume(TokenKind::semi);
  auto *n = make<DoWhileStatementNode>(start);
  n->body = body;
  n->test = test;
  return n;
}

Node *ParserImpl::parseForStatement() {
  SourceLoc start = tok_.getLoc();
  advance(); // for
  bool isAwait = false;
  if (isIdent(atoms_.await) && fn_.awaitIsOperator) {
    isAwait = true;
    errorAtToken(DiagID::err_unsupported, {"'for await' loops"});
    advance();
  }
  SourceLoc open = tok_.getLoc();
  if (!expectAfter(TokenKind::l_paren, "'for'"))
    return nullptr;

  Node *init = nullptr;
  if (is(TokenKind::kw_var) || is(TokenKind::kw_const) || isIdent(atoms_.let)) {
    VarKind kind = is(TokenKind::kw_var)     ? VarKind::Var
                   : is(TokenKind::kw_const) ? VarKind::Const
                                             : VarKind::Let;
    VariableDeclarationNode *decl;
    {
      llvm::SaveAndRestore<bool> noIn(noIn_, true);
      decl = parseVariableDeclaration(kind, true);
    }
    if (!decl)
      return nullptr;
    bool isOf = isIdent(atoms_.of);
    if (is(TokenKind::kw_in) || isOf) {
      const char *loop = isOf ? "of" : "in";
      if (decl->declarations.size() != 1)
        error(decl->getSourceRange(), DiagID::err_for_in_of_multiple, {loop});
      else if (decl->declarations[0]->init)
        error(decl->declarations[0]->getSourceRange(),
              DiagID::err_for_in_of_initializer, {loop});
      return parseForInOfRest(start, open, decl, isOf, isAwait);
    }
    for (VariableDeclaratorNode *d : decl->declarations) {
      if (d->init)
        continue;
      if (kind == VarKind::Const)
        error(d->getSourceRange(), DiagID::err_missing_initializer,
              {"const declaration"});
      else if (!llvm::isa<IdentifierNode>(d->id))
        error(d->getSourceRange(), DiagID::err_missing_initializer,
              {"destructuring declaration"});
    }
    init = decl;
  } else if (!is(TokenKind::semi)) {
    bool startsWithAsync = isIdent(atoms_.async);
    llvm::SaveAndRestore<bool> noIn(noIn_, true);
    llvm::SaveAndRestore<CoverErrors> cover(cover_, CoverErrors());
    Node *expr = parseAssignment(/*inCover=*/true);
    if (!expr)
      return nullptr;
    bool isOf = isIdent(atoms_.of);
    if (is(TokenKind::kw_in) || isOf) {
      // The head is a pattern or target: pattern-only errors are resolved.
      cover_ = CoverErrors();
      noIn_ = false;
      if (isOf && startsWithAsync && llvm::isa<IdentifierNode>(expr) &&
          !expr->isParenthesized())
        error(expr->getSourceRange(), DiagID::err_for_async_of);
      bool literal = (llvm::isa<ObjectExpressionNode>(expr) ||
                      llvm::isa<ArrayExpressionNode>(expr)) &&
                     !expr->isParenthesized();
      if (!literal && !llvm::isa<IdentifierNode>(expr) &&
          !llvm::isa<MemberExpressionNode>(expr)) {
        error(expr->getSourceRange(), DiagID::err_invalid_for_target,
              {isOf ? "of" : "in"});
        return nullptr;
      }
      Node *target = toAssignmentTarget(expr, /*simpleOnly=*/false);
      if (!target)
        return nullptr;
      return parseForInOfRest(start, open, target, isOf, isAwait);
    }
    reportCoverErrors();
    if (is(TokenKind::comma)) {
      ListBuilder items(*this);
      items.push(expr);
      while (consume(TokenKind::comma)) {
        if (!(expr = parseAssignment()))
          return nullptr;
        items.push(expr);
      }
      auto *seq = make<SequenceExpressionNode>(items[0]->getStartLoc());
      seq->expressions = items.finish();
      expr = seq;
    }
    init = expr;
  }
  if (isAwait)
    errorAtToken(DiagID::err_expected_token, {"of"});

  if (!expectAfter(TokenKind::semi, "'for' initializer"))
    return nullptr;
  Node *test = nullptr;
  if (!is(TokenKind::semi) && !(test = parseExpression()))
    return nullptr;
  if (!expectAfter(TokenKind::semi, "'for' condition"))
    return nullptr;
  Node *update = nullptr;
  if (!is(TokenKind::r_paren) && !(update = parseExpression()))
    return nullptr;
  if (!expectClosing(TokenKind::r_paren, TokenKind::l_paren, open))
    return nullptr;
  Node *body = parseStatement(true);
  if (!body)
    return nullptr;
  auto *n = make<ForStatementNode>(start);
  n->init = init;
  n->test = test;
  n->update = update;
  n->body = body;
  return n;
}

Node *ParserImpl::parseForInOfRest(SourceLoc start, SourceLoc open, Node *left,
                                   bool isOf, bool isAwait) {
  advance(); // in / of
  Node *right = isOf ? parseAssignment() : parseExpression();
  if (!right)
    return nullptr;
  if (!expectClosing(TokenKind::r_paren, TokenKind::l_paren, open))
    return nullptr;
  Node *body = parseStatement(true);
  if (!body)
    return nullptr;
  if (isOf) {
    auto *n = make<ForOfStatementNode>(start);
    n->isAwait = isAwait;
    n->left = left;
    n->right = right;
    n->body = body;
    return n;
  }
  if (isAwait)
    error(SourceRange(start), DiagID::err_expected_token, {"of"});
  auto *n = make<ForInStatementNode>(start);
  n->left = left;
  n->right = right;
  n->body = body;
  return n;
}
