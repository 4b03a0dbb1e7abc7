//===- KIRGen-stmt.cpp - Lowering of statements and control flow
//-----------===//
//
// Statements become blocks and jumps: `if` and loops are explicit CFG shapes
// (test blocks, bodies, continue and exit blocks), break and continue jump to
// the JumpTarget the enclosing loop or label pushed (KIRGen-control.cpp), and
// code after a terminator goes into a fresh block that removeUnreachableBlocks
// drops.
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"

using namespace kiln;

void KIRGen::lowerStatements(llvm::ArrayRef<Node *> body) {
  for (Node *stmt : body) {
    if (diags_.hasFatalErrorOccurred())
      return;
    lowerStatement(stmt);
  }
}

void KIRGen::lowerBlock(BlockStatementNode *block) {
  Reg saved = enterScope(block->scope);
  hoistFunctions(block->body.asArrayRef());
  lowerStatements(block->body.asArrayRef());
  exitScope(block->scope, saved);
}

void KIRGen::lowerStatement(Node *stmt) {
  if (!stmt)
    return;
  builder_.setLoc(stmt->getStartLoc());
  switch (stmt->getKind()) {
  case NodeKind::EmptyStatement:
  case NodeKind::DebuggerStatement:
  case NodeKind::FunctionDeclaration: // Hoisted by the enclosing scope.
    return;
  case NodeKind::ExpressionStatement:
    lowerExpr(llvm::cast<ExpressionStatementNode>(stmt)->expression);
    return;
  case NodeKind::BlockStatement:
    return lowerBlock(llvm::cast<BlockStatementNode>(stmt));
  case NodeKind::VariableDeclaration:
    return lowerVariableDeclaration(llvm::cast<VariableDeclarationNode>(stmt));
  case NodeKind::IfStatement:
    return lowerIf(llvm::cast<IfStatementNode>(stmt));
  case NodeKind::WhileStatement:
    return lowerWhile(llvm::cast<WhileStatementNode>(stmt), {});
  case NodeKind::DoWhileStatement:
    return lowerDoWhile(llvm::cast<DoWhileStatementNode>(stmt), {});
  case NodeKind::ForStatement:
    return lowerFor(llvm::cast<ForStatementNode>(stmt), {});
  case NodeKind::LabeledStatement:
    return lowerLabeled(llvm::cast<LabeledStatementNode>(stmt));
  case NodeKind::BreakStatement:
    return lowerBreakContinue(stmt, llvm::cast<BreakStatementNode>(stmt)->label,
                              /*isBreak=*/true);
  case NodeKind::ContinueStatement:
    return lowerBreakContinue(stmt,
                              llvm::cast<ContinueStatementNode>(stmt)->label,
                              /*isBreak=*/false);
  case NodeKind::ReturnStatement: {
    Node *arg = llvm::cast<ReturnStatementNode>(stmt)->argument;
    emitReturn(arg ? lowerExpr(arg) : emit(Opcode::LoadUndefined));
    return;
  }
  case NodeKind::ThrowStatement: {
    Reg value = lowerExpr(llvm::cast<ThrowStatementNode>(stmt)->argument);
    terminate(Opcode::Throw, {Operand::reg(value)});
    return;
  }
  case NodeKind::TryStatement:
    return lowerTry(llvm::cast<TryStatementNode>(stmt));
  case NodeKind::SwitchStatement:
    return lowerSwitch(llvm::cast<SwitchStatementNode>(stmt), {});
  case NodeKind::ForInStatement:
    return lowerForIn(llvm::cast<ForInStatementNode>(stmt), {});
  case NodeKind::ForOfStatement:
    return lowerForOf(llvm::cast<ForOfStatementNode>(stmt), {});
  case NodeKind::ClassDeclaration: {
    auto *cls = llvm::cast<ClassDeclarationNode>(stmt);
    Reg ctor = lowerClass(cls);
    if (cls->id)
      emitStoreVar(cls->id, ctor, /*isInit=*/true);
    return;
  }
  case NodeKind::ExportNamedDeclaration:
    return lowerStatement(
        llvm::cast<ExportNamedDeclarationNode>(stmt)->declaration);
  case NodeKind::ExportDefaultDeclaration:
    return lowerExportDefault(llvm::cast<ExportDefaultDeclarationNode>(stmt));
  case NodeKind::ImportDeclaration:
  case NodeKind::ExportAllDeclaration:
    return; // Reported by checkModuleItems.
  default:
    unsupported(stmt, "this statement");
    return;
  }
}

void KIRGen::lowerVariableDeclaration(VariableDeclarationNode *decl) {
  for (VariableDeclaratorNode *d : decl->declarations) {
    auto *id = llvm::dyn_cast<IdentifierNode>(d->id);
    if (!id) {
      // A pattern always has an initializer outside for-in/of heads.
      Reg value = d->init ? lowerExpr(d->init) : emit(Opcode::LoadUndefined);
      lowerTarget(d->id, value, /*isInit=*/true);
      continue;
    }
    // `var x;` leaves x alone; `let x;` initializes it to undefined.
    if (!d->init && decl->kind == VarKind::Var)
      continue;
    Reg value =
        d->init ? lowerNamed(d->init, id->name) : emit(Opcode::LoadUndefined);
    // A var's initializer is an ordinary assignment (it may run after an
    // earlier one); let/const initialize their binding.
    emitStoreVar(id, value, /*isInit=*/true);
  }
}

void KIRGen::lowerIf(IfStatementNode *stmt) {
  Reg cond = lowerExpr(stmt->test);
  BasicBlock *thenBB = newBlock();
  BasicBlock *elseBB = stmt->alternate ? newBlock() : nullptr;
  BasicBlock *endBB = newBlock();
  branch(cond, thenBB, elseBB ? elseBB : endBB);
  setBlock(thenBB);
  lowerStatement(stmt->consequent);
  jumpTo(endBB);
  if (elseBB) {
    setBlock(elseBB);
    lowerStatement(stmt->alternate);
    jumpTo(endBB);
  }
  setBlock(endBB);
}

void KIRGen::lowerLoopBody(Node *body, llvm::ArrayRef<Atom> labels,
                           BasicBlock *brk, BasicBlock *cont) {
  JumpTarget target;
  target.labels.assign(labels.begin(), labels.end());
  target.breakBlock = brk;
  target.continueBlock = cont;
  target.takesUnlabeledBreak = true;
  pushJumpTarget(target);
  lowerStatement(body);
  state_->jumps.pop_back();
}

void KIRGen::lowerWhile(WhileStatementNode *stmt, llvm::ArrayRef<Atom> labels) {
  BasicBlock *testBB = newBlock();
  BasicBlock *bodyBB = newBlock();
  BasicBlock *endBB = newBlock();
  jumpTo(testBB);
  setBlock(testBB);
  branch(lowerExpr(stmt->test), bodyBB, endBB);
  setBlock(bodyBB);
  lowerLoopBody(stmt->body, labels, endBB, testBB);
  jumpTo(testBB);
  setBlock(endBB);
}

void KIRGen::lowerDoWhile(DoWhileStatementNode *stmt,
                          llvm::ArrayRef<Atom> labels) {
  BasicBlock *bodyBB = newBlock();
  BasicBlock *testBB = newBlock();
  BasicBlock *endBB = newBlock();
  jumpTo(bodyBB);
  setBlock(bodyBB);
  lowerLoopBody(stmt->body, labels, endBB, testBB);
  jumpTo(testBB);
  setBlock(testBB);
  branch(lowerExpr(stmt->test), bodyBB, endBB);
  setBlock(endBB);
}

void KIRGen::lowerLabeled(LabeledStatementNode *stmt) {
  llvm::SmallVector<Atom, 2> labels{stmt->label->name};
  Node *body = stmt->body;
  while (auto *inner = llvm::dyn_cast<LabeledStatementNode>(body)) {
    labels.push_back(inner->label->name);
    body = inner->body;
  }
  switch (body->getKind()) {
  case NodeKind::WhileStatement:
    return lowerWhile(llvm::cast<WhileStatementNode>(body), labels);
  case NodeKind::DoWhileStatement:
    return lowerDoWhile(llvm::cast<DoWhileStatementNode>(body), labels);
  case NodeKind::ForStatement:
    return lowerFor(llvm::cast<ForStatementNode>(body), labels);
  case NodeKind::ForInStatement:
    return lowerForIn(llvm::cast<ForInStatementNode>(body), labels);
  case NodeKind::ForOfStatement:
    return lowerForOf(llvm::cast<ForOfStatementNode>(body), labels);
  case NodeKind::SwitchStatement:
    return lowerSwitch(llvm::cast<SwitchStatementNode>(body), labels);
  default:
    break;
  }
  BasicBlock *endBB = newBlock();
  JumpTarget target;
  target.labels.assign(labels.begin(), labels.end());
  target.breakBlock = endBB;
  pushJumpTarget(target);
  lowerStatement(body);
  state_->jumps.pop_back();
  jumpTo(endBB);
  setBlock(endBB);
}
