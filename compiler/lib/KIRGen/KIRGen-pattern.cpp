//===- KIRGen-pattern.cpp - Lowering of destructuring patterns ------------===//
//
// Binding and assignment patterns in declarations, parameters, catch
// parameters, assignments and loop heads. An object pattern reads each
// property with get_prop / get_elem (a computed key is converted once with
// to_property_key, since an object rest excludes it again), and a rest
// copies the remaining own properties (copy_data_properties_except). An
// array pattern runs the iterator protocol as instructions: get_iterator,
// then per element iterator_step / iterator_value, then iterator_close once
// the pattern is done. A throw from the pattern's own code (a default, a
// nested pattern, a store) closes the iterator first: those blocks unwind to
// a handler that runs iterator_close_abrupt unless the iterator is done. A
// local tracks that: it is true from before a step until its value was
// read, and stays true once the iterator is exhausted, so a throw of the
// iterator itself is not answered by closing it (the spec's [[Done]]).
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"

using namespace kiln;

Reg KIRGen::applyDefault(Reg value, Node *init, Node *target) {
  uint32_t result = state_->fn->newLocal();
  storeLocal(result, value);
  Reg undef = emit(Opcode::LoadUndefined);
  Reg isUndef =
      emit(Opcode::StrictEq, {Operand::reg(value), Operand::reg(undef)});
  BasicBlock *defaultBB = newBlock(), *joinBB = newBlock();
  branch(isUndef, defaultBB, joinBB);
  setBlock(defaultBB);
  auto *id = llvm::dyn_cast_or_null<IdentifierNode>(target);
  storeLocal(result, lowerNamed(init, id ? id->name : Atom()));
  jumpTo(joinBB);
  setBlock(joinBB);
  return loadLocal(result);
}

/// The target of a pattern element with its default split off.
static Node *stripDefault(Node *element, Node *&init) {
  init = nullptr;
  if (auto *def = llvm::dyn_cast<AssignmentPatternNode>(element)) {
    init = def->right;
    return def->left;
  }
  return element;
}

/// Evaluates the reference of a member-expression target before its value
/// is read (the spec's order); other targets need nothing.
static bool prepareTarget(KIRGen &gen, Node *target, Place &place,
                          bool &prepared) {
  prepared = false;
  if (!llvm::isa<MemberExpressionNode>(target))
    return true;
  prepared = true;
  return evaluatePlace(gen, target, place);
}

/// Stores \p value to an element's target (prepared or not), applying its
/// default first.
static void finishElement(KIRGen &gen, Node *target, Node *init, Reg value,
                          const Place &place, bool prepared, bool isInit) {
  if (init)
    value = gen.applyDefault(value, init, target);
  if (prepared)
    storePlace(gen, place, value);
  else
    gen.lowerTarget(target, value, isInit);
}

void KIRGen::lowerTarget(Node *target, Reg value, bool isInit) {
  switch (target->getKind()) {
  case NodeKind::Identifier:
    emitStoreVar(llvm::cast<IdentifierNode>(target), value, isInit);
    return;
  case NodeKind::ObjectPattern:
    return lowerObjectPattern(llvm::cast<ObjectPatternNode>(target), value,
                              isInit);
  case NodeKind::ArrayPattern:
    return lowerArrayPattern(llvm::cast<ArrayPatternNode>(target), value,
                             isInit);
  case NodeKind::AssignmentPattern: {
    auto *def = llvm::cast<AssignmentPatternNode>(target);
    return lowerTarget(def->left, applyDefault(value, def->right, def->left),
                       isInit);
  }
  case NodeKind::MemberExpression: {
    Place place;
    if (evaluatePlace(*this, target, place))
      storePlace(*this, place, value);
    return;
  }
  default:
    unsupported(target, "this destructuring target");
    return;
  }
}

void KIRGen::lowerObjectPattern(ObjectPatternNode *pattern, Reg value,
                                bool isInit) {
  builder_.setLoc(pattern->getStartLoc());
  emit(Opcode::RequireObjectCoercible, {Operand::reg(value)});
  bool hasRest = !pattern->properties.empty() &&
                 llvm::isa<RestElementNode>(pattern->properties.back());
  // The keys taken so far, which a rest excludes.
  llvm::SmallVector<Reg, 8> keys;
  for (Node *p : pattern->properties) {
    if (auto *rest = llvm::dyn_cast<RestElementNode>(p)) {
      builder_.setLoc(rest->getStartLoc());
      Place place;
      bool prepared;
      if (!prepareTarget(*this, rest->argument, place, prepared))
        continue;
      Reg excluded =
          emit(Opcode::NewArray, {Operand::imm(uint32_t(keys.size()))});
      for (uint32_t i = 0; i < keys.size(); ++i)
        emit(Opcode::DefineIndex,
             {Operand::reg(excluded), Operand::imm(i), Operand::reg(keys[i])});
      Reg copy = emit(Opcode::NewObject);
      emit(Opcode::CopyDataPropertiesExcept,
           {Operand::reg(copy), Operand::reg(value), Operand::reg(excluded)});
      finishElement(*this, rest->argument, nullptr, copy, place, prepared,
                    isInit);
      continue;
    }
    auto *prop = llvm::cast<PropertyNode>(p);
    builder_.setLoc(prop->getStartLoc());
    Reg key = NoReg;
    Atom name;
    if (prop->isComputed) {
      key = emit(Opcode::ToPropertyKey, {Operand::reg(lowerExpr(prop->key))});
    } else {
      name = propertyKeyName(prop->key);
      if (!name)
        continue;
      if (hasRest)
        keys.push_back(emit(Opcode::LoadString, {Operand::string(name)}));
    }
    if (key != NoReg && hasRest)
      keys.push_back(key);
    Node *init;
    Node *target = stripDefault(prop->value, init);
    Place place;
    bool prepared;
    if (!prepareTarget(*this, target, place, prepared))
      continue;
    builder_.setLoc(prop->getStartLoc());
    Reg element =
        key != NoReg
            ? emit(Opcode::GetElem, {Operand::reg(value), Operand::reg(key)})
            : emit(Opcode::GetProp,
                   {Operand::reg(value), Operand::string(name)});
    finishElement(*this, target, init, element, place, prepared, isInit);
  }
}

BasicBlock *KIRGen::beginIteratorRegion(BasicBlock *&closeBB) {
  BasicBlock *outer = state_->handler;
  closeBB = newBlock();
  state_->handler = closeBB;
  BasicBlock *body = newBlock();
  jumpTo(body);
  setBlock(body);
  return outer;
}

void KIRGen::endIteratorRegion(Reg iter, uint32_t doneLocal,
                               BasicBlock *closeBB, BasicBlock *outerHandler) {
  state_->handler = outerHandler;
  BasicBlock *cont = builder_.getInsertBlock();
  setBlock(closeBB);
  Reg exception = emit(Opcode::Catch);
  BasicBlock *closeNowBB = newBlock(), *rethrowBB = newBlock();
  branch(loadLocal(doneLocal), rethrowBB, closeNowBB);
  setBlock(closeNowBB);
  emit(Opcode::IteratorCloseAbrupt, {Operand::reg(iter)});
  jumpTo(rethrowBB);
  setBlock(rethrowBB);
  emit(Opcode::Throw, {Operand::reg(exception)});
  // Code after the region continues in a block of the outer handler.
  BasicBlock *after = newBlock();
  setBlock(cont);
  jumpTo(after);
  setBlock(after);
}

/// Emits one step of \p iter into the local \p valueLocal: the next value,
/// or undefined once the iterator is done (then no further step is taken).
static void emitStep(KIRGen &gen, Reg iter, uint32_t doneLocal,
                     uint32_t valueLocal) {
  BasicBlock *stepBB = gen.newBlock(), *gotBB = gen.newBlock(),
             *exhaustedBB = gen.newBlock(), *joinBB = gen.newBlock();
  gen.branch(gen.loadLocal(doneLocal), exhaustedBB, stepBB);
  gen.setBlock(stepBB);
  gen.storeLocal(doneLocal, gen.emit(Opcode::LoadTrue));
  Reg done = gen.emit(Opcode::IteratorStep, {Operand::reg(iter)});
  gen.branch(done, exhaustedBB, gotBB);
  gen.setBlock(gotBB);
  gen.storeLocal(valueLocal,
                 gen.emit(Opcode::IteratorValue, {Operand::reg(iter)}));
  gen.storeLocal(doneLocal, gen.emit(Opcode::LoadFalse));
  gen.jumpTo(joinBB);
  gen.setBlock(exhaustedBB);
  gen.storeLocal(valueLocal, gen.emit(Opcode::LoadUndefined));
  gen.jumpTo(joinBB);
  gen.setBlock(joinBB);
}

void KIRGen::lowerArrayPattern(ArrayPatternNode *pattern, Reg value,
                               bool isInit) {
  builder_.setLoc(pattern->getStartLoc());
  Reg iter = emit(Opcode::GetIterator, {Operand::reg(value)});
  uint32_t doneLocal = state_->fn->newLocal();
  uint32_t valueLocal = state_->fn->newLocal();
  storeLocal(doneLocal, emit(Opcode::LoadFalse));
  BasicBlock *closeBB;
  BasicBlock *outer = beginIteratorRegion(closeBB);
  for (Node *element : pattern->elements) {
    if (!element) {
      emitStep(*this, iter, doneLocal, valueLocal);
      continue;
    }
    builder_.setLoc(element->getStartLoc());
    if (auto *rest = llvm::dyn_cast<RestElementNode>(element)) {
      Place place;
      bool prepared;
      if (!prepareTarget(*this, rest->argument, place, prepared))
        continue;
      // Appends every remaining value; the iterator ends done.
      Reg array = emit(Opcode::NewArray, {Operand::imm(0)});
      BasicBlock *loopBB = newBlock(), *stepBB = newBlock(),
                 *appendBB = newBlock(), *endBB = newBlock();
      jumpTo(loopBB);
      setBlock(loopBB);
      branch(loadLocal(doneLocal), endBB, stepBB);
      setBlock(stepBB);
      storeLocal(doneLocal, emit(Opcode::LoadTrue));
      Reg done = emit(Opcode::IteratorStep, {Operand::reg(iter)});
      branch(done, endBB, appendBB);
      setBlock(appendBB);
      Reg next = emit(Opcode::IteratorValue, {Operand::reg(iter)});
      emit(Opcode::ArrayAppend, {Operand::reg(array), Operand::reg(next)});
      storeLocal(doneLocal, emit(Opcode::LoadFalse));
      jumpTo(loopBB);
      setBlock(endBB);
      finishElement(*this, rest->argument, nullptr, array, place, prepared,
                    isInit);
      continue;
    }
    Node *init;
    Node *target = stripDefault(element, init);
    Place place;
    bool prepared;
    if (!prepareTarget(*this, target, place, prepared))
      continue;
    emitStep(*this, iter, doneLocal, valueLocal);
    finishElement(*this, target, init, loadLocal(valueLocal), place, prepared,
                  isInit);
  }
  endIteratorRegion(iter, doneLocal, closeBB, outer);
  // A pattern that did not exhaust the iterator closes it.
  BasicBlock *closeBB2 = newBlock(), *endBB = newBlock();
  branch(loadLocal(doneLocal), endBB, closeBB2);
  setBlock(closeBB2);
  emit(Opcode::IteratorClose, {Operand::reg(iter)});
  jumpTo(endBB);
  setBlock(endBB);
}
