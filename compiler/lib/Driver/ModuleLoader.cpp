//===- ModuleLoader.cpp - Loading the graph of relative imports -----------===//
//
// A worklist over the modules loaded so far: for each, the source literals
// of its module items in order; each names a relative file that is
// resolved, canonicalized (llvm::sys::fs::real_path) and loaded once. The
// evaluation order is then the depth-first post-order of the graph.
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/ModuleLoader.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace kiln;

/// The source literals of \p program's module items, in order.
static void collectSources(ProgramNode *program,
                           llvm::SmallVectorImpl<StringLiteralNode *> &out) {
  for (Node *item : program->body) {
    StringLiteralNode *source = nullptr;
    if (auto *import = llvm::dyn_cast_or_null<ImportDeclarationNode>(item))
      source = import->source;
    else if (auto *named =
                 llvm::dyn_cast_or_null<ExportNamedDeclarationNode>(item))
      source = named->source;
    else if (auto *all = llvm::dyn_cast_or_null<ExportAllDeclarationNode>(item))
      source = all->source;
    if (source)
      out.push_back(source);
  }
}

/// The directory relative specifiers of the module at \p path resolve
/// against (the working directory for standard input).
static std::string baseDirectory(llvm::StringRef path) {
  llvm::SmallString<256> dir(path);
  llvm::sys::path::remove_filename(dir);
  if (dir.empty()) {
    llvm::sys::fs::current_path(dir);
  }
  return std::string(dir);
}

static bool isRelativeSpecifier(llvm::StringRef spec) {
  return spec.starts_with("./") || spec.starts_with("../");
}

bool kiln::loadModuleGraph(FrontendSession &session, const SourceFile &entry,
                           ProgramNode *entryProgram, ModuleGraph &graph) {
  DiagnosticEngine &diags = session.getDiagnostics();
  llvm::StringMap<ModuleRecord *> byPath;
  auto root = std::make_unique<ModuleRecord>();
  root->program = entryProgram;
  root->displayName = llvm::sys::path::filename(entry.getName()).str();
  llvm::SmallString<256> canonical;
  if (entry.getName() != "-" &&
      !llvm::sys::fs::real_path(entry.getName(), canonical))
    root->path = std::string(canonical);
  else
    root->path = entry.getName().str();
  byPath[root->path] = root.get();
  graph.modules.push_back(std::move(root));

  // Modules are appended while the loop runs; index, do not iterate.
  for (size_t i = 0; i < graph.modules.size(); ++i) {
    ModuleRecord *record = graph.modules[i].get();
    if (!record->program)
      continue;
    llvm::SmallVector<StringLiteralNode *, 8> sources;
    collectSources(record->program, sources);
    std::string dir =
        record->path == "-" ? baseDirectory("") : baseDirectory(record->path);
    for (StringLiteralNode *source : sources) {
      llvm::StringRef spec = source->value.str();
      if (!isRelativeSpecifier(spec)) {
        diags.report(source->getSourceRange(),
                     DiagID::err_driver_bare_specifier, {spec});
        continue;
      }
      llvm::SmallString<256> resolved(dir);
      llvm::sys::path::append(resolved, spec);
      llvm::sys::path::remove_dots(resolved, /*remove_dot_dot=*/true);
      canonical.clear();
      if (std::error_code ec = llvm::sys::fs::real_path(resolved, canonical)) {
        diags.report(source->getSourceRange(),
                     DiagID::err_driver_module_not_found,
                     {spec, resolved.str(), ec.message()});
        continue;
      }
      ModuleRecord *target = nullptr;
      auto it = byPath.find(canonical);
      if (it != byPath.end()) {
        target = it->second;
      } else {
        std::string error;
        if (llvm::sys::fs::is_directory(canonical)) {
          diags.report(source->getSourceRange(),
                       DiagID::err_driver_module_not_found,
                       {spec, resolved.str(), "is a directory"});
          continue;
        }
        SourceFile *file =
            session.getSourceManager().loadFile(canonical, &error);
        if (!file) {
          diags.report(source->getSourceRange(),
                       DiagID::err_driver_module_not_found,
                       {spec, resolved.str(), error});
          continue;
        }
        auto dep = std::make_unique<ModuleRecord>();
        dep->path = std::string(canonical);
        dep->displayName = spec.str();
        dep->program = session.parse(*file, SourceKind::Module);
        if (dep->program && !diags.hasFatalErrorOccurred())
          session.analyze(dep->program);
        target = dep.get();
        byPath[dep->path] = target;
        graph.modules.push_back(std::move(dep));
      }
      record->requested[source] = target;
      if (llvm::find(record->dependencies, target) ==
          record->dependencies.end())
        record->dependencies.push_back(target);
    }
    if (diags.hasFatalErrorOccurred())
      break;
  }
  graph.computeEvaluationOrder();
  return !diags.hasErrors();
}
