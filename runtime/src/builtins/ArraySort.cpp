//===- ArraySort.cpp - Array.prototype.sort and toSorted ------------------===//
//
// SortIndexedProperties for sort (holes skipped, written back in place with
// undefineds after the sorted values and holes deleted at the end) and
// toSorted (holes read as undefined, the result a new dense array). The sort
// is a bottom-up merge sort: stable, O(n log n) comparisons, and safe
// against comparators that are inconsistent, throw, or change the array
// (the values are copied out first, so a comparator only ever sees them).
// Without a comparator the values are compared as strings by code units;
// each value's ToString is taken once, before sorting.
//
//===----------------------------------------------------------------------===//
#include "builtins/ArrayLike.h"

#include <string.h>

using namespace kiln;

namespace {

/// The values being sorted and, for the default order, their strings; both
/// halves of each with a scratch copy, in one GC-visible cell:
/// [values | scratch values | keys | scratch keys], each \p n long.
struct SortBuffer {
  ValueArray *cell = nullptr;
  uint32_t n = 0;
  KilnValue *values() const { return cell->values; }
  KilnValue *scratch() const { return cell->values + n; }
  KilnValue *keys() const { return cell->values + 2 * size_t(n); }
  KilnValue *scratchKeys() const { return cell->values + 3 * size_t(n); }
};

/// Whether b sorts before a: SortCompare(b, a) < 0.
bool before(Runtime &rt, KilnValue comparator, uint32_t b, uint32_t a,
            const KilnValue *values, const KilnValue *keys, bool &less) {
  if (isUndefined(comparator)) {
    less = compareFlatStrings(asString(keys[b]), asString(keys[a])) < 0;
    return true;
  }
  KilnValue pair[2] = {values[b], values[a]};
  KilnValue r =
      callFunction(rt, comparator, KILN_VALUE_UNDEFINED, pair, 2, false);
  double d;
  if (isException(r) || !toNumber(rt, r, d))
    return false;
  less = d < 0;
  return true;
}

/// Stable bottom-up merge sort of buf's values (and keys alongside).
bool mergeSort(Runtime &rt, KilnValue comparator, SortBuffer &buf) {
  uint32_t n = buf.n;
  bool withKeys = isUndefined(comparator);
  for (uint64_t width = 1; width < n; width *= 2) {
    KilnValue *values = buf.values(), *keys = buf.keys();
    KilnValue *outValues = buf.scratch(), *outKeys = buf.scratchKeys();
    for (uint64_t lo = 0; lo < n; lo += 2 * width) {
      uint32_t mid = uint32_t(lo + width < n ? lo + width : n);
      uint32_t hi = uint32_t(mid + width < n ? mid + width : n);
      uint32_t i = uint32_t(lo), j = mid, k = uint32_t(lo);
      while (i < mid && j < hi) {
        bool less;
        if (!before(rt, comparator, j, i, values, keys, less))
          return false;
        uint32_t from = less ? j++ : i++;
        outValues[k] = values[from];
        if (withKeys)
          outKeys[k] = keys[from];
        ++k;
      }
      for (; i < mid; ++i, ++k) {
        outValues[k] = values[i];
        if (withKeys)
          outKeys[k] = keys[i];
      }
      for (; j < hi; ++j, ++k) {
        outValues[k] = values[j];
        if (withKeys)
          outKeys[k] = keys[j];
      }
    }
    memcpy(values, outValues, sizeof(KilnValue) * n);
    if (withKeys)
      memcpy(keys, outKeys, sizeof(KilnValue) * n);
  }
  return true;
}

/// Reads the elements of \p o into a new buffer (holes skipped when
/// \p skipHoles, else read as undefined; undefineds counted, not stored),
/// then sorts them. False after raising.
bool collectAndSort(Runtime &rt, ObjectCell *o, double length,
                    KilnValue comparator, bool skipHoles, SortBuffer &buf,
                    uint32_t &undefinedCount) {
  if (length > double(kMaxArrayLength) / 4) {
    rt.raise(ErrorKind::RangeError, "Invalid array length");
    return false;
  }
  RootScope scope(rt.heap);
  scope.keep(o);
  uint32_t capacity = uint32_t(length);
  buf.cell = ValueArray::create(rt.heap, capacity ? 4 * capacity : 1);
  if (!buf.cell) {
    rt.raiseOutOfMemory();
    return false;
  }
  scope.keep(buf.cell);
  buf.n = capacity;
  uint32_t n = 0;
  undefinedCount = 0;
  for (uint32_t k = 0; k < capacity; ++k) {
    if (skipHoles && !hasProperty(rt, o, PropertyKey::fromIndex(k)))
      continue;
    KilnValue v = getAt(rt, o, k);
    if (isException(v))
      return false;
    if (isUndefined(v))
      ++undefinedCount;
    else
      buf.values()[n++] = v;
  }
  // Shrink the view to the values actually read; the halves move down.
  SortBuffer sorted;
  sorted.cell = buf.cell;
  sorted.n = n;
  if (isUndefined(comparator))
    for (uint32_t i = 0; i < n; ++i) {
      StringCell *s = toString(rt, sorted.values()[i]);
      if (!s || !(s = flattenString(rt, s)))
        return false;
      sorted.keys()[i] = stringValue(s);
    }
  if (!mergeSort(rt, comparator, sorted))
    return false;
  buf = sorted;
  return true;
}

bool checkComparator(Runtime &rt, KilnValue comparator) {
  if (isUndefined(comparator) || isCallable(comparator))
    return true;
  rt.raise(ErrorKind::TypeError,
           "The comparison function must be either a function or undefined");
  return false;
}

} // namespace

KilnValue kiln::arrayProtoSort(Runtime &rt, KilnValue, KilnValue thisValue,
                               const KilnValue *args, uint32_t argc, bool) {
  KilnValue comparator = argAt(args, argc, 0);
  if (!checkComparator(rt, comparator))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *o = r.object;
  double length = r.length;
  scope.keep(o);
  SortBuffer buf;
  uint32_t undefinedCount;
  if (!collectAndSort(rt, o, length, comparator, true, buf, undefinedCount))
    return KILN_VALUE_EXCEPTION;
  scope.keep(buf.cell);
  uint32_t k = 0;
  for (; k < buf.n; ++k)
    if (!setAt(rt, o, k, buf.values()[k]))
      return KILN_VALUE_EXCEPTION;
  for (; k < buf.n + undefinedCount; ++k)
    if (!setAt(rt, o, k, KILN_VALUE_UNDEFINED))
      return KILN_VALUE_EXCEPTION;
  for (double d = k; d < length; ++d)
    if (!deleteAt(rt, o, d))
      return KILN_VALUE_EXCEPTION;
  return objectValue(o);
}

KilnValue kiln::arrayProtoToSorted(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  KilnValue comparator = argAt(args, argc, 0);
  if (!checkComparator(rt, comparator))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  ArrayReceiver r;
  if (!arrayReceiver(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *o = r.object;
  double length = r.length;
  scope.keep(o);
  ObjectCell *out = arrayCreate(rt, length);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  SortBuffer buf;
  uint32_t undefinedCount;
  if (!collectAndSort(rt, o, length, comparator, false, buf, undefinedCount))
    return KILN_VALUE_EXCEPTION;
  scope.keep(buf.cell);
  uint32_t k = 0;
  for (; k < buf.n; ++k)
    if (!createAt(rt, out, k, buf.values()[k]))
      return KILN_VALUE_EXCEPTION;
  for (; k < buf.n + undefinedCount; ++k)
    if (!createAt(rt, out, k, KILN_VALUE_UNDEFINED))
      return KILN_VALUE_EXCEPTION;
  return objectValue(out);
}
