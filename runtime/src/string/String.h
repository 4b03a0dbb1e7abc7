//===- String.h - JavaScript string cells -----------------------*- C++ -*-===//
//
// A JavaScript string is a sequence of UTF-16 code units, stored in one of
// three cell kinds: a flat one-byte string (every code unit <= 0xFF, stored
// as Latin-1 bytes), a flat two-byte string (UTF-16), or a rope, the lazy
// concatenation of two strings. Concatenation makes ropes, so building a
// string piece by piece is linear; a rope is flattened, without recursion, the
// first time its characters are needed, and then keeps its flat copy. Strings
// are immutable once published; the hash is computed on demand and cached.
//
// Rooting rule for this subsystem: functions that may allocate root their own
// cell arguments, so a caller only roots what it keeps across several calls.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_STRING_STRING_H
#define KILN_STRING_STRING_H

#include "kiln/Cell.h"
#include "kiln/Value.h"

#include <stddef.h>
#include <stdint.h>

namespace kiln {

struct Runtime;

/// Longest string, in code units (a RangeError beyond it).
constexpr uint32_t kMaxStringLength = (1u << 30) - 32;

/// Concatenations shorter than this copy into a flat string instead of
/// making a rope.
constexpr uint32_t kMinRopeLength = 24;

/// Flags in GCCell::flags of string cells.
enum StringFlags : uint16_t {
  /// Every code unit is <= 0xFF. For flat strings this means the one-byte
  /// kind; a rope has it when both sides have it.
  kStringOneByte = 1,
  /// The string is the atom for its contents (a flat string in the atom
  /// table; at most one per distinct contents per runtime).
  kStringAtom = 2,
  /// A rope whose `left` now holds its flat copy and whose `right` is null.
  kStringFlattened = 4,
};

/// Common prefix of all string cells.
struct StringCell {
  GCCell header;
  /// Length in UTF-16 code units.
  uint32_t length;
  /// Cached hash; 0 when not yet computed (computed hashes are never 0).
  uint32_t hash;

  bool isOneByte() const { return header.flags & kStringOneByte; }
  bool isAtom() const { return header.flags & kStringAtom; }
  bool isRope() const { return header.kind == CellKind::StringRope; }
  /// True for flat strings (not ropes, even flattened ones).
  bool isFlat() const { return header.kind != CellKind::StringRope; }
};
static_assert(sizeof(StringCell) == 16, "characters start 16 bytes in");

struct OneByteString : StringCell {
  uint8_t chars[];
};
struct TwoByteString : StringCell {
  uint16_t chars[];
};
struct RopeString : StringCell {
  StringCell *left;
  /// Null once flattened.
  StringCell *right;
};

inline StringCell *asString(KilnValue v) {
  return reinterpret_cast<StringCell *>(asCell(v));
}
inline KilnValue stringValue(const StringCell *s) {
  return makePointer(KILN_TAG_STRING, s);
}

/// A read-only view of a flat string's code units.
struct StringView {
  const void *data = nullptr;
  uint32_t length = 0;
  bool oneByte = true;

  uint16_t at(uint32_t i) const {
    return oneByte ? static_cast<const uint8_t *>(data)[i]
                   : static_cast<const uint16_t *>(data)[i];
  }
  const uint8_t *bytes() const { return static_cast<const uint8_t *>(data); }
  const uint16_t *units() const { return static_cast<const uint16_t *>(data); }
};

/// View of a flat string (requires s->isFlat()).
StringView viewFlat(const StringCell *s);

// --- Creation (all return null after raising an exception on failure) ----

/// A one-byte string of \p length uninitialized code units.
OneByteString *newOneByteString(Runtime &rt, uint32_t length);
/// A two-byte string of \p length uninitialized code units.
TwoByteString *newTwoByteString(Runtime &rt, uint32_t length);
/// Copies Latin-1 bytes.
StringCell *newStringFromLatin1(Runtime &rt, const uint8_t *chars,
                                uint32_t length);
/// Copies an ASCII / Latin-1 C string.
StringCell *newStringFromAscii(Runtime &rt, const char *text);
/// Copies UTF-16 code units; the result is one-byte when they all fit.
StringCell *newStringFromUtf16(Runtime &rt, const uint16_t *units,
                               uint32_t length);
/// Decodes UTF-8 (ill-formed sequences become U+FFFD, one per maximal
/// invalid subpart, as the WHATWG Encoding standard's decoder does).
StringCell *newStringFromUtf8(Runtime &rt, const char *bytes, size_t length);

/// a + b: a rope, or a flat copy when the result is short. Raises a
/// RangeError past kMaxStringLength.
StringCell *concatStrings(Runtime &rt, StringCell *a, StringCell *b);

/// The flat string with the contents of \p s: \p s itself when flat,
/// otherwise the rope's flat copy (made now if needed). Null on OOM.
StringCell *flattenString(Runtime &rt, StringCell *s);

/// The substring [begin, end) of a flat string.
StringCell *substring(Runtime &rt, StringCell *flat, uint32_t begin,
                      uint32_t end);

/// Whether two strings (flat or ropes) have the same code units; reads
/// ropes in place, without flattening or allocating in the GC heap.
bool stringsEqual(const StringCell *a, const StringCell *b);

// --- Queries on flat strings ------------------------------------------------

/// Whether two flat strings have the same code units.
bool flatStringsEqual(const StringCell *a, const StringCell *b);
/// Lexicographic comparison of code units: <0, 0 or >0.
int compareFlatStrings(const StringCell *a, const StringCell *b);
/// The hash of a flat string's contents (cached in the cell). Equal
/// contents hash equally whatever the representation.
uint32_t hashFlatString(StringCell *s, uint32_t seed);
uint32_t hashCodeUnits(StringView view, uint32_t seed);

// --- UTF-8 output -------------------------------------------------------

/// Bytes needed to encode a flat string as UTF-8 (lone surrogates are
/// encoded as U+FFFD, as TextEncoder does).
size_t utf8Length(const StringCell *flat);
/// Writes utf8Length(flat) bytes to \p out (no terminator).
void writeUtf8(const StringCell *flat, char *out);
/// Writes the longest prefix of whole code points of \p flat that fits in
/// \p capacity bytes (TextEncoder.encodeInto); returns the bytes written
/// and sets \p read to the code units consumed.
size_t writeUtf8Prefix(const StringCell *flat, uint8_t *out, size_t capacity,
                       uint32_t &read);
/// The length (0-3) of the tail of \p bytes that begins a UTF-8 sequence
/// the input ends in the middle of, each byte so far valid (what a
/// streaming TextDecoder keeps for the next call).
size_t incompleteUtf8Suffix(const uint8_t *bytes, size_t length);
/// Whether \p bytes are well-formed UTF-8 (TextDecoder's fatal mode).
bool isWellFormedUtf8(const uint8_t *bytes, size_t length);

} // namespace kiln

#endif // KILN_STRING_STRING_H
