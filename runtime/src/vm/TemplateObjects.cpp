//===- TemplateObjects.cpp - The template objects of tagged templates -----===//
//
// A tagged template `tag`a${x}b`` calls its tag with a template object: a
// frozen array of the cooked strings (undefined where the source has an
// escape that is invalid, which only tagged templates allow) whose
// non-enumerable `raw` property is a frozen array of the raw strings. The
// spec's GetTemplateObject makes that object once per template site (per
// source location and realm) and passes the same object on every
// evaluation. kiln_rt_get_template_object is the one implementation: it
// fills a caller-owned, GC-rooted slot per site on first use and returns
// the slot's object afterwards. The VM keeps the slots of a loaded script
// in Script::templateObjects (a root range grown as sites are first
// evaluated); a native back end would keep one rooted global per site.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"

#include "builtins/Builtins.h"
#include "object/ObjectInternal.h"
#include "vm/VM.h"

#include <stdlib.h>
#include <string.h>

using namespace kiln;

namespace {

/// A new frozen array of \p count values.
ObjectCell *newFrozenArray(Runtime &rt, const KilnValue *values,
                           uint32_t count) {
  RootScope scope(rt.heap);
  ObjectCell *array = scope.keep(newArray(rt, count));
  if (!array)
    return nullptr;
  for (uint32_t i = 0; i < count; ++i)
    if (isException(setDenseElement(rt, array, i, values[i])))
      return nullptr;
  if (isException(setIntegrityLevel(rt, objectValue(array), /*frozen=*/true)))
    return nullptr;
  return array;
}

} // namespace

KilnValue kiln_rt_get_template_object(KilnRuntime *krt, KilnValue *site,
                                      const KilnValue *strings,
                                      uint32_t count) {
  if (!isUndefined(*site))
    return *site;
  Runtime &rt = fromABI(krt);
  RootScope scope(rt.heap);
  ObjectCell *raw = scope.keep(newFrozenArray(rt, strings + count, count));
  if (!raw)
    return KILN_VALUE_EXCEPTION;
  // The cooked array gets its elements and `raw` before it is frozen.
  ObjectCell *cooked = scope.keep(newArray(rt, count));
  if (!cooked)
    return KILN_VALUE_EXCEPTION;
  for (uint32_t i = 0; i < count; ++i)
    if (isException(setDenseElement(rt, cooked, i, strings[i])))
      return KILN_VALUE_EXCEPTION;
  StringCell *rawName = rt.atoms.internAscii(rt, "raw");
  if (!rawName || isException(addNamed(rt, cooked, stringValue(rawName),
                                       objectValue(raw), /*attributes=*/0)))
    return KILN_VALUE_EXCEPTION;
  if (isException(setIntegrityLevel(rt, objectValue(cooked), /*frozen=*/true)))
    return KILN_VALUE_EXCEPTION;
  *site = objectValue(cooked);
  return *site;
}

KilnValue *kiln::templateObjectSlot(Runtime &rt, Script &script,
                                    uint32_t site) {
  if (site < script.templateObjectCount)
    return &script.templateObjects[site];
  // kilnc numbers sites densely and each has its own instruction, so a
  // valid site is below the module's code size; a larger one comes from a
  // hand-made module and must not make the VM allocate without bound.
  uint64_t codeBytes = 0;
  for (uint32_t i = 0; i < script.module.functionCount(); ++i)
    codeBytes += script.module.function(i).codeSize;
  if (site >= codeBytes) {
    rt.raise(ErrorKind::RangeError, "invalid template site");
    return nullptr;
  }
  uint32_t count = site + 1 > 2 * script.templateObjectCount
                       ? site + 1
                       : 2 * script.templateObjectCount;
  auto *slots = static_cast<KilnValue *>(malloc(sizeof(KilnValue) * count));
  if (!slots || !rt.heap.addRootRange(slots, count)) {
    free(slots);
    rt.raiseOutOfMemory();
    return nullptr;
  }
  for (uint32_t i = 0; i < count; ++i)
    slots[i] = i < script.templateObjectCount ? script.templateObjects[i]
                                              : KILN_VALUE_UNDEFINED;
  if (script.templateObjects) {
    rt.heap.removeRootRange(script.templateObjects);
    free(script.templateObjects);
  }
  script.templateObjects = slots;
  script.templateObjectCount = count;
  return &script.templateObjects[site];
}
