//===- HandlerHost.cpp - Workers that run a compiled handler --------------===//
//
// serveHandler: the server options, one WorkerHost per worker thread (its
// runtime, the evaluated module and the handler found in it, rooted for
// the worker's life) and the listening message. Entry styles
// (kiln/EntryStyles.def) decide where the handler is: the namespace's
// `default.fetch`, the fetch listeners the script registered, the
// `handler` export or the `default` export. What happens per request is
// in HandlerRequest.cpp.
//
//===----------------------------------------------------------------------===//
#include "host/HostInternal.h"

#include "kiln/Embed.h"
#include "server/Options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

using namespace kiln;
using namespace kiln::host;

namespace {

const HandlerImage *gImage;
unsigned gWorkers;
size_t gHeapLimitBytes;

const char *styleSpelling(uint32_t style) {
  switch (style) {
#define KILN_ENTRY_STYLE(Name, Value, Spelling, Example)                       \
  case Value:                                                                  \
    return Spelling;
#include "kiln/EntryStyles.def"
  }
  return "unknown";
}

/// Finds the handler of \p host's module namespace \p exports as its entry
/// style says; false after printing why there is none.
bool findEntry(WorkerHost &host, KilnValue exports) {
  Runtime &rt = *host.rt;
  RootScope scope(rt.heap);
  scope.keep(exports);
  const char *style = styleSpelling(host.image->entryStyle);
  KilnValue entry = KILN_VALUE_UNDEFINED, receiver = KILN_VALUE_UNDEFINED;
  const char *missing = nullptr;
  switch (host.image->entryStyle) {
  case KILN_ENTRY_DefaultObjectFetch:
    receiver = getNamedProperty(rt, exports, "default");
    if (!isException(receiver)) {
      scope.keep(receiver);
      entry = getNamedProperty(rt, receiver, "fetch");
    }
    missing = "the default export has no fetch method";
    break;
  case KILN_ENTRY_NamedHandler:
    entry = getNamedProperty(rt, exports, "handler");
    missing = "the 'handler' export is not a function";
    break;
  case KILN_ENTRY_DefaultFunction:
    entry = getNamedProperty(rt, exports, "default");
    missing = "the default export is not a function";
    break;
  case KILN_ENTRY_FetchEventListener:
    if (isUndefined(fetchListeners(rt))) {
      fprintf(stderr,
              "kiln: %s: no fetch listener was registered "
              "(addEventListener(\"fetch\", ...) at the top level)\n",
              host.image->moduleName);
      return false;
    }
    return true;
  default:
    fprintf(stderr,
            "kiln: %s: unknown entry style %u (the handler object is newer "
            "than this runtime)\n",
            host.image->moduleName, unsigned(host.image->entryStyle));
    return false;
  }
  if (isException(entry)) {
    reportUncaught(rt, rt.takeException(), "kiln: finding the handler: ");
    return false;
  }
  if (!isCallable(entry)) {
    fprintf(stderr, "kiln: %s (%s style): %s\n", host.image->moduleName, style,
            missing);
    return false;
  }
  *host.entry = entry;
  *host.receiver = receiver;
  return true;
}

void destroyWorkerHost(WorkerHost *host) {
  if (host->rt)
    kiln_rt_destroy(toABI(*host->rt));
  delete host;
}

void *startWorker(void *, unsigned index) {
  auto *host = new WorkerHost;
  host->image = gImage;
  host->index = index;
  KilnRuntime *krt = kiln_rt_create(gHeapLimitBytes);
  if (!krt) {
    fprintf(stderr, "kiln: worker %u: out of memory\n", index);
    delete host;
    return nullptr;
  }
  host->rt = &fromABI(krt);
  Runtime &rt = *host->rt;
  // Rooted for the worker's life, popped with the runtime.
  host->entry = kiln_rt_push_root(krt, KILN_VALUE_UNDEFINED);
  host->receiver = kiln_rt_push_root(krt, KILN_VALUE_UNDEFINED);
  host->env = kiln_rt_push_root(krt, KILN_VALUE_UNDEFINED);
  host->context = kiln_rt_push_root(krt, KILN_VALUE_UNDEFINED);
  KilnValue exports = KILN_VALUE_UNDEFINED;
  int status = kiln_vm_run_module(krt, gImage->bytecode, gImage->size,
                                  gImage->moduleName, &exports);
  if (status != KILN_VM_OK) {
    fprintf(stderr, "kiln: %s: the handler module did not start\n",
            gImage->moduleName);
    destroyWorkerHost(host);
    return nullptr;
  }
  if (!findEntry(*host, exports)) {
    destroyWorkerHost(host);
    return nullptr;
  }
  KilnValue env = kiln_rt_new_object(krt);
  if (!isException(env))
    *host->env = env;
  KilnValue context = isException(env) ? env : newExecutionContext(rt);
  if (isException(context)) {
    reportUncaught(rt, rt.takeException(), "kiln: starting a worker: ");
    destroyWorkerHost(host);
    return nullptr;
  }
  *host->context = context;
  // The watchdog now stops this worker's JavaScript where it polls.
  server::redirectInterruptFlag(kiln_vm_interrupt_flag(krt));
  return host;
}

void stopWorker(void *context) {
  server::redirectInterruptFlag(nullptr);
  destroyWorkerHost(static_cast<WorkerHost *>(context));
}

void onListening(uint16_t port) {
  fprintf(stderr, "kiln: %s listening on http://%s:%u (%u worker%s)\n",
          gImage->moduleName, gListenHost, unsigned(port), gWorkers,
          gWorkers == 1 ? "" : "s");
}

} // namespace

const char *kiln::host::gListenHost = "127.0.0.1";

int kiln::host::serveHandler(int argc, char **argv, const HandlerImage &image) {
  server::ServerOptions options;
  // JavaScript needs more stack than the server's own loop: the VM's
  // native re-entries (callbacks of builtins, getters) use the C stack.
  options.workerStackBytes = 8 * 1024 * 1024;
  char message[256];
  switch (server::parseServerOptions(argc, argv, getenv("PORT"), options,
                                     message, sizeof message)) {
  case server::OptionsResult::Help: {
    char usage[4096];
    server::formatServerUsage(argv[0], usage, sizeof usage);
    fputs(usage, stdout);
    return 0;
  }
  case server::OptionsResult::Error:
    fprintf(stderr, "%s: %s (see --help)\n", argv[0], message);
    return 2;
  case server::OptionsResult::Run:
    break;
  }
  if (image.size == 0) {
    fprintf(stderr, "kiln: the handler object holds no bytecode\n");
    return 1;
  }
  gImage = &image;
  gListenHost = options.host;
  gHeapLimitBytes = options.heapLimitBytes;
  gWorkers = options.workers ? options.workers : server::defaultWorkerCount();
  options.workers = gWorkers;
  options.handler = handleRequest;
  options.workerStart = startWorker;
  options.workerStop = stopWorker;
  options.onListening = onListening;
  // Log lines of workers interleave whole: stderr is unbuffered already,
  // stdout (console.log, the access log) is written with write(2).
  return server::runServer(options);
}
