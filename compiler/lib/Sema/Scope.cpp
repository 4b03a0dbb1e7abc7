//===- Scope.cpp - Scope and binding kinds --------------------------------===//
//
// The per-kind facts of ScopeKinds.def as functions, and the small lookups
// that tools use on finished scopes.
//
//===----------------------------------------------------------------------===//
#include "kiln/Sema/Scope.h"

using namespace kiln;

llvm::StringRef kiln::getSpelling(ScopeKind kind) {
  switch (kind) {
#define SCOPE_KIND(Name, Spelling, IsFunction)                                 \
  case ScopeKind::Name:                                                        \
    return Spelling;
#include "kiln/Sema/ScopeKinds.def"
  }
  return "";
}

llvm::StringRef kiln::getSpelling(BindingKind kind) {
  switch (kind) {
#define BINDING_KIND(Name, Spelling, IsLexical, IsImmutable)                   \
  case BindingKind::Name:                                                      \
    return Spelling;
#include "kiln/Sema/ScopeKinds.def"
  }
  return "";
}

bool kiln::isFunctionScopeKind(ScopeKind kind) {
  switch (kind) {
#define SCOPE_KIND(Name, Spelling, IsFunction)                                 \
  case ScopeKind::Name:                                                        \
    return IsFunction;
#include "kiln/Sema/ScopeKinds.def"
  }
  return false;
}

bool kiln::isLexicalBindingKind(BindingKind kind) {
  switch (kind) {
#define BINDING_KIND(Name, Spelling, IsLexical, IsImmutable)                   \
  case BindingKind::Name:                                                      \
    return IsLexical;
#include "kiln/Sema/ScopeKinds.def"
  }
  return false;
}

bool kiln::isImmutableBindingKind(BindingKind kind) {
  switch (kind) {
#define BINDING_KIND(Name, Spelling, IsLexical, IsImmutable)                   \
  case BindingKind::Name:                                                      \
    return IsImmutable;
#include "kiln/Sema/ScopeKinds.def"
  }
  return false;
}

Binding *Scope::findBinding(Atom name) const {
  for (Binding *b : bindings_)
    if (b->name == name && !b->isPrivate())
      return b;
  return nullptr;
}
