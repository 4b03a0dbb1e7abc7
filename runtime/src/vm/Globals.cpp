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
#include "builtins/Collections.h"
#include "builtins/Date.h"
#include "builtins/Iterators.h"
#include "builtins/Promise.h"
#include "object/BinaryData.h"
#include "ops/Conversions.h"
#include "string/Symbol.h"
#include "support/PodVector.h"
#include "vm/VM.h"
#include "web/Web.h"

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

/// Map, Set, their weak kinds, built-in iterators and Symbol wrappers in
/// node's notation ("Map(1) { 'a' => 1 }", "[Set Iterator] { 1 }"); false
/// for other objects.
bool formatCollection(Runtime &rt, KilnValue v, Text &out, unsigned depth) {
  GCCell *cell = asCell(v);
  KilnValue wrapped = wrappedPrimitive(v);
  if (isSymbol(wrapped)) {
    out.add("[Symbol: ");
    formatValue(rt, wrapped, out, depth + 1, false);
    out.add("]");
    return true;
  }
  static const char *const kNames[] = {"Map", "Set", "WeakMap", "WeakSet"};
  KilnValue table;
  bool pairs, entries;
  if (cell->kind == CellKind::Collection) {
    CollectionCell *c = reinterpret_cast<CollectionCell *>(cell);
    const char *name = kNames[unsigned(c->kind)];
    if (c->kind == CollectionKind::WeakMap ||
        c->kind == CollectionKind::WeakSet) {
      out.add(name);
      out.add(" { <items unknown> }");
      return true;
    }
    if (depth > 2 && collectionSize(c)) {
      out.add("[");
      out.add(name);
      out.add("]");
      return true;
    }
    char header[48];
    snprintf(header, sizeof header, "%s(%u) {", name, collectionSize(c));
    out.add(header);
    table = c->table;
    pairs = c->kind == CollectionKind::Map;
    entries = false;
  } else if (cell->kind == CellKind::BuiltinIterator) {
    BuiltinIteratorCell *it = reinterpret_cast<BuiltinIteratorCell *>(cell);
    bool map = it->type == IteratedType::Map;
    if (!map && it->type != IteratedType::Set) {
      out.add(it->type == IteratedType::Array ? "Object [Array Iterator] {}"
                                              : "Object [String Iterator] {}");
      return true;
    }
    entries = it->kind == IterationKind::Entries;
    out.add(map ? (entries ? "[Map Entries] {" : "[Map Iterator] {")
                : (entries ? "[Set Entries] {" : "[Set Iterator] {"));
    if (isUndefined(it->target)) {
      out.add("}");
      return true;
    }
    table = it->target;
    pairs = map && it->kind == IterationKind::Values;
  } else {
    return false;
  }
  // Walks a copy of the cursor, so printing consumes nothing.
  RootScope scope(rt.heap);
  KilnValue *cursor = scope.keep(table);
  KilnValue *key = scope.keep(KILN_VALUE_UNDEFINED);
  KilnValue *value = scope.keep(KILN_VALUE_UNDEFINED);
  uint32_t index = cell->kind == CellKind::BuiltinIterator
                       ? reinterpret_cast<BuiltinIteratorCell *>(cell)->index
                       : 0;
  bool first = true;
  while (collectionNextEntry(*cursor, index, *key, *value)) {
    out.add(first ? " " : ", ");
    first = false;
    bool setEntries = entries && cell->kind == CellKind::BuiltinIterator &&
                      reinterpret_cast<BuiltinIteratorCell *>(cell)->type ==
                          IteratedType::Set;
    if (entries) {
      out.add("[ ");
      formatValue(rt, *key, out, depth + 2, false);
      out.add(", ");
      formatValue(rt, setEntries ? *key : *value, out, depth + 2, false);
      out.add(" ]");
    } else if (cell->kind == CellKind::Collection && pairs) {
      formatValue(rt, *key, out, depth + 1, false);
      out.add(" => ");
      formatValue(rt, *value, out, depth + 1, false);
    } else {
      formatValue(rt, pairs ? *value : *key, out, depth + 1, false);
    }
  }
  out.add(first ? "}" : " }");
  return true;
}

/// A promise as node shows it: "Promise { 1 }", "Promise { <pending> }",
/// "Promise { <rejected> reason }"; false for other values.
bool formatPromise(Runtime &rt, KilnValue v, Text &out, unsigned depth) {
  if (!isPromise(v))
    return false;
  if (depth > 2) {
    out.add("[Promise]");
    return true;
  }
  PromiseCell *p = asPromise(v);
  out.add("Promise { ");
  if (p->state == PromiseState::Pending) {
    out.add("<pending>");
  } else {
    if (p->state == PromiseState::Rejected)
      out.add("<rejected> ");
    formatValue(rt, p->result, out, depth + 1, false);
  }
  out.add(" }");
  return true;
}

/// A class as node prints it: "[class B extends A]".
void formatClass(Runtime &rt, FunctionCell *f, Text &out) {
  auto named = [](FunctionCell *fn) {
    return isString(fn->name) && asString(fn->name)->length;
  };
  out.add("[class ");
  if (named(f))
    out.addString(rt, f->name);
  else
    out.add("(anonymous)");
  KilnValue parent =
      f->object.proto ? objectValue(f->object.proto) : KILN_VALUE_UNDEFINED;
  if ((f->code->view.flags & bc::FunctionFlagDerivedConstructor) &&
      isCallable(parent) && named(asFunction(parent))) {
    out.add(" extends ");
    out.addString(rt, asFunction(parent)->name);
  }
  out.add("]");
}

/// Typed arrays and ArrayBuffers as node shows them ("Uint8Array(2) [ 1,
/// 2 ]", "ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }"), at
/// most 100 elements or bytes; false for other values.
bool formatBinaryData(Runtime &rt, KilnValue v, Text &out, unsigned depth) {
  constexpr uint32_t kShown = 100;
  char buf[64];
  if (isArrayBuffer(v)) {
    ArrayBufferCell *buffer = asArrayBuffer(v);
    if (depth > 2) {
      out.add("[ArrayBuffer]");
      return true;
    }
    out.add("ArrayBuffer { [Uint8Contents]: <");
    for (uint32_t i = 0; i < buffer->byteLength && i < kShown; ++i) {
      snprintf(buf, sizeof buf, i ? " %02x" : "%02x", buffer->data[i]);
      out.add(buf);
    }
    if (buffer->byteLength > kShown) {
      snprintf(buf, sizeof buf, " ... %u more byte%s",
               buffer->byteLength - kShown,
               buffer->byteLength - kShown == 1 ? "" : "s");
      out.add(buf);
    }
    snprintf(buf, sizeof buf, ">, byteLength: %u }", buffer->byteLength);
    out.add(buf);
    return true;
  }
  if (!isTypedArray(v))
    return false;
  RootScope scope(rt.heap);
  scope.keep(v); // formatting the elements allocates
  TypedArrayCell *ta = asTypedArray(v);
  const char *name = typedArrayName(ta->type);
  if (depth > 2) {
    out.add("[");
    out.add(name);
    out.add("]");
    return true;
  }
  snprintf(buf, sizeof buf, "%s(%u) [", name, ta->length);
  out.add(buf);
  for (uint32_t i = 0; i < ta->length && i < kShown; ++i) {
    out.add(i ? ", " : " ");
    formatValue(rt, makeNumber(readElement(ta, i)), out, depth + 1, false);
  }
  if (ta->length > kShown) {
    snprintf(buf, sizeof buf, ", ... %u more item%s", ta->length - kShown,
             ta->length - kShown == 1 ? "" : "s");
    out.add(buf);
  }
  out.add(ta->length ? " ]" : "]");
  return true;
}

void formatObject(Runtime &rt, KilnValue v, Text &out, unsigned depth) {
  VM &vm = *rt.vm;
  ObjectCell *obj = asObject(v);
  if (isCallable(v)) {
    FunctionCell *f = asFunction(v);
    if (f->code && (f->code->view.flags & bc::FunctionFlagClassConstructor)) {
      formatClass(rt, f, out);
      return;
    }
    bool async = f->code && (f->code->view.flags & bc::FunctionFlagAsync);
    if (isString(f->name) && asString(f->name)->length) {
      out.add(async ? "[AsyncFunction: " : "[Function: ");
      out.addString(rt, f->name);
      out.add("]");
    } else {
      out.add(async ? "[AsyncFunction (anonymous)]" : "[Function (anonymous)]");
    }
    return;
  }
  if (formatCollection(rt, v, out, depth) || formatPromise(rt, v, out, depth))
    return;
  if (isDateObject(v)) {
    char text[96];
    out.add(text, formatDateForConsole(v, text));
    return;
  }
  if (formatBinaryData(rt, v, out, depth))
    return;
  if (isErrorObject(vm, v)) {
    KilnValue stack = getNamedProperty(rt, v, "stack");
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
  // Web API objects (Headers, ...) print as the stand-in Node shows.
  KilnValue webView = webConsoleView(rt, v);
  if (!isEmpty(webView)) {
    v = webView;
    obj = asObject(v);
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
    // String keys first, then symbol keys, as node prints them.
    for (uint32_t i = 0; i < 2 * count; ++i) {
      KilnValue key = keys->values[i % count];
      PropertyDescriptor desc;
      if (!(i < count ? isString(key) : isSymbol(key)) ||
          !getOwnProperty(rt, obj, PropertyKey::fromName(key), desc) ||
          !(desc.attributes & KILN_ATTR_ENUMERABLE))
        continue;
      separator();
      if (isSymbol(key)) {
        out.add("[");
        formatValue(rt, key, out, depth + 1, false);
        out.add("]");
      } else if (isIdentifierName(rt, key, scratch)) {
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
    StringCell *text = symbolDescriptiveString(rt, v);
    if (text)
      out.addString(rt, stringValue(text));
    else
      rt.takeException();
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
/// Its stack leaves out the frames up to \p skipUntil's (captureStack).
KilnValue newErrorObject(Runtime &rt, ObjectCell *proto, ErrorKind kind,
                         KilnValue message,
                         KilnValue skipUntil = KILN_VALUE_UNDEFINED) {
  RootScope scope(rt.heap);
  scope.keep(proto);
  scope.keep(message);
  ObjectCell *obj = newObject(rt, proto);
  if (!obj)
    return KILN_VALUE_EMPTY;
  obj->header.flags |= kObjectErrorData;
  scope.keep(obj);
  if (isString(message) && !defineNamedValue(rt, obj, "message", message))
    return KILN_VALUE_EMPTY;
  // `stack` is formatted on first read (vm/ErrorStack.cpp).
  (void)kind;
  if (!installErrorStack(rt, obj, skipUntil))
    return KILN_VALUE_EMPTY;
  return objectValue(obj);
}

KilnValue errorConstructor(Runtime &rt, KilnValue callee, KilnValue thisValue,
                           const KilnValue *args, uint32_t argc,
                           bool isConstruct) {
  ErrorKind kind = ErrorKind(asFunction(callee)->nativeData);
  // super(message) in a subclass passes new.target as thisValue.
  KilnValue newTarget =
      isConstruct && isObject(thisValue) ? thisValue : KILN_VALUE_UNDEFINED;
  KilnValue proto = getNamedProperty(
      rt, isObject(newTarget) ? newTarget : callee, "prototype");
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
  KilnValue error =
      newErrorObject(rt, asObject(proto), kind, message, newTarget);
  return isEmpty(error) ? rt.raiseOutOfMemory() : error;
}

KilnValue nativeFunction(Runtime &rt, const char *name, NativeFunction fn) {
  KilnValue nameValue = atomFromCString(rt, name);
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
  if (!console ||
      !defineNamedValue(rt, global, "console", objectValue(console)))
    return false;
  KilnValue log = nativeFunction(rt, "log", consoleLog);
  if (isException(log) || !defineNamedValue(rt, console, "log", log))
    return false;
  KilnValue error = nativeFunction(rt, "error", consoleError);
  if (isException(error) || !defineNamedValue(rt, console, "error", error))
    return false;
  if (!defineNamedValue(rt, global, "globalThis", objectValue(global)) ||
      !defineNamedValue(rt, global, "undefined", KILN_VALUE_UNDEFINED, 0) ||
      !defineNamedValue(rt, global, "NaN", KILN_CANONICAL_NAN, 0) ||
      !defineNamedValue(rt, global, "Infinity", makeDouble(__builtin_inf()), 0))
    return false;
  if (!initErrorStack(vm))
    return false;
  // Error constructors and prototypes; every prototype but Error's inherits
  // from Error.prototype.
  static const char *const kNames[] = {
#define KILN_ERROR_KIND(Name, Text) Text,
#include "kiln/ErrorKinds.def"
  };
  unsigned count = sizeof kNames / sizeof kNames[0];
  // Reachable from the global object once defined (k == 0 comes first).
  KilnValue errorCtor = KILN_VALUE_UNDEFINED;
  for (unsigned k = 0; k < count && k < 8; ++k) {
    ObjectCell *base = k == 0 ? rt.prototype(Runtime::kObjectPrototype)
                              : asObject(vm.slots[VM::kFirstErrorPrototype]);
    ObjectCell *proto = newObject(rt, base);
    if (!proto)
      return false;
    vm.slots[VM::kFirstErrorPrototype + k] = objectValue(proto);
    KilnValue name = atomFromCString(rt, kNames[k]);
    if (isException(name) || !defineNamedValue(rt, proto, "name", name) ||
        !defineNamedValue(rt, proto, "message", stringValue(rt.emptyString())))
      return false;
    if (k == 0) {
      ObjectCell *toStringFn =
          makeFunction(rt, "toString", 0, errorProtoToString);
      if (!toStringFn ||
          !defineNamedValue(rt, proto, "toString", objectValue(toStringFn)))
        return false;
    }
    if (ErrorKind(k) == ErrorKind::OutOfMemory)
      continue;
    KilnValue ctor = nativeFunction(rt, kNames[k], errorConstructor);
    if (isException(ctor))
      return false;
    asFunction(ctor)->nativeData = k;
    // NativeError constructors inherit from Error; each has the length 1
    // and its name.
    if (k > 0)
      asObject(ctor)->proto = asObject(errorCtor);
    else
      errorCtor = ctor;
    if (!defineNamedValue(rt, asObject(ctor), "length", makeInt32(1),
                          KILN_ATTR_CONFIGURABLE) ||
        !defineNamedValue(rt, asObject(ctor), "name", name,
                          KILN_ATTR_CONFIGURABLE) ||
        !defineNamedValue(rt, asObject(ctor), "prototype", objectValue(proto),
                          0) ||
        !defineNamedValue(rt, proto, "constructor", ctor) ||
        !defineNamedValue(rt, global, kNames[k], ctor))
      return false;
  }
  return installBuiltins(vm) && installAggregateError(vm);
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

StringCell *kiln::captureStack(VM &vm, KilnValue header, KilnValue skipUntil) {
  Runtime &rt = *vm.rt;
  Text text;
  text.addString(rt, header);
  unsigned shown = 0;
  uint32_t top = vm.depth;
  if (isObject(skipUntil))
    for (uint32_t d = vm.depth; d > 0; --d)
      if (vm.frames[d - 1].isConstruct &&
          vm.frames[d - 1].window[0] == skipUntil) {
        top = d - 1;
        break;
      }
  for (uint32_t d = top; d > 0 && shown < 10; --d, ++shown) {
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

void kiln::reportUncaught(Runtime &rt, KilnValue exception,
                          const char *prefix) {
  RootScope scope(rt.heap);
  scope.keep(exception);
  Text out;
  out.add(prefix);
  VM *vm = rt.vm;
  KilnValue stack = vm && isErrorObject(*vm, exception)
                        ? getNamedProperty(rt, exception, "stack")
                        : KILN_VALUE_UNDEFINED;
  if (isString(stack))
    out.addString(rt, stack);
  else if (vm)
    formatValue(rt, exception, out, 0, false);
  out.add("\n");
  writeAll(2, out.chars.data(), out.chars.size());
}

extern "C" volatile bool *kiln_vm_interrupt_flag(KilnRuntime *krt) {
  VM *vm = vmOf(fromABI(krt));
  return vm ? &vm->interruptRequested : nullptr;
}

extern "C" void kiln_vm_print_value(KilnRuntime *krt, KilnValue value) {
  Runtime &rt = fromABI(krt);
  if (!vmOf(rt))
    return;
  consoleWrite(rt, &value, 1, 1);
}
