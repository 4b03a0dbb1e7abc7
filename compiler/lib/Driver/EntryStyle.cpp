//===- EntryStyle.cpp - Which entry style a handler uses ------------------===//
//
// Pattern matching over the entry module's top level. A default export is
// classified by its value: a function (declaration, expression or arrow) is
// the handler itself; an object literal is a handler object when it has a
// `fetch` property or method; an identifier is followed to its top-level
// declaration; any other object-producing expression (`new App()`, a call)
// counts as a handler object whose `fetch` the server checks at start-up,
// since its shape is only known when it runs. Literals never qualify. In a
// module graph, a default export that is an import or a re-export (`export
// { default } from "./app.js"`) is classified by the exporting module's
// declaration, and a re-exported `handler` counts as an exported handler.
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/EntryStyle.h"

using namespace kiln;

namespace {

/// The name a property key or export specifier spells, if it is static.
llvm::StringRef staticName(const Node *node) {
  if (auto *id = llvm::dyn_cast_or_null<IdentifierNode>(node))
    return id->name ? id->name.str() : llvm::StringRef();
  if (auto *str = llvm::dyn_cast_or_null<StringLiteralNode>(node))
    return str->value ? str->value.str() : llvm::StringRef();
  return {};
}

bool isFunctionValue(const Node *node) {
  return llvm::isa_and_nonnull<FunctionExpressionNode,
                               ArrowFunctionExpressionNode,
                               FunctionDeclarationNode>(node);
}

class Detector {
public:
  explicit Detector(ProgramNode *program, const ModuleRecord *record = nullptr,
                    unsigned depth = 0)
      : program_(program), record_(record), depth_(depth) {}

  EntryStyle run() {
    EntryStyle named = EntryStyle::None;
    EntryStyle listener = EntryStyle::None;
    for (Node *item : program_->body) {
      if (auto *def = llvm::dyn_cast<ExportDefaultDeclarationNode>(item)) {
        EntryStyle s = classifyDefault(def->declaration, 0);
        if (s != EntryStyle::None)
          return s;
      } else if (auto *named_ =
                     llvm::dyn_cast<ExportNamedDeclarationNode>(item)) {
        if (EntryStyle s = classifyNamed(named_); s != EntryStyle::None) {
          if (s != EntryStyle::NamedHandler)
            return s; // `export { app as default }`
          named = s;
        }
      } else if (isFetchListenerCall(item)) {
        listener = EntryStyle::FetchEventListener;
      }
    }
    return named != EntryStyle::None ? named : listener;
  }

  /// The style of the value \p record exports as \p name (any value for
  /// `handler`).
  EntryStyle classifyExport(const ModuleRecord *record, llvm::StringRef name,
                            unsigned depth) {
    if (!record || !record->program || depth > 8)
      return EntryStyle::None;
    Detector inner(record->program, record, depth);
    if (name != "default" && name != "handler") {
      // An exported binding by its local declaration (or its import).
      if (Node *value = inner.findTopLevelValue(name))
        return inner.classifyDefault(value, depth + 1);
      return inner.classifyImport(name, depth + 1);
    }
    for (Node *item : record->program->body) {
      if (auto *def = llvm::dyn_cast<ExportDefaultDeclarationNode>(item)) {
        if (name == "default")
          return inner.classifyDefault(def->declaration, depth + 1);
      } else if (auto *decl =
                     llvm::dyn_cast<ExportNamedDeclarationNode>(item)) {
        EntryStyle s = inner.classifyNamed(decl);
        if (name == "handler" && s == EntryStyle::NamedHandler)
          return s;
        if (name == "default" && s != EntryStyle::NamedHandler)
          return s;
      }
    }
    return EntryStyle::None;
  }

private:
  ProgramNode *program_;
  /// The module of program_ in a graph (null for a lone file).
  const ModuleRecord *record_;
  unsigned depth_;

  /// The module \p source names, if the graph has it.
  const ModuleRecord *requested(const StringLiteralNode *source) {
    if (!record_ || !source)
      return nullptr;
    auto it = record_->requested.find(source);
    return it == record_->requested.end() ? nullptr : it->second;
  }

  /// The style of an imported binding \p local: that of the export it
  /// imports.
  EntryStyle classifyImport(llvm::StringRef local, unsigned depth) {
    for (Node *item : program_->body) {
      auto *import = llvm::dyn_cast<ImportDeclarationNode>(item);
      if (!import)
        continue;
      for (Node *spec : import->specifiers) {
        if (auto *s = llvm::dyn_cast_or_null<ImportSpecifierNode>(spec)) {
          if (staticName(s->local) == local)
            return classifyExport(requested(import->source),
                                  staticName(s->imported), depth + 1);
        } else if (auto *s = llvm::dyn_cast_or_null<ImportDefaultSpecifierNode>(
                       spec)) {
          if (staticName(s->local) == local)
            return classifyExport(requested(import->source), "default",
                                  depth + 1);
        }
      }
    }
    return EntryStyle::None;
  }

  /// The value a top-level declaration gives \p name: the initializer of a
  /// `var/let/const name = ...`, or the function or class declaration.
  Node *findTopLevelValue(llvm::StringRef name) {
    for (Node *item : program_->body) {
      if (auto *exp = llvm::dyn_cast<ExportNamedDeclarationNode>(item))
        item = exp->declaration;
      if (!item)
        continue;
      if (auto *var = llvm::dyn_cast<VariableDeclarationNode>(item)) {
        for (VariableDeclaratorNode *d : var->declarations)
          if (d && staticName(d->id) == name &&
              llvm::isa<IdentifierNode>(d->id))
            return d->init;
      } else if (auto *fn = llvm::dyn_cast<FunctionDeclarationNode>(item)) {
        if (fn->id && staticName(fn->id) == name)
          return fn;
      } else if (auto *cls = llvm::dyn_cast<ClassDeclarationNode>(item)) {
        if (cls->id && staticName(cls->id) == name)
          return cls;
      }
    }
    return nullptr;
  }

  EntryStyle classifyDefault(Node *value, unsigned depth) {
    if (!value || depth > 8)
      return EntryStyle::None;
    if (isFunctionValue(value))
      return EntryStyle::DefaultFunction;
    if (auto *obj = llvm::dyn_cast<ObjectExpressionNode>(value)) {
      for (Node *prop : obj->properties)
        if (auto *p = llvm::dyn_cast_or_null<PropertyNode>(prop))
          if (!p->isComputed && staticName(p->key) == "fetch")
            return EntryStyle::DefaultObjectFetch;
      return EntryStyle::None;
    }
    if (auto *id = llvm::dyn_cast<IdentifierNode>(value)) {
      if (Node *local = findTopLevelValue(staticName(id)))
        return classifyDefault(local, depth + 1);
      return classifyImport(staticName(id), depth);
    }
    if (llvm::isa<NewExpressionNode, CallExpressionNode, MemberExpressionNode>(
            value))
      return EntryStyle::DefaultObjectFetch;
    return EntryStyle::None;
  }

  EntryStyle classifyNamed(ExportNamedDeclarationNode *decl) {
    if (decl->source) {
      // `export { x as default, handler } from "./m.js"`.
      for (ExportSpecifierNode *spec : decl->specifiers) {
        llvm::StringRef exported = spec ? staticName(spec->exported) : "";
        if (exported == "handler")
          return EntryStyle::NamedHandler;
        if (exported == "default")
          if (EntryStyle s = classifyExport(
                  requested(decl->source), staticName(spec->local), depth_ + 1);
              s != EntryStyle::None && s != EntryStyle::NamedHandler)
            return s;
      }
      return EntryStyle::None;
    }
    if (Node *d = decl->declaration) {
      if (auto *fn = llvm::dyn_cast<FunctionDeclarationNode>(d))
        return fn->id && staticName(fn->id) == "handler"
                   ? EntryStyle::NamedHandler
                   : EntryStyle::None;
      if (auto *var = llvm::dyn_cast<VariableDeclarationNode>(d))
        for (VariableDeclaratorNode *v : var->declarations)
          if (v && llvm::isa<IdentifierNode>(v->id) &&
              staticName(v->id) == "handler")
            return EntryStyle::NamedHandler;
      return EntryStyle::None;
    }
    for (ExportSpecifierNode *spec : decl->specifiers) {
      if (!spec)
        continue;
      llvm::StringRef exported = staticName(spec->exported);
      if (exported == "default") {
        if (EntryStyle s = classifyDefault(spec->local, 0);
            s != EntryStyle::None)
          return s;
      } else if (exported == "handler") {
        return EntryStyle::NamedHandler;
      }
    }
    return EntryStyle::None;
  }

  /// `addEventListener("fetch", ...)`, also through `self.` or
  /// `globalThis.`, as a top-level expression statement.
  static bool isFetchListenerCall(Node *item) {
    auto *stmt = llvm::dyn_cast<ExpressionStatementNode>(item);
    auto *call =
        stmt ? llvm::dyn_cast<CallExpressionNode>(stmt->expression) : nullptr;
    if (!call || call->arguments.size() < 2)
      return false;
    Node *callee = call->callee;
    if (auto *member = llvm::dyn_cast<MemberExpressionNode>(callee)) {
      llvm::StringRef object = staticName(member->object);
      if (member->isComputed || (object != "self" && object != "globalThis"))
        return false;
      callee = member->property;
    }
    if (!llvm::isa<IdentifierNode>(callee) ||
        staticName(callee) != "addEventListener")
      return false;
    auto *type = llvm::dyn_cast_or_null<StringLiteralNode>(call->arguments[0]);
    return type && staticName(type) == "fetch";
  }
};

} // namespace

EntryStyle kiln::detectEntryStyle(ProgramNode *program) {
  if (!program)
    return EntryStyle::None;
  return Detector(program).run();
}

EntryStyle kiln::detectEntryStyle(const ModuleGraph &graph) {
  const ModuleRecord *entry = graph.getEntry();
  if (!entry || !entry->program)
    return EntryStyle::None;
  return Detector(entry->program, entry).run();
}

llvm::StringRef kiln::getEntryStyleSpelling(EntryStyle style) {
  switch (style) {
#define KILN_ENTRY_STYLE(Name, Value, Spelling, Example)                       \
  case EntryStyle::Name:                                                       \
    return Spelling;
#include "kiln/EntryStyles.def"
  case EntryStyle::None:
    break;
  }
  return "none";
}

void kiln::reportMissingEntryStyle(ProgramNode *program,
                                   DiagnosticEngine &diags) {
  SourceLoc start = program->getStartLoc();
  diags.report(start, DiagID::err_driver_no_entry_style);
#define KILN_ENTRY_STYLE(Name, Value, Spelling, Example)                       \
  diags.report(SourceLoc(), DiagID::note_driver_entry_style, {Example});
#include "kiln/EntryStyles.def"
}
