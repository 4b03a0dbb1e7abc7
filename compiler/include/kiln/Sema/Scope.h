//===- Scope.h - Scopes and bindings that Sema attaches to the AST -*- C++ -*-//
//
// Sema's result: a tree of Scopes hanging off the AST's `scope` slots, each
// holding the Bindings declared in it, and a Binding for every Identifier
// that names a variable (`IdentifierNode::binding`; null means a global
// reference). Later stages read only these: which bindings live in a heap
// environment (Binding::isCaptured), which reads need a TDZ check
// (IdentifierNode::mayHitTDZ, summarized by Binding::needsTDZ), and what each
// function uses (`this`, `arguments`, `super`, `new.target`). Scopes and
// Bindings live in the ASTContext arena and are never destroyed, so they hold
// only trivially destructible data.
//
// Where scopes hang:
//  - ProgramNode::scope is the global (script) or module scope.
//  - FunctionLikeNode::scope is the function or arrow scope: its parameters,
//    its `arguments` binding, and — unless the parameters contain expressions
//    — its var and top-level lexical declarations. When they do
//    (Scope::hasParameterExpressions), the body BlockStatement's scope is a
//    FunctionBody scope that holds the body's declarations.
//  - A named FunctionExpression's own name lives in a FunctionName scope, the
//    parent of its function scope.
//  - BlockStatement, SwitchStatement, CatchClause (the parameter), For*
//    statements (let/const heads): a scope only when something is declared
//    there; otherwise the slot stays null.
//  - ClassLikeNode::scope: always set; the inner name and private names.
//  - PropertyDefinition::scope (only for fields with an initializer) and
//    StaticBlock::scope: function-like scopes of their own.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SEMA_SCOPE_H
#define KILN_SEMA_SCOPE_H

#include "kiln/Support/Atom.h"
#include "kiln/Support/SourceManager.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace kiln {

class Node;
class Scope;

enum class ScopeKind : uint8_t {
#define SCOPE_KIND(Name, Spelling, IsFunction) Name,
#include "kiln/Sema/ScopeKinds.def"
};

enum class BindingKind : uint8_t {
#define BINDING_KIND(Name, Spelling, IsLexical, IsImmutable) Name,
#include "kiln/Sema/ScopeKinds.def"
};

llvm::StringRef getSpelling(ScopeKind kind);
llvm::StringRef getSpelling(BindingKind kind);
/// True for the kinds that are closure boundaries (see ScopeKinds.def).
bool isFunctionScopeKind(ScopeKind kind);
bool isLexicalBindingKind(BindingKind kind);
bool isImmutableBindingKind(BindingKind kind);

/// One declared name. Several declarations may share a Binding (`var x;
/// var x;`, a var and a function of the same name, a getter and setter).
class Binding {
public:
  Atom name;
  BindingKind kind = BindingKind::Var;
  /// A static private element (private kinds only).
  bool isStatic = false;
  /// PrivateAccessor: which halves are declared.
  bool hasGetter = false;
  bool hasSetter = false;
  /// Referenced from a function nested inside the one that owns the
  /// binding's scope, so it must live in a heap environment. Exact: a
  /// binding only referenced from its own function is never captured.
  bool isCaptured = false;
  /// At least one reference may run before initialization (see
  /// IdentifierNode::mayHitTDZ); without it no reference needs a check.
  /// Conservative: a closure that may run early, a reference in another
  /// switch case, or a destructuring default naming a sibling of the same
  /// let/const declaration count as hazards.
  bool needsTDZ = false;
  /// Assigned somewhere besides its declaration's own initialization.
  bool isAssigned = false;
  /// Named by an export of its module.
  bool isExported = false;
  /// A FunctionBody var with the same name as a parameter; it starts with
  /// the parameter's value rather than undefined.
  bool isParamCopy = false;
  /// Position in scope->getBindings().
  uint32_t index = 0;
  Scope *scope = nullptr;
  /// The first declaring occurrence (an Identifier, PrivateName, or for the
  /// module's `*default*` the export); null for implicit bindings.
  Node *decl = nullptr;
  /// The binding is initialized once evaluation passes this location within
  /// its own function; invalid for bindings initialized on scope entry.
  SourceLoc initEnd;

  bool isLexical() const { return isLexicalBindingKind(kind); }
  bool isImmutable() const { return isImmutableBindingKind(kind); }
  bool isPrivate() const {
    return kind == BindingKind::PrivateField ||
           kind == BindingKind::PrivateMethod ||
           kind == BindingKind::PrivateAccessor;
  }

private:
  friend class SemaAnalyzer;
  /// During analysis: the binding of the same name this one hides.
  Binding *shadowed_ = nullptr;
  /// For bindings of a Switch scope: the index of the declaring case.
  uint32_t switchCase_ = 0;
  /// Declared by let/const/class/import, a catch parameter, or a function
  /// in a block or module: conflicts with any other declaration.
  bool declaredLexically_ = false;
  /// A catch parameter that is a plain identifier.
  bool simpleCatchParam_ = false;
  /// A simple catch parameter that a var has redeclared without conflict
  /// with anything it hides.
  bool varChainClear_ = false;
  /// A var that some `var x = ...` has initialized once already.
  bool varInitialized_ = false;
  /// A parameter (of a list with expressions) or destructured catch
  /// parameter that the walk has not bound yet: every use is a TDZ hazard.
  bool pendingInit_ = false;
};

/// A name a function refers to that is not declared inside it.
struct FreeReference {
  Atom name;
  /// The outer binding, or null for a global reference.
  Binding *binding = nullptr;
};

class Scope {
public:
  ScopeKind getKind() const { return kind_; }
  bool isFunctionScope() const { return isFunctionScopeKind(kind_); }
  /// The AST node that opened this scope.
  Node *getNode() const { return node_; }
  Scope *getParent() const { return parent_; }
  /// The nearest function-level scope enclosing (or equal to) this one; the
  /// function-level scope of a FunctionName scope is its function's scope.
  Scope *getFunctionScope() const { return functionScope_; }
  /// Bindings in declaration order.
  llvm::ArrayRef<Binding *> getBindings() const { return bindings_; }
  /// The binding named \p name declared directly in this scope, or null.
  /// Linear in the number of bindings: for tools, not for hot paths.
  Binding *findBinding(Atom name) const;

  /// Nested scopes in source order.
  Scope *getFirstChild() const { return firstChild_; }
  Scope *getNextSibling() const { return nextSibling_; }

  //===--- Function-level scopes only --------------------------------------//

  /// `arguments` is used (directly or from arrows inside).
  bool usesArguments() const { return usesArguments_; }
  /// `this` is used: for arrows, lexically (from the enclosing function),
  /// which is then marked as well.
  bool usesThis() const { return usesThis_; }
  /// Some arrow inside uses this function's `this` (or `super`).
  bool isThisCaptured() const { return thisCaptured_; }
  /// `super.x`, `super()` and `new.target` are used; arrows, like for
  /// `this`, use them lexically and mark their function too.
  bool usesSuperProperty() const { return usesSuperProperty_; }
  bool usesSuperCall() const { return usesSuperCall_; }
  bool usesNewTarget() const { return usesNewTarget_; }
  /// The parameters contain defaults or computed keys; then the body's
  /// declarations live in a separate FunctionBody scope.
  bool hasParameterExpressions() const { return hasParameterExpressions_; }
  /// The implicit `arguments` binding, when used.
  Binding *getArgumentsBinding() const { return arguments_; }
  /// Names used in this function (not in nested ones) that it does not
  /// declare itself, each once, in order of first use.
  llvm::ArrayRef<FreeReference> getFreeReferences() const { return free_; }

private:
  friend class SemaAnalyzer;

  ScopeKind kind_ = ScopeKind::Block;
  bool usesArguments_ = false;
  bool usesThis_ = false;
  bool thisCaptured_ = false;
  bool usesSuperProperty_ = false;
  bool usesSuperCall_ = false;
  bool usesNewTarget_ = false;
  bool hasParameterExpressions_ = false;
  /// During analysis of a Switch scope: the index of the case being walked.
  uint32_t activeCase_ = 0;
  /// During analysis of a function-level scope: the depth of its context.
  uint32_t funcDepth_ = 0;
  Node *node_ = nullptr;
  Scope *parent_ = nullptr;
  Scope *functionScope_ = nullptr;
  Scope *firstChild_ = nullptr;
  Scope *nextSibling_ = nullptr;
  Binding *arguments_ = nullptr;
  llvm::ArrayRef<Binding *> bindings_;
  llvm::ArrayRef<FreeReference> free_;
};

} // namespace kiln

#endif
