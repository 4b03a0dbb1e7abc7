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
  state_ = &state;
  builder_.setFunction(state.fn);
  setBlock(newBlock());
  if (program->isModule)
    for (Node *item : program->body)
      if (llvm::isa<ImportDeclarationNode, ExportNamedDeclarationNode,
                    ExportDefaultDeclarationNode, ExportAllDeclarationNode>(
              item))
        unsupported(item, "'import' and 'export'");
  Reg saved = enterScope(program->scope);
  hoistFunctions(program->body.asArrayRef());
  lowerStatements(program->body.asArrayRef());
  exitScope(program->scope, saved);
  if (!builder_.getInsertBlock()->isTerminated())
    emit(Opcode::Return, {Operand::reg(emit(Opcode::LoadUndefined))});
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

Reg KIRGen::enterScope(Scope *scope) {
  Reg saved = state_->env;
  if (!scope)
    return saved;
  uint32_t slots = 0;
  for (Binding *b : scope->getBindings()) {
    if (b->isPrivate())
      continue;
    VarLocation loc;
    if (b->isCaptured) {
      loc.kind = VarLocation::Kind::Env;
      loc.index = slots++;
      loc.envScope = scope;
    } else {
      loc.index = state_->fn->newLocal();
    }
    vars_[b] = loc;
  }
  if (slots) {
    Reg parent = currentEnv();
    state_->env =
        emit(Opcode::CreateEnv, {Operand::reg(parent), Operand::imm(slots)});
    envChain_.push_back(scope);
    if (scope->isFunctionScope() && !state_->fn->getEnvSlots())
      state_->fn->setEnvSlots(slots);
  }
  // Entry values: undefined for var-like bindings held in locals (an
  // environment starts out undefined), the TDZ marker where a lexical
  // binding may be read early. Parameters and names of function
  // expressions are stored by lowerFunction, catch parameters by
  // lowerCatchClause, function declarations by
  // hoistFunctions.
  for (Binding *b : scope->getBindings()) {
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
  if (b->kind == BindingKind::Arguments)
    return unsupported(id, "'arguments'");
  VarLocation loc;
  if (!lookupLocation(vars_, b, loc))
    return unsupported(id, "this kind of variable reference");
  Reg value;
  if (loc.kind == VarLocation::Kind::Local) {
    value = emit(Opcode::LoadLocal, {Operand::imm(loc.index)});
  } else {
    bool found;
    uint32_t depth = envDepth(envChain_, loc.envScope, found);
    if (!found)
      return unsupported(id, "this kind of variable reference");
    value =
        emit(Opcode::LoadEnv, {Operand::reg(currentEnv()), Operand::imm(depth),
                               Operand::imm(loc.index)});
  }
  if (id->mayHitTDZ)
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
  if (b->kind == BindingKind::Arguments) {
    unsupported(id, "'arguments'");
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
  return llvm::cast<IdentifierNode>(param);
}

void KIRGen::lowerParameter(Node *param, uint32_t index) {
  IdentifierNode *id = paramIdentifier(param);
  builder_.setLoc(param->getStartLoc());
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
  Reg fallback = lowerExpr(def->right);
  if (id->binding)
    storeBinding(id->binding, fallback, id->getSourceRange());
  jumpTo(joinBB);
  setBlock(givenBB);
  if (id->binding)
    storeBinding(id->binding, value, id->getSourceRange());
  jumpTo(joinBB);
  setBlock(joinBB);
}

kir::Function *KIRGen::lowerFunction(FunctionLikeNode *node) {
  if (node->isGenerator) {
    unsupported(node, "a generator function");
    return nullptr;
  }
  if (node->isAsync) {
    unsupported(node, "an async function");
    return nullptr;
  }
  // Parameters: identifiers, possibly with a default or as the rest.
  for (Node *p : node->params) {
    Node *target = p;
    if (auto *def = llvm::dyn_cast<AssignmentPatternNode>(p))
      target = def->left;
    else if (auto *rest = llvm::dyn_cast<RestElementNode>(p))
      target = rest->argument;
    if (!llvm::isa<IdentifierNode>(target)) {
      unsupported(target, "a destructuring parameter");
      return nullptr;
    }
  }
  Scope *scope = node->scope;
  if (!scope)
    return nullptr;
  if (scope->usesArguments()) {
    unsupported(node, "'arguments'");
    return nullptr;
  }
  if (scope->usesSuperCall() || scope->usesSuperProperty()) {
    unsupported(node, "'super'");
    return nullptr;
  }
  if (scope->usesNewTarget()) {
    unsupported(node, "'new.target'");
    return nullptr;
  }
  if (llvm::isa<ArrowFunctionExpressionNode>(node) && scope->usesThis()) {
    unsupported(node, "'this' in an arrow function");
    return nullptr;
  }

  std::string name = node->id ? node->id->name.str().str() : "";
  kir::Function *fn = module_->newFunction(name, state_->fn);
  // The rest parameter is not a positional one (load_rest_params).
  for (Node *p : node->params)
    if (!llvm::isa<RestElementNode>(p))
      fn->getParamNames().push_back(paramIdentifier(p)->name.str().str());

  // Lower the body with fresh per-function state; the environment chain
  // stays, since the closure captures the environment current here.
  FunctionState *outer = state_;
  BasicBlock *outerBlock = builder_.getInsertBlock();
  size_t outerChain = envChain_.size();
  FunctionState state;
  state.fn = fn;
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
  Reg saved = enterScope(scope);
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
      emit(Opcode::Return, {Operand::reg(emit(Opcode::LoadUndefined))});
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
