//===- KIRGen-module.cpp - A module's exports and namespace object --------===//
//
// Lowers the export forms of an ES module: `export <declaration>` lowers its
// declaration in place, `export default function` is hoisted with the other
// function declarations, `export default <class or expression>` stores into
// the module's `*default*` binding, and `export { a as b }` only names a
// binding. After the body ran, the module's top-level function builds and
// returns its namespace object: a null-prototype object with one data
// property per exported name (a snapshot of the values at the end of the
// module's evaluation; see docs/language.md "Modules"). Imports and
// re-exports are linked and lowered for a whole graph of modules in
// KIRGen-link.cpp and KIRGen-graph.cpp.
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace kiln;

/// The name an export specifier spells: an identifier's or a string's.
static Atom exportName(const Node *node) {
  if (auto *id = llvm::dyn_cast_or_null<IdentifierNode>(node))
    return id->name;
  if (auto *str = llvm::dyn_cast_or_null<StringLiteralNode>(node))
    return str->value;
  return Atom();
}

/// Appends the identifiers \p pattern binds (a declarator's target).
static void collectPatternNames(Node *pattern,
                                llvm::SmallVectorImpl<IdentifierNode *> &out) {
  if (!pattern)
    return;
  if (auto *id = llvm::dyn_cast<IdentifierNode>(pattern)) {
    out.push_back(id);
  } else if (auto *obj = llvm::dyn_cast<ObjectPatternNode>(pattern)) {
    for (Node *prop : obj->properties) {
      if (auto *p = llvm::dyn_cast_or_null<PropertyNode>(prop))
        collectPatternNames(p->value, out);
      else
        collectPatternNames(prop, out);
    }
  } else if (auto *arr = llvm::dyn_cast<ArrayPatternNode>(pattern)) {
    for (Node *elem : arr->elements)
      collectPatternNames(elem, out);
  } else if (auto *assign = llvm::dyn_cast<AssignmentPatternNode>(pattern)) {
    collectPatternNames(assign->left, out);
  } else if (auto *rest = llvm::dyn_cast<RestElementNode>(pattern)) {
    collectPatternNames(rest->argument, out);
  }
}

void KIRGen::hoistDefaultFunction(ExportDefaultDeclarationNode *decl) {
  auto *fn = llvm::dyn_cast_or_null<FunctionDeclarationNode>(decl->declaration);
  if (!fn)
    return;
  builder_.setLoc(fn->getStartLoc());
  if (!fn->id)
    inferredName_ = "default";
  kir::Function *lowered = lowerFunction(fn);
  if (!lowered)
    return;
  Reg closure = emit(Opcode::CreateClosure,
                     {Operand::function(lowered), Operand::reg(currentEnv())});
  if (fn->id) {
    emitStoreVar(fn->id, closure, /*isInit=*/true);
    return;
  }
  if (Binding *b = state_->scope->findBinding(atoms_.star_default))
    storeBinding(b, closure, fn->getSourceRange());
}

void KIRGen::lowerExportDefault(ExportDefaultDeclarationNode *decl) {
  Node *declaration = decl->declaration;
  if (!declaration || llvm::isa<FunctionDeclarationNode>(declaration))
    return; // Hoisted.
  if (auto *cls = llvm::dyn_cast<ClassDeclarationNode>(declaration);
      cls && cls->id) {
    lowerStatement(cls);
    return;
  }
  Reg value;
  if (auto *cls = llvm::dyn_cast<ClassDeclarationNode>(declaration)) {
    inferredName_ = "default";
    value = lowerClass(cls);
  } else {
    value = lowerNamed(declaration, atoms_.default_);
  }
  if (Binding *b = state_->scope->findBinding(atoms_.star_default))
    storeBinding(b, value, declaration->getSourceRange());
}

void kiln::collectLocalExports(
    ProgramNode *program, AtomTable &atoms,
    llvm::SmallVectorImpl<std::pair<Atom, Binding *>> &out) {
  auto add = [&](Atom name, Binding *b) {
    if (name && b)
      out.emplace_back(name, b);
  };
  for (Node *item : program->body) {
    if (auto *named = llvm::dyn_cast<ExportNamedDeclarationNode>(item)) {
      if (named->source)
        continue;
      if (Node *d = named->declaration) {
        llvm::SmallVector<IdentifierNode *, 4> ids;
        if (auto *var = llvm::dyn_cast<VariableDeclarationNode>(d)) {
          for (VariableDeclaratorNode *v : var->declarations)
            if (v)
              collectPatternNames(v->id, ids);
        } else if (auto *fn = llvm::dyn_cast<FunctionDeclarationNode>(d)) {
          if (fn->id)
            ids.push_back(fn->id);
        } else if (auto *cls = llvm::dyn_cast<ClassDeclarationNode>(d)) {
          if (cls->id)
            ids.push_back(cls->id);
        }
        for (IdentifierNode *id : ids)
          add(id->name, id->binding);
        continue;
      }
      for (ExportSpecifierNode *spec : named->specifiers)
        if (spec)
          if (auto *local = llvm::dyn_cast_or_null<IdentifierNode>(spec->local))
            add(exportName(spec->exported), local->binding);
    } else if (auto *def = llvm::dyn_cast<ExportDefaultDeclarationNode>(item)) {
      Binding *b = nullptr;
      if (auto *fn =
              llvm::dyn_cast_or_null<FunctionDeclarationNode>(def->declaration);
          fn && fn->id)
        b = fn->id->binding;
      else if (auto *cls = llvm::dyn_cast_or_null<ClassDeclarationNode>(
                   def->declaration);
               cls && cls->id)
        b = cls->id->binding;
      else
        b = program->scope->findBinding(atoms.star_default);
      add(atoms.default_, b);
    }
  }
}

Reg KIRGen::buildNamespace(ProgramNode *program) {
  // (exported name, the binding it reads), sorted by name as a module
  // namespace object's keys are.
  llvm::SmallVector<std::pair<Atom, Binding *>, 8> local;
  collectLocalExports(program, atoms_, local);
  std::vector<std::pair<std::string, Binding *>> exports;
  for (auto &[name, b] : local)
    exports.emplace_back(name.str().str(), b);
  // Export names are unique (a duplicate is an early error).
  llvm::sort(exports,
             [](const auto &a, const auto &b) { return a.first < b.first; });
  Reg ns = emit(Opcode::NewObject);
  emit(Opcode::SetLiteralProto,
       {Operand::reg(ns), Operand::reg(emit(Opcode::LoadNull))});
  for (auto &[name, b] : exports) {
    Reg value = loadBinding(b, SourceRange());
    emit(Opcode::DefineProp,
         {Operand::reg(ns), Operand::string(atoms_.intern(name)),
          Operand::reg(value)});
  }
  return ns;
}
