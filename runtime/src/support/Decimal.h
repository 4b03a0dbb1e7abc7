//===- Decimal.h - Unsigned integers as decimal text ------------*- C++ -*-===//
//
// formatDecimal writes an unsigned integer's decimal digits without the C
// library's printf machinery, which is far slower for the few digits the
// hot paths (URL ports and IPv4 hosts of every request) need.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SUPPORT_DECIMAL_H
#define KILN_SUPPORT_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

namespace kiln {

/// Writes the decimal digits of \p value to \p out (at least 10 bytes; no
/// terminator) and returns how many.
inline size_t formatDecimal(uint32_t value, char *out) {
  char digits[10];
  size_t n = 0;
  do {
    digits[n++] = char('0' + value % 10);
    value /= 10;
  } while (value);
  for (size_t i = 0; i < n; ++i)
    out[i] = digits[n - 1 - i];
  return n;
}

} // namespace kiln

#endif // KILN_SUPPORT_DECIMAL_H
