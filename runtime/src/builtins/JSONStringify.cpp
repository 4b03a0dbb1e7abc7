//===- JSONStringify.cpp - JSON.stringify
//----------------------------------===//
//
// JSON.stringify as ECMA-262 specifies it (SerializeJSONProperty,
// SerializeJSONObject, SerializeJSONArray, QuoteJSONString): toJSON, a
// replacer function or property list, indentation with a gap of up to ten
// code units, wrapper objects unwrapped, cycles rejected with node's
// "Converting circular structure to JSON" TypeError, and lone surrogates
// escaped so the output is well-formed UTF-16. Output goes into one
// StringBuilder, so the cost is linear in its length. Plain objects whose
// shape is shared and holds only enumerable data properties with non-index
// keys are read straight from their slots, in shape (creation) order, while
// their shape stays unchanged; every other object takes the spec's path
// through EnumerableOwnProperties and [[Get]]. Nesting deeper than
// kJSONMaxDepth raises a RangeError instead of exhausting the C stack.
//
//===----------------------------------------------------------------------===//
#include "builtins/Builtins.h"
#include "builtins/JSON.h"
#include "object/ObjectInternal.h"
#include "string/StringBuilder.h"

#include <math.h>
#include <string.h>

using namespace kiln;

namespace {

/// For each Latin-1 unit: 0 when it stands for itself in JSON text, else
/// the letter after the backslash ('u' for \u00XX).
struct EscapeTable {
  char letter[256];
  constexpr EscapeTable() : letter() {
    for (int c = 0; c < 0x20; ++c)
      letter[c] = 'u';
    letter['\b'] = 'b';
    letter['\t'] = 't';
    letter['\n'] = 'n';
    letter['\f'] = 'f';
    letter['\r'] = 'r';
    letter['"'] = '"';
    letter['\\'] = '\\';
  }
};
constexpr EscapeTable kEscapes;

/// Whether any of the eight Latin-1 units at \p p is below 0x20, '"' or
/// '\\' (word-at-a-time tests; bytes >= 0x80 never match).
inline bool needsEscape8(const uint8_t *p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  uint64_t x;
  memcpy(&x, p, 8);
  uint64_t quote = x ^ (kOnes * '"');
  uint64_t backslash = x ^ (kOnes * '\\');
  return (((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) |
          ((backslash - kOnes) & ~backslash)) &
         kHighs;
}

/// A property name for toJSON and the replacer: an atom, or an array index
/// whose string is made only when a function needs it.
struct KeyRef {
  KilnValue name;
  uint32_t index;
};

class Serializer {
public:
  explicit Serializer(Runtime &rt) : rt_(rt) {}

  Runtime &rt_;
  StringBuilder out;
  /// A callable replacer, or undefined (rooted by the caller).
  KilnValue replacer = KILN_VALUE_UNDEFINED;
  /// The replacer's property list (atoms), or null (rooted by the caller).
  ValueArray *propertyList = nullptr;
  /// The indentation unit; empty for compact output (rooted by the caller).
  StringView gap;
  /// Keys of the objects being serialized, one run per open object;
  /// marked by a root callback.
  PodVector<KilnValue> keys;

  static void mark(Marker &marker, void *context) {
    auto *s = static_cast<Serializer *>(context);
    marker.markValues(s->keys.data(), s->keys.size());
  }

  /// SerializeJSONProperty's first half: toJSON, the replacer, unwrapping.
  /// The value to write, or EXCEPTION.
  KilnValue prepare(ObjectCell *holder, KeyRef key, KilnValue value) {
    // The common cases: nothing to call, nothing to unwrap.
    if (isUndefined(replacer) &&
        (!isObject(value) ||
         (asCell(value)->kind != CellKind::PrimitiveObject &&
          lacksToJSON(asObject(value)))))
      return value;
    return prepareSlow(holder, key, value);
  }
  /// Writes a prepared value that isSerializable().
  bool write(KilnValue value);
  void quote(StringView s);

private:
  KilnValue prepareSlow(ObjectCell *holder, KeyRef key, KilnValue value);
  /// Whether \p obj certainly has no toJSON (no own or inherited property
  /// of that name), remembered per (shape, prototype) until user code runs.
  bool lacksToJSON(ObjectCell *obj);
  KilnValue keyString(KeyRef key);
  bool writeObject(ObjectCell *obj);
  bool writeArray(ObjectCell *array);
  void writeNumber(KilnValue v);
  void newline(uint32_t level);
  bool enter(ObjectCell *obj);
  /// Nesting level of the innermost open object (1 for the outermost).
  uint32_t depthLevel() const { return depth_; }
  void leave() {
    --depth_;
    stack_.pop();
  }

  /// Objects being serialized, outermost first (the cycle check).
  PodVector<ObjectCell *> stack_;
  uint32_t depth_ = 0;
  /// Bumped whenever user code may have run (a getter, toJSON, the
  /// replacer, valueOf): it may have changed any object, so lacksToJSON's
  /// memory of earlier lookups is only trusted within one epoch.
  uint32_t epoch_ = 1;
  struct NoToJSON {
    Shape *shape;
    ObjectCell *proto;
    uint32_t epoch;
  };
  NoToJSON noToJSON_[8] = {};
};

/// Whether SerializeJSONProperty writes something for a prepared value.
bool isSerializable(KilnValue v) {
  return !isUndefined(v) && !isSymbol(v) && !isCallable(v);
}

KilnValue Serializer::keyString(KeyRef key) {
  if (!isEmpty(key.name))
    return key.name;
  StringCell *s = indexToAtom(rt_, key.index);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

bool Serializer::lacksToJSON(ObjectCell *obj) {
  NoToJSON &entry =
      noToJSON_[(uint64_t(uintptr_t(obj->shape)) * 0x9E3779B97F4A7C15ull) >>
                61];
  if (entry.shape == obj->shape && entry.proto == obj->proto &&
      entry.epoch == epoch_)
    return true;
  PropertyKey key =
      PropertyKey::fromName(rt_.atomValue(PredefinedAtom::toJSON));
  for (ObjectCell *o = obj; o; o = o->proto)
    if (findOwn(rt_, o, key).kind != OwnSlot::None)
      return false;
  entry = {obj->shape, obj->proto, epoch_};
  return true;
}

KilnValue Serializer::prepareSlow(ObjectCell *holder, KeyRef key,
                                  KilnValue value) {
  RootScope scope(rt_.heap);
  scope.keep(holder);
  KilnValue *v = scope.keep(value);
  if (isObject(*v) && !lacksToJSON(asObject(*v))) {
    ++epoch_;
    KilnValue toJSON = getProperty(
        rt_, asObject(*v),
        PropertyKey::fromName(rt_.atomValue(PredefinedAtom::toJSON)), *v);
    if (isException(toJSON))
      return toJSON;
    if (isCallable(toJSON)) {
      scope.keep(toJSON);
      KilnValue *name = scope.keep(keyString(key));
      if (isException(*name))
        return *name;
      *v = callFunction(rt_, toJSON, *v, name, 1, false);
      if (isException(*v))
        return *v;
    }
  }
  if (!isUndefined(replacer)) {
    ++epoch_;
    KilnValue name = keyString(key);
    if (isException(name))
      return name;
    KilnValue *args = scope.keep(name);
    scope.keep(*v); // args[1], adjacent on the root stack
    *v = callFunction(rt_, replacer, objectValue(holder), args, 2, false);
    if (isException(*v))
      return *v;
  }
  KilnValue primitive = wrappedPrimitive(*v);
  if (!isEmpty(primitive))
    ++epoch_; // ToNumber / ToString may call valueOf / toString
  if (isNumber(primitive)) {
    double d;
    if (!toNumber(rt_, *v, d))
      return KILN_VALUE_EXCEPTION;
    return makeNumber(d);
  }
  if (isString(primitive)) {
    StringCell *s = toString(rt_, *v);
    return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
  }
  if (isBool(primitive))
    return primitive;
  return *v;
}

void Serializer::quote(StringView s) {
  out.reserve(size_t(s.length) + 2);
  out.append('"');
  static const char kHex[] = "0123456789abcdef";
  auto escape = [&](uint16_t c, char letter) {
    char buf[6] = {'\\', letter};
    if (letter != 'u') {
      out.appendAscii(buf, 2);
      return;
    }
    buf[2] = kHex[c >> 12];
    buf[3] = kHex[(c >> 8) & 15];
    buf[4] = kHex[(c >> 4) & 15];
    buf[5] = kHex[c & 15];
    out.appendAscii(buf, 6);
  };
  uint32_t run = 0;
  if (s.oneByte) {
    const uint8_t *chars = s.bytes();
    for (uint32_t i = 0; i < s.length; ++i) {
      // Skip eight bytes at a time while none needs escaping.
      while (i + 8 <= s.length && !needsEscape8(chars + i))
        i += 8;
      if (i >= s.length)
        break;
      char letter = kEscapes.letter[chars[i]];
      if (!letter)
        continue;
      out.appendLatin1(chars + run, i - run);
      escape(chars[i], letter);
      run = i + 1;
    }
    out.appendLatin1(chars + run, s.length - run);
  } else {
    const uint16_t *units = s.units();
    for (uint32_t i = 0; i < s.length; ++i) {
      uint16_t c = units[i];
      char letter = 0;
      if (c < 0x100) {
        letter = kEscapes.letter[c];
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        // A surrogate pair stands for itself; a lone surrogate is escaped.
        if (c <= 0xDBFF && i + 1 < s.length && units[i + 1] >= 0xDC00 &&
            units[i + 1] <= 0xDFFF) {
          ++i;
          continue;
        }
        letter = 'u';
      }
      if (!letter)
        continue;
      out.appendUtf16(units + run, i - run);
      escape(c, letter);
      run = i + 1;
    }
    out.appendUtf16(units + run, s.length - run);
  }
  out.append('"');
}

__attribute__((noinline)) void Serializer::writeNumber(KilnValue v) {
  char buf[40];
  if (isInt32(v)) {
    int32_t i = asInt32(v);
    uint32_t u = i < 0 ? 0u - uint32_t(i) : uint32_t(i);
    char *end = buf + sizeof buf, *p = end;
    do {
      *--p = char('0' + u % 10);
      u /= 10;
    } while (u);
    if (i < 0)
      *--p = '-';
    out.appendAscii(p, size_t(end - p));
    return;
  }
  double d = asDouble(v);
  if (!isfinite(d)) {
    out.appendAscii("null", 4);
    return;
  }
  out.appendAscii(buf, formatNumber(d, buf));
}

void Serializer::newline(uint32_t level) {
  out.append('\n');
  for (uint32_t i = 0; i < level; ++i)
    out.appendView(gap);
}

bool Serializer::enter(ObjectCell *obj) {
  if (depth_ >= kJSONMaxDepth) {
    rt_.raise(ErrorKind::RangeError, "Maximum call stack size exceeded");
    return false;
  }
  for (ObjectCell *open : stack_)
    if (open == obj) {
      rt_.raise(ErrorKind::TypeError, "Converting circular structure to JSON");
      return false;
    }
  if (!stack_.push(obj)) {
    rt_.raiseOutOfMemory();
    return false;
  }
  ++depth_;
  return true;
}

bool Serializer::write(KilnValue value) {
  if (isString(value)) {
    StringCell *flat = asString(value);
    if (!flat->isFlat() && !(flat = flattenString(rt_, flat)))
      return false;
    quote(viewFlat(flat));
    return true;
  }
  if (isNumber(value)) {
    writeNumber(value);
    return true;
  }
  if (isNull(value)) {
    out.appendAscii("null", 4);
    return true;
  }
  if (isBool(value)) {
    if (asBool(value))
      out.appendAscii("true", 4);
    else
      out.appendAscii("false", 5);
    return true;
  }
  ObjectCell *obj = asObject(value);
  if (!enter(obj))
    return false;
  bool ok = obj->isArray() ? writeArray(obj) : writeObject(obj);
  leave();
  return ok;
}

/// Whether a key may be an array index (the cheap filter before
/// stringToArrayIndex): atoms are flat, so only the first unit is read.
bool mayBeIndex(StringCell *key) {
  if (!key->length)
    return false;
  uint16_t c = viewFlat(key).at(0);
  return c >= '0' && c <= '9';
}

/// Appends the enumerable string keys of \p obj, in order, to \p keys:
/// straight from a shared shape when every property is an enumerable data
/// property with a non-index name (then \p direct is that shape, and slot
/// i holds key i), else through EnumerableOwnProperties (\p direct null).
/// False after raising.
bool collectKeys(Runtime &rt, ObjectCell *obj, PodVector<KilnValue> &keys,
                 Shape *&direct) {
  direct = nullptr;
  size_t base = keys.size();
  Shape *shape = obj->shape;
  if (obj->header.kind == CellKind::Object && !shape->isDictionary()) {
    uint32_t count = shape->propertyCount;
    for (uint32_t i = 0; i < count; ++i)
      if (!keys.push(KILN_VALUE_EMPTY)) {
        rt.raiseOutOfMemory();
        return false;
      }
    bool plain = true;
    for (Shape *s = shape; s->parent && plain; s = s->parent) {
      uint32_t index;
      plain = s->attributes == KILN_ATTR_DEFAULT && isString(s->key) &&
              !(mayBeIndex(asString(s->key)) &&
                stringToArrayIndex(asString(s->key), index));
      keys[base + s->slot] = s->key;
    }
    if (plain) {
      direct = shape;
      return true;
    }
    keys.truncate(base);
  }
  ValueArray *list = ownPropertyKeys(rt, obj, true, false);
  if (!list)
    return false;
  for (uint32_t i = 0; i < list->length; ++i)
    if (!keys.push(list->values[i])) {
      rt.raiseOutOfMemory();
      return false;
    }
  return true;
}

bool Serializer::writeObject(ObjectCell *obj) {
  RootScope scope(rt_.heap);
  scope.keep(obj);
  size_t base = keys.size();
  Shape *direct = nullptr;
  if (propertyList) {
    for (uint32_t i = 0; i < propertyList->length; ++i)
      if (!keys.push(propertyList->values[i])) {
        rt_.raiseOutOfMemory();
        return false;
      }
  } else if (!collectKeys(rt_, obj, keys, direct)) {
    return false;
  }
  size_t end = keys.size();
  out.append('{');
  bool any = false;
  for (size_t i = base; i < end; ++i) {
    KilnValue name = keys[i];
    KilnValue value;
    if (direct && obj->shape == direct) {
      value = obj->slots->values[i - base];
    } else {
      ++epoch_;
      PropertyKey key;
      if (!toPropertyKey(rt_, name, key))
        return false;
      value = getProperty(rt_, obj, key, objectValue(obj));
      if (isException(value))
        return false;
    }
    value = prepare(obj, KeyRef{name, 0}, value);
    if (isException(value))
      return false;
    if (!isSerializable(value))
      continue;
    if (any)
      out.append(',');
    if (gap.length)
      newline(depthLevel());
    StringCell *flat = asString(name); // keys are atoms, hence flat
    quote(viewFlat(flat));
    out.append(':');
    if (gap.length)
      out.append(' ');
    if (!write(value))
      return false;
    any = true;
  }
  keys.truncate(base);
  if (any && gap.length)
    newline(depthLevel() - 1);
  out.append('}');
  return true;
}

bool Serializer::writeArray(ObjectCell *array) {
  RootScope scope(rt_.heap);
  scope.keep(array);
  uint32_t length = array->length;
  out.append('[');
  for (uint32_t i = 0; i < length; ++i) {
    if (i)
      out.append(',');
    if (gap.length)
      newline(depthLevel());
    KilnValue value = KILN_VALUE_EMPTY;
    ValueArray *elements = array->elements;
    if (!(array->header.flags & kArraySparse) && elements &&
        i < elements->length && i < array->length)
      value = elements->values[i];
    if (isEmpty(value)) {
      ++epoch_;
      value = getProperty(rt_, array, PropertyKey::fromIndex(i),
                          objectValue(array));
      if (isException(value))
        return false;
    }
    value = prepare(array, KeyRef{KILN_VALUE_EMPTY, i}, value);
    if (isException(value))
      return false;
    if (!isSerializable(value))
      out.appendAscii("null", 4);
    else if (!write(value))
      return false;
  }
  if (length && gap.length)
    newline(depthLevel() - 1);
  out.append(']');
  return true;
}

} // namespace

KilnValue kiln::serializeJSON(Runtime &rt, KilnValue value, KilnValue replacer,
                              ValueArray *propertyList, StringCell *gap) {
  RootScope scope(rt.heap);
  scope.keep(value);
  scope.keep(replacer);
  scope.keep(propertyList);
  scope.keep(gap);
  Serializer s(rt);
  s.replacer = replacer;
  s.propertyList = propertyList;
  s.gap = viewFlat(gap);
  // The wrapper {"": value} is visible only to a replacer function.
  ObjectCell *wrapper = nullptr;
  KilnValue emptyName = stringValue(rt.atoms.intern(rt, rt.emptyString()));
  if (!isUndefined(replacer)) {
    wrapper =
        scope.keep(newObject(rt, rt.prototype(Runtime::kObjectPrototype)));
    if (!wrapper ||
        isException(addNamed(rt, wrapper, emptyName, value, KILN_ATTR_DEFAULT)))
      return KILN_VALUE_EXCEPTION;
  }
  if (!rt.heap.addRootCallback(Serializer::mark, &s))
    return rt.raiseOutOfMemory();
  KilnValue result = s.prepare(wrapper, KeyRef{emptyName, 0}, value);
  if (!isException(result)) {
    if (!isSerializable(result)) {
      result = KILN_VALUE_UNDEFINED;
    } else if (!s.write(result)) {
      result = KILN_VALUE_EXCEPTION;
    } else {
      StringCell *text = s.out.finish(rt);
      result = text ? stringValue(text) : KILN_VALUE_EXCEPTION;
    }
  }
  rt.heap.removeRootCallback(Serializer::mark, &s);
  return result;
}
