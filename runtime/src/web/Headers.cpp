//===- Headers.cpp - The Fetch standard's Headers class -------------------===//
//
// Headers(init) and its methods. An instance keeps its header list in the
// private slot WebSlot::HeaderList: a ValueArray of 2n flat strings
// (name, value, name, value, ...) in insertion order, each name spelled as
// the first append of that name (case-insensitively) spelled it, each value
// normalized (leading and trailing HTTP whitespace removed). The array is
// never mutated once stored; every change stores a new one, so iterators
// and forEach walk a stable snapshot. Names must be tokens and values must
// not contain NUL, CR or LF (TypeError otherwise, with Node's messages).
// Iteration yields the "sort and combine" view: lowercase names in
// code-unit order, values of one name joined by ", ", except `set-cookie`,
// which yields each value on its own (getSetCookie lists them).
//
//===----------------------------------------------------------------------===//
#include "web/Fetch.h"
#include "web/Web.h"

#include "builtins/Iterators.h"
#include "string/StringBuilder.h"
#include "support/PodVector.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;

namespace {

bool isTokenChar(uint16_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
      (c >= '0' && c <= '9'))
    return true;
  return c < 128 && c && strchr("!#$%&'*+-.^_`|~", char(c));
}

bool isHttpWhitespace(uint16_t c) {
  return c == '\t' || c == '\n' || c == '\r' || c == ' ';
}

uint16_t asciiLower(uint16_t c) {
  return c >= 'A' && c <= 'Z' ? uint16_t(c + 32) : c;
}

/// Whether flat strings \p a and \p b are equal ignoring ASCII case.
bool equalsIgnoringCase(StringCell *a, StringCell *b) {
  StringView x = viewFlat(a), y = viewFlat(b);
  if (x.length != y.length)
    return false;
  for (uint32_t i = 0; i < x.length; ++i)
    if (asciiLower(x.at(i)) != asciiLower(y.at(i)))
      return false;
  return true;
}

/// Raises "<method>: "<text>" is an invalid header <what>." (Node's text).
KilnValue raiseInvalid(Runtime &rt, const char *method, StringCell *text,
                       const char *what) {
  char utf8[200];
  size_t n = utf8Length(text);
  if (n < sizeof utf8)
    writeUtf8(text, utf8);
  else
    n = 0;
  // (Error messages are C strings: a NUL in the text ends it there.)
  char message[320];
  snprintf(message, sizeof message, "%s: \"%.*s\" is an invalid header %s.",
           method, int(n), utf8, what);
  return rt.raise(ErrorKind::TypeError, message);
}

/// WebIDL ByteString: ToString, then every unit must fit in a byte. Null
/// after raising.
StringCell *toByteString(Runtime &rt, KilnValue v) {
  StringCell *s = toFlatString(rt, v);
  if (!s)
    return nullptr;
  StringView view = viewFlat(s);
  for (uint32_t i = 0; i < view.length; ++i)
    if (view.at(i) > 0xFF) {
      char message[160];
      snprintf(message, sizeof message,
               "Cannot convert argument to a ByteString because the "
               "character at index %u has a value of %u which is greater "
               "than 255.",
               i, unsigned(view.at(i)));
      rt.raise(ErrorKind::TypeError, message);
      return nullptr;
    }
  return s;
}

/// The header name \p v, validated; null after raising.
StringCell *headerName(Runtime &rt, KilnValue v, const char *method) {
  StringCell *name = toByteString(rt, v);
  if (!name)
    return nullptr;
  StringView view = viewFlat(name);
  bool valid = view.length > 0;
  for (uint32_t i = 0; valid && i < view.length; ++i)
    valid = isTokenChar(view.at(i));
  if (!valid) {
    raiseInvalid(rt, method, name, "name");
    return nullptr;
  }
  return name;
}

/// The header value \p v, normalized and validated; null after raising.
StringCell *headerValue(Runtime &rt, KilnValue v, const char *method) {
  StringCell *value = toByteString(rt, v);
  if (!value)
    return nullptr;
  StringView view = viewFlat(value);
  uint32_t begin = 0, end = view.length;
  while (begin < end && isHttpWhitespace(view.at(begin)))
    ++begin;
  while (end > begin && isHttpWhitespace(view.at(end - 1)))
    --end;
  for (uint32_t i = begin; i < end; ++i) {
    uint16_t c = view.at(i);
    if (c == 0 || c == '\n' || c == '\r') {
      raiseInvalid(rt, method, value, "value");
      return nullptr;
    }
  }
  if (begin == 0 && end == view.length)
    return value;
  return substring(rt, value, begin, end);
}

/// The header list of \p v, or null after raising a TypeError when \p v is
/// not a Headers object.
ValueArray *headerList(Runtime &rt, KilnValue v, const char *method) {
  KilnValue list = webSlot(rt, v, WebSlot::HeaderList);
  if (isEmpty(list)) {
    (void)method;
    rt.raise(ErrorKind::TypeError, "Illegal invocation");
    return nullptr;
  }
  return reinterpret_cast<ValueArray *>(asCell(list));
}

bool storeList(Runtime &rt, KilnValue headers, ValueArray *list) {
  return !isException(
      setWebSlot(rt, headers, WebSlot::HeaderList, cellValue(list)));
}

/// Fetch's "append (name, value)" on the Headers object \p headers.
bool appendHeader(Runtime &rt, KilnValue headers, KilnValue nameArg,
                  KilnValue valueArg, const char *method) {
  RootScope scope(rt.heap);
  scope.keep(headers);
  scope.keep(valueArg);
  StringCell *name = headerName(rt, nameArg, method);
  if (!name)
    return false;
  scope.keep(name);
  StringCell *value = headerValue(rt, valueArg, method);
  if (!value)
    return false;
  scope.keep(value);
  ValueArray *list = headerList(rt, headers, method);
  if (!list)
    return false;
  for (uint32_t i = 0; i < list->length / 2; ++i)
    if (equalsIgnoringCase(nameAt(list, i), name)) {
      name = nameAt(list, i);
      break;
    }
  ValueArray *grown = copyPairList(rt, list, 1, [](uint32_t) { return true; });
  if (!grown)
    return false;
  grown->values[grown->length - 2] = stringValue(name);
  grown->values[grown->length - 1] = stringValue(value);
  return storeList(rt, headers, grown);
}

/// Fills \p headers from the constructor's \p init.
bool fillHeaders(Runtime &rt, KilnValue headers, KilnValue init) {
  static const char kMethod[] = "Headers constructor";
  if (isUndefined(init))
    return true;
  if (!isObject(init)) {
    rt.raise(ErrorKind::TypeError,
             "Headers constructor: Argument 1 could not be converted to one "
             "of: sequence<sequence<ByteString>>, record<ByteString, "
             "ByteString>.");
    return false;
  }
  RootScope scope(rt.heap);
  scope.keep(headers);
  return forEachInitPair(
      rt, init,
      [&](KilnValue name, KilnValue value) {
        return appendHeader(rt, headers, name, value, "Headers.append");
      },
      [&](int64_t length) {
        char message[128];
        if (length < 0)
          snprintf(message, sizeof message,
                   "Headers constructor: expected name/value pair to be an "
                   "iterable");
        else
          snprintf(message, sizeof message,
                   "%s: expected name/value pair to be length 2, found %u.",
                   kMethod, unsigned(length));
        rt.raise(ErrorKind::TypeError, message);
      });
}

/// The combined value of \p name in \p list ("a, b"), or null when
/// absent; EXCEPTION after raising.
KilnValue combinedValue(Runtime &rt, ValueArray *list, StringCell *name) {
  // One field of the name (the usual case): its value as it is.
  int64_t only = -1;
  for (uint32_t i = 0; i < list->length / 2; ++i)
    if (equalsIgnoringCase(nameAt(list, i), name)) {
      if (only >= 0) {
        only = -2;
        break;
      }
      only = i;
    }
  if (only == -1)
    return KILN_VALUE_NULL;
  if (only >= 0)
    return list->values[2 * only + 1];
  StringBuilder out;
  bool found = false;
  for (uint32_t i = 0; i < list->length / 2; ++i) {
    if (!equalsIgnoringCase(nameAt(list, i), name))
      continue;
    if (found)
      out.appendAscii(", ", 2);
    found = true;
    if (!out.appendString(rt, asString(list->values[2 * i + 1])))
      return KILN_VALUE_EXCEPTION;
  }
  if (!found)
    return KILN_VALUE_NULL;
  StringCell *s = out.finish(rt);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

/// ASCII-lowercase copy of the flat \p s; null after raising.
StringCell *lowercase(Runtime &rt, StringCell *s) {
  StringView view = viewFlat(s);
  OneByteString *out = newOneByteString(rt, view.length);
  if (!out)
    return nullptr;
  view = viewFlat(s);
  for (uint32_t i = 0; i < view.length; ++i)
    out->chars[i] = uint8_t(asciiLower(view.at(i)));
  return reinterpret_cast<StringCell *>(out);
}

int compareIgnoringCase(StringCell *a, StringCell *b) {
  StringView x = viewFlat(a), y = viewFlat(b);
  for (uint32_t i = 0; i < x.length && i < y.length; ++i) {
    uint16_t p = asciiLower(x.at(i)), q = asciiLower(y.at(i));
    if (p != q)
      return p < q ? -1 : 1;
  }
  return x.length == y.length ? 0 : x.length < y.length ? -1 : 1;
}

bool isSetCookie(StringCell *name) {
  StringView view = viewFlat(name);
  const char *text = "set-cookie";
  if (view.length != 10)
    return false;
  for (uint32_t i = 0; i < 10; ++i)
    if (asciiLower(view.at(i)) != uint8_t(text[i]))
      return false;
  return true;
}

} // namespace

bool kiln::visitSortedHeaders(Runtime &rt, KilnValue headers,
                              HeaderVisitor visit, void *context) {
  ValueArray *list = headerList(rt, headers, "Headers iterator");
  if (!list)
    return false;
  RootScope scope(rt.heap);
  scope.keep(list);
  // The first pair of each distinct name, in sorted order.
  PodVector<uint32_t> firsts;
  for (uint32_t i = 0; i < list->length / 2; ++i) {
    bool seen = false;
    for (uint32_t j : firsts)
      seen = seen || equalsIgnoringCase(nameAt(list, j), nameAt(list, i));
    if (!seen && !firsts.push(i)) {
      rt.raiseOutOfMemory();
      return false;
    }
  }
  for (size_t i = 1; i < firsts.size(); ++i) {
    uint32_t x = firsts[i];
    size_t j = i;
    for (; j > 0 && compareIgnoringCase(nameAt(list, firsts[j - 1]),
                                        nameAt(list, x)) > 0;
         --j)
      firsts[j] = firsts[j - 1];
    firsts[j] = x;
  }
  for (uint32_t first : firsts) {
    StringCell *name = nameAt(list, first);
    if (isSetCookie(name)) {
      for (uint32_t i = first; i < list->length / 2; ++i)
        if (isSetCookie(nameAt(list, i)) &&
            !visit(context, name, list->values[2 * i + 1]))
          return false;
      continue;
    }
    KilnValue value = combinedValue(rt, list, name);
    if (isException(value) || !visit(context, name, value))
      return false;
  }
  return true;
}

namespace {

struct SortedPairsBuilder {
  Runtime &rt;
  KilnValue out;
  IterationKind kind;
};

bool appendSortedPair(void *context, StringCell *spelled, KilnValue value) {
  auto &b = *static_cast<SortedPairsBuilder *>(context);
  Runtime &rt = b.rt;
  RootScope scope(rt.heap);
  scope.keep(value);
  StringCell *name = lowercase(rt, spelled);
  if (!name)
    return false;
  scope.keep(name);
  KilnValue item;
  if (b.kind == IterationKind::Keys) {
    item = stringValue(name);
  } else if (b.kind == IterationKind::Values) {
    item = value;
  } else {
    KilnValue pair[2] = {stringValue(name), value};
    item = arrayFromValues(rt, pair, 2);
    if (isException(item))
      return false;
  }
  return !isException(kiln_rt_array_append(toABI(rt), b.out, item));
}

} // namespace

KilnValue kiln::headersSortedPairs(Runtime &rt, KilnValue headers,
                                   IterationKind kind) {
  RootScope scope(rt.heap);
  scope.keep(headers);
  KilnValue out = kiln_rt_new_array(toABI(rt), 0);
  if (isException(out))
    return out;
  scope.keep(out);
  SortedPairsBuilder builder{rt, out, kind};
  return visitSortedHeaders(rt, headers, appendSortedPair, &builder)
             ? out
             : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::headersConstructor(Runtime &rt, KilnValue callee,
                                   KilnValue thisValue, const KilnValue *args,
                                   uint32_t argc, bool isConstruct) {
  if (!requireNew(rt, isConstruct, "Headers"))
    return KILN_VALUE_EXCEPTION;
  KilnValue headers =
      newWebObject(rt, callee, thisValue, Runtime::kHeadersPrototype);
  if (isException(headers))
    return headers;
  RootScope scope(rt.heap);
  scope.keep(headers);
  ValueArray *empty = ValueArray::create(rt.heap, 0);
  if (!empty)
    return rt.raiseOutOfMemory();
  if (isException(
          defineWebSlot(rt, headers, WebSlot::HeaderList, cellValue(empty))) ||
      !fillHeaders(rt, headers, argAt(args, argc, 0)))
    return KILN_VALUE_EXCEPTION;
  return headers;
}

KilnValue kiln::headersProtoAppend(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  if (!appendHeader(rt, thisValue, argAt(args, argc, 0), argAt(args, argc, 1),
                    "Headers.append"))
    return KILN_VALUE_EXCEPTION;
  return KILN_VALUE_UNDEFINED;
}

namespace {

/// The name argument (validated) and the header list of the Headers
/// \p thisValue, for the methods keyed by a name; false after raising.
/// The caller roots \p name.
bool nameAndList(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                 uint32_t argc, const char *method, StringCell *&name,
                 ValueArray *&list) {
  name = headerName(rt, argAt(args, argc, 0), method);
  if (!name)
    return false;
  RootScope scope(rt.heap);
  scope.keep(name);
  list = headerList(rt, thisValue, method);
  return list != nullptr;
}

} // namespace

KilnValue kiln::headersProtoGet(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  StringCell *name;
  ValueArray *list;
  if (!nameAndList(rt, thisValue, args, argc, "Headers.get", name, list))
    return KILN_VALUE_EXCEPTION;
  scope.keep(name);
  return combinedValue(rt, list, name);
}

KilnValue kiln::headersProtoHas(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  StringCell *name;
  ValueArray *list;
  if (!nameAndList(rt, thisValue, args, argc, "Headers.has", name, list))
    return KILN_VALUE_EXCEPTION;
  scope.keep(name);
  for (uint32_t i = 0; i < list->length / 2; ++i)
    if (equalsIgnoringCase(nameAt(list, i), name))
      return KILN_VALUE_TRUE;
  return KILN_VALUE_FALSE;
}

KilnValue kiln::headersProtoDelete(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  StringCell *name;
  ValueArray *list;
  if (!nameAndList(rt, thisValue, args, argc, "Headers.delete", name, list))
    return KILN_VALUE_EXCEPTION;
  scope.keep(name);
  ValueArray *kept = copyPairList(rt, list, 0, [&](uint32_t i) {
    return !equalsIgnoringCase(nameAt(list, i), name);
  });
  if (!kept || !storeList(rt, thisValue, kept))
    return KILN_VALUE_EXCEPTION;
  return KILN_VALUE_UNDEFINED;
}

KilnValue kiln::headersProtoSet(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *args, uint32_t argc, bool) {
  static const char kMethod[] = "Headers.set";
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  StringCell *name = headerName(rt, argAt(args, argc, 0), kMethod);
  if (!name)
    return KILN_VALUE_EXCEPTION;
  scope.keep(name);
  StringCell *value = headerValue(rt, argAt(args, argc, 1), kMethod);
  if (!value)
    return KILN_VALUE_EXCEPTION;
  scope.keep(value);
  ValueArray *list = headerList(rt, thisValue, kMethod);
  if (!list)
    return KILN_VALUE_EXCEPTION;
  ValueArray *kept =
      setPair(rt, list, stringValue(name), stringValue(value), [&](uint32_t i) {
        return equalsIgnoringCase(nameAt(list, i), name);
      });
  return kept && storeList(rt, thisValue, kept) ? KILN_VALUE_UNDEFINED
                                                : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::headersProtoGetSetCookie(Runtime &rt, KilnValue,
                                         KilnValue thisValue, const KilnValue *,
                                         uint32_t, bool) {
  ValueArray *list = headerList(rt, thisValue, "Headers.getSetCookie");
  if (!list)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(list);
  KilnValue out = kiln_rt_new_array(toABI(rt), 0);
  if (isException(out))
    return out;
  scope.keep(out);
  for (uint32_t i = 0; i < list->length / 2; ++i)
    if (isSetCookie(nameAt(list, i)) &&
        isException(
            kiln_rt_array_append(toABI(rt), out, list->values[2 * i + 1])))
      return KILN_VALUE_EXCEPTION;
  return out;
}

KilnValue kiln::headersProtoForEach(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  KilnValue callback = argAt(args, argc, 0);
  if (!isCallable(callback))
    return rt.raise(ErrorKind::TypeError,
                    "Headers.forEach: Argument 1 must be a function");
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  scope.keep(callback);
  KilnValue pairs = headersSortedPairs(rt, thisValue, IterationKind::Entries);
  if (isException(pairs))
    return pairs;
  scope.keep(pairs);
  for (uint32_t i = 0; i < asObject(pairs)->length; ++i) {
    ObjectCell *pair = asObject(arrayElementAt(asObject(pairs), i));
    KilnValue callArgs[3] = {arrayElementAt(pair, 1), arrayElementAt(pair, 0),
                             thisValue};
    if (isException(callFunction(rt, callback, argAt(args, argc, 1), callArgs,
                                 3, false)))
      return KILN_VALUE_EXCEPTION;
  }
  return KILN_VALUE_UNDEFINED;
}

namespace {

KilnValue headersIterator(Runtime &rt, KilnValue thisValue,
                          IterationKind kind) {
  KilnValue items = headersSortedPairs(rt, thisValue, kind);
  if (isException(items))
    return items;
  RootScope scope(rt.heap);
  scope.keep(items);
  KilnValue it =
      newBuiltinIterator(rt, IteratedType::Array, IterationKind::Values, items);
  if (isException(it))
    return it;
  asObject(it)->proto = rt.prototype(Runtime::kHeadersIteratorPrototype);
  return it;
}

} // namespace

KilnValue kiln::headersProtoEntries(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *, uint32_t, bool) {
  return headersIterator(rt, thisValue, IterationKind::Entries);
}

KilnValue kiln::headersProtoKeys(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *, uint32_t, bool) {
  return headersIterator(rt, thisValue, IterationKind::Keys);
}

KilnValue kiln::headersProtoValues(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *, uint32_t, bool) {
  return headersIterator(rt, thisValue, IterationKind::Values);
}

KilnValue kiln::webConsoleView(Runtime &rt, KilnValue v) {
  KilnValue listValue = webSlot(rt, v, WebSlot::HeaderList);
  if (isEmpty(listValue))
    return KILN_VALUE_EMPTY;
  RootScope scope(rt.heap);
  scope.keep(v);
  scope.keep(listValue);
  ValueArray *list = reinterpret_cast<ValueArray *>(asCell(listValue));
  ObjectCell *view = newObject(rt, asObject(v)->proto);
  if (!view) {
    rt.takeException();
    return KILN_VALUE_EMPTY;
  }
  scope.keep(view);
  for (uint32_t i = 0; i < list->length / 2; ++i) {
    bool seen = false;
    for (uint32_t j = 0; j < i && !seen; ++j)
      seen = equalsIgnoringCase(nameAt(list, j), nameAt(list, i));
    if (seen)
      continue;
    KilnValue value = combinedValue(rt, list, nameAt(list, i));
    if (isException(value)) {
      rt.takeException();
      return KILN_VALUE_EMPTY;
    }
    RootScope inner(rt.heap);
    inner.keep(value);
    KilnValue key = kiln_rt_to_property_key(toABI(rt), list->values[2 * i]);
    if (isException(key) ||
        isException(defineOwnProperty(
            rt, view, PropertyKey::fromName(key),
            PropertyDescriptor::data(value, KILN_ATTR_DEFAULT)))) {
      rt.takeException();
      return KILN_VALUE_EMPTY;
    }
  }
  return objectValue(view);
}

KilnValue kiln::newHeaders(Runtime &rt, KilnValue init) {
  return headersConstructor(rt, KILN_VALUE_UNDEFINED, KILN_VALUE_UNDEFINED,
                            &init, 1, true);
}

KilnValue kiln::newHeadersFromFields(Runtime &rt, const HttpHeaderField *fields,
                                     size_t count) {
  KilnValue headers = newHeaders(rt, KILN_VALUE_UNDEFINED);
  if (isException(headers) || count == 0)
    return headers;
  RootScope scope(rt.heap);
  scope.keep(headers);
  ValueArray *list =
      scope.keep(ValueArray::create(rt.heap, uint32_t(2 * count)));
  if (!list)
    return rt.raiseOutOfMemory();
  for (size_t i = 0; i < count; ++i) {
    StringCell *name = newStringFromLatin1(
        rt, reinterpret_cast<const uint8_t *>(fields[i].name),
        uint32_t(fields[i].nameLength));
    if (!name)
      return KILN_VALUE_EXCEPTION;
    // As append does: a name seen before keeps its first spelling.
    for (uint32_t j = 0; j < i; ++j)
      if (equalsIgnoringCase(nameAt(list, j), name)) {
        name = nameAt(list, j);
        break;
      }
    list->values[2 * i] = stringValue(name);
    StringCell *value = newStringFromLatin1(
        rt, reinterpret_cast<const uint8_t *>(fields[i].value),
        uint32_t(fields[i].valueLength));
    if (!value)
      return KILN_VALUE_EXCEPTION;
    list->values[2 * i + 1] = stringValue(value);
  }
  if (isException(
          setWebSlot(rt, headers, WebSlot::HeaderList, cellValue(list))))
    return KILN_VALUE_EXCEPTION;
  return headers;
}
