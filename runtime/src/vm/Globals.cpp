//===- Globals.cpp - Global object, console and Error objects -------------===//
//
// The minimal global environment the VM provides: globalThis, console.log /
// console.error, undefined/NaN/Infinity and the Error constructors with
// their prototype chain. Error objects carry `message` and a `stack` string
// ("Name: message" then one "    at name (file:line:column)" line per frame,
// from the line tables); the runtime's ErrorFactory makes the same objects
// for errors that kiln_rt_* operations raise. Value formatting for console
// output (node's style for primitives, arrays, plain objects, functions and
// errors) lives here, in one place.
//
//===----------------------------------------------------------------------===//
#include "kiln/VM.h"

#include "builtins/Builtins.h"
#include "ops/Conversions.h"
#include "support/PodVector.h"
#include "vm/VM.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

using namespace kiln;

namespace {

/// Text being built for output; silently truncates on OOM.
struct Text {
  PodVector<char> chars;
  void add(const char *s, size_t n) {
    for (size_t i = 0; i < n; ++i)
      chars.push(s[i]);
  }
  void add(const char *s) { add(s, strlen(s)); }
  void addString(Runtime &rt, KilnValue string) {
    StringCell *flat = flattenString(rt, asString(string));
    if (!flat)
      return;
    size_t n = utf8Length(flat);
    size_t at = chars.size();
    if (!chars.reserve(at + n))
      return;
    for (size_t i = 0; i < n; ++i)
      chars.push(0);
    writeUtf8(flat, chars.data() + at);
  }
};

/// Writes all of [data, data + size) to file descriptor \p fd.
void writeAll(int fd, const char *data, size_t size) {
  while (size) {
    ssize_t n = write(fd, data, size);
    if (n <= 0)
      return;
    data += n;
    size -= size_t(n);
  }
}

KilnValue atom(Runtime &rt, const char *text) {
  return kiln_rt_atom_from_utf8(toABI(rt), text, strlen(text));
}

bool defineValue(Runtime &rt, ObjectCell *obj, const char *name,
                 KilnValue value,
                 uint8_t attributes = KILN_ATTR_WRITABLE |
                                      KILN_ATTR_CONFIGURABLE) {
  RootScope scope(rt.heap);
  scope.keep(value);
  scope.keep(obj);
  KilnValue key = atom(rt, name);
  if (isException(key))
    return false;
  return !isException(
      defineOwnProperty(rt, obj, PropertyKey::fromName(key),
                        PropertyDescriptor::data(value, attributes)));
}

KilnValue getNamed(Runtime &rt, KilnValue object, const char *name) {
  KilnValue key = atom(rt, name);
  if (isException(key) || !isObject(object))
    return KILN_VALUE_UNDEFINED;
  return getProperty(rt, asObject(object), PropertyKey::fromName(key), object);
}

bool isErrorObject(VM &vm, KilnValue v) {
  if (!isObject(v) || !isObject(vm.slots[VM::kFirstErrorPrototype]))
    return false;
  ObjectCell *errorProto = asObject(vm.slots[VM::kFirstErrorPrototype]);
  for (ObjectCell *o = asObject(v)->proto; o; o = o->proto)
    if (o == errorProto)
      return true;
  return false;
}

bool isIdentifierName(Runtime &rt, KilnValue key, Text &scratch) {
  scratch.chars.clear();
  scratch.addString(rt, key);
  if (scratch.chars.empty())
    return false;
  for (size_t i = 0; i < scratch.chars.size(); ++i) {
    char c = scratch.chars[i];
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                 c == '$';
    if (!alpha && !(i > 0 && c >= '0' && c <= '9'))
      return false;
  }
  return true;
}

void formatValue(Runtime &rt, KilnValue v, Text &out, unsigned depth,
                 bool topLevel);

void formatObject(Runtime &rt, KilnValue v, Text &out, unsigned depth) {
  VM &vm = *rt.vm;
  ObjectCell *obj = asObject(v);
  if (isCallable(v)) {
    FunctionCell *f = asFunction(v);
    if (isString(f->name) && asString(f->name)->length) {
      out.add("[Function: ");
      out.addString(rt, f->name);
      out.add("]");
    } else {
      out.add("[Function (anonymous)]");
    }
    return;
  }
  if (isErrorObject(vm, v)) {
    KilnValue stack = getNamed(rt, v, "stack");
    if (isString(stack)) {
      if (!depth)
        out.addString(rt, stack);
      else {
        out.add("[");
        out.addString(rt, stack);
        out.add("]");
      }
      return;
    }
  }
  bool array = obj->isArray();
  if (depth > 2) {
    out.add(array ? "[Array]" : "[Object]");
    return;
  }
  RootScope scope(rt.heap);
  scope.keep(v);
  bool first = true;
  auto separator = [&] {
    out.add(first ? " " : ", ");
    first = false;
  };
  // Instances of other constructors are prefixed with the constructor's
  // name, as node does ("Point { x: 1 }").
  if (!array && obj->proto &&
      obj->proto != rt.prototype(Runtime::kObjectPrototype)) {
    PropertyDescriptor ctor;
    if (getOwnProperty(
            rt, obj->proto,
            PropertyKey::fromName(rt.atomValue(PredefinedAtom::constructor)),
            ctor) &&
        isCallable(ctor.value) && isString(asFunction(ctor.value)->name) &&
        asString(asFunction(ctor.value)->name)->length) {
      out.addString(rt, asFunction(ctor.value)->name);
      out.add(" ");
    }
  }
  out.add(array ? "[" : "{");
  if (array) {
    uint32_t holes = 0;
    for (uint32_t i = 0; i < obj->length; ++i) {
      PropertyDescriptor desc;
      if (!getOwnProperty(rt, obj, PropertyKey::fromIndex(i), desc)) {
        ++holes;
        continue;
      }
      if (holes) {
        separator();
        char buf[48];
        snprintf(buf, sizeof buf, "<%u empty item%s>", holes,
                 holes == 1 ? "" : "s");
        out.add(buf);
        holes = 0;
      }
      separator();
      KilnValue e = getProperty(rt, obj, PropertyKey::fromIndex(i), v);
      formatValue(rt, isException(e) ? KILN_VALUE_UNDEFINED : e, out, depth + 1,
                  false);
    }
    if (holes) {
      separator();
      char buf[48];
      snprintf(buf, sizeof buf, "<%u empty item%s>", holes,
               holes == 1 ? "" : "s");
      out.add(buf);
    }
  }
  uint32_t count = shapeSlotCount(obj->shape);
  ValueArray *keys = ValueArray::create(rt.heap, count);
  if (keys) {
    scope.keep(keys);
    shapeKeysInOrder(obj->shape, keys->values);
    Text scratch;
    for (uint32_t i = 0; i < count; ++i) {
      KilnValue key = keys->values[i];
      PropertyDescriptor desc;
      if (!isString(key) ||
          !getOwnProperty(rt, obj, PropertyKey::fromName(key), desc) ||
          !(desc.attributes & KILN_ATTR_ENUMERABLE))
        continue;
      separator();
      if (isIdentifierName(rt, key, scratch)) {
        out.addString(rt, key);
      } else {
        out.add("'");
        out.addString(rt, key);
        out.add("'");
      }
      out.add(": ");
      if (desc.attributes & KILN_ATTR_ACCESSOR) {
        out.add("[Getter/Setter]");
        continue;
      }
      KilnValue e = getProperty(rt, obj, PropertyKey::fromName(key), v);
      formatValue(rt, isException(e) ? KILN_VALUE_UNDEFINED : e, out, depth + 1,
                  false);
    }
  }
  if (first)
    out.add(array ? "]" : "}");
  else
    out.add(array ? " ]" : " }");
}

void formatValue(Runtime &rt, KilnValue v, Text &out, unsigned depth,
                 bool topLevel) {
  if (isString(v)) {
    if (topLevel) {
      out.addString(rt, v);
      return;
    }
    // Node's quoting: single quotes unless the text has one, then double
    // quotes, then backquotes; control characters escaped.
    Text text;
    text.addString(rt, v);
    bool single = false, dbl = false;
    for (char c : text.chars) {
      single |= c == '\'';
      dbl |= c == '"';
    }
    char quote = !single ? '\'' : !dbl ? '"' : '`';
    out.add(&quote, 1);
    for (char c : text.chars) {
      if (c == '\n')
        out.add("\\n");
      else if (c == '\t')
        out.add("\\t");
      else if (c == '\\')
        out.add("\\\\");
      else if (c == quote) {
        out.add("\\");
        out.add(&c, 1);
      } else
        out.add(&c, 1);
    }
    out.add(&quote, 1);
    return;
  }
  if (isDouble(v) && v == doubleBits(-0.0)) {
    out.add("-0");
    return;
  }
  if (isObject(v)) {
    formatObject(rt, v, out, depth);
    return;
  }
  if (isSymbol(v)) {
    out.add("Symbol()");
    return;
  }
  KilnValue s = kiln_rt_to_string(toABI(rt), v);
  if (isException(s)) {
    rt.takeException();
    return;
  }
  out.addString(rt, s);
}

KilnValue consoleWrite(Runtime &rt, const KilnValue *args, uint32_t argc,
                       int fd) {
  Text out;
  for (uint32_t i = 0; i < argc; ++i) {
    if (i)
      out.add(" ");
    formatValue(rt, args[i], out, 0, true);
  }
  out.add("\n");
  writeAll(fd, out.chars.data(), out.chars.size());
  return KILN_VALUE_UNDEFINED;
}

KilnValue consoleLog(Runtime &rt, KilnValue, KilnValue, const KilnValue *args,
                     uint32_t argc, bool) {
  return consoleWrite(rt, args, argc, 1);
}

KilnValue consoleError(Runtime &rt, KilnValue, KilnValue, const KilnValue *args,
                       uint32_t argc, bool) {
  return consoleWrite(rt, args, argc, 2);
}

/// An error object of \p kind with prototype \p proto; EMPTY on OOM.
KilnValue newErrorObject(Runtime &rt, ObjectCell *proto, ErrorKind kind,
                         KilnValue message) {
  RootScope scope(rt.heap);
  scope.keep(proto);
  scope.keep(message);
  ObjectCell *obj = newObject(rt, proto);
  if (!obj)
    return KILN_VALUE_EMPTY;
  scope.keep(obj);
  if (isString(message) && !defineValue(rt, obj, "message", message))
    return KILN_VALUE_EMPTY;
  // Header: the name the prototype chain gives, then the message.
  KilnValue name = getNamed(rt, objectValue(obj), "name");
  Text header;
  if (isString(name))
    header.addString(rt, name);
  else
    header.add(errorKindName(kind));
  if (isString(message) && asString(message)->length) {
    header.add(": ");
    header.addString(rt, message);
  }
  KilnValue headerValue = kiln_rt_string_from_utf8(
      toABI(rt), header.chars.data(), header.chars.size());
  if (isException(headerValue))
    return KILN_VALUE_EMPTY;
  StringCell *stack = captureStack(*rt.vm, headerValue);
  if (!stack || !defineValue(rt, obj, "stack", stringValue(stack)))
    return KILN_VALUE_EMPTY;
  return objectValue(obj);
}

KilnValue errorConstructor(Runtime &rt, KilnValue callee, KilnValue,
                           const KilnValue *args, uint32_t argc, bool) {
  ErrorKind kind = ErrorKind(asFunction(callee)->nativeData);
  KilnValue proto = getNamed(rt, callee, "prototype");
  if (!isObject(proto))
    proto = rt.vm->slots[VM::kFirstErrorPrototype + unsigned(kind)];
  KilnValue message = KILN_VALUE_UNDEFINED;
  RootScope scope(rt.heap);
  scope.keep(proto);
  if (argc > 0 && !isUndefined(args[0])) {
    message = kiln_rt_to_string(toABI(rt), args[0]);
    if (isException(message))
      return message;
  }
  KilnValue error = newErrorObject(rt, asObject(proto), kind, message);
  return isEmpty(error) ? rt.raiseOutOfMemory() : error;
}

KilnValue nativeFunction(Runtime &rt, const char *name, NativeFunction fn) {
  KilnValue nameValue = atom(rt, name);
  if (isException(nameValue))
    return nameValue;
  FunctionCell *f =
      newFunction(rt, nullptr, fn, KILN_VALUE_UNDEFINED, nameValue);
  return f ? objectValue(&f->object) : KILN_VALUE_EXCEPTION;
}

} // namespace

bool kiln::initGlobals(VM &vm) {
  Runtime &rt = *vm.rt;
  ObjectCell *global = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
  if (!global)
    return false;
  vm.slots[VM::kGlobal] = objectValue(global);
  ObjectCell *console = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
  if (!console || !defineValue(rt, global, "console", objectValue(console)))
    return false;
  KilnValue log = nativeFunction(rt, "log", consoleLog);
  if (isException(log) || !defineValue(rt, console, "log", log))
    return false;
  KilnValue error = nativeFunction(rt, "error", consoleError);
  if (isException(error) || !defineValue(rt, console, "error", error))
    return false;
  if (!defineValue(rt, global, "globalThis", objectValue(global)) ||
      !defineValue(rt, global, "undefined", KILN_VALUE_UNDEFINED, 0) ||
      !defineValue(rt, global, "NaN", KILN_CANONICAL_NAN, 0) ||
      !defineValue(rt, global, "Infinity", makeDouble(__builtin_inf()), 0))
    return false;
  // Error constructors and prototypes; every prototype but Error's inherits
  // from Error.prototype.
  static const char *const kNames[] = {
#define KILN_ERROR_KIND(Name, Text) Text,
#include "kiln/ErrorKinds.def"
  };
  unsigned count = sizeof kNames / sizeof kNames[0];
  for (unsigned k = 0; k < count && k < 8; ++k) {
    ObjectCell *base = k == 0 ? rt.prototype(Runtime::kObjectPrototype)
                              : asObject(vm.slots[VM::kFirstErrorPrototype]);
    ObjectCell *proto = newObject(rt, base);
    if (!proto)
      return false;
    vm.slots[VM::kFirstErrorPrototype + k] = objectValue(proto);
    KilnValue name = atom(rt, kNames[k]);
    if (isException(name) || !defineValue(rt, proto, "name", name) ||
        !defineValue(rt, proto, "message", stringValue(rt.emptyString())))
      return false;
    if (ErrorKind(k) == ErrorKind::OutOfMemory)
      continue;
    KilnValue ctor = nativeFunction(rt, kNames[k], errorConstructor);
    if (isException(ctor))
      return false;
    asFunction(ctor)->nativeData = k;
    if (!defineValue(rt, asObject(ctor), "prototype", objectValue(proto), 0) ||
        !defineValue(rt, proto, "constructor", ctor) ||
        !defineValue(rt, global, kNames[k], ctor))
      return false;
  }
  return installBuiltins(vm);
}

KilnValue kiln::makeError(Runtime &rt, ErrorKind kind, const char *message) {
  VM *vm = rt.vm;
  if (!vm || !isObject(vm->slots[VM::kFirstErrorPrototype + unsigned(kind)]))
    return KILN_VALUE_EMPTY;
  KilnValue text =
      kiln_rt_string_from_utf8(toABI(rt), message, strlen(message));
  if (isException(text))
    return KILN_VALUE_EMPTY;
  return newErrorObject(
      rt, asObject(vm->slots[VM::kFirstErrorPrototype + unsigned(kind)]), kind,
      text);
}

StringCell *kiln::captureStack(VM &vm, KilnValue header) {
  Runtime &rt = *vm.rt;
  Text text;
  text.addString(rt, header);
  unsigned shown = 0;
  for (uint32_t d = vm.depth; d > 0 && shown < 10; --d, ++shown) {
    const Frame &f = vm.frames[d - 1];
    Script *s = f.fn->script;
    bc::SourcePosition pos = s->module.positionOf(f.fn->index, f.pc);
    text.add("\n    at ");
    uint32_t name = f.fn->view.name;
    char where[512];
    snprintf(where, sizeof where, "%s:%u:%u", s->fileName, pos.line,
             pos.column);
    if (name != bc::kNoName && asString(s->values[name])->length) {
      text.addString(rt, s->values[name]);
      text.add(" (");
      text.add(where);
      text.add(")");
    } else {
      text.add(where);
    }
  }
  KilnValue v =
      kiln_rt_string_from_utf8(toABI(rt), text.chars.data(), text.chars.size());
  return isException(v) ? nullptr : asString(v);
}

void kiln::reportUncaught(Runtime &rt, KilnValue exception) {
  RootScope scope(rt.heap);
  scope.keep(exception);
  Text out;
  out.add("Uncaught ");
  VM *vm = rt.vm;
  KilnValue stack = vm && isErrorObject(*vm, exception)
                        ? getNamed(rt, exception, "stack")
                        : KILN_VALUE_UNDEFINED;
  if (isString(stack))
    out.addString(rt, stack);
  else if (vm)
    formatValue(rt, exception, out, 0, false);
  out.add("\n");
  writeAll(2, out.chars.data(), out.chars.size());
}

extern "C" void kiln_vm_print_value(KilnRuntime *krt, KilnValue value) {
  Runtime &rt = fromABI(krt);
  if (!vmOf(rt))
    return;
  consoleWrite(rt, &value, 1, 1);
}
