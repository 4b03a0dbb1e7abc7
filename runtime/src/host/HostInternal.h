//===- HostInternal.h - What the handler host's files share -----*- C++ -*-===//
//
// The per-worker state of the handler host (HandlerHost.cpp makes it,
// HandlerRequest.cpp uses it for each request) and the helpers both use.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_HOST_HOSTINTERNAL_H
#define KILN_HOST_HOSTINTERNAL_H

#include "host/HandlerHost.h"

#include "builtins/Builtins.h"
#include "kiln/Embed.h"
#include "kiln/VM.h"
#include "server/ResponseAssembly.h"
#include "server/Server.h"
#include "web/Fetch.h"

namespace kiln::host {

/// One worker's JavaScript: owned by its thread, never shared.
struct WorkerHost {
  const HandlerImage *image = nullptr;
  unsigned index = 0;
  Runtime *rt = nullptr;
  /// Roots for the worker's life (slots of the runtime's root stack): the
  /// handler function (undefined for the fetch-listener style), its `this`,
  /// and the `env` and `ctx` objects the entry styles pass.
  KilnValue *entry = nullptr;
  KilnValue *receiver = nullptr;
  KilnValue *env = nullptr;
  KilnValue *context = nullptr;
  /// Scratch space reused by every request: the request's URL, its header
  /// fields, and the response's header and body bytes.
  server::Bytes url;
  HttpHeaderField *fields = nullptr;
  uint32_t fieldCapacity = 0;
  server::Bytes text;

  ~WorkerHost() { free(fields); }
};

/// The host that listens (for requests without a Host header).
extern const char *gListenHost;

/// The server's RequestHandler: runs the handler of the WorkerHost
/// \p context for \p request and fills \p response.
void handleRequest(void *context, const server::ServerRequest &request,
                   server::ServerResponse &response);

} // namespace kiln::host

#endif // KILN_HOST_HOSTINTERNAL_H
