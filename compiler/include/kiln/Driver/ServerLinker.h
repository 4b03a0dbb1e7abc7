//===- ServerLinker.h - Linking handler objects into servers ----*- C++ -*-===//
//
// What `kilnc build` does after `-c`: links the handler object with the
// runtime of its target (libkiln-main.a with the server's main(), and
// libkiln-rt.a)
// and musl into one fully static executable with LLD. The runtime of a
// target is a directory holding libkiln-rt.a and the C library's link
// inputs (see docs/cli.md "kilnc build"); kilnc finds it beside itself in
// a build tree (<build>/runtime/<triple>) or an install tree
// (<prefix>/lib/kiln/<triple>), or where --runtime-dir / KILN_RUNTIME_DIR
// say.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_DRIVER_SERVERLINKER_H
#define KILN_DRIVER_SERVERLINKER_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace kiln {

struct ServerLinkRequest {
  /// A normalized triple (resolveTargetTriple).
  std::string triple;
  std::string handlerObject;
  std::string output;
  /// Where the runtime for the triple is; "" to search (see above).
  std::string runtimeDir;
  /// argv[0] of kilnc, to find the build or install tree it belongs to.
  std::string kilncPath;
  /// Keep the symbol table (the default strips it: smaller servers).
  bool keepSymbols = false;
};

/// The musl triple `kilnc build` targets by default: the host's
/// architecture with linux-musl.
std::string defaultServerTriple();

/// Links the server; false with a message in \p error (which names what is
/// missing and how to get it) on failure.
bool linkServer(const ServerLinkRequest &request, std::string &error);

} // namespace kiln

#endif // KILN_DRIVER_SERVERLINKER_H
