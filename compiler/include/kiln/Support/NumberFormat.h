//===- NumberFormat.h - Printing numbers in compiler dumps ------*- C++ -*-===//
//
// Formatting of doubles for the compiler's text dumps (tokens, AST, IR):
// the shortest decimal that reads back as the same double, so dumps are
// stable and exact. This is not Number.prototype.toString, which lives in the
// runtime.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SUPPORT_NUMBERFORMAT_H
#define KILN_SUPPORT_NUMBERFORMAT_H

#include <string>

namespace kiln {

/// Shortest round-trip representation of \p value: "1", "0.1", "1e+21",
/// "NaN", "Infinity", "-0".
std::string formatShortestDouble(double value);

} // namespace kiln

#endif
