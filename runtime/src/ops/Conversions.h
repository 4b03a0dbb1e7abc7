//===- Conversions.h - The spec's type conversions --------------*- C++ -*-===//
//
// ECMAScript's abstract conversion operations (ToBoolean, ToNumber,
// ToString, ToPrimitive, ToPropertyKey, ToInt32, ToUint32) and the SameValue
// family, implemented once for the whole runtime; the kiln_rt_* ABI entry
// points in Abi.cpp wrap them. Functions that can throw return false or null
// with the exception pending in the Runtime.
//
// ToPrimitive on an object needs to call user code (valueOf/toString or
// Symbol.toPrimitive); that goes through Runtime::toPrimitiveHook, which the
// VM and builtins install. Without it, converting an object raises a
// TypeError.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_OPS_CONVERSIONS_H
#define KILN_OPS_CONVERSIONS_H

#include "object/Object.h"
#include "string/String.h"

namespace kiln {

enum class PrimitiveHint : uint8_t { Default, Number, String };

bool toBoolean(KilnValue v);
/// ToNumber; false with an exception pending (Symbol, or ToPrimitive threw).
bool toNumber(Runtime &rt, KilnValue v, double &out);
/// WhiteSpace or LineTerminator: what StringToNumber and String.prototype.trim
/// strip.
bool isStrWhiteSpace(uint16_t c);
/// StringToNumber on a flat string (NaN when it is not a StringNumericLiteral).
double stringToNumber(const StringCell *flat);
/// parseFloat's parse of a flat string: the longest StrDecimalLiteral
/// prefix after leading white space, or NaN.
double parseFloatPrefix(const StringCell *flat);
/// parseInt's parse of a flat string with \p radix (0: 10, or 16 after a
/// 0x prefix); NaN when no digit leads or the radix is out of range.
double parseIntPrefix(const StringCell *flat, int32_t radix);
/// Number::toString(x) in radix 10: the shortest string that round-trips.
StringCell *numberToString(Runtime &rt, double x);
/// Writes Number::toString(x) to \p buf (at least 32 bytes); returns length.
uint32_t formatNumber(double x, char *buf);
/// ToString; null with an exception pending.
StringCell *toString(Runtime &rt, KilnValue v);
/// ToPrimitive; EXCEPTION with an exception pending.
KilnValue toPrimitive(Runtime &rt, KilnValue v, PrimitiveHint hint);
/// ToPropertyKey, splitting off canonical array indices.
bool toPropertyKey(Runtime &rt, KilnValue v, PropertyKey &out);
/// The key as a JavaScript value: an index as a number, else the atom/symbol.
KilnValue propertyKeyValue(const PropertyKey &key);

int32_t toInt32(double d);
uint32_t toUint32(double d);

/// SameValue / SameValueZero / IsStrictlyEqual on flat-or-rope strings;
/// strings are compared by contents (ropes are read without flattening
/// failures: they fall back to false only if memory is exhausted).
bool sameValue(KilnValue a, KilnValue b);
bool sameValueZero(KilnValue a, KilnValue b);
bool strictEquals(KilnValue a, KilnValue b);
/// Whether two numbers (either representation) are equal as IEEE doubles.
bool numbersEqual(KilnValue a, KilnValue b);

/// The object's typeof result name; functions are callable objects.
inline bool isCallable(KilnValue v) {
  return isObject(v) && asCell(v)->kind == CellKind::Function;
}

} // namespace kiln

#endif // KILN_OPS_CONVERSIONS_H
