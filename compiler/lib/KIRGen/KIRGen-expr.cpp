//===- KIRGen-expr.cpp - Lowering of expressions
//---------------------------===//
//
// Every expression lowers to instructions that leave its value in one
// register. Operators map one to one to KIR opcodes (which name the runtime
// operations that define them); short-circuiting operators and `?:` become
// branches that meet in a join block, carrying their value through a fresh
// local, since KIR has no phi instructions.
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"

#include "kiln/Support/NumberFormat.h"

#include <string>

using namespace kiln;

static Opcode binaryOpcode(BinaryOp op) {
  switch (op) {
  case BinaryOp::Equal:
    return Opcode::Eq;
  case BinaryOp::NotEqual:
    return Opcode::Ne;
  case BinaryOp::StrictEqual:
    return Opcode::StrictEq;
  case BinaryOp::StrictNotEqual:
    return Opcode::StrictNe;
  case BinaryOp::Less:
    return Opcode::Lt;
  case BinaryOp::LessEqual:
    return Opcode::Le;
  case BinaryOp::Greater:
    return Opcode::Gt;
  case BinaryOp::GreaterEqual:
    return Opcode::Ge;
  case BinaryOp::ShiftLeft:
    return Opcode::Shl;
  case BinaryOp::ShiftRight:
    return Opcode::Shr;
  case BinaryOp::ShiftRightUnsigned:
    return Opcode::UShr;
  case BinaryOp::Add:
    return Opcode::Add;
  case BinaryOp::Sub:
    return Opcode::Sub;
  case BinaryOp::Mul:
    return Opcode::Mul;
  case BinaryOp::Div:
    return Opcode::Div;
  case BinaryOp::Mod:
    return Opcode::Mod;
  case BinaryOp::Exp:
    return Opcode::Exp;
  case BinaryOp::BitOr:
    return Opcode::BitOr;
  case BinaryOp::BitXor:
    return Opcode::BitXor;
  case BinaryOp::BitAnd:
    return Opcode::BitAnd;
  case BinaryOp::In:
    return Opcode::In;
  case BinaryOp::Instanceof:
    return Opcode::InstanceOf;
  }
  return Opcode::Add;
}

/// The binary operator of a compound assignment (not for `=` or the
/// logical assignments).
static BinaryOp compoundBinaryOp(AssignOp op) {
  switch (op) {
  case AssignOp::Sub:
    return BinaryOp::Sub;
  case AssignOp::Mul:
    return BinaryOp::Mul;
  case AssignOp::Div:
    return BinaryOp::Div;
  case AssignOp::Mod:
    return BinaryOp::Mod;
  case AssignOp::Exp:
    return BinaryOp::Exp;
  case AssignOp::ShiftLeft:
    return BinaryOp::ShiftLeft;
  case AssignOp::ShiftRight:
    return BinaryOp::ShiftRight;
  case AssignOp::ShiftRightUnsigned:
    return BinaryOp::ShiftRightUnsigned;
  case AssignOp::BitOr:
    return BinaryOp::BitOr;
  case AssignOp::BitXor:
    return BinaryOp::BitXor;
  case AssignOp::BitAnd:
    return BinaryOp::BitAnd;
  default:
    return BinaryOp::Add;
  }
}

Reg KIRGen::lowerExpr(Node *expr) {
  builder_.setLoc(expr->getStartLoc());
  switch (expr->getKind()) {
  case NodeKind::NullLiteral:
    return emit(Opcode::LoadNull);
  case NodeKind::BooleanLiteral:
    return emit(llvm::cast<BooleanLiteralNode>(expr)->value
                    ? Opcode::LoadTrue
                    : Opcode::LoadFalse);
  case NodeKind::NumericLiteral:
    return emit(Opcode::LoadNumber,
                {Operand::number(llvm::cast<NumericLiteralNode>(expr)->value)});
  case NodeKind::StringLiteral:
    return emit(Opcode::LoadString,
                {Operand::string(llvm::cast<StringLiteralNode>(expr)->value)});
  case NodeKind::TemplateLiteral:
    return lowerTemplate(llvm::cast<TemplateLiteralNode>(expr));
  case NodeKind::Identifier:
    return emitLoadVar(llvm::cast<IdentifierNode>(expr));
  case NodeKind::ThisExpression:
    return emit(Opcode::LoadThis);
  case NodeKind::BinaryExpression:
    return lowerBinary(llvm::cast<BinaryExpressionNode>(expr));
  case NodeKind::UnaryExpression:
    return lowerUnary(llvm::cast<UnaryExpressionNode>(expr));
  case NodeKind::UpdateExpression:
    return lowerUpdate(llvm::cast<UpdateExpressionNode>(expr));
  case NodeKind::LogicalExpression: {
    auto *l = llvm::cast<LogicalExpressionNode>(expr);
    return lowerLogical(l, l->op, l->left, l->right);
  }
  case NodeKind::ConditionalExpression:
    return lowerConditional(llvm::cast<ConditionalExpressionNode>(expr));
  case NodeKind::AssignmentExpression:
    return lowerAssignment(llvm::cast<AssignmentExpressionNode>(expr));
  case NodeKind::SequenceExpression: {
    Reg last = NoReg;
    for (Node *e : llvm::cast<SequenceExpressionNode>(expr)->expressions)
      last = lowerExpr(e);
    return last;
  }
  case NodeKind::CallExpression:
    return lowerCall(llvm::cast<CallExpressionNode>(expr));
  case NodeKind::NewExpression:
    return lowerNew(llvm::cast<NewExpressionNode>(expr));
  case NodeKind::MemberExpression:
    return lowerMember(llvm::cast<MemberExpressionNode>(expr));
  case NodeKind::ObjectExpression:
    return lowerObject(llvm::cast<ObjectExpressionNode>(expr));
  case NodeKind::ArrayExpression:
    return lowerArray(llvm::cast<ArrayExpressionNode>(expr));
  case NodeKind::FunctionExpression:
  case NodeKind::ArrowFunctionExpression: {
    kir::Function *fn = lowerFunction(llvm::cast<FunctionLikeNode>(expr));
    if (!fn)
      return emit(Opcode::LoadUndefined);
    builder_.setLoc(expr->getStartLoc());
    return emit(Opcode::CreateClosure,
                {Operand::function(fn), Operand::reg(currentEnv())});
  }
  case NodeKind::ChainExpression:
    return unsupported(expr, "optional chaining");
  case NodeKind::ClassExpression:
    return unsupported(expr, "a class");
  case NodeKind::RegExpLiteral:
    return unsupported(expr, "a regular expression literal");
  case NodeKind::TaggedTemplateExpression:
    return unsupported(expr, "a tagged template");
  case NodeKind::AwaitExpression:
    return unsupported(expr, "'await'");
  case NodeKind::MetaProperty:
    return unsupported(expr, "'new.target'");
  case NodeKind::Super:
    return unsupported(expr, "'super'");
  default:
    return unsupported(expr, "this expression");
  }
}

Reg KIRGen::lowerBinary(BinaryExpressionNode *expr) {
  if (llvm::isa<PrivateNameNode>(expr->left))
    return unsupported(expr, "a private name");
  Reg lhs = lowerExpr(expr->left);
  Reg rhs = lowerExpr(expr->right);
  builder_.setLoc(expr->getStartLoc());
  return emit(binaryOpcode(expr->op), {Operand::reg(lhs), Operand::reg(rhs)});
}

Reg KIRGen::lowerUnary(UnaryExpressionNode *expr) {
  Node *arg = expr->argument;
  switch (expr->op) {
  case UnaryOp::Typeof:
    if (auto *id = llvm::dyn_cast<IdentifierNode>(arg); id && !id->binding)
      return emit(Opcode::TypeofGlobal, {Operand::string(id->name)});
    return emit(Opcode::Typeof, {Operand::reg(lowerExpr(arg))});
  case UnaryOp::Delete:
    if (auto *member = llvm::dyn_cast<MemberExpressionNode>(arg)) {
      if (llvm::isa<PrivateNameNode>(member->property) ||
          llvm::isa<SuperNode>(member->object) || member->isOptional)
        return unsupported(expr, "this 'delete'");
      Reg obj = lowerExpr(member->object);
      if (!member->isComputed)
        return emit(Opcode::DeleteProp,
                    {Operand::reg(obj),
                     Operand::string(
                         llvm::cast<IdentifierNode>(member->property)->name)});
      Reg key = lowerExpr(member->property);
      return emit(Opcode::DeleteElem, {Operand::reg(obj), Operand::reg(key)});
    }
    // `delete expr` evaluates expr and yields true.
    lowerExpr(arg);
    return emit(Opcode::LoadTrue);
  case UnaryOp::Void:
    lowerExpr(arg);
    return emit(Opcode::LoadUndefined);
  default:
    break;
  }
  Reg value = lowerExpr(arg);
  builder_.setLoc(expr->getStartLoc());
  Opcode op = expr->op == UnaryOp::Minus  ? Opcode::Neg
              : expr->op == UnaryOp::Plus ? Opcode::ToNumber
              : expr->op == UnaryOp::Not  ? Opcode::Not
                                          : Opcode::BitNot;
  return emit(op, {Operand::reg(value)});
}

/// An assignable place: a variable or a property, evaluated once.
namespace {
struct Place {
  IdentifierNode *id = nullptr;
  Reg object = NoReg;
  Reg key = NoReg;
  Atom name;
};
} // namespace

static bool evaluatePlace(KIRGen &gen, Node *target, Place &place) {
  if (auto *id = llvm::dyn_cast<IdentifierNode>(target)) {
    place.id = id;
    return true;
  }
  auto *member = llvm::dyn_cast<MemberExpressionNode>(target);
  if (!member) {
    gen.unsupported(target, "destructuring assignment");
    return false;
  }
  if (llvm::isa<PrivateNameNode>(member->property) ||
      llvm::isa<SuperNode>(member->object)) {
    gen.unsupported(target, llvm::isa<SuperNode>(member->object)
                                ? "'super'"
                                : "a private name");
    return false;
  }
  place.object = gen.lowerExpr(member->object);
  if (member->isComputed)
    place.key = gen.lowerExpr(member->property);
  else
    place.name = llvm::cast<IdentifierNode>(member->property)->name;
  return true;
}

static Reg loadPlace(KIRGen &gen, const Place &place) {
  if (place.id)
    return gen.emitLoadVar(place.id);
  if (place.key != NoReg)
    return gen.emit(Opcode::GetElem,
                    {Operand::reg(place.object), Operand::reg(place.key)});
  return gen.emit(Opcode::GetProp,
                  {Operand::reg(place.object), Operand::string(place.name)});
}

static void storePlace(KIRGen &gen, const Place &place, Reg value) {
  if (place.id)
    return gen.emitStoreVar(place.id, value, /*isInit=*/false);
  if (place.key != NoReg)
    gen.emit(Opcode::PutElem, {Operand::reg(place.object),
                               Operand::reg(place.key), Operand::reg(value)});
  else
    gen.emit(Opcode::PutProp,
             {Operand::reg(place.object), Operand::string(place.name),
              Operand::reg(value)});
}

Reg KIRGen::lowerUpdate(UpdateExpressionNode *expr) {
  Place place;
  if (!evaluatePlace(*this, expr->argument, place))
    return emit(Opcode::LoadUndefined);
  Reg old = loadPlace(*this, place);
  builder_.setLoc(expr->getStartLoc());
  Opcode op = expr->op == UpdateOp::Increment ? Opcode::Inc : Opcode::Dec;
  if (expr->isPrefix) {
    Reg updated = emit(op, {Operand::reg(old)});
    storePlace(*this, place, updated);
    return updated;
  }
  Reg numeric = emit(Opcode::ToNumeric, {Operand::reg(old)});
  Reg updated = emit(op, {Operand::reg(numeric)});
  storePlace(*this, place, updated);
  return numeric;
}

Reg KIRGen::lowerLogical(Node *expr, LogicalOp op, Node *left, Node *right) {
  uint32_t result = state_->fn->newLocal();
  Reg lhs = lowerExpr(left);
  builder_.setLoc(expr->getStartLoc());
  emit(Opcode::StoreLocal, {Operand::imm(result), Operand::reg(lhs)});
  BasicBlock *rhsBB = newBlock();
  BasicBlock *endBB = newBlock();
  if (op == LogicalOp::And)
    branch(lhs, rhsBB, endBB);
  else if (op == LogicalOp::Or)
    branch(lhs, endBB, rhsBB);
  else
    branch(emit(Opcode::IsNullish, {Operand::reg(lhs)}), rhsBB, endBB);
  setBlock(rhsBB);
  Reg rhs = lowerExpr(right);
  emit(Opcode::StoreLocal, {Operand::imm(result), Operand::reg(rhs)});
  jumpTo(endBB);
  setBlock(endBB);
  return emit(Opcode::LoadLocal, {Operand::imm(result)});
}

Reg KIRGen::lowerConditional(ConditionalExpressionNode *expr) {
  uint32_t result = state_->fn->newLocal();
  Reg cond = lowerExpr(expr->test);
  BasicBlock *thenBB = newBlock();
  BasicBlock *elseBB = newBlock();
  BasicBlock *endBB = newBlock();
  branch(cond, thenBB, elseBB);
  setBlock(thenBB);
  emit(Opcode::StoreLocal,
       {Operand::imm(result), Operand::reg(lowerExpr(expr->consequent))});
  jumpTo(endBB);
  setBlock(elseBB);
  emit(Opcode::StoreLocal,
       {Operand::imm(result), Operand::reg(lowerExpr(expr->alternate))});
  jumpTo(endBB);
  setBlock(endBB);
  return emit(Opcode::LoadLocal, {Operand::imm(result)});
}

Reg KIRGen::lowerAssignment(AssignmentExpressionNode *expr) {
  Place place;
  if (!evaluatePlace(*this, expr->left, place))
    return emit(Opcode::LoadUndefined);
  if (expr->op == AssignOp::Assign) {
    Reg value = lowerExpr(expr->right);
    builder_.setLoc(expr->getStartLoc());
    storePlace(*this, place, value);
    return value;
  }
  Reg old = loadPlace(*this, place);
  if (expr->op == AssignOp::And || expr->op == AssignOp::Or ||
      expr->op == AssignOp::Coalesce) {
    // `a &&= b` assigns only when it evaluates b.
    uint32_t result = state_->fn->newLocal();
    emit(Opcode::StoreLocal, {Operand::imm(result), Operand::reg(old)});
    BasicBlock *assignBB = newBlock();
    BasicBlock *endBB = newBlock();
    if (expr->op == AssignOp::And)
      branch(old, assignBB, endBB);
    else if (expr->op == AssignOp::Or)
      branch(old, endBB, assignBB);
    else
      branch(emit(Opcode::IsNullish, {Operand::reg(old)}), assignBB, endBB);
    setBlock(assignBB);
    Reg value = lowerExpr(expr->right);
    storePlace(*this, place, value);
    emit(Opcode::StoreLocal, {Operand::imm(result), Operand::reg(value)});
    jumpTo(endBB);
    setBlock(endBB);
    return emit(Opcode::LoadLocal, {Operand::imm(result)});
  }
  Reg rhs = lowerExpr(expr->right);
  builder_.setLoc(expr->getStartLoc());
  Reg value = emit(binaryOpcode(compoundBinaryOp(expr->op)),
                   {Operand::reg(old), Operand::reg(rhs)});
  storePlace(*this, place, value);
  return value;
}

bool KIRGen::lowerArguments(NodeList<Node> args,
                            llvm::SmallVectorImpl<Operand> &out) {
  for (Node *arg : args)
    out.push_back(Operand::reg(lowerExpr(arg)));
  return true;
}

static bool hasSpread(NodeList<Node> elements) {
  for (Node *elem : elements)
    if (llvm::isa_and_nonnull<SpreadElementNode>(elem))
      return true;
  return false;
}

Reg KIRGen::lowerElementList(NodeList<Node> elements) {
  // Elements before the first spread have static indices; from there on
  // each is appended at the array's current length.
  uint32_t fixed = 0;
  while (fixed < elements.size() &&
         !llvm::isa_and_nonnull<SpreadElementNode>(elements[fixed]))
    ++fixed;
  Reg array = emit(Opcode::NewArray, {Operand::imm(fixed)});
  for (uint32_t i = 0; i < elements.size(); ++i) {
    Node *elem = elements[i];
    if (i >= fixed && !elem) {
      emit(Opcode::ArrayAppendHole, {Operand::reg(array)});
      continue;
    }
    if (!elem)
      continue;
    if (auto *spread = llvm::dyn_cast<SpreadElementNode>(elem)) {
      Reg iterable = lowerExpr(spread->argument);
      builder_.setLoc(spread->getStartLoc());
      emit(Opcode::AppendSpread, {Operand::reg(array), Operand::reg(iterable)});
      continue;
    }
    Reg value = lowerExpr(elem);
    if (i < fixed)
      emit(Opcode::DefineIndex,
           {Operand::reg(array), Operand::imm(i), Operand::reg(value)});
    else
      emit(Opcode::ArrayAppend, {Operand::reg(array), Operand::reg(value)});
  }
  return array;
}

Reg KIRGen::lowerCall(CallExpressionNode *expr) {
  if (expr->isOptional)
    return unsupported(expr, "optional chaining");
  llvm::SmallVector<Operand, 6> ops;
  Node *callee = expr->callee;
  if (llvm::isa<SuperNode>(callee))
    return unsupported(expr, "'super'");
  if (auto *member = llvm::dyn_cast<MemberExpressionNode>(callee)) {
    // A method call: the object is `this`.
    Place place;
    if (member->isOptional)
      return unsupported(expr, "optional chaining");
    if (!evaluatePlace(*this, member, place))
      return emit(Opcode::LoadUndefined);
    builder_.setLoc(member->property->getStartLoc());
    Reg fn = loadPlace(*this, place);
    ops.push_back(Operand::reg(fn));
    ops.push_back(Operand::reg(place.object));
  } else {
    Reg fn = lowerExpr(callee);
    ops.push_back(Operand::reg(fn));
    ops.push_back(Operand::reg(emit(Opcode::LoadUndefined)));
  }
  if (hasSpread(expr->arguments)) {
    Reg args = lowerElementList(expr->arguments);
    builder_.setLoc(expr->getStartLoc());
    return emit(Opcode::CallArray, {ops[0], ops[1], Operand::reg(args)});
  }
  if (!lowerArguments(expr->arguments, ops))
    return emit(Opcode::LoadUndefined);
  builder_.setLoc(expr->getStartLoc());
  return builder_.emit(Opcode::Call, ops);
}

Reg KIRGen::lowerNew(NewExpressionNode *expr) {
  llvm::SmallVector<Operand, 6> ops;
  ops.push_back(Operand::reg(lowerExpr(expr->callee)));
  if (hasSpread(expr->arguments)) {
    Reg args = lowerElementList(expr->arguments);
    builder_.setLoc(expr->getStartLoc());
    return emit(Opcode::ConstructArray, {ops[0], Operand::reg(args)});
  }
  if (!lowerArguments(expr->arguments, ops))
    return emit(Opcode::LoadUndefined);
  builder_.setLoc(expr->getStartLoc());
  return builder_.emit(Opcode::Construct, ops);
}

Reg KIRGen::lowerMember(MemberExpressionNode *expr) {
  if (expr->isOptional)
    return unsupported(expr, "optional chaining");
  Place place;
  if (!evaluatePlace(*this, expr, place))
    return emit(Opcode::LoadUndefined);
  builder_.setLoc(expr->property->getStartLoc());
  return loadPlace(*this, place);
}

Atom KIRGen::propertyKeyName(Node *key) {
  if (auto *id = llvm::dyn_cast<IdentifierNode>(key))
    return id->name;
  if (auto *str = llvm::dyn_cast<StringLiteralNode>(key))
    return str->value;
  if (auto *num = llvm::dyn_cast<NumericLiteralNode>(key)) {
    // The key is ToString(value); formatShortestDouble lays numbers out as
    // Number::toString does, except that -0 must become "0".
    double v = num->value;
    return atoms_.intern(v == 0 ? std::string("0") : formatShortestDouble(v));
  }
  unsupported(key, "this property key");
  return Atom();
}

Reg KIRGen::lowerObject(ObjectExpressionNode *expr) {
  Reg obj = emit(Opcode::NewObject);
  for (Node *p : expr->properties) {
    auto *prop = llvm::dyn_cast<PropertyNode>(p);
    if (!prop) {
      auto *spread = llvm::dyn_cast<SpreadElementNode>(p);
      if (!spread) {
        unsupported(p, "this property");
        continue;
      }
      Reg source = lowerExpr(spread->argument);
      builder_.setLoc(spread->getStartLoc());
      emit(Opcode::CopyDataProperties,
           {Operand::reg(obj), Operand::reg(source)});
      continue;
    }
    if (prop->kind != PropertyKind::Init) {
      unsupported(prop, "a getter or setter in an object literal");
      continue;
    }
    builder_.setLoc(prop->getStartLoc());
    if (prop->isComputed) {
      Reg key = lowerExpr(prop->key);
      Reg value = lowerExpr(prop->value);
      emit(Opcode::DefineElem,
           {Operand::reg(obj), Operand::reg(key), Operand::reg(value)});
      continue;
    }
    Atom name = propertyKeyName(prop->key);
    if (!name)
      continue;
    if (!prop->isShorthand && !prop->isMethod && name == atoms_.proto) {
      unsupported(prop, "'__proto__' in an object literal");
      continue;
    }
    if (prop->isMethod) {
      unsupported(prop, "a method in an object literal");
      continue;
    }
    Reg value = lowerExpr(prop->value);
    emit(Opcode::DefineProp,
         {Operand::reg(obj), Operand::string(name), Operand::reg(value)});
  }
  return obj;
}

Reg KIRGen::lowerArray(ArrayExpressionNode *expr) {
  return lowerElementList(expr->elements);
}

Reg KIRGen::lowerTemplate(TemplateLiteralNode *expr) {
  Reg result =
      emit(Opcode::LoadString, {Operand::string(expr->quasis[0]->cooked)});
  for (uint32_t i = 0; i < expr->expressions.size(); ++i) {
    Reg value = lowerExpr(expr->expressions[i]);
    Reg str = emit(Opcode::ToString, {Operand::reg(value)});
    result = emit(Opcode::Add, {Operand::reg(result), Operand::reg(str)});
    Atom next = expr->quasis[i + 1]->cooked;
    if (!next.str().empty())
      result = emit(Opcode::Add, {Operand::reg(result),
                                  Operand::reg(emit(Opcode::LoadString,
                                                    {Operand::string(next)}))});
  }
  return result;
}
