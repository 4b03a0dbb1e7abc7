//===- String.cpp - String creation, concatenation and flattening ---------===//
//
// Creates flat strings, concatenates into ropes, flattens ropes iteratively
// (an explicit work stack outside the GC heap, so a rope a million levels deep
// flattens without deep recursion), and implements the comparisons and the
// seeded hash that property keys and the atom table rely on.
//
//===----------------------------------------------------------------------===//
#include "string/String.h"

#include "core/Runtime.h"
#include "support/PodVector.h"

#include <string.h>

using namespace kiln;

namespace {

template <typename T>
T *allocateString(Runtime &rt, CellKind kind, uint32_t length,
                  size_t unitSize) {
  if (length > kMaxStringLength) {
    rt.raise(ErrorKind::RangeError, "Invalid string length");
    return nullptr;
  }
  T *s = rt.heap.allocate<T>(kind, sizeof(StringCell) + length * unitSize);
  if (!s) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  s->length = length;
  return s;
}

/// Copies the code units of \p view into \p out at \p offset, widening
/// one-byte units when \p out is two-byte.
void copyUnits(StringCell *out, uint32_t offset, StringView view) {
  if (out->isOneByte()) {
    memcpy(static_cast<OneByteString *>(out)->chars + offset, view.data,
           view.length);
    return;
  }
  uint16_t *dest = static_cast<TwoByteString *>(out)->chars + offset;
  if (!view.oneByte) {
    memcpy(dest, view.data, size_t(view.length) * 2);
    return;
  }
  const uint8_t *src = view.bytes();
  for (uint32_t i = 0; i < view.length; ++i)
    dest[i] = src[i];
}

StringCell *newFlat(Runtime &rt, uint32_t length, bool oneByte) {
  if (oneByte)
    return newOneByteString(rt, length);
  return newTwoByteString(rt, length);
}

/// The flat contents of a string that is flat or an already flattened rope.
const StringCell *flatContents(const StringCell *s) {
  if (s->isFlat())
    return s;
  const auto *rope = static_cast<const RopeString *>(s);
  return rope->header.flags & kStringFlattened ? rope->left : nullptr;
}

} // namespace

StringView kiln::viewFlat(const StringCell *s) {
  StringView view;
  view.length = s->length;
  view.oneByte = s->header.kind == CellKind::StringOneByte;
  view.data = view.oneByte ? static_cast<const void *>(
                                 static_cast<const OneByteString *>(s)->chars)
                           : static_cast<const void *>(
                                 static_cast<const TwoByteString *>(s)->chars);
  return view;
}

OneByteString *kiln::newOneByteString(Runtime &rt, uint32_t length) {
  auto *s =
      allocateString<OneByteString>(rt, CellKind::StringOneByte, length, 1);
  if (s)
    s->header.flags = kStringOneByte;
  return s;
}

TwoByteString *kiln::newTwoByteString(Runtime &rt, uint32_t length) {
  return allocateString<TwoByteString>(rt, CellKind::StringTwoByte, length, 2);
}

StringCell *kiln::newStringFromLatin1(Runtime &rt, const uint8_t *chars,
                                      uint32_t length) {
  OneByteString *s = newOneByteString(rt, length);
  if (s)
    memcpy(s->chars, chars, length);
  return s;
}

StringCell *kiln::newStringFromAscii(Runtime &rt, const char *text) {
  size_t length = strlen(text);
  if (length > kMaxStringLength) {
    rt.raise(ErrorKind::RangeError, "Invalid string length");
    return nullptr;
  }
  return newStringFromLatin1(rt, reinterpret_cast<const uint8_t *>(text),
                             uint32_t(length));
}

StringCell *kiln::newStringFromUtf16(Runtime &rt, const uint16_t *units,
                                     uint32_t length) {
  bool oneByte = true;
  for (uint32_t i = 0; i < length && oneByte; ++i)
    oneByte = units[i] <= 0xFF;
  if (oneByte) {
    OneByteString *s = newOneByteString(rt, length);
    if (s)
      for (uint32_t i = 0; i < length; ++i)
        s->chars[i] = uint8_t(units[i]);
    return s;
  }
  TwoByteString *s = newTwoByteString(rt, length);
  if (s)
    memcpy(s->chars, units, size_t(length) * 2);
  return s;
}

// --- Concatenation and flattening -------------------------------------------

StringCell *kiln::concatStrings(Runtime &rt, StringCell *a, StringCell *b) {
  if (a->length == 0)
    return b;
  if (b->length == 0)
    return a;
  uint64_t total = uint64_t(a->length) + b->length;
  if (total > kMaxStringLength) {
    rt.raise(ErrorKind::RangeError, "Invalid string length");
    return nullptr;
  }
  RootScope scope(rt.heap);
  scope.keep(a);
  scope.keep(b);
  bool oneByte = a->isOneByte() && b->isOneByte();
  if (total < kMinRopeLength) {
    // Short results are copied: cheaper to read than a rope and as small.
    StringCell *flatA = flattenString(rt, a);
    StringCell *flatB = flatA ? flattenString(rt, b) : nullptr;
    if (!flatB)
      return nullptr;
    StringCell *out = newFlat(rt, uint32_t(total), oneByte);
    if (!out)
      return nullptr;
    copyUnits(out, 0, viewFlat(flatA));
    copyUnits(out, a->length, viewFlat(flatB));
    rt.stringStats.codeUnitsCopied += total;
    return out;
  }
  auto *rope = rt.heap.allocate<RopeString>(CellKind::StringRope);
  if (!rope) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  rope->length = uint32_t(total);
  rope->header.flags = oneByte ? kStringOneByte : 0;
  rope->left = a;
  rope->right = b;
  rt.stringStats.ropesCreated++;
  return rope;
}

StringCell *kiln::flattenString(Runtime &rt, StringCell *s) {
  if (const StringCell *flat = flatContents(s))
    return const_cast<StringCell *>(flat);
  RootScope scope(rt.heap);
  scope.keep(s);
  auto *rope = static_cast<RopeString *>(s);
  StringCell *out = newFlat(rt, rope->length, rope->isOneByte());
  if (!out)
    return nullptr;
  // Left-to-right walk over the rope's leaves; a node's right side waits on
  // the stack while its left side is copied. Flattened sub-ropes are leaves.
  PodVector<StringCell *> pending;
  StringCell *node = rope;
  uint32_t offset = 0;
  for (;;) {
    if (const StringCell *flat = flatContents(node)) {
      copyUnits(out, offset, viewFlat(flat));
      offset += flat->length;
      if (pending.empty())
        break;
      node = pending.pop();
      continue;
    }
    auto *inner = static_cast<RopeString *>(node);
    if (!pending.push(inner->right)) {
      rt.raiseOutOfMemory();
      return nullptr;
    }
    node = inner->left;
  }
  rt.stringStats.flattenedRopes++;
  rt.stringStats.codeUnitsCopied += rope->length;
  rope->left = out;
  rope->right = nullptr;
  rope->header.flags |= kStringFlattened;
  return out;
}

void kiln::traceStringRope(GCCell *cell, Marker &marker) {
  auto *rope = reinterpret_cast<RopeString *>(cell);
  marker.markCell(&rope->left->header);
  if (rope->right)
    marker.markCell(&rope->right->header);
}

StringCell *kiln::substring(Runtime &rt, StringCell *flat, uint32_t begin,
                            uint32_t end) {
  if (begin == 0 && end == flat->length)
    return flat;
  if (begin >= end)
    return rt.emptyString();
  RootScope scope(rt.heap);
  scope.keep(flat);
  StringView view = viewFlat(flat);
  uint32_t length = end - begin;
  if (view.oneByte)
    return newStringFromLatin1(rt, view.bytes() + begin, length);
  return newStringFromUtf16(rt, view.units() + begin, length);
}

// --- Comparison and hashing -------------------------------------------------

bool kiln::flatStringsEqual(const StringCell *a, const StringCell *b) {
  if (a == b)
    return true;
  if (a->length != b->length || (a->isAtom() && b->isAtom()))
    return false;
  if (a->hash && b->hash && a->hash != b->hash)
    return false;
  StringView va = viewFlat(a), vb = viewFlat(b);
  if (va.oneByte == vb.oneByte)
    return memcmp(va.data, vb.data, size_t(va.length) * (va.oneByte ? 1 : 2)) ==
           0;
  for (uint32_t i = 0; i < va.length; ++i)
    if (va.at(i) != vb.at(i))
      return false;
  return true;
}

int kiln::compareFlatStrings(const StringCell *a, const StringCell *b) {
  StringView va = viewFlat(a), vb = viewFlat(b);
  uint32_t n = va.length < vb.length ? va.length : vb.length;
  if (va.oneByte && vb.oneByte) {
    int c = memcmp(va.data, vb.data, n);
    if (c)
      return c;
  } else {
    for (uint32_t i = 0; i < n; ++i)
      if (va.at(i) != vb.at(i))
        return va.at(i) < vb.at(i) ? -1 : 1;
  }
  return va.length < vb.length ? -1 : va.length > vb.length ? 1 : 0;
}

uint32_t kiln::hashCodeUnits(StringView view, uint32_t seed) {
  uint32_t h = 2166136261u ^ seed;
  for (uint32_t i = 0; i < view.length; ++i) {
    h ^= view.at(i);
    h *= 16777619u;
  }
  // Final avalanche so nearby keys spread over the table.
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h ? h : 1;
}

uint32_t kiln::hashFlatString(StringCell *s, uint32_t seed) {
  if (!s->hash)
    s->hash = hashCodeUnits(viewFlat(s), seed);
  return s->hash;
}

namespace {
/// Reads a string's code units left to right across rope leaves.
class UnitReader {
public:
  explicit UnitReader(const StringCell *s) { descend(s); }
  bool failed() const { return failed_; }
  /// Next code unit; requires that one remains.
  uint16_t next() {
    while (pos_ == leaf_.length) {
      pos_ = 0;
      descend(pending_.pop());
    }
    return leaf_.at(pos_++);
  }

private:
  void descend(const StringCell *s) {
    while (!flatContents(s)) {
      const auto *rope = static_cast<const RopeString *>(s);
      failed_ |= !pending_.push(rope->right);
      s = rope->left;
    }
    leaf_ = viewFlat(flatContents(s));
  }
  PodVector<const StringCell *> pending_;
  StringView leaf_;
  uint32_t pos_ = 0;
  bool failed_ = false;
};
} // namespace

bool kiln::stringsEqual(const StringCell *a, const StringCell *b) {
  if (a == b)
    return true;
  if (a->length != b->length)
    return false;
  const StringCell *fa = flatContents(a), *fb = flatContents(b);
  if (fa && fb)
    return flatStringsEqual(fa, fb);
  UnitReader ra(a), rb(b);
  for (uint32_t i = 0; i < a->length; ++i) {
    if (ra.failed() || rb.failed())
      return false; // only when malloc fails for the reader's stack
    if (ra.next() != rb.next())
      return false;
  }
  return true;
}
