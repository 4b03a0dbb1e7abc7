//===- KIRGen-loops.cpp - Lowering of for-of, for-in and per-iteration scopes //
//
// for-of runs the iterator protocol as instructions: get_iterator once, then
// iterator_step / iterator_value at the top of each iteration (a throw from
// them leaves the loop without closing the iterator). The head's binding and
// the body run in a region whose throws close the iterator
// (iterator_close_abrupt, see KIRGen-pattern.cpp). Leaving the loop by
// `break` closes it with iterator_close; leaving it to an outer target
// (`return`, a labelled break or continue) goes through a FinallyContext
// whose finally code is that close. for-in walks an enumerator (for_in_keys
// / for_in_next). A `for (let/const ...)` head enters its scope once per
// iteration, so a closure in the body captures that iteration's binding; a
// classic `for (let ...;;)` whose bindings are captured copies the
// environment before each iteration (copy_env), keeping the current one in
// a local since registers are defined once.
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"

using namespace kiln;

void KIRGen::lowerLoopHead(Node *left, Reg value) {
  if (auto *decl = llvm::dyn_cast<VariableDeclarationNode>(left)) {
    lowerTarget(decl->declarations[0]->id, value, /*isInit=*/true);
    return;
  }
  lowerTarget(left, value, /*isInit=*/false);
}

void KIRGen::lowerForOf(ForOfStatementNode *stmt, llvm::ArrayRef<Atom> labels) {
  if (stmt->isAwait) {
    unsupported(stmt, "the 'for await' loop");
    return;
  }
  // The iterable is evaluated with the head's lexical names in their TDZ.
  Reg saved = enterScope(stmt->scope);
  Reg iterable = lowerExpr(stmt->right);
  exitScope(stmt->scope, saved);
  builder_.setLoc(stmt->getStartLoc());
  Reg iter = emit(Opcode::GetIterator, {Operand::reg(iterable)});
  // Never done inside the body: a throw there always closes.
  uint32_t doneLocal = state_->fn->newLocal();
  storeLocal(doneLocal, emit(Opcode::LoadFalse));
  BasicBlock *nextBB = newBlock(), *valueBB = newBlock(), *breakBB = newBlock(),
             *endBB = newBlock();
  jumpTo(nextBB);
  setBlock(nextBB);
  Reg done = emit(Opcode::IteratorStep, {Operand::reg(iter)});
  branch(done, endBB, valueBB);
  setBlock(valueBB);
  Reg value = emit(Opcode::IteratorValue, {Operand::reg(iter)});

  FinallyContext fin;
  fin.kindLocal = state_->fn->newLocal();
  fin.valueLocal = state_->fn->newLocal();
  fin.entry = newBlock();
  fin.hasThrow = false;
  state_->finallies.push_back(&fin);
  BasicBlock *closeBB;
  BasicBlock *outer = beginIteratorRegion(closeBB);
  Reg savedIteration = enterScope(stmt->scope);
  lowerLoopHead(stmt->left, value);
  lowerLoopBody(stmt->body, labels, breakBB, nextBB);
  exitScope(stmt->scope, savedIteration);
  jumpTo(nextBB);
  state_->finallies.pop_back();
  endIteratorRegion(iter, doneLocal, closeBB, outer);

  builder_.setLoc(stmt->getStartLoc());
  setBlock(breakBB);
  emit(Opcode::IteratorClose, {Operand::reg(iter)});
  jumpTo(endBB);
  lowerFinallyDispatch(
      fin, [&] { emit(Opcode::IteratorClose, {Operand::reg(iter)}); }, endBB);
  setBlock(endBB);
}

void KIRGen::lowerForIn(ForInStatementNode *stmt, llvm::ArrayRef<Atom> labels) {
  Reg saved = enterScope(stmt->scope);
  Reg object = lowerExpr(stmt->right);
  exitScope(stmt->scope, saved);
  builder_.setLoc(stmt->getStartLoc());
  Reg keys = emit(Opcode::ForInKeys, {Operand::reg(object)});
  BasicBlock *nextBB = newBlock(), *bodyBB = newBlock(), *endBB = newBlock();
  jumpTo(nextBB);
  setBlock(nextBB);
  Reg key = emit(Opcode::ForInNext, {Operand::reg(keys)});
  Reg undef = emit(Opcode::LoadUndefined);
  branch(emit(Opcode::StrictEq, {Operand::reg(key), Operand::reg(undef)}),
         endBB, bodyBB);
  setBlock(bodyBB);
  Reg savedIteration = enterScope(stmt->scope);
  lowerLoopHead(stmt->left, key);
  lowerLoopBody(stmt->body, labels, endBB, nextBB);
  exitScope(stmt->scope, savedIteration);
  jumpTo(nextBB);
  setBlock(endBB);
}

void KIRGen::lowerFor(ForStatementNode *stmt, llvm::ArrayRef<Atom> labels) {
  bool perIteration = false;
  if (stmt->scope)
    for (Binding *b : stmt->scope->getBindings())
      perIteration |= b->isCaptured;
  Reg saved = enterScope(stmt->scope);
  if (stmt->init) {
    if (auto *decl = llvm::dyn_cast<VariableDeclarationNode>(stmt->init))
      lowerVariableDeclaration(decl);
    else
      lowerExpr(stmt->init);
  }
  // The environment of the running iteration, when each has its own.
  uint32_t envLocal = 0;
  auto copyEnv = [&] {
    builder_.setLoc(stmt->getStartLoc());
    state_->env = emit(Opcode::CopyEnv, {Operand::reg(state_->env)});
    storeLocal(envLocal, state_->env);
  };
  if (perIteration) {
    envLocal = state_->fn->newLocal();
    copyEnv();
  }
  BasicBlock *testBB = newBlock();
  BasicBlock *bodyBB = newBlock();
  BasicBlock *updateBB = newBlock();
  BasicBlock *endBB = newBlock();
  jumpTo(testBB);
  setBlock(testBB);
  if (perIteration)
    state_->env = loadLocal(envLocal);
  if (stmt->test)
    branch(lowerExpr(stmt->test), bodyBB, endBB);
  else
    jumpTo(bodyBB);
  setBlock(bodyBB);
  lowerLoopBody(stmt->body, labels, endBB, updateBB);
  jumpTo(updateBB);
  setBlock(updateBB);
  if (perIteration)
    copyEnv();
  if (stmt->update)
    lowerExpr(stmt->update);
  jumpTo(testBB);
  setBlock(endBB);
  exitScope(stmt->scope, saved);
}
