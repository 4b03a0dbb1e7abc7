/* Reads a handler object's symbols through kiln/Embed.h, as the server
 * does: prints the KilnHandlerInfo fields, the size and the first bytes of
 * the embedded module. */
#include "kiln/Embed.h"

#include <stdio.h>

int main(void) {
  printf("abi=%u style=%u name=%s size=%llu magic=%.6s\n",
         kiln_handler_info.abi_version, kiln_handler_info.entry_style,
         kiln_handler_info.module_name,
         (unsigned long long)kiln_handler_bytecode_size,
         (const char *)kiln_handler_bytecode);
  return kiln_handler_info.abi_version == KILN_HANDLER_ABI_VERSION ? 0 : 1;
}
