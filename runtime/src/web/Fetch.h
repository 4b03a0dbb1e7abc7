//===- Fetch.h - Request and Response, and the server's side ----*- C++ -*-===//
//
// The Fetch standard's Request and Response classes (Fetch.cpp) as the
// HTTP server sees them: newRequestFromHttp makes the Request a handler
// receives from a parsed HTTP request, and readResponse takes apart the
// Response it returns (status, the headers in the standard's sort-and-
// combine order, the body text to send as UTF-8 with utf8Length and
// writeUtf8, or the body bytes to send as they are). Values returned are GC
// cells: the server roots them (a RootScope) while it uses them.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_WEB_FETCH_H
#define KILN_WEB_FETCH_H

#include "web/Web.h"

namespace kiln {

/// One header field of a parsed request (bytes, not NUL-terminated).
struct HttpHeaderField {
  const char *name;
  size_t nameLength;
  const char *value;
  size_t valueLength;
};

/// A Headers object holding \p fields in order, taken as they are: the
/// HTTP parser has checked them (token names, values trimmed and free of
/// NUL, CR and LF), so the list is made in one allocation instead of one
/// per append; a name seen before keeps its first spelling, as append
/// does. EXCEPTION after raising.
KilnValue newHeadersFromFields(Runtime &rt, const HttpHeaderField *fields,
                               size_t count);

/// A parsed HTTP request, as the server hands it to the runtime.
struct HttpRequestParts {
  const char *method;
  size_t methodLength;
  /// The absolute URL ("http://" + Host + request target), UTF-8.
  const char *url;
  size_t urlLength;
  const HttpHeaderField *fields;
  size_t fieldCount;
  /// The body bytes (kept as bytes: text() decodes them as UTF-8, with
  /// replacement; null for no body).
  const uint8_t *body;
  size_t bodyLength;
};

/// The parts of a Response the server writes out.
struct HttpResponseParts {
  int32_t status = 0;
  /// A string.
  KilnValue statusText = KILN_VALUE_UNDEFINED;
  /// The Headers object: visitSortedHeaders gives its fields in the
  /// standard's sort-and-combine order, headersSortedPairs as an array.
  KilnValue headers = KILN_VALUE_UNDEFINED;
  /// The body text, or null (also when the body is bytes, see below).
  KilnValue body = KILN_VALUE_NULL;
  /// A body of bytes (new Response(uint8Array or arrayBuffer)): the
  /// ArrayBuffer holding them (root it with the rest), and its bytes to
  /// send as they are; null / undefined for a text or null body.
  KilnValue bodyBuffer = KILN_VALUE_UNDEFINED;
  const uint8_t *bodyBytes = nullptr;
  size_t bodyByteLength = 0;
};

/// A new Request for \p parts; EXCEPTION after raising (a TypeError for an
/// invalid method or URL).
KilnValue newRequestFromHttp(Runtime &rt, const HttpRequestParts &parts);

/// True when \p v is a Request object.
bool isRequest(Runtime &rt, KilnValue v);

/// Fills \p out from the Response \p response; false after raising a
/// TypeError when \p response is not a Response.
bool readResponse(Runtime &rt, KilnValue response, HttpResponseParts &out);

// --- Entry styles (FetchEvent.cpp) -----------------------------------------

/// The fetch listeners addEventListener registered, in order (a
/// ValueArray value), or undefined when there are none.
KilnValue fetchListeners(Runtime &rt);
/// A new FetchEvent of type "fetch" for \p request; EXCEPTION after
/// raising.
KilnValue newFetchEvent(Runtime &rt, KilnValue request);
/// What the handler passed to \p event's respondWith (a Response or a
/// promise of one), or EMPTY when respondWith was not called.
KilnValue fetchEventResponse(Runtime &rt, KilnValue event);
/// The `ctx`/`context` object the entry styles pass besides the request:
/// waitUntil(promise) and passThroughOnException(), both accepted (the
/// server finishes every queued job before it moves on, so a waitUntil
/// promise's work completes). EXCEPTION after raising.
KilnValue newExecutionContext(Runtime &rt);

} // namespace kiln

#endif // KILN_WEB_FETCH_H
