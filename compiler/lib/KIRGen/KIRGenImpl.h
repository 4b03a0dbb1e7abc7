//===- KIRGenImpl.h - The AST -> KIR lowering, shared by its files -*- C++ -*-//
//
// The KIRGen class is split by concern: KIRGen-func.cpp lowers programs,
// functions, scopes and variable access, KIRGen-stmt.cpp statements and
// loops, KIRGen-loops.cpp for-of, for-in and per-iteration scopes,
// KIRGen-control.cpp try/catch/finally, switch and jumps, KIRGen-pattern.cpp
// destructuring, KIRGen-class.cpp classes, KIRGen-expr.cpp expressions and
// KIRGen-members.cpp places, member access and optional chains,
// KIRGen-module.cpp a module's exports and its namespace object.
//
// Storage of variables, decided per Binding from Sema's results:
//  - a binding that is not captured is a *local* of its function
//    (load_local / store_local);
//  - a captured binding is a slot of the environment record of its scope:
//    every scope with at least one captured binding creates one environment
//    (create_env) when entered, whose parent is the environment current at
//    that point. A reference walks `depth` parents up from the current
//    environment, where depth counts the environment-creating scopes between
//    the reference and the binding, across function boundaries (a closure
//    keeps the environment current where it was created).
//  - a name Sema did not resolve is a global (load_global / store_global).
//
//===----------------------------------------------------------------------===//
#ifndef KILN_LIB_KIRGEN_KIRGENIMPL_H
#define KILN_LIB_KIRGEN_KIRGENIMPL_H

#include "kiln/AST/AST.h"
#include "kiln/KIR/KIR.h"
#include "kiln/KIRGen/ModuleGraph.h"
#include "kiln/Sema/Scope.h"
#include "kiln/Support/Atom.h"
#include "kiln/Support/Diagnostics.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace kiln {

using kir::BasicBlock;
using kir::NoReg;
using kir::Opcode;
using kir::Operand;
using kir::Reg;

/// Where a binding lives.
struct VarLocation {
  enum class Kind : uint8_t { Local, Env } kind = Kind::Local;
  /// The local's number, or the slot in the environment of `envScope`.
  uint32_t index = 0;
  Scope *envScope = nullptr;
};

/// A break / continue destination.
struct JumpTarget {
  llvm::SmallVector<Atom, 1> labels;
  BasicBlock *breakBlock = nullptr;
  /// Null for targets that only `break label` reaches (labelled blocks).
  BasicBlock *continueBlock = nullptr;
  /// An unlabelled `break` stops here (loops and switches).
  bool takesUnlabeledBreak = false;
  /// How many `finally` blocks were open where the target was pushed; a
  /// jump from deeper runs the ones opened since (FinallyContext).
  size_t finallyDepth = 0;
};

/// An open `finally` block. Control leaving its `try` or `catch` block
/// stores a completion record in two locals (kind, value) and jumps to
/// `entry`; after the finally body a dispatch on the kind resumes the
/// completion: 0 falls through, 1 returns the value, 2 rethrows it, and
/// each id from 3 on is one break/continue (an Exit) that left through it.
struct FinallyContext {
  enum : uint32_t { Normal = 0, Return = 1, Throw = 2, FirstExit = 3 };
  struct Exit {
    bool isBreak;
    /// Index of the JumpTarget in FunctionState::jumps.
    size_t target;
  };
  uint32_t kindLocal = 0;
  uint32_t valueLocal = 0;
  BasicBlock *entry = nullptr;
  bool hasReturn = false;
  /// False when throws do not enter the context (a for-of loop closes its
  /// iterator on a throw in a handler of its own).
  bool hasThrow = true;
  /// Exit i has completion id FirstExit + i.
  llvm::SmallVector<Exit, 2> exits;
};

/// Per-function lowering state.
struct FunctionState {
  kir::Function *fn = nullptr;
  /// The function-level scope of the function being lowered.
  Scope *scope = nullptr;
  /// A derived constructor: `this` is a TDZ slot at `thisLoc` that super()
  /// binds.
  bool isDerivedCtor = false;
  VarLocation thisLoc;
  /// A class constructor whose instances have fields or private methods:
  /// it runs init_fields once `this` is bound.
  bool initFields = false;
  /// The register holding the current environment; NoReg while it is still
  /// the closure's environment and that has not been loaded yet.
  Reg env = NoReg;
  /// The loaded closure environment, or NoReg.
  Reg closureEnv = NoReg;
  llvm::SmallVector<JumpTarget, 4> jumps;
  /// Open `finally` blocks, innermost last.
  llvm::SmallVector<FinallyContext *, 2> finallies;
  /// The unwind target of blocks filled from now on (null: exceptions leave
  /// the function).
  BasicBlock *handler = nullptr;
  /// A derived constructor's returns store their value in local
  /// derivedResult and jump here, where derived_ctor_result runs outside
  /// every try block (its errors are the caller's); null until needed.
  BasicBlock *derivedExit = nullptr;
  uint32_t derivedResult = 0;
};

/// An assignable place: a variable or a property, evaluated once.
struct Place {
  IdentifierNode *id = nullptr;
  /// `super[key]`: the home object (object is then the receiver `this`).
  Reg home = NoReg;
  /// `object.#name`: the Private Name.
  Reg privateName = NoReg;
  Reg object = NoReg;
  Reg key = NoReg;
  Atom name;
};

class ModuleLinker;
struct ExportResolution;

class KIRGen {
public:
  KIRGen(AtomTable &atoms, DiagnosticEngine &diags)
      : atoms_(atoms), diags_(diags) {}

  std::unique_ptr<kir::Module> run(ProgramNode *program);
  /// Lowers a linked graph of several modules (KIRGen-graph.cpp).
  std::unique_ptr<kir::Module> runGraph(ModuleGraph &graph,
                                        ModuleLinker &linker);

  //===--- KIRGen-func.cpp ------------------------------------------------===//

  kir::Function *lowerFunction(FunctionLikeNode *node);
  /// The KIR function kind of \p node (arrow, method, class constructor).
  static kir::FunctionKind functionKindOf(FunctionLikeNode *node);
  /// The identifier a simple, defaulted or rest parameter binds.
  static IdentifierNode *paramIdentifier(Node *param);
  /// Binds parameter \p index: its argument, its default for an undefined
  /// argument, or the array of the rest.
  void lowerParameter(Node *param, uint32_t index);
  /// Creates storage for the bindings of \p scope (an environment when some
  /// are captured) and gives them their entry values. Returns the
  /// environment register to restore on exit (see exitScope).
  Reg enterScope(Scope *scope);
  void exitScope(Scope *scope, Reg savedEnv);
  /// Creates and stores the closures of the function declarations in
  /// \p body (hoisting).
  void hoistFunctions(llvm::ArrayRef<Node *> body);
  Reg currentEnv();
  /// `this` (\p newTarget false) or new.target as the running code sees
  /// it: an arrow reads its enclosing function's from that function's
  /// environment, where the function stored them on entry.
  Reg emitLoadLexical(Node *node, bool newTarget);
  Reg emitLoadVar(IdentifierNode *id);
  /// Stores \p value to the variable \p id names. \p isInit marks a
  /// declaration's own initialization (no TDZ check, consts allowed).
  void emitStoreVar(IdentifierNode *id, Reg value, bool isInit);
  void storeBinding(Binding *binding, Reg value, SourceRange range);
  /// Loads \p binding without a TDZ check.
  Reg loadBinding(Binding *binding, SourceRange range);
  Reg loadLocation(const VarLocation &loc, SourceRange range);
  void storeLocation(const VarLocation &loc, Reg value, SourceRange range);

  //===--- KIRGen-module.cpp ----------------------------------------------===//

  /// Hoists `export default function ...` (named or anonymous).
  void hoistDefaultFunction(ExportDefaultDeclarationNode *decl);
  /// `export default <class or expression>` at its place in the body.
  void lowerExportDefault(ExportDefaultDeclarationNode *decl);
  /// The module's namespace object (null prototype, one data property per
  /// exported name, in code-unit order), read after the body ran.
  Reg buildNamespace(ProgramNode *program);

  //===--- KIRGen-graph.cpp -----------------------------------------------===//

  /// Where the value an export resolves to lives (a slot of the graph's
  /// environment); false if it has none.
  bool resolutionLocation(const ExportResolution &r, VarLocation &loc);
  /// A getter `get <name>` reading \p loc (with a TDZ check when
  /// \p checkTDZ), for a module namespace object's property.
  kir::Function *lowerExportGetter(const VarLocation &loc, Atom name,
                                   bool checkTDZ);
  /// Creates the namespace objects the graph's imports need, before any
  /// module body runs.
  void buildLiveNamespaces(ModuleLinker &linker);

  //===--- KIRGen-stmt.cpp ------------------------------------------------===//

  void lowerStatement(Node *stmt);
  void lowerStatements(llvm::ArrayRef<Node *> body);
  void lowerBlock(BlockStatementNode *block);
  void lowerVariableDeclaration(VariableDeclarationNode *decl);
  void lowerIf(IfStatementNode *stmt);
  void lowerWhile(WhileStatementNode *stmt, llvm::ArrayRef<Atom> labels);
  void lowerDoWhile(DoWhileStatementNode *stmt, llvm::ArrayRef<Atom> labels);
  void lowerFor(ForStatementNode *stmt, llvm::ArrayRef<Atom> labels);
  void lowerLabeled(LabeledStatementNode *stmt);

  //===--- KIRGen-control.cpp ---------------------------------------------===//

  void lowerBreakContinue(Node *stmt, IdentifierNode *label, bool isBreak);
  /// Jumps to jump target \p index, through the `finally` blocks opened
  /// since it was pushed.
  void emitJumpToTarget(size_t index, bool isBreak);
  /// Returns \p value, through every open `finally` block.
  void emitReturn(Reg value);
  void pushJumpTarget(JumpTarget target);
  void lowerTry(TryStatementNode *stmt);
  void lowerCatchClause(CatchClauseNode *clause, Reg exception);
  /// Runs the finally body of \p fin and resumes its completion record.
  void lowerFinallyDispatch(FinallyContext &fin, BlockStatementNode *body,
                            BasicBlock *endBB);
  /// As above, with \p body emitting the finally code itself.
  void lowerFinallyDispatch(FinallyContext &fin,
                            llvm::function_ref<void()> body, BasicBlock *endBB);
  void lowerSwitch(SwitchStatementNode *stmt, llvm::ArrayRef<Atom> labels);
  /// Lowers a loop body with a jump target of \p brk / \p cont.
  void lowerLoopBody(Node *body, llvm::ArrayRef<Atom> labels, BasicBlock *brk,
                     BasicBlock *cont);

  //===--- KIRGen-pattern.cpp ---------------------------------------------===//

  /// Binds (\p isInit: a declaration, parameter or catch parameter) or
  /// assigns \p value to \p target: an identifier, a member expression (in
  /// assignments), an object or array pattern, or an AssignmentPattern
  /// (a default for an undefined value).
  void lowerTarget(Node *target, Reg value, bool isInit);
  void lowerObjectPattern(ObjectPatternNode *pattern, Reg value, bool isInit);
  void lowerArrayPattern(ArrayPatternNode *pattern, Reg value, bool isInit);
  /// \p value, or the value of \p init when it is undefined (named after
  /// \p target when that is an identifier).
  Reg applyDefault(Reg value, Node *init, Node *target = nullptr);
  /// Starts a region whose throws go to \p closeBB (a new block), where
  /// endIteratorRegion closes the iterator (IteratorClose with a throw
  /// completion) unless its done local is true; returns the handler to
  /// restore then.
  BasicBlock *beginIteratorRegion(BasicBlock *&closeBB);
  void endIteratorRegion(Reg iter, uint32_t doneLocal, BasicBlock *closeBB,
                         BasicBlock *outerHandler);
  void lowerForOf(ForOfStatementNode *stmt, llvm::ArrayRef<Atom> labels);
  void lowerForIn(ForInStatementNode *stmt, llvm::ArrayRef<Atom> labels);
  /// Binds or assigns the value of one iteration to a for-in/of head.
  void lowerLoopHead(Node *left, Reg value);

  //===--- KIRGen-class.cpp -----------------------------------------------===//

  /// Evaluates a class; returns its constructor.
  Reg lowerClass(ClassLikeNode *cls);
  /// The constructor the class has no `constructor` method for.
  kir::Function *lowerDefaultConstructor(ClassLikeNode *cls,
                                         llvm::StringRef name, bool initFields);
  /// The method defining the instance fields and private methods.
  kir::Function *lowerFieldInitializer(ClassLikeNode *cls);
  /// A field initializer or static block run once with `this` = the class.
  kir::Function *lowerStaticElement(Node *element);
  /// Names the function of a method after its non-computed \p key, with
  /// \p prefix ("get ", "set "); computed keys name it at run time.
  void nameMethod(kir::Function *fn, Node *key, bool isComputed,
                  llvm::StringRef prefix);
  /// The name a field's anonymous function value takes (none for computed
  /// keys).
  Atom fieldName(PropertyDefinitionNode *field);
  /// `super(...)` in a derived constructor.
  Reg lowerSuperCall(CallExpressionNode *expr);
  /// Starts lowering the body of the new function \p fn into \p state
  /// (see lowerFunction); endFunction returns to the outer one.
  struct OuterFunction {
    FunctionState *state;
    BasicBlock *block;
    size_t chain;
  };
  OuterFunction beginFunction(FunctionState &state, kir::Function *fn,
                              Scope *scope, SourceLoc loc);
  void endFunction(const OuterFunction &outer);

  //===--- KIRGen-expr.cpp ------------------------------------------------===//

  Reg lowerExpr(Node *expr);
  /// NamedEvaluation: \p expr, where an anonymous function, arrow or class
  /// takes \p name as its `name`.
  Reg lowerNamed(Node *expr, Atom name);
  /// NamedEvaluation with a computed property key (the register \p key).
  Reg lowerNamedByKey(Node *expr, Reg key);
  /// The name lowerNamed gave the function or class being lowered (empty
  /// if none); clears it.
  std::string takeInferredName();
  Reg lowerBinary(BinaryExpressionNode *expr);
  Reg lowerUnary(UnaryExpressionNode *expr);
  /// `delete` of a property (a `?.` link included).
  Reg lowerDelete(MemberExpressionNode *member);
  Reg lowerUpdate(UpdateExpressionNode *expr);
  Reg lowerLogical(Node *expr, LogicalOp op, Node *left, Node *right);
  Reg lowerConditional(ConditionalExpressionNode *expr);
  Reg lowerAssignment(AssignmentExpressionNode *expr);
  Reg lowerCall(CallExpressionNode *expr);
  Reg lowerNew(NewExpressionNode *expr);
  Reg lowerMember(MemberExpressionNode *expr);
  Reg lowerObject(ObjectExpressionNode *expr);
  /// A method, getter or setter of the object literal \p obj.
  void lowerObjectMethod(Reg obj, PropertyNode *prop);
  Reg lowerArray(ArrayExpressionNode *expr);
  Reg lowerTemplate(TemplateLiteralNode *expr);
  /// `tag`...``: calls the tag (with `this` for a member tag) with the
  /// site's template object and the substitution values.
  Reg lowerTaggedTemplate(TaggedTemplateExpressionNode *expr);
  /// An optional chain: its value, or undefined where a `?.` met undefined
  /// or null.
  Reg lowerChain(ChainExpressionNode *expr);
  /// At a `?.`: leaves the chain when \p value is undefined or null.
  void emitOptionalCheck(Node *link, Reg value);
  /// Lowers \p args (none a spread) into \p out.
  bool lowerArguments(NodeList<Node> args, llvm::SmallVectorImpl<Operand> &out);
  /// A new array of \p elements (holes and spreads included): the value
  /// of an array literal, or the arguments of a call with spread.
  Reg lowerElementList(NodeList<Node> elements);
  /// The property name of a non-computed key, or an invalid Atom after a
  /// diagnostic.
  Atom propertyKeyName(Node *key);

  //===--- Helpers --------------------------------------------------------===//

  Reg emit(Opcode op, std::initializer_list<Operand> operands = {}) {
    return builder_.emit(op, operands);
  }
  BasicBlock *newBlock() { return state_->fn->newBlock(); }
  /// Makes \p bb the insertion point; a block not filled yet unwinds to the
  /// current handler.
  void setBlock(BasicBlock *bb) {
    if (bb && bb->getInstructions().empty())
      bb->setUnwindTarget(state_->handler);
    builder_.setInsertBlock(bb);
  }
  /// Ends the current block with a jump to \p target unless it already
  /// ended (after return, break, ...).
  void jumpTo(BasicBlock *target);
  /// Emits a terminator and continues in a fresh block that nothing
  /// reaches, so code after `return` still has somewhere to go.
  void terminate(Opcode op, std::initializer_list<Operand> operands);
  void branch(Reg cond, BasicBlock *thenBB, BasicBlock *elseBB);
  /// Reports \p what as unsupported at \p node; returns an undefined value
  /// so lowering continues.
  Reg unsupported(Node *node, llvm::StringRef what);
  bool failed() const { return diags_.hasErrors(); }
  Reg loadLocal(uint32_t local) {
    return emit(Opcode::LoadLocal, {Operand::imm(local)});
  }
  void storeLocal(uint32_t local, Reg value) {
    emit(Opcode::StoreLocal, {Operand::imm(local), Operand::reg(value)});
  }

  AtomTable &atoms_;
  DiagnosticEngine &diags_;
  std::unique_ptr<kir::Module> module_;
  kir::Builder builder_;
  FunctionState *state_ = nullptr;
  llvm::DenseMap<Binding *, VarLocation> vars_;
  /// Environment slots holding the `this` / new.target of function-level
  /// scopes whose arrows use them.
  llvm::DenseMap<Scope *, VarLocation> thisSlots_, newTargetSlots_;
  /// Environment slots holding the callee of derived constructors whose
  /// arrows call super().
  llvm::DenseMap<Scope *, VarLocation> calleeSlots_;
  /// Slots of a class scope's environment holding the keys of computed
  /// instance fields (evaluated with the class, used by its initializer).
  llvm::DenseMap<Node *, VarLocation> fieldKeySlots_;
  /// Scopes with an environment, outermost first, at the current point of
  /// lowering (the back is the scope of FunctionState::env).
  llvm::SmallVector<Scope *, 8> envChain_;
  /// Where a `?.` of the innermost optional chain being lowered goes on
  /// undefined or null (null outside chains).
  BasicBlock *chainNullBB_ = nullptr;
  /// Set while lowering the constructor of a class with instance fields or
  /// private methods.
  bool ctorInitFields_ = false;
  /// The name NamedEvaluation gives the anonymous function or class that is
  /// lowered next (see lowerNamed).
  std::string inferredName_;
  /// The number of tagged-template sites of the module so far; a site's
  /// index names its cached template object.
  uint32_t templateSites_ = 0;
  /// In a module graph: the scope standing for the one environment that
  /// holds every module's exported and captured top-level bindings and
  /// the namespace objects (graph lowering only).
  Scope graphScope_;
  /// The graph-environment slot of each module's namespace object.
  llvm::DenseMap<ModuleRecord *, VarLocation> namespaceSlots_;
  /// Import bindings whose every read checks the TDZ (the exporter may not
  /// have initialized the binding yet).
  llvm::DenseSet<Binding *> importChecks_;
};

/// The exported names of \p program's own `export` declarations (not the
/// re-exports) and the module-scope bindings they name, in source order.
void collectLocalExports(
    ProgramNode *program, AtomTable &atoms,
    llvm::SmallVectorImpl<std::pair<Atom, Binding *>> &out);

/// IsAnonymousFunctionDefinition: a function, arrow or class expression
/// without a name of its own.
bool isAnonymousFunction(Node *expr);

/// Evaluates the object and key of \p target (an identifier or a member
/// expression) into \p place; false after a diagnostic.
bool evaluatePlace(KIRGen &gen, Node *target, Place &place);
Reg loadPlace(KIRGen &gen, const Place &place);
void storePlace(KIRGen &gen, const Place &place, Reg value);

} // namespace kiln

#endif
