//===- URL.cpp - The URL standard's URL class -----------------------------===//
//
// URL(url, base) and its accessors over UrlParser.h. An instance keeps its
// serialization (href, always ASCII) in WebSlot::UrlHref and its
// URLSearchParams object in WebSlot::UrlSearchParams; each accessor
// reparses the href (URLs are short, and one string is the single source
// of truth), and a change stores the new serialization. The link with
// searchParams is live both ways: the params object carries its URL in
// WebSlot::SearchParamsUrl, so its changes rewrite the URL's query
// (urlSetQueryFromParams), and setting href or search refills its list.
// Failures are TypeError "Invalid URL", as in Node.
//
//===----------------------------------------------------------------------===//
#include "support/Decimal.h"
#include "web/UrlParser.h"
#include "web/Web.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;

namespace {

KilnValue raiseInvalidUrl(Runtime &rt) {
  return rt.raise(ErrorKind::TypeError, "Invalid URL");
}

/// Parses the string \p text against \p base; false when it fails (\p ok
/// false after raising OOM).
bool parseString(Runtime &rt, StringCell *flat, const UrlRecord *base,
                 UrlRecord &out) {
  StringView view = viewFlat(flat);
  PodVector<uint16_t> units;
  if (!units.reserve(view.length + 1))
    return false;
  for (uint32_t i = 0; i < view.length; ++i)
    units.push(view.at(i));
  (void)rt;
  return parseUrl(units.data(), units.size(), base, out);
}

/// The parsed record of the URL object \p url; false after raising a
/// TypeError when \p url is not a URL.
bool recordOf(Runtime &rt, KilnValue url, UrlRecord &out) {
  KilnValue href = webSlot(rt, url, WebSlot::UrlHref);
  if (isEmpty(href)) {
    rt.raise(ErrorKind::TypeError, "Value of \"this\" must be of type URL");
    return false;
  }
  StringView view = viewFlat(asString(href));
  if (recallParsedUrl(view, out))
    return true;
  if (!parseString(rt, asString(href), nullptr, out)) {
    raiseInvalidUrl(rt);
    return false;
  }
  rememberParsedUrl(view, out);
  return true;
}

StringCell *bytesToString(Runtime &rt, const char *bytes, size_t n) {
  return newStringFromLatin1(rt, reinterpret_cast<const uint8_t *>(bytes),
                             uint32_t(n));
}

KilnValue stringResult(Runtime &rt, const PodVector<char> &bytes) {
  StringCell *s = bytesToString(rt, bytes.data(), bytes.size());
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

/// The params list for \p record's query (empty without one).
KilnValue queryList(Runtime &rt, const UrlRecord &record) {
  if (!record.hasQuery) {
    ValueArray *empty = ValueArray::create(rt.heap, 0);
    return empty ? cellValue(empty) : rt.raiseOutOfMemory();
  }
  StringCell *query =
      bytesToString(rt, record.query.data(), record.query.size());
  return query ? parseUrlencoded(rt, query) : KILN_VALUE_EXCEPTION;
}

/// Stores \p record as \p url's href; with \p refillParams, also gives its
/// searchParams the list of the new query.
bool storeRecord(Runtime &rt, KilnValue url, const UrlRecord &record,
                 bool refillParams) {
  PodVector<char> href;
  if (!serializeUrl(record, href)) {
    rt.raiseOutOfMemory();
    return false;
  }
  RootScope scope(rt.heap);
  scope.keep(url);
  StringCell *s = bytesToString(rt, href.data(), href.size());
  if (!s || isException(setWebSlot(rt, url, WebSlot::UrlHref, stringValue(s))))
    return false;
  rememberParsedUrl(StringView{href.data(), uint32_t(href.size()), true},
                    record);
  if (!refillParams)
    return true;
  KilnValue params = webSlot(rt, url, WebSlot::UrlSearchParams);
  if (isEmpty(params))
    return true;
  scope.keep(params);
  KilnValue list = queryList(rt, record);
  return !isException(list) &&
         !isException(setWebSlot(rt, params, WebSlot::SearchParamsList, list));
}

bool setBytes(PodVector<char> &to, const char *from, size_t n) {
  to.clear();
  if (!to.reserve(n + 1))
    return false;
  for (size_t i = 0; i < n; ++i)
    to.push(from[i]);
  return true;
}

} // namespace

bool kiln::urlSetQueryFromParams(Runtime &rt, KilnValue url, KilnValue list) {
  UrlRecord record;
  if (!recordOf(rt, url, record))
    return false;
  KilnValue query = serializeUrlencoded(rt, list);
  if (isException(query))
    return false;
  StringCell *flat = asString(query);
  StringView view = viewFlat(flat);
  record.hasQuery = view.length > 0;
  if (!setBytes(record.query, reinterpret_cast<const char *>(view.bytes()),
                view.length)) {
    rt.raiseOutOfMemory();
    return false;
  }
  return storeRecord(rt, url, record, false);
}

KilnValue kiln::urlConstructor(Runtime &rt, KilnValue callee,
                               KilnValue thisValue, const KilnValue *args,
                               uint32_t argc, bool isConstruct) {
  if (!requireNew(rt, isConstruct, "URL"))
    return KILN_VALUE_EXCEPTION;
  if (argc == 0)
    return rt.raise(ErrorKind::TypeError,
                    "The \"url\" argument must be specified");
  RootScope scope(rt.heap);
  UrlRecord base, record;
  bool hasBase = argc > 1 && !isUndefined(args[1]);
  if (hasBase) {
    StringCell *baseText = toUSVString(rt, args[1]);
    if (!baseText)
      return KILN_VALUE_EXCEPTION;
    if (!parseString(rt, baseText, nullptr, base))
      return raiseInvalidUrl(rt);
  }
  StringCell *text = toUSVString(rt, args[0]);
  if (!text)
    return KILN_VALUE_EXCEPTION;
  // new URL(request.url): the href the Request's URL parsed into.
  if ((hasBase || !recallParsedUrl(viewFlat(text), record)) &&
      !parseString(rt, text, hasBase ? &base : nullptr, record))
    return raiseInvalidUrl(rt);
  KilnValue url = newWebObject(rt, callee, thisValue, Runtime::kURLPrototype);
  if (isException(url))
    return url;
  scope.keep(url);
  KilnValue list = queryList(rt, record);
  if (isException(list))
    return list;
  scope.keep(list);
  KilnValue params = newURLSearchParams(rt, list, nullptr);
  if (isException(params))
    return params;
  scope.keep(params);
  ValueArray *empty = ValueArray::create(rt.heap, 0);
  if (!empty)
    return rt.raiseOutOfMemory();
  if (isException(defineWebSlot(rt, url, WebSlot::UrlHref,
                                stringValue(rt.emptyString()))) ||
      isException(defineWebSlot(rt, url, WebSlot::UrlSearchParams, params)) ||
      isException(setWebSlot(rt, params, WebSlot::SearchParamsUrl, url)) ||
      !storeRecord(rt, url, record, false))
    return KILN_VALUE_EXCEPTION;
  return url;
}

KilnValue kiln::urlCanParse(Runtime &rt, KilnValue, KilnValue,
                            const KilnValue *args, uint32_t argc, bool) {
  if (argc == 0)
    return rt.raise(ErrorKind::TypeError,
                    "The \"url\" argument must be specified");
  UrlRecord base, record;
  bool hasBase = argc > 1 && !isUndefined(args[1]);
  RootScope scope(rt.heap);
  StringCell *text = toUSVString(rt, args[0]);
  if (!text)
    return KILN_VALUE_EXCEPTION;
  scope.keep(text);
  if (hasBase) {
    StringCell *baseText = toUSVString(rt, args[1]);
    if (!baseText)
      return KILN_VALUE_EXCEPTION;
    if (!parseString(rt, baseText, nullptr, base))
      return KILN_VALUE_FALSE;
  }
  return makeBool(parseString(rt, text, hasBase ? &base : nullptr, record));
}

// --- Accessors
// ----------------------------------------------------------------

#define KILN_URL_GETTER(Function)                                              \
  KilnValue kiln::Function(Runtime &rt, KilnValue, KilnValue thisValue,        \
                           const KilnValue *, uint32_t, bool)

KILN_URL_GETTER(urlProtoHref) {
  KilnValue href = webSlot(rt, thisValue, WebSlot::UrlHref);
  return isEmpty(href) ? rt.raise(ErrorKind::TypeError,
                                  "Value of \"this\" must be of type URL")
                       : href;
}

KILN_URL_GETTER(urlProtoSearchParams) {
  KilnValue params = webSlot(rt, thisValue, WebSlot::UrlSearchParams);
  return isEmpty(params) ? rt.raise(ErrorKind::TypeError,
                                    "Value of \"this\" must be of type URL")
                         : params;
}

KILN_URL_GETTER(urlProtoOrigin) {
  UrlRecord r;
  if (!recordOf(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  // A blob: URL has the origin of the http(s) URL its path holds.
  if (r.scheme.size() == 4 && memcmp(r.scheme.data(), "blob", 4) == 0) {
    PodVector<uint16_t> units;
    bool ok = units.reserve(r.path.size() + 1);
    for (size_t i = 0; i < r.path.size() && ok; ++i)
      ok = units.push(uint8_t(r.path[i]));
    UrlRecord inner;
    if (ok && parseUrl(units.data(), units.size(), nullptr, inner) &&
        ((inner.scheme.size() == 4 &&
          memcmp(inner.scheme.data(), "http", 4) == 0) ||
         (inner.scheme.size() == 5 &&
          memcmp(inner.scheme.data(), "https", 5) == 0)) &&
        copyUrl(inner, r)) {
      // r is now the inner URL; fall through to its origin.
    }
  }
  PodVector<char> out;
  bool ok = true;
  if (defaultPort(r) != -1) { // http, https, ws, wss, ftp (not file)
    ok = setBytes(out, r.scheme.data(), r.scheme.size());
    const char *sep = "://";
    for (const char *c = sep; *c && ok; ++c)
      ok = out.push(*c);
    for (size_t i = 0; i < r.host.size() && ok; ++i)
      ok = out.push(r.host[i]);
    if (r.port >= 0 && ok) {
      char port[12] = {':'};
      size_t n = 1 + formatDecimal(uint32_t(r.port), port + 1);
      for (size_t i = 0; i < n && ok; ++i)
        ok = out.push(port[i]);
    }
  } else {
    ok = setBytes(out, "null", 4);
  }
  return ok ? stringResult(rt, out) : rt.raiseOutOfMemory();
}

namespace {

/// A getter's text: \p prefix then \p bytes, or "" when \p present is
/// false or \p bytes is empty (with \p emptyIsEmpty).
KilnValue prefixed(Runtime &rt, const char *prefix,
                   const PodVector<char> &bytes, bool present) {
  if (!present || bytes.empty())
    return stringValue(rt.emptyString());
  PodVector<char> out;
  if (!setBytes(out, prefix, strlen(prefix)) ||
      !out.reserve(out.size() + bytes.size()))
    return rt.raiseOutOfMemory();
  for (size_t i = 0; i < bytes.size(); ++i)
    out.push(bytes[i]);
  return stringResult(rt, out);
}

} // namespace

KILN_URL_GETTER(urlProtoProtocol) {
  UrlRecord r;
  if (!recordOf(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  if (!r.scheme.push(':'))
    return rt.raiseOutOfMemory();
  return stringResult(rt, r.scheme);
}

KILN_URL_GETTER(urlProtoUsername) {
  UrlRecord r;
  return recordOf(rt, thisValue, r) ? stringResult(rt, r.username)
                                    : KILN_VALUE_EXCEPTION;
}

KILN_URL_GETTER(urlProtoPassword) {
  UrlRecord r;
  return recordOf(rt, thisValue, r) ? stringResult(rt, r.password)
                                    : KILN_VALUE_EXCEPTION;
}

KILN_URL_GETTER(urlProtoHostname) {
  UrlRecord r;
  return recordOf(rt, thisValue, r) ? stringResult(rt, r.host)
                                    : KILN_VALUE_EXCEPTION;
}

KILN_URL_GETTER(urlProtoHost) {
  UrlRecord r;
  if (!recordOf(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  if (r.port >= 0) {
    char port[12] = {':'};
    size_t n = 1 + formatDecimal(uint32_t(r.port), port + 1);
    for (size_t i = 0; i < n; ++i)
      if (!r.host.push(port[i]))
        return rt.raiseOutOfMemory();
  }
  return stringResult(rt, r.host);
}

KILN_URL_GETTER(urlProtoPort) {
  UrlRecord r;
  if (!recordOf(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  if (r.port < 0)
    return stringValue(rt.emptyString());
  char port[12];
  size_t n = formatDecimal(uint32_t(r.port), port);
  StringCell *s = bytesToString(rt, port, n);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

KILN_URL_GETTER(urlProtoPathname) {
  UrlRecord r;
  return recordOf(rt, thisValue, r) ? stringResult(rt, r.path)
                                    : KILN_VALUE_EXCEPTION;
}

KILN_URL_GETTER(urlProtoSearch) {
  UrlRecord r;
  return recordOf(rt, thisValue, r) ? prefixed(rt, "?", r.query, r.hasQuery)
                                    : KILN_VALUE_EXCEPTION;
}

KILN_URL_GETTER(urlProtoHash) {
  UrlRecord r;
  return recordOf(rt, thisValue, r)
             ? prefixed(rt, "#", r.fragment, r.hasFragment)
             : KILN_VALUE_EXCEPTION;
}

// --- Setters (installed by installWebApis)
// -------------------------------------

namespace {

KilnValue setHref(Runtime &rt, KilnValue, KilnValue thisValue,
                  const KilnValue *args, uint32_t argc, bool) {
  UrlRecord current, record;
  if (!recordOf(rt, thisValue, current))
    return KILN_VALUE_EXCEPTION;
  StringCell *text = toUSVString(rt, argAt(args, argc, 0));
  if (!text)
    return KILN_VALUE_EXCEPTION;
  if (!parseString(rt, text, nullptr, record))
    return raiseInvalidUrl(rt);
  return storeRecord(rt, thisValue, record, true) ? KILN_VALUE_UNDEFINED
                                                  : KILN_VALUE_EXCEPTION;
}

/// The search and hash setters: reparse the URL with the new part (a
/// leading `?`/`#` dropped; empty removes the part), so the part is
/// encoded exactly as the parser encodes it.
KilnValue setPart(Runtime &rt, KilnValue thisValue, KilnValue arg,
                  bool search) {
  UrlRecord r;
  if (!recordOf(rt, thisValue, r))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  StringCell *text = toUSVString(rt, arg);
  if (!text)
    return KILN_VALUE_EXCEPTION;
  StringView view = viewFlat(text);
  uint32_t skip = view.length && view.at(0) == (search ? '?' : '#') ? 1 : 0;
  PodVector<char> prefix;
  UrlRecord withoutPart;
  if (!copyUrl(r, withoutPart))
    return rt.raiseOutOfMemory();
  if (search) {
    withoutPart.hasQuery = false;
    withoutPart.query.clear();
  }
  withoutPart.hasFragment = false;
  withoutPart.fragment.clear();
  if (!serializeUrl(withoutPart, prefix))
    return rt.raiseOutOfMemory();
  PodVector<uint16_t> units;
  bool ok = units.reserve(prefix.size() + view.length + 2);
  for (size_t i = 0; i < prefix.size() && ok; ++i)
    ok = units.push(uint8_t(prefix[i]));
  if (view.length > skip) {
    ok = ok && units.push(search ? '?' : '#');
    for (uint32_t i = skip; i < view.length && ok; ++i) {
      uint16_t c = view.at(i);
      // A '#' in a new query is part of it, not a fragment.
      if (search && c == '#')
        ok = units.push('%') && units.push('2') && units.push('3');
      else
        ok = units.push(c);
    }
  }
  if (!ok)
    return rt.raiseOutOfMemory();
  if (search && r.hasFragment) {
    ok = units.push('#');
    for (size_t i = 0; i < r.fragment.size() && ok; ++i)
      ok = units.push(uint8_t(r.fragment[i]));
  }
  UrlRecord updated;
  if (!ok || !parseUrl(units.data(), units.size(), nullptr, updated))
    return rt.raiseOutOfMemory();
  return storeRecord(rt, thisValue, updated, search) ? KILN_VALUE_UNDEFINED
                                                     : KILN_VALUE_EXCEPTION;
}

KilnValue setSearch(Runtime &rt, KilnValue, KilnValue thisValue,
                    const KilnValue *args, uint32_t argc, bool) {
  return setPart(rt, thisValue, argAt(args, argc, 0), true);
}

KilnValue setHash(Runtime &rt, KilnValue, KilnValue thisValue,
                  const KilnValue *args, uint32_t argc, bool) {
  return setPart(rt, thisValue, argAt(args, argc, 0), false);
}

/// Gives the accessor \p name of URL.prototype the setter \p setter.
bool addSetter(Runtime &rt, const char *name, NativeFunction setter) {
  ObjectCell *proto = rt.prototype(Runtime::kURLPrototype);
  RootScope scope(rt.heap);
  KilnValue key = kiln_rt_atom_from_utf8(toABI(rt), name, strlen(name));
  if (isException(key))
    return false;
  scope.keep(key);
  PropertyDescriptor desc;
  if (!getOwnProperty(rt, proto, PropertyKey::fromName(key), desc))
    return false;
  scope.keep(desc.getter);
  char setterName[32];
  snprintf(setterName, sizeof setterName, "set %s", name);
  KilnValue setterNameValue =
      kiln_rt_atom_from_utf8(toABI(rt), setterName, strlen(setterName));
  if (isException(setterNameValue))
    return false;
  FunctionCell *fn =
      newFunction(rt, nullptr, setter, KILN_VALUE_UNDEFINED, setterNameValue);
  if (!fn)
    return false;
  scope.keep(&fn->object);
  return !isException(defineOwnProperty(
      rt, proto, PropertyKey::fromName(key),
      PropertyDescriptor::accessor(desc.getter, objectValue(&fn->object),
                                   KILN_ATTR_CONFIGURABLE)));
}

} // namespace

bool kiln::installUrlSetters(Runtime &rt) {
  return addSetter(rt, "href", setHref) && addSetter(rt, "search", setSearch) &&
         addSetter(rt, "hash", setHash);
}
