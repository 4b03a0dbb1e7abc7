//===- Driver.h - The kilnc driver ------------------------------*- C++ -*-===//
//
// The Driver library is everything `kilnc` does: it parses the command line,
// runs the pipeline's stages up to the one requested (`--emit=tokens`,
// `--emit=ast`, `--syntax-only`) and maps the outcome to an exit status:
// 0 success, 1 the input had errors, 2 a usage or I/O error.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_DRIVER_DRIVER_H
#define KILN_DRIVER_DRIVER_H

namespace kiln {

/// Exit statuses of kilnc.
enum DriverExit : int {
  ExitSuccess = 0,
  ExitSourceErrors = 1,
  ExitUsageError = 2,
};

int driverMain(int argc, char **argv);

} // namespace kiln

#endif
