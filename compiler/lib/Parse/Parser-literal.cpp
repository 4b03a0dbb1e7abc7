//===- Parser-literal.cpp - Array and object literals ---------------------===//
//
// Array literals (with holes and spread), object literals (properties,
// shorthands, methods, accessors, spread) and property names. Both may
// later become destructuring patterns (Parser-pattern.cpp), so `{a = 1}`
// and a duplicate `__proto__` are recorded in cover_ rather than reported.
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

#include "llvm/Support/SaveAndRestore.h"

using namespace kiln;

//===--- Array and object literals ----------------------------------------===//

Node *ParserImpl::parseArrayLiteral() {
  SourceLoc start = tok_.getLoc();
  advance(); // [
  llvm::SaveAndRestore<bool> noIn(noIn_, false);
  ListBuilder elems(*this);
  while (!is(TokenKind::r_square)) {
    if (consume(TokenKind::comma)) {
      elems.push(nullptr); // a hole
      continue;
    }
    SourceLoc estart = tok_.getLoc();
    Node *e;
    if (consume(TokenKind::ellipsis)) {
      Node *arg = parseAssignment(/*inCover=*/true);
      if (!arg)
        return nullptr;
      auto *spread = make<SpreadElementNode>(estart);
      spread->argument = arg;
      e = spread;
    } else if (!(e = parseAssignment(/*inCover=*/true))) {
      return nullptr;
    }
    elems.push(e);
    if (is(TokenKind::r_square))
      break;
    if (!is(TokenKind::comma)) {
      expectClosing(TokenKind::r_square, TokenKind::l_square, start);
      return nullptr;
    }
    advance();
    if (llvm::isa<SpreadElementNode>(e) && is(TokenKind::r_square))
      trailingCommaSpreads_.insert(e);
  }
  advance(); // ]
  auto *n = make<ArrayExpressionNode>(start);
  n->elements = elems.finish();
  return n;
}

Node *ParserImpl::parseObjectLiteral() {
  SourceLoc start = tok_.getLoc();
  advance(); // {
  llvm::SaveAndRestore<bool> noIn(noIn_, false);
  ListBuilder props(*this);
  bool sawProto = false;
  while (!is(TokenKind::r_brace)) {
    Node *p = parseObjectMember(sawProto);
    if (!p)
      return nullptr;
    props.push(p);
    if (is(TokenKind::r_brace))
      break;
    if (!is(TokenKind::comma)) {
      expectClosing(TokenKind::r_brace, TokenKind::l_brace, start);
      return nullptr;
    }
    advance();
    if (llvm::isa<SpreadElementNode>(p) && is(TokenKind::r_brace))
      trailingCommaSpreads_.insert(p);
  }
  advance(); // }
  auto *n = make<ObjectExpressionNode>(start);
  n->properties = props.finish();
  return n;
}

Node *ParserImpl::parsePropertyName(bool &computed, bool allowPrivate) {
  computed = false;
  switch (tok_.kind) {
  case TokenKind::string_literal:
    return parseStringLiteral();
  case TokenKind::numeric_literal:
    return parseNumericLiteral();
  case TokenKind::l_square: {
    SourceLoc open = tok_.getLoc();
    advance();
    computed = true;
    Node *key;
    {
      llvm::SaveAndRestore<bool> noIn(noIn_, false);
      key = parseAssignment();
    }
    if (!key || !expectClosing(TokenKind::r_square, TokenKind::l_square, open))
      return nullptr;
    return key;
  }
  case TokenKind::private_name: {
    if (!allowPrivate) {
      errorAtToken(DiagID::err_expected_property_name);
      return nullptr;
    }
    auto *pn = ctx_.create<PrivateNameNode>(tok_.range);
    pn->name = tok_.value;
    advance();
    return pn;
  }
  default:
    if (isIdentifierName())
      return parseIdentifierName();
    errorAtToken(DiagID::err_expected_property_name);
    return nullptr;
  }
}

/// The current token ends a name that could also have been a modifier
/// (`get`, `set`, `async`, `static`): `{get: 1}`, `{get() {}}`, `{get}`.
static bool endsPropertyName(const Token &t) {
  switch (t.kind) {
  case TokenKind::comma:
  case TokenKind::colon:
  case TokenKind::l_paren:
  case TokenKind::r_brace:
  case TokenKind::equal:
    return true;
  default:
    return false;
  }
}

Node *ParserImpl::parseObjectMember(bool &sawProto) {
  SourceLoc start = tok_.getLoc();
  if (consume(TokenKind::ellipsis)) {
    Node *arg = parseAssignment();
    if (!arg)
      return nullptr;
    auto *spread = make<SpreadElementNode>(start);
    spread->argument = arg;
    return spread;
  }
  Token first = tok_;
  bool isAsync = false, isGenerator = false;
  PropertyKind kind = PropertyKind::Init;
  Node *key = nullptr;
  bool computed = false;
  if (isIdent(atoms_.async) || isIdent(atoms_.get) || isIdent(atoms_.set)) {
    advance();
    if (endsPropertyName(tok_) ||
        (first.value == atoms_.async && tok_.newlineBefore)) {
      key = makeIdentifier(first.value, first.range);
    } else if (first.value == atoms_.async) {
      isAsync = true;
    } else {
      kind = first.value == atoms_.get ? PropertyKind::Get : PropertyKind::Set;
    }
  }
  SourceLoc starLoc = tok_.getLoc();
  if (!key && kind == PropertyKind::Init && consume(TokenKind::star)) {
    isGenerator = true;
    error(SourceRange(starLoc, prevEnd_), DiagID::err_unsupported,
          {isAsync ? "async generator methods" : "generator methods"});
  }
  Token keyTok = key ? first : tok_;
  if (!key && !(key = parsePropertyName(computed, /*allowPrivate=*/false)))
    return nullptr;

  auto *prop = ctx_.create<PropertyNode>(SourceRange(start));
  prop->key = key;
  prop->isComputed = computed;
  prop->kind = kind;
  if (kind != PropertyKind::Init || isAsync || isGenerator ||
      is(TokenKind::l_paren)) {
    if (!is(TokenKind::l_paren)) {
      errorAtToken(DiagID::err_expected_token, {"("});
      return nullptr;
    }
    FunctionKind fk = kind == PropertyKind::Get   ? FunctionKind::Getter
                      : kind == PropertyKind::Set ? FunctionKind::Setter
                                                  : FunctionKind::Method;
    FunctionExpressionNode *fn =
        parseMethod(tok_.getLoc(), fk, isAsync, isGenerator);
    if (!fn)
      return nullptr;
    prop->value = fn;
    prop->isMethod = kind == PropertyKind::Init;
    return finish(prop);
  }
  if (consume(TokenKind::colon)) {
    Node *value = parseAssignment(/*inCover=*/true);
    if (!value)
      return nullptr;
    prop->value = value;
    if (!computed) {
      Atom name;
      if (auto *id = llvm::dyn_cast<IdentifierNode>(key))
        name = id->name;
      else if (auto *str = llvm::dyn_cast<StringLiteralNode>(key))
        name = str->value;
      if (name == atoms_.proto) {
        if (sawProto && !cover_.dupProto.isValid())
          cover_.dupProto = key->getSourceRange();
        sawProto = true;
      }
    }
    return finish(prop);
  }
  // Shorthand `{a}` or, only valid in a pattern, `{a = 1}`.
  if (keyTok.kind != TokenKind::identifier || computed) {
    if (isKeyword(keyTok.kind))
      error(keyTok.range, DiagID::err_reserved_word,
            {getTokenSpelling(keyTok.kind)});
    else
      errorAtToken(DiagID::err_expected_token, {":"});
    return nullptr;
  }
  checkIdentifier(keyTok.value, keyTok.hasEscape, keyTok.range,
                  IdentUse::Reference);
  Node *value = makeIdentifier(keyTok.value, keyTok.range);
  if (is(TokenKind::equal)) {
    SourceRange eq = tok_.range;
    advance();
    Node *init = parseAssignment();
    if (!init)
      return nullptr;
    auto *ap = make<AssignmentPatternNode>(keyTok.getLoc());
    ap->left = value;
    ap->right = init;
    value = ap;
    if (!cover_.initName.isValid())
      cover_.initName = eq;
  }
  prop->value = value;
  prop->isShorthand = true;
  return finish(prop);
}
