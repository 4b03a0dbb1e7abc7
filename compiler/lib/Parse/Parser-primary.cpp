//===- Parser-primary.cpp - Primary expressions ---------------------------===//
//
// Identifiers, literals (numbers, strings, templates, regular expressions),
// array and object literals, parenthesized expressions and the arrow
// functions they may turn out to be, `async` in its several roles, and
// `import(...)` / `import.meta`.
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

#include "llvm/Support/SaveAndRestore.h"

using namespace kiln;

Node *ParserImpl::parsePrimary() {
  SourceLoc start = tok_.getLoc();
  switch (tok_.kind) {
  case TokenKind::identifier: {
    if (isIdent(atoms_.async))
      return parseAsyncPrimary();
    Token id = tok_;
    advance();
    if (is(TokenKind::arrow)) {
      // `x => ...`
      if (tok_.newlineBefore)
        errorAtToken(DiagID::err_newline_before_arrow);
      checkIdentifier(id.value, id.hasEscape, id.range, IdentUse::Binding);
      ListBuilder params(*this);
      params.push(makeIdentifier(id.value, id.range));
      return parseArrowRest(start, params.finish(), /*isAsync=*/false);
    }
    checkIdentifier(id.value, id.hasEscape, id.range, IdentUse::Reference);
    return makeIdentifier(id.value, id.range);
  }
  case TokenKind::kw_this:
    advance();
    return make<ThisExpressionNode>(start);
  case TokenKind::kw_null:
    advance();
    return make<NullLiteralNode>(start);
  case TokenKind::kw_true:
  case TokenKind::kw_false: {
    bool value = is(TokenKind::kw_true);
    advance();
    auto *n = make<BooleanLiteralNode>(start);
    n->value = value;
    return n;
  }
  case TokenKind::numeric_literal:
    return parseNumericLiteral();
  case TokenKind::string_literal:
    return parseStringLiteral();
  case TokenKind::no_substitution_template:
  case TokenKind::template_head:
    return parseTemplateLiteral(/*tagged=*/false);
  case TokenKind::slash:
  case TokenKind::slash_equal:
    return parseRegExpLiteral();
  case TokenKind::l_square:
    return parseArrayLiteral();
  case TokenKind::l_brace:
    return parseObjectLiteral();
  case TokenKind::l_paren:
    return parseParenthesized();
  case TokenKind::kw_function:
    return parseFunction(start, /*isAsync=*/false, /*isDecl=*/false,
                         /*nameOptional=*/true);
  case TokenKind::kw_class:
  case TokenKind::at:
    return parseClass(start, /*isDecl=*/false, /*nameOptional=*/true);
  case TokenKind::kw_new:
    return parseNewExpression();
  case TokenKind::kw_super:
    return parseSuper(/*allowCall=*/true);
  case TokenKind::kw_import:
    return parseImportExpressionOrMeta();
  case TokenKind::private_name: {
    // `#x in obj`; anything else is reported by the operator parser.
    auto *pn = make<PrivateNameNode>(start);
    pn->name = tok_.value;
    pn->setSourceRange(tok_.range);
    advance();
    if (!is(TokenKind::kw_in) || noIn_) {
      error(pn->getSourceRange(), DiagID::err_private_name_unexpected,
            {pn->name.str()});
      return nullptr;
    }
    return pn;
  }
  default:
    errorAtToken(DiagID::err_expected_expression);
    return nullptr;
  }
}

//===--- Literals ---------------------------------------------------------===//

Node *ParserImpl::parseNumericLiteral() {
  auto *n = ctx_.create<NumericLiteralNode>(tok_.range);
  n->value = tok_.number;
  advance();
  return n;
}

StringLiteralNode *ParserImpl::parseStringLiteral() {
  auto *n = ctx_.create<StringLiteralNode>(tok_.range);
  n->value = tok_.value;
  advance();
  return n;
}

Node *ParserImpl::parseRegExpLiteral() {
  lex_.rescanAsRegExp();
  tok_ = lex_.current();
  if (!is(TokenKind::regexp_literal)) {
    // Unterminated: the lexer reported it.
    advance();
    return nullptr;
  }
  auto *n = ctx_.create<RegExpLiteralNode>(tok_.range);
  n->pattern = tok_.value;
  n->flags = tok_.raw;
  advance();
  return n;
}

Node *ParserImpl::parseTemplateLiteral(bool tagged) {
  SourceLoc start = tok_.getLoc();
  // Quasis and substitutions alternate; they are split at the end.
  ListBuilder parts(*this);
  for (;;) {
    if (tok_.invalidCooked && !tagged)
      error(lex_.invalidEscapeRange(), lex_.invalidEscapeDiag());
    auto *q = ctx_.create<TemplateElementNode>(tok_.range);
    q->cooked = tok_.value;
    q->raw = tok_.raw;
    q->isInvalidCooked = tok_.invalidCooked;
    bool last =
        is(TokenKind::no_substitution_template) || is(TokenKind::template_tail);
    q->isTail = last;
    parts.push(q);
    advance();
    if (last)
      break;
    Node *expr;
    {
      llvm::SaveAndRestore<bool> noIn(noIn_, false);
      expr = parseExpression();
    }
    if (!expr)
      return nullptr;
    parts.push(expr);
    if (!is(TokenKind::r_brace)) {
      errorAtToken(DiagID::err_expected_after, {"}", "template substitution"});
      return nullptr;
    }
    lex_.rescanTemplateContinuation();
    tok_ = lex_.current();
    if (!is(TokenKind::template_middle) && !is(TokenKind::template_tail))
      return nullptr;
  }
  size_t n = parts.size();
  auto **quasis = static_cast<TemplateElementNode **>(
      ctx_.allocate(((n + 1) / 2) * sizeof(void *), alignof(void *)));
  Node **exprs = n > 1 ? static_cast<Node **>(ctx_.allocate(
                             (n / 2) * sizeof(void *), alignof(void *)))
                       : nullptr;
  for (size_t i = 0; i < n; ++i) {
    if (i % 2 == 0)
      quasis[i / 2] = llvm::cast<TemplateElementNode>(parts[i]);
    else
      exprs[i / 2] = parts[i];
  }
  auto *t = make<TemplateLiteralNode>(start);
  t->quasis = NodeList<TemplateElementNode>(quasis, uint32_t((n + 1) / 2));
  t->expressions = NodeList<Node>(exprs, uint32_t(n / 2));
  return t;
}

//===--- Parentheses and arrow functions ----------------------------------===//

static AwaitYieldSeen mergeSeen(AwaitYieldSeen outer,
                                const AwaitYieldSeen &inner) {
  if (!outer.awaitExpr.isValid())
    outer.awaitExpr = inner.awaitExpr;
  if (!outer.awaitIdent.isValid())
    outer.awaitIdent = inner.awaitIdent;
  if (!outer.yieldExpr.isValid())
    outer.yieldExpr = inner.yieldExpr;
  return outer;
}

Node *ParserImpl::parseParenthesized() {
  SourceLoc start = tok_.getLoc();
  advance(); // (
  llvm::SaveAndRestore<bool> noIn(noIn_, false);
  llvm::SaveAndRestore<CoverErrors> cover(cover_, CoverErrors());
  AwaitYieldSeen outerSeen = seen_;
  seen_ = AwaitYieldSeen();
  ListBuilder items(*this);
  // `()`, a trailing comma or a rest element: only arrow parameters.
  SourceLoc arrowOnly;
  if (is(TokenKind::r_paren))
    arrowOnly = tok_.getLoc();
  while (!is(TokenKind::r_paren)) {
    SourceLoc estart = tok_.getLoc();
    if (consume(TokenKind::ellipsis)) {
      arrowOnly = estart;
      Node *target = parseBindingTarget();
      if (!target)
        return nullptr;
      if (is(TokenKind::equal)) {
        errorAtToken(DiagID::err_rest_initializer);
        return nullptr;
      }
      auto *rest = make<RestElementNode>(estart);
      rest->argument = target;
      items.push(rest);
      if (is(TokenKind::comma)) {
        errorAtToken(peekKind() == TokenKind::r_paren
                         ? DiagID::err_rest_trailing_comma
                         : DiagID::err_rest_not_last);
        return nullptr;
      }
      break;
    }
    Node *e = parseAssignment(/*inCover=*/true);
    if (!e)
      return nullptr;
    items.push(e);
    if (!is(TokenKind::comma))
      break;
    SourceLoc comma = tok_.getLoc();
    advance();
    if (is(TokenKind::r_paren))
      arrowOnly = comma;
  }
  if (!expectClosing(TokenKind::r_paren, TokenKind::l_paren, start))
    return nullptr;

  if (is(TokenKind::arrow)) {
    if (tok_.newlineBefore)
      errorAtToken(DiagID::err_newline_before_arrow);
    checkArrowParamsAwaitYield(seen_, /*isAsync=*/false);
    // The parameters are still part of any enclosing async arrow head.
    seen_ = mergeSeen(outerSeen, seen_);
    cover_ = CoverErrors();
    if (!toArrowParams(items, /*isAsync=*/false))
      return nullptr;
    return parseArrowRest(start, items.finish(), /*isAsync=*/false);
  }
  seen_ = mergeSeen(outerSeen, seen_);
  if (arrowOnly.isValid()) {
    errorAtToken(DiagID::err_expected_token, {"=>"});
    return nullptr;
  }
  reportCoverErrors();
  Node *expr;
  if (items.size() == 1) {
    expr = items[0];
  } else {
    auto *seq = ctx_.create<SequenceExpressionNode>(SourceRange(
        items[0]->getStartLoc(), items[items.size() - 1]->getEndLoc()));
    seq->expressions = items.finish();
    expr = seq;
  }
  expr->setParenthesized();
  return expr;
}

Node *ParserImpl::parseAsyncPrimary() {
  SourceLoc start = tok_.getLoc();
  Token asyncTok = tok_;
  advance();
  if (is(TokenKind::kw_function) && !tok_.newlineBefore)
    return parseFunction(start, /*isAsync=*/true, /*isDecl=*/false,
                         /*nameOptional=*/true);
  if (is(TokenKind::arrow)) {
    // `async => ...`: a parameter named async.
    if (tok_.newlineBefore)
      errorAtToken(DiagID::err_newline_before_arrow);
    checkIdentifier(asyncTok.value, asyncTok.hasEscape, asyncTok.range,
                    IdentUse::Binding);
    ListBuilder params(*this);
    params.push(makeIdentifier(asyncTok.value, asyncTok.range));
    return parseArrowRest(start, params.finish(), /*isAsync=*/false);
  }
  // `for (async of x)` is not an arrow head: the loop reports it.
  if (is(TokenKind::identifier) && !tok_.newlineBefore &&
      !(isIdent(atoms_.of) && peekKind() != TokenKind::arrow)) {
    // `async x => ...`
    Token param = tok_;
    advance();
    if (!is(TokenKind::arrow)) {
      errorAtToken(DiagID::err_expected_token, {"=>"});
      return nullptr;
    }
    if (tok_.newlineBefore)
      errorAtToken(DiagID::err_newline_before_arrow);
    {
      llvm::SaveAndRestore<bool> reserved(fn_.awaitReserved, true);
      checkIdentifier(param.value, param.hasEscape, param.range,
                      IdentUse::Binding);
    }
    ListBuilder params(*this);
    params.push(makeIdentifier(param.value, param.range));
    return parseArrowRest(start, params.finish(), /*isAsync=*/true);
  }
  if (is(TokenKind::l_paren) && !tok_.newlineBefore) {
    // `async(...)`: a call, or the head of an async arrow function.
    ListBuilder args(*this);
    AwaitYieldSeen outerSeen = seen_;
    seen_ = AwaitYieldSeen();
    SourceLoc trailingComma;
    {
      llvm::SaveAndRestore<CoverErrors> cover(cover_, CoverErrors());
      if (!parseArguments(args, /*cover=*/true, &trailingComma))
        return nullptr;
      if (is(TokenKind::arrow)) {
        if (tok_.newlineBefore)
          errorAtToken(DiagID::err_newline_before_arrow);
        checkArrowParamsAwaitYield(seen_, /*isAsync=*/true);
        seen_ = outerSeen;
        if (args.size() && trailingComma.isValid() &&
            llvm::isa<SpreadElementNode>(args[args.size() - 1])) {
          error(SourceRange(trailingComma), DiagID::err_rest_trailing_comma);
          return nullptr;
        }
        if (!toArrowParams(args, /*isAsync=*/true))
          return nullptr;
        return parseArrowRest(start, args.finish(), /*isAsync=*/true);
      }
      reportCoverErrors();
    }
    seen_ = mergeSeen(outerSeen, seen_);
    checkIdentifier(asyncTok.value, asyncTok.hasEscape, asyncTok.range,
                    IdentUse::Reference);
    auto *call = make<CallExpressionNode>(start);
    call->callee = makeIdentifier(asyncTok.value, asyncTok.range);
    call->arguments = args.finish();
    return call;
  }
  checkIdentifier(asyncTok.value, asyncTok.hasEscape, asyncTok.range,
                  IdentUse::Reference);
  return makeIdentifier(asyncTok.value, asyncTok.range);
}

//===--- import(...) and import.meta --------------------------------------===//

Node *ParserImpl::parseImportExpressionOrMeta() {
  SourceLoc start = tok_.getLoc();
  Token importTok = tok_;
  advance(); // import
  if (consume(TokenKind::period)) {
    if (!isIdent(atoms_.meta)) {
      errorAtToken(DiagID::err_expected_token, {"meta"});
      return nullptr;
    }
    auto *meta = makeIdentifier(importTok.value, importTok.range);
    auto *prop = makeIdentifier(tok_.value, tok_.range);
    advance();
    auto *n = make<MetaPropertyNode>(start);
    n->meta = meta;
    n->property = prop;
    error(n->getSourceRange(), DiagID::err_unsupported_one, {"'import.meta'"});
    return n;
  }
  SourceLoc open = tok_.getLoc();
  if (!expectAfter(TokenKind::l_paren, "'import'"))
    return nullptr;
  llvm::SaveAndRestore<bool> noIn(noIn_, false);
  Node *source = parseAssignment();
  if (!source)
    return nullptr;
  Node *options = nullptr;
  if (consume(TokenKind::comma) && !is(TokenKind::r_paren)) {
    if (!(options = parseAssignment()))
      return nullptr;
    consume(TokenKind::comma);
  }
  if (!expectClosing(TokenKind::r_paren, TokenKind::l_paren, open))
    return nullptr;
  auto *n = make<ImportExpressionNode>(start);
  n->source = source;
  n->options = options;
  error(n->getSourceRange(), DiagID::err_unsupported_one,
        {"dynamic 'import()'"});
  return n;
}
