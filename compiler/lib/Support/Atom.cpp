//===- Atom.cpp - Interned strings ----------------------------------------===//
//
// Interns the predefined atoms of Atoms.def when a table is created.
//
//===----------------------------------------------------------------------===//
#include "kiln/Support/Atom.h"

using namespace kiln;

AtomTable::AtomTable() {
#define ATOM(Name, Text) Name = intern(Text);
#include "kiln/Lex/Atoms.def"
#undef ATOM
}
