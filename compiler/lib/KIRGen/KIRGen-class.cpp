//===- KIRGen-class.cpp - Lowering of classes
//------------------------------===//
//
// A class evaluates as runtime operations in the spec's order: its scope
// (the inner name and one create_private_name per private name), the
// heritage, define_class over the constructor (the `constructor` method, or
// a synthesized default one), then every method in source order
// (define_method / define_accessor on the prototype or the constructor;
// set_private_method for private ones, computed keys evaluated in place),
// the inner name, and last the static fields and blocks, each a method of
// its own called with `this` = the class. Instance fields and private
// methods are one synthesized method, registered with
// set_field_initializer, that constructors run through init_fields: a base
// constructor on entry, a derived one right after super() binds `this`.
// In a derived constructor `this` is a TDZ slot (a local, or an environment
// slot when arrows read it) that super_call fills; every return jumps to
// one exit block that runs derived_ctor_result outside any `try`. Arrows
// that call super() find the constructor's callee, new.target and `this`
// in its environment. Computed keys of instance fields are evaluated with
// the class and kept in the class scope's environment for the initializer.
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"

using namespace kiln;

KIRGen::OuterFunction KIRGen::beginFunction(FunctionState &state,
                                            kir::Function *fn, Scope *scope,
                                            SourceLoc loc) {
  OuterFunction outer{state_, builder_.getInsertBlock(), envChain_.size()};
  state.fn = fn;
  state.scope = scope;
  state_ = &state;
  builder_.setFunction(fn);
  setBlock(newBlock());
  builder_.setLoc(loc);
  return outer;
}

void KIRGen::endFunction(const OuterFunction &outer) {
  state_->fn->removeUnreachableBlocks();
  state_->fn->renumberRegisters();
  envChain_.resize(outer.chain);
  state_ = outer.state;
  builder_.setFunction(state_->fn);
  setBlock(outer.block);
}

kir::Function *KIRGen::lowerDefaultConstructor(ClassLikeNode *cls,
                                               llvm::StringRef name,
                                               bool initFields) {
  kir::Function *fn = module_->newFunction(name.str(), state_->fn);
  fn->setKind(cls->superClass ? kir::FunctionKind::DerivedConstructor
                              : kir::FunctionKind::ClassConstructor);
  FunctionState state;
  OuterFunction outer = beginFunction(state, fn, nullptr, cls->getStartLoc());
  Reg callee = emit(Opcode::LoadCallee);
  if (cls->superClass) {
    // constructor(...args) { super(...args); }
    Reg args = emit(Opcode::LoadRestParams, {Operand::imm(0)});
    Reg thisValue =
        emit(Opcode::SuperCallArray,
             {Operand::reg(callee), Operand::reg(emit(Opcode::LoadNewTarget)),
              Operand::reg(args)});
    if (initFields)
      emit(Opcode::InitFields, {Operand::reg(callee), Operand::reg(thisValue)});
    emit(Opcode::Return, {Operand::reg(thisValue)});
  } else {
    if (initFields)
      emit(Opcode::InitFields,
           {Operand::reg(callee), Operand::reg(emit(Opcode::LoadThis))});
    emit(Opcode::Return, {Operand::reg(emit(Opcode::LoadUndefined))});
  }
  endFunction(outer);
  return fn;
}

Reg KIRGen::lowerSuperCall(CallExpressionNode *expr) {
  Reg callee, newTarget;
  VarLocation thisLoc;
  bool initFields;
  if (state_->isDerivedCtor) {
    callee = emit(Opcode::LoadCallee);
    newTarget = emit(Opcode::LoadNewTarget);
    thisLoc = state_->thisLoc;
    initFields = state_->initFields;
  } else {
    // In an arrow: the constructor's callee, new.target and `this` live in
    // its environment.
    Scope *scope = state_->scope;
    while (scope && scope->getKind() == ScopeKind::Arrow)
      scope =
          scope->getParent() ? scope->getParent()->getFunctionScope() : nullptr;
    auto c = calleeSlots_.find(scope), n = newTargetSlots_.find(scope),
         t = thisSlots_.find(scope);
    if (!scope || c == calleeSlots_.end() || n == newTargetSlots_.end() ||
        t == thisSlots_.end())
      return unsupported(expr, "'super()' outside a derived constructor");
    callee = loadLocation(c->second, expr->getSourceRange());
    newTarget = loadLocation(n->second, expr->getSourceRange());
    thisLoc = t->second;
    initFields = true; // init_fields does nothing for a class without fields
  }
  Reg thisValue;
  bool spread = false;
  for (Node *arg : expr->arguments)
    spread |= llvm::isa<SpreadElementNode>(arg);
  if (spread) {
    Reg args = lowerElementList(expr->arguments);
    builder_.setLoc(expr->getStartLoc());
    thisValue = emit(
        Opcode::SuperCallArray,
        {Operand::reg(callee), Operand::reg(newTarget), Operand::reg(args)});
  } else {
    llvm::SmallVector<Operand, 6> ops{Operand::reg(callee),
                                      Operand::reg(newTarget)};
    lowerArguments(expr->arguments, ops);
    builder_.setLoc(expr->getStartLoc());
    thisValue = builder_.emit(Opcode::SuperCall, ops);
  }
  Reg old = loadLocation(thisLoc, expr->getSourceRange());
  emit(Opcode::CheckThisUnbound, {Operand::reg(old)});
  storeLocation(thisLoc, thisValue, expr->getSourceRange());
  if (initFields)
    emit(Opcode::InitFields, {Operand::reg(callee), Operand::reg(thisValue)});
  return thisValue;
}

/// The key of a non-computed, non-private class element as a register.
static Reg namedKey(KIRGen &gen, Node *key) {
  Atom name = gen.propertyKeyName(key);
  if (!name)
    return gen.emit(Opcode::LoadUndefined);
  return gen.emit(Opcode::LoadString, {Operand::string(name)});
}

Atom KIRGen::fieldName(PropertyDefinitionNode *field) {
  if (field->isComputed)
    return Atom();
  if (auto *priv = llvm::dyn_cast<PrivateNameNode>(field->key))
    return atoms_.intern("#" + priv->name.str().str());
  return propertyKeyName(field->key);
}

static bool isInstanceInit(Node *element) {
  if (auto *f = llvm::dyn_cast<PropertyDefinitionNode>(element))
    return !f->isStatic;
  if (auto *m = llvm::dyn_cast<MethodDefinitionNode>(element))
    return !m->isStatic && llvm::isa<PrivateNameNode>(m->key);
  return false;
}

kir::Function *KIRGen::lowerFieldInitializer(ClassLikeNode *cls) {
  kir::Function *fn = module_->newFunction("<fields>", state_->fn);
  fn->setKind(kir::FunctionKind::Method);
  FunctionState state;
  OuterFunction outer = beginFunction(state, fn, nullptr, cls->getStartLoc());
  Reg thisValue = emit(Opcode::LoadThis);
  // Private methods first, then the fields in order.
  llvm::SmallVector<Binding *, 4> added;
  for (Node *element : cls->body->body) {
    auto *m = llvm::dyn_cast_or_null<MethodDefinitionNode>(element);
    if (!m || m->isStatic || !isInstanceInit(m))
      continue;
    Binding *b = llvm::cast<PrivateNameNode>(m->key)->binding;
    if (llvm::is_contained(added, b))
      continue; // A getter and setter share their name.
    added.push_back(b);
    emit(Opcode::AddPrivateMethods,
         {Operand::reg(thisValue),
          Operand::reg(loadBinding(b, m->key->getSourceRange()))});
  }
  for (Node *element : cls->body->body) {
    auto *f = llvm::dyn_cast_or_null<PropertyDefinitionNode>(element);
    if (!f || f->isStatic)
      continue;
    builder_.setLoc(f->getStartLoc());
    auto *priv = llvm::dyn_cast<PrivateNameNode>(f->key);
    Reg key = NoReg;
    if (priv)
      key = loadBinding(priv->binding, priv->getSourceRange());
    else if (f->isComputed)
      key = loadLocation(fieldKeySlots_[f], f->key->getSourceRange());
    else
      key = namedKey(*this, f->key);
    Reg value;
    if (f->value) {
      state.scope = f->scope;
      Reg saved = enterScope(f->scope);
      value = f->isComputed ? lowerNamedByKey(f->value, key)
                            : lowerNamed(f->value, fieldName(f));
      exitScope(f->scope, saved);
    } else {
      value = emit(Opcode::LoadUndefined);
    }
    emit(priv ? Opcode::DefinePrivateField : Opcode::DefineField,
         {Operand::reg(thisValue), Operand::reg(key), Operand::reg(value)});
  }
  emit(Opcode::Return, {Operand::reg(emit(Opcode::LoadUndefined))});
  endFunction(outer);
  return fn;
}

kir::Function *KIRGen::lowerStaticElement(Node *element) {
  auto *field = llvm::dyn_cast<PropertyDefinitionNode>(element);
  Scope *scope =
      field ? field->scope : llvm::cast<StaticBlockNode>(element)->scope;
  kir::Function *fn = module_->newFunction(
      field ? "<static field>" : "<static block>", state_->fn);
  fn->setKind(kir::FunctionKind::Method);
  FunctionState state;
  OuterFunction outer = beginFunction(state, fn, scope, element->getStartLoc());
  Reg saved = enterScope(scope);
  if (field) {
    emit(Opcode::Return,
         {Operand::reg(lowerNamed(field->value, fieldName(field)))});
  } else {
    auto *block = llvm::cast<StaticBlockNode>(element);
    hoistFunctions(block->body.asArrayRef());
    lowerStatements(block->body.asArrayRef());
    if (!builder_.getInsertBlock()->isTerminated())
      emit(Opcode::Return, {Operand::reg(emit(Opcode::LoadUndefined))});
  }
  exitScope(scope, saved);
  endFunction(outer);
  return fn;
}

void KIRGen::nameMethod(kir::Function *fn, Node *key, bool isComputed,
                        llvm::StringRef prefix) {
  if (isComputed)
    return; // named at run time after the key's value
  std::string name = prefix.str();
  if (auto *priv = llvm::dyn_cast<PrivateNameNode>(key)) {
    name += "#" + priv->name.str().str();
  } else {
    Atom atom = propertyKeyName(key);
    if (!atom)
      return;
    name += atom.str().str();
  }
  fn->setName(name);
}

Reg KIRGen::lowerClass(ClassLikeNode *cls) {
  std::string inferred = takeInferredName();
  std::string name = cls->id ? cls->id->name.str().str() : inferred;
  builder_.setLoc(cls->getStartLoc());
  Reg savedEnv = enterScope(cls->scope);
  Reg heritage =
      cls->superClass ? lowerExpr(cls->superClass) : emit(Opcode::LoadEmpty);
  bool hasInstanceInit = false;
  MethodDefinitionNode *ctorMethod = nullptr;
  for (Node *element : cls->body->body) {
    hasInstanceInit |= element && isInstanceInit(element);
    if (auto *m = llvm::dyn_cast_or_null<MethodDefinitionNode>(element))
      if (m->kind == MethodKind::Constructor && !m->isStatic)
        ctorMethod = m;
  }
  kir::Function *ctorFn;
  bool savedInit = ctorInitFields_;
  ctorInitFields_ = hasInstanceInit;
  if (ctorMethod) {
    ctorFn = lowerFunction(ctorMethod->value);
    if (ctorFn)
      ctorFn->setName(name);
  } else {
    ctorFn = lowerDefaultConstructor(cls, name, hasInstanceInit);
  }
  ctorInitFields_ = savedInit;
  if (!ctorFn) {
    exitScope(cls->scope, savedEnv);
    return emit(Opcode::LoadUndefined);
  }
  builder_.setLoc(cls->getStartLoc());
  Reg ctor = emit(Opcode::DefineClass,
                  {Operand::function(ctorFn), Operand::reg(currentEnv()),
                   Operand::reg(heritage)});
  Reg proto =
      emit(Opcode::GetProp,
           {Operand::reg(ctor), Operand::string(atoms_.intern("prototype"))});

  // Methods and the keys of static fields, in source order.
  llvm::DenseMap<Node *, Reg> staticKeys;
  for (Node *element : cls->body->body) {
    if (auto *f = llvm::dyn_cast_or_null<PropertyDefinitionNode>(element)) {
      if (!f->isStatic && f->isComputed) {
        builder_.setLoc(f->getStartLoc());
        storeLocation(
            fieldKeySlots_[f],
            emit(Opcode::ToPropertyKey, {Operand::reg(lowerExpr(f->key))}),
            f->key->getSourceRange());
        continue;
      }
      if (!f->isStatic || llvm::isa<PrivateNameNode>(f->key))
        continue;
      builder_.setLoc(f->getStartLoc());
      staticKeys[f] = f->isComputed ? emit(Opcode::ToPropertyKey,
                                           {Operand::reg(lowerExpr(f->key))})
                                    : namedKey(*this, f->key);
      continue;
    }
    auto *m = llvm::dyn_cast_or_null<MethodDefinitionNode>(element);
    if (!m || m == ctorMethod)
      continue;
    builder_.setLoc(m->getStartLoc());
    Reg target = m->isStatic ? ctor : proto;
    auto *priv = llvm::dyn_cast<PrivateNameNode>(m->key);
    Reg key;
    if (priv)
      key = loadBinding(priv->binding, priv->getSourceRange());
    else if (m->isComputed)
      key = emit(Opcode::ToPropertyKey, {Operand::reg(lowerExpr(m->key))});
    else
      key = namedKey(*this, m->key);
    kir::Function *fn = lowerFunction(m->value);
    if (!fn)
      continue;
    nameMethod(fn, m->key, m->isComputed,
               m->kind == MethodKind::Get   ? "get "
               : m->kind == MethodKind::Set ? "set "
                                            : "");
    builder_.setLoc(m->getStartLoc());
    Reg closure = emit(Opcode::CreateClosure,
                       {Operand::function(fn), Operand::reg(currentEnv())});
    uint32_t kind = m->kind == MethodKind::Get   ? 1
                    : m->kind == MethodKind::Set ? 2
                                                 : 0;
    if (priv) {
      emit(Opcode::SetHomeObject,
           {Operand::reg(closure), Operand::reg(target)});
      emit(Opcode::SetPrivateMethod,
           {Operand::reg(key), Operand::reg(closure), Operand::imm(kind)});
    } else if (kind) {
      emit(Opcode::DefineAccessor,
           {Operand::reg(target), Operand::reg(key), Operand::reg(closure),
            Operand::imm(kind - 1)});
    } else {
      emit(Opcode::DefineMethod, {Operand::reg(target), Operand::reg(key),
                                  Operand::reg(closure), Operand::imm(0)});
    }
  }
  if (cls->scope)
    for (Binding *b : cls->scope->getBindings())
      if (b->kind == BindingKind::ClassName)
        storeBinding(b, ctor, cls->getSourceRange());
  if (hasInstanceInit) {
    kir::Function *fields = lowerFieldInitializer(cls);
    builder_.setLoc(cls->getStartLoc());
    Reg closure = emit(Opcode::CreateClosure,
                       {Operand::function(fields), Operand::reg(currentEnv())});
    emit(Opcode::SetHomeObject, {Operand::reg(closure), Operand::reg(proto)});
    emit(Opcode::SetFieldInitializer,
         {Operand::reg(ctor), Operand::reg(closure)});
  }

  // Static private methods, then static fields and blocks in order.
  llvm::SmallVector<Binding *, 4> added;
  for (Node *element : cls->body->body) {
    auto *m = llvm::dyn_cast_or_null<MethodDefinitionNode>(element);
    if (!m || !m->isStatic || !llvm::isa<PrivateNameNode>(m->key))
      continue;
    Binding *b = llvm::cast<PrivateNameNode>(m->key)->binding;
    if (llvm::is_contained(added, b))
      continue;
    added.push_back(b);
    emit(Opcode::AddPrivateMethods,
         {Operand::reg(ctor),
          Operand::reg(loadBinding(b, m->key->getSourceRange()))});
  }
  for (Node *element : cls->body->body) {
    auto *f = llvm::dyn_cast_or_null<PropertyDefinitionNode>(element);
    auto *block = llvm::dyn_cast_or_null<StaticBlockNode>(element);
    if (!(f && f->isStatic) && !block)
      continue;
    builder_.setLoc(element->getStartLoc());
    Reg value;
    if (block || f->value) {
      kir::Function *fn = lowerStaticElement(element);
      builder_.setLoc(element->getStartLoc());
      Reg closure = emit(Opcode::CreateClosure,
                         {Operand::function(fn), Operand::reg(currentEnv())});
      emit(Opcode::SetHomeObject, {Operand::reg(closure), Operand::reg(ctor)});
      value = emit(Opcode::Call, {Operand::reg(closure), Operand::reg(ctor)});
      if (f && f->isComputed && isAnonymousFunction(f->value))
        emit(Opcode::SetFunctionName,
             {Operand::reg(value), Operand::reg(staticKeys[f])});
    } else {
      value = emit(Opcode::LoadUndefined);
    }
    if (block)
      continue;
    if (auto *priv = llvm::dyn_cast<PrivateNameNode>(f->key))
      emit(Opcode::DefinePrivateField,
           {Operand::reg(ctor),
            Operand::reg(loadBinding(priv->binding, priv->getSourceRange())),
            Operand::reg(value)});
    else
      emit(Opcode::DefineField,
           {Operand::reg(ctor), Operand::reg(staticKeys[f]),
            Operand::reg(value)});
  }
  exitScope(cls->scope, savedEnv);
  return ctor;
}
