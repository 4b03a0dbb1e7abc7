//===- Runtime.h - One worker's JavaScript runtime --------------*- C++ -*-===//
//
// Runtime is everything one worker thread's JavaScript execution owns: its
// heap, its atom table, its pending exception and the permanent values the
// runtime needs (well-known atoms, preallocated error messages). It is what
// the C ABI calls KilnRuntime; every kiln_rt_* function takes it first.
// Exceptions use the pending-exception convention: a failing operation stores
// the thrown value here and returns KILN_VALUE_EXCEPTION (or null for
// functions returning cells), and the caller propagates it.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_CORE_RUNTIME_H
#define KILN_CORE_RUNTIME_H

#include "gc/Heap.h"
#include "kiln/ObjectLayout.h"
#include "string/AtomTable.h"

namespace kiln {

enum class ErrorKind : uint8_t {
#define KILN_ERROR_KIND(Name, Text) Name,
#include "kiln/ErrorKinds.def"
};

/// Counters of string work, for tests that check complexity.
struct StringStats {
  uint64_t ropesCreated = 0;
  uint64_t flattenedRopes = 0;
  /// Code units copied into new strings (flat concatenations, flattening).
  uint64_t codeUnitsCopied = 0;
};

enum class PredefinedAtom : unsigned {
#define KILN_ATOM(Name, Text) Name,
#include "core/PredefinedAtoms.def"
  NumAtoms
};

enum class WellKnownSymbol : unsigned {
#define KILN_WELL_KNOWN_SYMBOL(Name, Text) Name,
#include "core/WellKnownSymbols.def"
  NumSymbols
};

struct Shape;
struct ObjectCell;

/// Calls the JavaScript function \p callee with \p thisValue and \p argc
/// arguments. The VM installs it; it returns the result or
/// KILN_VALUE_EXCEPTION. The runtime uses it for getters, setters and
/// ToPrimitive's calls of valueOf/toString. The default raises a TypeError.
using CallHook = KilnValue (*)(Runtime &rt, KilnValue callee,
                               KilnValue thisValue, const KilnValue *args,
                               uint32_t argc);

/// ToPrimitive on an object (\p hint: 0 default, 1 number, 2 string, as
/// PrimitiveHint): calls @@toPrimitive or OrdinaryToPrimitive. Installed by
/// the builtins; the default raises a TypeError.
using ToPrimitiveHook = KilnValue (*)(Runtime &rt, KilnValue object,
                                      uint8_t hint);

/// Builds the value thrown for an error of \p kind with \p message. The
/// builtins install one that makes Error objects; the default makes a string
/// "<Kind>: <message>". Must not throw; returns EMPTY when it cannot allocate.
using ErrorFactory = KilnValue (*)(Runtime &rt, ErrorKind kind,
                                   const char *message);

struct Runtime {
  explicit Runtime(const HeapConfig &config = HeapConfig());
  ~Runtime();
  Runtime(const Runtime &) = delete;
  Runtime &operator=(const Runtime &) = delete;

  Heap heap;
  AtomTable atoms;
  StringStats stringStats;
  ErrorFactory errorFactory;
  CallHook callHook;
  ToPrimitiveHook toPrimitiveHook;
  /// The bytecode VM of this worker (vm/VM.h), once one is attached.
  struct VM *vm = nullptr;
  /// Shapes that own a transition table (swept by sweepTransitions).
  PodVector<Shape *> shapeTables;

  /// Inline caches (object/PropertyCache.h). The epoch that prototype
  /// ("holder") cache entries must match: bumped whenever a watched object
  /// (one a cached lookup went through) changes its properties or its
  /// prototype. Starts at 1, so an empty entry never matches.
  uint64_t cacheEpoch = 1;
  /// Arrays of inline caches the collector clears entries of when their
  /// cells die (registerPropertyCaches).
  struct CacheRange {
    KilnPropertyCache *caches;
    size_t count;
  };
  PodVector<CacheRange> cacheRanges;
  /// Set for good once %Object.prototype% or %Array.prototype% gets an
  /// index-keyed property: until then, an array whose prototype chain is
  /// the intrinsic one inherits no elements, so its element stores and
  /// pushes take the dense fast paths (object/ElementFastPaths.h).
  bool prototypesHaveElements = false;

  /// The thrown value while an exception propagates, else EMPTY.
  KilnValue pendingException = KILN_VALUE_EMPTY;
  ErrorKind pendingKind = ErrorKind::Error;

  /// Raises \p kind with \p message; returns KILN_VALUE_EXCEPTION.
  KilnValue raise(ErrorKind kind, const char *message);
  /// Throws \p value (a JavaScript `throw`); returns KILN_VALUE_EXCEPTION.
  KilnValue throwValue(KilnValue value);
  /// Raises the out-of-memory exception with its preallocated message, and
  /// clears the heap's flag; never allocates.
  KilnValue raiseOutOfMemory();
  bool hasPendingException() const { return !isEmpty(pendingException); }
  /// Takes the pending exception (for catch); EMPTY if none.
  KilnValue takeException() {
    KilnValue v = pendingException;
    pendingException = KILN_VALUE_EMPTY;
    return v;
  }

  /// Values alive as long as the runtime: index with PermanentSlot.
  enum PermanentSlot : unsigned {
    kOutOfMemoryMessage,
    kEmptyString,
    kRootShape,
    /// The private names keying the Web APIs' internal slots (web/Web.h).
    kWebPrivateNames,
    /// The listeners addEventListener("fetch", ...) registered, in order
    /// (a ValueArray, replaced on change; web/FetchEvent.cpp), or undefined.
    kFetchListeners,
    /// %Object.prototype%, %Array.prototype%, ...: plain objects made at
    /// startup, filled in by the builtins.
    kObjectPrototype,
    kArrayPrototype,
    kFunctionPrototype,
    kStringPrototype,
    kNumberPrototype,
    kBooleanPrototype,
    kSymbolPrototype,
    kPromisePrototype,
    /// %IteratorPrototype% and the prototypes of Kiln's built-in iterators
    /// and collections (builtins/Iterators.cpp, builtins/Collections.cpp).
    kIteratorPrototype,
    kArrayIteratorPrototype,
    kStringIteratorPrototype,
    kMapIteratorPrototype,
    kSetIteratorPrototype,
    kMapPrototype,
    kSetPrototype,
    kWeakMapPrototype,
    kWeakSetPrototype,
    kDatePrototype,
    /// The Web APIs' prototypes (runtime/src/web).
    kDOMExceptionPrototype,
    kHeadersPrototype,
    kHeadersIteratorPrototype,
    kURLSearchParamsPrototype,
    kURLSearchParamsIteratorPrototype,
    kURLPrototype,
    kRequestPrototype,
    kResponsePrototype,
    /// Binary data (object/BinaryData.h): %ArrayBuffer.prototype%,
    /// %TypedArray.prototype%, then one prototype per row of
    /// builtins/TypedArrayKinds.def, in its order; TextEncoder/Decoder.
    kArrayBufferPrototype,
    kTypedArrayPrototype,
#define KILN_TYPED_ARRAY(Name, CType, Size, Convert) k##Name##Prototype,
#include "builtins/TypedArrayKinds.def"
    kTextEncoderPrototype,
    kTextDecoderPrototype,
    kFetchEventPrototype,
    /// Every slot from kArrayPrototype up to here holds a prototype object.
    kFirstAtom,
    kNumPermanent = kFirstAtom + unsigned(PredefinedAtom::NumAtoms)
  };
  KilnValue permanent[kNumPermanent];
  StringCell *emptyString() const { return asString(permanent[kEmptyString]); }
  StringCell *atom(PredefinedAtom a) const {
    return asString(permanent[kFirstAtom + unsigned(a)]);
  }
  KilnValue atomValue(PredefinedAtom a) const {
    return permanent[kFirstAtom + unsigned(a)];
  }
  Shape *rootShape() const {
    return reinterpret_cast<Shape *>(asCell(permanent[kRootShape]));
  }
  ObjectCell *prototype(PermanentSlot slot) const {
    return reinterpret_cast<ObjectCell *>(asCell(permanent[slot]));
  }

  /// Symbol.iterator, Symbol.toStringTag, ... (WellKnownSymbols.def).
  KilnValue wellKnownSymbols[unsigned(WellKnownSymbol::NumSymbols)];
  KilnValue symbol(WellKnownSymbol s) const {
    return wellKnownSymbols[unsigned(s)];
  }
  /// Symbol.for's registry: an object with a null prototype mapping each
  /// key's atom to its symbol; undefined until first used.
  KilnValue symbolRegistry = KILN_VALUE_UNDEFINED;
};

/// The Runtime's name for the ErrorKind (e.g. "TypeError").
const char *errorKindName(ErrorKind kind);

} // namespace kiln

/// The C ABI's opaque KilnRuntime handle is the Runtime itself.
struct KilnRuntime;
namespace kiln {
inline Runtime &fromABI(KilnRuntime *rt) {
  return *reinterpret_cast<Runtime *>(rt);
}
inline KilnRuntime *toABI(Runtime &rt) {
  return reinterpret_cast<KilnRuntime *>(&rt);
}
} // namespace kiln

#endif // KILN_CORE_RUNTIME_H
