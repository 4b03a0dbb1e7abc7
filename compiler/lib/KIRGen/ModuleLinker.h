//===- ModuleLinker.h - Resolving imports and exports of a graph -*- C++
//-*-===//
//
// The static half of ES module linking for a ModuleGraph: each module's
// export entries (local, indirect `export {a} from`, star `export * from`),
// ResolveExport and GetExportedNames as the spec defines them (a shared
// resolve set makes circular re-exports resolve to nothing; star exports
// never provide `default`; two star exports that provide different bindings
// of one name make it ambiguous), and the check that every import and
// indirect export resolves. The KIR generator reads the results: the
// binding (or module namespace) each import binding stands for, and which
// modules need a namespace object.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_LIB_KIRGEN_MODULELINKER_H
#define KILN_LIB_KIRGEN_MODULELINKER_H

#include "kiln/KIRGen/ModuleGraph.h"
#include "kiln/Sema/Scope.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"

#include <string>
#include <utility>
#include <vector>

namespace kiln {

/// What one exported name of a module stands for (the spec's
/// ResolvedBinding, null or "ambiguous").
struct ExportResolution {
  enum class Kind : uint8_t { Null, Ambiguous, Binding, Namespace };
  Kind kind = Kind::Null;
  /// Binding: the module declaring `binding`; Namespace: the module whose
  /// namespace object the name is.
  ModuleRecord *module = nullptr;
  Binding *binding = nullptr;

  bool isResolved() const {
    return kind == Kind::Binding || kind == Kind::Namespace;
  }
  bool operator==(const ExportResolution &o) const {
    return kind == o.kind && module == o.module && binding == o.binding;
  }
};

class ModuleLinker {
public:
  ModuleLinker(ModuleGraph &graph, AtomTable &atoms, DiagnosticEngine &diags);

  /// Collects the export entries of every module, resolves every import
  /// and indirect export, and reports those that do not resolve. Returns
  /// false after any error.
  bool link();

  ExportResolution resolveExport(ModuleRecord *module, Atom name);
  /// The module's namespace keys (the exported names that resolve), sorted
  /// by code units, with their resolutions.
  std::vector<std::pair<std::string, ExportResolution>>
  namespaceExports(ModuleRecord *module);

  /// The resolution of each import binding (namespace imports included).
  llvm::DenseMap<Binding *, ExportResolution> imports;
  /// The modules that need a namespace object, in order of discovery (a
  /// namespace's own exports may add more while they are listed).
  llvm::SetVector<ModuleRecord *> namespaces;

private:
  /// An import binding's source: the module and the imported name (invalid
  /// for a namespace import).
  struct ImportEntry {
    ModuleRecord *module = nullptr;
    Atom name;
  };
  /// `export {name as exported} from` (name invalid: `export * as`).
  struct IndirectEntry {
    ModuleRecord *module = nullptr;
    Atom name;
  };
  struct ModuleExports {
    /// Exported name -> the module's own binding (possibly an import).
    llvm::SmallVector<std::pair<Atom, Binding *>, 8> local;
    llvm::SmallVector<std::pair<Atom, IndirectEntry>, 4> indirect;
    /// `export * from` targets and their declarations, in source order.
    llvm::SmallVector<std::pair<ModuleRecord *, Node *>, 2> stars;
    llvm::DenseMap<Binding *, ImportEntry> importsOf;
  };

  void collect(ModuleRecord *module);
  ExportResolution
  resolve(ModuleRecord *module, Atom name,
          llvm::SmallVectorImpl<std::pair<ModuleRecord *, Atom>> &set);
  void exportedNames(ModuleRecord *module,
                     llvm::SmallVectorImpl<ModuleRecord *> &starSet,
                     llvm::SmallVectorImpl<Atom> &names);
  /// Reports a failed resolution of \p name from \p source at \p at.
  void reportUnresolved(const ExportResolution &r, Node *at,
                        StringLiteralNode *source, ModuleRecord *target,
                        Atom name);

  ModuleGraph &graph_;
  AtomTable &atoms_;
  DiagnosticEngine &diags_;
  llvm::DenseMap<ModuleRecord *, ModuleExports> exports_;
};

} // namespace kiln

#endif
