//===- Web.cpp - What the Web API builtins share --------------------------===//
//
// The startup step of the Web APIs (the private names of their internal
// slots, and DOMException.prototype's link to Error.prototype), the
// internal-slot accessors built on private elements, construction with
// new.target's prototype, and ToString to a flat string.
//
//===----------------------------------------------------------------------===//
#include "web/Web.h"

#include <stdio.h>
#include <string.h>

using namespace kiln;

namespace {

const char *const kWebSlotNames[] = {
    "headerList",       "searchParamsList", "searchParamsUrl",
    "urlHref",          "urlSearchParams",  "fetchRecord",
    "textEncoderBrand", "textDecoderFlags", "fetchEventRecord"};
static_assert(sizeof kWebSlotNames / sizeof kWebSlotNames[0] ==
                  size_t(WebSlot::NumSlots),
              "one name per WebSlot");

KilnValue slotName(Runtime &rt, WebSlot slot) {
  KilnValue names = rt.permanent[Runtime::kWebPrivateNames];
  return reinterpret_cast<ValueArray *>(asCell(names))->values[uint32_t(slot)];
}

} // namespace

StringCell *kiln::toFlatString(Runtime &rt, KilnValue v) {
  KilnValue s = kiln_rt_to_string(toABI(rt), v);
  if (isException(s))
    return nullptr;
  return flattenString(rt, asString(s));
}

KilnValue kiln::webSlot(Runtime &rt, KilnValue object, WebSlot slot) {
  if (!isObject(object))
    return KILN_VALUE_EMPTY;
  KilnValue name = slotName(rt, slot);
  if (kiln_rt_private_in(toABI(rt), name, object) != KILN_VALUE_TRUE)
    return KILN_VALUE_EMPTY;
  KilnValue value = kiln_rt_get_private(toABI(rt), object, name);
  return isException(value) ? KILN_VALUE_EMPTY : value;
}

KilnValue kiln::defineWebSlot(Runtime &rt, KilnValue object, WebSlot slot,
                              KilnValue value) {
  return kiln_rt_define_private_field(toABI(rt), object, slotName(rt, slot),
                                      value);
}

KilnValue kiln::setWebSlot(Runtime &rt, KilnValue object, WebSlot slot,
                           KilnValue value) {
  return kiln_rt_put_private(toABI(rt), object, slotName(rt, slot), value);
}

ObjectCell *kiln::prototypeFromNewTarget(Runtime &rt, KilnValue callee,
                                         KilnValue thisValue,
                                         Runtime::PermanentSlot fallback) {
  KilnValue target = isObject(thisValue) ? thisValue : callee;
  if (!isObject(target))
    return rt.prototype(fallback);
  RootScope scope(rt.heap);
  scope.keep(target);
  KilnValue proto = getProperty(
      rt, asObject(target),
      PropertyKey::fromName(rt.atomValue(PredefinedAtom::prototype)), target);
  if (isException(proto))
    return nullptr;
  return isObject(proto) ? asObject(proto) : rt.prototype(fallback);
}

bool kiln::requireNew(Runtime &rt, bool isConstruct, const char *className) {
  if (isConstruct)
    return true;
  char message[96];
  snprintf(message, sizeof message,
           "Class constructor %s cannot be invoked without 'new'", className);
  rt.raise(ErrorKind::TypeError, message);
  return false;
}

KilnValue kiln::newWebObject(Runtime &rt, KilnValue callee, KilnValue thisValue,
                             Runtime::PermanentSlot fallback) {
  ObjectCell *proto = prototypeFromNewTarget(rt, callee, thisValue, fallback);
  if (!proto)
    return KILN_VALUE_EXCEPTION;
  ObjectCell *obj = newObject(rt, proto);
  return obj ? objectValue(obj) : KILN_VALUE_EXCEPTION;
}

bool kiln::installWebApis(VM &vm) {
  Runtime &rt = *vm.rt;
  ValueArray *names = ValueArray::create(rt.heap, uint32_t(WebSlot::NumSlots));
  if (!names)
    return false;
  rt.permanent[Runtime::kWebPrivateNames] = cellValue(names);
  for (uint32_t i = 0; i < uint32_t(WebSlot::NumSlots); ++i) {
    KilnValue description = kiln_rt_atom_from_utf8(toABI(rt), kWebSlotNames[i],
                                                   strlen(kWebSlotNames[i]));
    if (isException(description))
      return false;
    KilnValue name = kiln_rt_create_private_name(toABI(rt), description);
    if (isException(name))
      return false;
    names->values[i] = name;
  }
  KilnValue errorProto = vm.slots[VM::kFirstErrorPrototype];
  if (!isObject(errorProto))
    return false;
  rt.prototype(Runtime::kDOMExceptionPrototype)->proto = asObject(errorProto);
  return installUrlSetters(rt);
}
