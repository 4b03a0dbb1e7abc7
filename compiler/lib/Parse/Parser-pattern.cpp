//===- Parser-pattern.cpp - Binding patterns and the cover grammar --------===//
//
// Binding patterns are parsed directly where only a pattern can appear
// (declarations, parameters, catch). Elsewhere JavaScript's grammar cannot
// tell a pattern from an expression until later: `[a, b] = c` and
// `(a, {b}) => c` start out as array / object literals and parenthesized
// expressions. Those are parsed as expressions and then reinterpreted here,
// which is also where the early errors of such reinterpretation are
// reported (invalid targets, misplaced rest elements, eval / arguments).
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

#include "llvm/Support/SaveAndRestore.h"

using namespace kiln;

//===--- Binding patterns -------------------------------------------------===//

Node *ParserImpl::parseBindingTarget() {
  DepthGuard guard(*this);
  if (guard.exceeded())
    return nullptr;
  switch (tok_.kind) {
  case TokenKind::identifier:
    return parseIdentifier(IdentUse::Binding);
  case TokenKind::l_brace:
    return parseObjectBindingPattern();
  case TokenKind::l_square:
    return parseArrayBindingPattern();
  default:
    if (isKeyword(tok_.kind))
      errorAtToken(DiagID::err_reserved_word, {getTokenSpelling(tok_.kind)});
    else
      errorAtToken(DiagID::err_expected_binding);
    return nullptr;
  }
}

Node *ParserImpl::parseBindingElement() {
  SourceLoc start = tok_.getLoc();
  Node *target = parseBindingTarget();
  if (!target || !consume(TokenKind::equal))
    return target;
  Node *init = parseAssignment();
  if (!init)
    return nullptr;
  auto *ap = make<AssignmentPatternNode>(start);
  ap->left = target;
  ap->right = init;
  return ap;
}

/// Parses `...target` at the end of a binding pattern closed by \p close.
static Node *parseBindingRest(ParserImpl &p, TokenKind close,
                              bool identifierOnly) {
  SourceLoc start = p.tok_.getLoc();
  p.advance(); // ...
  Node *target = identifierOnly
                     ? p.parseIdentifier(ParserImpl::IdentUse::Binding)
                     : p.parseBindingTarget();
  if (!target)
    return nullptr;
  if (p.is(TokenKind::equal)) {
    p.errorAtToken(DiagID::err_rest_initializer);
    return nullptr;
  }
  if (p.is(TokenKind::comma)) {
    p.errorAtToken(p.peekKind() == close ? DiagID::err_rest_trailing_comma
                                         : DiagID::err_rest_not_last);
    return nullptr;
  }
  auto *rest = p.make<RestElementNode>(start);
  rest->argument = target;
  return rest;
}

Node *ParserImpl::parseObjectBindingPattern() {
  SourceLoc start = tok_.getLoc();
  advance(); // {
  llvm::SaveAndRestore<bool> noIn(noIn_, false);
  ListBuilder props(*this);
  while (!is(TokenKind::r_brace)) {
    if (is(TokenKind::ellipsis)) {
      Node *rest = parseBindingRest(*this, TokenKind::r_brace, true);
      if (!rest)
        return nullptr;
      props.push(rest);
      break;
    }
    SourceLoc pstart = tok_.getLoc();
    Token keyTok = tok_;
    bool computed;
    Node *key = parsePropertyName(computed, /*allowPrivate=*/false);
    if (!key)
      return nullptr;
    auto *prop = ctx_.create<PropertyNode>(SourceRange(pstart));
    prop->key = key;
    prop->isComputed = computed;
    if (consume(TokenKind::colon)) {
      if (!(prop->value = parseBindingElement()))
        return nullptr;
    } else {
      if (keyTok.kind != TokenKind::identifier || computed) {
        if (isKeyword(keyTok.kind))
          error(keyTok.range, DiagID::err_reserved_word,
                {getTokenSpelling(keyTok.kind)});
        else
          errorAtToken(DiagID::err_expected_token, {":"});
        return nullptr;
      }
      checkIdentifier(keyTok.value, keyTok.hasEscape, keyTok.range,
                      IdentUse::Binding);
      Node *value = makeIdentifier(keyTok.value, keyTok.range);
      if (consume(TokenKind::equal)) {
        Node *init = parseAssignment();
        if (!init)
          return nullptr;
        auto *ap = make<AssignmentPatternNode>(pstart);
        ap->left = value;
        ap->right = init;
        value = ap;
      }
      prop->value = value;
      prop->isShorthand = true;
    }
    props.push(finish(prop));
    if (is(TokenKind::r_brace))
      break;
    if (!is(TokenKind::comma)) {
      expectClosing(TokenKind::r_brace, TokenKind::l_brace, start);
      return nullptr;
    }
    advance();
  }
  if (!expectClosing(TokenKind::r_brace, TokenKind::l_brace, start))
    return nullptr;
  auto *n = make<ObjectPatternNode>(start);
  n->properties = props.finish();
  return n;
}

Node *ParserImpl::parseArrayBindingPattern() {
  SourceLoc start = tok_.getLoc();
  advance(); // [
  llvm::SaveAndRestore<bool> noIn(noIn_, false);
  ListBuilder elems(*this);
  while (!is(TokenKind::r_square)) {
    if (consume(TokenKind::comma)) {
      elems.push(nullptr);
      continue;
    }
    if (is(TokenKind::ellipsis)) {
      Node *rest = parseBindingRest(*this, TokenKind::r_square, false);
      if (!rest)
        return nullptr;
      elems.push(rest);
      break;
    }
    Node *e = parseBindingElement();
    if (!e)
      return nullptr;
    elems.push(e);
    if (is(TokenKind::r_square))
      break;
    if (!is(TokenKind::comma)) {
      expectClosing(TokenKind::r_square, TokenKind::l_square, start);
      return nullptr;
    }
    advance();
  }
  if (!expectClosing(TokenKind::r_square, TokenKind::l_square, start))
    return nullptr;
  auto *n = make<ArrayPatternNode>(start);
  n->elements = elems.finish();
  return n;
}

//===--- Expressions as assignment targets --------------------------------===//

Node *ParserImpl::toAssignmentTarget(Node *expr, bool simpleOnly) {
  switch (expr->getKind()) {
  case NodeKind::Identifier:
    checkStrictBindingName(llvm::cast<IdentifierNode>(expr),
                           /*isAssignment=*/true);
    return expr;
  case NodeKind::MemberExpression:
    return expr;
  case NodeKind::ObjectExpression:
    if (simpleOnly || expr->isParenthesized())
      break;
    return toObjectPattern(llvm::cast<ObjectExpressionNode>(expr));
  case NodeKind::ArrayExpression:
    if (simpleOnly || expr->isParenthesized())
      break;
    return toArrayPattern(llvm::cast<ArrayExpressionNode>(expr));
  default:
    break;
  }
  error(expr->getSourceRange(), DiagID::err_invalid_assignment_target);
  return nullptr;
}

Node *ParserImpl::toPatternElement(Node *expr) {
  if (auto *assign = llvm::dyn_cast<AssignmentExpressionNode>(expr)) {
    if (assign->op != AssignOp::Assign || assign->isParenthesized()) {
      error(expr->getSourceRange(), DiagID::err_invalid_destructuring_target);
      return nullptr;
    }
    // The left side was made a target when the assignment was parsed.
    auto *ap = ctx_.create<AssignmentPatternNode>(expr->getSourceRange());
    ap->left = assign->left;
    ap->right = assign->right;
    return ap;
  }
  if (auto *ap = llvm::dyn_cast<AssignmentPatternNode>(expr)) {
    // A shorthand with an initializer, `{a = 1}`.
    toAssignmentTarget(ap->left, /*simpleOnly=*/true);
    return ap;
  }
  return toAssignmentTarget(expr, /*simpleOnly=*/false);
}

Node *ParserImpl::toObjectPattern(ObjectExpressionNode *obj) {
  bool ok = true;
  uint32_t n = obj->properties.size();
  for (uint32_t i = 0; i < n; ++i) {
    Node *p = obj->properties[i];
    if (auto *spread = llvm::dyn_cast<SpreadElementNode>(p)) {
      if (i + 1 != n) {
        error(p->getSourceRange(), DiagID::err_rest_not_last);
        ok = false;
        continue;
      }
      if (trailingCommaSpreads_.count(p)) {
        error(p->getSourceRange(), DiagID::err_rest_trailing_comma);
        ok = false;
        continue;
      }
      Node *arg = spread->argument;
      if (!(llvm::isa<IdentifierNode>(arg) ||
            llvm::isa<MemberExpressionNode>(arg))) {
        error(arg->getSourceRange(), DiagID::err_object_rest_pattern);
        ok = false;
        continue;
      }
      toAssignmentTarget(arg, /*simpleOnly=*/true);
      auto *rest = ctx_.create<RestElementNode>(p->getSourceRange());
      rest->argument = arg;
      obj->properties[i] = rest;
      continue;
    }
    auto *prop = llvm::cast<PropertyNode>(p);
    if (prop->isMethod || prop->kind != PropertyKind::Init) {
      error(prop->getSourceRange(), DiagID::err_invalid_destructuring_target);
      ok = false;
      continue;
    }
    Node *value = toPatternElement(prop->value);
    if (!value) {
      ok = false;
      continue;
    }
    prop->value = value;
  }
  if (!ok)
    return nullptr;
  auto *pat = ctx_.create<ObjectPatternNode>(obj->getSourceRange());
  pat->properties = obj->properties;
  return pat;
}

Node *ParserImpl::toArrayPattern(ArrayExpressionNode *arr) {
  bool ok = true;
  uint32_t n = arr->elements.size();
  for (uint32_t i = 0; i < n; ++i) {
    Node *e = arr->elements[i];
    if (!e)
      continue; // a hole
    if (auto *spread = llvm::dyn_cast<SpreadElementNode>(e)) {
      if (i + 1 != n) {
        error(e->getSourceRange(), DiagID::err_rest_not_last);
        ok = false;
        continue;
      }
      if (trailingCommaSpreads_.count(e)) {
        error(e->getSourceRange(), DiagID::err_rest_trailing_comma);
        ok = false;
        continue;
      }
      if (llvm::isa<AssignmentExpressionNode>(spread->argument) &&
          !spread->argument->isParenthesized()) {
        error(spread->argument->getSourceRange(), DiagID::err_rest_initializer);
        ok = false;
        continue;
      }
      Node *target = toAssignmentTarget(spread->argument, false);
      if (!target) {
        ok = false;
        continue;
      }
      auto *rest = ctx_.create<RestElementNode>(e->getSourceRange());
      rest->argument = target;
      arr->elements[i] = rest;
      continue;
    }
    Node *target = toPatternElement(e);
    if (!target) {
      ok = false;
      continue;
    }
    arr->elements[i] = target;
  }
  if (!ok)
    return nullptr;
  auto *pat = ctx_.create<ArrayPatternNode>(arr->getSourceRange());
  pat->elements = arr->elements;
  return pat;
}

//===--- Expressions as arrow parameters ----------------------------------===//

void ParserImpl::checkArrowParamsAwaitYield(const AwaitYieldSeen &seen,
                                            bool isAsync) {
  if (seen.awaitExpr.isValid())
    error(seen.awaitExpr, DiagID::err_await_in_params, {"await"});
  else if (isAsync && seen.awaitIdent.isValid())
    error(seen.awaitIdent, DiagID::err_await_in_arrow_params);
  if (seen.yieldExpr.isValid())
    error(seen.yieldExpr, DiagID::err_await_in_params, {"yield"});
}

bool ParserImpl::toArrowParams(ListBuilder &items, bool isAsync) {
  bool ok = true;
  size_t n = items.size();
  for (size_t i = 0; i < n; ++i) {
    Node *item = items[i];
    if (llvm::isa<RestElementNode>(item))
      continue; // parsed as a binding rest element already
    if (auto *spread = llvm::dyn_cast<SpreadElementNode>(item)) {
      if (i + 1 != n) {
        error(item->getSourceRange(), DiagID::err_rest_not_last);
        ok = false;
        continue;
      }
      if (llvm::isa<AssignmentExpressionNode>(spread->argument)) {
        error(spread->argument->getSourceRange(), DiagID::err_rest_initializer);
        ok = false;
        continue;
      }
      Node *target = toBindingTarget(spread->argument, isAsync);
      if (!target) {
        ok = false;
        continue;
      }
      auto *rest = ctx_.create<RestElementNode>(item->getSourceRange());
      rest->argument = target;
      items.set(i, rest);
      continue;
    }
    Node *param = toBindingElement(item, isAsync);
    if (!param) {
      ok = false;
      continue;
    }
    items.set(i, param);
  }
  return ok;
}

Node *ParserImpl::toBindingElement(Node *expr, bool isAsync) {
  if (auto *assign = llvm::dyn_cast<AssignmentExpressionNode>(expr)) {
    if (assign->op != AssignOp::Assign || assign->isParenthesized()) {
      error(expr->getSourceRange(), DiagID::err_invalid_arrow_params);
      return nullptr;
    }
    Node *left = toBindingTarget(assign->left, isAsync);
    if (!left)
      return nullptr;
    auto *ap = ctx_.create<AssignmentPatternNode>(expr->getSourceRange());
    ap->left = left;
    ap->right = assign->right;
    return ap;
  }
  if (auto *ap = llvm::dyn_cast<AssignmentPatternNode>(expr)) {
    Node *left = toBindingTarget(ap->left, isAsync);
    if (!left)
      return nullptr;
    ap->left = left;
    return ap;
  }
  return toBindingTarget(expr, isAsync);
}

Node *ParserImpl::toBindingTarget(Node *expr, bool isAsync) {
  if (expr->isParenthesized()) {
    error(expr->getSourceRange(), DiagID::err_invalid_arrow_params);
    return nullptr;
  }
  switch (expr->getKind()) {
  case NodeKind::Identifier: {
    auto *id = llvm::cast<IdentifierNode>(expr);
    // An `await` parameter of an async arrow was reported with the other
    // uses of `await` in its head (checkArrowParamsAwaitYield).
    checkStrictBindingName(id, /*isAssignment=*/false);
    return id;
  }
  case NodeKind::ObjectExpression:
  case NodeKind::ObjectPattern: {
    NodeList<Node> props =
        llvm::isa<ObjectExpressionNode>(expr)
            ? llvm::cast<ObjectExpressionNode>(expr)->properties
            : llvm::cast<ObjectPatternNode>(expr)->properties;
    bool ok = true;
    for (uint32_t i = 0; i < props.size(); ++i) {
      Node *p = props[i];
      if (llvm::isa<SpreadElementNode>(p) || llvm::isa<RestElementNode>(p)) {
        Node *arg = llvm::isa<SpreadElementNode>(p)
                        ? llvm::cast<SpreadElementNode>(p)->argument
                        : llvm::cast<RestElementNode>(p)->argument;
        if (i + 1 != props.size() || trailingCommaSpreads_.count(p) ||
            !llvm::isa<IdentifierNode>(arg) || arg->isParenthesized()) {
          error(p->getSourceRange(), i + 1 != props.size()
                                         ? DiagID::err_rest_not_last
                                         : DiagID::err_invalid_arrow_params);
          ok = false;
          continue;
        }
        checkStrictBindingName(llvm::cast<IdentifierNode>(arg), false);
        auto *rest = ctx_.create<RestElementNode>(p->getSourceRange());
        rest->argument = arg;
        props[i] = rest;
        continue;
      }
      auto *prop = llvm::cast<PropertyNode>(p);
      if (prop->isMethod || prop->kind != PropertyKind::Init) {
        error(prop->getSourceRange(), DiagID::err_invalid_arrow_params);
        ok = false;
        continue;
      }
      Node *value = toBindingElement(prop->value, isAsync);
      if (!value) {
        ok = false;
        continue;
      }
      prop->value = value;
    }
    if (!ok)
      return nullptr;
    auto *pat = ctx_.create<ObjectPatternNode>(expr->getSourceRange());
    pat->properties = props;
    return pat;
  }
  case NodeKind::ArrayExpression:
  case NodeKind::ArrayPattern: {
    NodeList<Node> elems = llvm::isa<ArrayExpressionNode>(expr)
                               ? llvm::cast<ArrayExpressionNode>(expr)->elements
                               : llvm::cast<ArrayPatternNode>(expr)->elements;
    bool ok = true;
    for (uint32_t i = 0; i < elems.size(); ++i) {
      Node *e = elems[i];
      if (!e)
        continue;
      if (llvm::isa<SpreadElementNode>(e) || llvm::isa<RestElementNode>(e)) {
        Node *arg = llvm::isa<SpreadElementNode>(e)
                        ? llvm::cast<SpreadElementNode>(e)->argument
                        : llvm::cast<RestElementNode>(e)->argument;
        if (i + 1 != elems.size() || trailingCommaSpreads_.count(e) ||
            llvm::isa<AssignmentExpressionNode>(arg) ||
            llvm::isa<AssignmentPatternNode>(arg)) {
          error(e->getSourceRange(), i + 1 != elems.size()
                                         ? DiagID::err_rest_not_last
                                         : DiagID::err_invalid_arrow_params);
          ok = false;
          continue;
        }
        Node *target = toBindingTarget(arg, isAsync);
        if (!target) {
          ok = false;
          continue;
        }
        auto *rest = ctx_.create<RestElementNode>(e->getSourceRange());
        rest->argument = target;
        elems[i] = rest;
        continue;
      }
      Node *target = toBindingElement(e, isAsync);
      if (!target) {
        ok = false;
        continue;
      }
      elems[i] = target;
    }
    if (!ok)
      return nullptr;
    auto *pat = ctx_.create<ArrayPatternNode>(expr->getSourceRange());
    pat->elements = elems;
    return pat;
  }
  default:
    error(expr->getSourceRange(), DiagID::err_invalid_arrow_params);
    return nullptr;
  }
}
