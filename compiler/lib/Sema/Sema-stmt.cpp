//===- Sema-stmt.cpp - Statements, block scopes, labels and jumps ---------===//
//
// Walks statements: opens the scopes of blocks, switch case blocks, catch
// clauses and for heads (only when they declare something), and checks the
// label early errors — duplicate nested labels, `break L` / `continue L` to
// a label that is not in scope in the same function, `continue` to a label
// that does not name a loop, and `break` / `continue` outside a loop or
// switch.
//
//===----------------------------------------------------------------------===//
#include "SemaAnalyzer.h"

using namespace kiln;

void SemaAnalyzer::visitStatements(llvm::ArrayRef<Node *> stmts) {
  for (Node *stmt : stmts) {
    if (stopped())
      return;
    visitStatement(stmt);
  }
}

void SemaAnalyzer::visitStatement(Node *stmt) {
  if (!stmt || stopped())
    return;
  switch (stmt->getKind()) {
  case NodeKind::BlockStatement:
    return visitBlock(llvm::cast<BlockStatementNode>(stmt));
  case NodeKind::VariableDeclaration:
    return visitVariableDeclaration(llvm::cast<VariableDeclarationNode>(stmt));
  case NodeKind::FunctionDeclaration:
    return visitFunction(llvm::cast<FunctionDeclarationNode>(stmt),
                         FunctionRole::Plain);
  case NodeKind::ClassDeclaration:
    return visitClass(llvm::cast<ClassDeclarationNode>(stmt));
  case NodeKind::ExpressionStatement:
    return visitExpression(
        llvm::cast<ExpressionStatementNode>(stmt)->expression);
  case NodeKind::IfStatement: {
    auto *s = llvm::cast<IfStatementNode>(stmt);
    visitExpression(s->test);
    visitStatement(s->consequent);
    visitStatement(s->alternate);
    return;
  }
  case NodeKind::LabeledStatement:
    return visitLabeled(llvm::cast<LabeledStatementNode>(stmt));
  case NodeKind::BreakStatement:
    return visitBreak(llvm::cast<BreakStatementNode>(stmt));
  case NodeKind::ContinueStatement:
    return visitContinue(llvm::cast<ContinueStatementNode>(stmt));
  case NodeKind::WithStatement: {
    auto *s = llvm::cast<WithStatementNode>(stmt);
    visitExpression(s->object);
    visitStatement(s->body);
    return;
  }
  case NodeKind::SwitchStatement:
    return visitSwitch(llvm::cast<SwitchStatementNode>(stmt));
  case NodeKind::ReturnStatement:
    return visitExpression(llvm::cast<ReturnStatementNode>(stmt)->argument);
  case NodeKind::ThrowStatement:
    return visitExpression(llvm::cast<ThrowStatementNode>(stmt)->argument);
  case NodeKind::TryStatement:
    return visitTry(llvm::cast<TryStatementNode>(stmt));
  case NodeKind::WhileStatement: {
    auto *s = llvm::cast<WhileStatementNode>(stmt);
    visitExpression(s->test);
    visitLoopBody(s->body);
    return;
  }
  case NodeKind::DoWhileStatement: {
    auto *s = llvm::cast<DoWhileStatementNode>(stmt);
    visitLoopBody(s->body);
    visitExpression(s->test);
    return;
  }
  case NodeKind::ForStatement:
    return visitFor(llvm::cast<ForStatementNode>(stmt));
  case NodeKind::ForInStatement: {
    auto *s = llvm::cast<ForInStatementNode>(stmt);
    return visitForInOf(s, s->left, s->right, s->body, s->scope,
                        /*isForOf=*/false);
  }
  case NodeKind::ForOfStatement: {
    auto *s = llvm::cast<ForOfStatementNode>(stmt);
    return visitForInOf(s, s->left, s->right, s->body, s->scope,
                        /*isForOf=*/true);
  }
  case NodeKind::EmptyStatement:
  case NodeKind::DebuggerStatement:
  case NodeKind::ImportDeclaration:
  case NodeKind::Directive:
    return;
  case NodeKind::ExportNamedDeclaration:
    return visitExportNamed(llvm::cast<ExportNamedDeclarationNode>(stmt));
  case NodeKind::ExportDefaultDeclaration:
    return visitExportDefault(llvm::cast<ExportDefaultDeclarationNode>(stmt));
  case NodeKind::ExportAllDeclaration:
    return visitExportAll(llvm::cast<ExportAllDeclarationNode>(stmt));
  default:
    // An expression where a statement was expected (after recovery).
    return visitExpression(stmt);
  }
}

void SemaAnalyzer::visitBlock(BlockStatementNode *block, Scope *conflictScope) {
  llvm::ArrayRef<Node *> stmts = block->body.asArrayRef();
  ScopeBuilder builder;
  bool hasScope = hasLexicalDeclarations(stmts, /*functionsAreVarLike=*/false);
  if (hasScope) {
    block->scope = openScope(builder, ScopeKind::Block, block);
    declareLexicalNames(stmts, /*functionsAreVarLike=*/false, conflictScope);
  }
  SourceLoc savedHoist = hoistPoint_;
  hoistPoint_ = block->getStartLoc();
  visitStatements(stmts);
  hoistPoint_ = savedHoist;
  if (hasScope)
    closeScope(builder);
}

void SemaAnalyzer::visitVariableDeclaration(VariableDeclarationNode *decl,
                                            bool isForInOfHead,
                                            bool inForOfHead) {
  bool isVar = decl->kind == VarKind::Var;
  for (VariableDeclaratorNode *d : decl->declarations) {
    if (!d)
      continue;
    visitBindingPattern(d->id, isVar, inForOfHead);
    visitExpression(d->init);
    if (isVar && (d->init || isForInOfHead))
      markVarInitialized(d->id, isForInOfHead);
  }
}

void SemaAnalyzer::markVarInitialized(Node *pattern, bool repeatedly) {
  llvm::SmallVector<IdentifierNode *, 4> names;
  collectBoundNames(pattern, names);
  for (IdentifierNode *id : names) {
    Binding *b = id->binding;
    if (!b)
      continue;
    // A var's first initializer is its initialization; anything else that
    // writes it (a second initializer, a for-in/of head, an initializer
    // that lands on a parameter or catch parameter) is an assignment.
    if (repeatedly || b->kind != BindingKind::Var || b->varInitialized_)
      b->isAssigned = true;
    b->varInitialized_ = true;
  }
}

//===--- Loops, switch and try --------------------------------------------===//

void SemaAnalyzer::visitLoopBody(Node *body) {
  ++func_->loopDepth;
  ++func_->breakableDepth;
  visitStatement(body);
  --func_->breakableDepth;
  --func_->loopDepth;
}

void SemaAnalyzer::visitFor(ForStatementNode *stmt) {
  auto *decl = llvm::dyn_cast_or_null<VariableDeclarationNode>(stmt->init);
  bool lexical = decl && decl->kind != VarKind::Var;
  ScopeBuilder builder;
  if (lexical) {
    stmt->scope = openScope(builder, ScopeKind::ForHead, stmt);
    declareVariableDeclaration(decl, nullptr, SourceLoc());
  }
  if (decl)
    visitVariableDeclaration(decl);
  else
    visitExpression(stmt->init);
  visitExpression(stmt->test);
  visitExpression(stmt->update);
  visitLoopBody(stmt->body);
  if (lexical)
    closeScope(builder);
}

void SemaAnalyzer::visitForInOf(Node *stmt, Node *left, Node *right, Node *body,
                                Scope *&scopeSlot, bool isForOf) {
  auto *decl = llvm::dyn_cast_or_null<VariableDeclarationNode>(left);
  bool lexical = decl && decl->kind != VarKind::Var;
  ScopeBuilder builder;
  if (lexical) {
    // The names are bound (uninitialized) while `right` is evaluated, and
    // initialized by each iteration before the body runs.
    scopeSlot = openScope(builder, ScopeKind::ForHead, stmt);
    SourceLoc initEnd = body ? body->getStartLoc() : stmt->getEndLoc();
    declareVariableDeclaration(decl, nullptr, initEnd);
  }
  visitExpression(right);
  if (decl)
    visitVariableDeclaration(decl, /*isForInOfHead=*/true,
                             /*inForOfHead=*/isForOf);
  else
    visitAssignmentTarget(left);
  visitLoopBody(body);
  if (lexical)
    closeScope(builder);
}

void SemaAnalyzer::visitSwitch(SwitchStatementNode *stmt) {
  visitExpression(stmt->discriminant);
  bool hasScope = false;
  for (SwitchCaseNode *c : stmt->cases)
    if (c && hasLexicalDeclarations(c->consequent.asArrayRef(), false))
      hasScope = true;
  ScopeBuilder builder;
  Scope *scope = nullptr;
  if (hasScope) {
    scope = openScope(builder, ScopeKind::Switch, stmt);
    stmt->scope = scope;
    for (uint32_t i = 0, e = stmt->cases.size(); i != e; ++i) {
      if (!stmt->cases[i])
        continue;
      scope->activeCase_ = i;
      declareLexicalNames(stmt->cases[i]->consequent.asArrayRef(), false,
                          nullptr);
    }
  }
  SourceLoc savedHoist = hoistPoint_;
  hoistPoint_ = stmt->getStartLoc();
  ++func_->breakableDepth;
  for (uint32_t i = 0, e = stmt->cases.size(); i != e; ++i) {
    SwitchCaseNode *c = stmt->cases[i];
    if (!c || stopped())
      continue;
    if (scope)
      scope->activeCase_ = i;
    visitExpression(c->test);
    visitStatements(c->consequent.asArrayRef());
  }
  --func_->breakableDepth;
  hoistPoint_ = savedHoist;
  if (hasScope)
    closeScope(builder);
}

void SemaAnalyzer::visitTry(TryStatementNode *stmt) {
  if (stmt->block)
    visitBlock(stmt->block);
  if (CatchClauseNode *handler = stmt->handler) {
    ScopeBuilder builder;
    Scope *scope = nullptr;
    if (handler->param) {
      scope = openScope(builder, ScopeKind::Catch, handler);
      handler->scope = scope;
      bool simple = llvm::isa<IdentifierNode>(handler->param);
      llvm::SmallVector<IdentifierNode *, 4> names;
      collectBoundNames(handler->param, names);
      for (IdentifierNode *id : names) {
        Binding *b = declareChecked(id, BindingKind::CatchParam,
                                    DeclMode::Lexical, nullptr, SourceLoc());
        if (b) {
          b->simpleCatchParam_ = simple;
          b->pendingInit_ = !simple;
        }
      }
      visitBindingPattern(handler->param, /*isVar=*/false, false);
    }
    if (handler->body)
      visitBlock(handler->body, scope);
    if (scope)
      closeScope(builder);
  }
  if (stmt->finalizer)
    visitBlock(stmt->finalizer);
}

//===--- Labels, break and continue ---------------------------------------===//

/// The range of the keyword that starts \p node.
static SourceRange keywordRange(const Node *node, llvm::StringRef keyword) {
  SourceLoc begin = node->getStartLoc();
  return SourceRange(begin, begin.getAdvanced(uint32_t(keyword.size())));
}

static bool isIterationStatement(const Node *stmt) {
  switch (stmt->getKind()) {
  case NodeKind::WhileStatement:
  case NodeKind::DoWhileStatement:
  case NodeKind::ForStatement:
  case NodeKind::ForInStatement:
  case NodeKind::ForOfStatement:
    return true;
  default:
    return false;
  }
}

void SemaAnalyzer::visitLabeled(LabeledStatementNode *stmt) {
  IdentifierNode *label = stmt->label;
  if (!label || !label->name) {
    visitStatement(stmt->body);
    return;
  }
  Node *target = stmt->body;
  while (auto *inner = llvm::dyn_cast_or_null<LabeledStatementNode>(target))
    target = inner->body;
  LabelInfo info{label, target && isIterationStatement(target), nullptr};
  LabelInfo *&slot = func_->labels[label->name];
  if (slot) {
    diags_.report(label->getSourceRange(), DiagID::err_sema_duplicate_label,
                  {label->name.str()});
    diags_.report(slot->label->getSourceRange(),
                  DiagID::note_sema_previous_label);
  }
  info.hidden = slot;
  slot = &info;
  // The map may grow while the body is walked: look the slot up again.
  visitStatement(stmt->body);
  auto it = func_->labels.find(label->name);
  if (info.hidden)
    it->second = info.hidden;
  else
    func_->labels.erase(it);
}

void SemaAnalyzer::visitBreak(BreakStatementNode *stmt) {
  if (IdentifierNode *label = stmt->label) {
    if (!func_->labels.lookup(label->name))
      reportUnlessRecovered(label->getSourceRange(),
                            DiagID::err_sema_undeclared_label,
                            {label->name.str()});
    return;
  }
  if (func_->breakableDepth == 0)
    reportUnlessRecovered(keywordRange(stmt, "break"),
                          DiagID::err_sema_break_outside_loop);
}

void SemaAnalyzer::visitContinue(ContinueStatementNode *stmt) {
  if (IdentifierNode *label = stmt->label) {
    LabelInfo *info = func_->labels.lookup(label->name);
    if (!info) {
      reportUnlessRecovered(label->getSourceRange(),
                            DiagID::err_sema_undeclared_label,
                            {label->name.str()});
    } else if (!info->isLoop) {
      diags_.report(label->getSourceRange(),
                    DiagID::err_sema_continue_non_loop_label,
                    {label->name.str()});
      diags_.report(info->label->getSourceRange(), DiagID::note_sema_label_here,
                    {label->name.str()});
    }
    return;
  }
  if (func_->loopDepth == 0)
    reportUnlessRecovered(keywordRange(stmt, "continue"),
                          DiagID::err_sema_continue_outside_loop);
}
