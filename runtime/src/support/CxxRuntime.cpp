//===- CxxRuntime.cpp - The C++ language support the runtime needs --------===//
//
// The runtime links no C++ standard library, so it supplies the few language
// support symbols that freestanding C++ code still references: the global
// allocation functions (over libc malloc/free; allocation failure is fatal,
// which is why runtime code allocates through the GC heap or PodVector and
// checks for failure instead), __cxa_pure_virtual, and fatal().
//
//===----------------------------------------------------------------------===//
#include "support/Fatal.h"

#include <new>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void kiln::fatal(const char *message) {
  static const char prefix[] = "kiln runtime: fatal: ";
  ssize_t ignored = write(2, prefix, sizeof prefix - 1);
  ignored = write(2, message, strlen(message));
  ignored = write(2, "\n", 1);
  (void)ignored;
  abort();
}

void *operator new(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p)
    kiln::fatal("out of memory in operator new");
  return p;
}
void *operator new[](size_t size) { return operator new(size); }
void *operator new(size_t size, const std::nothrow_t &) noexcept {
  return malloc(size ? size : 1);
}
void *operator new[](size_t size, const std::nothrow_t &) noexcept {
  return malloc(size ? size : 1);
}
void operator delete(void *p) noexcept { free(p); }
void operator delete[](void *p) noexcept { free(p); }
void operator delete(void *p, size_t) noexcept { free(p); }
void operator delete[](void *p, size_t) noexcept { free(p); }

extern "C" void __cxa_pure_virtual() { kiln::fatal("pure virtual call"); }
