//===- URLSearchParams.cpp - The URL standard's URLSearchParams -----------===//
//
// URLSearchParams(init) and its methods. An instance keeps its list in the
// private slot WebSlot::SearchParamsList: a pair list (a ValueArray of 2n
// flat strings: name, value, ...) in order, never mutated once stored, so
// iterators and forEach walk a snapshot. The init may be a string (a
// leading `?` is skipped; parsed as application/x-www-form-urlencoded by
// FormUrlencoded.cpp), a sequence of [name, value] pairs or a record; any
// other value is converted with ToString. Names and values are
// USVStrings. The live link with a URL's query belongs to URL.
//
//===----------------------------------------------------------------------===//
#include "web/Web.h"

#include "builtins/Iterators.h"

using namespace kiln;

namespace {

ValueArray *paramList(Runtime &rt, KilnValue v) {
  KilnValue list = webSlot(rt, v, WebSlot::SearchParamsList);
  if (isEmpty(list)) {
    rt.raise(ErrorKind::TypeError,
             "Value of \"this\" must be of type URLSearchParams");
    return nullptr;
  }
  return reinterpret_cast<ValueArray *>(asCell(list));
}

/// Stores \p list and, when \p params belongs to a URL, rewrites its query.
bool storeList(Runtime &rt, KilnValue params, ValueArray *list) {
  RootScope scope(rt.heap);
  scope.keep(params);
  scope.keep(list);
  if (isException(
          setWebSlot(rt, params, WebSlot::SearchParamsList, cellValue(list))))
    return false;
  KilnValue url = webSlot(rt, params, WebSlot::SearchParamsUrl);
  return !isObject(url) || urlSetQueryFromParams(rt, url, cellValue(list));
}

bool appendPair(Runtime &rt, KilnValue params, KilnValue nameArg,
                KilnValue valueArg) {
  RootScope scope(rt.heap);
  scope.keep(params);
  scope.keep(valueArg);
  StringCell *name = toUSVString(rt, nameArg);
  if (!name)
    return false;
  scope.keep(name);
  StringCell *value = toUSVString(rt, valueArg);
  if (!value)
    return false;
  scope.keep(value);
  ValueArray *list = paramList(rt, params);
  if (!list)
    return false;
  ValueArray *grown = copyPairList(rt, list, 1, [](uint32_t) { return true; });
  if (!grown)
    return false;
  grown->values[grown->length - 2] = stringValue(name);
  grown->values[grown->length - 1] = stringValue(value);
  return storeList(rt, params, grown);
}

KilnValue raisePairError(Runtime &rt) {
  return rt.raise(ErrorKind::TypeError,
                  "Each query pair must be an iterable [name, value] tuple");
}

/// Fills \p params from the constructor's \p init (not a string).
bool fillFromObject(Runtime &rt, KilnValue params, KilnValue init) {
  RootScope scope(rt.heap);
  scope.keep(params);
  return forEachInitPair(
      rt, init,
      [&](KilnValue name, KilnValue value) {
        return appendPair(rt, params, name, value);
      },
      [&](int64_t) { raisePairError(rt); });
}

/// Reads the name argument and the list; false after raising.
bool nameAndList(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                 uint32_t argc, StringCell *&name, ValueArray *&list) {
  list = paramList(rt, thisValue);
  if (!list)
    return false;
  if (argc == 0) {
    rt.raise(ErrorKind::TypeError, "The \"name\" argument must be specified");
    return false;
  }
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  name = toUSVString(rt, args[0]);
  if (!name)
    return false;
  list = paramList(rt, thisValue);
  return list != nullptr;
}

/// Whether pair \p i matches \p name and, when \p value is set, \p value.
bool pairMatches(ValueArray *list, uint32_t i, StringCell *name,
                 StringCell *value) {
  return flatStringsEqual(nameAt(list, i), name) &&
         (!value || flatStringsEqual(asString(list->values[2 * i + 1]), value));
}

/// The list as a new array of [name, value] pairs, names or values.
KilnValue listItems(Runtime &rt, ValueArray *list, IterationKind kind) {
  RootScope scope(rt.heap);
  scope.keep(list);
  KilnValue out = kiln_rt_new_array(toABI(rt), list->length / 2);
  if (isException(out))
    return out;
  scope.keep(out);
  for (uint32_t i = 0; i < list->length / 2; ++i) {
    KilnValue item = kind == IterationKind::Keys ? list->values[2 * i]
                                                 : list->values[2 * i + 1];
    if (kind == IterationKind::Entries) {
      item = arrayFromValues(rt, &list->values[2 * i], 2);
      if (isException(item))
        return item;
    }
    if (isException(kiln_rt_array_append(toABI(rt), out, item)))
      return KILN_VALUE_EXCEPTION;
  }
  return out;
}

KilnValue paramsIterator(Runtime &rt, KilnValue thisValue, IterationKind kind) {
  ValueArray *list = paramList(rt, thisValue);
  if (!list)
    return KILN_VALUE_EXCEPTION;
  KilnValue items = listItems(rt, list, kind);
  if (isException(items))
    return items;
  RootScope scope(rt.heap);
  scope.keep(items);
  KilnValue it =
      newBuiltinIterator(rt, IteratedType::Array, IterationKind::Values, items);
  if (isException(it))
    return it;
  asObject(it)->proto =
      rt.prototype(Runtime::kURLSearchParamsIteratorPrototype);
  return it;
}

} // namespace

KilnValue kiln::newURLSearchParams(Runtime &rt, KilnValue list,
                                   ObjectCell *proto) {
  RootScope scope(rt.heap);
  scope.keep(list);
  ObjectCell *obj = newObject(
      rt, proto ? proto : rt.prototype(Runtime::kURLSearchParamsPrototype));
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  scope.keep(obj);
  if (isException(defineWebSlot(rt, objectValue(obj), WebSlot::SearchParamsList,
                                list)) ||
      isException(defineWebSlot(rt, objectValue(obj), WebSlot::SearchParamsUrl,
                                KILN_VALUE_UNDEFINED)))
    return KILN_VALUE_EXCEPTION;
  return objectValue(obj);
}

KilnValue kiln::urlSearchParamsConstructor(Runtime &rt, KilnValue callee,
                                           KilnValue thisValue,
                                           const KilnValue *args, uint32_t argc,
                                           bool isConstruct) {
  if (!isConstruct)
    return rt.raise(ErrorKind::TypeError,
                    "Class constructor URLSearchParams cannot be invoked "
                    "without 'new'");
  ObjectCell *proto = prototypeFromNewTarget(
      rt, callee, thisValue, Runtime::kURLSearchParamsPrototype);
  if (!proto)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(proto);
  KilnValue init = argAt(args, argc, 0);
  scope.keep(init);
  KilnValue list;
  // WebIDL turns null into an empty record.
  if (isObject(init) || isNullish(init)) {
    ValueArray *empty = ValueArray::create(rt.heap, 0);
    if (!empty)
      return rt.raiseOutOfMemory();
    list = cellValue(empty);
  } else {
    StringCell *text = toUSVString(rt, init);
    if (!text)
      return KILN_VALUE_EXCEPTION;
    StringView view = viewFlat(text);
    if (view.length && view.at(0) == '?') {
      text = substring(rt, text, 1, view.length);
      if (!text)
        return KILN_VALUE_EXCEPTION;
    }
    list = parseUrlencoded(rt, text);
    if (isException(list))
      return list;
  }
  scope.keep(list);
  KilnValue params = newURLSearchParams(rt, list, proto);
  if (isException(params))
    return params;
  scope.keep(params);
  if (isObject(init) && !fillFromObject(rt, params, init))
    return KILN_VALUE_EXCEPTION;
  return params;
}

KilnValue kiln::urlSearchParamsProtoAppend(Runtime &rt, KilnValue,
                                           KilnValue thisValue,
                                           const KilnValue *args, uint32_t argc,
                                           bool) {
  if (!paramList(rt, thisValue))
    return KILN_VALUE_EXCEPTION;
  if (argc < 2)
    return rt.raise(ErrorKind::TypeError,
                    "The \"name\" and \"value\" arguments must be specified");
  return appendPair(rt, thisValue, args[0], args[1]) ? KILN_VALUE_UNDEFINED
                                                     : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::urlSearchParamsProtoDelete(Runtime &rt, KilnValue,
                                           KilnValue thisValue,
                                           const KilnValue *args, uint32_t argc,
                                           bool) {
  StringCell *name;
  ValueArray *list;
  if (!nameAndList(rt, thisValue, args, argc, name, list))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  scope.keep(name);
  StringCell *value = nullptr;
  if (argc > 1 && !isUndefined(args[1]) && !(value = toUSVString(rt, args[1])))
    return KILN_VALUE_EXCEPTION;
  scope.keep(value);
  list = paramList(rt, thisValue);
  ValueArray *kept =
      list ? copyPairList(
                 rt, list, 0,
                 [&](uint32_t i) { return !pairMatches(list, i, name, value); })
           : nullptr;
  return kept && storeList(rt, thisValue, kept) ? KILN_VALUE_UNDEFINED
                                                : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::urlSearchParamsProtoGet(Runtime &rt, KilnValue,
                                        KilnValue thisValue,
                                        const KilnValue *args, uint32_t argc,
                                        bool) {
  StringCell *name;
  ValueArray *list;
  if (!nameAndList(rt, thisValue, args, argc, name, list))
    return KILN_VALUE_EXCEPTION;
  for (uint32_t i = 0; i < list->length / 2; ++i)
    if (flatStringsEqual(nameAt(list, i), name))
      return list->values[2 * i + 1];
  return KILN_VALUE_NULL;
}

KilnValue kiln::urlSearchParamsProtoGetAll(Runtime &rt, KilnValue,
                                           KilnValue thisValue,
                                           const KilnValue *args, uint32_t argc,
                                           bool) {
  StringCell *name;
  ValueArray *list;
  if (!nameAndList(rt, thisValue, args, argc, name, list))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(name);
  scope.keep(list);
  KilnValue out = kiln_rt_new_array(toABI(rt), 0);
  if (isException(out))
    return out;
  scope.keep(out);
  for (uint32_t i = 0; i < list->length / 2; ++i)
    if (flatStringsEqual(nameAt(list, i), name) &&
        isException(
            kiln_rt_array_append(toABI(rt), out, list->values[2 * i + 1])))
      return KILN_VALUE_EXCEPTION;
  return out;
}

KilnValue kiln::urlSearchParamsProtoHas(Runtime &rt, KilnValue,
                                        KilnValue thisValue,
                                        const KilnValue *args, uint32_t argc,
                                        bool) {
  StringCell *name;
  ValueArray *list;
  if (!nameAndList(rt, thisValue, args, argc, name, list))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(name);
  scope.keep(list);
  StringCell *value = nullptr;
  if (argc > 1 && !isUndefined(args[1]) && !(value = toUSVString(rt, args[1])))
    return KILN_VALUE_EXCEPTION;
  for (uint32_t i = 0; i < list->length / 2; ++i)
    if (pairMatches(list, i, name, value))
      return KILN_VALUE_TRUE;
  return KILN_VALUE_FALSE;
}

KilnValue kiln::urlSearchParamsProtoSet(Runtime &rt, KilnValue,
                                        KilnValue thisValue,
                                        const KilnValue *args, uint32_t argc,
                                        bool) {
  if (!paramList(rt, thisValue))
    return KILN_VALUE_EXCEPTION;
  if (argc < 2)
    return rt.raise(ErrorKind::TypeError,
                    "The \"name\" and \"value\" arguments must be specified");
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  StringCell *name = toUSVString(rt, args[0]);
  if (!name)
    return KILN_VALUE_EXCEPTION;
  scope.keep(name);
  StringCell *value = toUSVString(rt, args[1]);
  if (!value)
    return KILN_VALUE_EXCEPTION;
  scope.keep(value);
  ValueArray *list = paramList(rt, thisValue);
  if (!list)
    return KILN_VALUE_EXCEPTION;
  ValueArray *kept =
      setPair(rt, list, stringValue(name), stringValue(value), [&](uint32_t i) {
        return flatStringsEqual(nameAt(list, i), name);
      });
  return kept && storeList(rt, thisValue, kept) ? KILN_VALUE_UNDEFINED
                                                : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::urlSearchParamsProtoSort(Runtime &rt, KilnValue,
                                         KilnValue thisValue, const KilnValue *,
                                         uint32_t, bool) {
  ValueArray *list = paramList(rt, thisValue);
  if (!list)
    return KILN_VALUE_EXCEPTION;
  ValueArray *sorted = copyPairList(rt, list, 0, [](uint32_t) { return true; });
  if (!sorted)
    return KILN_VALUE_EXCEPTION;
  // Stable insertion sort by the names' code units.
  uint32_t n = sorted->length / 2;
  for (uint32_t i = 1; i < n; ++i) {
    KilnValue name = sorted->values[2 * i], value = sorted->values[2 * i + 1];
    uint32_t j = i;
    for (; j > 0 && compareFlatStrings(asString(sorted->values[2 * (j - 1)]),
                                       asString(name)) > 0;
         --j) {
      sorted->values[2 * j] = sorted->values[2 * (j - 1)];
      sorted->values[2 * j + 1] = sorted->values[2 * (j - 1) + 1];
    }
    sorted->values[2 * j] = name;
    sorted->values[2 * j + 1] = value;
  }
  return storeList(rt, thisValue, sorted) ? KILN_VALUE_UNDEFINED
                                          : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::urlSearchParamsProtoToString(Runtime &rt, KilnValue,
                                             KilnValue thisValue,
                                             const KilnValue *, uint32_t,
                                             bool) {
  ValueArray *list = paramList(rt, thisValue);
  return list ? serializeUrlencoded(rt, cellValue(list)) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::urlSearchParamsProtoForEach(Runtime &rt, KilnValue,
                                            KilnValue thisValue,
                                            const KilnValue *args,
                                            uint32_t argc, bool) {
  ValueArray *list = paramList(rt, thisValue);
  if (!list)
    return KILN_VALUE_EXCEPTION;
  KilnValue callback = argAt(args, argc, 0);
  if (!isCallable(callback))
    return rt.raise(ErrorKind::TypeError,
                    "The \"callback\" argument must be of type function");
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  scope.keep(callback);
  scope.keep(list);
  for (uint32_t i = 0; i < list->length / 2; ++i) {
    KilnValue callArgs[3] = {list->values[2 * i + 1], list->values[2 * i],
                             thisValue};
    if (isException(callFunction(rt, callback, argAt(args, argc, 1), callArgs,
                                 3, false)))
      return KILN_VALUE_EXCEPTION;
  }
  return KILN_VALUE_UNDEFINED;
}

KilnValue kiln::urlSearchParamsProtoSize(Runtime &rt, KilnValue,
                                         KilnValue thisValue, const KilnValue *,
                                         uint32_t, bool) {
  ValueArray *list = paramList(rt, thisValue);
  return list ? makeInt32(int32_t(list->length / 2)) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::urlSearchParamsProtoEntries(Runtime &rt, KilnValue,
                                            KilnValue thisValue,
                                            const KilnValue *, uint32_t, bool) {
  return paramsIterator(rt, thisValue, IterationKind::Entries);
}

KilnValue kiln::urlSearchParamsProtoKeys(Runtime &rt, KilnValue,
                                         KilnValue thisValue, const KilnValue *,
                                         uint32_t, bool) {
  return paramsIterator(rt, thisValue, IterationKind::Keys);
}

KilnValue kiln::urlSearchParamsProtoValues(Runtime &rt, KilnValue,
                                           KilnValue thisValue,
                                           const KilnValue *, uint32_t, bool) {
  return paramsIterator(rt, thisValue, IterationKind::Values);
}
