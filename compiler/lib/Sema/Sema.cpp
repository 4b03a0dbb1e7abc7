//===- Sema.cpp - Scopes, bindings and name resolution --------------------===//
//
// The entry point of Sema and the machinery every other part uses: opening
// and closing scopes, declaring bindings (with the redeclaration rules that
// hold within one scope), function contexts, and resolving a reference to
// its binding while recording captures, TDZ hazards and free names.
//
//===----------------------------------------------------------------------===//
#include "kiln/Sema/Sema.h"

#include "SemaAnalyzer.h"

using namespace kiln;

Sema::Sema(ASTContext &ctx, AtomTable &atoms, DiagnosticEngine &diags)
    : ctx_(ctx), atoms_(atoms), diags_(diags) {}

void Sema::run(Program *program) {
  if (!program)
    return;
  SemaAnalyzer(ctx_, atoms_, diags_).run(program);
}

//===--- The program ------------------------------------------------------===//

void SemaAnalyzer::run(ProgramNode *program) {
  program_ = program;
  hadParseErrors_ = diags_.hasErrors();
  bool isModule = program->isModule;
  ScopeBuilder builder;
  Scope *scope = openScope(
      builder, isModule ? ScopeKind::Module : ScopeKind::Global, program);
  program->scope = scope;
  FunctionContext fc;
  pushFunction(fc, ContextKind::Program, scope, builder,
               program->getStartLoc());

  llvm::ArrayRef<Node *> body = program->body.asArrayRef();
  // Imports first: they are bindings of the whole module.
  if (isModule)
    for (Node *item : body)
      if (auto *import = llvm::dyn_cast_or_null<ImportDeclarationNode>(item))
        declareImport(import);
  hoistVarNames(body);
  // Script top-level functions are var-like; module ones are lexical.
  declareLexicalNames(body, /*functionsAreVarLike=*/!isModule, nullptr);

  SourceLoc savedHoist = hoistPoint_;
  hoistPoint_ = program->getStartLoc();
  visitStatements(body);
  hoistPoint_ = savedHoist;

  popFunction(fc);
  closeScope(builder);
}

//===--- Scopes -----------------------------------------------------------===//

Scope *SemaAnalyzer::openScope(ScopeBuilder &builder, ScopeKind kind,
                               Node *node) {
  Scope *scope = new (ctx_.allocate(sizeof(Scope), alignof(Scope))) Scope();
  scope->kind_ = kind;
  scope->node_ = node;
  Scope *parent = currentScope();
  scope->parent_ = parent;
  if (parent) {
    if (builder_->lastChild)
      builder_->lastChild->nextSibling_ = scope;
    else
      parent->firstChild_ = scope;
    builder_->lastChild = scope;
  }
  scope->functionScope_ = scope->isFunctionScope()
                              ? scope
                              : (parent ? parent->functionScope_ : scope);
  builder.scope = scope;
  builder.outer = builder_;
  builder_ = &builder;
  return scope;
}

void SemaAnalyzer::closeScope(ScopeBuilder &builder) {
  Scope *scope = builder.scope;
  size_t n = builder.bindings.size();
  if (n) {
    auto **data = static_cast<Binding **>(
        ctx_.allocate(n * sizeof(Binding *), alignof(Binding *)));
    for (size_t i = 0; i < n; ++i) {
      data[i] = builder.bindings[i];
      data[i]->index = uint32_t(i);
    }
    scope->bindings_ = llvm::ArrayRef<Binding *>(data, n);
  }
  // Unhide in reverse order of declaration, so that each name ends up
  // bound to what it was before this scope opened.
  for (size_t i = n; i-- > 0;) {
    Binding *b = builder.bindings[i];
    if (b->kind == BindingKind::Arguments)
      continue;
    auto &map = b->isPrivate() ? visiblePrivate_ : visible_;
    auto it = map.find(b->name);
    if (it == map.end() || it->second != b)
      continue;
    if (b->shadowed_)
      it->second = b->shadowed_;
    else
      map.erase(it);
    b->shadowed_ = nullptr;
  }
  builder_ = builder.outer;
}

Binding *SemaAnalyzer::newBinding(Atom name, BindingKind kind, Node *decl) {
  Binding *b = new (ctx_.allocate(sizeof(Binding), alignof(Binding))) Binding();
  b->name = name;
  b->kind = kind;
  b->decl = decl;
  b->scope = currentScope();
  builder_->bindings.push_back(b);
  return b;
}

void SemaAnalyzer::makeVisible(Binding *b) {
  auto &map = b->isPrivate() ? visiblePrivate_ : visible_;
  Binding *&slot = map[b->name];
  b->shadowed_ = slot;
  slot = b;
}

Binding *SemaAnalyzer::declare(Atom name, BindingKind kind, DeclMode mode,
                               Node *decl, SourceLoc initEnd) {
  Scope *scope = currentScope();
  if (Binding *existing = lookup(name); existing && existing->scope == scope) {
    bool existingVarLike =
        !isLexicalDecl(existing) && existing->kind != BindingKind::Arguments;
    if (mode == DeclMode::VarLike && existingVarLike) {
      // `var x; var x;`, `var f; function f() {}`, a var named like a
      // parameter: one binding. A function initializes it on entry.
      if (kind == BindingKind::Function && existing->kind == BindingKind::Var)
        existing->kind = BindingKind::Function;
      return existing;
    }
    reportRedeclaration(name, existing->decl, decl);
    return nullptr;
  }
  Binding *b = newBinding(name, kind, decl);
  b->initEnd = initEnd;
  b->declaredLexically_ = mode == DeclMode::Lexical;
  if (scope->kind_ == ScopeKind::Switch)
    b->switchCase_ = scope->activeCase_;
  makeVisible(b);
  return b;
}

void SemaAnalyzer::reportRedeclaration(Atom name, Node *first, Node *second) {
  if (!first || !second) {
    Node *at = second ? second : first;
    if (at)
      diags_.report(at->getSourceRange(), DiagID::err_sema_redeclaration,
                    {name.str()});
    return;
  }
  if (second->getStartLoc() < first->getStartLoc())
    std::swap(first, second);
  diags_.report(second->getSourceRange(), DiagID::err_sema_redeclaration,
                {name.str()});
  diags_.report(first->getSourceRange(),
                DiagID::note_sema_previous_declaration);
}

//===--- Function contexts ------------------------------------------------===//

void SemaAnalyzer::pushFunction(FunctionContext &fc, ContextKind kind,
                                Scope *scope, ScopeBuilder &builder,
                                SourceLoc creationLoc) {
  fc.kind = kind;
  fc.parent = func_;
  fc.nonArrow = kind == ContextKind::Arrow && func_ ? func_->nonArrow : &fc;
  fc.scope = scope;
  fc.builder = &builder;
  fc.depth = unsigned(funcStack_.size());
  fc.creationLoc = creationLoc;
  scope->funcDepth_ = fc.depth;
  funcStack_.push_back(&fc);
  func_ = &fc;
}

void SemaAnalyzer::popFunction(FunctionContext &fc) {
  if (!fc.free.empty()) {
    size_t n = fc.free.size();
    auto *data = static_cast<FreeReference *>(
        ctx_.allocate(n * sizeof(FreeReference), alignof(FreeReference)));
    std::copy(fc.free.begin(), fc.free.end(), data);
    fc.scope->free_ = llvm::ArrayRef<FreeReference>(data, n);
  }
  funcStack_.pop_back();
  func_ = fc.parent;
}

//===--- Resolution -------------------------------------------------------===//

void SemaAnalyzer::noteFree(Atom name, Binding *b) {
  if (func_->freeSeen.insert(name).second)
    func_->free.push_back(FreeReference{name, b});
}

bool SemaAnalyzer::mayHitTDZ(const Binding *b, SourceLoc loc) const {
  if (b->pendingInit_)
    return true;
  if (!b->initEnd.isValid())
    return false;
  Scope *owner = b->scope->functionScope_;
  if (owner != func_->scope) {
    // The reference runs inside a closure; what matters is when the
    // outermost closure below the binding's function is created.
    unsigned depth = owner->funcDepth_ + 1;
    if (depth >= funcStack_.size())
      return true;
    const FunctionContext *closure = funcStack_[depth];
    if (b->kind == BindingKind::ClassName && closure->ownerClass == b->scope)
      return false;
    loc = closure->creationLoc;
  }
  if (!loc.isValid() || loc < b->initEnd)
    return true;
  // In a switch, a later case can run without the declaring one.
  return b->scope->kind_ == ScopeKind::Switch &&
         b->switchCase_ != b->scope->activeCase_;
}

void SemaAnalyzer::resolveReference(IdentifierNode *id, bool isWrite) {
  if (!id || !id->name)
    return;
  Binding *b = lookup(id->name);
  if (!b && id->name == atoms_.arguments) {
    resolveArguments(id);
    return;
  }
  id->binding = b;
  if (!b) {
    noteFree(id->name, nullptr);
    return;
  }
  if (isWrite)
    b->isAssigned = true;
  if (b->scope->functionScope_ != func_->scope) {
    b->isCaptured = true;
    noteFree(id->name, b);
  }
  if (mayHitTDZ(b, id->getStartLoc())) {
    id->mayHitTDZ = true;
    b->needsTDZ = true;
  }
}

void SemaAnalyzer::resolveArguments(IdentifierNode *id) {
  FunctionContext *owner = func_->nonArrow;
  switch (owner->kind) {
  case ContextKind::Program:
    // A global named `arguments`.
    noteFree(id->name, nullptr);
    return;
  case ContextKind::FieldInit:
  case ContextKind::StaticBlock:
    // The parser reports `arguments` here.
    return;
  default:
    break;
  }
  Scope *scope = owner->scope;
  Binding *b = scope->arguments_;
  if (!b) {
    b = new (ctx_.allocate(sizeof(Binding), alignof(Binding))) Binding();
    b->name = id->name;
    b->kind = BindingKind::Arguments;
    b->scope = scope;
    owner->builder->bindings.push_back(b);
    scope->arguments_ = b;
  }
  scope->usesArguments_ = true;
  id->binding = b;
  if (owner != func_) {
    b->isCaptured = true;
    noteFree(id->name, b);
  }
}
