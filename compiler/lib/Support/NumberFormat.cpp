//===- NumberFormat.cpp - Printing numbers in compiler dumps --------------===//
//
// Tries increasing %g precisions until the text parses back to the same bits.
//
//===----------------------------------------------------------------------===//
#include "kiln/Support/NumberFormat.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

std::string kiln::formatShortestDouble(double value) {
  if (std::isnan(value))
    return "NaN";
  if (std::isinf(value))
    return value < 0 ? "-Infinity" : "Infinity";
  if (value == 0)
    return std::signbit(value) ? "-0" : "0";
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    snprintf(buf, sizeof buf, "%.*g", precision, value);
    if (strtod(buf, nullptr) == value)
      break;
  }
  return buf;
}
