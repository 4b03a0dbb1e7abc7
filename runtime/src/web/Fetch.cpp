//===- Fetch.cpp - The Fetch standard's Request and Response --------------===//
//
// Request(input, init) and Response(body, init) with text or byte bodies,
// and the C++ side the HTTP server uses (Fetch.h). Each instance keeps a
// fetch record in the private slot WebSlot::FetchRecord: a ValueArray laid
// out by FetchField, mutated in place (only bodyUsed changes after
// construction). A body is a string (a string init, a URLSearchParams'
// serialization, or ToString of another object), an ArrayBuffer (a copy
// of an ArrayBuffer or typed array init, or the bytes of an HTTP request)
// or null; consuming it (text and json decode bytes as UTF-8 with
// replacement, arrayBuffer and bytes encode text as UTF-8) sets bodyUsed
// and resolves a promise, and a second read rejects with Node's TypeError.
// Content-Type defaults follow the standard's "extract a body"
// (text/plain;charset=UTF-8 or application/x-www-form-urlencoded;charset=UTF-8)
// unless the headers set one. Methods are validated as tokens,
// CONNECT/TRACE/TRACK are refused and the six standard methods are uppercased.
//
//===----------------------------------------------------------------------===//
#include "web/Fetch.h"

#include "builtins/JSON.h"
#include "builtins/Promise.h"
#include "builtins/TypedArray.h"
#include "web/UrlParser.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;

namespace {

enum FetchField : uint32_t {
  kIsRequest, // true for a Request
  kBody,      // a string, an ArrayBuffer, or null
  kBodyUsed,  // a boolean
  kHeaders,   // the Headers object
  kStatus,    // Response: an int32
  kStatusText,
  kType,   // Response: "default", "error", ...
  kUrl,    // the URL string ("" for a constructed Response)
  kMethod, // Request
  kNumFields
};

KilnValue stringOf(Runtime &rt, const char *text) {
  StringCell *s = newStringFromAscii(rt, text);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

/// The fetch record of \p v when it is a Request (\p request) or Response.
ValueArray *recordOf(Runtime &rt, KilnValue v, bool request) {
  KilnValue record = webSlot(rt, v, WebSlot::FetchRecord);
  if (isEmpty(record) ||
      reinterpret_cast<ValueArray *>(asCell(record))->values[kIsRequest] !=
          makeBool(request)) {
    rt.raise(ErrorKind::TypeError, "Illegal invocation");
    return nullptr;
  }
  return reinterpret_cast<ValueArray *>(asCell(record));
}

/// init[name], or undefined when init is not an object; EXCEPTION after
/// raising. The names are predefined atoms: no hashing per request.
KilnValue member(Runtime &rt, KilnValue init, PredefinedAtom name) {
  if (!isObject(init))
    return KILN_VALUE_UNDEFINED;
  return getProperty(rt, asObject(init),
                     PropertyKey::fromName(rt.atomValue(name)), init);
}

/// "Extract a body": the body string of \p body (null for null/undefined)
/// in \p out and its default Content-Type (or null) in \p type.
bool extractBody(Runtime &rt, KilnValue body, KilnValue &out,
                 const char *&type) {
  type = nullptr;
  if (isNullish(body)) {
    out = KILN_VALUE_NULL;
    return true;
  }
  KilnValue list = webSlot(rt, body, WebSlot::SearchParamsList);
  const uint8_t *bytes;
  size_t size;
  if (bufferSourceBytes(body, bytes, size)) {
    // A BufferSource: a copy of its bytes, with no default Content-Type.
    RootScope scope(rt.heap);
    scope.keep(body);
    ArrayBufferCell *copy = newArrayBuffer(rt, double(size));
    if (!copy)
      return false;
    bufferSourceBytes(body, bytes, size);
    memcpy(copy->data, bytes, size);
    out = objectValue(&copy->object);
  } else if (!isEmpty(list)) {
    out = serializeUrlencoded(rt, list);
    type = "application/x-www-form-urlencoded;charset=UTF-8";
  } else {
    StringCell *s = toUSVString(rt, body);
    out = s ? stringValue(s) : KILN_VALUE_EXCEPTION;
    type = "text/plain;charset=UTF-8";
  }
  return !isException(out);
}

/// A new fetch object with prototype \p proto, record fields filled by the
/// caller; EXCEPTION after raising. \p record receives the record.
KilnValue newFetchObject(Runtime &rt, ObjectCell *proto, bool request,
                         ValueArray *&record) {
  RootScope scope(rt.heap);
  scope.keep(proto);
  ObjectCell *obj = newObject(rt, proto);
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  scope.keep(obj);
  record = ValueArray::create(rt.heap, kNumFields);
  if (!record)
    return rt.raiseOutOfMemory();
  record->values[kIsRequest] = makeBool(request);
  record->values[kBody] = KILN_VALUE_NULL;
  record->values[kBodyUsed] = KILN_VALUE_FALSE;
  record->values[kStatus] = makeInt32(200);
  record->values[kStatusText] = stringValue(rt.emptyString());
  record->values[kUrl] = stringValue(rt.emptyString());
  if (isException(defineWebSlot(rt, objectValue(obj), WebSlot::FetchRecord,
                                cellValue(record))))
    return KILN_VALUE_EXCEPTION;
  return objectValue(obj);
}

/// Sets the record's body from \p body and its headers from \p headersInit
/// (adding the body's Content-Type, or \p contentType when given, when
/// they have none: Response.json's "application/json").
bool setBodyAndHeaders(Runtime &rt, ValueArray *record, KilnValue body,
                       KilnValue headersInit,
                       const char *contentType = nullptr) {
  RootScope scope(rt.heap);
  scope.keep(record);
  scope.keep(body);
  KilnValue headers = newHeaders(rt, headersInit);
  if (isException(headers))
    return false;
  record->values[kHeaders] = headers;
  KilnValue text;
  const char *type;
  if (!extractBody(rt, body, text, type))
    return false;
  record->values[kBody] = text;
  if (contentType)
    type = contentType;
  if (!type)
    return true;
  KilnValue name = rt.atomValue(PredefinedAtom::contentType);
  KilnValue has =
      headersProtoHas(rt, KILN_VALUE_UNDEFINED, headers, &name, 1, false);
  if (isException(has))
    return false;
  if (has == KILN_VALUE_TRUE)
    return true;
  KilnValue value = stringOf(rt, type);
  if (isException(value))
    return false;
  scope.keep(value);
  KilnValue args[2] = {name, value};
  return !isException(
      headersProtoAppend(rt, KILN_VALUE_UNDEFINED, headers, args, 2, false));
}

/// What a body is read as.
enum class BodyAs : uint8_t { Text, Json, ArrayBuffer, Bytes };

/// The body value \p body (a string, an ArrayBuffer or null) read as
/// \p as: a string (bytes decoded as UTF-8, a BOM dropped), or a fresh
/// ArrayBuffer or Uint8Array (text encoded as UTF-8); EXCEPTION after
/// raising.
KilnValue bodyValue(Runtime &rt, KilnValue body, BodyAs as) {
  bool text = as == BodyAs::Text || as == BodyAs::Json;
  if (isNull(body))
    body = stringValue(rt.emptyString());
  if (text && isString(body))
    return body;
  RootScope scope(rt.heap);
  scope.keep(body);
  if (text) {
    const uint8_t *bytes = asArrayBuffer(body)->data;
    size_t size = asArrayBuffer(body)->byteLength;
    if (size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
      bytes += 3;
      size -= 3;
    }
    StringCell *s =
        newStringFromUtf8(rt, reinterpret_cast<const char *>(bytes), size);
    return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
  }
  StringCell *flat = nullptr;
  size_t size;
  if (isString(body)) {
    flat = flattenString(rt, asString(body));
    if (!flat)
      return KILN_VALUE_EXCEPTION;
    scope.keep(flat);
    size = utf8Length(flat);
  } else {
    size = asArrayBuffer(body)->byteLength;
  }
  ArrayBufferCell *buffer = newArrayBuffer(rt, double(size));
  if (!buffer)
    return KILN_VALUE_EXCEPTION;
  if (flat)
    writeUtf8(flat, reinterpret_cast<char *>(buffer->data));
  else
    memcpy(buffer->data, asArrayBuffer(body)->data, size);
  if (as == BodyAs::ArrayBuffer)
    return objectValue(&buffer->object);
  scope.keep(&buffer->object);
  TypedArrayCell *view =
      newTypedArray(rt, TypedArrayType::Uint8Array, buffer, 0, uint32_t(size));
  return view ? objectValue(&view->object) : KILN_VALUE_EXCEPTION;
}

/// Reads the body of \p v (consuming it) into a settled promise of its
/// value read \p as.
KilnValue consumeBody(Runtime &rt, KilnValue v, bool request, BodyAs as) {
  ValueArray *record = recordOf(rt, v, request);
  if (!record)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(record);
  PromiseCell *promise = newPromise(rt);
  if (!promise)
    return KILN_VALUE_EXCEPTION;
  scope.keep(&promise->object);
  if (record->values[kBodyUsed] == KILN_VALUE_TRUE) {
    rt.raise(ErrorKind::TypeError,
             "Body is unusable: Body has already been read");
    KilnValue error = rt.takeException();
    if (!rejectPromise(rt, promise, error))
      return KILN_VALUE_EXCEPTION;
    return promiseValue(promise);
  }
  KilnValue body = record->values[kBody];
  if (!isNull(body))
    record->values[kBodyUsed] = KILN_VALUE_TRUE;
  KilnValue result = bodyValue(rt, body, as);
  if (isException(result))
    return result;
  if (as == BodyAs::Json) {
    scope.keep(result);
    StringCell *flat = flattenString(rt, asString(result));
    result = flat ? parseJSON(rt, flat) : KILN_VALUE_EXCEPTION;
    if (isException(result)) {
      KilnValue error = rt.takeException();
      if (!rejectPromise(rt, promise, error))
        return KILN_VALUE_EXCEPTION;
      return promiseValue(promise);
    }
  }
  if (!resolvePromise(rt, promise, result))
    return KILN_VALUE_EXCEPTION;
  return promiseValue(promise);
}

bool isNullBodyStatus(int32_t status) {
  return status == 101 || status == 103 || status == 204 || status == 205 ||
         status == 304;
}

/// Response's "initialize a response" with \p init and \p body (and the
/// Content-Type \p contentType in place of the body's default).
bool initializeResponse(Runtime &rt, ValueArray *record, KilnValue init,
                        KilnValue body, const char *contentType = nullptr) {
  RootScope scope(rt.heap);
  scope.keep(record);
  scope.keep(init);
  scope.keep(body);
  if (!isNullish(init) && !isObject(init)) {
    rt.raise(ErrorKind::TypeError,
             "Response constructor: init must be an object");
    return false;
  }
  KilnValue status = member(rt, init, PredefinedAtom::status);
  if (isException(status))
    return false;
  int32_t code = 200;
  if (!isUndefined(status)) {
    KilnValue n = kiln_rt_to_number(toABI(rt), status);
    if (isException(n))
      return false;
    double d = asNumber(n);
    if (!(d >= 200 && d <= 599)) {
      rt.raise(ErrorKind::RangeError,
               "init[\"status\"] must be in the range of 200 to 599, "
               "inclusive.");
      return false;
    }
    code = int32_t(d);
  }
  record->values[kStatus] = makeInt32(code);
  KilnValue statusText = member(rt, init, PredefinedAtom::statusText);
  if (isException(statusText))
    return false;
  if (!isUndefined(statusText)) {
    StringCell *s = toFlatString(rt, statusText);
    if (!s)
      return false;
    record->values[kStatusText] = stringValue(s);
  }
  KilnValue type = stringOf(rt, "default");
  if (isException(type))
    return false;
  record->values[kType] = type;
  if (!isNullish(body) && isNullBodyStatus(code)) {
    char message[96];
    snprintf(message, sizeof message,
             "Response constructor: Invalid response status code %d", code);
    rt.raise(ErrorKind::TypeError, message);
    return false;
  }
  KilnValue headersInit = member(rt, init, PredefinedAtom::headers);
  return !isException(headersInit) &&
         setBodyAndHeaders(rt, record, body, headersInit, contentType);
}

/// The URL string \p input parsed (no base), serialized; EXCEPTION after
/// "Failed to parse URL from <input>".
KilnValue parseUrlString(Runtime &rt, KilnValue input) {
  StringCell *text = toUSVString(rt, input);
  if (!text)
    return KILN_VALUE_EXCEPTION;
  StringView view = viewFlat(text);
  UrlRecord url;
  // A request's URL is nearly always in serialized form already.
  if (view.oneByte &&
      parseSerializedHttpUrl(reinterpret_cast<const char *>(view.bytes()),
                             view.length, url)) {
    rememberParsedUrl(view, url);
    return stringValue(text);
  }
  PodVector<uint16_t> units;
  if (!units.reserve(view.length + 1))
    return rt.raiseOutOfMemory();
  for (uint32_t i = 0; i < view.length; ++i)
    units.push(view.at(i));
  PodVector<char> href;
  if (!parseUrl(units.data(), units.size(), nullptr, url)) {
    char utf8[160];
    size_t n = utf8Length(text);
    if (n < sizeof utf8)
      writeUtf8(text, utf8);
    else
      n = 0;
    char message[224];
    snprintf(message, sizeof message, "Failed to parse URL from %.*s", int(n),
             utf8);
    return rt.raise(ErrorKind::TypeError, message);
  }
  if (!serializeUrl(url, href))
    return rt.raiseOutOfMemory();
  StringView serialized{href.data(), uint32_t(href.size()), true};
  rememberParsedUrl(serialized, url);
  // Usually the input is already in its serialized form: keep that string.
  bool same = view.length == serialized.length;
  for (uint32_t i = 0; same && i < view.length; ++i)
    same = view.at(i) == serialized.at(i);
  if (same)
    return stringValue(text);
  StringCell *s =
      newStringFromLatin1(rt, reinterpret_cast<const uint8_t *>(href.data()),
                          uint32_t(href.size()));
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

} // namespace

// --- Methods
// ------------------------------------------------------------------

namespace {

/// The normalized method of \p v; EXCEPTION after raising.
KilnValue normalizeMethod(Runtime &rt, KilnValue v) {
  StringCell *method = toFlatString(rt, v);
  if (!method)
    return KILN_VALUE_EXCEPTION;
  StringView view = viewFlat(method);
  char text[32];
  bool valid = view.length > 0 && view.length < sizeof text;
  for (uint32_t i = 0; valid && i < view.length; ++i) {
    uint16_t c = view.at(i);
    valid =
        c < 128 && c > 32 && !strchr("\"(),/:;<=>?@[\\]{}", int(c)) && c != 127;
    text[i] = char(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  if (!valid) {
    rt.raise(ErrorKind::TypeError, "Request constructor: invalid method");
    return KILN_VALUE_EXCEPTION;
  }
  text[view.length] = 0;
  static const char *const kForbidden[] = {"CONNECT", "TRACE", "TRACK"};
  for (const char *forbidden : kForbidden)
    if (!strcmp(text, forbidden)) {
      char original[32];
      for (uint32_t i = 0; i <= view.length; ++i)
        original[i] = i < view.length ? char(view.at(i)) : 0;
      char message[80];
      snprintf(message, sizeof message, "'%s' HTTP method is unsupported.",
               original);
      return rt.raise(ErrorKind::TypeError, message);
    }
  static const char *const kStandard[] = {"DELETE",  "GET",  "HEAD",
                                          "OPTIONS", "POST", "PUT"};
  for (const char *standard : kStandard)
    if (!strcmp(text, standard))
      return stringOf(rt, standard);
  return stringValue(method);
}

bool isGetOrHead(KilnValue method) {
  StringView view = viewFlat(asString(method));
  auto is = [&](const char *text) {
    size_t n = strlen(text);
    if (view.length != n)
      return false;
    for (size_t i = 0; i < n; ++i)
      if (view.at(uint32_t(i)) != uint8_t(text[i]))
        return false;
    return true;
  };
  return is("GET") || is("HEAD");
}

/// A copy of the fetch object \p v (clone()): same fields, a copy of its
/// headers; TypeError when its body was used.
KilnValue cloneFetch(Runtime &rt, KilnValue v, bool request) {
  ValueArray *record = recordOf(rt, v, request);
  if (!record)
    return KILN_VALUE_EXCEPTION;
  if (record->values[kBodyUsed] == KILN_VALUE_TRUE)
    return rt.raise(ErrorKind::TypeError,
                    request ? "Request.clone: Body has already been consumed."
                            : "Response.clone: Body has already been "
                              "consumed.");
  RootScope scope(rt.heap);
  scope.keep(record);
  ValueArray *copy;
  KilnValue out = newFetchObject(rt, asObject(v)->proto, request, copy);
  if (isException(out))
    return out;
  scope.keep(out);
  for (uint32_t i = 0; i < kNumFields; ++i)
    copy->values[i] = record->values[i];
  KilnValue headers = newHeaders(rt, record->values[kHeaders]);
  if (isException(headers))
    return headers;
  copy->values[kHeaders] = headers;
  return out;
}

} // namespace

KilnValue kiln::requestConstructor(Runtime &rt, KilnValue callee,
                                   KilnValue thisValue, const KilnValue *args,
                                   uint32_t argc, bool isConstruct) {
  if (!requireNew(rt, isConstruct, "Request"))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *proto =
      prototypeFromNewTarget(rt, callee, thisValue, Runtime::kRequestPrototype);
  if (!proto)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(proto);
  KilnValue input = argAt(args, argc, 0), init = argAt(args, argc, 1);
  ValueArray *record;
  KilnValue request = newFetchObject(rt, proto, true, record);
  if (isException(request))
    return request;
  scope.keep(request);
  // From another Request: its method, URL, headers and body.
  KilnValue source = webSlot(rt, input, WebSlot::FetchRecord);
  KilnValue method, headersInit, body;
  if (!isEmpty(source) &&
      reinterpret_cast<ValueArray *>(asCell(source))->values[kIsRequest] ==
          KILN_VALUE_TRUE) {
    ValueArray *from = reinterpret_cast<ValueArray *>(asCell(source));
    record->values[kUrl] = from->values[kUrl];
    method = from->values[kMethod];
    headersInit = from->values[kHeaders];
    body = from->values[kBody];
    // The new Request takes the input's body (unless init replaces it).
    KilnValue initBody = member(rt, init, PredefinedAtom::body);
    if (isException(initBody))
      return initBody;
    if (!isNull(body) && isUndefined(initBody))
      from->values[kBodyUsed] = KILN_VALUE_TRUE;
  } else {
    KilnValue url = parseUrlString(rt, input);
    if (isException(url))
      return url;
    record->values[kUrl] = url;
    method = stringOf(rt, "GET");
    headersInit = KILN_VALUE_UNDEFINED;
    body = KILN_VALUE_NULL;
  }
  scope.keep(method);
  scope.keep(headersInit);
  scope.keep(body);
  KilnValue initMethod = member(rt, init, PredefinedAtom::method);
  if (isException(initMethod))
    return initMethod;
  if (!isUndefined(initMethod) &&
      isException(method = normalizeMethod(rt, initMethod)))
    return KILN_VALUE_EXCEPTION;
  record->values[kMethod] = method;
  KilnValue initHeaders = member(rt, init, PredefinedAtom::headers);
  if (isException(initHeaders))
    return initHeaders;
  scope.keep(initHeaders);
  if (!isUndefined(initHeaders))
    headersInit = initHeaders;
  KilnValue initBody = member(rt, init, PredefinedAtom::body);
  if (isException(initBody))
    return initBody;
  if (!isUndefined(initBody))
    body = initBody;
  if (!isNullish(body) && isGetOrHead(method))
    return rt.raise(ErrorKind::TypeError,
                    "Request with GET/HEAD method cannot have body.");
  if (!setBodyAndHeaders(rt, record, body, headersInit))
    return KILN_VALUE_EXCEPTION;
  return request;
}

KilnValue kiln::responseConstructor(Runtime &rt, KilnValue callee,
                                    KilnValue thisValue, const KilnValue *args,
                                    uint32_t argc, bool isConstruct) {
  if (!requireNew(rt, isConstruct, "Response"))
    return KILN_VALUE_EXCEPTION;
  ObjectCell *proto = prototypeFromNewTarget(rt, callee, thisValue,
                                             Runtime::kResponsePrototype);
  if (!proto)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(proto);
  ValueArray *record;
  KilnValue response = newFetchObject(rt, proto, false, record);
  if (isException(response))
    return response;
  scope.keep(response);
  if (!initializeResponse(rt, record, argAt(args, argc, 1),
                          argAt(args, argc, 0)))
    return KILN_VALUE_EXCEPTION;
  return response;
}

namespace {

/// A Response with no body and no headers but those the caller adds:
/// status \p status, type \p type; EXCEPTION after raising.
KilnValue newBareResponse(Runtime &rt, int32_t status, const char *type,
                          ValueArray *&record) {
  KilnValue response = newFetchObject(
      rt, rt.prototype(Runtime::kResponsePrototype), false, record);
  if (isException(response))
    return response;
  RootScope scope(rt.heap);
  scope.keep(response);
  record->values[kStatus] = makeInt32(status);
  KilnValue typeValue = stringOf(rt, type);
  if (isException(typeValue))
    return typeValue;
  record->values[kType] = typeValue;
  if (!setBodyAndHeaders(rt, record, KILN_VALUE_NULL, KILN_VALUE_UNDEFINED))
    return KILN_VALUE_EXCEPTION;
  return response;
}

} // namespace

KilnValue kiln::responseError(Runtime &rt, KilnValue, KilnValue,
                              const KilnValue *, uint32_t, bool) {
  ValueArray *record;
  return newBareResponse(rt, 0, "error", record);
}

KilnValue kiln::responseRedirect(Runtime &rt, KilnValue, KilnValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  KilnValue url = parseUrlString(rt, argAt(args, argc, 0));
  if (isException(url))
    return url;
  scope.keep(url);
  int32_t status = 302;
  if (argc > 1 && !isUndefined(args[1])) {
    KilnValue n = kiln_rt_to_number(toABI(rt), args[1]);
    if (isException(n))
      return n;
    status = int32_t(asNumber(n));
    if (asNumber(n) != status ||
        !(status == 301 || status == 302 || status == 303 || status == 307 ||
          status == 308)) {
      char message[64];
      snprintf(message, sizeof message, "Invalid status code %g", asNumber(n));
      return rt.raise(ErrorKind::RangeError, message);
    }
  }
  ValueArray *record;
  KilnValue response = newBareResponse(rt, status, "default", record);
  if (isException(response))
    return response;
  scope.keep(response);
  KilnValue pair[2] = {stringOf(rt, "location"), url};
  if (isException(pair[0]))
    return pair[0];
  scope.keep(pair[0]);
  if (isException(headersProtoAppend(rt, KILN_VALUE_UNDEFINED,
                                     record->values[kHeaders], pair, 2, false)))
    return KILN_VALUE_EXCEPTION;
  return response;
}

KilnValue kiln::responseJson(Runtime &rt, KilnValue, KilnValue,
                             const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  KilnValue text = stringifyJSON(rt, argAt(args, argc, 0));
  if (isException(text))
    return text;
  if (!isString(text))
    return rt.raise(ErrorKind::TypeError, "Value is not JSON serializable");
  scope.keep(text);
  ValueArray *record;
  KilnValue response = newFetchObject(
      rt, rt.prototype(Runtime::kResponsePrototype), false, record);
  if (isException(response))
    return response;
  scope.keep(response);
  if (!initializeResponse(rt, record, argAt(args, argc, 1), text,
                          "application/json"))
    return KILN_VALUE_EXCEPTION;
  return response;
}

// --- Accessors
// ----------------------------------------------------------------

#define KILN_FETCH_FIELD_GETTER(Function, Request, Field)                      \
  KilnValue kiln::Function(Runtime &rt, KilnValue, KilnValue thisValue,        \
                           const KilnValue *, uint32_t, bool) {                \
    ValueArray *record = recordOf(rt, thisValue, Request);                     \
    return record ? record->values[Field] : KILN_VALUE_EXCEPTION;              \
  }
KILN_FETCH_FIELD_GETTER(requestProtoMethod, true, kMethod)
KILN_FETCH_FIELD_GETTER(requestProtoUrl, true, kUrl)
KILN_FETCH_FIELD_GETTER(requestProtoHeaders, true, kHeaders)
KILN_FETCH_FIELD_GETTER(requestProtoBodyUsed, true, kBodyUsed)
KILN_FETCH_FIELD_GETTER(responseProtoStatus, false, kStatus)
KILN_FETCH_FIELD_GETTER(responseProtoStatusText, false, kStatusText)
KILN_FETCH_FIELD_GETTER(responseProtoHeaders, false, kHeaders)
KILN_FETCH_FIELD_GETTER(responseProtoBodyUsed, false, kBodyUsed)
KILN_FETCH_FIELD_GETTER(responseProtoType, false, kType)
KILN_FETCH_FIELD_GETTER(responseProtoUrl, false, kUrl)
#undef KILN_FETCH_FIELD_GETTER

KilnValue kiln::responseProtoOk(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *, uint32_t, bool) {
  ValueArray *record = recordOf(rt, thisValue, false);
  if (!record)
    return KILN_VALUE_EXCEPTION;
  int32_t status = asInt32(record->values[kStatus]);
  return makeBool(status >= 200 && status <= 299);
}

KilnValue kiln::responseProtoRedirected(Runtime &rt, KilnValue,
                                        KilnValue thisValue, const KilnValue *,
                                        uint32_t, bool) {
  return recordOf(rt, thisValue, false) ? KILN_VALUE_FALSE
                                        : KILN_VALUE_EXCEPTION;
}

#define KILN_FETCH_BODY_METHOD(Function, Request, As)                          \
  KilnValue kiln::Function(Runtime &rt, KilnValue, KilnValue thisValue,        \
                           const KilnValue *, uint32_t, bool) {                \
    return consumeBody(rt, thisValue, Request, BodyAs::As);                    \
  }
KILN_FETCH_BODY_METHOD(requestProtoText, true, Text)
KILN_FETCH_BODY_METHOD(requestProtoJson, true, Json)
KILN_FETCH_BODY_METHOD(requestProtoArrayBuffer, true, ArrayBuffer)
KILN_FETCH_BODY_METHOD(requestProtoBytes, true, Bytes)
KILN_FETCH_BODY_METHOD(responseProtoText, false, Text)
KILN_FETCH_BODY_METHOD(responseProtoJson, false, Json)
KILN_FETCH_BODY_METHOD(responseProtoArrayBuffer, false, ArrayBuffer)
KILN_FETCH_BODY_METHOD(responseProtoBytes, false, Bytes)
#undef KILN_FETCH_BODY_METHOD

KilnValue kiln::requestProtoClone(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *, uint32_t, bool) {
  return cloneFetch(rt, thisValue, true);
}

KilnValue kiln::responseProtoClone(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *, uint32_t, bool) {
  return cloneFetch(rt, thisValue, false);
}

// --- The server's side
// ----------------------------------------------------------

KilnValue kiln::newRequestFromHttp(Runtime &rt, const HttpRequestParts &parts) {
  RootScope scope(rt.heap);
  ValueArray *record;
  KilnValue request = newFetchObject(
      rt, rt.prototype(Runtime::kRequestPrototype), true, record);
  if (isException(request))
    return request;
  scope.keep(request);
  StringCell *method =
      newStringFromLatin1(rt, reinterpret_cast<const uint8_t *>(parts.method),
                          uint32_t(parts.methodLength));
  if (!method)
    return KILN_VALUE_EXCEPTION;
  KilnValue normalized = normalizeMethod(rt, stringValue(method));
  if (isException(normalized))
    return normalized;
  record->values[kMethod] = normalized;
  StringCell *url = newStringFromUtf8(rt, parts.url, parts.urlLength);
  if (!url)
    return KILN_VALUE_EXCEPTION;
  KilnValue href = parseUrlString(rt, stringValue(url));
  if (isException(href))
    return href;
  record->values[kUrl] = href;
  KilnValue headers = newHeadersFromFields(rt, parts.fields, parts.fieldCount);
  if (isException(headers))
    return headers;
  record->values[kHeaders] = headers;
  if (parts.body) {
    // Kept as bytes: text() and json() decode them, arrayBuffer() and
    // bytes() see them unchanged.
    ArrayBufferCell *body = newArrayBuffer(rt, double(parts.bodyLength));
    if (!body)
      return KILN_VALUE_EXCEPTION;
    memcpy(body->data, parts.body, parts.bodyLength);
    record->values[kBody] = objectValue(&body->object);
  }
  return request;
}

bool kiln::isRequest(Runtime &rt, KilnValue v) {
  KilnValue record = webSlot(rt, v, WebSlot::FetchRecord);
  return !isEmpty(record) &&
         reinterpret_cast<ValueArray *>(asCell(record))->values[kIsRequest] ==
             KILN_VALUE_TRUE;
}

bool kiln::readResponse(Runtime &rt, KilnValue response,
                        HttpResponseParts &out) {
  ValueArray *record = recordOf(rt, response, false);
  if (!record)
    return false;
  out.status = asInt32(record->values[kStatus]);
  out.statusText = record->values[kStatusText];
  out.body = record->values[kBody];
  out.bodyBytes = nullptr;
  out.bodyByteLength = 0;
  if (isArrayBuffer(out.body)) {
    out.bodyBuffer = out.body;
    out.body = KILN_VALUE_NULL;
    out.bodyBytes = asArrayBuffer(out.bodyBuffer)->data;
    out.bodyByteLength = asArrayBuffer(out.bodyBuffer)->byteLength;
  }
  out.headers = record->values[kHeaders];
  return true;
}
