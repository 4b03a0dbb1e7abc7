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
    return emitLoadLexical(expr, /*newTarget=*/false);
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
    return lowerChain(llvm::cast<ChainExpressionNode>(expr));
  case NodeKind::ClassExpression:
    return lowerClass(llvm::cast<ClassExpressionNode>(expr));
  case NodeKind::RegExpLiteral:
    return unsupported(expr, "a regular expression literal");
  case NodeKind::TaggedTemplateExpression:
    return lowerTaggedTemplate(llvm::cast<TaggedTemplateExpressionNode>(expr));
  case NodeKind::AwaitExpression: {
    // A module body with a top-level await runs as an async function (the
    // host waits for its promise); the parser allows await nowhere else.
    if (!state_->fn->isAsync()) {
      if (state_->scope->getKind() != ScopeKind::Module)
        return unsupported(expr, "top-level 'await'");
      state_->fn->setAsync(true);
    }
    Reg value = lowerExpr(llvm::cast<AwaitExpressionNode>(expr)->argument);
    builder_.setLoc(expr->getStartLoc());
    BasicBlock *resumeBB = newBlock();
    emit(Opcode::Await, {Operand::reg(value), Operand::block(resumeBB)});
    setBlock(resumeBB);
    return emit(Opcode::ResumeValue);
  }
  case NodeKind::MetaProperty: // new.target; Sema rejects import.meta.
    return emitLoadLexical(expr, /*newTarget=*/true);
  case NodeKind::Super:
    return unsupported(expr, "'super'");
  default:
    return unsupported(expr, "this expression");
  }
}

Reg KIRGen::lowerBinary(BinaryExpressionNode *expr) {
  if (auto *priv = llvm::dyn_cast<PrivateNameNode>(expr->left)) {
    // `#x in obj`.
    Reg name = loadBinding(priv->binding, priv->getSourceRange());
    Reg obj = lowerExpr(expr->right);
    builder_.setLoc(expr->getStartLoc());
    return emit(Opcode::PrivateIn, {Operand::reg(name), Operand::reg(obj)});
  }
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
    if (auto *chain = llvm::dyn_cast<ChainExpressionNode>(arg)) {
      // `delete a?.b` is true where the chain short-circuits.
      auto *member = llvm::dyn_cast<MemberExpressionNode>(chain->expression);
      if (!member) {
        lowerExpr(arg);
        return emit(Opcode::LoadTrue);
      }
      uint32_t result = state_->fn->newLocal();
      BasicBlock *outerNull = chainNullBB_;
      chainNullBB_ = newBlock();
      BasicBlock *nullBB = chainNullBB_, *endBB = newBlock();
      storeLocal(result, lowerDelete(member));
      chainNullBB_ = outerNull;
      jumpTo(endBB);
      setBlock(nullBB);
      storeLocal(result, emit(Opcode::LoadTrue));
      jumpTo(endBB);
      setBlock(endBB);
      return loadLocal(result);
    }
    if (auto *member = llvm::dyn_cast<MemberExpressionNode>(arg))
      return lowerDelete(member);
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
  if (llvm::isa<ObjectPatternNode, ArrayPatternNode>(expr->left)) {
    Reg value = lowerExpr(expr->right);
    lowerTarget(expr->left, value, /*isInit=*/false);
    return value;
  }
  Place place;
  if (!evaluatePlace(*this, expr->left, place))
    return emit(Opcode::LoadUndefined);
  // NamedEvaluation applies to `x = function () {}`, not to `(x) = ...`.
  Atom name =
      place.id && !place.id->isParenthesized() ? place.id->name : Atom();
  if (expr->op == AssignOp::Assign) {
    Reg value = lowerNamed(expr->right, name);
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
    Reg value = lowerNamed(expr->right, name);
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
  llvm::SmallVector<Operand, 6> ops;
  Node *callee = expr->callee;
  if (llvm::isa<SuperNode>(callee))
    return lowerSuperCall(expr);
  if (auto *member = llvm::dyn_cast<MemberExpressionNode>(callee)) {
    // A method call: the object is `this`.
    Place place;
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
  if (expr->isOptional)
    emitOptionalCheck(expr, ops[0].getReg());
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
    builder_.setLoc(prop->getStartLoc());
    if (prop->isMethod || prop->kind != PropertyKind::Init) {
      lowerObjectMethod(obj, prop);
      continue;
    }
    if (prop->isComputed) {
      // The key is converted before the value is evaluated.
      Reg key =
          emit(Opcode::ToPropertyKey, {Operand::reg(lowerExpr(prop->key))});
      Reg value = lowerNamedByKey(prop->value, key);
      emit(Opcode::DefineElem,
           {Operand::reg(obj), Operand::reg(key), Operand::reg(value)});
      continue;
    }
    Atom name = propertyKeyName(prop->key);
    if (!name)
      continue;
    if (!prop->isShorthand && name == atoms_.proto) {
      // `__proto__: value` sets the prototype (a duplicate is an early
      // error).
      Reg value = lowerExpr(prop->value);
      builder_.setLoc(prop->getStartLoc());
      emit(Opcode::SetLiteralProto, {Operand::reg(obj), Operand::reg(value)});
      continue;
    }
    Reg value = lowerNamed(prop->value, name);
    emit(Opcode::DefineProp,
         {Operand::reg(obj), Operand::string(name), Operand::reg(value)});
  }
  return obj;
}

void KIRGen::lowerObjectMethod(Reg obj, PropertyNode *prop) {
  Reg key = prop->isComputed ? emit(Opcode::ToPropertyKey,
                                    {Operand::reg(lowerExpr(prop->key))})
                             : NoReg;
  Atom name;
  if (!prop->isComputed) {
    name = propertyKeyName(prop->key);
    if (!name)
      return;
  }
  auto *value = llvm::dyn_cast<FunctionExpressionNode>(prop->value);
  if (!value) {
    unsupported(prop, "this property");
    return;
  }
  kir::Function *fn = lowerFunction(value);
  if (!fn)
    return;
  nameMethod(fn, prop->key, prop->isComputed,
             prop->kind == PropertyKind::Get   ? "get "
             : prop->kind == PropertyKind::Set ? "set "
                                               : "");
  builder_.setLoc(prop->getStartLoc());
  if (key == NoReg)
    key = emit(Opcode::LoadString, {Operand::string(name)});
  Reg closure = emit(Opcode::CreateClosure,
                     {Operand::function(fn), Operand::reg(currentEnv())});
  // Methods and accessors of literals are enumerable (kind bit 1).
  if (prop->kind == PropertyKind::Init)
    emit(Opcode::DefineMethod, {Operand::reg(obj), Operand::reg(key),
                                Operand::reg(closure), Operand::imm(1)});
  else
    emit(Opcode::DefineAccessor,
         {Operand::reg(obj), Operand::reg(key), Operand::reg(closure),
          Operand::imm(prop->kind == PropertyKind::Set ? 3 : 2)});
}

bool kiln::isAnonymousFunction(Node *expr) {
  if (auto *fn = llvm::dyn_cast<FunctionExpressionNode>(expr))
    return !fn->id;
  if (auto *cls = llvm::dyn_cast<ClassExpressionNode>(expr))
    return !cls->id;
  return llvm::isa<ArrowFunctionExpressionNode>(expr);
}

Reg KIRGen::lowerNamed(Node *expr, Atom name) {
  if (name && isAnonymousFunction(expr))
    inferredName_ = name.str().str();
  return lowerExpr(expr);
}

Reg KIRGen::lowerNamedByKey(Node *expr, Reg key) {
  Reg value = lowerExpr(expr);
  if (isAnonymousFunction(expr))
    emit(Opcode::SetFunctionName, {Operand::reg(value), Operand::reg(key)});
  return value;
}

std::string KIRGen::takeInferredName() {
  std::string name = std::move(inferredName_);
  inferredName_.clear();
  return name;
}

Reg KIRGen::lowerArray(ArrayExpressionNode *expr) {
  return lowerElementList(expr->elements);
}

Reg KIRGen::lowerTaggedTemplate(TaggedTemplateExpressionNode *expr) {
  llvm::SmallVector<Operand, 6> ops;
  if (auto *member = llvm::dyn_cast<MemberExpressionNode>(expr->tag)) {
    // A method tag: the object is `this`.
    Place place;
    if (!evaluatePlace(*this, member, place))
      return emit(Opcode::LoadUndefined);
    builder_.setLoc(member->property->getStartLoc());
    ops.push_back(Operand::reg(loadPlace(*this, place)));
    ops.push_back(Operand::reg(place.object));
  } else {
    ops.push_back(Operand::reg(lowerExpr(expr->tag)));
    ops.push_back(Operand::reg(emit(Opcode::LoadUndefined)));
  }
  TemplateLiteralNode *quasi = expr->quasi;
  builder_.setLoc(quasi->getStartLoc());
  llvm::SmallVector<Operand, 8> strings;
  strings.push_back(Operand::imm(templateSites_++));
  for (TemplateElementNode *q : quasi->quasis)
    strings.push_back(Operand::reg(
        q->isInvalidCooked
            ? emit(Opcode::LoadUndefined)
            : emit(Opcode::LoadString, {Operand::string(q->cooked)})));
  for (TemplateElementNode *q : quasi->quasis)
    strings.push_back(
        Operand::reg(emit(Opcode::LoadString, {Operand::string(q->raw)})));
  ops.push_back(
      Operand::reg(builder_.emit(Opcode::GetTemplateObject, strings)));
  for (Node *e : quasi->expressions)
    ops.push_back(Operand::reg(lowerExpr(e)));
  builder_.setLoc(expr->getStartLoc());
  return builder_.emit(Opcode::Call, ops);
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
