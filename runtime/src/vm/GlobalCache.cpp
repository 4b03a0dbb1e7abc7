//===- GlobalCache.cpp - Global variable loads through an inline cache ----===//
//
// kiln_rt_load_global_ic: the LoadGlobal instruction's operation with the
// site's KilnPropertyCache. A hit reads the slot of the data property the
// cache recorded on the global object or its prototype chain (valid while
// the runtime's cache epoch is unchanged, see object/PropertyCache.h); a
// miss runs kiln_rt_load_global, which has the semantics (ReferenceError
// for an undefined name, getters), and then fills the cache.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "object/PropertyCache.h"
#include "vm/VM.h"

using namespace kiln;

extern "C" KilnValue kiln_rt_load_global_ic(KilnRuntime *krt, KilnValue name,
                                            KilnPropertyCache *cache) {
  Runtime &rt = fromABI(krt);
  KilnValue v;
  if (cachedGlobal(rt, cache, v))
    return v;
  cache->misses++;
  v = kiln_rt_load_global(krt, name);
  VM *vm = vmOf(rt);
  if (!isException(v) && vm && isObject(vm->slots[VM::kGlobal])) {
    RootScope scope(rt.heap);
    scope.keep(v);
    fillGlobalCache(rt, asObject(vm->slots[VM::kGlobal]), name, cache);
  }
  return v;
}
