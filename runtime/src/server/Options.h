//===- Options.h - The server's command line --------------------*- C++ -*-===//
//
// parseServerOptions turns a server executable's arguments (and the PORT
// environment variable) into ServerOptions: `--name value` or
// `--name=value` for every option of Options.def, decimal numbers checked
// against each option's range, and a one-line message naming the option
// for anything else. formatServerUsage writes the `--help` text from the
// same table. Plain argv scanning: no getopt, no locale.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SERVER_OPTIONS_H
#define KILN_SERVER_OPTIONS_H

#include "server/Server.h"

#include <stddef.h>

namespace kiln::server {

enum class OptionsResult { Run, Help, Error };

/// Parses argv[1, argc) over `options` (which keeps what is not given).
/// `portEnv` is the value of PORT (nullptr when unset). On Error `message`
/// holds a one-line explanation (NUL-terminated, truncated to `capacity`).
/// String values point into argv.
OptionsResult parseServerOptions(int argc, const char *const *argv,
                                 const char *portEnv, ServerOptions &options,
                                 char *message, size_t capacity);

/// The `--help` text for `program`, NUL-terminated and truncated to
/// `capacity`; returns the length it needed.
size_t formatServerUsage(const char *program, char *out, size_t capacity);

/// The CPUs this process may run on (sched_getaffinity), at least 1.
unsigned defaultWorkerCount();

} // namespace kiln::server

#endif // KILN_SERVER_OPTIONS_H
