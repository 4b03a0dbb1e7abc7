//===- Runtime.cpp - Runtime construction and exception raising -----------===//
//
// Creates a worker's runtime (heap, seeded atom table, permanent values) and
// implements the pending-exception helpers every operation uses to fail.
//
//===----------------------------------------------------------------------===//
#include "core/Runtime.h"

#include "object/Object.h"
#include "object/Shape.h"
#include "string/String.h"
#include "string/Symbol.h"
#include "support/Fatal.h"
#include "vm/VM.h"

#include <string.h>
#include <sys/random.h>
#include <time.h>

using namespace kiln;

namespace {

uint32_t randomSeed() {
  uint32_t seed = 0;
  if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != sizeof seed) {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    seed = uint32_t(ts.tv_nsec) ^ uint32_t(uintptr_t(&ts));
  }
  return seed;
}

/// The default ErrorFactory: the string "<Kind>: <message>".
KilnValue makeErrorString(Runtime &rt, ErrorKind kind, const char *message) {
  const char *name = errorKindName(kind);
  size_t nameLength = strlen(name), messageLength = strlen(message);
  size_t total = nameLength + 2 + messageLength;
  if (total > kMaxStringLength)
    return KILN_VALUE_EMPTY;
  OneByteString *s = newOneByteString(rt, uint32_t(total));
  if (!s)
    return KILN_VALUE_EMPTY;
  memcpy(s->chars, name, nameLength);
  memcpy(s->chars + nameLength, ": ", 2);
  memcpy(s->chars + nameLength + 2, message, messageLength);
  return stringValue(s);
}

KilnValue callUnavailable(Runtime &rt, KilnValue, KilnValue, const KilnValue *,
                          uint32_t) {
  return rt.raise(ErrorKind::TypeError,
                  "calling JavaScript functions needs the VM's call hook");
}

KilnValue toPrimitiveUnavailable(Runtime &rt, KilnValue, uint8_t) {
  return rt.raise(ErrorKind::TypeError,
                  "Cannot convert object to primitive value");
}

const char *const kPredefinedAtomText[] = {
#define KILN_ATOM(Name, Text) Text,
#include "core/PredefinedAtoms.def"
};

void markPermanent(Marker &marker, void *context) {
  Runtime *rt = static_cast<Runtime *>(context);
  marker.markValues(rt->permanent, Runtime::kNumPermanent);
  marker.markValue(rt->pendingException);
  marker.markValues(rt->wellKnownSymbols,
                    unsigned(WellKnownSymbol::NumSymbols));
  marker.markValue(rt->symbolRegistry);
}

const char *const kWellKnownSymbolDescription[] = {
#define KILN_WELL_KNOWN_SYMBOL(Name, Text) "Symbol." Text,
#include "core/WellKnownSymbols.def"
};

} // namespace

const char *kiln::errorKindName(ErrorKind kind) {
  switch (kind) {
#define KILN_ERROR_KIND(Name, Text)                                            \
  case ErrorKind::Name:                                                        \
    return Text;
#include "kiln/ErrorKinds.def"
  }
  return "Error";
}

Runtime::Runtime(const HeapConfig &config)
    : heap(config), atoms(randomSeed()), errorFactory(makeErrorString),
      callHook(callUnavailable), toPrimitiveHook(toPrimitiveUnavailable) {
  for (KilnValue &v : permanent)
    v = KILN_VALUE_UNDEFINED;
  for (KilnValue &v : wellKnownSymbols)
    v = KILN_VALUE_UNDEFINED;
  if (!heap.addRootCallback(markPermanent, this) ||
      !heap.addWeakCallback(AtomTable::sweepDead, &atoms) ||
      !heap.addWeakCallback(sweepTransitions, this))
    fatal("cannot register the runtime's roots");
  // Each value is stored in a permanent root as soon as it exists.
  auto ok = [](const void *cell) {
    if (!cell)
      fatal("heap limit too small to create a runtime");
  };
  StringCell *oom = newStringFromAscii(*this, "out of memory");
  ok(oom);
  permanent[kOutOfMemoryMessage] = stringValue(oom);
  StringCell *empty = atoms.intern(*this, newOneByteString(*this, 0));
  ok(empty);
  permanent[kEmptyString] = stringValue(empty);
  for (unsigned i = 0; i < unsigned(PredefinedAtom::NumAtoms); ++i) {
    StringCell *a = atoms.internAscii(*this, kPredefinedAtomText[i]);
    ok(a);
    permanent[kFirstAtom + i] = stringValue(a);
  }
  for (unsigned i = 0; i < unsigned(WellKnownSymbol::NumSymbols); ++i) {
    StringCell *description =
        newStringFromAscii(*this, kWellKnownSymbolDescription[i]);
    ok(description);
    SymbolCell *symbol = newSymbol(*this, stringValue(description));
    ok(symbol);
    wellKnownSymbols[i] = symbolValue(symbol);
  }
  Shape *root = newRootShape(*this);
  ok(root);
  permanent[kRootShape] = cellValue(root);
  ObjectCell *objectProto = newObject(*this, nullptr);
  ok(objectProto);
  permanent[kObjectPrototype] = objectValue(objectProto);
  for (unsigned slot = kArrayPrototype; slot < kFirstAtom; ++slot) {
    ObjectCell *proto = slot == kArrayPrototype
                            ? newArray(*this, 0, objectProto)
                            : newObject(*this, objectProto);
    ok(proto);
    permanent[slot] = objectValue(proto);
  }
}

Runtime::~Runtime() {
  if (vm)
    destroyVM(vm);
  heap.removeWeakCallback(sweepTransitions, this);
  heap.removeWeakCallback(AtomTable::sweepDead, &atoms);
  heap.removeRootCallback(markPermanent, this);
}

KilnValue Runtime::raise(ErrorKind kind, const char *message) {
  if (kind == ErrorKind::OutOfMemory)
    return raiseOutOfMemory();
  KilnValue error = errorFactory(*this, kind, message);
  if (isEmpty(error))
    return raiseOutOfMemory();
  pendingException = error;
  pendingKind = kind;
  return KILN_VALUE_EXCEPTION;
}

KilnValue Runtime::throwValue(KilnValue value) {
  pendingException = value;
  pendingKind = ErrorKind::Error;
  return KILN_VALUE_EXCEPTION;
}

KilnValue Runtime::raiseOutOfMemory() {
  heap.clearOutOfMemory();
  pendingException = permanent[kOutOfMemoryMessage];
  pendingKind = ErrorKind::OutOfMemory;
  return KILN_VALUE_EXCEPTION;
}
