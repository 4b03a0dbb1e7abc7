//===- Value.h - NaN-boxed JavaScript values --------------------*- C++ -*-===//
//
// KilnValue is the one representation of a JavaScript value shared by the
// runtime, the bytecode VM and LLVM-generated native code: a 64-bit word that
// holds either an IEEE-754 double as itself or, in the unused part of the
// quiet-NaN space, a tagged immediate (int32, undefined, null, booleans, the
// internal "empty" and "exception" markers) or a 48-bit heap pointer tagged
// with what it points to. In the C ABI it is a plain uint64_t; the inline
// helpers below are the fast paths that native code generation mirrors bit for
// bit, so the layout documented here is a contract: change it only together
// with the LLVM code generator and the bytecode format's value-size fields.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_VALUE_H
#define KILN_VALUE_H

#include <stdint.h>

/// A JavaScript value, NaN-boxed. Bit layout (bit 63 is the sign bit):
///
///   0x0000_0000_0000_0000 .. 0xFFF8_FFFF_FFFF_FFFF   double, stored as itself
///       (every NaN is canonicalized to 0x7FF8_0000_0000_0000 when boxed, so no
///       double ever has a top-16-bit tag of 0xFFF9 or above)
///   0xFFF9_0000_XXXX_XXXX   int32 X (low 32 bits, two's complement)
///   0xFFFA_0000_0000_000P   special immediate P:
///                             0 undefined, 1 null, 2 false, 3 true,
///                             4 empty (array hole / uninitialized binding,
///                               never visible to JavaScript code),
///                             5 exception (returned by a kiln_rt_* function
///                               that threw; the thrown value is pending in
///                               the runtime)
///   0xFFFB_PPPP_PPPP_PPPP   pointer to a Symbol cell
///   0xFFFC_PPPP_PPPP_PPPP   pointer to a String cell
///   0xFFFD_PPPP_PPPP_PPPP   pointer to an Object cell (any object, incl.
///                           arrays and functions)
///   0xFFFE_PPPP_PPPP_PPPP   pointer to an internal cell (shape, environment,
///                           storage): never a JavaScript value, but storable
///                           in value slots and roots so the GC traces it
///   0xFFFF_xxxx_xxxx_xxxx   reserved
///
/// Pointers are 48-bit user-space addresses (x86_64 and aarch64 Linux with
/// 4-level page tables) and at least 8-byte aligned.
typedef uint64_t KilnValue;

#define KILN_TAG_SHIFT 48
#define KILN_TAG_INT32 0xFFF9u
#define KILN_TAG_SPECIAL 0xFFFAu
#define KILN_TAG_SYMBOL 0xFFFBu
#define KILN_TAG_STRING 0xFFFCu
#define KILN_TAG_OBJECT 0xFFFDu
#define KILN_TAG_CELL 0xFFFEu
/// Tags at or above this value carry a heap pointer.
#define KILN_TAG_FIRST_POINTER KILN_TAG_SYMBOL

#define KILN_PAYLOAD_MASK 0x0000FFFFFFFFFFFFull
#define KILN_CANONICAL_NAN 0x7FF8000000000000ull
#define KILN_VALUE_UNDEFINED 0xFFFA000000000000ull
#define KILN_VALUE_NULL 0xFFFA000000000001ull
#define KILN_VALUE_FALSE 0xFFFA000000000002ull
#define KILN_VALUE_TRUE 0xFFFA000000000003ull
#define KILN_VALUE_EMPTY 0xFFFA000000000004ull
#define KILN_VALUE_EXCEPTION 0xFFFA000000000005ull

#ifdef __cplusplus
#include <string.h>

namespace kiln {

struct GCCell;

// The encoding facts native code relies on.
static_assert(sizeof(KilnValue) == 8, "values are one 64-bit word");
static_assert((KILN_VALUE_UNDEFINED | 1) == KILN_VALUE_NULL,
              "nullish test is (v | 1) == null");
static_assert((KILN_VALUE_FALSE | 1) == KILN_VALUE_TRUE,
              "boolean test is (v | 1) == true; the payload bit is the value");
static_assert((KILN_CANONICAL_NAN >> KILN_TAG_SHIFT) < KILN_TAG_INT32,
              "the canonical NaN is a double");
static_assert((0xFFF8000000000000ull >> KILN_TAG_SHIFT) < KILN_TAG_INT32,
              "negative quiet NaN is below every tag");

constexpr uint32_t valueTag(KilnValue v) {
  return uint32_t(v >> KILN_TAG_SHIFT);
}

// --- Type tests ------------------------------------------------------------

/// True for every number stored as a double (not for Int32-boxed numbers).
constexpr bool isDouble(KilnValue v) {
  return v < (uint64_t(KILN_TAG_INT32) << KILN_TAG_SHIFT);
}
constexpr bool isInt32(KilnValue v) { return valueTag(v) == KILN_TAG_INT32; }
/// True for every JavaScript number, in either representation.
constexpr bool isNumber(KilnValue v) {
  return v < (uint64_t(KILN_TAG_SPECIAL) << KILN_TAG_SHIFT);
}
constexpr bool isUndefined(KilnValue v) { return v == KILN_VALUE_UNDEFINED; }
constexpr bool isNull(KilnValue v) { return v == KILN_VALUE_NULL; }
constexpr bool isNullish(KilnValue v) { return (v | 1) == KILN_VALUE_NULL; }
constexpr bool isBool(KilnValue v) { return (v | 1) == KILN_VALUE_TRUE; }
constexpr bool isEmpty(KilnValue v) { return v == KILN_VALUE_EMPTY; }
constexpr bool isException(KilnValue v) { return v == KILN_VALUE_EXCEPTION; }
constexpr bool isPointer(KilnValue v) {
  return v >= (uint64_t(KILN_TAG_FIRST_POINTER) << KILN_TAG_SHIFT) &&
         valueTag(v) != 0xFFFFu;
}
constexpr bool isSymbol(KilnValue v) { return valueTag(v) == KILN_TAG_SYMBOL; }
constexpr bool isString(KilnValue v) { return valueTag(v) == KILN_TAG_STRING; }
constexpr bool isObject(KilnValue v) { return valueTag(v) == KILN_TAG_OBJECT; }
constexpr bool isInternalCell(KilnValue v) {
  return valueTag(v) == KILN_TAG_CELL;
}

// --- Construction ----------------------------------------------------------

constexpr KilnValue makeInt32(int32_t i) {
  return (uint64_t(KILN_TAG_INT32) << KILN_TAG_SHIFT) | uint32_t(i);
}
constexpr KilnValue makeBool(bool b) { return KILN_VALUE_FALSE | uint64_t(b); }
constexpr KilnValue makeUndefined() { return KILN_VALUE_UNDEFINED; }
constexpr KilnValue makeNull() { return KILN_VALUE_NULL; }
constexpr KilnValue makeEmpty() { return KILN_VALUE_EMPTY; }

inline uint64_t doubleBits(double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  return bits;
}
inline double bitsToDouble(uint64_t bits) {
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

/// Boxes \p d as a double, canonicalizing NaN. Always the Double
/// representation, even for integral values.
inline KilnValue makeDouble(double d) {
  return d != d ? KILN_CANONICAL_NAN : doubleBits(d);
}

/// Boxes the number \p d in its preferred representation: Int32 when it is an
/// integer in int32 range other than -0, else a double. Both representations
/// of a number are valid everywhere; this one keeps the int32 fast paths hot.
inline KilnValue makeNumber(double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0) {
    int32_t i = int32_t(d);
    if (double(i) == d && !(i == 0 && doubleBits(d) >> 63))
      return makeInt32(i);
  }
  return makeDouble(d);
}

inline KilnValue makePointer(uint32_t tag, const void *p) {
  return (uint64_t(tag) << KILN_TAG_SHIFT) | uint64_t(uintptr_t(p));
}

// --- Access ----------------------------------------------------------------

constexpr int32_t asInt32(KilnValue v) { return int32_t(uint32_t(v)); }
constexpr bool asBool(KilnValue v) { return v & 1; }
/// Requires isDouble(v).
inline double asDouble(KilnValue v) { return bitsToDouble(v); }
/// The number in \p v as a double; requires isNumber(v).
inline double asNumber(KilnValue v) {
  return isInt32(v) ? double(asInt32(v)) : bitsToDouble(v);
}
/// The heap address in a pointer value; requires isPointer(v).
inline GCCell *asCell(KilnValue v) {
  return reinterpret_cast<GCCell *>(uintptr_t(v & KILN_PAYLOAD_MASK));
}

} // namespace kiln
#endif // __cplusplus

#endif // KILN_VALUE_H
