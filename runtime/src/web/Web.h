//===- Web.h - The Web APIs: shared declarations ----------------*- C++ -*-===//
//
// The Web platform APIs a Kiln handler sees besides the ECMAScript builtins:
// atob/btoa (Base64.cpp), DOMException (DOMException.cpp),
// crypto.randomUUID/getRandomValues (Crypto.cpp), TextEncoder and
// TextDecoder (TextEncoding.cpp), Headers (Headers.cpp) and
// URLSearchParams (URLSearchParams.cpp, FormUrlencoded.cpp), URL
// (URL.cpp over UrlParser.h) and Request/Response (Fetch.cpp, Fetch.h); Web.cpp
// holds what they share. Instances keep their internal slots in private
// elements keyed by private names the runtime makes at startup (WebSlot),
// so no script can see or forge them. Their natives are declared by
// builtins/Builtins.h from the "Web APIs" section of Builtins.def; this
// header holds what those files share and the installer step the table
// cannot express (DOMException.prototype inherits from Error.prototype,
// which vm/Globals.cpp makes before the table is installed).
//
//===----------------------------------------------------------------------===//
#ifndef KILN_WEB_WEB_H
#define KILN_WEB_WEB_H

#include "builtins/Builtins.h"
#include "builtins/Iterators.h"

namespace kiln {

/// The internal slots of Web API objects; each is a private name.
enum class WebSlot : uint32_t {
  /// Headers: the header list (a ValueArray, see Headers.cpp).
  HeaderList,
  /// URLSearchParams: its list (a ValueArray, see URLSearchParams.cpp).
  SearchParamsList,
  /// URLSearchParams: the URL whose query it mirrors, or undefined.
  SearchParamsUrl,
  /// URL: its serialization (an ASCII string, see URL.cpp).
  UrlHref,
  /// URL: its URLSearchParams object.
  UrlSearchParams,
  /// Request, Response: the fetch record (a ValueArray, see Fetch.cpp).
  FetchRecord,
  /// TextEncoder: its brand (true). TextDecoder: its flags (an int32 of
  /// TextDecoderFlag bits, see TextEncoding.cpp).
  TextEncoderBrand,
  TextDecoderFlags,
  /// FetchEvent: its request and the response given to respondWith (a
  /// ValueArray, see FetchEvent.cpp).
  FetchEventRecord,
  NumSlots
};

/// The value of \p object's internal slot \p slot, or EMPTY when \p
/// object is not an object carrying it (a failed brand check; nothing is
/// raised).
KilnValue webSlot(Runtime &rt, KilnValue object, WebSlot slot);
/// Creates the internal slot \p slot on the new \p object; EXCEPTION
/// after raising.
KilnValue defineWebSlot(Runtime &rt, KilnValue object, WebSlot slot,
                        KilnValue value);
/// Replaces the value of \p object's existing slot \p slot.
KilnValue setWebSlot(Runtime &rt, KilnValue object, WebSlot slot,
                     KilnValue value);

/// The prototype for a constructor call of the built-in \p callee:
/// new.target's `prototype` (a subclass's super() passes new.target as
/// \p thisValue) when it is an object, else the intrinsic \p fallback.
/// Null after raising.
ObjectCell *prototypeFromNewTarget(Runtime &rt, KilnValue callee,
                                   KilnValue thisValue,
                                   Runtime::PermanentSlot fallback);
/// False after raising the TypeError of calling the Web API class
/// \p className without `new` (when \p isConstruct is false).
bool requireNew(Runtime &rt, bool isConstruct, const char *className);
/// A new ordinary object with prototypeFromNewTarget's prototype;
/// EXCEPTION after raising.
KilnValue newWebObject(Runtime &rt, KilnValue callee, KilnValue thisValue,
                       Runtime::PermanentSlot fallback);

/// Called by visitSortedHeaders for each header: the name as first
/// spelled (callers lowercase it) and the value; false stops the visit
/// (with an exception pending).
typedef bool (*HeaderVisitor)(void *context, StringCell *name, KilnValue value);
/// Visits the Headers object \p headers in the Fetch standard's "sort and
/// combine" order (names compared without case; the values of one name
/// combined with ", ", set-cookie values one each) without building the
/// array headersSortedPairs returns; false after raising (a TypeError when
/// \p headers is not a Headers object).
bool visitSortedHeaders(Runtime &rt, KilnValue headers, HeaderVisitor visit,
                        void *context);
/// The Headers object \p headers in the Fetch standard's "sort and
/// combine" order as a new array of [name, value] pairs (\p kind Entries),
/// names (Keys) or values (Values); EXCEPTION after raising (a TypeError
/// when \p headers is not a Headers object).
KilnValue headersSortedPairs(Runtime &rt, KilnValue headers,
                             IterationKind kind);

/// A copy of the pair list \p list (a ValueArray of 2n values) keeping
/// the pairs \p keep(i) accepts (i counts pairs), with \p extra more pairs
/// of undefined at the end; null after raising. Pair lists are never
/// mutated once stored, so a change stores such a copy.
template <typename Keep>
ValueArray *copyPairList(Runtime &rt, ValueArray *list, uint32_t extra,
                         Keep &&keep) {
  uint32_t kept = 0;
  for (uint32_t i = 0; i < list->length / 2; ++i)
    kept += keep(i) ? 1 : 0;
  RootScope scope(rt.heap);
  scope.keep(list);
  ValueArray *out = ValueArray::create(rt.heap, (kept + extra) * 2);
  if (!out) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  uint32_t at = 0;
  for (uint32_t i = 0; i < list->length / 2; ++i)
    if (keep(i)) {
      out->values[at++] = list->values[2 * i];
      out->values[at++] = list->values[2 * i + 1];
    }
  return out;
}

/// The name of pair \p pair of a pair list (always a string).
inline StringCell *nameAt(ValueArray *list, uint32_t pair) {
  return asString(list->values[2 * pair]);
}

/// The pair list \p list after the "set" of Headers and URLSearchParams:
/// the first pair \p matches(i) accepts keeps its place and gets \p value,
/// the later ones are dropped; with none, (\p name, \p value) is appended.
/// Null after raising.
template <typename Matches>
ValueArray *setPair(Runtime &rt, ValueArray *list, KilnValue name,
                    KilnValue value, Matches &&matches) {
  int64_t first = -1;
  for (uint32_t i = 0; i < list->length / 2 && first < 0; ++i)
    if (matches(i))
      first = i;
  RootScope scope(rt.heap);
  scope.keep(name);
  scope.keep(value);
  ValueArray *kept = copyPairList(rt, list, first < 0 ? 1 : 0, [&](uint32_t i) {
    return int64_t(i) <= first || !matches(i);
  });
  if (!kept)
    return nullptr;
  uint32_t at = first < 0 ? kept->length / 2 - 1 : uint32_t(first);
  if (first < 0)
    kept->values[2 * at] = name;
  kept->values[2 * at + 1] = value;
  return kept;
}

/// Element \p i of the dense array \p array (holes and indices past the
/// end read as undefined).
inline KilnValue arrayElementAt(ObjectCell *array, uint32_t i) {
  if (!array->elements || i >= array->elements->length)
    return KILN_VALUE_UNDEFINED;
  KilnValue v = array->elements->values[i];
  return isEmpty(v) ? KILN_VALUE_UNDEFINED : v;
}

/// The WebIDL `sequence<sequence<T>> or record<T, T>` init of Headers and
/// URLSearchParams (\p init an object): an object without @@iterator is a
/// record, whose own enumerable properties go to \p visit(name, value);
/// otherwise each item it iterates must itself iterate exactly two values,
/// which go to \p visit, and \p badPair(length) raises the caller's
/// TypeError for an item that is not an object (length -1) or not a pair.
/// False after raising.
template <typename Visit, typename BadPair>
bool forEachInitPair(Runtime &rt, KilnValue init, Visit &&visit,
                     BadPair &&badPair) {
  RootScope scope(rt.heap);
  scope.keep(init);
  KilnValue iteratorMethod = getProperty(
      rt, asObject(init),
      PropertyKey::fromName(rt.symbol(WellKnownSymbol::iterator)), init);
  if (isException(iteratorMethod))
    return false;
  if (isUndefined(iteratorMethod))
    return forEachOwnEnumerableProperty(
        rt, asObject(init),
        [&](KilnValue key, const PropertyKey &, KilnValue value) {
          return visit(key, value);
        });
  KilnValue items = kiln_rt_new_array(toABI(rt), 0);
  if (isException(items) ||
      isException(kiln_rt_array_append_spread(toABI(rt), items, init)))
    return false;
  scope.keep(items);
  ObjectCell *outer = asObject(items);
  for (uint32_t i = 0; i < outer->length; ++i) {
    KilnValue item = arrayElementAt(outer, i);
    if (!isObject(item)) {
      badPair(int64_t(-1));
      return false;
    }
    KilnValue pair = kiln_rt_new_array(toABI(rt), 2);
    if (isException(pair))
      return false;
    RootScope inner(rt.heap);
    inner.keep(pair);
    if (isException(kiln_rt_array_append_spread(toABI(rt), pair, item)))
      return false;
    ObjectCell *p = asObject(pair);
    if (p->length != 2) {
      badPair(int64_t(p->length));
      return false;
    }
    if (!visit(arrayElementAt(p, 0), arrayElementAt(p, 1)))
      return false;
  }
  return true;
}

/// WebIDL USVString: ToString with lone surrogates replaced by U+FFFD;
/// null after raising.
StringCell *toUSVString(Runtime &rt, KilnValue v);
/// The application/x-www-form-urlencoded parse of \p input as a pair list
/// (a ValueArray cell value); EXCEPTION after raising.
KilnValue parseUrlencoded(Runtime &rt, StringCell *input);
/// The application/x-www-form-urlencoded serialization of the pair list
/// \p list; EXCEPTION after raising.
KilnValue serializeUrlencoded(Runtime &rt, KilnValue list);

/// new Headers(\p init); EXCEPTION after raising.
KilnValue newHeaders(Runtime &rt, KilnValue init);

/// A new URLSearchParams over the pair list \p list with prototype
/// \p proto (null: the intrinsic one); EXCEPTION after raising.
KilnValue newURLSearchParams(Runtime &rt, KilnValue list, ObjectCell *proto);

/// Rewrites the query of the URL object \p url from the pair list
/// \p list (no query when it is empty): the URL side of the live link
/// with searchParams. False after raising.
bool urlSetQueryFromParams(Runtime &rt, KilnValue url, KilnValue list);
/// Adds the setters of URL.prototype's href, search and hash (the table
/// makes getters only). False on OOM.
bool installUrlSetters(Runtime &rt);

/// What console.log prints for the Web API object \p v: a stand-in
/// object with \p v's prototype whose own properties show its contents
/// as Node does (a Headers object's names, in first-seen spelling and
/// order, with their combined values), or EMPTY when \p v is no Web API
/// object with contents (or making the stand-in failed; nothing is left
/// pending).
KilnValue webConsoleView(Runtime &rt, KilnValue v);

/// Links the Web APIs' holders to objects outside Builtins.def (the Error
/// prototype); runs at the end of installBuiltins. False on OOM.
bool installWebApis(VM &vm);

/// Throws a new DOMException with \p message and \p name (one of the
/// names of the WebIDL table, e.g. "InvalidCharacterError", whose legacy
/// `code` it carries); always returns KILN_VALUE_EXCEPTION.
KilnValue throwDOMException(Runtime &rt, const char *message, const char *name);

/// ToString(\p v) as a flat string; null after raising.
StringCell *toFlatString(Runtime &rt, KilnValue v);

/// The bytes of the BufferSource \p v (an ArrayBuffer or a typed array):
/// true with \p data and \p size set (pointing into the GC heap: valid
/// until the next allocation may collect \p v), false when \p v is
/// neither (nothing raised).
bool bufferSourceBytes(KilnValue v, const uint8_t *&data, size_t &size);

/// Fills \p out with \p size cryptographically secure random bytes from
/// getrandom(2); false (nothing raised) when the kernel refuses.
bool fillRandomBytes(void *out, size_t size);

} // namespace kiln

#endif // KILN_WEB_WEB_H
