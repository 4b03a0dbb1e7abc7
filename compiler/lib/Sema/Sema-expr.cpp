//===- Sema-expr.cpp - Expressions and functions --------------------------===//
//
// Walks expressions, resolving identifier references and telling reads from
// writes, and analyzes functions: the function (and function-name) scope,
// parameters with their early errors (duplicates, "use strict" with a
// non-simple list), the separate body scope when parameters contain
// expressions, and the uses of `this`, `super` and `new.target`, which
// arrows pass on to the function around them.
//
//===----------------------------------------------------------------------===//
#include "SemaAnalyzer.h"

using namespace kiln;

void SemaAnalyzer::visitPropertyKey(Node *key, bool isComputed) {
  if (isComputed)
    visitExpression(key);
  // Otherwise an identifier, string, number or private name: not a
  // reference.
}

void SemaAnalyzer::visitExpression(Node *expr) {
  if (!expr || stopped())
    return;
  switch (expr->getKind()) {
  case NodeKind::Identifier:
    return resolveReference(llvm::cast<IdentifierNode>(expr), false);
  case NodeKind::ThisExpression:
    return visitThis();
  case NodeKind::Super:
    // A bare `super`: the parser has reported it.
    return;
  case NodeKind::NullLiteral:
  case NodeKind::BooleanLiteral:
  case NodeKind::NumericLiteral:
  case NodeKind::StringLiteral:
  case NodeKind::RegExpLiteral:
  case NodeKind::TemplateElement:
  case NodeKind::PrivateName:
    return;
  case NodeKind::ObjectExpression:
    for (Node *prop : llvm::cast<ObjectExpressionNode>(expr)->properties) {
      auto *p = llvm::dyn_cast_or_null<PropertyNode>(prop);
      if (!p) {
        visitExpression(prop);
        continue;
      }
      visitPropertyKey(p->key, p->isComputed);
      auto *fn = llvm::dyn_cast_or_null<FunctionExpressionNode>(p->value);
      if (fn && (p->isMethod || p->kind != PropertyKind::Init))
        visitFunction(fn, FunctionRole::Method);
      else
        visitExpression(p->value);
    }
    return;
  case NodeKind::Property: {
    // Outside an object literal only after recovery.
    auto *p = llvm::cast<PropertyNode>(expr);
    visitPropertyKey(p->key, p->isComputed);
    visitExpression(p->value);
    return;
  }
  case NodeKind::UpdateExpression:
    return visitAssignmentTarget(
        llvm::cast<UpdateExpressionNode>(expr)->argument);
  case NodeKind::BinaryExpression: {
    auto *b = llvm::cast<BinaryExpressionNode>(expr);
    if (auto *priv = llvm::dyn_cast_or_null<PrivateNameNode>(b->left))
      resolvePrivateName(priv);
    else
      visitExpression(b->left);
    visitExpression(b->right);
    return;
  }
  case NodeKind::AssignmentExpression: {
    auto *a = llvm::cast<AssignmentExpressionNode>(expr);
    visitAssignmentTarget(a->left);
    visitExpression(a->right);
    return;
  }
  case NodeKind::CallExpression: {
    auto *call = llvm::cast<CallExpressionNode>(expr);
    if (auto *super = llvm::dyn_cast_or_null<SuperNode>(call->callee))
      visitSuper(super, /*isCall=*/true);
    else
      visitExpression(call->callee);
    for (Node *arg : call->arguments)
      visitExpression(arg);
    return;
  }
  case NodeKind::MemberExpression: {
    auto *m = llvm::cast<MemberExpressionNode>(expr);
    if (auto *super = llvm::dyn_cast_or_null<SuperNode>(m->object))
      visitSuper(super, /*isCall=*/false);
    else
      visitExpression(m->object);
    if (m->isComputed)
      visitExpression(m->property);
    else if (auto *priv = llvm::dyn_cast_or_null<PrivateNameNode>(m->property))
      resolvePrivateName(priv);
    return;
  }
  case NodeKind::MetaProperty:
    return visitMetaProperty(llvm::cast<MetaPropertyNode>(expr));
  case NodeKind::FunctionExpression:
  case NodeKind::ArrowFunctionExpression:
  case NodeKind::FunctionDeclaration:
    return visitFunction(llvm::cast<FunctionLikeNode>(expr),
                         FunctionRole::Plain);
  case NodeKind::ClassExpression:
  case NodeKind::ClassDeclaration:
    return visitClass(llvm::cast<ClassLikeNode>(expr));
  case NodeKind::ObjectPattern:
  case NodeKind::ArrayPattern:
  case NodeKind::AssignmentPattern:
  case NodeKind::RestElement:
    return visitAssignmentTarget(expr);
  default:
    // Every other expression: its children are expressions in order.
    forEachChild(expr, [this](Node *child) { visitExpression(child); });
    return;
  }
}

void SemaAnalyzer::visitAssignmentTarget(Node *target) {
  if (!target || stopped())
    return;
  switch (target->getKind()) {
  case NodeKind::Identifier:
    return resolveReference(llvm::cast<IdentifierNode>(target), true);
  case NodeKind::ObjectPattern:
  case NodeKind::ObjectExpression: {
    NodeList<Node> props =
        llvm::isa<ObjectPatternNode>(target)
            ? llvm::cast<ObjectPatternNode>(target)->properties
            : llvm::cast<ObjectExpressionNode>(target)->properties;
    for (Node *prop : props) {
      if (auto *p = llvm::dyn_cast_or_null<PropertyNode>(prop)) {
        visitPropertyKey(p->key, p->isComputed);
        visitAssignmentTarget(p->value);
      } else {
        visitAssignmentTarget(prop);
      }
    }
    return;
  }
  case NodeKind::ArrayPattern:
    for (Node *elem : llvm::cast<ArrayPatternNode>(target)->elements)
      visitAssignmentTarget(elem);
    return;
  case NodeKind::ArrayExpression:
    for (Node *elem : llvm::cast<ArrayExpressionNode>(target)->elements)
      visitAssignmentTarget(elem);
    return;
  case NodeKind::AssignmentPattern: {
    auto *p = llvm::cast<AssignmentPatternNode>(target);
    visitAssignmentTarget(p->left);
    visitExpression(p->right);
    return;
  }
  case NodeKind::RestElement:
    return visitAssignmentTarget(llvm::cast<RestElementNode>(target)->argument);
  case NodeKind::SpreadElement:
    return visitAssignmentTarget(
        llvm::cast<SpreadElementNode>(target)->argument);
  default:
    return visitExpression(target);
  }
}

//===--- Functions --------------------------------------------------------===//

void SemaAnalyzer::visitFunction(FunctionLikeNode *fn, FunctionRole role,
                                 Scope *ownerClass) {
  if (stopped())
    return;
  bool isArrow = llvm::isa<ArrowFunctionExpressionNode>(fn);
  SourceLoc creationLoc =
      llvm::isa<FunctionDeclarationNode>(fn) ? hoistPoint_ : fn->getStartLoc();

  // A named function expression sees its own name in a scope of its own.
  ScopeBuilder nameBuilder;
  Scope *nameScope = nullptr;
  Binding *nameBinding = nullptr;
  if (llvm::isa<FunctionExpressionNode>(fn) && fn->id && fn->id->name &&
      role == FunctionRole::Plain) {
    nameScope = openScope(nameBuilder, ScopeKind::FunctionName, fn);
    nameBinding = newBinding(fn->id->name, BindingKind::FunctionName, fn->id);
    makeVisible(nameBinding);
    fn->id->binding = nameBinding;
  }

  ScopeBuilder builder;
  Scope *scope =
      openScope(builder, isArrow ? ScopeKind::Arrow : ScopeKind::Function, fn);
  fn->scope = scope;
  if (nameScope)
    nameScope->functionScope_ = scope;
  FunctionContext fc;
  pushFunction(fc, isArrow ? ContextKind::Arrow : ContextKind::Function, scope,
               builder, creationLoc);
  fc.role = role;
  fc.ownerClass = ownerClass;

  // Parameters: every parameter list of strict code must be free of
  // duplicates. When some parameter has an expression, each name is
  // uninitialized until the walk of the list binds it.
  bool hasParamExpressions = false;
  llvm::SmallVector<IdentifierNode *, 4> names;
  for (Node *param : fn->params)
    collectBoundNames(param, names, &hasParamExpressions);
  scope->hasParameterExpressions_ = hasParamExpressions;
  for (IdentifierNode *id : names) {
    if (!id->name)
      continue;
    if (Binding *prev = lookup(id->name); prev && prev->scope == scope) {
      diags_.report(id->getSourceRange(), DiagID::err_sema_duplicate_parameter,
                    {id->name.str()});
      if (prev->decl)
        diags_.report(prev->decl->getSourceRange(),
                      DiagID::note_sema_previous_parameter);
      id->binding = prev;
      continue;
    }
    Binding *b = declare(id->name, BindingKind::Param, DeclMode::Param, id);
    id->binding = b;
    if (b)
      b->pendingInit_ = hasParamExpressions;
  }
  checkUseStrictWithNonSimpleParams(fn);
  for (Node *param : fn->params)
    visitBindingPattern(param, /*isVar=*/false, false);

  visitFunctionBody(fn, scope, hasParamExpressions);

  popFunction(fc);
  closeScope(builder);
  if (nameScope)
    closeScope(nameBuilder);
}

void SemaAnalyzer::visitFunctionBody(FunctionLikeNode *fn, Scope *paramScope,
                                     bool hasParamExpressions) {
  auto *block = llvm::dyn_cast_or_null<BlockStatementNode>(fn->body);
  if (fn->isExpressionBody || !block) {
    visitExpression(fn->body);
    return;
  }
  llvm::ArrayRef<Node *> stmts = block->body.asArrayRef();
  ScopeBuilder bodyBuilder;
  if (hasParamExpressions)
    block->scope = openScope(bodyBuilder, ScopeKind::FunctionBody, block);
  hoistVarNames(stmts);
  declareLexicalNames(stmts, /*functionsAreVarLike=*/true,
                      hasParamExpressions ? paramScope : nullptr);
  SourceLoc savedHoist = hoistPoint_;
  hoistPoint_ = block->getStartLoc();
  visitStatements(stmts);
  hoistPoint_ = savedHoist;
  if (hasParamExpressions)
    closeScope(bodyBuilder);
}

void SemaAnalyzer::checkUseStrictWithNonSimpleParams(FunctionLikeNode *fn) {
  Node *nonSimple = nullptr;
  for (Node *param : fn->params)
    if (param && !llvm::isa<IdentifierNode>(param)) {
      nonSimple = param;
      break;
    }
  if (!nonSimple)
    return;
  for (DirectiveNode *d : fn->directives) {
    if (d && d->raw == atoms_.use_strict) {
      diags_.report(d->getSourceRange(),
                    DiagID::err_sema_use_strict_non_simple);
      diags_.report(nonSimple->getSourceRange(),
                    DiagID::note_sema_non_simple_parameter);
      return;
    }
  }
}

//===--- this, super, new.target ------------------------------------------===//

void SemaAnalyzer::visitThis() {
  bool throughArrow = false;
  for (FunctionContext *c = func_; c; c = c->parent) {
    if (c->kind == ContextKind::Arrow) {
      // Once an arrow is marked, everything out to its function is too.
      if (c->scope->usesThis_)
        return;
      c->scope->usesThis_ = true;
      throughArrow = true;
      continue;
    }
    c->scope->usesThis_ = true;
    if (throughArrow)
      c->scope->thisCaptured_ = true;
    return;
  }
}

void SemaAnalyzer::visitSuper(SuperNode *node, bool isCall) {
  FunctionContext *owner = func_->nonArrow;
  bool allowed;
  if (isCall)
    allowed = owner->kind == ContextKind::Function &&
              owner->role == FunctionRole::DerivedConstructor;
  else
    allowed = (owner->kind == ContextKind::Function &&
               owner->role != FunctionRole::Plain) ||
              owner->kind == ContextKind::FieldInit ||
              owner->kind == ContextKind::StaticBlock;
  if (!allowed) {
    diags_.report(node->getSourceRange(),
                  isCall ? DiagID::err_sema_super_call
                         : DiagID::err_sema_super_property);
    return;
  }
  // Arrows in between use the function's `super` lexically.
  // Once an arrow is marked, everything out to its function is too.
  for (FunctionContext *c = func_;; c = c->parent) {
    bool &uses =
        isCall ? c->scope->usesSuperCall_ : c->scope->usesSuperProperty_;
    if (uses && c != owner)
      break;
    uses = true;
    if (c == owner)
      break;
  }
  // `super` works on `this`: an arrow using it needs the function's.
  visitThis();
}

void SemaAnalyzer::visitMetaProperty(MetaPropertyNode *node) {
  IdentifierNode *meta = node->meta;
  IdentifierNode *property = node->property;
  if (!meta || !property || meta->name.str() != "new" ||
      property->name != atoms_.target)
    return; // import.meta: rejected by the parser.
  FunctionContext *owner = func_->nonArrow;
  if (owner->kind == ContextKind::Program) {
    diags_.report(node->getSourceRange(), DiagID::err_sema_new_target);
    return;
  }
  for (FunctionContext *c = func_; c != owner; c = c->parent) {
    if (c->scope->usesNewTarget_)
      break;
    c->scope->usesNewTarget_ = true;
  }
  owner->scope->usesNewTarget_ = true;
}
