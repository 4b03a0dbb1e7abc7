//===- KIRGen-members.cpp - Places, member access and optional chains -----===//
//
// Assignable places (a variable, `obj.name`, `obj[key]`, `super[key]` with
// its home object and receiver, `obj.#name` with its Private Name),
// evaluated once and then read or written, `delete` of a property, and
// optional chains: a ChainExpression gives each of its `?.` links a block
// to leave to when the link's object is undefined or null, where the
// chain's value becomes undefined (true for `delete`).
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"

using namespace kiln;

Reg KIRGen::lowerDelete(MemberExpressionNode *member) {
  if (llvm::isa<SuperNode>(member->object)) {
    // The reference is evaluated (`this` first, then the key, which is not
    // converted), then deleting it throws.
    emitLoadLexical(member->object, /*newTarget=*/false);
    if (member->isComputed)
      lowerExpr(member->property);
    builder_.setLoc(member->getStartLoc());
    emit(Opcode::ThrowDeleteSuper);
    return emit(Opcode::LoadTrue);
  }
  if (llvm::isa<PrivateNameNode>(member->property))
    return unsupported(member, "this 'delete'");
  Place place;
  if (!evaluatePlace(*this, member, place))
    return emit(Opcode::LoadUndefined);
  builder_.setLoc(member->getStartLoc());
  if (place.key != NoReg)
    return emit(Opcode::DeleteElem,
                {Operand::reg(place.object), Operand::reg(place.key)});
  return emit(Opcode::DeleteProp,
              {Operand::reg(place.object), Operand::string(place.name)});
}

bool kiln::evaluatePlace(KIRGen &gen, Node *target, Place &place) {
  if (auto *id = llvm::dyn_cast<IdentifierNode>(target)) {
    place.id = id;
    return true;
  }
  auto *member = llvm::dyn_cast<MemberExpressionNode>(target);
  if (!member) {
    gen.unsupported(target, "destructuring assignment");
    return false;
  }
  if (llvm::isa<SuperNode>(member->object)) {
    // super[key]: read from the home object's prototype, with `this` as
    // the receiver.
    place.home = gen.emit(Opcode::LoadHomeObject);
    place.object = gen.emitLoadLexical(member->object, /*newTarget=*/false);
    // get_super / put_super convert the key after reading the home
    // object's prototype (GetSuperBase comes first).
    if (member->isComputed)
      place.key = gen.lowerExpr(member->property);
    else
      place.key =
          gen.emit(Opcode::LoadString,
                   {Operand::string(
                       llvm::cast<IdentifierNode>(member->property)->name)});
    return true;
  }
  place.object = gen.lowerExpr(member->object);
  if (member->isOptional)
    gen.emitOptionalCheck(member, place.object);
  if (auto *priv = llvm::dyn_cast<PrivateNameNode>(member->property))
    place.privateName = gen.loadBinding(priv->binding, priv->getSourceRange());
  else if (member->isComputed)
    place.key = gen.lowerExpr(member->property);
  else
    place.name = llvm::cast<IdentifierNode>(member->property)->name;
  return true;
}

Reg kiln::loadPlace(KIRGen &gen, const Place &place) {
  if (place.id)
    return gen.emitLoadVar(place.id);
  if (place.home != NoReg)
    return gen.emit(Opcode::GetSuper,
                    {Operand::reg(place.home), Operand::reg(place.key),
                     Operand::reg(place.object)});
  if (place.privateName != NoReg)
    return gen.emit(Opcode::GetPrivate, {Operand::reg(place.object),
                                         Operand::reg(place.privateName)});
  if (place.key != NoReg)
    return gen.emit(Opcode::GetElem,
                    {Operand::reg(place.object), Operand::reg(place.key)});
  return gen.emit(Opcode::GetProp,
                  {Operand::reg(place.object), Operand::string(place.name)});
}

void kiln::storePlace(KIRGen &gen, const Place &place, Reg value) {
  if (place.id)
    return gen.emitStoreVar(place.id, value, /*isInit=*/false);
  if (place.home != NoReg)
    gen.emit(Opcode::PutSuper,
             {Operand::reg(place.home), Operand::reg(place.key),
              Operand::reg(place.object), Operand::reg(value)});
  else if (place.privateName != NoReg)
    gen.emit(Opcode::PutPrivate,
             {Operand::reg(place.object), Operand::reg(place.privateName),
              Operand::reg(value)});
  else if (place.key != NoReg)
    gen.emit(Opcode::PutElem, {Operand::reg(place.object),
                               Operand::reg(place.key), Operand::reg(value)});
  else
    gen.emit(Opcode::PutProp,
             {Operand::reg(place.object), Operand::string(place.name),
              Operand::reg(value)});
}

Reg KIRGen::lowerMember(MemberExpressionNode *expr) {
  Place place;
  if (!evaluatePlace(*this, expr, place))
    return emit(Opcode::LoadUndefined);
  builder_.setLoc(expr->property->getStartLoc());
  return loadPlace(*this, place);
}

Reg KIRGen::lowerChain(ChainExpressionNode *expr) {
  uint32_t result = state_->fn->newLocal();
  BasicBlock *outerNull = chainNullBB_;
  chainNullBB_ = newBlock();
  BasicBlock *nullBB = chainNullBB_, *endBB = newBlock();
  Reg value = lowerExpr(expr->expression);
  chainNullBB_ = outerNull;
  storeLocal(result, value);
  jumpTo(endBB);
  setBlock(nullBB);
  storeLocal(result, emit(Opcode::LoadUndefined));
  jumpTo(endBB);
  setBlock(endBB);
  return loadLocal(result);
}

void KIRGen::emitOptionalCheck(Node *link, Reg value) {
  if (!chainNullBB_) {
    unsupported(link, "optional chaining here");
    return;
  }
  BasicBlock *cont = newBlock();
  branch(emit(Opcode::IsNullish, {Operand::reg(value)}), chainNullBB_, cont);
  setBlock(cont);
}
