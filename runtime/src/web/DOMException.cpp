//===- DOMException.cpp - The DOMException constructor --------------------===//
//
// DOMException(message, name), the error the Web APIs throw (atob's
// InvalidCharacterError, ...). Kiln's instances are Error objects (their
// prototype chain is DOMException.prototype, then Error.prototype) with
// own, non-enumerable `name`, `message` and `code` (the legacy numeric code
// of the WebIDL names table, 0 for other names) and a `stack` headed
// "<name>: <message>" like every Kiln error.
//
//===----------------------------------------------------------------------===//
#include "web/Web.h"

#include <string.h>

using namespace kiln;

namespace {

/// The WebIDL DOMException names that carry a legacy code.
struct LegacyCode {
  const char *name;
  int32_t code;
};
const LegacyCode kLegacyCodes[] = {
    {"IndexSizeError", 1},
    {"HierarchyRequestError", 3},
    {"WrongDocumentError", 4},
    {"InvalidCharacterError", 5},
    {"NoModificationAllowedError", 7},
    {"NotFoundError", 8},
    {"NotSupportedError", 9},
    {"InvalidStateError", 11},
    {"SyntaxError", 12},
    {"InvalidModificationError", 13},
    {"NamespaceError", 14},
    {"InvalidAccessError", 15},
    {"TypeMismatchError", 17},
    {"SecurityError", 18},
    {"NetworkError", 19},
    {"AbortError", 20},
    {"URLMismatchError", 21},
    {"QuotaExceededError", 22},
    {"TimeoutError", 23},
    {"InvalidNodeTypeError", 24},
    {"DataCloneError", 25},
};

int32_t legacyCode(StringCell *flatName) {
  StringView view = viewFlat(flatName);
  for (const LegacyCode &entry : kLegacyCodes) {
    size_t n = strlen(entry.name);
    if (n != view.length)
      continue;
    size_t i = 0;
    while (i < n && view.at(uint32_t(i)) == uint8_t(entry.name[i]))
      ++i;
    if (i == n)
      return entry.code;
  }
  return 0;
}

/// A writable, configurable, non-enumerable data property.
bool defineHidden(Runtime &rt, ObjectCell *obj, const char *name,
                  KilnValue value) {
  return defineNamedValue(rt, obj, name, value,
                          KILN_ATTR_WRITABLE | KILN_ATTR_CONFIGURABLE);
}

/// A DOMException with prototype \p proto, flat \p message and \p name;
/// EXCEPTION after raising.
KilnValue newDOMException(Runtime &rt, ObjectCell *proto, StringCell *message,
                          StringCell *name) {
  RootScope scope(rt.heap);
  scope.keep(proto);
  scope.keep(message);
  scope.keep(name);
  ObjectCell *obj = newObject(rt, proto);
  if (!obj)
    return KILN_VALUE_EXCEPTION;
  obj->header.flags |= kObjectErrorData;
  scope.keep(obj);
  if (!defineHidden(rt, obj, "name", stringValue(name)) ||
      !defineHidden(rt, obj, "message", stringValue(message)) ||
      !defineHidden(rt, obj, "code", makeInt32(legacyCode(name))) ||
      !installErrorStack(rt, obj, KILN_VALUE_UNDEFINED))
    return rt.hasPendingException() ? KILN_VALUE_EXCEPTION
                                    : rt.raiseOutOfMemory();
  return objectValue(obj);
}

} // namespace

KilnValue kiln::domExceptionConstructor(Runtime &rt, KilnValue callee,
                                        KilnValue thisValue,
                                        const KilnValue *args, uint32_t argc,
                                        bool isConstruct) {
  if (!isConstruct)
    return rt.raise(ErrorKind::TypeError,
                    "Class constructor DOMException cannot be invoked "
                    "without 'new'");
  ObjectCell *proto = prototypeFromNewTarget(rt, callee, thisValue,
                                             Runtime::kDOMExceptionPrototype);
  if (!proto)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(proto);
  StringCell *message = rt.emptyString();
  if (argc > 0 && !isUndefined(args[0]) &&
      !(message = toFlatString(rt, args[0])))
    return KILN_VALUE_EXCEPTION;
  scope.keep(message);
  StringCell *name = nullptr;
  if (argc > 1 && !isUndefined(args[1]))
    name = toFlatString(rt, args[1]);
  else
    name = newStringFromAscii(rt, "Error");
  if (!name)
    return KILN_VALUE_EXCEPTION;
  return newDOMException(rt, proto, message, name);
}

KilnValue kiln::throwDOMException(Runtime &rt, const char *message,
                                  const char *name) {
  RootScope scope(rt.heap);
  StringCell *messageString = newStringFromAscii(rt, message);
  if (!messageString)
    return KILN_VALUE_EXCEPTION;
  scope.keep(messageString);
  StringCell *nameString = newStringFromAscii(rt, name);
  if (!nameString)
    return KILN_VALUE_EXCEPTION;
  KilnValue error =
      newDOMException(rt, rt.prototype(Runtime::kDOMExceptionPrototype),
                      messageString, nameString);
  if (isException(error))
    return error;
  return rt.throwValue(error);
}
