//===- EntryStyle.h - Which entry style a handler uses ----------*- C++ -*-===//
//
// Detects at compile time how a handler's entry module hands over its
// handler (kiln/EntryStyles.def): from the shape of its top-level exports
// and statements, before any code runs. `kilnc -c` records the result in the
// object's KilnHandlerInfo and rejects a program that uses none of them.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_DRIVER_ENTRYSTYLE_H
#define KILN_DRIVER_ENTRYSTYLE_H

#include "kiln/AST/AST.h"
#include "kiln/KIRGen/ModuleGraph.h"
#include "kiln/Support/Diagnostics.h"

#include "llvm/ADT/StringRef.h"

namespace kiln {

enum class EntryStyle : unsigned {
  None = 0,
#define KILN_ENTRY_STYLE(Name, Value, Spelling, Example) Name = Value,
#include "kiln/EntryStyles.def"
};

/// The entry style of \p program (analyzed by Sema), or EntryStyle::None.
/// In order of preference: a default export (an object with `fetch`, or a
/// function), an exported `handler`, then a top-level
/// `addEventListener("fetch", ...)` call.
EntryStyle detectEntryStyle(ProgramNode *program);
/// detectEntryStyle for the entry of a module graph: a default export or
/// `handler` the entry imports or re-exports is classified by the module
/// that declares it.
EntryStyle detectEntryStyle(const ModuleGraph &graph);

/// The spelling of \p style in EntryStyles.def ("none" for None).
llvm::StringRef getEntryStyleSpelling(EntryStyle style);

/// Reports that \p program has no entry style, with a note per accepted
/// style.
void reportMissingEntryStyle(ProgramNode *program, DiagnosticEngine &diags);

} // namespace kiln

#endif
