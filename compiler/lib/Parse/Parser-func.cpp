//===- Parser-func.cpp - Functions, arrows, methods and classes -----------===//
//
// Function declarations and expressions, formal parameter lists, function
// bodies with their directive prologues, arrow function bodies, methods and
// accessors, and classes with their elements (methods, accessors, fields,
// private names, static blocks) and the early errors local to them.
// Each function-like construct installs its own FunctionContext, which says
// what `await`, `yield`, `return` and `arguments` mean inside it.
//
//===----------------------------------------------------------------------===//
#include "ParserImpl.h"

#include "llvm/Support/SaveAndRestore.h"

using namespace kiln;

void ParserImpl::setHasSimpleParams(FunctionLikeNode *fn) {
  fn->hasSimpleParameterList = true;
  for (Node *p : fn->params)
    if (!llvm::isa<IdentifierNode>(p))
      fn->hasSimpleParameterList = false;
}

FunctionLikeNode *ParserImpl::parseFunction(SourceLoc start, bool isAsync,
                                            bool isDecl, bool nameOptional) {
  DepthGuard guard(*this);
  if (guard.exceeded())
    return nullptr;
  advance(); // function
  bool isGenerator = false;
  if (is(TokenKind::star)) {
    isGenerator = true;
    errorAtToken(DiagID::err_unsupported, {isAsync ? "async generator functions"
                                                   : "generator functions"});
    advance();
  }
  IdentifierNode *id = nullptr;
  if (is(TokenKind::identifier)) {
    // A declaration's name belongs to the enclosing scope; an expression's
    // name is bound inside the function, under its own await/yield rules.
    llvm::SaveAndRestore<FunctionContext> ctx(fn_, fn_);
    llvm::SaveAndRestore<AwaitYieldSeen> seen(seen_, seen_);
    if (!isDecl) {
      // Not subject to an enclosing async arrow head's rules either.
      seen_ = AwaitYieldSeen();
      fn_.awaitReserved = isAsync || options_.isModule;
      fn_.awaitIsOperator = false;
      fn_.inStaticBlock = false;
    }
    id = parseIdentifier(IdentUse::Binding);
  } else if (!nameOptional) {
    // err_expected_after quotes its token; "identifier" is not one.
    errorAtToken(DiagID::err_expected, {"identifier after 'function'"});
    return nullptr;
  }
  FunctionLikeNode *fn;
  if (isDecl)
    fn = ctx_.create<FunctionDeclarationNode>(SourceRange(start));
  else
    fn = ctx_.create<FunctionExpressionNode>(SourceRange(start));
  fn->id = id;
  if (!parseFunctionRest(fn, isAsync, isGenerator, fn_))
    return nullptr;
  return finish(fn);
}

bool ParserImpl::parseFunctionRest(FunctionLikeNode *fn, bool isAsync,
                                   bool isGenerator, FunctionContext outer) {
  DepthGuard guard(*this);
  if (guard.exceeded())
    return false;
  llvm::SaveAndRestore<FunctionContext> ctx(fn_, FunctionContext());
  llvm::SaveAndRestore<AwaitYieldSeen> seen(seen_, AwaitYieldSeen());
  llvm::SaveAndRestore<CoverErrors> cover(cover_, CoverErrors());
  llvm::SaveAndRestore<bool> noIn(noIn_, false);
  fn_.inFunction = true;
  fn_.awaitIsOperator = isAsync;
  fn_.awaitReserved = isAsync || options_.isModule;
  fn_.yieldIsOperator = isGenerator;
  fn_.inParameters = true;
  fn->isAsync = isAsync;
  fn->isGenerator = isGenerator;
  fn->isStrict = true;
  if (!parseFormalParameters(fn))
    return false;
  fn_.inParameters = false;
  return parseFunctionBody(fn);
}

bool ParserImpl::parseFormalParameters(FunctionLikeNode *fn) {
  SourceLoc open = tok_.getLoc();
  if (!expect(TokenKind::l_paren))
    return false;
  ListBuilder params(*this);
  while (!is(TokenKind::r_paren)) {
    SourceLoc pstart = tok_.getLoc();
    if (consume(TokenKind::ellipsis)) {
      Node *target = parseBindingTarget();
      if (!target)
        return false;
      if (is(TokenKind::equal)) {
        errorAtToken(DiagID::err_rest_initializer);
        return false;
      }
      auto *rest = make<RestElementNode>(pstart);
      rest->argument = target;
      params.push(rest);
      if (is(TokenKind::comma)) {
        errorAtToken(peekKind() == TokenKind::r_paren
                         ? DiagID::err_rest_trailing_comma
                         : DiagID::err_rest_not_last);
        return false;
      }
      break;
    }
    Node *p = parseBindingElement();
    if (!p)
      return false;
    params.push(p);
    if (is(TokenKind::r_paren))
      break;
    if (!is(TokenKind::comma)) {
      expectClosing(TokenKind::r_paren, TokenKind::l_paren, open);
      return false;
    }
    advance();
  }
  if (!expectClosing(TokenKind::r_paren, TokenKind::l_paren, open))
    return false;
  fn->params = params.finish();
  setHasSimpleParams(fn);
  return true;
}

bool ParserImpl::parseFunctionBody(FunctionLikeNode *fn) {
  SourceLoc open = tok_.getLoc();
  if (!expect(TokenKind::l_brace))
    return false;
  NodeList<Node> body = parseStatementList(&fn->directives, false);
  if (!expectClosing(TokenKind::r_brace, TokenKind::l_brace, open))
    return false;
  auto *block = make<BlockStatementNode>(open);
  block->body = body;
  fn->body = block;
  return true;
}

Node *ParserImpl::parseArrowRest(SourceLoc start, NodeList<Node> params,
                                 bool isAsync) {
  DepthGuard guard(*this);
  if (guard.exceeded())
    return nullptr;
  advance(); // =>
  auto *fn = ctx_.create<ArrowFunctionExpressionNode>(SourceRange(start));
  fn->params = params;
  fn->isAsync = isAsync;
  fn->isStrict = true;
  setHasSimpleParams(fn);

  FunctionContext inner;
  inner.inFunction = true;
  inner.awaitIsOperator = isAsync;
  inner.awaitReserved = isAsync || options_.isModule;
  inner.argumentsBanned = fn_.argumentsBanned;
  llvm::SaveAndRestore<FunctionContext> ctx(fn_, inner);
  llvm::SaveAndRestore<AwaitYieldSeen> seen(seen_, AwaitYieldSeen());
  llvm::SaveAndRestore<CoverErrors> cover(cover_, CoverErrors());
  if (is(TokenKind::l_brace)) {
    llvm::SaveAndRestore<bool> noIn(noIn_, false);
    if (!parseFunctionBody(fn))
      return nullptr;
  } else {
    fn->isExpressionBody = true;
    Node *body = parseAssignment();
    if (!body)
      return nullptr;
    fn->body = body;
  }
  return finish(fn);
}

FunctionExpressionNode *ParserImpl::parseMethod(SourceLoc start,
                                                FunctionKind kind, bool isAsync,
                                                bool isGenerator) {
  auto *fn = ctx_.create<FunctionExpressionNode>(SourceRange(start));
  fn->funcKind = kind;
  if (!parseFunctionRest(fn, isAsync, isGenerator, fn_))
    return nullptr;
  finish(fn);
  checkAccessorParams(fn, kind);
  return fn;
}

void ParserImpl::checkAccessorParams(FunctionExpressionNode *fn,
                                     FunctionKind kind) {
  if (kind == FunctionKind::Getter && !fn->params.empty())
    error(fn->params[0]->getSourceRange(), DiagID::err_getter_params);
  if (kind == FunctionKind::Setter) {
    if (fn->params.size() != 1)
      error(fn->params.empty() ? SourceRange(fn->getStartLoc())
                               : fn->params[1]->getSourceRange(),
            DiagID::err_setter_params);
    else if (llvm::isa<RestElementNode>(fn->params[0]))
      error(fn->params[0]->getSourceRange(), DiagID::err_setter_rest);
  }
}

bool ParserImpl::skipDecorators() {
  while (is(TokenKind::at)) {
    errorAtToken(DiagID::err_unsupported, {"decorators"});
    advance();
    if (!parseStandaloneLeftHandSide())
      return false;
  }
  return true;
}

//===--- Classes ----------------------------------------------------------===//

ClassLikeNode *ParserImpl::parseClass(SourceLoc start, bool isDecl,
                                      bool nameOptional) {
  if (is(TokenKind::at)) {
    if (!skipDecorators())
      return nullptr;
    if (!is(TokenKind::kw_class)) {
      errorAtToken(DiagID::err_expected_token, {"class"});
      return nullptr;
    }
  }
  DepthGuard guard(*this);
  if (guard.exceeded())
    return nullptr;
  advance(); // class
  IdentifierNode *id = nullptr;
  if (is(TokenKind::identifier)) {
    id = parseIdentifier(IdentUse::Binding);
  } else if (!nameOptional) {
    // err_expected_after quotes its token; "identifier" is not one.
    errorAtToken(DiagID::err_expected, {"identifier after 'class'"});
    return nullptr;
  }
  Node *superClass = nullptr;
  if (consume(TokenKind::kw_extends) &&
      !(superClass = parseStandaloneLeftHandSide()))
    return nullptr;
  SourceLoc open = tok_.getLoc();
  if (!expect(TokenKind::l_brace))
    return nullptr;
  ListBuilder elems(*this);
  SourceRange ctorRange;
  while (!is(TokenKind::r_brace) && !is(TokenKind::eof)) {
    if (consume(TokenKind::semi))
      continue;
    size_t startDepth = brackets_.size();
    if (Node *e = parseClassElement(superClass != nullptr, ctorRange))
      elems.push(e);
    else
      skipToStatementBoundary(startDepth);
  }
  if (!expectClosing(TokenKind::r_brace, TokenKind::l_brace, open))
    return nullptr;
  auto *body = make<ClassBodyNode>(open);
  body->body = elems.finish();
  ClassLikeNode *cls;
  if (isDecl)
    cls = make<ClassDeclarationNode>(start);
  else
    cls = make<ClassExpressionNode>(start);
  cls->id = id;
  cls->superClass = superClass;
  cls->body = body;
  return cls;
}

/// The name of a non-computed class element key, if it has one.
static Atom staticKeyName(const Node *key) {
  if (auto *id = llvm::dyn_cast<IdentifierNode>(key))
    return id->name;
  if (auto *str = llvm::dyn_cast<StringLiteralNode>(key))
    return str->value;
  return Atom();
}

/// The token after a modifier word makes that word the element's name.
static bool endsClassElementName(const Token &t) {
  return t.is(TokenKind::l_paren) || t.is(TokenKind::equal) ||
         t.is(TokenKind::semi) || t.is(TokenKind::r_brace);
}

Node *ParserImpl::parseClassElement(bool isDerived, SourceRange &ctorRange) {
  SourceLoc start = tok_.getLoc();
  if (is(TokenKind::at) && !skipDecorators())
    return nullptr;
  Node *key = nullptr;
  bool isStatic = false, isAsync = false, isGenerator = false;
  bool computed = false;
  MethodKind kind = MethodKind::Method;

  if (isIdent(atoms_.static_)) {
    Token st = tok_;
    advance();
    if (is(TokenKind::l_brace)) {
      // A static initialization block.
      FunctionContext inner;
      inner.awaitReserved = true;
      inner.inStaticBlock = true;
      inner.argumentsBanned = true;
      llvm::SaveAndRestore<FunctionContext> ctx(fn_, inner);
      llvm::SaveAndRestore<AwaitYieldSeen> seen(seen_, AwaitYieldSeen());
      SourceLoc open = tok_.getLoc();
      advance();
      NodeList<Node> body = parseStatementList(nullptr, false);
      if (!expectClosing(TokenKind::r_brace, TokenKind::l_brace, open))
        return nullptr;
      auto *block = make<StaticBlockNode>(start);
      block->body = body;
      return block;
    }
    if (endsClassElementName(tok_))
      key = makeIdentifier(st.value, st.range);
    else
      isStatic = true;
  }
  if (!key && isIdent(atoms_.async)) {
    Token at = tok_;
    advance();
    if (endsClassElementName(tok_) || tok_.newlineBefore)
      key = makeIdentifier(at.value, at.range);
    else
      isAsync = true;
  }
  if (!key && is(TokenKind::star)) {
    errorAtToken(DiagID::err_unsupported,
                 {isAsync ? "async generator methods" : "generator methods"});
    isGenerator = true;
    advance();
  }
  if (!key && !isAsync && !isGenerator &&
      (isIdent(atoms_.get) || isIdent(atoms_.set))) {
    Token gs = tok_;
    advance();
    // `get` then `*` on the next line: a field named get, then a generator.
    if (endsClassElementName(tok_) || is(TokenKind::star))
      key = makeIdentifier(gs.value, gs.range);
    else
      kind = gs.value == atoms_.get ? MethodKind::Get : MethodKind::Set;
  }
  if (!key && !(key = parsePropertyName(computed, /*allowPrivate=*/true)))
    return nullptr;

  Atom name = computed ? Atom() : staticKeyName(key);
  if (auto *pn = llvm::dyn_cast<PrivateNameNode>(key);
      pn && pn->name == atoms_.constructor)
    error(key->getSourceRange(), DiagID::err_private_constructor);
  if (isStatic && name == atoms_.prototype)
    error(key->getSourceRange(), DiagID::err_static_prototype);

  if (is(TokenKind::l_paren)) {
    FunctionKind fk = kind == MethodKind::Get   ? FunctionKind::Getter
                      : kind == MethodKind::Set ? FunctionKind::Setter
                                                : FunctionKind::Method;
    if (!isStatic && name == atoms_.constructor) {
      const char *what = kind == MethodKind::Get   ? "a getter"
                         : kind == MethodKind::Set ? "a setter"
                         : isGenerator             ? "a generator"
                         : isAsync                 ? "an async method"
                                                   : nullptr;
      if (what) {
        error(key->getSourceRange(), DiagID::err_constructor_special, {what});
      } else {
        if (ctorRange.isValid()) {
          error(key->getSourceRange(), DiagID::err_duplicate_constructor);
          error(ctorRange, DiagID::note_previous_definition);
        }
        ctorRange = key->getSourceRange();
        kind = MethodKind::Constructor;
        fk = isDerived ? FunctionKind::DerivedConstructor
                       : FunctionKind::ClassConstructor;
      }
    }
    FunctionExpressionNode *fn =
        parseMethod(tok_.getLoc(), fk, isAsync, isGenerator);
    if (!fn)
      return nullptr;
    auto *m = make<MethodDefinitionNode>(start);
    m->kind = kind;
    m->isStatic = isStatic;
    m->isComputed = computed;
    m->key = key;
    m->value = fn;
    return m;
  }

  // A field.
  if (isAsync || isGenerator || kind != MethodKind::Method) {
    errorAtToken(DiagID::err_expected_token, {"("});
    return nullptr;
  }
  if (name == atoms_.constructor)
    error(key->getSourceRange(), DiagID::err_field_constructor);
  Node *value = nullptr;
  if (consume(TokenKind::equal)) {
    FunctionContext inner;
    inner.awaitReserved = fn_.awaitReserved || fn_.awaitIsOperator;
    inner.argumentsBanned = true;
    llvm::SaveAndRestore<FunctionContext> ctx(fn_, inner);
    llvm::SaveAndRestore<AwaitYieldSeen> seen(seen_, AwaitYieldSeen());
    llvm::SaveAndRestore<bool> noIn(noIn_, false);
    if (!(value = parseAssignment()))
      return nullptr;
  }
  if (!consumeSemicolon("class field"))
    return nullptr;
  auto *f = make<PropertyDefinitionNode>(start);
  f->isStatic = isStatic;
  f->isComputed = computed;
  f->key = key;
  f->value = value;
  return f;
}
