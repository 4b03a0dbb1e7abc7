//===- Sema-class.cpp - Classes and private names -------------------------===//
//
// A class opens a Class scope holding its inner name (in the TDZ while the
// heritage and computed keys are evaluated) and its private names. The
// heritage sees the enclosing private names only; every private name of the
// body is declared before any element is walked, so `#x` may be used before
// its declaration. Methods, field initializers and static blocks are
// function-like contexts of their own: `super.x` is valid in all of them,
// `super()` only in the constructor of a class with a heritage.
//
//===----------------------------------------------------------------------===//
#include "SemaAnalyzer.h"

using namespace kiln;

void SemaAnalyzer::visitClass(ClassLikeNode *cls) {
  if (stopped())
    return;
  ScopeBuilder builder;
  Scope *scope = openScope(builder, ScopeKind::Class, cls);
  cls->scope = scope;
  if (IdentifierNode *id = cls->id; id && id->name) {
    Binding *inner = newBinding(id->name, BindingKind::ClassName, id);
    inner->initEnd = cls->getEndLoc();
    makeVisible(inner);
    // A declaration's name denotes the outer binding (declared with the
    // statement list); an expression's only exists inside.
    if (llvm::isa<ClassExpressionNode>(cls))
      id->binding = inner;
  }
  visitExpression(cls->superClass);
  if (ClassBodyNode *body = cls->body) {
    declarePrivateNames(body);
    for (Node *element : body->body) {
      if (stopped())
        break;
      visitClassElement(element, cls, scope);
    }
  }
  closeScope(builder);
}

void SemaAnalyzer::declarePrivateNames(ClassBodyNode *body) {
  Scope *scope = currentScope();
  for (Node *element : body->body) {
    if (!element)
      continue;
    PrivateNameNode *key = nullptr;
    BindingKind kind = BindingKind::PrivateField;
    bool isStatic = false, isGetter = false, isSetter = false;
    if (auto *m = llvm::dyn_cast<MethodDefinitionNode>(element)) {
      key = llvm::dyn_cast_or_null<PrivateNameNode>(m->key);
      isStatic = m->isStatic;
      isGetter = m->kind == MethodKind::Get;
      isSetter = m->kind == MethodKind::Set;
      kind = isGetter || isSetter ? BindingKind::PrivateAccessor
                                  : BindingKind::PrivateMethod;
    } else if (auto *f = llvm::dyn_cast<PropertyDefinitionNode>(element)) {
      key = llvm::dyn_cast_or_null<PrivateNameNode>(f->key);
      isStatic = f->isStatic;
    }
    if (!key || !key->name)
      continue;
    Binding *prev = visiblePrivate_.lookup(key->name);
    if (prev && prev->scope == scope) {
      // Only a getter and a setter of the same static-ness may share a name.
      bool pairs =
          prev->kind == BindingKind::PrivateAccessor &&
          kind == BindingKind::PrivateAccessor && prev->isStatic == isStatic &&
          ((isGetter && !prev->hasGetter) || (isSetter && !prev->hasSetter));
      if (pairs) {
        prev->hasGetter |= isGetter;
        prev->hasSetter |= isSetter;
        key->binding = prev;
        continue;
      }
      diags_.report(key->getSourceRange(),
                    DiagID::err_sema_private_redeclaration, {key->name.str()});
      if (prev->decl)
        diags_.report(prev->decl->getSourceRange(),
                      DiagID::note_sema_previous_declaration);
      continue;
    }
    Binding *b = newBinding(key->name, kind, key);
    b->isStatic = isStatic;
    b->hasGetter = isGetter;
    b->hasSetter = isSetter;
    makeVisible(b);
    key->binding = b;
  }
}

void SemaAnalyzer::visitClassElement(Node *element, ClassLikeNode *cls,
                                     Scope *classScope) {
  if (!element)
    return;
  switch (element->getKind()) {
  case NodeKind::MethodDefinition: {
    auto *m = llvm::cast<MethodDefinitionNode>(element);
    visitPropertyKey(m->key, m->isComputed);
    if (!m->value)
      return;
    FunctionRole role = FunctionRole::Method;
    if (m->kind == MethodKind::Constructor && !m->isStatic)
      role = cls->superClass ? FunctionRole::DerivedConstructor
                             : FunctionRole::Constructor;
    visitFunction(m->value, role, classScope);
    return;
  }
  case NodeKind::PropertyDefinition: {
    auto *f = llvm::cast<PropertyDefinitionNode>(element);
    visitPropertyKey(f->key, f->isComputed);
    if (f->value)
      visitFieldInitializer(f, classScope);
    return;
  }
  case NodeKind::StaticBlock:
    return visitStaticBlock(llvm::cast<StaticBlockNode>(element), classScope);
  default:
    return visitExpression(element);
  }
}

void SemaAnalyzer::visitFieldInitializer(PropertyDefinitionNode *field,
                                         Scope *classScope) {
  ScopeBuilder builder;
  Scope *scope = openScope(builder, ScopeKind::FieldInit, field);
  field->scope = scope;
  FunctionContext fc;
  pushFunction(fc, ContextKind::FieldInit, scope, builder,
               field->getStartLoc());
  fc.ownerClass = classScope;
  visitExpression(field->value);
  popFunction(fc);
  closeScope(builder);
}

void SemaAnalyzer::visitStaticBlock(StaticBlockNode *block, Scope *classScope) {
  ScopeBuilder builder;
  Scope *scope = openScope(builder, ScopeKind::StaticBlock, block);
  block->scope = scope;
  FunctionContext fc;
  pushFunction(fc, ContextKind::StaticBlock, scope, builder,
               block->getStartLoc());
  fc.ownerClass = classScope;
  llvm::ArrayRef<Node *> stmts = block->body.asArrayRef();
  hoistVarNames(stmts);
  declareLexicalNames(stmts, /*functionsAreVarLike=*/true, nullptr);
  SourceLoc savedHoist = hoistPoint_;
  hoistPoint_ = block->getStartLoc();
  visitStatements(stmts);
  hoistPoint_ = savedHoist;
  popFunction(fc);
  closeScope(builder);
}

void SemaAnalyzer::resolvePrivateName(PrivateNameNode *name) {
  if (!name->name)
    return;
  Binding *b = visiblePrivate_.lookup(name->name);
  if (!b) {
    reportUnlessRecovered(name->getSourceRange(),
                          DiagID::err_sema_undeclared_private,
                          {name->name.str()});
    return;
  }
  name->binding = b;
  if (b->scope->functionScope_ != func_->scope)
    b->isCaptured = true;
}
