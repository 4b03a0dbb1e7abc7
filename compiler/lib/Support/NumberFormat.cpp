//===- NumberFormat.cpp - Printing numbers in compiler dumps --------------===//
//
// Finds the shortest decimal digits that read back as the same double (by
// trying increasing %e precisions), then lays them out the way ECMAScript's
// Number::toString does: plain digits for exponents in [-6, 21), exponent
// notation ("1e+21", "1.5e-7") outside it.
//
//===----------------------------------------------------------------------===//
#include "kiln/Support/NumberFormat.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

std::string kiln::formatShortestDouble(double value) {
  if (std::isnan(value))
    return "NaN";
  if (std::isinf(value))
    return value < 0 ? "-Infinity" : "Infinity";
  if (value == 0)
    return std::signbit(value) ? "-0" : "0";
  std::string out;
  if (value < 0) {
    out += '-';
    value = -value;
  }
  // "d.ddde±x" with the fewest digits that round-trip.
  char buf[40];
  for (int precision = 0; precision <= 16; ++precision) {
    snprintf(buf, sizeof buf, "%.*e", precision, value);
    if (strtod(buf, nullptr) == value)
      break;
  }
  std::string digits;
  const char *p = buf;
  for (; *p && *p != 'e'; ++p)
    if (*p != '.')
      digits += *p;
  int exp10 = *p == 'e' ? atoi(p + 1) : 0;
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();
  // value = 0.digits * 10^n with n = exp10 + 1 (ECMAScript's k and n).
  int k = int(digits.size()), n = exp10 + 1;
  if (k <= n && n <= 21) {
    out += digits;
    out.append(size_t(n - k), '0');
  } else if (0 < n && n <= 21) {
    out += digits.substr(0, size_t(n));
    out += '.';
    out += digits.substr(size_t(n));
  } else if (-6 < n && n <= 0) {
    out += "0.";
    out.append(size_t(-n), '0');
    out += digits;
  } else {
    out += digits[0];
    if (k > 1) {
      out += '.';
      out += digits.substr(1);
    }
    out += 'e';
    out += n - 1 >= 0 ? '+' : '-';
    out += std::to_string(std::abs(n - 1));
  }
  return out;
}
