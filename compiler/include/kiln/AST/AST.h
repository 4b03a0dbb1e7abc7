//===- AST.h - Kiln's abstract syntax tree ----------------------*- C++ -*-===//
//
// The AST the parser builds and Sema annotates: ESTree-shaped nodes whose
// kinds, classes and fields are all generated from ASTNodes.def. Every node
// lives in an ASTContext's bump allocator and no destructor ever runs, so
// nodes hold only trivially destructible data: child pointers, arena arrays
// (NodeList), Atoms, numbers and flags. Kiln builds without RTTI; use
// llvm::isa / cast / dyn_cast, which dispatch on the node kind (classof).
//
// Sema's slots: nodes that open a scope (Program, BlockStatement,
// SwitchStatement, CatchClause, ForStatement / ForInStatement /
// ForOfStatement, every FunctionLikeNode, ClassLikeNode, PropertyDefinition
// initializers and StaticBlock) have a `Scope *scope`, every IdentifierNode
// and PrivateNameNode has a `Binding *binding`, and IdentifierNode has a
// `mayHitTDZ` flag. All are null/false after parsing; Sema (kiln/Sema)
// defines Scope and Binding and fills them.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_AST_AST_H
#define KILN_AST_AST_H

#include "kiln/Support/Atom.h"
#include "kiln/Support/SourceManager.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Casting.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace kiln {

/// Defined by Sema: a lexical or function scope.
class Scope;
/// Defined by Sema: one declared variable.
class Binding;

//===--- Enumerations of node fields --------------------------------------===//

#define AST_ENUM_BEGIN(Type) enum class Type : uint8_t {
#define AST_ENUMERATOR(Type, Name, Spelling) Name,
#define AST_ENUM_END(Type)                                                     \
  }                                                                            \
  ;
#include "kiln/AST/ASTEnums.def"

/// The dumper's spelling of each enumerator ("" for a default it omits).
#define AST_ENUM_BEGIN(Type) llvm::StringRef getSpelling(Type value);
#include "kiln/AST/ASTEnums.def"

//===--- Node kinds -------------------------------------------------------===//

enum class NodeKind : uint8_t {
#define NODE_BEGIN(Name, Base) Name,
#include "kiln/AST/ASTNodes.def"
  NumNodeKinds
};

/// The kind's name as in ASTNodes.def, e.g. "BinaryExpression".
llvm::StringRef getNodeKindName(NodeKind kind);

/// A list of child nodes stored in the ASTContext's arena. Elements may be
/// replaced in place (the parser does so when it turns an expression into a
/// pattern), but a list never grows after it is made.
template <typename T> class NodeList {
public:
  NodeList() = default;
  NodeList(T **data, uint32_t size) : data_(data), size_(size) {}

  using iterator = T **;
  using const_iterator = T *const *;
  iterator begin() const { return data_; }
  iterator end() const { return data_ + size_; }
  uint32_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T *&operator[](uint32_t i) const { return data_[i]; }
  T *front() const { return data_[0]; }
  T *back() const { return data_[size_ - 1]; }
  llvm::ArrayRef<T *> asArrayRef() const { return {data_, size_}; }

private:
  T **data_ = nullptr;
  uint32_t size_ = 0;
};

/// The base of every node: its kind and its source range [begin, end).
class Node {
public:
  NodeKind getKind() const { return kind_; }
  SourceRange getSourceRange() const { return range_; }
  SourceLoc getStartLoc() const { return range_.begin; }
  SourceLoc getEndLoc() const { return range_.end; }
  void setSourceRange(SourceRange range) { range_ = range; }
  void setEndLoc(SourceLoc end) { range_.end = end; }

  /// The expression was written inside parentheses. The parser keeps this
  /// for the early errors that depend on it (`({a}) = 1` is an error,
  /// `(a) = 1` is not); it has no meaning for evaluation.
  bool isParenthesized() const { return parenthesized_; }
  void setParenthesized(bool p = true) { parenthesized_ = p; }

  static bool classof(const Node *) { return true; }

protected:
  Node(NodeKind kind, SourceRange range) : kind_(kind), range_(range) {}

private:
  NodeKind kind_;
  bool parenthesized_ = false;
  SourceRange range_;
};

//===--- Node classes, generated from ASTNodes.def ------------------------===//

#define NODE_BEGIN(Name, Base) class Name##Node;
#define ABSTRACT_BEGIN(Name, Base) class Name##Node;
#include "kiln/AST/ASTNodes.def"

#define NODE_BEGIN(Name, Base)                                                 \
  class Name##Node : public Base {                                             \
  public:                                                                      \
    explicit Name##Node(SourceRange range) : Base(NodeKind::Name, range) {}    \
    static bool classof(const Node *n) {                                       \
      return n->getKind() == NodeKind::Name;                                   \
    }
#define NODE_END(Name)                                                         \
  }                                                                            \
  ;
#define ABSTRACT_BEGIN(Name, Base)                                             \
  class Name##Node : public Base {                                             \
  protected:                                                                   \
    Name##Node(NodeKind kind, SourceRange range) : Base(kind, range) {}        \
                                                                               \
  public:
#define ABSTRACT_END(Name, First, Last)                                        \
  static bool classof(const Node *n) {                                         \
    return n->getKind() >= NodeKind::First && n->getKind() <= NodeKind::Last;  \
  }                                                                            \
  }                                                                            \
  ;
#define FIELD_CHILD(Type, name) Type *name = nullptr;
#define FIELD_OPT(Type, name) Type *name = nullptr;
#define FIELD_LIST(Type, name) NodeList<Type> name;
#define FIELD_LABELED_LIST(Type, name) NodeList<Type> name;
#define FIELD_NAME(name) Atom name;
#define FIELD_STRING(name) Atom name;
#define FIELD_NUMBER(name) double name = 0;
#define FIELD_FLAG(name) bool name = false;
#define FIELD_BOOL(name) bool name = false;
#define FIELD_ENUM(Type, name) Type name = Type(0);
#define FIELD_SEMA(Type, name) Type *name = nullptr;
#define FIELD_SEMA_FLAG(name) bool name = false;
#include "kiln/AST/ASTNodes.def"

/// The root of every AST.
using Program = ProgramNode;

//===--- The arena --------------------------------------------------------===//

/// Owns the memory of every node and list of one compilation unit. Nothing
/// allocated here is ever destroyed individually; the whole arena is freed
/// with the context.
class ASTContext {
public:
  ASTContext() = default;
  ASTContext(const ASTContext &) = delete;
  ASTContext &operator=(const ASTContext &) = delete;

  /// A new node of class T covering \p range, with every field empty.
  template <typename T> T *create(SourceRange range) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "AST nodes are never destroyed");
    return new (allocator_.Allocate(sizeof(T), alignof(T))) T(range);
  }

  /// Copies \p elems into the arena.
  template <typename T> NodeList<T> makeList(llvm::ArrayRef<T *> elems) {
    if (elems.empty())
      return NodeList<T>();
    T **data = allocator_.Allocate<T *>(elems.size());
    std::memcpy(data, elems.data(), elems.size() * sizeof(T *));
    return NodeList<T>(data, uint32_t(elems.size()));
  }

  void *allocate(size_t size, size_t align) {
    return allocator_.Allocate(size, align);
  }
  size_t getBytesAllocated() const { return allocator_.getBytesAllocated(); }

private:
  llvm::BumpPtrAllocator allocator_;
};

//===--- Traversal --------------------------------------------------------===//

/// Calls \p fn on every non-null child of \p node, in ASTNodes.def order
/// (which is source order). Sema slots are not children.
void forEachChild(Node *node, llvm::function_ref<void(Node *)> fn);

/// A recursive visitor. visit(n) dispatches to Derived::visit<Kind>(n), whose
/// default calls Derived::visitNode(n), whose default visits the children.
/// Override visit<Kind> for the kinds of interest and call visitChildren(n)
/// to descend. Recursion depth equals AST depth, which the parser bounds.
template <typename Derived> class RecursiveASTVisitor {
public:
  /// Visits \p node; a null node (an absent child or array hole) is ignored.
  void visit(Node *node) {
    if (!node)
      return;
    switch (node->getKind()) {
#define NODE_BEGIN(Name, Base)                                                 \
  case NodeKind::Name:                                                         \
    return derived().visit##Name(llvm::cast<Name##Node>(node));
#include "kiln/AST/ASTNodes.def"
    default:
      return;
    }
  }

  void visitChildren(Node *node) {
    forEachChild(node, [this](Node *child) { derived().visit(child); });
  }

  void visitNode(Node *node) { visitChildren(node); }

#define NODE_BEGIN(Name, Base)                                                 \
  void visit##Name(Name##Node *node) { derived().visitNode(node); }
#include "kiln/AST/ASTNodes.def"

private:
  Derived &derived() { return *static_cast<Derived *>(this); }
};

} // namespace kiln

#endif
