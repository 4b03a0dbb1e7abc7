//===- Install.cpp - Creating the built-in objects from the table ---------===//
//
// The installer walks Builtins.def twice: first it creates the holders (the
// runtime's prototypes, turned into wrapper objects where the spec gives them
// primitive data; the constructors; namespace objects like Math), then it
// fills them with functions, constants and aliases, giving every property the
// spec's attributes. This file also holds what all builtins share: primitive
// wrapper objects, ToObject, the own-key listing in the spec's order, and the
// OrdinaryToPrimitive hook the runtime's ToPrimitive calls for objects.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"

#include "object/BinaryData.h"
#include "support/PodVector.h"
#include "web/Web.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;

// --- Primitive wrappers -----------------------------------------------------

void kiln::tracePrimitiveObject(GCCell *cell, Marker &marker) {
  traceObject(cell, marker);
  marker.markValue(reinterpret_cast<PrimitiveObjectCell *>(cell)->primitive);
}

ObjectCell *kiln::newPrimitiveObject(Runtime &rt, ObjectCell *proto,
                                     KilnValue primitive) {
  RootScope scope(rt.heap);
  scope.keep(proto);
  scope.keep(primitive);
  PrimitiveObjectCell *cell =
      rt.heap.allocate<PrimitiveObjectCell>(CellKind::PrimitiveObject);
  if (!cell) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  cell->object.shape = rt.rootShape();
  cell->object.proto = proto;
  cell->primitive = primitive;
  return &cell->object;
}

KilnValue kiln::wrappedPrimitive(KilnValue v) {
  if (!isObject(v) || asCell(v)->kind != CellKind::PrimitiveObject)
    return KILN_VALUE_EMPTY;
  return reinterpret_cast<PrimitiveObjectCell *>(asCell(v))->primitive;
}

ObjectCell *kiln::toObject(Runtime &rt, KilnValue v) {
  if (isObject(v))
    return asObject(v);
  Runtime::PermanentSlot slot;
  if (isNumber(v))
    slot = Runtime::kNumberPrototype;
  else if (isBool(v))
    slot = Runtime::kBooleanPrototype;
  else if (isString(v))
    slot = Runtime::kStringPrototype;
  else if (isSymbol(v))
    slot = Runtime::kSymbolPrototype;
  else {
    rt.raise(ErrorKind::TypeError,
             "Cannot convert undefined or null to object");
    return nullptr;
  }
  return newPrimitiveObject(rt, rt.prototype(slot), v);
}

KilnValue kiln::arrayFromValues(Runtime &rt, const KilnValue *values,
                                uint32_t count) {
  ObjectCell *array = newArray(rt, count);
  if (!array)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(array);
  for (uint32_t i = 0; i < count; ++i)
    if (isException(
            kiln_rt_array_append(toABI(rt), objectValue(array), values[i])))
      return KILN_VALUE_EXCEPTION;
  return objectValue(array);
}

// --- Own keys ---------------------------------------------------------------

ValueArray *kiln::ownPropertyKeys(Runtime &rt, ObjectCell *obj,
                                  bool onlyEnumerable, bool withSymbols) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  PodVector<uint32_t> indices;
  PodVector<KilnValue> names, symbols;
  bool ok = true;
  // A typed array's elements are its index keys.
  if (isTypedArray(obj))
    for (uint32_t i = 0; i < asTypedArray(obj)->length; ++i)
      ok &= indices.push(i);
  if (obj->isArray() && obj->elements)
    for (uint32_t i = 0; i < obj->length && i < obj->elements->length; ++i)
      if (!isEmpty(obj->elements->values[i]))
        ok &= indices.push(i);
  // An array's `length` is its first string key (never enumerable).
  if (obj->isArray() && !onlyEnumerable)
    ok &= names.push(rt.atomValue(PredefinedAtom::length));
  // A String wrapper's indices come first, then its `length` (not
  // enumerable); the wrapper's other index keys are larger.
  if (StringCell *wrapped = stringWrapperData(obj)) {
    for (uint32_t i = 0; i < wrapped->length; ++i)
      ok &= indices.push(i);
    if (!onlyEnumerable)
      ok &= names.push(rt.atomValue(PredefinedAtom::length));
  }
  // Shape keys are reachable from obj, so these lists need no rooting until
  // the shape changes (nothing below changes it).
  uint32_t count = shapeSlotCount(obj->shape);
  ValueArray *shapeKeys = ValueArray::create(rt.heap, count);
  if (!shapeKeys) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  scope.keep(shapeKeys);
  shapeKeysInOrder(obj->shape, shapeKeys->values);
  for (uint32_t i = 0; i < count; ++i) {
    KilnValue key = shapeKeys->values[i];
    // Private elements (keyed by internal cells) are never listed.
    if (isEmpty(key) || isUndefined(key) || isInternalCell(key))
      continue;
    if (onlyEnumerable) {
      PropertyDescriptor desc;
      if (!getOwnProperty(rt, obj, PropertyKey::fromName(key), desc) ||
          !(desc.attributes & KILN_ATTR_ENUMERABLE))
        continue;
    }
    uint32_t index;
    if (isSymbol(key)) {
      if (withSymbols)
        ok &= symbols.push(key);
    } else if (stringToArrayIndex(asString(key), index)) {
      ok &= indices.push(index);
    } else {
      ok &= names.push(key);
    }
  }
  if (!ok) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  // Indices ascending (insertion sort: dense ones arrive sorted).
  for (size_t i = 1; i < indices.size(); ++i) {
    uint32_t x = indices[i];
    size_t j = i;
    for (; j > 0 && indices[j - 1] > x; --j)
      indices[j] = indices[j - 1];
    indices[j] = x;
  }
  uint32_t total = uint32_t(indices.size() + names.size() + symbols.size());
  ValueArray *out = ValueArray::create(rt.heap, total);
  if (!out) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  scope.keep(out);
  uint32_t at = 0;
  for (size_t i = 0; i < indices.size(); ++i) {
    StringCell *atom = indexToAtom(rt, indices[i]);
    if (!atom)
      return nullptr;
    out->values[at++] = stringValue(atom);
  }
  for (KilnValue name : names)
    out->values[at++] = name;
  for (KilnValue symbol : symbols)
    out->values[at++] = symbol;
  return out;
}

// --- OrdinaryToPrimitive -----------------------------------------------------

KilnValue kiln::ordinaryToPrimitive(Runtime &rt, KilnValue object,
                                    uint8_t hint) {
  RootScope scope(rt.heap);
  scope.keep(object);
  PredefinedAtom order[2] = {PredefinedAtom::valueOf, PredefinedAtom::toString};
  if (PrimitiveHint(hint) == PrimitiveHint::String) {
    order[0] = PredefinedAtom::toString;
    order[1] = PredefinedAtom::valueOf;
  }
  for (PredefinedAtom name : order) {
    KilnValue method =
        getProperty(rt, asObject(object),
                    PropertyKey::fromName(rt.atomValue(name)), object);
    if (isException(method))
      return method;
    if (!isCallable(method))
      continue;
    KilnValue result = callFunction(rt, method, object, nullptr, 0, false);
    if (isException(result) || !isObject(result))
      return result;
  }
  return rt.raise(ErrorKind::TypeError,
                  "Cannot convert object to primitive value");
}

namespace {

/// ToPrimitive on an object: its @@toPrimitive method when it has one
/// (called with the hint's name), else OrdinaryToPrimitive.
KilnValue objectToPrimitive(Runtime &rt, KilnValue object, uint8_t hint) {
  RootScope scope(rt.heap);
  scope.keep(object);
  KilnValue exotic = getProperty(
      rt, asObject(object),
      PropertyKey::fromName(rt.symbol(WellKnownSymbol::toPrimitive)), object);
  if (isException(exotic))
    return exotic;
  if (isNullish(exotic))
    return ordinaryToPrimitive(rt, object,
                               PrimitiveHint(hint) == PrimitiveHint::Default
                                   ? uint8_t(PrimitiveHint::Number)
                                   : hint);
  if (!isCallable(exotic))
    return rt.raise(ErrorKind::TypeError,
                    "Symbol.toPrimitive is not a function");
  KilnValue hintName = PrimitiveHint(hint) == PrimitiveHint::String
                           ? rt.atomValue(PredefinedAtom::string)
                       : PrimitiveHint(hint) == PrimitiveHint::Number
                           ? rt.atomValue(PredefinedAtom::number)
                           : rt.atomValue(PredefinedAtom::default_);
  KilnValue result = callFunction(rt, exotic, object, &hintName, 1, false);
  if (isObject(result))
    return rt.raise(ErrorKind::TypeError,
                    "Cannot convert object to primitive value");
  return result;
}

enum HolderId : unsigned {
  Global,
#define KILN_BUILTIN_PROTOTYPE(Id, Slot, Primitive) Id,
#define KILN_BUILTIN_CONSTRUCTOR(Id, Name, Length, Function, Prototype) Id,
#define KILN_BUILTIN_NAMESPACE(Id, Name) Id,
#define KILN_BUILTIN_INTRINSIC_CONSTRUCTOR(Id, Name, Length, Function,         \
                                           Prototype)                          \
  Id,
#include "builtins/Builtins.def"
  kNumHolders
};

constexpr uint8_t kMethodAttributes =
    KILN_ATTR_WRITABLE | KILN_ATTR_CONFIGURABLE;

bool define(Runtime &rt, ObjectCell *obj, const char *name, KilnValue value,
            uint8_t attributes) {
  return defineNamedValue(rt, obj, name, value, attributes);
}

/// Defines \p obj[\p key] with \p desc.
bool defineKeyed(Runtime &rt, ObjectCell *obj, KilnValue key,
                 const PropertyDescriptor &desc) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  scope.keep(key);
  scope.keep(desc.value);
  scope.keep(desc.getter);
  return !isException(
      defineOwnProperty(rt, obj, PropertyKey::fromName(key), desc));
}

/// An accessor property with only a getter, the native \p getter named
/// \p name ("get size").
bool defineGetter(Runtime &rt, ObjectCell *obj, KilnValue key, const char *name,
                  NativeFunction getter) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  scope.keep(key);
  ObjectCell *fn = makeFunction(rt, name, 0, getter);
  return fn && defineKeyed(rt, obj, key,
                           PropertyDescriptor::accessor(
                               objectValue(fn), KILN_VALUE_UNDEFINED,
                               KILN_ATTR_CONFIGURABLE));
}

const char *const kWellKnownSymbolNames[] = {
#define KILN_WELL_KNOWN_SYMBOL(Name, Text) Text,
#include "core/WellKnownSymbols.def"
};

/// "[Symbol.iterator]" or, with \p prefix "get ", "get [Symbol.species]".
const char *symbolFunctionName(WellKnownSymbol symbol, const char *prefix,
                               char *buf, size_t size) {
  snprintf(buf, size, "%s[Symbol.%s]", prefix,
           kWellKnownSymbolNames[unsigned(symbol)]);
  return buf;
}

/// The members of holders (the second half of Builtins.def) as data: one
/// loop installs them (installMember), which keeps the installer small.
enum class MemberKind : uint8_t {
  Method,
  Number,
  Alias,
  Getter,
  SymbolMethod,
  SymbolGetter,
  SymbolAlias,
  ToStringTag,
  Inherits,
  WellKnownSymbols,
};

struct Member {
  MemberKind kind;
  /// Method, SymbolMethod: the `length`.
  uint8_t length;
  /// Symbol*: a WellKnownSymbol.
  uint8_t symbol;
  /// The HolderId the member goes on.
  uint16_t holder;
  /// Alias, SymbolAlias: the holder it copies from; Inherits: the parent.
  uint16_t from;
  /// The property name (ToStringTag: the tag; SymbolAlias: FromName).
  const char *name;
  union {
    /// Alias: the property it copies.
    const char *fromName;
    /// Number: the value.
    double number;
  };
  NativeFunction native;
};

constexpr Member kMembers[] = {
#define KILN_BUILTIN_FUNCTION(Holder, Name, Length, Function)                  \
  {MemberKind::Method, Length, 0, Holder, 0, Name, {}, methodThunk<Function>},
#define KILN_BUILTIN_NUMBER(Holder, Name, Value)                               \
  {MemberKind::Number, 0, 0, Holder, 0, Name, {.number = Value}, nullptr},
#define KILN_BUILTIN_ALIAS(Holder, Name, FromHolder, FromName)                 \
  {MemberKind::Alias,      0,      0, Holder, FromHolder, Name,                \
   {.fromName = FromName}, nullptr},
#define KILN_BUILTIN_GETTER(Holder, Name, Function)                            \
  {MemberKind::Getter, 0, 0, Holder, 0, Name, {}, methodThunk<Function>},
#define KILN_BUILTIN_SYMBOL_FUNCTION(Holder, Symbol, Length, Function)         \
  {MemberKind::SymbolMethod,                                                   \
   Length,                                                                     \
   uint8_t(WellKnownSymbol::Symbol),                                           \
   Holder,                                                                     \
   0,                                                                          \
   nullptr,                                                                    \
   {},                                                                         \
   methodThunk<Function>},
#define KILN_BUILTIN_SYMBOL_GETTER(Holder, Symbol, Function)                   \
  {MemberKind::SymbolGetter,                                                   \
   0,                                                                          \
   uint8_t(WellKnownSymbol::Symbol),                                           \
   Holder,                                                                     \
   0,                                                                          \
   nullptr,                                                                    \
   {},                                                                         \
   methodThunk<Function>},
#define KILN_BUILTIN_SYMBOL_ALIAS(Holder, Symbol, FromHolder, FromName)        \
  {MemberKind::SymbolAlias,                                                    \
   0,                                                                          \
   uint8_t(WellKnownSymbol::Symbol),                                           \
   Holder,                                                                     \
   FromHolder,                                                                 \
   FromName,                                                                   \
   {},                                                                         \
   nullptr},
#define KILN_BUILTIN_TO_STRING_TAG(Holder, Text)                               \
  {MemberKind::ToStringTag, 0, 0, Holder, 0, Text, {}, nullptr},
#define KILN_BUILTIN_INHERITS(Holder, Parent)                                  \
  {MemberKind::Inherits, 0, 0, Holder, Parent, nullptr, {}, nullptr},
#define KILN_BUILTIN_WELL_KNOWN_SYMBOLS(Holder)                                \
  {MemberKind::WellKnownSymbols, 0, 0, Holder, 0, nullptr, {}, nullptr},
#include "builtins/Builtins.def"
};

/// The function object \p holder.\p name already installed (an alias's
/// source); EMPTY after raising.
KilnValue installedValue(Runtime &rt, ObjectCell *holder, const char *name) {
  KilnValue key = atomFromCString(rt, name);
  PropertyDescriptor desc;
  if (isException(key) ||
      !getOwnProperty(rt, holder, PropertyKey::fromName(key), desc))
    return KILN_VALUE_EMPTY;
  return desc.value;
}

bool installMember(Runtime &rt, ObjectCell *const *holders, const Member &m) {
  ObjectCell *holder = holders[m.holder];
  KilnValue symbol =
      m.kind >= MemberKind::SymbolMethod && m.kind <= MemberKind::SymbolAlias
          ? rt.wellKnownSymbols[m.symbol]
          : KILN_VALUE_UNDEFINED;
  char name[64];
  switch (m.kind) {
  case MemberKind::Method: {
    ObjectCell *fn = makeFunction(rt, m.name, m.length, m.native);
    return fn && define(rt, holder, m.name, objectValue(fn), kMethodAttributes);
  }
  case MemberKind::Number:
    return define(rt, holder, m.name, makeNumber(m.number), 0);
  case MemberKind::Alias: {
    KilnValue value = installedValue(rt, holders[m.from], m.fromName);
    return !isEmpty(value) &&
           define(rt, holder, m.name, value, kMethodAttributes);
  }
  case MemberKind::Getter: {
    KilnValue key = atomFromCString(rt, m.name);
    snprintf(name, sizeof name, "get %s", m.name);
    return !isException(key) && defineGetter(rt, holder, key, name, m.native);
  }
  case MemberKind::SymbolMethod: {
    ObjectCell *fn = makeFunction(
        rt,
        symbolFunctionName(WellKnownSymbol(m.symbol), "", name, sizeof name),
        m.length, m.native);
    // @@toPrimitive is configurable only; @@hasInstance is fixed.
    uint8_t attributes =
        WellKnownSymbol(m.symbol) == WellKnownSymbol::toPrimitive
            ? uint8_t(KILN_ATTR_CONFIGURABLE)
        : WellKnownSymbol(m.symbol) == WellKnownSymbol::hasInstance
            ? uint8_t(0)
            : kMethodAttributes;
    return fn &&
           defineKeyed(rt, holder, symbol,
                       PropertyDescriptor::data(objectValue(fn), attributes));
  }
  case MemberKind::SymbolGetter:
    return defineGetter(rt, holder, symbol,
                        symbolFunctionName(WellKnownSymbol(m.symbol), "get ",
                                           name, sizeof name),
                        m.native);
  case MemberKind::SymbolAlias: {
    KilnValue value = installedValue(rt, holders[m.from], m.name);
    return !isEmpty(value) &&
           defineKeyed(rt, holder, symbol,
                       PropertyDescriptor::data(value, kMethodAttributes));
  }
  case MemberKind::ToStringTag: {
    KilnValue tag = atomFromCString(rt, m.name);
    return !isException(tag) &&
           defineKeyed(rt, holder, rt.symbol(WellKnownSymbol::toStringTag),
                       PropertyDescriptor::data(tag, KILN_ATTR_CONFIGURABLE));
  }
  case MemberKind::Inherits:
    holder->proto = holders[m.from];
    return true;
  case MemberKind::WellKnownSymbols:
    for (unsigned i = 0; i < unsigned(WellKnownSymbol::NumSymbols); ++i)
      if (!define(rt, holder, kWellKnownSymbolNames[i], rt.wellKnownSymbols[i],
                  0))
        return false;
    return true;
  }
  return false;
}

} // namespace

FunctionCell *kiln::newNativeFunction(Runtime &rt, NativeFunction native,
                                      KilnValue env, uint32_t length,
                                      KilnValue name) {
  FunctionCell *f = newFunction(rt, nullptr, native, env, name);
  if (!f)
    return nullptr;
  RootScope scope(rt.heap);
  scope.keep(&f->object);
  // Predefined atoms: no hashing for the two properties every native
  // function has (a thousand of them are made at startup).
  if (isException(defineOwnProperty(
          rt, &f->object,
          PropertyKey::fromName(rt.atomValue(PredefinedAtom::length)),
          PropertyDescriptor::data(makeInt32(int32_t(length)),
                                   KILN_ATTR_CONFIGURABLE))) ||
      isException(defineOwnProperty(
          rt, &f->object,
          PropertyKey::fromName(rt.atomValue(PredefinedAtom::name)),
          PropertyDescriptor::data(f->name, KILN_ATTR_CONFIGURABLE))))
    return nullptr;
  return f;
}

/// A native function object with the spec's `length` and `name`.
ObjectCell *kiln::makeFunction(Runtime &rt, const char *name, uint32_t length,
                               NativeFunction native) {
  KilnValue nameValue = kiln_rt_atom_from_utf8(toABI(rt), name, strlen(name));
  if (isException(nameValue))
    return nullptr;
  FunctionCell *f =
      newNativeFunction(rt, native, KILN_VALUE_UNDEFINED, length, nameValue);
  return f ? &f->object : nullptr;
}

bool kiln::installBuiltins(VM &vm) {
  Runtime &rt = *vm.rt;
  rt.toPrimitiveHook = objectToPrimitive;
  // Every holder is reachable from a root (the global object or a permanent
  // slot) as soon as it is made, and the collector does not move cells.
  ObjectCell *holders[kNumHolders] = {};
  holders[Global] = asObject(vm.slots[VM::kGlobal]);
  ObjectCell *objectPrototype = rt.prototype(Runtime::kObjectPrototype);

#define KILN_BUILTIN_PROTOTYPE(Id, Slot, Primitive)                            \
  if (!isEmpty(Primitive)) {                                                   \
    ObjectCell *wrapper = newPrimitiveObject(rt, objectPrototype, Primitive);  \
    if (!wrapper)                                                              \
      return false;                                                            \
    rt.permanent[Runtime::Slot] = objectValue(wrapper);                        \
  }                                                                            \
  holders[Id] = rt.prototype(Runtime::Slot);
#define KILN_BUILTIN_CONSTRUCTOR(Id, Name, Length, Function, Prototype)        \
  {                                                                            \
    ObjectCell *ctor = makeFunction(rt, Name, Length, Function);               \
    if (!ctor || !define(rt, holders[Global], Name, objectValue(ctor),         \
                         kMethodAttributes))                                   \
      return false;                                                            \
    holders[Id] = ctor;                                                        \
    if (!define(rt, ctor, "prototype", objectValue(holders[Prototype]), 0) ||  \
        !define(rt, holders[Prototype], "constructor", objectValue(ctor),      \
                kMethodAttributes))                                            \
      return false;                                                            \
  }
#define KILN_BUILTIN_NAMESPACE(Id, Name)                                       \
  {                                                                            \
    ObjectCell *ns = newObject(rt, objectPrototype);                           \
    if (!ns || !define(rt, holders[Global], Name, objectValue(ns),             \
                       kMethodAttributes))                                     \
      return false;                                                            \
    holders[Id] = ns;                                                          \
  }
#define KILN_BUILTIN_INTRINSIC_CONSTRUCTOR(Id, Name, Length, Function,         \
                                           Prototype)                          \
  {                                                                            \
    ObjectCell *ctor = makeFunction(rt, Name, Length, Function);               \
    if (!ctor)                                                                 \
      return false;                                                            \
    holders[Id] = ctor;                                                        \
    /* Reachable through its prototype before anything else allocates. */      \
    if (!define(rt, holders[Prototype], "constructor", objectValue(ctor),      \
                kMethodAttributes) ||                                          \
        !define(rt, ctor, "prototype", objectValue(holders[Prototype]), 0))    \
      return false;                                                            \
  }
#include "builtins/Builtins.def"

  for (const Member &m : kMembers)
    if (!installMember(rt, holders, m))
      return false;
  // Function.prototype's own `length` (0) and `name` (""), configurable
  // only, so a function whose own ones are deleted still reads them.
  if (!define(rt, holders[FunctionPrototype], "length", makeInt32(0),
              KILN_ATTR_CONFIGURABLE) ||
      !define(rt, holders[FunctionPrototype], "name",
              stringValue(rt.emptyString()), KILN_ATTR_CONFIGURABLE))
    return false;
  return installWebApis(vm);
}

bool kiln::defineNamedValue(Runtime &rt, ObjectCell *obj, const char *name,
                            KilnValue value, uint8_t attributes) {
  RootScope scope(rt.heap);
  scope.keep(obj);
  scope.keep(value);
  KilnValue key = atomFromCString(rt, name);
  if (isException(key))
    return false;
  scope.keep(key);
  return !isException(
      defineOwnProperty(rt, obj, PropertyKey::fromName(key),
                        PropertyDescriptor::data(value, attributes)));
}
