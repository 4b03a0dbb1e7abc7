//===- Sema-decl.cpp - Declaration scanning and redeclaration rules -------===//
//
// What a scope declares is known before its statements are walked: var
// names are hoisted out of nested statements into the function's variable
// scope (VarDeclaredNames), and each statement list declares its own lexical
// names (LexicallyDeclaredNames) on entry. The redeclaration early errors
// follow from declaring in that order: within one scope in `declare`,
// against a parameter or catch parameter through `conflictScope`, and for a
// var nested in blocks against the lexical declarations it crosses, checked
// where the var appears (`checkVarName`).
//
//===----------------------------------------------------------------------===//
#include "SemaAnalyzer.h"

using namespace kiln;

void SemaAnalyzer::collectBoundNames(
    Node *pattern, llvm::SmallVectorImpl<IdentifierNode *> &names,
    bool *hasExpressions) {
  if (!pattern)
    return;
  switch (pattern->getKind()) {
  case NodeKind::Identifier:
    names.push_back(llvm::cast<IdentifierNode>(pattern));
    return;
  case NodeKind::ObjectPattern:
    for (Node *prop : llvm::cast<ObjectPatternNode>(pattern)->properties) {
      if (auto *p = llvm::dyn_cast_or_null<PropertyNode>(prop)) {
        if (p->isComputed && hasExpressions)
          *hasExpressions = true;
        collectBoundNames(p->value, names, hasExpressions);
      } else {
        collectBoundNames(prop, names, hasExpressions);
      }
    }
    return;
  case NodeKind::ArrayPattern:
    for (Node *elem : llvm::cast<ArrayPatternNode>(pattern)->elements)
      collectBoundNames(elem, names, hasExpressions);
    return;
  case NodeKind::AssignmentPattern:
    if (hasExpressions)
      *hasExpressions = true;
    collectBoundNames(llvm::cast<AssignmentPatternNode>(pattern)->left, names,
                      hasExpressions);
    return;
  case NodeKind::RestElement:
    collectBoundNames(llvm::cast<RestElementNode>(pattern)->argument, names,
                      hasExpressions);
    return;
  default:
    // Not a binding pattern (the parser has reported it).
    return;
  }
}

//===--- var hoisting -----------------------------------------------------===//

void SemaAnalyzer::hoistVarNames(llvm::ArrayRef<Node *> stmts) {
  for (Node *stmt : stmts)
    hoistVarNamesIn(stmt);
}

void SemaAnalyzer::hoistVarNamesIn(Node *stmt) {
  if (!stmt)
    return;
  switch (stmt->getKind()) {
  case NodeKind::VariableDeclaration: {
    auto *decl = llvm::cast<VariableDeclarationNode>(stmt);
    if (decl->kind != VarKind::Var)
      return;
    Scope *scope = currentScope();
    llvm::SmallVector<IdentifierNode *, 4> names;
    for (VariableDeclaratorNode *d : decl->declarations)
      if (d)
        collectBoundNames(d->id, names);
    for (IdentifierNode *id : names) {
      if (!id->name)
        continue;
      Binding *prev = lookup(id->name);
      Binding *b = declare(id->name, BindingKind::Var, DeclMode::VarLike, id);
      if (!b)
        continue;
      id->binding = b;
      // A body var named like a parameter starts with the parameter's value.
      if (b != prev && prev && prev->kind == BindingKind::Param &&
          scope->kind_ == ScopeKind::FunctionBody &&
          prev->scope == scope->parent_)
        b->isParamCopy = true;
    }
    return;
  }
  case NodeKind::BlockStatement:
    hoistVarNames(llvm::cast<BlockStatementNode>(stmt)->body.asArrayRef());
    return;
  case NodeKind::IfStatement: {
    auto *s = llvm::cast<IfStatementNode>(stmt);
    hoistVarNamesIn(s->consequent);
    hoistVarNamesIn(s->alternate);
    return;
  }
  case NodeKind::LabeledStatement:
    hoistVarNamesIn(llvm::cast<LabeledStatementNode>(stmt)->body);
    return;
  case NodeKind::WhileStatement:
    hoistVarNamesIn(llvm::cast<WhileStatementNode>(stmt)->body);
    return;
  case NodeKind::DoWhileStatement:
    hoistVarNamesIn(llvm::cast<DoWhileStatementNode>(stmt)->body);
    return;
  case NodeKind::WithStatement:
    hoistVarNamesIn(llvm::cast<WithStatementNode>(stmt)->body);
    return;
  case NodeKind::ForStatement: {
    auto *s = llvm::cast<ForStatementNode>(stmt);
    if (s->init && llvm::isa<VariableDeclarationNode>(s->init))
      hoistVarNamesIn(s->init);
    hoistVarNamesIn(s->body);
    return;
  }
  case NodeKind::ForInStatement: {
    auto *s = llvm::cast<ForInStatementNode>(stmt);
    if (s->left && llvm::isa<VariableDeclarationNode>(s->left))
      hoistVarNamesIn(s->left);
    hoistVarNamesIn(s->body);
    return;
  }
  case NodeKind::ForOfStatement: {
    auto *s = llvm::cast<ForOfStatementNode>(stmt);
    if (s->left && llvm::isa<VariableDeclarationNode>(s->left))
      hoistVarNamesIn(s->left);
    hoistVarNamesIn(s->body);
    return;
  }
  case NodeKind::SwitchStatement:
    for (SwitchCaseNode *c : llvm::cast<SwitchStatementNode>(stmt)->cases)
      if (c)
        hoistVarNames(c->consequent.asArrayRef());
    return;
  case NodeKind::TryStatement: {
    auto *s = llvm::cast<TryStatementNode>(stmt);
    hoistVarNamesIn(s->block);
    if (s->handler)
      hoistVarNamesIn(s->handler->body);
    hoistVarNamesIn(s->finalizer);
    return;
  }
  case NodeKind::ExportNamedDeclaration:
    hoistVarNamesIn(llvm::cast<ExportNamedDeclarationNode>(stmt)->declaration);
    return;
  default:
    return;
  }
}

//===--- Lexical declarations ---------------------------------------------===//

static bool isLexicalStatement(const Node *stmt, bool functionsAreVarLike) {
  switch (stmt->getKind()) {
  case NodeKind::VariableDeclaration:
    return llvm::cast<VariableDeclarationNode>(stmt)->kind != VarKind::Var;
  case NodeKind::ClassDeclaration:
  case NodeKind::ImportDeclaration:
  case NodeKind::ExportDefaultDeclaration:
    return true;
  case NodeKind::FunctionDeclaration:
    return !functionsAreVarLike;
  case NodeKind::ExportNamedDeclaration: {
    const Node *decl =
        llvm::cast<ExportNamedDeclarationNode>(stmt)->declaration;
    return decl && isLexicalStatement(decl, functionsAreVarLike);
  }
  default:
    return false;
  }
}

bool SemaAnalyzer::hasLexicalDeclarations(llvm::ArrayRef<Node *> stmts,
                                          bool functionsAreVarLike) const {
  for (const Node *stmt : stmts)
    if (stmt && isLexicalStatement(stmt, functionsAreVarLike))
      return true;
  return false;
}

void SemaAnalyzer::declareLexicalNames(llvm::ArrayRef<Node *> stmts,
                                       bool functionsAreVarLike,
                                       Scope *conflictScope) {
  for (Node *stmt : stmts)
    if (stmt)
      declareLexicalStatement(stmt, functionsAreVarLike, conflictScope);
}

Binding *SemaAnalyzer::declareChecked(IdentifierNode *id, BindingKind kind,
                                      DeclMode mode, Scope *conflictScope,
                                      SourceLoc initEnd) {
  if (!id || !id->name)
    return nullptr;
  if (conflictScope && mode == DeclMode::Lexical) {
    Binding *outer = lookup(id->name);
    if (outer && outer->scope == conflictScope) {
      reportRedeclaration(id->name, outer->decl, id);
      return nullptr;
    }
  }
  Binding *b = declare(id->name, kind, mode, id, initEnd);
  if (b)
    id->binding = b;
  return b;
}

void SemaAnalyzer::declareVariableDeclaration(VariableDeclarationNode *decl,
                                              Scope *conflictScope,
                                              SourceLoc initEnd) {
  BindingKind kind =
      decl->kind == VarKind::Const ? BindingKind::Const : BindingKind::Let;
  llvm::SmallVector<IdentifierNode *, 4> names;
  for (VariableDeclaratorNode *d : decl->declarations) {
    if (!d)
      continue;
    names.clear();
    collectBoundNames(d->id, names);
    SourceLoc end = initEnd.isValid() ? initEnd : d->getEndLoc();
    for (IdentifierNode *id : names)
      declareChecked(id, kind, DeclMode::Lexical, conflictScope, end);
  }
}

void SemaAnalyzer::declareLexicalStatement(Node *stmt, bool functionsAreVarLike,
                                           Scope *conflictScope) {
  switch (stmt->getKind()) {
  case NodeKind::VariableDeclaration: {
    auto *decl = llvm::cast<VariableDeclarationNode>(stmt);
    if (decl->kind != VarKind::Var)
      declareVariableDeclaration(decl, conflictScope, SourceLoc());
    return;
  }
  case NodeKind::ClassDeclaration: {
    auto *cls = llvm::cast<ClassDeclarationNode>(stmt);
    declareChecked(cls->id, BindingKind::Class, DeclMode::Lexical,
                   conflictScope, cls->getEndLoc());
    return;
  }
  case NodeKind::FunctionDeclaration: {
    auto *fn = llvm::cast<FunctionDeclarationNode>(stmt);
    declareChecked(fn->id, BindingKind::Function,
                   functionsAreVarLike ? DeclMode::VarLike : DeclMode::Lexical,
                   conflictScope, SourceLoc());
    return;
  }
  case NodeKind::ExportNamedDeclaration:
    if (Node *decl = llvm::cast<ExportNamedDeclarationNode>(stmt)->declaration)
      declareLexicalStatement(decl, functionsAreVarLike, conflictScope);
    return;
  case NodeKind::ExportDefaultDeclaration: {
    Node *decl = llvm::cast<ExportDefaultDeclarationNode>(stmt)->declaration;
    if (!decl)
      return;
    if (auto *fn = llvm::dyn_cast<FunctionDeclarationNode>(decl); fn && fn->id)
      return declareLexicalStatement(fn, functionsAreVarLike, conflictScope);
    if (auto *cls = llvm::dyn_cast<ClassDeclarationNode>(decl); cls && cls->id)
      return declareLexicalStatement(cls, functionsAreVarLike, conflictScope);
    // An anonymous default export binds `*default*`; a second one is
    // reported as a duplicate export, not here.
    if (Binding *b = lookup(atoms_.star_default);
        b && b->scope == currentScope())
      return;
    BindingKind kind =
        llvm::isa<FunctionDeclarationNode>(decl) ? BindingKind::Function
        : llvm::isa<ClassDeclarationNode>(decl)  ? BindingKind::Class
                                                 : BindingKind::Const;
    declare(atoms_.star_default, kind, DeclMode::Lexical, stmt);
    return;
  }
  default:
    return;
  }
}

//===--- var names where they appear --------------------------------------===//

void SemaAnalyzer::checkVarName(IdentifierNode *id, bool inForOfHead) {
  if (!id || !id->name)
    return;
  Binding *innermost = lookup(id->name);
  id->binding = innermost;
  // Simple catch parameters passed on the way: once the chain beyond one is
  // known to be clear, later vars inside it can stop there.
  llvm::SmallVector<Binding *, 4> passed;
  for (Binding *b = innermost; b; b = b->shadowed_) {
    if (b->scope->functionScope_ != func_->scope || !isLexicalDecl(b))
      break;
    // ECMAScript B.3.4: `catch (e) { var e; }` redeclares a simple catch
    // parameter, except as a for-of binding.
    if (b->simpleCatchParam_ && !inForOfHead) {
      if (b->varChainClear_)
        break;
      passed.push_back(b);
      continue;
    }
    reportRedeclaration(id->name, b->decl, id);
    return;
  }
  for (Binding *b : passed)
    b->varChainClear_ = true;
}

void SemaAnalyzer::visitBindingPattern(Node *pattern, bool isVar,
                                       bool inForOfHead) {
  if (!pattern)
    return;
  switch (pattern->getKind()) {
  case NodeKind::Identifier: {
    auto *id = llvm::cast<IdentifierNode>(pattern);
    if (isVar)
      checkVarName(id, inForOfHead);
    else if (id->binding)
      id->binding->pendingInit_ = false; // A parameter is bound here.
    return;
  }
  case NodeKind::ObjectPattern:
    for (Node *prop : llvm::cast<ObjectPatternNode>(pattern)->properties) {
      if (auto *p = llvm::dyn_cast_or_null<PropertyNode>(prop)) {
        visitPropertyKey(p->key, p->isComputed);
        visitBindingPattern(p->value, isVar, inForOfHead);
      } else {
        visitBindingPattern(prop, isVar, inForOfHead);
      }
    }
    return;
  case NodeKind::ArrayPattern:
    for (Node *elem : llvm::cast<ArrayPatternNode>(pattern)->elements)
      visitBindingPattern(elem, isVar, inForOfHead);
    return;
  case NodeKind::AssignmentPattern: {
    // The default is evaluated before its target is bound.
    auto *p = llvm::cast<AssignmentPatternNode>(pattern);
    visitExpression(p->right);
    visitBindingPattern(p->left, isVar, inForOfHead);
    return;
  }
  case NodeKind::RestElement:
    visitBindingPattern(llvm::cast<RestElementNode>(pattern)->argument, isVar,
                        inForOfHead);
    return;
  default:
    visitExpression(pattern);
    return;
  }
}
