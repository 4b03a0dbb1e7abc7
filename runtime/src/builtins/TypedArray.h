//===- TypedArray.h - Shared helpers of the binary-data builtins -*- C++
//-*-===//
//
// What ArrayBuffer.cpp, TypedArray.cpp and TypedArrayMethods.cpp share on
// top of the cells of object/BinaryData.h: the spec's ToIndex, the brand
// check every %TypedArray%.prototype method starts with, and creating
// typed arrays through a constructor (TypedArrayCreate) or an exemplar's
// species (TypedArraySpeciesCreate), which is how map, filter, slice,
// subarray, from and of make their results.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BUILTINS_TYPEDARRAY_H
#define KILN_BUILTINS_TYPEDARRAY_H

#include "builtins/ArrayLike.h"
#include "object/BinaryData.h"

namespace kiln {

/// ToIndex(\p v): an integer in [0, 2^53 - 1], or a RangeError with
/// \p message. False after raising.
bool toIndex(Runtime &rt, KilnValue v, double &out, const char *message);

/// ValidateTypedArray(\p v): the typed array, or null after a TypeError.
TypedArrayCell *validateTypedArray(Runtime &rt, KilnValue v);

/// TypedArrayCreateFromConstructor(\p ctor, args): Construct(ctor, args),
/// checked to be a typed array, of at least \p minLength elements when
/// \p minLength >= 0. Null after raising.
TypedArrayCell *typedArrayCreate(Runtime &rt, KilnValue ctor,
                                 const KilnValue *args, uint32_t argc,
                                 double minLength);
/// TypedArraySpeciesCreate(\p exemplar, args): as typedArrayCreate with
/// SpeciesConstructor(exemplar, its intrinsic constructor). Null after
/// raising.
TypedArrayCell *typedArraySpeciesCreate(Runtime &rt, TypedArrayCell *exemplar,
                                        const KilnValue *args, uint32_t argc,
                                        double minLength);

/// The constructor call of the concrete TypedArray \p type (new
/// Uint8Array(...)); the natives of Builtins.def forward here.
KilnValue constructTypedArray(Runtime &rt, TypedArrayType type,
                              KilnValue callee, KilnValue thisValue,
                              const KilnValue *args, uint32_t argc,
                              bool isConstruct);

/// A new Uint8Array over a fresh copy of \p size bytes at \p bytes (which
/// must not point into the GC heap); null after raising.
TypedArrayCell *newUint8ArrayFromBytes(Runtime &rt, const uint8_t *bytes,
                                       size_t size);

} // namespace kiln

#endif // KILN_BUILTINS_TYPEDARRAY_H
