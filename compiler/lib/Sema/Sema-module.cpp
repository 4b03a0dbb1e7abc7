//===- Sema-module.cpp - Imports and exports ------------------------------===//
//
// Imports are immutable bindings of the module scope, declared before
// anything else so that every other declaration of the same name is a
// redeclaration. Exports: each exported name may appear once (`default`
// included), and `export { x }` without `from` must name a binding declared
// at the top level of the module.
//
//===----------------------------------------------------------------------===//
#include "SemaAnalyzer.h"

using namespace kiln;

/// The name an export or import specifier spells: an identifier's name or a
/// string literal's value.
static Atom getModuleExportName(const Node *node) {
  if (!node)
    return Atom();
  if (auto *id = llvm::dyn_cast<IdentifierNode>(node))
    return id->name;
  if (auto *str = llvm::dyn_cast<StringLiteralNode>(node))
    return str->value;
  return Atom();
}

void SemaAnalyzer::declareImport(ImportDeclarationNode *decl) {
  for (Node *spec : decl->specifiers) {
    IdentifierNode *local = nullptr;
    if (!spec)
      continue;
    if (auto *s = llvm::dyn_cast<ImportSpecifierNode>(spec))
      local = s->local;
    else if (auto *s = llvm::dyn_cast<ImportDefaultSpecifierNode>(spec))
      local = s->local;
    else if (auto *s = llvm::dyn_cast<ImportNamespaceSpecifierNode>(spec))
      local = s->local;
    declareChecked(local, BindingKind::Import, DeclMode::Lexical, nullptr,
                   SourceLoc());
  }
}

void SemaAnalyzer::addExportedName(Atom name, SourceRange range) {
  if (!name)
    return;
  auto [it, inserted] = exportedNames_.try_emplace(name, range);
  if (inserted)
    return;
  diags_.report(range, DiagID::err_sema_duplicate_export, {name.str()});
  diags_.report(it->second, DiagID::note_sema_previous_export);
}

/// Marks the bindings that \p declaration (exported) declares and records
/// their names as exported.
void SemaAnalyzer::markExported(Node *declaration) {
  llvm::SmallVector<IdentifierNode *, 4> names;
  if (auto *var = llvm::dyn_cast<VariableDeclarationNode>(declaration)) {
    for (VariableDeclaratorNode *d : var->declarations)
      if (d)
        collectBoundNames(d->id, names);
  } else if (auto *fn = llvm::dyn_cast<FunctionDeclarationNode>(declaration)) {
    if (fn->id)
      names.push_back(fn->id);
  } else if (auto *cls = llvm::dyn_cast<ClassDeclarationNode>(declaration)) {
    if (cls->id)
      names.push_back(cls->id);
  }
  for (IdentifierNode *id : names) {
    if (!id->name)
      continue;
    addExportedName(id->name, id->getSourceRange());
    if (id->binding)
      id->binding->isExported = true;
  }
}

void SemaAnalyzer::visitExportNamed(ExportNamedDeclarationNode *decl) {
  if (Node *declaration = decl->declaration) {
    visitStatement(declaration);
    markExported(declaration);
    return;
  }
  for (ExportSpecifierNode *spec : decl->specifiers) {
    if (!spec)
      continue;
    if (spec->exported)
      addExportedName(getModuleExportName(spec->exported),
                      spec->exported->getSourceRange());
    if (decl->source)
      continue; // A re-export names another module's binding.
    auto *local = llvm::dyn_cast_or_null<IdentifierNode>(spec->local);
    if (!local || !local->name)
      continue; // A string name without `from`: reported by the parser.
    Binding *b = lookup(local->name);
    if (!b || b->scope != currentScope()) {
      reportUnlessRecovered(local->getSourceRange(),
                            DiagID::err_sema_export_undeclared,
                            {local->name.str()});
      continue;
    }
    local->binding = b;
    b->isExported = true;
  }
}

void SemaAnalyzer::visitExportDefault(ExportDefaultDeclarationNode *decl) {
  // Point at `export default`, not the whole declaration.
  SourceLoc begin = decl->getStartLoc();
  addExportedName(atoms_.default_, SourceRange(begin, begin.getAdvanced(6)));
  Node *declaration = decl->declaration;
  if (!declaration)
    return;
  Binding *b = nullptr;
  if (auto *fn = llvm::dyn_cast<FunctionDeclarationNode>(declaration)) {
    visitFunction(fn, FunctionRole::Plain);
    b = fn->id ? fn->id->binding : lookup(atoms_.star_default);
  } else if (auto *cls = llvm::dyn_cast<ClassDeclarationNode>(declaration)) {
    visitClass(cls);
    b = cls->id ? cls->id->binding : lookup(atoms_.star_default);
  } else {
    visitExpression(declaration);
    b = lookup(atoms_.star_default);
  }
  if (b)
    b->isExported = true;
}

void SemaAnalyzer::visitExportAll(ExportAllDeclarationNode *decl) {
  if (decl->exported)
    addExportedName(getModuleExportName(decl->exported),
                    decl->exported->getSourceRange());
}
