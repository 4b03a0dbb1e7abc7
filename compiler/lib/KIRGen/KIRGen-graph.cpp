//===- KIRGen-graph.cpp - One KIR module for a graph of ES modules --------===//
//
// A graph of several modules lowers to one top-level function that plays
// every module's part of ES module linking and evaluation:
//  1. One environment, the graph environment, holds every module's
//     exported and captured top-level bindings and the namespace objects
//     that imports need; other top-level bindings are locals of the
//     top-level function. An import binding has no storage of its own: it
//     reads the slot of the binding it resolves to (ModuleLinker), so
//     imports are live, read-only (they are immutable bindings) and check
//     the TDZ on every read, which a module in an import cycle can hit.
//  2. Lexical bindings start out empty (TDZ), then the namespace objects
//     are created and every module's function declarations are hoisted —
//     all before any module body runs, as InitializeEnvironment does.
//  3. The module bodies run in the graph's evaluation order (dependencies
//     first), each once; a top-level await in any of them makes the whole
//     top-level function async, so the modules after it wait for it.
//  4. The function returns the entry module's namespace: a snapshot data
//     object, as for a lone module (docs/bytecode.md "Handler objects").
// Namespace objects for imports are live: a null-prototype, non-extensible
// object whose exported names are enumerable, non-configurable accessors
// reading the bindings, and whose @@toStringTag is "Module".
//
//===----------------------------------------------------------------------===//
#include "KIRGenImpl.h"
#include "ModuleLinker.h"

#include "kiln/KIRGen/KIRGen.h"

#include "llvm/ADT/STLExtras.h"

using namespace kiln;

std::unique_ptr<kir::Module> kiln::generateKIR(ModuleGraph &graph,
                                               AtomTable &atoms,
                                               DiagnosticEngine &diags) {
  ModuleRecord *entry = graph.getEntry();
  if (!entry || !entry->program || diags.hasErrors())
    return nullptr;
  if (graph.isSingleModule())
    return KIRGen(atoms, diags).run(entry->program);
  ModuleLinker linker(graph, atoms, diags);
  if (!linker.link())
    return nullptr;
  return KIRGen(atoms, diags).runGraph(graph, linker);
}

bool KIRGen::resolutionLocation(const ExportResolution &r, VarLocation &loc) {
  if (r.kind == ExportResolution::Kind::Namespace) {
    auto it = namespaceSlots_.find(r.module);
    if (it == namespaceSlots_.end())
      return false;
    loc = it->second;
    return true;
  }
  if (r.kind != ExportResolution::Kind::Binding)
    return false;
  auto it = vars_.find(r.binding);
  if (it == vars_.end())
    return false;
  loc = it->second;
  return true;
}

kir::Function *KIRGen::lowerExportGetter(const VarLocation &loc, Atom name,
                                         bool checkTDZ) {
  kir::Function *fn =
      module_->newFunction("get " + name.str().str(), state_->fn);
  fn->setKind(kir::FunctionKind::Method);
  FunctionState state;
  OuterFunction outer = beginFunction(state, fn, nullptr, SourceLoc());
  Reg value = loadLocation(loc, SourceRange());
  if (checkTDZ)
    emit(Opcode::CheckTDZ, {Operand::reg(value), Operand::string(name)});
  emit(Opcode::Return, {Operand::reg(value)});
  endFunction(outer);
  return fn;
}

void KIRGen::buildLiveNamespaces(ModuleLinker &linker) {
  if (linker.namespaces.empty())
    return;
  // The intrinsics, read before any module code can change the globals.
  Reg object =
      emit(Opcode::LoadGlobal, {Operand::string(atoms_.intern("Object"))});
  Reg defineProperty =
      emit(Opcode::GetProp, {Operand::reg(object),
                             Operand::string(atoms_.intern("defineProperty"))});
  Reg preventExtensions = emit(
      Opcode::GetProp, {Operand::reg(object),
                        Operand::string(atoms_.intern("preventExtensions"))});
  Reg symbol =
      emit(Opcode::LoadGlobal, {Operand::string(atoms_.intern("Symbol"))});
  Reg toStringTag =
      emit(Opcode::GetProp, {Operand::reg(symbol),
                             Operand::string(atoms_.intern("toStringTag"))});
  // All objects first: a namespace may export another one.
  for (ModuleRecord *module : linker.namespaces) {
    Reg ns = emit(Opcode::NewObject);
    emit(Opcode::SetLiteralProto,
         {Operand::reg(ns), Operand::reg(emit(Opcode::LoadNull))});
    storeLocation(namespaceSlots_[module], ns, SourceRange());
  }
  for (ModuleRecord *module : linker.namespaces) {
    Reg ns = loadLocation(namespaceSlots_[module], SourceRange());
    for (auto &[name, resolution] : linker.namespaceExports(module)) {
      VarLocation loc;
      if (!resolutionLocation(resolution, loc))
        continue;
      Atom key = atoms_.intern(name);
      bool check = resolution.kind == ExportResolution::Kind::Binding;
      kir::Function *getter = lowerExportGetter(loc, key, check);
      Reg closure = emit(Opcode::CreateClosure, {Operand::function(getter),
                                                 Operand::reg(currentEnv())});
      Reg desc = emit(Opcode::NewObject);
      emit(Opcode::DefineProp,
           {Operand::reg(desc), Operand::string(atoms_.intern("get")),
            Operand::reg(closure)});
      emit(Opcode::DefineProp,
           {Operand::reg(desc), Operand::string(atoms_.intern("enumerable")),
            Operand::reg(emit(Opcode::LoadTrue))});
      emit(Opcode::Call,
           {Operand::reg(defineProperty), Operand::reg(object),
            Operand::reg(ns),
            Operand::reg(emit(Opcode::LoadString, {Operand::string(key)})),
            Operand::reg(desc)});
    }
    Reg desc = emit(Opcode::NewObject);
    emit(Opcode::DefineProp,
         {Operand::reg(desc), Operand::string(atoms_.intern("value")),
          Operand::reg(emit(Opcode::LoadString,
                            {Operand::string(atoms_.intern("Module"))}))});
    emit(Opcode::Call,
         {Operand::reg(defineProperty), Operand::reg(object), Operand::reg(ns),
          Operand::reg(toStringTag), Operand::reg(desc)});
    emit(Opcode::Call, {Operand::reg(preventExtensions), Operand::reg(object),
                        Operand::reg(ns)});
  }
}

std::unique_ptr<kir::Module> KIRGen::runGraph(ModuleGraph &graph,
                                              ModuleLinker &linker) {
  ModuleRecord *entry = graph.getEntry();
  module_ = std::make_unique<kir::Module>();
  FunctionState state;
  state.fn = module_->newFunction("<module>", nullptr);
  state.scope = entry->program->scope;
  state_ = &state;
  builder_.setFunction(state.fn);
  setBlock(newBlock());
  builder_.setLoc(entry->program->getStartLoc());

  // Every namespace the program can reach, listed before slots are given
  // out (listing one may discover more).
  auto entryExports = linker.namespaceExports(entry);
  for (size_t i = 0; i < linker.namespaces.size(); ++i)
    (void)linker.namespaceExports(linker.namespaces[i]);

  // Storage: exported and captured top-level bindings in the graph
  // environment, the others in locals.
  uint32_t slots = 0;
  for (ModuleRecord *module : graph.evaluationOrder) {
    Scope *scope = module->program->scope;
    llvm::SmallVector<std::pair<Atom, Binding *>, 8> exported;
    collectLocalExports(module->program, atoms_, exported);
    for (Binding *b : scope->getBindings()) {
      if (b->kind == BindingKind::Import)
        continue;
      VarLocation loc;
      bool isExported =
          b->isExported ||
          llvm::any_of(exported, [&](const auto &e) { return e.second == b; });
      if (b->isCaptured || isExported || b->isPrivate()) {
        loc.kind = VarLocation::Kind::Env;
        loc.index = slots++;
        loc.envScope = &graphScope_;
      } else {
        loc.index = state.fn->newLocal();
      }
      vars_[b] = loc;
    }
    if (scope->isThisCaptured())
      thisSlots_[scope] = {VarLocation::Kind::Env, slots++, &graphScope_};
  }
  for (ModuleRecord *module : linker.namespaces)
    namespaceSlots_[module] = {VarLocation::Kind::Env, slots++, &graphScope_};
  // Imports read the storage of what they resolve to.
  for (auto &[b, resolution] : linker.imports) {
    VarLocation loc;
    if (!resolutionLocation(resolution, loc))
      continue;
    vars_[b] = loc;
    if (resolution.kind == ExportResolution::Kind::Binding)
      importChecks_.insert(b);
  }

  Reg saved = state.env;
  if (slots) {
    state.env = emit(Opcode::CreateEnv,
                     {Operand::reg(currentEnv()), Operand::imm(slots)});
    envChain_.push_back(&graphScope_);
  }
  // Entry values: lexical bindings in their TDZ (always, for those in the
  // graph environment, since other modules may read them early), var-like
  // locals undefined, a module's `this` undefined.
  for (ModuleRecord *module : graph.evaluationOrder) {
    Scope *scope = module->program->scope;
    for (Binding *b : scope->getBindings()) {
      if (b->kind == BindingKind::Import || b->kind == BindingKind::Function)
        continue;
      const VarLocation &loc = vars_[b];
      bool inGraph = loc.kind == VarLocation::Kind::Env;
      if (b->isLexical() && (b->needsTDZ || inGraph))
        storeBinding(b, emit(Opcode::LoadEmpty), SourceRange());
      else if (!b->isLexical() && !inGraph)
        storeBinding(b, emit(Opcode::LoadUndefined), SourceRange());
    }
    auto it = thisSlots_.find(scope);
    if (it != thisSlots_.end())
      storeLocation(it->second, emit(Opcode::LoadUndefined), SourceRange());
  }
  buildLiveNamespaces(linker);
  // Function declarations of every module exist before any body runs.
  for (ModuleRecord *module : graph.evaluationOrder) {
    state.scope = module->program->scope;
    hoistFunctions(module->program->body.asArrayRef());
  }
  for (ModuleRecord *module : graph.evaluationOrder) {
    state.scope = module->program->scope;
    builder_.setLoc(module->program->getStartLoc());
    lowerStatements(module->program->body.asArrayRef());
  }
  state.scope = entry->program->scope;
  if (!builder_.getInsertBlock()->isTerminated()) {
    // The entry's namespace, a snapshot of its exports' values.
    Reg ns = emit(Opcode::NewObject);
    emit(Opcode::SetLiteralProto,
         {Operand::reg(ns), Operand::reg(emit(Opcode::LoadNull))});
    for (auto &[name, resolution] : entryExports) {
      VarLocation loc;
      if (!resolutionLocation(resolution, loc))
        continue;
      Atom key = atoms_.intern(name);
      Reg value = loadLocation(loc, SourceRange());
      if (resolution.kind == ExportResolution::Kind::Binding &&
          resolution.binding->isLexical())
        emit(Opcode::CheckTDZ, {Operand::reg(value), Operand::string(key)});
      emit(Opcode::DefineProp,
           {Operand::reg(ns), Operand::string(key), Operand::reg(value)});
    }
    emit(Opcode::Return, {Operand::reg(ns)});
  }
  exitScope(&graphScope_, saved);
  state.fn->removeUnreachableBlocks();
  state.fn->renumberRegisters();
  state_ = nullptr;
  if (failed())
    return nullptr;
  return std::move(module_);
}
