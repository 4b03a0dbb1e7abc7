//===- Fatal.h - Unrecoverable runtime errors -------------------*- C++ -*-===//
//
// fatal() reports an internal invariant violation of the runtime (a bug, not
// a JavaScript error or a resource limit, which are reported as exceptions)
// on standard error and aborts the process.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SUPPORT_FATAL_H
#define KILN_SUPPORT_FATAL_H

namespace kiln {

/// Writes "kiln runtime: fatal: <message>" to standard error and aborts.
[[noreturn]] void fatal(const char *message);

} // namespace kiln

#define KILN_ASSERT(cond)                                                      \
  do {                                                                         \
    if (!(cond))                                                               \
      ::kiln::fatal("assertion failed: " #cond " at " __FILE__);               \
  } while (0)

#endif // KILN_SUPPORT_FATAL_H
