//===- ServerMain.cpp - main() of a Kiln server executable ----------------===//
//
// The program entry of a server linked from a handler object (kilnc -c or
// kilnc build), libkiln-main.a (this file alone) and libkiln-rt.a: it
// hands the symbols of kiln/Embed.h to serveHandler. It is kept out of
// libkiln-rt.a so that programs with a main() of their own (kilnc, the
// tests) link the runtime whole without a second main.
//
//===----------------------------------------------------------------------===//
#include "host/HandlerHost.h"

#include "kiln/Embed.h"

#include <stdio.h>

int main(int argc, char **argv) {
  if (kiln_handler_info.abi_version != KILN_HANDLER_ABI_VERSION) {
    fprintf(stderr,
            "kiln: the handler object has ABI version %u, this runtime "
            "reads version %u: compile it with the matching kilnc\n",
            unsigned(kiln_handler_info.abi_version),
            unsigned(KILN_HANDLER_ABI_VERSION));
    return 1;
  }
  kiln::host::HandlerImage image{
      kiln_handler_bytecode, size_t(kiln_handler_bytecode_size),
      kiln_handler_info.entry_style, kiln_handler_info.module_name};
  return kiln::host::serveHandler(argc, argv, image);
}
