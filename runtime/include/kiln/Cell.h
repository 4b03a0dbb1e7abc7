//===- Cell.h - The header of every garbage-collected cell ------*- C++ -*-===//
//
// Every block the Kiln heap hands out starts with a GCCell: one 8-byte word
// holding the cell's kind, the collector's mark bit, eight bits of per-kind
// flags and the cell's allocated size. The layout is part of the ABI with
// native code, which reads the kind byte for type tests; it is plain data so
// C-like code generators can address its fields by offset.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_CELL_H
#define KILN_CELL_H

#include <stddef.h>
#include <stdint.h>

namespace kiln {

enum class CellKind : uint8_t {
#define KILN_CELL_KIND(Name, Traced) Name,
#include "kiln/CellKinds.def"
  NumKinds
};

/// Header of every heap cell.
/// Invariants: `size` is the number of bytes allocated for the cell,
/// header included, a multiple of kCellAlignment; `gcBits` is 0 outside a
/// collection; cells are never moved, so their addresses are stable for as
/// long as they are reachable.
struct GCCell {
  CellKind kind;
  /// Collector-private bits (bit 0: marked).
  uint8_t gcBits;
  /// Per-kind flags (string: one-byte, atom, flattened; object: extensible).
  uint16_t flags;
  /// Allocated size in bytes, header included.
  uint32_t size;
};

constexpr size_t kCellAlignment = 16;

static_assert(sizeof(GCCell) == 8, "the cell header is one word");
static_assert(offsetof(GCCell, kind) == 0, "native code reads the kind byte");
static_assert(offsetof(GCCell, flags) == 2 && offsetof(GCCell, size) == 4,
              "header field offsets are ABI");

} // namespace kiln

#endif // KILN_CELL_H
