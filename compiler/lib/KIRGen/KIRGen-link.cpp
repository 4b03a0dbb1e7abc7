//===- KIRGen-link.cpp - Resolving imports and exports of a graph ---------===//
//
// ModuleLinker (see ModuleLinker.h): the export entries of each module are
// read from its items, then ResolveExport follows local exports (through
// import bindings), indirect exports and star exports exactly as ECMA-262
// 16.2.1.6.3 does, and GetExportedNames lists a namespace's keys. Every
// import and every indirect export must resolve to one binding or module
// namespace; otherwise it is a SyntaxError-style compile error at the
// specifier, as the spec makes it a link error before anything runs.
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"
#include "ModuleLinker.h"

#include "llvm/ADT/STLExtras.h"

using namespace kiln;

void ModuleGraph::computeEvaluationOrder() {
  evaluationOrder.clear();
  llvm::DenseMap<ModuleRecord *, bool> visited;
  // An explicit stack of (module, next dependency) keeps deep graphs off
  // the native stack.
  std::vector<std::pair<ModuleRecord *, size_t>> stack;
  if (ModuleRecord *entry = getEntry()) {
    visited[entry] = true;
    stack.emplace_back(entry, 0);
  }
  while (!stack.empty()) {
    ModuleRecord *record = stack.back().first;
    size_t next = stack.back().second;
    if (next < record->dependencies.size()) {
      ++stack.back().second;
      ModuleRecord *dep = record->dependencies[next];
      if (!visited[dep]) {
        visited[dep] = true;
        stack.emplace_back(dep, 0);
      }
      continue;
    }
    evaluationOrder.push_back(record);
    stack.pop_back();
  }
}

/// The name an import or export specifier spells: an identifier's or a
/// string literal's.
static Atom specifierName(const Node *node) {
  if (auto *id = llvm::dyn_cast_or_null<IdentifierNode>(node))
    return id->name;
  if (auto *str = llvm::dyn_cast_or_null<StringLiteralNode>(node))
    return str->value;
  return Atom();
}

ModuleLinker::ModuleLinker(ModuleGraph &graph, AtomTable &atoms,
                           DiagnosticEngine &diags)
    : graph_(graph), atoms_(atoms), diags_(diags) {}

void ModuleLinker::collect(ModuleRecord *module) {
  ModuleExports &exp = exports_[module];
  ProgramNode *program = module->program;
  collectLocalExports(program, atoms_, exp.local);
  auto target = [&](StringLiteralNode *source) -> ModuleRecord * {
    auto it = module->requested.find(source);
    return it == module->requested.end() ? nullptr : it->second;
  };
  for (Node *item : program->body) {
    if (auto *import = llvm::dyn_cast_or_null<ImportDeclarationNode>(item)) {
      ModuleRecord *from = target(import->source);
      for (Node *spec : import->specifiers) {
        ImportEntry entry{from, Atom()};
        IdentifierNode *local = nullptr;
        if (auto *s = llvm::dyn_cast_or_null<ImportSpecifierNode>(spec)) {
          entry.name = specifierName(s->imported);
          local = s->local;
        } else if (auto *s = llvm::dyn_cast_or_null<ImportDefaultSpecifierNode>(
                       spec)) {
          entry.name = atoms_.default_;
          local = s->local;
        } else if (auto *s =
                       llvm::dyn_cast_or_null<ImportNamespaceSpecifierNode>(
                           spec)) {
          local = s->local;
        }
        if (!local || !from)
          continue;
        if (Binding *b = program->scope->findBinding(local->name))
          exp.importsOf[b] = entry;
      }
    } else if (auto *named =
                   llvm::dyn_cast_or_null<ExportNamedDeclarationNode>(item);
               named && named->source) {
      ModuleRecord *from = target(named->source);
      for (ExportSpecifierNode *spec : named->specifiers)
        if (spec && from)
          exp.indirect.push_back(
              {specifierName(spec->exported),
               IndirectEntry{from, specifierName(spec->local)}});
    } else if (auto *all =
                   llvm::dyn_cast_or_null<ExportAllDeclarationNode>(item)) {
      ModuleRecord *from = target(all->source);
      if (!from)
        continue;
      if (all->exported)
        exp.indirect.push_back(
            {specifierName(all->exported), IndirectEntry{from, Atom()}});
      else
        exp.stars.push_back({from, all});
    }
  }
}

ExportResolution ModuleLinker::resolveExport(ModuleRecord *module, Atom name) {
  llvm::SmallVector<std::pair<ModuleRecord *, Atom>, 8> set;
  ExportResolution r = resolve(module, name, set);
  if (r.kind == ExportResolution::Kind::Namespace)
    namespaces.insert(r.module);
  return r;
}

ExportResolution ModuleLinker::resolve(
    ModuleRecord *module, Atom name,
    llvm::SmallVectorImpl<std::pair<ModuleRecord *, Atom>> &set) {
  using Kind = ExportResolution::Kind;
  // A request already being resolved: a circular import.
  if (llvm::is_contained(set, std::make_pair(module, name)))
    return {};
  set.push_back({module, name});
  ModuleExports &exp = exports_[module];
  for (auto &[exported, b] : exp.local) {
    if (exported != name)
      continue;
    auto imp = exp.importsOf.find(b);
    if (b->kind != BindingKind::Import || imp == exp.importsOf.end())
      return {Kind::Binding, module, b};
    // `import {x} from "m"; export {x}` re-exports m's binding.
    if (!imp->second.name)
      return {Kind::Namespace, imp->second.module, nullptr};
    return resolve(imp->second.module, imp->second.name, set);
  }
  for (auto &[exported, entry] : exp.indirect) {
    if (exported != name)
      continue;
    if (!entry.name)
      return {Kind::Namespace, entry.module, nullptr};
    return resolve(entry.module, entry.name, set);
  }
  if (name == atoms_.default_)
    return {}; // `export *` never provides a default export.
  ExportResolution star;
  for (auto &[from, decl] : exp.stars) {
    ExportResolution r = resolve(from, name, set);
    if (r.kind == Kind::Ambiguous)
      return r;
    if (!r.isResolved())
      continue;
    if (!star.isResolved())
      star = r;
    else if (!(star == r))
      return {Kind::Ambiguous, nullptr, nullptr};
  }
  return star;
}

void ModuleLinker::exportedNames(ModuleRecord *module,
                                 llvm::SmallVectorImpl<ModuleRecord *> &starSet,
                                 llvm::SmallVectorImpl<Atom> &names) {
  if (llvm::is_contained(starSet, module))
    return; // A cycle of star exports.
  starSet.push_back(module);
  ModuleExports &exp = exports_[module];
  for (auto &entry : exp.local)
    names.push_back(entry.first);
  for (auto &entry : exp.indirect)
    names.push_back(entry.first);
  for (auto &[from, decl] : exp.stars) {
    llvm::SmallVector<Atom, 8> starNames;
    exportedNames(from, starSet, starNames);
    for (Atom n : starNames)
      if (n != atoms_.default_ && !llvm::is_contained(names, n))
        names.push_back(n);
  }
}

std::vector<std::pair<std::string, ExportResolution>>
ModuleLinker::namespaceExports(ModuleRecord *module) {
  llvm::SmallVector<ModuleRecord *, 4> starSet;
  llvm::SmallVector<Atom, 16> names;
  exportedNames(module, starSet, names);
  std::vector<std::pair<std::string, ExportResolution>> result;
  for (Atom name : names) {
    if (llvm::any_of(result,
                     [&](const auto &e) { return e.first == name.str(); }))
      continue;
    ExportResolution r = resolveExport(module, name);
    if (r.isResolved())
      result.emplace_back(name.str().str(), r);
  }
  // Module namespace keys are ordered by code units; export names are
  // UTF-8 here, whose byte order agrees except above the BMP.
  llvm::sort(result,
             [](const auto &a, const auto &b) { return a.first < b.first; });
  return result;
}

void ModuleLinker::reportUnresolved(const ExportResolution &r, Node *at,
                                    StringLiteralNode *source,
                                    ModuleRecord *target, Atom name) {
  llvm::StringRef spec = source ? source->value.str() : llvm::StringRef();
  if (r.kind == ExportResolution::Kind::Ambiguous) {
    diags_.report(at->getSourceRange(), DiagID::err_kirgen_export_ambiguous,
                  {spec, name.str()});
    // Point at the star exports that provide the name.
    for (auto &[from, decl] : exports_[target].stars)
      if (resolveExport(from, name).isResolved())
        diags_.report(decl->getSourceRange(), DiagID::note_kirgen_star_export);
    return;
  }
  diags_.report(at->getSourceRange(), DiagID::err_kirgen_export_not_found,
                {spec, name.str()});
}

bool ModuleLinker::link() {
  for (auto &module : graph_.modules)
    if (module->program)
      collect(module.get());
  for (auto &owner : graph_.modules) {
    ModuleRecord *module = owner.get();
    if (!module->program)
      continue;
    ModuleExports &exp = exports_[module];
    for (Node *item : module->program->body) {
      if (auto *import = llvm::dyn_cast_or_null<ImportDeclarationNode>(item)) {
        for (Node *spec : import->specifiers) {
          IdentifierNode *local = nullptr;
          Node *at = spec;
          if (auto *s = llvm::dyn_cast_or_null<ImportSpecifierNode>(spec)) {
            local = s->local;
            at = s->imported ? s->imported : spec;
          } else if (auto *s =
                         llvm::dyn_cast_or_null<ImportDefaultSpecifierNode>(
                             spec)) {
            local = s->local;
          } else if (auto *s =
                         llvm::dyn_cast_or_null<ImportNamespaceSpecifierNode>(
                             spec)) {
            local = s->local;
          }
          Binding *b = local ? module->program->scope->findBinding(local->name)
                             : nullptr;
          auto it = b ? exp.importsOf.find(b) : exp.importsOf.end();
          if (it == exp.importsOf.end())
            continue;
          const ImportEntry &entry = it->second;
          if (!entry.name) {
            imports[b] = {ExportResolution::Kind::Namespace, entry.module,
                          nullptr};
            namespaces.insert(entry.module);
            continue;
          }
          ExportResolution r = resolveExport(entry.module, entry.name);
          if (!r.isResolved()) {
            reportUnresolved(r, at, import->source, entry.module, entry.name);
            continue;
          }
          imports[b] = r;
        }
      } else if (auto *named =
                     llvm::dyn_cast_or_null<ExportNamedDeclarationNode>(item);
                 named && named->source) {
        auto it = module->requested.find(named->source);
        if (it == module->requested.end())
          continue;
        for (ExportSpecifierNode *spec : named->specifiers) {
          if (!spec)
            continue;
          Atom name = specifierName(spec->local);
          ExportResolution r = resolveExport(it->second, name);
          if (!r.isResolved())
            reportUnresolved(r, spec->local, named->source, it->second, name);
        }
      } else if (auto *all =
                     llvm::dyn_cast_or_null<ExportAllDeclarationNode>(item);
                 all && all->exported) {
        auto it = module->requested.find(all->source);
        if (it != module->requested.end())
          namespaces.insert(it->second);
      }
    }
  }
  return !diags_.hasErrors();
}
