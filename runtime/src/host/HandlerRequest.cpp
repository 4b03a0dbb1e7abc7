//===- HandlerRequest.cpp - One request through a JavaScript handler ------===//
//
// handleRequest, the server's RequestHandler for a compiled handler: the
// parsed request becomes a Request (URL from the Host field and the
// target), the handler is called as the entry style says, a returned
// promise is awaited by draining the worker's microtask queue (Kiln has no
// timers or outbound I/O yet, so a promise still pending after the drain
// can never settle), and the Response's status, headers and UTF-8 body go
// into the ServerResponse. Header fields the server owns (framing, Date,
// connection management) are dropped from the handler's headers, since
// the server writes them itself. Every failure is a 500 with one log line
// on stderr naming the request; a request the handler cannot even receive
// (a Host that makes no valid URL) is a 400.
//
//===----------------------------------------------------------------------===//
#include "host/HostInternal.h"

#include "builtins/Promise.h"
#include "http/ContentCoding.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;
using namespace kiln::host;

namespace {

/// Fields of a handler's response that the server writes itself.
const char *const kServerOwnedFields[] = {
    "connection", "content-length", "date", "keep-alive", "transfer-encoding",
};

/// "METHOD target" of \p request for log lines, truncated to fit.
void describe(const server::ServerRequest &request, char *out, size_t size) {
  snprintf(out, size, "%.*s %.*s", int(request.methodLength), request.method,
           int(request.targetLength > 200 ? 200 : request.targetLength),
           request.target);
}

void fail(server::ServerResponse &response, int status, const char *body) {
  response.reset();
  response.status = status;
  response.header("Content-Type", "text/plain;charset=UTF-8");
  response.write(body, strlen(body));
}

/// Logs the pending exception (or \p reason when it is not EMPTY) and
/// answers 500.
void failWithException(WorkerHost &host, const server::ServerRequest &request,
                       server::ServerResponse &response, const char *what,
                       KilnValue reason = KILN_VALUE_EMPTY) {
  Runtime &rt = *host.rt;
  KilnValue exception = isEmpty(reason) ? rt.takeException() : reason;
  char line[320], target[240];
  describe(request, target, sizeof target);
  snprintf(line, sizeof line, "kiln: 500 for %s: %s", target, what);
  reportUncaught(rt, exception, line);
  fail(response, 500, "Internal Server Error\n");
}

void failWithMessage(const server::ServerRequest &request,
                     server::ServerResponse &response, int status,
                     const char *message) {
  char target[240];
  describe(request, target, sizeof target);
  fprintf(stderr, "kiln: %d for %s: %s\n", status, target, message);
  fail(response, status,
       status == 400   ? "Bad Request\n"
       : status == 503 ? "Service Unavailable\n"
                       : "Internal Server Error\n");
}

/// The watchdog stopped the handler: the server answers 503 (whatever the
/// response holds); the log says why.
void interrupted(WorkerHost &host, const server::ServerRequest &request,
                 server::ServerResponse &response) {
  if (host.rt->hasPendingException())
    host.rt->takeException();
  failWithMessage(request, response, 503,
                  "the handler overran its time limit and was interrupted");
}

/// The request's absolute URL in host.url (NUL-terminated).
bool buildUrl(WorkerHost &host, const server::ServerRequest &request) {
  server::Bytes &url = host.url;
  url.size = 0;
  const char *target = request.target;
  size_t targetLength = request.targetLength;
  // absolute-form ("GET http://example.com/ HTTP/1.1") is the URL itself.
  if (targetLength > 7 &&
      (http::equalsIgnoringCase(target, 7, "http://") ||
       (targetLength > 8 && http::equalsIgnoringCase(target, 8, "https://"))))
    return url.append(target, targetLength) && url.append("", 1);
  const char *hostName = gListenHost;
  size_t hostLength = strlen(gListenHost);
  for (uint32_t i = 0; i < request.fieldCount; ++i) {
    const http::HeaderField &f = request.fields[i];
    if (f.name.length == 4 &&
        http::equalsIgnoringCase(
            reinterpret_cast<const char *>(request.head + f.name.offset), 4,
            "host")) {
      hostName = reinterpret_cast<const char *>(request.head + f.value.offset);
      hostLength = f.value.length;
      break;
    }
  }
  bool originForm = targetLength > 0 && target[0] == '/';
  return url.append("http://", 7) && url.append(hostName, hostLength) &&
         (originForm ? url.append(target, targetLength) : url.append("/", 1)) &&
         url.append("", 1);
}

/// A new Request for \p request; EXCEPTION after raising (or on OOM with
/// nothing pending when scratch space runs out).
KilnValue makeRequest(WorkerHost &host, const server::ServerRequest &request) {
  Runtime &rt = *host.rt;
  if (!buildUrl(host, request))
    return rt.raiseOutOfMemory();
  if (request.fieldCount > host.fieldCapacity) {
    auto *grown = static_cast<HttpHeaderField *>(
        realloc(host.fields, request.fieldCount * sizeof(HttpHeaderField)));
    if (!grown)
      return rt.raiseOutOfMemory();
    host.fields = grown;
    host.fieldCapacity = request.fieldCount;
  }
  for (uint32_t i = 0; i < request.fieldCount; ++i) {
    const http::HeaderField &f = request.fields[i];
    host.fields[i] = {
        reinterpret_cast<const char *>(request.head + f.name.offset),
        f.name.length,
        reinterpret_cast<const char *>(request.head + f.value.offset),
        f.value.length};
  }
  HttpRequestParts parts{request.method,
                         request.methodLength,
                         reinterpret_cast<const char *>(host.url.data),
                         host.url.size - 1,
                         host.fields,
                         request.fieldCount,
                         request.body,
                         request.bodyLength};
  return newRequestFromHttp(rt, parts);
}

/// Calls the handler for \p jsRequest as the entry style says: its result
/// (a Response or a promise of one), EMPTY when a fetch listener did not
/// call respondWith, or EXCEPTION after raising.
KilnValue callHandler(WorkerHost &host, KilnValue jsRequest) {
  Runtime &rt = *host.rt;
  KilnRuntime *krt = toABI(rt);
  switch (host.image->entryStyle) {
  case KILN_ENTRY_DefaultObjectFetch: {
    KilnValue args[3] = {jsRequest, *host.env, *host.context};
    return kiln_rt_call(krt, *host.entry, *host.receiver, args, 3);
  }
  case KILN_ENTRY_DefaultFunction: {
    KilnValue args[2] = {jsRequest, *host.context};
    return kiln_rt_call(krt, *host.entry, KILN_VALUE_UNDEFINED, args, 2);
  }
  case KILN_ENTRY_FetchEventListener: {
    RootScope scope(rt.heap);
    KilnValue event = newFetchEvent(rt, jsRequest);
    if (isException(event))
      return event;
    scope.keep(event);
    KilnValue listeners = fetchListeners(rt);
    scope.keep(listeners);
    auto *list = reinterpret_cast<ValueArray *>(asCell(listeners));
    KilnValue global = vmOf(rt)->slots[VM::kGlobal];
    for (uint32_t i = 0; i < list->length; ++i)
      if (isException(kiln_rt_call(krt, list->values[i], global, &event, 1)))
        return KILN_VALUE_EXCEPTION;
    return fetchEventResponse(rt, event);
  }
  default:
    return kiln_rt_call(krt, *host.entry, KILN_VALUE_UNDEFINED, &jsRequest, 1);
  }
}

enum class Settled { Value, Rejected, Pending };

/// Runs the queued microtasks; then \p value, or the promise \p value's
/// outcome in \p value.
Settled settle(WorkerHost &host, KilnValue &value) {
  Runtime &rt = *host.rt;
  RootScope scope(rt.heap);
  scope.keep(value);
  if (isPromise(value))
    asPromise(value)->isHandled = true; // the host takes care of a rejection
  // An unhandled rejection elsewhere is logged by the drain; the response
  // stands.
  kiln_vm_drain_microtasks(toABI(rt));
  if (!isPromise(value))
    return Settled::Value;
  PromiseCell *p = asPromise(value);
  if (p->state == PromiseState::Pending)
    return Settled::Pending;
  value = p->result;
  return p->state == PromiseState::Rejected ? Settled::Rejected
                                            : Settled::Value;
}

bool serverOwned(StringView name) {
  for (const char *owned : kServerOwnedFields) {
    size_t length = strlen(owned);
    bool same = name.length == length;
    for (uint32_t i = 0; same && i < length; ++i)
      same = (name.at(i) | 0x20) == uint8_t(owned[i]);
    if (same)
      return true;
  }
  return false;
}

/// Appends the Latin-1 code units of the flat \p view (lowercased with
/// \p lower) and a NUL to \p out.
bool appendByteString(server::Bytes &out, StringView view, bool lower) {
  if (!out.reserve(size_t(view.length) + 1))
    return false;
  for (uint32_t i = 0; i < view.length; ++i) {
    uint8_t c = uint8_t(view.at(i));
    out.data[out.size++] = lower && c >= 'A' && c <= 'Z' ? c | 0x20 : c;
  }
  out.data[out.size++] = 0;
  return true;
}

struct HeaderWriter {
  WorkerHost &host;
  server::ServerResponse &response;
  const char *why = nullptr;
};

/// A visitSortedHeaders visitor: one header field into the response, its
/// name lowercased (the standard's combined names are), unless the server
/// writes it itself.
bool writeHeader(void *context, StringCell *spelled, KilnValue value) {
  auto &w = *static_cast<HeaderWriter *>(context);
  Runtime &rt = *w.host.rt;
  RootScope scope(rt.heap);
  scope.keep(value);
  StringCell *name = flattenString(rt, spelled);
  StringCell *text = name ? flattenString(rt, asString(value)) : nullptr;
  w.why = "out of memory";
  if (!text)
    return false;
  StringView nameView = viewFlat(name);
  if (serverOwned(nameView))
    return true;
  server::Bytes &line = w.host.text;
  line.size = 0;
  if (!appendByteString(line, nameView, true) ||
      !appendByteString(line, viewFlat(text), false))
    return false;
  const char *bytes = reinterpret_cast<const char *>(line.data);
  w.why = "the response's header fields are too large";
  return w.response.header(bytes, bytes + nameView.length + 1);
}

/// Writes the Response \p value into \p response; false with the reason
/// in \p why (and possibly an exception pending).
bool writeResponse(WorkerHost &host, KilnValue value,
                   server::ServerResponse &response, const char *&why) {
  Runtime &rt = *host.rt;
  RootScope scope(rt.heap);
  HttpResponseParts parts;
  why = "the handler did not return a Response";
  if (!readResponse(rt, value, parts))
    return false;
  scope.keep(parts.headers);
  scope.keep(parts.body);
  scope.keep(parts.bodyBuffer);
  response.status = parts.status;
  HeaderWriter writer{host, response};
  if (!visitSortedHeaders(rt, parts.headers, writeHeader, &writer)) {
    why = writer.why ? writer.why : "out of memory";
    return false;
  }
  if (isString(parts.body)) {
    StringCell *body = flattenString(rt, asString(parts.body));
    why = "out of memory";
    if (!body)
      return false;
    size_t length = utf8Length(body);
    host.text.size = 0;
    if (!host.text.reserve(length))
      return false;
    writeUtf8(body, reinterpret_cast<char *>(host.text.data));
    if (!response.write(host.text.data, length))
      return false;
  } else if (parts.bodyBytes) {
    // A byte body (new Response(uint8Array)) goes out as it is.
    why = "out of memory";
    if (!response.write(parts.bodyBytes, parts.bodyByteLength))
      return false;
  }
  return true;
}

} // namespace

void kiln::host::handleRequest(void *context,
                               const server::ServerRequest &request,
                               server::ServerResponse &response) {
  WorkerHost &host = *static_cast<WorkerHost *>(context);
  Runtime &rt = *host.rt;
  RootScope scope(rt.heap);
  KilnValue jsRequest = makeRequest(host, request);
  if (isException(jsRequest)) {
    // The client's method (CONNECT, TRACE), Host or target is not one a
    // Request takes.
    rt.takeException();
    failWithMessage(request, response, 400,
                    "the request's method, Host or target is not one a "
                    "Request accepts");
    return;
  }
  scope.keep(jsRequest);
  VM &vm = *vmOf(rt);
  uint32_t interrupts = vm.interruptsTaken;
  KilnValue result = callHandler(host, jsRequest);
  if (vm.interruptsTaken != interrupts)
    return interrupted(host, request, response);
  if (isException(result))
    return failWithException(host, request, response, "Uncaught ");
  if (isEmpty(result))
    return failWithMessage(request, response, 500,
                           "no fetch listener called event.respondWith()");
  scope.keep(result);
  Settled settled = settle(host, result);
  if (vm.interruptsTaken != interrupts)
    return interrupted(host, request, response);
  switch (settled) {
  case Settled::Rejected:
    return failWithException(host, request, response, "Uncaught (in promise) ",
                             result);
  case Settled::Pending:
    return failWithMessage(request, response, 500,
                           "the handler's promise never settles (nothing is "
                           "left that could settle it)");
  case Settled::Value:
    break;
  }
  scope.keep(result);
  const char *why = nullptr;
  if (!writeResponse(host, result, response, why)) {
    if (rt.hasPendingException())
      rt.takeException();
    failWithMessage(request, response, 500, why);
  }
}
