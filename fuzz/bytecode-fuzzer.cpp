//===- bytecode-fuzzer.cpp - libFuzzer target for the module verifier -----===//
//
// Feeds arbitrary bytes to the runtime's bytecode module reader
// (runtime/src/bytecode/ModuleReader.h), the code that stands between a
// module file and the VM. The property under test is the reader's contract:
// every input is either rejected with a message or loaded as a module whose
// views — strings, constants, functions, code and line tables — all lie
// inside memory the reader owns or was given, without crashes, leaks or
// unbounded allocation. The whole input is the module; seeds are written by
// kiln-bytecode-seeds (modules from the compiler's ModuleWriter). Each input
// is loaded twice: as it is, and with the header's payload size and CRC-32
// recomputed, so that mutations reach the checks behind the checksum.
//
//===----------------------------------------------------------------------===//
#include "bytecode/ModuleReader.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

using namespace kiln::bc;

namespace {

void loadAndTouch(const uint8_t *data, size_t size) {
  LoadedModule module;
  if (!module.load(data, size)) {
    if (strncmp(module.error(), "invalid bytecode module: ", 25) != 0)
      abort();
    return;
  }
  // Read every byte the views expose, so that the sanitizers see any view
  // that strays outside the input or the inflated payload.
  volatile uint32_t sink = 0;
  for (uint32_t i = 0; i < module.stringCount(); ++i) {
    StringView s = module.string(i);
    size_t bytes = s.isUtf16 ? 2 * size_t(s.length) : s.length;
    for (size_t b = 0; b < bytes; ++b)
      sink = sink + s.data[b];
  }
  for (uint32_t i = 0; i < module.constantCount(); ++i)
    sink = sink + uint32_t(module.constant(i).payload);
  for (uint32_t i = 0; i < module.functionCount(); ++i) {
    FunctionView fn = module.function(i);
    for (uint32_t pc = 0; pc < fn.codeSize; ++pc)
      sink = sink + fn.code[pc];
    for (uint32_t b = 0; b < fn.lineTableSize; ++b)
      sink = sink + fn.lineTable[b];
    sink = sink + module.positionOf(i, fn.codeSize - 1).line;
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  loadAndTouch(data, size);
  if (size < sizeof(FileHeader))
    return 0;
  uint8_t *copy = static_cast<uint8_t *>(malloc(size));
  memcpy(copy, data, size);
  uint32_t payloadSize = static_cast<uint32_t>(size - sizeof(FileHeader));
  uint32_t crc =
      static_cast<uint32_t>(crc32(0L, copy + sizeof(FileHeader), payloadSize));
  memcpy(copy + offsetof(FileHeader, payloadSize), &payloadSize, 4);
  memcpy(copy + offsetof(FileHeader, payloadCrc32), &crc, 4);
  loadAndTouch(copy, size);
  free(copy);
  return 0;
}
