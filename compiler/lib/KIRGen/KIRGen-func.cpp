//===- KIRGen-func.cpp - Programs, functions, scopes and variables
//---------===//
//
// The driver of the lowering (generateKIR), the lowering of the top level and
// of every function, the storage of bindings (locals or environment slots,
// see KIRGenImpl.h), hoisting of function declarations, TDZ checks and the
// small helpers the statement and expression lowerings share.
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"

#include "kiln/KIRGen/KIRGen.h"

using namespace kiln;

std::unique_ptr<kir::Module> kiln::generateKIR(ProgramNode *program,
                                               AtomTable &atoms,
                                               DiagnosticEngine &diags) {
  if (!program || diags.hasErrors())
    return nullptr;
  return KIRGen(atoms, diags).run(program);
}

Reg KIRGen::unsupported(Node *node, llvm::StringRef what) {
  diags_.report(node->getSourceRange(), DiagID::err_kirgen_unsupported, {what});
  if (builder_.getInsertBlock()->isTerminated())
    setBlock(newBlock());
  return emit(Opcode::LoadUndefined);
}

void KIRGen::jumpTo(BasicBlock *target) {
  if (!builder_.getInsertBlock()->isTerminated())
    emit(Opcode::Jump, {Operand::block(target)});
}

void KIRGen::terminate(Opcode op, std::initializer_list<Operand> operands) {
  emit(op, operands);
  setBlock(newBlock());
}

void KIRGen::branch(Reg cond, BasicBlock *thenBB, BasicBlock *elseBB) {
  emit(Opcode::Branch,
       {Operand::reg(cond), Operand::block(thenBB), Operand::block(elseBB)});
}

std::unique_ptr<kir::Module> KIRGen::run(ProgramNode *program) {
  module_ = std::make_unique<kir::Module>();
  FunctionState state;
  state.fn = module_->newFunction(program->isModule ? "<module>" : "<script>",
                                  nullptr);
  state.scope = program->scope;
  state_ = &state;
  builder_.setFunction(state.fn);
  setBlock(newBlock());
  Reg saved = enterScope(program->scope);
  hoistFunctions(program->body.asArrayRef());
  lowerStatements(program->body.asArrayRef());
  // A module's top-level function returns its namespace object; a
  // script's returns undefined.
  if (!builder_.getInsertBlock()->isTerminated())
    emit(Opcode::Return,
         {Operand::reg(program->isModule ? buildNamespace(program)
                                         : emit(Opcode::LoadUndefined))});
  exitScope(program->scope, saved);
  state.fn->removeUnreachableBlocks();
  state.fn->renumberRegisters();
  state_ = nullptr;
  if (failed())
    return nullptr;
  return std::move(module_);
}

Reg KIRGen::currentEnv() {
  if (state_->env != NoReg)
    return state_->env;
  if (state_->closureEnv == NoReg) {
    // Loaded once, first in the entry block, so it dominates every use.
    Reg r = state_->fn->newReg();
    auto &entry = state_->fn->getBlocks().front()->getInstructions();
    entry.insert(entry.begin(),
                 kir::Instruction(Opcode::LoadClosureEnv, r, {}, SourceLoc()));
    state_->closureEnv = r;
  }
  return state_->closureEnv;
}

static uint32_t envDepth(llvm::ArrayRef<Scope *> chain, Scope *scope,
                         bool &found);

/// True for the function-level scopes that bind `this` and new.target
/// themselves (not arrows).
static bool hasOwnThis(Scope *scope) {
  return scope->getKind() == ScopeKind::Function ||
         scope->getKind() == ScopeKind::Global ||
         scope->getKind() == ScopeKind::Module ||
         scope->getKind() == ScopeKind::FieldInit ||
         scope->getKind() == ScopeKind::StaticBlock;
}

/// True if an arrow nested in \p scope's function (not inside another
/// function) uses new.target.
/// True if \p scope is a derived class constructor's.
static bool isDerivedCtorScope(Scope *scope) {
  auto *fn = llvm::dyn_cast_or_null<FunctionLikeNode>(scope->getNode());
  return fn && fn->funcKind == FunctionKind::DerivedConstructor;
}

/// True if an arrow nested in \p scope's function calls super().
static bool arrowsUseSuperCall(Scope *scope) {
  for (Scope *c = scope->getFirstChild(); c; c = c->getNextSibling()) {
    if (c->isFunctionScope() && c->getKind() != ScopeKind::Arrow)
      continue;
    if (c->getKind() == ScopeKind::Arrow && c->usesSuperCall())
      return true;
    if (arrowsUseSuperCall(c))
      return true;
  }
  return false;
}

static bool arrowsUseNewTarget(Scope *scope) {
  for (Scope *c = scope->getFirstChild(); c; c = c->getNextSibling()) {
    if (c->isFunctionScope() && c->getKind() != ScopeKind::Arrow)
      continue;
    if (c->getKind() == ScopeKind::Arrow && c->usesNewTarget())
      return true;
    if (arrowsUseNewTarget(c))
      return true;
  }
  return false;
}

Reg KIRGen::emitLoadLexical(Node *node, bool newTarget) {
  Scope *scope = state_->scope;
  if (!newTarget && state_->isDerivedCtor) {
    Reg value = loadLocation(state_->thisLoc, node->getSourceRange());
    emit(Opcode::CheckTDZ,
         {Operand::reg(value), Operand::string(atoms_.intern("this"))});
    return value;
  }
  if (!scope || scope->getKind() != ScopeKind::Arrow)
    return emit(newTarget ? Opcode::LoadNewTarget : Opcode::LoadThis);
  while (scope && scope->getKind() == ScopeKind::Arrow)
    scope =
        scope->getParent() ? scope->getParent()->getFunctionScope() : nullptr;
  auto &slots = newTarget ? newTargetSlots_ : thisSlots_;
  auto it = scope ? slots.find(scope) : slots.end();
  if (it == slots.end())
    return unsupported(node, newTarget ? "'new.target' here" : "'this' here");
  bool found;
  uint32_t depth = envDepth(envChain_, it->second.envScope, found);
  if (!found)
    return unsupported(node, newTarget ? "'new.target' here" : "'this' here");
  Reg value =
      emit(Opcode::LoadEnv, {Operand::reg(currentEnv()), Operand::imm(depth),
                             Operand::imm(it->second.index)});
  if (!newTarget && isDerivedCtorScope(scope))
    emit(Opcode::CheckTDZ,
         {Operand::reg(value), Operand::string(atoms_.intern("this"))});
  return value;
}

Reg KIRGen::enterScope(Scope *scope) {
  Reg saved = state_->env;
  if (!scope)
    return saved;
  uint32_t slots = 0;
  for (Binding *b : scope->getBindings()) {
    VarLocation loc;
    // Private names are read by the synthesized field initializer too.
    if (b->isCaptured || b->isPrivate()) {
      loc.kind = VarLocation::Kind::Env;
      loc.index = slots++;
      loc.envScope = scope;
    } else {
      loc.index = state_->fn->newLocal();
    }
    vars_[b] = loc;
  }
  // The keys of a class's computed instance fields.
  if (auto *cls = llvm::dyn_cast_or_null<ClassLikeNode>(scope->getNode()))
    for (Node *element : cls->body->body)
      if (auto *f = llvm::dyn_cast_or_null<PropertyDefinitionNode>(element))
        if (f->isComputed && !f->isStatic)
          fieldKeySlots_[f] = {VarLocation::Kind::Env, slots++, scope};
  // `this` and new.target of a function whose arrows use them live in its
  // environment too.
  bool keepsThis = hasOwnThis(scope) && scope->isThisCaptured();
  // A derived constructor whose arrows call super() keeps its callee and
  // new.target for them.
  bool keepsCallee = isDerivedCtorScope(scope) && arrowsUseSuperCall(scope);
  bool keepsNewTarget =
      hasOwnThis(scope) && (keepsCallee || arrowsUseNewTarget(scope));
  if (keepsThis)
    thisSlots_[scope] = {VarLocation::Kind::Env, slots++, scope};
  if (keepsNewTarget)
    newTargetSlots_[scope] = {VarLocation::Kind::Env, slots++, scope};
  if (keepsCallee)
    calleeSlots_[scope] = {VarLocation::Kind::Env, slots++, scope};
  if (slots) {
    Reg parent = currentEnv();
    state_->env =
        emit(Opcode::CreateEnv, {Operand::reg(parent), Operand::imm(slots)});
    envChain_.push_back(scope);
    if (scope->isFunctionScope() && !state_->fn->getEnvSlots())
      state_->fn->setEnvSlots(slots);
  }
  if (keepsThis)
    emit(Opcode::StoreEnv,
         {Operand::reg(state_->env), Operand::imm(0),
          Operand::imm(thisSlots_[scope].index),
          Operand::reg(emit(isDerivedCtorScope(scope) ? Opcode::LoadEmpty
                                                      : Opcode::LoadThis))});
  if (keepsNewTarget)
    emit(Opcode::StoreEnv, {Operand::reg(state_->env), Operand::imm(0),
                            Operand::imm(newTargetSlots_[scope].index),
                            Operand::reg(emit(Opcode::LoadNewTarget))});
  if (keepsCallee)
    emit(Opcode::StoreEnv, {Operand::reg(state_->env), Operand::imm(0),
                            Operand::imm(calleeSlots_[scope].index),
                            Operand::reg(emit(Opcode::LoadCallee))});
  // Entry values: undefined for var-like bindings held in locals (an
  // environment starts out undefined), the TDZ marker where a lexical
  // binding may be read early. Parameters and names of function
  // expressions are stored by lowerFunction, catch parameters by
  // lowerCatchClause, function declarations by
  // hoistFunctions.
  for (Binding *b : scope->getBindings()) {
    if (b->isPrivate()) {
      // A new Private Name per evaluation of the class.
      storeBinding(b,
                   emit(Opcode::CreatePrivateName, {Operand::string(b->name)}),
                   SourceRange());
      continue;
    }
    if (b->kind == BindingKind::Param && b->needsTDZ) {
      // Read by an earlier parameter's default: empty until bound.
      storeBinding(b, emit(Opcode::LoadEmpty), SourceRange());
      continue;
    }
    if (b->isPrivate() || b->kind == BindingKind::Param ||
        b->kind == BindingKind::FunctionName ||
        b->kind == BindingKind::Arguments || b->kind == BindingKind::Function ||
        b->kind == BindingKind::CatchParam)
      continue;
    const VarLocation &loc = vars_[b];
    if (b->isLexical() && b->needsTDZ)
      storeBinding(b, emit(Opcode::LoadEmpty), SourceRange());
    else if (!b->isLexical() && loc.kind == VarLocation::Kind::Local)
      storeBinding(b, emit(Opcode::LoadUndefined), SourceRange());
  }
  return saved;
}

void KIRGen::exitScope(Scope *scope, Reg savedEnv) {
  if (scope && !envChain_.empty() && envChain_.back() == scope)
    envChain_.pop_back();
  state_->env = savedEnv;
}

void KIRGen::hoistFunctions(llvm::ArrayRef<Node *> body) {
  for (Node *stmt : body) {
    if (auto *exp = llvm::dyn_cast<ExportNamedDeclarationNode>(stmt))
      stmt = exp->declaration;
    if (auto *def =
            llvm::dyn_cast_or_null<ExportDefaultDeclarationNode>(stmt)) {
      hoistDefaultFunction(def);
      continue;
    }
    auto *decl = llvm::dyn_cast_or_null<FunctionDeclarationNode>(stmt);
    if (!decl || !decl->id)
      continue;
    builder_.setLoc(decl->getStartLoc());
    kir::Function *fn = lowerFunction(decl);
    if (!fn)
      continue;
    Reg closure = emit(Opcode::CreateClosure,
                       {Operand::function(fn), Operand::reg(currentEnv())});
    emitStoreVar(decl->id, closure, /*isInit=*/true);
  }
}

static uint32_t envDepth(llvm::ArrayRef<Scope *> chain, Scope *scope,
                         bool &found) {
  for (size_t i = chain.size(); i-- > 0;)
    if (chain[i] == scope) {
      found = true;
      return uint32_t(chain.size() - 1 - i);
    }
  found = false;
  return 0;
}

/// Loads \p binding without any TDZ check; null location means unknown.
static bool lookupLocation(llvm::DenseMap<Binding *, VarLocation> &vars,
                           Binding *b, VarLocation &loc) {
  auto it = vars.find(b);
  if (it == vars.end())
    return false;
  loc = it->second;
  return true;
}

Reg KIRGen::emitLoadVar(IdentifierNode *id) {
  builder_.setLoc(id->getStartLoc());
  Binding *b = id->binding;
  if (!b)
    return emit(Opcode::LoadGlobal, {Operand::string(id->name)});
  Reg value = loadBinding(b, id->getSourceRange());
  if (id->mayHitTDZ || importChecks_.contains(b))
    emit(Opcode::CheckTDZ, {Operand::reg(value), Operand::string(id->name)});
  return value;
}

void KIRGen::storeBinding(Binding *b, Reg value, SourceRange range) {
  VarLocation loc;
  if (!lookupLocation(vars_, b, loc)) {
    diags_.report(range, DiagID::err_kirgen_unsupported,
                  {"this kind of variable reference"});
    return;
  }
  storeLocation(loc, value, range);
}

Reg KIRGen::loadBinding(Binding *b, SourceRange range) {
  VarLocation loc;
  if (!lookupLocation(vars_, b, loc)) {
    diags_.report(range, DiagID::err_kirgen_unsupported,
                  {"this kind of variable reference"});
    return emit(Opcode::LoadUndefined);
  }
  return loadLocation(loc, range);
}

Reg KIRGen::loadLocation(const VarLocation &loc, SourceRange range) {
  if (loc.kind == VarLocation::Kind::Local)
    return emit(Opcode::LoadLocal, {Operand::imm(loc.index)});
  bool found;
  uint32_t depth = envDepth(envChain_, loc.envScope, found);
  if (!found) {
    diags_.report(range, DiagID::err_kirgen_unsupported,
                  {"this kind of variable reference"});
    return emit(Opcode::LoadUndefined);
  }
  return emit(Opcode::LoadEnv, {Operand::reg(currentEnv()), Operand::imm(depth),
                                Operand::imm(loc.index)});
}

void KIRGen::storeLocation(const VarLocation &loc, Reg value,
                           SourceRange range) {
  if (loc.kind == VarLocation::Kind::Local) {
    emit(Opcode::StoreLocal, {Operand::imm(loc.index), Operand::reg(value)});
    return;
  }
  bool found;
  uint32_t depth = envDepth(envChain_, loc.envScope, found);
  if (!found) {
    diags_.report(range, DiagID::err_kirgen_unsupported,
                  {"this kind of variable reference"});
    return;
  }
  emit(Opcode::StoreEnv, {Operand::reg(currentEnv()), Operand::imm(depth),
                          Operand::imm(loc.index), Operand::reg(value)});
}

void KIRGen::emitStoreVar(IdentifierNode *id, Reg value, bool isInit) {
  builder_.setLoc(id->getStartLoc());
  Binding *b = id->binding;
  if (!b) {
    emit(Opcode::StoreGlobal, {Operand::string(id->name), Operand::reg(value)});
    return;
  }
  if (!isInit && (id->mayHitTDZ || b->isImmutable())) {
    // An assignment checks the TDZ first, then rejects constants.
    if (id->mayHitTDZ)
      emitLoadVar(id);
    if (b->isImmutable()) {
      emit(Opcode::ThrowConstAssign, {Operand::string(id->name)});
      return;
    }
  }
  storeBinding(b, value, id->getSourceRange());
}

IdentifierNode *KIRGen::paramIdentifier(Node *param) {
  if (auto *def = llvm::dyn_cast<AssignmentPatternNode>(param))
    param = def->left;
  else if (auto *rest = llvm::dyn_cast<RestElementNode>(param))
    param = rest->argument;
  return llvm::dyn_cast<IdentifierNode>(param);
}

void KIRGen::lowerParameter(Node *param, uint32_t index) {
  IdentifierNode *id = paramIdentifier(param);
  builder_.setLoc(param->getStartLoc());
  if (!id) {
    // A pattern, possibly with a default or as the rest.
    Node *target = param;
    Reg value;
    if (auto *rest = llvm::dyn_cast<RestElementNode>(param)) {
      target = rest->argument;
      value = emit(Opcode::LoadRestParams, {Operand::imm(index)});
    } else {
      value = emit(Opcode::LoadParam, {Operand::imm(index)});
    }
    lowerTarget(target, value, /*isInit=*/true);
    return;
  }
  if (llvm::isa<RestElementNode>(param)) {
    Reg rest = emit(Opcode::LoadRestParams, {Operand::imm(index)});
    if (id->binding)
      storeBinding(id->binding, rest, id->getSourceRange());
    return;
  }
  Reg value = emit(Opcode::LoadParam, {Operand::imm(index)});
  auto *def = llvm::dyn_cast<AssignmentPatternNode>(param);
  if (!def) {
    if (id->binding)
      storeBinding(id->binding, value, id->getSourceRange());
    return;
  }
  // The default runs only for an undefined argument, after the parameters
  // before it are bound.
  Reg undef = emit(Opcode::LoadUndefined);
  Reg isUndef =
      emit(Opcode::StrictEq, {Operand::reg(value), Operand::reg(undef)});
  BasicBlock *defaultBB = newBlock(), *givenBB = newBlock(),
             *joinBB = newBlock();
  branch(isUndef, defaultBB, givenBB);
  setBlock(defaultBB);
  Reg fallback = lowerNamed(def->right, id->name);
  if (id->binding)
    storeBinding(id->binding, fallback, id->getSourceRange());
  jumpTo(joinBB);
  setBlock(givenBB);
  if (id->binding)
    storeBinding(id->binding, value, id->getSourceRange());
  jumpTo(joinBB);
  setBlock(joinBB);
}

kir::FunctionKind KIRGen::functionKindOf(FunctionLikeNode *node) {
  if (llvm::isa<ArrowFunctionExpressionNode>(node))
    return kir::FunctionKind::Arrow;
  switch (node->funcKind) {
  case FunctionKind::Normal:
    return kir::FunctionKind::Normal;
  case FunctionKind::Method:
  case FunctionKind::Getter:
  case FunctionKind::Setter:
    return kir::FunctionKind::Method;
  case FunctionKind::ClassConstructor:
    return kir::FunctionKind::ClassConstructor;
  case FunctionKind::DerivedConstructor:
    return kir::FunctionKind::DerivedConstructor;
  }
  return kir::FunctionKind::Normal;
}

kir::Function *KIRGen::lowerFunction(FunctionLikeNode *node) {
  std::string inferred = takeInferredName();
  if (node->isGenerator) {
    unsupported(node, "a generator function");
    return nullptr;
  }
  Scope *scope = node->scope;
  if (!scope)
    return nullptr;
  std::string name = node->id ? node->id->name.str().str() : inferred;
  kir::Function *fn = module_->newFunction(name, state_->fn);
  fn->setAsync(node->isAsync);
  fn->setKind(functionKindOf(node));
  uint32_t length = 0;
  while (
      length < node->params.size() &&
      !llvm::isa<AssignmentPatternNode, RestElementNode>(node->params[length]))
    ++length;
  fn->setLength(length);
  // The rest parameter is not a positional one (load_rest_params).
  for (Node *p : node->params)
    if (!llvm::isa<RestElementNode>(p)) {
      IdentifierNode *id = paramIdentifier(p);
      Node *target = p;
      if (auto *def = llvm::dyn_cast<AssignmentPatternNode>(p))
        target = def->left;
      fn->getParamNames().push_back(
          id ? id->name.str().str()
             : (llvm::isa<ObjectPatternNode>(target) ? "{}" : "[]"));
    }

  // Lower the body with fresh per-function state; the environment chain
  // stays, since the closure captures the environment current here.
  FunctionState *outer = state_;
  BasicBlock *outerBlock = builder_.getInsertBlock();
  size_t outerChain = envChain_.size();
  FunctionState state;
  state.fn = fn;
  state.scope = scope;
  state_ = &state;
  builder_.setFunction(fn);
  setBlock(newBlock());
  builder_.setLoc(node->getStartLoc());

  Scope *nameScope = scope->getParent();
  Reg savedName = NoReg;
  bool hasNameScope =
      nameScope && nameScope->getKind() == ScopeKind::FunctionName;
  if (hasNameScope) {
    savedName = enterScope(nameScope);
    for (Binding *b : nameScope->getBindings())
      storeBinding(b, emit(Opcode::LoadCallee), node->getSourceRange());
  }
  bool isCtor = node->funcKind == FunctionKind::ClassConstructor ||
                node->funcKind == FunctionKind::DerivedConstructor;
  state.initFields = isCtor && ctorInitFields_;
  state.isDerivedCtor = node->funcKind == FunctionKind::DerivedConstructor;
  Reg saved = enterScope(scope);
  if (state.isDerivedCtor) {
    auto it = thisSlots_.find(scope);
    if (it != thisSlots_.end()) {
      state.thisLoc = it->second;
    } else {
      state.thisLoc.index = fn->newLocal();
      storeLocation(state.thisLoc, emit(Opcode::LoadEmpty),
                    node->getSourceRange());
    }
  } else if (state.initFields) {
    emit(Opcode::InitFields, {Operand::reg(emit(Opcode::LoadCallee)),
                              Operand::reg(emit(Opcode::LoadThis))});
  }
  if (Binding *args = scope->getArgumentsBinding())
    storeBinding(args, emit(Opcode::CreateArguments), node->getSourceRange());
  for (uint32_t i = 0; i < node->params.size(); ++i)
    lowerParameter(node->params[i], i);
  if (node->isExpressionBody) {
    Reg result = lowerExpr(node->body);
    emit(Opcode::Return, {Operand::reg(result)});
  } else {
    auto *body = llvm::cast<BlockStatementNode>(node->body);
    Reg savedBody = enterScope(body->scope);
    hoistFunctions(body->body.asArrayRef());
    lowerStatements(body->body.asArrayRef());
    exitScope(body->scope, savedBody);
    if (!builder_.getInsertBlock()->isTerminated())
      emitReturn(emit(Opcode::LoadUndefined));
  }
  if (state.derivedExit) {
    // Every return of a derived constructor ends here, outside any try.
    state.handler = nullptr;
    setBlock(state.derivedExit);
    Reg value = loadLocal(state.derivedResult);
    Reg thisValue = loadLocation(state.thisLoc, node->getSourceRange());
    emit(Opcode::Return,
         {Operand::reg(emit(Opcode::DerivedCtorResult,
                            {Operand::reg(value), Operand::reg(thisValue)}))});
  }
  exitScope(scope, saved);
  if (hasNameScope)
    exitScope(nameScope, savedName);
  fn->removeUnreachableBlocks();
  fn->renumberRegisters();

  envChain_.resize(outerChain);
  state_ = outer;
  builder_.setFunction(outer->fn);
  setBlock(outerBlock);
  return fn;
}
