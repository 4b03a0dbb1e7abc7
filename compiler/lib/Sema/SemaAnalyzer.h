//===- SemaAnalyzer.h - Sema's one walk over the AST -------------*- C++
//-*-===//
//
// The implementation behind kiln::Sema, private to lib/Sema. One recursive
// walk visits the AST in source order. On entering a scope it first declares
// everything the scope declares (var names hoisted from nested statements,
// the lexical declarations of its statement list, parameters, imports), so
// that references anywhere inside resolve in O(1) through `visible_`, a map
// from a name to its innermost visible Binding whose hidden predecessors are
// chained through Binding::shadowed_ (LLVM's ScopedHashTable idea). Leaving
// the scope unchains its bindings. A stack of FunctionContexts tracks what
// each function may contain (`super`, `new.target`, labels, break/continue)
// and decides captures and TDZ hazards. The files are split by concern:
//   Sema.cpp         scopes, bindings, resolution, function contexts
//   Sema-decl.cpp    declaration scanning: hoisting, bound names, conflicts
//   Sema-stmt.cpp    statements, labels, break/continue
//   Sema-expr.cpp    expressions, functions, this/super/new.target/arguments
//   Sema-class.cpp   classes and private names
//   Sema-module.cpp  imports and exports
//
//===----------------------------------------------------------------------===//
#ifndef KILN_LIB_SEMA_SEMAANALYZER_H
#define KILN_LIB_SEMA_SEMAANALYZER_H

#include "kiln/AST/AST.h"
#include "kiln/Sema/Scope.h"
#include "kiln/Support/Diagnostics.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

namespace kiln {

class SemaAnalyzer {
public:
  SemaAnalyzer(ASTContext &ctx, AtomTable &atoms, DiagnosticEngine &diags)
      : ctx_(ctx), atoms_(atoms), diags_(diags) {}

  void run(ProgramNode *program);

private:
  //===--- Open scopes (Sema.cpp) -----------------------------------------===//

  /// A scope being filled; lives on the C++ stack of the walk that opened it.
  struct ScopeBuilder {
    Scope *scope = nullptr;
    llvm::SmallVector<Binding *, 8> bindings;
    ScopeBuilder *outer = nullptr;
    /// The last scope opened directly inside this one.
    Scope *lastChild = nullptr;
  };

  /// How a declaration takes part in redeclaration rules.
  enum class DeclMode : uint8_t {
    /// var, and functions at the top level of scripts and function bodies:
    /// may repeat, and may share a name with parameters.
    VarLike,
    /// let, const, class, import, functions in blocks and modules.
    Lexical,
    Param,
  };

  /// Opens a scope of \p kind for \p node as a child of the current scope.
  Scope *openScope(ScopeBuilder &builder, ScopeKind kind, Node *node);
  /// Finishes the innermost scope: copies its bindings into the arena and
  /// makes the names it hid visible again.
  void closeScope(ScopeBuilder &builder);
  Scope *currentScope() const { return builder_ ? builder_->scope : nullptr; }

  /// Declares \p name in the current scope, or reports a redeclaration.
  /// Returns the binding the declaration refers to (an existing one when
  /// var-like declarations repeat), or null after an error.
  Binding *declare(Atom name, BindingKind kind, DeclMode mode, Node *decl,
                   SourceLoc initEnd = SourceLoc());
  Binding *newBinding(Atom name, BindingKind kind, Node *decl);
  /// Makes \p b visible under its name (it hides any outer binding).
  void makeVisible(Binding *b);
  Binding *lookup(Atom name) const { return visible_.lookup(name); }
  /// Reports "redeclaration of" at the later of the two declarations, with a
  /// note at the earlier.
  void reportRedeclaration(Atom name, Node *first, Node *second);
  static bool isLexicalDecl(const Binding *b) { return b->declaredLexically_; }

  //===--- Function contexts (Sema.cpp) -----------------------------------===//

  enum class ContextKind : uint8_t {
    Program,
    Function,
    Arrow,
    FieldInit,
    StaticBlock
  };
  enum class FunctionRole : uint8_t {
    Plain,
    Method,
    Constructor,
    DerivedConstructor
  };

  struct LabelInfo {
    IdentifierNode *label;
    /// The labelled statement is (through further labels) a loop.
    bool isLoop;
    LabelInfo *hidden;
  };

  /// Everything tracked per function (and per program, field initializer
  /// and static block), from innermost outward through `parent`.
  struct FunctionContext {
    ContextKind kind = ContextKind::Program;
    FunctionRole role = FunctionRole::Plain;
    FunctionContext *parent = nullptr;
    /// This context when it is not an arrow, else the parent's nonArrow.
    FunctionContext *nonArrow = nullptr;
    /// The function-level scope (global, module, function, arrow, ...).
    Scope *scope = nullptr;
    ScopeBuilder *builder = nullptr;
    /// Index in funcStack_.
    unsigned depth = 0;
    /// Where the enclosing function creates this closure: the start of the
    /// expression, or for a hoisted declaration the start of the statement
    /// list that hoists it.
    SourceLoc creationLoc;
    /// For class element functions: the class's scope, whose inner name is
    /// initialized before any of them can run.
    Scope *ownerClass = nullptr;
    llvm::DenseMap<Atom, LabelInfo *> labels;
    unsigned loopDepth = 0;
    unsigned breakableDepth = 0;
    llvm::DenseSet<Atom> freeSeen;
    llvm::SmallVector<FreeReference, 4> free;
  };

  void pushFunction(FunctionContext &fc, ContextKind kind, Scope *scope,
                    ScopeBuilder &builder, SourceLoc creationLoc);
  void popFunction(FunctionContext &fc);
  FunctionContext *currentFunction() const { return func_; }

  //===--- Resolution (Sema.cpp) ------------------------------------------===//

  /// Resolves the reference \p id (a write when \p isWrite).
  void resolveReference(IdentifierNode *id, bool isWrite);
  void resolveArguments(IdentifierNode *id);
  /// Whether a reference at \p loc in the current function may read \p b
  /// before it is initialized.
  bool mayHitTDZ(const Binding *b, SourceLoc loc) const;
  void noteFree(Atom name, Binding *b);

  //===--- Declarations (Sema-decl.cpp) -----------------------------------===//

  /// Appends the identifiers a binding pattern declares. Sets
  /// \p hasExpressions when the pattern contains defaults or computed keys.
  void collectBoundNames(Node *pattern,
                         llvm::SmallVectorImpl<IdentifierNode *> &names,
                         bool *hasExpressions = nullptr);
  /// Declares in the current (var) scope the var names of \p stmts and of
  /// the statements nested in them, not entering functions or classes.
  void hoistVarNames(llvm::ArrayRef<Node *> stmts);
  void hoistVarNamesIn(Node *stmt);
  /// Whether \p stmts declare anything lexically (let/const/class/function,
  /// or in modules also imports and default exports).
  bool hasLexicalDeclarations(llvm::ArrayRef<Node *> stmts,
                              bool functionsAreVarLike) const;
  /// Declares the lexical declarations of a statement list in the current
  /// scope. Top-level functions of scripts and function bodies are
  /// var-like (\p functionsAreVarLike). Names that also appear in
  /// \p conflictScope (parameters, a catch parameter) are errors.
  void declareLexicalNames(llvm::ArrayRef<Node *> stmts,
                           bool functionsAreVarLike, Scope *conflictScope);
  void declareLexicalStatement(Node *stmt, bool functionsAreVarLike,
                               Scope *conflictScope);
  void declareVariableDeclaration(VariableDeclarationNode *decl,
                                  Scope *conflictScope, SourceLoc initEnd);
  Binding *declareChecked(IdentifierNode *id, BindingKind kind, DeclMode mode,
                          Scope *conflictScope, SourceLoc initEnd);
  /// A var declaration's name at its position: checks that no lexical
  /// declaration between here and the var scope has the same name.
  void checkVarName(IdentifierNode *id, bool inForOfHead);
  /// Walks the expressions inside a declaration pattern in evaluation order
  /// and sets the bindings of its identifiers (for var patterns, by lookup).
  /// A parameter or catch parameter still pending initialization becomes
  /// initialized where the walk binds it.
  void visitBindingPattern(Node *pattern, bool isVar, bool inForOfHead);

  //===--- Statements (Sema-stmt.cpp) -------------------------------------===//

  void visitStatement(Node *stmt);
  void visitStatements(llvm::ArrayRef<Node *> stmts);
  void visitBlock(BlockStatementNode *block, Scope *conflictScope = nullptr);
  void visitVariableDeclaration(VariableDeclarationNode *decl,
                                bool isForInOfHead = false,
                                bool inForOfHead = false);
  /// Records that a var declaration writes the names of \p pattern.
  void markVarInitialized(Node *pattern, bool repeatedly);
  void visitLabeled(LabeledStatementNode *stmt);
  void visitBreak(BreakStatementNode *stmt);
  void visitContinue(ContinueStatementNode *stmt);
  void visitLoopBody(Node *body);
  void visitFor(ForStatementNode *stmt);
  void visitForInOf(Node *stmt, Node *left, Node *right, Node *body,
                    Scope *&scopeSlot, bool isForOf);
  void visitSwitch(SwitchStatementNode *stmt);
  void visitTry(TryStatementNode *stmt);

  //===--- Expressions and functions (Sema-expr.cpp) ----------------------===//

  void visitExpression(Node *expr);
  /// Visits an assignment target (identifiers in it are writes).
  void visitAssignmentTarget(Node *target);
  void visitPropertyKey(Node *key, bool isComputed);
  void visitFunction(FunctionLikeNode *fn, FunctionRole role,
                     Scope *ownerClass = nullptr);
  /// The body's declarations and statements; in a FunctionBody scope of
  /// its own when the parameters contain expressions.
  void visitFunctionBody(FunctionLikeNode *fn, Scope *paramScope,
                         bool hasParamExpressions);
  void checkUseStrictWithNonSimpleParams(FunctionLikeNode *fn);
  void visitThis();
  void visitSuper(SuperNode *node, bool isCall);
  void visitMetaProperty(MetaPropertyNode *node);

  //===--- Classes (Sema-class.cpp) ---------------------------------------===//

  void visitClass(ClassLikeNode *cls);
  void declarePrivateNames(ClassBodyNode *body);
  void visitClassElement(Node *element, ClassLikeNode *cls, Scope *classScope);
  void visitFieldInitializer(PropertyDefinitionNode *field, Scope *classScope);
  void visitStaticBlock(StaticBlockNode *block, Scope *classScope);
  void resolvePrivateName(PrivateNameNode *name);

  //===--- Modules (Sema-module.cpp) --------------------------------------===//

  void declareImport(ImportDeclarationNode *decl);
  void visitExportNamed(ExportNamedDeclarationNode *decl);
  void visitExportDefault(ExportDefaultDeclarationNode *decl);
  void visitExportAll(ExportAllDeclarationNode *decl);
  /// Records an exported name; reports a duplicate.
  void addExportedName(Atom name, SourceRange range);
  void markExported(Node *declaration);

  //===--- State ----------------------------------------------------------===//

  bool stopped() const { return diags_.hasFatalErrorOccurred(); }
  /// Reports an error that a construct the parser dropped while recovering
  /// could have caused (a missing declaration, label or loop); such errors
  /// are only reported when parsing succeeded, to avoid cascades.
  void reportUnlessRecovered(SourceRange range, DiagID id,
                             std::initializer_list<llvm::StringRef> args = {}) {
    if (!hadParseErrors_)
      diags_.report(range, id, args);
  }

  ASTContext &ctx_;
  AtomTable &atoms_;
  DiagnosticEngine &diags_;
  ProgramNode *program_ = nullptr;
  /// Errors were reported before Sema started.
  bool hadParseErrors_ = false;

  ScopeBuilder *builder_ = nullptr;
  FunctionContext *func_ = nullptr;
  /// Function contexts from the program (index 0) inward.
  llvm::SmallVector<FunctionContext *, 16> funcStack_;
  /// Innermost visible binding of each name.
  llvm::DenseMap<Atom, Binding *> visible_;
  /// Innermost visible private name of each `#name` (without the '#').
  llvm::DenseMap<Atom, Binding *> visiblePrivate_;
  /// Start of the statement list that hoists the function declarations
  /// being visited (their closures are created there).
  SourceLoc hoistPoint_;
  /// Exported names of a module.
  llvm::DenseMap<Atom, SourceRange> exportedNames_;
};

} // namespace kiln

#endif
