//===- TypedArrayMethods.cpp - %TypedArray%.prototype methods -------------===//
//
// The methods of %TypedArray%.prototype. Where the spec's algorithm is the
// Array method's over an object whose length is its [[ArrayLength]] (every
// element present), the method checks its receiver and runs the Array
// method itself (ArrayIteration.cpp, ArrayCopying.cpp, Iterators.cpp:
// lengthOfArrayLike53 reads a typed array's internal length). The others
// differ from Array's: fill converts its value once, map/filter/slice/
// subarray make their result with TypedArraySpeciesCreate, set copies
// from a typed array or array-like at an offset, and sort without a
// comparator orders numbers (NaN last, -0 before +0).
//
//===----------------------------------------------------------------------===//
#include "builtins/TypedArray.h"

#include "support/PodVector.h"

using namespace kiln;

#define KILN_TYPED_ARRAY_NATIVE(Function)                                      \
  KilnValue kiln::Function(Runtime &rt, KilnValue callee, KilnValue thisValue, \
                           const KilnValue *args, uint32_t argc, bool)

/// A method whose algorithm is the Array method \p ArrayFunction's.
#define KILN_TYPED_ARRAY_SHARED(Function, ArrayFunction)                       \
  KILN_TYPED_ARRAY_NATIVE(Function) {                                          \
    if (!validateTypedArray(rt, thisValue))                                    \
      return KILN_VALUE_EXCEPTION;                                             \
    return ArrayFunction(rt, callee, thisValue, args, argc, false);            \
  }
KILN_TYPED_ARRAY_SHARED(typedArrayProtoAt, arrayProtoAt)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoCopyWithin, arrayProtoCopyWithin)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoEntries, arrayProtoEntries)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoEvery, arrayProtoEvery)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoFind, arrayProtoFind)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoFindIndex, arrayProtoFindIndex)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoFindLast, arrayProtoFindLast)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoFindLastIndex, arrayProtoFindLastIndex)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoForEach, arrayProtoForEach)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoIncludes, arrayProtoIncludes)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoIndexOf, arrayProtoIndexOf)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoJoin, arrayProtoJoin)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoKeys, arrayProtoKeys)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoLastIndexOf, arrayProtoLastIndexOf)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoReduce, arrayProtoReduce)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoReduceRight, arrayProtoReduceRight)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoReverse, arrayProtoReverse)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoSome, arrayProtoSome)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoToLocaleString, arrayProtoToLocaleString)
KILN_TYPED_ARRAY_SHARED(typedArrayProtoValues, arrayProtoValues)
#undef KILN_TYPED_ARRAY_SHARED

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoFill) {
  (void)callee;
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  if (!ta)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  double value, length = ta->length, start, end;
  if (!toNumber(rt, argAt(args, argc, 0), value) ||
      !relativeRange(rt, args, argc, 1, length, start, end))
    return KILN_VALUE_EXCEPTION;
  for (double k = start; k < end; ++k)
    writeElement(ta, uint32_t(k), value);
  return thisValue;
}

namespace {

enum class Pick { Map, Filter };

/// map and filter: call back on each element, then build the result with
/// TypedArraySpeciesCreate (map's up front, filter's from the kept values).
KilnValue mapOrFilter(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                      uint32_t argc, Pick kind) {
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  if (!ta)
    return KILN_VALUE_EXCEPTION;
  KilnValue fn = argAt(args, argc, 0);
  if (!requireCallable(rt, fn))
    return KILN_VALUE_EXCEPTION;
  KilnValue thisArg = argAt(args, argc, 1);
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  uint32_t length = ta->length;
  TypedArrayCell *out = nullptr;
  ObjectCell *kept = nullptr;
  if (kind == Pick::Map) {
    KilnValue lengthValue = makeNumber(length);
    out = typedArraySpeciesCreate(rt, ta, &lengthValue, 1, length);
    if (!out)
      return KILN_VALUE_EXCEPTION;
    scope.keep(&out->object);
  } else {
    kept = arrayCreate(rt, 0);
    if (!kept)
      return KILN_VALUE_EXCEPTION;
    scope.keep(kept);
  }
  KilnValue *element = scope.keep(KILN_VALUE_UNDEFINED);
  uint32_t count = 0;
  for (uint32_t k = 0; k < length; ++k) {
    *element = getAt(rt, &ta->object, k);
    if (isException(*element))
      return KILN_VALUE_EXCEPTION;
    KilnValue call[3] = {*element, makeNumber(k), thisValue};
    KilnValue result = callFunction(rt, fn, thisArg, call, 3, false);
    if (isException(result))
      return result;
    if (kind == Pick::Map) {
      if (!setAt(rt, &out->object, k, result))
        return KILN_VALUE_EXCEPTION;
    } else if (toBoolean(result) && !createAt(rt, kept, count++, *element)) {
      return KILN_VALUE_EXCEPTION;
    }
  }
  if (kind == Pick::Filter) {
    KilnValue lengthValue = makeNumber(count);
    out = typedArraySpeciesCreate(rt, ta, &lengthValue, 1, count);
    if (!out)
      return KILN_VALUE_EXCEPTION;
    scope.keep(&out->object);
    for (uint32_t k = 0; k < count; ++k)
      if (!setAt(rt, &out->object, k, getAt(rt, kept, k)))
        return KILN_VALUE_EXCEPTION;
  }
  return objectValue(&out->object);
}

/// The order of sort without a comparator: numbers ascending, -0 before
/// +0, NaN last.
bool numericBefore(double a, double b) {
  if (b != b)
    return a == a;
  if (a != a)
    return false;
  if (a < b)
    return true;
  if (a > b)
    return false;
  return a == 0 && __builtin_signbit(a) && !__builtin_signbit(b);
}

/// A stable bottom-up merge sort of \p n doubles at \p a (\p tmp as big).
void sortNumbers(double *a, double *tmp, size_t n) {
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n;
      size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi)
        tmp[k++] = numericBefore(a[j], a[i]) ? a[j++] : a[i++];
      while (i < mid)
        tmp[k++] = a[i++];
      while (j < hi)
        tmp[k++] = a[j++];
    }
    memcpy(a, tmp, n * sizeof(double));
  }
}

} // namespace

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoMap) {
  (void)callee;
  return mapOrFilter(rt, thisValue, args, argc, Pick::Map);
}

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoFilter) {
  (void)callee;
  return mapOrFilter(rt, thisValue, args, argc, Pick::Filter);
}

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoSort) {
  KilnValue comparator = argAt(args, argc, 0);
  if (!isUndefined(comparator) && !isCallable(comparator))
    return rt.raise(ErrorKind::TypeError,
                    "The comparison function must be either a function or "
                    "undefined");
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  if (!ta)
    return KILN_VALUE_EXCEPTION;
  // With a comparator the algorithm is Array's (SortCompare, then Set).
  if (!isUndefined(comparator))
    return arrayProtoSort(rt, callee, thisValue, args, argc, false);
  PodVector<double> values, tmp;
  if (!values.reserve(ta->length) || !tmp.reserve(ta->length))
    return rt.raiseOutOfMemory();
  for (uint32_t i = 0; i < ta->length; ++i) {
    values.push(readElement(ta, i));
    tmp.push(0);
  }
  sortNumbers(values.data(), tmp.data(), values.size());
  for (uint32_t i = 0; i < ta->length; ++i)
    writeElement(ta, i, values[i]);
  return thisValue;
}

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoSlice) {
  (void)callee;
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  if (!ta)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  double length = ta->length, start, end;
  if (!relativeRange(rt, args, argc, 0, length, start, end))
    return KILN_VALUE_EXCEPTION;
  double count = end > start ? end - start : 0;
  KilnValue countValue = makeNumber(count);
  TypedArrayCell *out = typedArraySpeciesCreate(rt, ta, &countValue, 1, count);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  if (out->type == ta->type) {
    // Byte by byte, in order: a species result may share the buffer.
    uint32_t size = elementSize(ta->type);
    uint8_t *to = typedArrayData(out);
    const uint8_t *from = typedArrayData(ta) + size_t(start) * size;
    for (size_t i = 0; i < size_t(count) * size; ++i)
      to[i] = from[i];
  } else {
    for (uint32_t k = 0; k < uint32_t(count); ++k)
      writeElement(out, k, readElement(ta, uint32_t(start) + k));
  }
  return objectValue(&out->object);
}

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoSubarray) {
  (void)callee;
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  if (!ta)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  double length = ta->length, begin, end;
  if (!relativeRange(rt, args, argc, 0, length, begin, end))
    return KILN_VALUE_EXCEPTION;
  double newLength = end > begin ? end - begin : 0;
  KilnValue made[3] = {
      objectValue(&ta->buffer->object),
      makeNumber(ta->byteOffset + begin * elementSize(ta->type)),
      makeNumber(newLength)};
  TypedArrayCell *out = typedArraySpeciesCreate(rt, ta, made, 3, -1);
  return out ? objectValue(&out->object) : KILN_VALUE_EXCEPTION;
}

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoSet) {
  (void)callee;
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  if (!ta)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  KilnValue source = argAt(args, argc, 0);
  scope.keep(source);
  double offset;
  if (!toIntegerOrInfinity(rt, argAt(args, argc, 1), offset))
    return KILN_VALUE_EXCEPTION;
  if (offset < 0)
    return rt.raise(ErrorKind::RangeError, "offset is out of bounds");
  if (isTypedArray(source)) {
    TypedArrayCell *from = asTypedArray(source);
    if (from->length + offset > ta->length)
      return rt.raise(ErrorKind::RangeError, "offset is out of bounds");
    uint32_t at = uint32_t(offset);
    if (from->type == ta->type) {
      uint32_t size = elementSize(ta->type);
      memmove(typedArrayData(ta) + size_t(at) * size, typedArrayData(from),
              size_t(from->length) * size);
      return KILN_VALUE_UNDEFINED;
    }
    // Different types may share a buffer: read every source element
    // before writing any.
    PodVector<double> values;
    if (!values.reserve(from->length))
      return rt.raiseOutOfMemory();
    for (uint32_t i = 0; i < from->length; ++i)
      values.push(readElement(from, i));
    for (uint32_t i = 0; i < from->length; ++i)
      writeElement(ta, at + i, values[i]);
    return KILN_VALUE_UNDEFINED;
  }
  ObjectCell *src = toObject(rt, source);
  if (!src)
    return KILN_VALUE_EXCEPTION;
  scope.keep(src);
  double srcLength;
  if (!lengthOfArrayLike53(rt, src, srcLength))
    return KILN_VALUE_EXCEPTION;
  if (srcLength + offset > ta->length)
    return rt.raise(ErrorKind::RangeError, "offset is out of bounds");
  for (double k = 0; k < srcLength; ++k) {
    KilnValue value = getAt(rt, src, k);
    if (isException(value) ||
        isException(typedArraySetElement(
            rt, ta, PropertyKey::fromIndex(uint32_t(offset + k)), value)))
      return KILN_VALUE_EXCEPTION;
  }
  return KILN_VALUE_UNDEFINED;
}

// --- Copying methods (toReversed, toSorted, with)
// -------------------------------

namespace {

/// TypedArrayCreateSameType(\p ta, length): a fresh array of \p ta's type
/// and intrinsic prototype holding a copy of its elements; null after
/// raising.
TypedArrayCell *copyOf(Runtime &rt, TypedArrayCell *ta) {
  RootScope scope(rt.heap);
  scope.keep(&ta->object);
  TypedArrayCell *out = newTypedArrayOfLength(rt, ta->type, ta->length);
  if (out)
    memcpy(typedArrayData(out), typedArrayData(ta),
           size_t(ta->length) * elementSize(ta->type));
  return out;
}

} // namespace

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoToReversed) {
  (void)callee;
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  TypedArrayCell *out = ta ? copyOf(rt, ta) : nullptr;
  if (!out)
    return KILN_VALUE_EXCEPTION;
  for (uint32_t k = 0; k < ta->length; ++k)
    writeElement(out, k, readElement(ta, ta->length - 1 - k));
  return objectValue(&out->object);
}

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoToSorted) {
  KilnValue comparator = argAt(args, argc, 0);
  if (!isUndefined(comparator) && !isCallable(comparator))
    return rt.raise(ErrorKind::TypeError,
                    "The comparison function must be either a function or "
                    "undefined");
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  TypedArrayCell *out = ta ? copyOf(rt, ta) : nullptr;
  if (!out)
    return KILN_VALUE_EXCEPTION;
  // Sorting the copy in place is toSorted.
  return typedArrayProtoSort(rt, callee, objectValue(&out->object), args, argc,
                             false);
}

KILN_TYPED_ARRAY_NATIVE(typedArrayProtoWith) {
  (void)callee;
  TypedArrayCell *ta = validateTypedArray(rt, thisValue);
  if (!ta)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  double index, value;
  if (!toIntegerOrInfinity(rt, argAt(args, argc, 0), index) ||
      !toNumber(rt, argAt(args, argc, 1), value))
    return KILN_VALUE_EXCEPTION;
  if (index < 0)
    index += ta->length;
  if (!(index >= 0 && index < ta->length))
    return rt.raise(ErrorKind::RangeError, "Invalid typed array index");
  TypedArrayCell *out = copyOf(rt, ta);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  writeElement(out, uint32_t(index), value);
  return objectValue(&out->object);
}
