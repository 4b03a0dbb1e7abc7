//===- FetchEvent.cpp - The service-worker entry style --------------------===//
//
// What a handler in the service-worker style (Cloudflare Workers' original
// form) sees: the global addEventListener/removeEventListener, which keep
// the "fetch" listeners in a runtime slot in registration order (other
// event types are accepted and never fire: a Kiln server dispatches only
// fetch events), and FetchEvent, whose respondWith(response or promise)
// records the answer the server then awaits. A FetchEvent keeps
// [request, response] in the private slot WebSlot::FetchEventRecord;
// respondWith a second time is an InvalidStateError, as in browsers. The
// execution context object the other entry styles receive (`ctx`,
// `context`) lives here too, since its waitUntil is FetchEvent's.
//
//===----------------------------------------------------------------------===//
#include "web/Fetch.h"

using namespace kiln;

namespace {

enum FetchEventField : uint32_t { kRequest, kResponse, kNumFields };

bool isFetchType(Runtime &rt, KilnValue type, bool &out) {
  StringCell *text = toFlatString(rt, type);
  if (!text)
    return false;
  static const char kFetch[] = "fetch";
  StringView view = viewFlat(text);
  out = view.length == sizeof kFetch - 1;
  for (uint32_t i = 0; out && i < view.length; ++i)
    out = view.at(i) == uint8_t(kFetch[i]);
  return true;
}

ValueArray *eventRecordOf(Runtime &rt, KilnValue event) {
  KilnValue record = webSlot(rt, event, WebSlot::FetchEventRecord);
  if (isEmpty(record)) {
    rt.raise(ErrorKind::TypeError, "Illegal invocation");
    return nullptr;
  }
  return reinterpret_cast<ValueArray *>(asCell(record));
}

/// The listener list with \p listener appended (\p add) or removed.
KilnValue changeListeners(Runtime &rt, KilnValue listener, bool add) {
  KilnValue current = rt.permanent[Runtime::kFetchListeners];
  ValueArray *list = isUndefined(current)
                         ? nullptr
                         : reinterpret_cast<ValueArray *>(asCell(current));
  uint32_t length = list ? list->length : 0;
  bool present = false;
  for (uint32_t i = 0; i < length; ++i)
    present = present || list->values[i] == listener;
  // As EventTarget does, adding a listener twice keeps one registration.
  if (present == add)
    return KILN_VALUE_UNDEFINED;
  RootScope scope(rt.heap);
  scope.keep(listener);
  ValueArray *changed =
      ValueArray::create(rt.heap, add ? length + 1 : length - 1);
  if (!changed)
    return rt.raiseOutOfMemory();
  list = isUndefined(current) ? nullptr
                              : reinterpret_cast<ValueArray *>(asCell(
                                    rt.permanent[Runtime::kFetchListeners]));
  uint32_t at = 0;
  for (uint32_t i = 0; i < length; ++i)
    if (list->values[i] != listener)
      changed->values[at++] = list->values[i];
  if (add)
    changed->values[at] = listener;
  rt.permanent[Runtime::kFetchListeners] = cellValue(changed);
  return KILN_VALUE_UNDEFINED;
}

KilnValue listenerCommand(Runtime &rt, const KilnValue *args, uint32_t argc,
                          bool add) {
  if (argc < 2)
    return rt.raise(ErrorKind::TypeError,
                    add ? "addEventListener requires 2 arguments"
                        : "removeEventListener requires 2 arguments");
  bool fetch;
  if (!isFetchType(rt, args[0], fetch))
    return KILN_VALUE_EXCEPTION;
  KilnValue listener = args[1];
  // A null listener is ignored; an object listener would need
  // handleEvent, which the fetch dispatch does not call.
  if (isNull(listener) || isUndefined(listener))
    return KILN_VALUE_UNDEFINED;
  if (!isCallable(listener))
    return rt.raise(ErrorKind::TypeError,
                    "the listener of a Kiln event must be a function");
  return fetch ? changeListeners(rt, listener, add) : KILN_VALUE_UNDEFINED;
}

KilnValue acceptPromise(Runtime &, KilnValue, KilnValue, const KilnValue *,
                        uint32_t, bool) {
  return KILN_VALUE_UNDEFINED;
}

} // namespace

KilnValue kiln::globalAddEventListener(Runtime &rt, KilnValue, KilnValue,
                                       const KilnValue *args, uint32_t argc,
                                       bool) {
  return listenerCommand(rt, args, argc, true);
}

KilnValue kiln::globalRemoveEventListener(Runtime &rt, KilnValue, KilnValue,
                                          const KilnValue *args, uint32_t argc,
                                          bool) {
  return listenerCommand(rt, args, argc, false);
}

KilnValue kiln::fetchListeners(Runtime &rt) {
  return rt.permanent[Runtime::kFetchListeners];
}

KilnValue kiln::fetchEventConstructor(Runtime &rt, KilnValue callee,
                                      KilnValue thisValue,
                                      const KilnValue *args, uint32_t argc,
                                      bool isConstruct) {
  if (!requireNew(rt, isConstruct, "FetchEvent"))
    return KILN_VALUE_EXCEPTION;
  bool fetch;
  if (!isFetchType(rt, argAt(args, argc, 0), fetch))
    return KILN_VALUE_EXCEPTION;
  if (!fetch)
    return rt.raise(ErrorKind::TypeError,
                    "a Kiln FetchEvent's type must be \"fetch\"");
  KilnValue init = argAt(args, argc, 1);
  KilnValue request = KILN_VALUE_UNDEFINED;
  if (isObject(init)) {
    KilnValue key = atomFromCString(rt, "request");
    if (isException(key))
      return key;
    RootScope scope(rt.heap);
    scope.keep(init);
    request = getProperty(rt, asObject(init), PropertyKey::fromName(key), init);
    if (isException(request))
      return request;
  }
  if (!isRequest(rt, request))
    return rt.raise(ErrorKind::TypeError,
                    "FetchEvent: init.request must be a Request");
  RootScope scope(rt.heap);
  scope.keep(request);
  KilnValue event =
      newWebObject(rt, callee, thisValue, Runtime::kFetchEventPrototype);
  if (isException(event))
    return event;
  scope.keep(event);
  ValueArray *record = ValueArray::create(rt.heap, kNumFields);
  if (!record)
    return rt.raiseOutOfMemory();
  record->values[kRequest] = request;
  record->values[kResponse] = KILN_VALUE_EMPTY;
  if (isException(defineWebSlot(rt, event, WebSlot::FetchEventRecord,
                                cellValue(record))))
    return KILN_VALUE_EXCEPTION;
  return event;
}

KilnValue kiln::newFetchEvent(Runtime &rt, KilnValue request) {
  RootScope scope(rt.heap);
  scope.keep(request);
  KilnValue type = atomFromCString(rt, "fetch");
  if (isException(type))
    return type;
  scope.keep(type);
  KilnValue init = kiln_rt_new_object(toABI(rt));
  if (isException(init))
    return init;
  scope.keep(init);
  if (!defineNamedValue(rt, asObject(init), "request", request))
    return KILN_VALUE_EXCEPTION;
  KilnValue args[2] = {type, init};
  return fetchEventConstructor(rt, KILN_VALUE_UNDEFINED, KILN_VALUE_UNDEFINED,
                               args, 2, true);
}

KilnValue kiln::fetchEventResponse(Runtime &rt, KilnValue event) {
  KilnValue record = webSlot(rt, event, WebSlot::FetchEventRecord);
  return isEmpty(record) ? KILN_VALUE_EMPTY
                         : reinterpret_cast<ValueArray *>(asCell(record))
                               ->values[kResponse];
}

KilnValue kiln::fetchEventProtoType(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *, uint32_t, bool) {
  if (!eventRecordOf(rt, thisValue))
    return KILN_VALUE_EXCEPTION;
  return atomFromCString(rt, "fetch");
}

KilnValue kiln::fetchEventProtoRequest(Runtime &rt, KilnValue,
                                       KilnValue thisValue, const KilnValue *,
                                       uint32_t, bool) {
  ValueArray *record = eventRecordOf(rt, thisValue);
  return record ? record->values[kRequest] : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::fetchEventProtoRespondWith(Runtime &rt, KilnValue,
                                           KilnValue thisValue,
                                           const KilnValue *args, uint32_t argc,
                                           bool) {
  ValueArray *record = eventRecordOf(rt, thisValue);
  if (!record)
    return KILN_VALUE_EXCEPTION;
  if (!isEmpty(record->values[kResponse]))
    return throwDOMException(rt, "respondWith was already called",
                             "InvalidStateError");
  record->values[kResponse] = argAt(args, argc, 0);
  return KILN_VALUE_UNDEFINED;
}

KilnValue kiln::fetchEventProtoWaitUntil(Runtime &rt, KilnValue callee,
                                         KilnValue thisValue,
                                         const KilnValue *args, uint32_t argc,
                                         bool isConstruct) {
  if (!eventRecordOf(rt, thisValue))
    return KILN_VALUE_EXCEPTION;
  return acceptPromise(rt, callee, thisValue, args, argc, isConstruct);
}

KilnValue kiln::newExecutionContext(Runtime &rt) {
  KilnValue context = kiln_rt_new_object(toABI(rt));
  if (isException(context))
    return context;
  RootScope scope(rt.heap);
  scope.keep(context);
  static const char *const kMethods[] = {"waitUntil", "passThroughOnException"};
  for (const char *name : kMethods) {
    ObjectCell *fn =
        makeFunction(rt, name, name[0] == 'w' ? 1 : 0, acceptPromise);
    if (!fn || !defineNamedValue(rt, asObject(context), name, objectValue(fn)))
      return KILN_VALUE_EXCEPTION;
  }
  return context;
}
