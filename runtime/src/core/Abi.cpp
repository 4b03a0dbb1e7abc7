//===- Abi.cpp - Runtime lifetime, roots and strings in the C ABI ---------===//
//
// The kiln_rt_* entry points for creating and destroying a worker's runtime,
// exceptions, roots and collection, and strings crossing I/O boundaries.
// Operators live in ops/Operators.cpp, property access in
// object/PropertyAccess.cpp.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "core/Runtime.h"
#include "string/String.h"

#include <new>
#include <stdlib.h>

using namespace kiln;

extern "C" {

KilnRuntime *kiln_rt_create(size_t heapLimitBytes) {
  HeapConfig config;
  if (heapLimitBytes)
    config.limitBytes = heapLimitBytes;
  void *memory = malloc(sizeof(Runtime));
  if (!memory)
    return nullptr;
  return toABI(*new (memory) Runtime(config));
}

void kiln_rt_destroy(KilnRuntime *krt) {
  if (!krt)
    return;
  Runtime &rt = fromABI(krt);
  rt.~Runtime();
  free(&rt);
}

int kiln_rt_has_exception(KilnRuntime *krt) {
  return fromABI(krt).hasPendingException();
}
KilnValue kiln_rt_take_exception(KilnRuntime *krt) {
  return fromABI(krt).takeException();
}
KilnValue kiln_rt_throw(KilnRuntime *krt, KilnValue value) {
  return fromABI(krt).throwValue(value);
}
void kiln_rt_collect(KilnRuntime *krt) { fromABI(krt).heap.collect(); }
void kiln_rt_set_gc_stress(KilnRuntime *krt, int on) {
  fromABI(krt).heap.setGCStress(on != 0);
}

KilnValue *kiln_rt_push_root(KilnRuntime *krt, KilnValue v) {
  return fromABI(krt).heap.pushRoot(v);
}
size_t kiln_rt_root_depth(KilnRuntime *krt) {
  return fromABI(krt).heap.rootDepth();
}
void kiln_rt_pop_roots(KilnRuntime *krt, size_t depth) {
  fromABI(krt).heap.popRootsTo(depth);
}
int kiln_rt_add_root_range(KilnRuntime *krt, KilnValue *begin, size_t count) {
  return fromABI(krt).heap.addRootRange(begin, count);
}
void kiln_rt_remove_root_range(KilnRuntime *krt, KilnValue *begin) {
  fromABI(krt).heap.removeRootRange(begin);
}

KilnValue kiln_rt_string_from_utf8(KilnRuntime *krt, const char *bytes,
                                   size_t length) {
  StringCell *s = newStringFromUtf8(fromABI(krt), bytes, length);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln_rt_atom_from_utf8(KilnRuntime *krt, const char *bytes,
                                 size_t length) {
  Runtime &rt = fromABI(krt);
  StringCell *s = newStringFromUtf8(rt, bytes, length);
  StringCell *atom = s ? rt.atoms.intern(rt, s) : nullptr;
  return atom ? stringValue(atom) : KILN_VALUE_EXCEPTION;
}

size_t kiln_rt_string_utf8_length(KilnRuntime *krt, KilnValue string) {
  StringCell *flat = flattenString(fromABI(krt), asString(string));
  return flat ? utf8Length(flat) : 0;
}

KilnValue kiln_rt_string_write_utf8(KilnRuntime *krt, KilnValue string,
                                    char *out) {
  StringCell *flat = flattenString(fromABI(krt), asString(string));
  if (!flat)
    return KILN_VALUE_EXCEPTION;
  writeUtf8(flat, out);
  return KILN_VALUE_TRUE;
}

} // extern "C"
