//===- KIRGen-control.cpp - try/catch/finally, switch and jumps -----------===//
//
// Non-local control flow. A `try` block's blocks unwind to its catch block
// (or, with only a finally, to a block that records a throw completion); a
// `catch` instruction opens that target. `finally` is lowered once, as a
// block reached with a completion record in two locals (FinallyContext), and
// a dispatch after it resumes the completion: fall through, return, rethrow,
// or the break/continue that left through it. break, continue and return
// inside a try or catch block therefore pass through every finally opened
// since their destination. `switch` is a chain of strict-equality tests
// followed by the case bodies in source order, so that bodies fall through.
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"

using namespace kiln;

void KIRGen::pushJumpTarget(JumpTarget target) {
  target.finallyDepth = state_->finallies.size();
  state_->jumps.push_back(std::move(target));
}

void KIRGen::emitJumpToTarget(size_t index, bool isBreak) {
  const JumpTarget &t = state_->jumps[index];
  if (t.finallyDepth == state_->finallies.size()) {
    BasicBlock *dest = isBreak ? t.breakBlock : t.continueBlock;
    terminate(Opcode::Jump, {Operand::block(dest)});
    return;
  }
  // Leave through the innermost open finally; its dispatch continues the
  // jump from the finally's own context.
  FinallyContext &fin = *state_->finallies.back();
  uint32_t id = FinallyContext::FirstExit;
  size_t i = 0;
  for (; i < fin.exits.size(); ++i)
    if (fin.exits[i].isBreak == isBreak && fin.exits[i].target == index)
      break;
  if (i == fin.exits.size())
    fin.exits.push_back({isBreak, index});
  id += uint32_t(i);
  emit(Opcode::StoreLocal,
       {Operand::imm(fin.kindLocal),
        Operand::reg(emit(Opcode::LoadNumber, {Operand::number(id)}))});
  terminate(Opcode::Jump, {Operand::block(fin.entry)});
}

void KIRGen::emitReturn(Reg value) {
  if (state_->finallies.empty() && state_->isDerivedCtor) {
    if (!state_->derivedExit) {
      state_->derivedExit = newBlock();
      state_->derivedResult = state_->fn->newLocal();
    }
    storeLocal(state_->derivedResult, value);
    terminate(Opcode::Jump, {Operand::block(state_->derivedExit)});
    return;
  }
  if (state_->finallies.empty()) {
    terminate(Opcode::Return, {Operand::reg(value)});
    return;
  }
  FinallyContext &fin = *state_->finallies.back();
  fin.hasReturn = true;
  emit(Opcode::StoreLocal, {Operand::imm(fin.valueLocal), Operand::reg(value)});
  Reg kind =
      emit(Opcode::LoadNumber, {Operand::number(FinallyContext::Return)});
  emit(Opcode::StoreLocal, {Operand::imm(fin.kindLocal), Operand::reg(kind)});
  terminate(Opcode::Jump, {Operand::block(fin.entry)});
}

void KIRGen::lowerBreakContinue(Node *stmt, IdentifierNode *label,
                                bool isBreak) {
  for (size_t i = state_->jumps.size(); i-- > 0;) {
    const JumpTarget &t = state_->jumps[i];
    bool matches =
        label ? llvm::is_contained(t.labels, label->name)
              : (isBreak ? t.takesUnlabeledBreak : t.continueBlock != nullptr);
    if (!matches)
      continue;
    if (!(isBreak ? t.breakBlock : t.continueBlock))
      break;
    emitJumpToTarget(i, isBreak);
    return;
  }
  // Sema rejects jumps without a target, so only unlowered constructs get
  // here.
  unsupported(stmt, isBreak ? "this 'break'" : "this 'continue'");
}

void KIRGen::lowerTry(TryStatementNode *stmt) {
  BasicBlock *outerHandler = state_->handler;
  BasicBlock *endBB = newBlock();
  FinallyContext fin;
  BasicBlock *finallyThrowBB = nullptr;
  if (stmt->finalizer) {
    fin.kindLocal = state_->fn->newLocal();
    fin.valueLocal = state_->fn->newLocal();
    fin.entry = newBlock();
    finallyThrowBB = newBlock();
    state_->finallies.push_back(&fin);
  }
  BasicBlock *catchBB = stmt->handler ? newBlock() : nullptr;
  // Leaves the try or catch block normally.
  auto leave = [&] {
    if (builder_.getInsertBlock()->isTerminated())
      return;
    if (!stmt->finalizer) {
      jumpTo(endBB);
      return;
    }
    Reg kind =
        emit(Opcode::LoadNumber, {Operand::number(FinallyContext::Normal)});
    emit(Opcode::StoreLocal, {Operand::imm(fin.kindLocal), Operand::reg(kind)});
    jumpTo(fin.entry);
  };

  BasicBlock *tryBB = newBlock();
  jumpTo(tryBB);
  state_->handler = catchBB ? catchBB : finallyThrowBB;
  setBlock(tryBB);
  lowerBlock(stmt->block);
  leave();

  if (catchBB) {
    state_->handler = stmt->finalizer ? finallyThrowBB : outerHandler;
    setBlock(catchBB);
    builder_.setLoc(stmt->handler->getStartLoc());
    lowerCatchClause(stmt->handler, emit(Opcode::Catch));
    leave();
  }
  state_->handler = outerHandler;

  if (stmt->finalizer) {
    state_->finallies.pop_back();
    setBlock(finallyThrowBB);
    builder_.setLoc(stmt->finalizer->getStartLoc());
    Reg exception = emit(Opcode::Catch);
    emit(Opcode::StoreLocal,
         {Operand::imm(fin.valueLocal), Operand::reg(exception)});
    Reg kind =
        emit(Opcode::LoadNumber, {Operand::number(FinallyContext::Throw)});
    emit(Opcode::StoreLocal, {Operand::imm(fin.kindLocal), Operand::reg(kind)});
    jumpTo(fin.entry);
    lowerFinallyDispatch(fin, stmt->finalizer, endBB);
  }
  setBlock(endBB);
}

void KIRGen::lowerCatchClause(CatchClauseNode *clause, Reg exception) {
  Reg saved = enterScope(clause->scope);
  if (Node *param = clause->param) {
    lowerTarget(param, exception, /*isInit=*/true);
  }
  lowerBlock(clause->body);
  exitScope(clause->scope, saved);
}

void KIRGen::lowerFinallyDispatch(FinallyContext &fin, BlockStatementNode *body,
                                  BasicBlock *endBB) {
  lowerFinallyDispatch(fin, [&] { lowerBlock(body); }, endBB);
}

void KIRGen::lowerFinallyDispatch(FinallyContext &fin,
                                  llvm::function_ref<void()> body,
                                  BasicBlock *endBB) {
  setBlock(fin.entry);
  body();
  if (builder_.getInsertBlock()->isTerminated())
    return;
  Reg kind = emit(Opcode::LoadLocal, {Operand::imm(fin.kindLocal)});
  // Tests the kind against \p id; continues in the block where it matched
  // and returns the block where it did not.
  auto test = [&](uint32_t id) {
    Reg idReg = emit(Opcode::LoadNumber, {Operand::number(id)});
    Reg is = emit(Opcode::StrictEq, {Operand::reg(kind), Operand::reg(idReg)});
    BasicBlock *match = newBlock(), *next = newBlock();
    branch(is, match, next);
    setBlock(match);
    return next;
  };
  if (fin.hasReturn) {
    BasicBlock *next = test(FinallyContext::Return);
    emitReturn(emit(Opcode::LoadLocal, {Operand::imm(fin.valueLocal)}));
    setBlock(next);
  }
  if (fin.hasThrow) {
    BasicBlock *next = test(FinallyContext::Throw);
    terminate(Opcode::Throw,
              {Operand::reg(
                  emit(Opcode::LoadLocal, {Operand::imm(fin.valueLocal)}))});
    setBlock(next);
  }
  for (size_t i = 0; i < fin.exits.size(); ++i) {
    BasicBlock *next = test(FinallyContext::FirstExit + uint32_t(i));
    emitJumpToTarget(fin.exits[i].target, fin.exits[i].isBreak);
    setBlock(next);
  }
  jumpTo(endBB);
}

void KIRGen::lowerSwitch(SwitchStatementNode *stmt,
                         llvm::ArrayRef<Atom> labels) {
  // The discriminant is evaluated outside the case block's scope; the case
  // tests and bodies inside it.
  Reg discriminant = lowerExpr(stmt->discriminant);
  Reg saved = enterScope(stmt->scope);
  for (SwitchCaseNode *c : stmt->cases)
    hoistFunctions(c->consequent.asArrayRef());
  BasicBlock *endBB = newBlock();
  llvm::SmallVector<BasicBlock *, 8> bodies;
  BasicBlock *defaultBB = endBB;
  for (SwitchCaseNode *c : stmt->cases) {
    bodies.push_back(newBlock());
    if (!c->test)
      defaultBB = bodies.back();
  }
  // Tests run in source order, skipping `default`, which is taken only
  // when none matches wherever it stands.
  for (size_t i = 0; i < bodies.size(); ++i) {
    SwitchCaseNode *c = stmt->cases[i];
    if (!c->test)
      continue;
    builder_.setLoc(c->getStartLoc());
    Reg value = lowerExpr(c->test);
    Reg is = emit(Opcode::StrictEq,
                  {Operand::reg(discriminant), Operand::reg(value)});
    BasicBlock *next = newBlock();
    branch(is, bodies[i], next);
    setBlock(next);
  }
  jumpTo(defaultBB);

  JumpTarget target;
  target.labels.assign(labels.begin(), labels.end());
  target.breakBlock = endBB;
  target.takesUnlabeledBreak = true;
  pushJumpTarget(target);
  for (size_t i = 0; i < bodies.size(); ++i) {
    setBlock(bodies[i]);
    lowerStatements(stmt->cases[i]->consequent.asArrayRef());
    jumpTo(i + 1 < bodies.size() ? bodies[i + 1] : endBB);
  }
  state_->jumps.pop_back();
  exitScope(stmt->scope, saved);
  setBlock(endBB);
}
