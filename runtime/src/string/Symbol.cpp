//===- Symbol.cpp - Symbol cells ------------------------------------------===//
//
// Creation and tracing of Symbol cells and their descriptive string, the
// text String(symbol) and console output show.
//
//===----------------------------------------------------------------------===//
#include "string/Symbol.h"

#include "core/Runtime.h"
#include "string/String.h"

using namespace kiln;

void kiln::traceSymbol(GCCell *cell, Marker &marker) {
  marker.markValue(reinterpret_cast<SymbolCell *>(cell)->description);
}

SymbolCell *kiln::newSymbol(Runtime &rt, KilnValue description) {
  RootScope scope(rt.heap);
  scope.keep(description);
  SymbolCell *s = rt.heap.allocate<SymbolCell>(CellKind::Symbol);
  if (!s) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  s->description = description;
  return s;
}

StringCell *kiln::symbolDescriptiveString(Runtime &rt, KilnValue symbol) {
  RootScope scope(rt.heap);
  scope.keep(symbol);
  KilnValue description = asSymbol(symbol)->description;
  StringCell *open = newStringFromAscii(rt, "Symbol(");
  if (!open)
    return nullptr;
  scope.keep(open);
  StringCell *text = open;
  if (isString(description)) {
    text = concatStrings(rt, open, asString(description));
    if (!text)
      return nullptr;
    scope.keep(text);
  }
  StringCell *close = newStringFromAscii(rt, ")");
  return close ? concatStrings(rt, text, close) : nullptr;
}
