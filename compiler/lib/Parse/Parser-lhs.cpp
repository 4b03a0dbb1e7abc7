//===- Parser-lhs.cpp - Member, call, new and super expressions -----------===//
//
// Left-hand-side expressions: `new` (with `new.target`), `super` property
// and call forms, argument lists, member accesses, calls, tagged templates
// and optional chains (wrapped in a ChainExpression), with the early errors
// local to them: a tagged template in an optional chain, `new a?.b()`,
// `super` without a property or call, and `super.#x`.
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

#include "llvm/Support/SaveAndRestore.h"

using namespace kiln;

//===--- Left-hand-side expressions ---------------------------------------===//

Node *ParserImpl::parseLeftHandSide() {
  SourceLoc start = tok_.getLoc();
  Node *expr;
  if (is(TokenKind::kw_new))
    expr = parseNewExpression();
  else if (is(TokenKind::kw_super))
    expr = parseSuper(/*allowCall=*/true);
  else
    expr = parsePrimary();
  if (!expr)
    return nullptr;
  return parseSubscripts(expr, start, /*allowCalls=*/true);
}

Node *ParserImpl::parseStandaloneLeftHandSide() {
  CoverErrors outer = cover_;
  cover_ = CoverErrors();
  Node *expr = parseLeftHandSide();
  reportCoverErrors();
  cover_ = outer;
  if (isBareArrow(expr)) {
    error(expr->getSourceRange(), DiagID::err_arrow_operand);
    return nullptr;
  }
  return expr;
}

Node *ParserImpl::parseSuper(bool allowCall) {
  SourceLoc start = tok_.getLoc();
  advance();
  if (is(TokenKind::period) || is(TokenKind::l_square) ||
      (allowCall && is(TokenKind::l_paren)))
    return make<SuperNode>(start);
  error(SourceRange(start, prevEnd_), DiagID::err_super_unexpected);
  return nullptr;
}

Node *ParserImpl::parseNewExpression() {
  DepthGuard guard(*this);
  if (guard.exceeded())
    return nullptr;
  SourceLoc start = tok_.getLoc();
  Token newTok = tok_;
  advance(); // new
  if (is(TokenKind::period)) {
    advance();
    if (!is(TokenKind::identifier) || tok_.value != atoms_.target) {
      errorAtToken(DiagID::err_expected_token, {"target"});
      return nullptr;
    }
    if (tok_.hasEscape)
      errorAtToken(DiagID::err_new_target_escaped);
    auto *meta = makeIdentifier(newTok.value, newTok.range);
    auto *prop = makeIdentifier(tok_.value, tok_.range);
    advance();
    auto *n = make<MetaPropertyNode>(start);
    n->meta = meta;
    n->property = prop;
    return n;
  }
  SourceLoc calleeStart = tok_.getLoc();
  Node *callee;
  if (is(TokenKind::kw_new))
    callee = parseNewExpression();
  else if (is(TokenKind::kw_super))
    callee = parseSuper(/*allowCall=*/false);
  else
    callee = parsePrimary();
  if (!callee)
    return nullptr;
  if (isBareArrow(callee)) {
    error(callee->getSourceRange(), DiagID::err_arrow_operand);
    return nullptr;
  }
  if (llvm::isa<ImportExpressionNode>(callee)) {
    error(callee->getSourceRange(), DiagID::err_unexpected_token, {"import"});
    return nullptr;
  }
  callee = parseSubscripts(callee, calleeStart, /*allowCalls=*/false);
  if (!callee)
    return nullptr;
  ListBuilder args(*this);
  bool hasArgs = is(TokenKind::l_paren);
  if (hasArgs && !parseArguments(args, /*cover=*/false, nullptr))
    return nullptr;
  if (!hasArgs && is(TokenKind::question_period))
    errorAtToken(DiagID::err_new_optional_chain);
  auto *n = make<NewExpressionNode>(start);
  n->callee = callee;
  n->arguments = args.finish();
  return n;
}

bool ParserImpl::parseArguments(ListBuilder &out, bool cover,
                                SourceLoc *trailingComma) {
  SourceLoc open = tok_.getLoc();
  advance(); // (
  llvm::SaveAndRestore<bool> noIn(noIn_, false);
  while (!is(TokenKind::r_paren)) {
    SourceLoc start = tok_.getLoc();
    Node *arg;
    if (consume(TokenKind::ellipsis)) {
      Node *inner = parseAssignment(cover);
      if (!inner)
        return false;
      auto *spread = make<SpreadElementNode>(start);
      spread->argument = inner;
      arg = spread;
    } else if (!(arg = parseAssignment(cover))) {
      return false;
    }
    out.push(arg);
    if (is(TokenKind::r_paren))
      break;
    if (!is(TokenKind::comma)) {
      expectClosing(TokenKind::r_paren, TokenKind::l_paren, open);
      return false;
    }
    SourceLoc comma = tok_.getLoc();
    advance();
    if (is(TokenKind::r_paren) && trailingComma)
      *trailingComma = comma;
  }
  advance(); // )
  return true;
}

Node *ParserImpl::parseSubscripts(Node *expr, SourceLoc start,
                                  bool allowCalls) {
  if (isBareArrow(expr))
    return expr;
  ChainDepth chain(*this);
  bool inChain = false;
  for (;;) {
    bool optional = false;
    if (is(TokenKind::question_period)) {
      if (!allowCalls)
        break;
      optional = inChain = true;
      advance();
      if (!is(TokenKind::l_paren) && !is(TokenKind::l_square)) {
        if (is(TokenKind::no_substitution_template) ||
            is(TokenKind::template_head)) {
          errorAtToken(DiagID::err_optional_chain_template);
          return nullptr;
        }
        // `a?.b`: the name follows directly.
        Node *prop;
        if (is(TokenKind::private_name)) {
          auto *pn = ctx_.create<PrivateNameNode>(tok_.range);
          pn->name = tok_.value;
          advance();
          prop = pn;
        } else if (!(prop = parseIdentifierName())) {
          return nullptr;
        }
        auto *m = make<MemberExpressionNode>(start);
        m->object = expr;
        m->property = prop;
        m->isOptional = true;
        expr = m;
        if (!chain.step())
          return nullptr;
        continue;
      }
    }
    switch (tok_.kind) {
    case TokenKind::period: {
      advance();
      Node *prop;
      if (is(TokenKind::private_name)) {
        if (llvm::isa<SuperNode>(expr))
          errorAtToken(DiagID::err_super_private);
        auto *pn = ctx_.create<PrivateNameNode>(tok_.range);
        pn->name = tok_.value;
        advance();
        prop = pn;
      } else if (!(prop = parseIdentifierName())) {
        return nullptr;
      }
      auto *m = make<MemberExpressionNode>(start);
      m->object = expr;
      m->property = prop;
      expr = m;
      break;
    }
    case TokenKind::l_square: {
      SourceLoc open = tok_.getLoc();
      advance();
      Node *prop;
      {
        llvm::SaveAndRestore<bool> noIn(noIn_, false);
        prop = parseExpression();
      }
      if (!prop ||
          !expectClosing(TokenKind::r_square, TokenKind::l_square, open))
        return nullptr;
      auto *m = make<MemberExpressionNode>(start);
      m->object = expr;
      m->property = prop;
      m->isComputed = true;
      m->isOptional = optional;
      expr = m;
      break;
    }
    case TokenKind::l_paren: {
      if (!allowCalls)
        goto done;
      ListBuilder args(*this);
      if (!parseArguments(args, /*cover=*/false, nullptr))
        return nullptr;
      auto *c = make<CallExpressionNode>(start);
      c->callee = expr;
      c->arguments = args.finish();
      c->isOptional = optional;
      expr = c;
      break;
    }
    case TokenKind::no_substitution_template:
    case TokenKind::template_head: {
      if (inChain) {
        errorAtToken(DiagID::err_optional_chain_template);
        return nullptr;
      }
      if (llvm::isa<SuperNode>(expr)) {
        errorAtToken(DiagID::err_super_unexpected);
        return nullptr;
      }
      auto *quasi = parseTemplateLiteral(/*tagged=*/true);
      if (!quasi)
        return nullptr;
      auto *t = make<TaggedTemplateExpressionNode>(start);
      t->tag = expr;
      t->quasi = llvm::cast<TemplateLiteralNode>(quasi);
      expr = t;
      break;
    }
    default:
      goto done;
    }
    if (!chain.step())
      return nullptr;
  }
done:
  if (inChain) {
    auto *c = make<ChainExpressionNode>(start);
    c->expression = expr;
    expr = c;
  }
  return expr;
}
