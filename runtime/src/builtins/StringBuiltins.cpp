//===- StringBuiltins.cpp - The String constructor and String.prototype ---===//
//
// String (ToString when called, a wrapper object under `new`),
// String.fromCharCode and the String.prototype methods. Methods start from
// RequireObjectCoercible(this) and ToString, then work on the flat string's
// code units through StringView; results come from the string module's
// substring / newStringFromUtf16 / concatStrings. Case mapping covers
// ASCII, Latin-1 (with ß -> SS, ÿ -> Ÿ, µ -> Μ), basic Greek and Cyrillic;
// other scripts are left unchanged.
//
//===----------------------------------------------------------------------===//
#include "builtins/StringInternal.h"
#include "string/Symbol.h"

#include "support/PodVector.h"

using namespace kiln;

StringCell *kiln::thisString(Runtime &rt, KilnValue thisValue,
                             const char *method) {
  if (isNullish(thisValue)) {
    rt.raise(ErrorKind::TypeError, method);
    return nullptr;
  }
  StringCell *s = toString(rt, thisValue);
  return s ? flattenString(rt, s) : nullptr;
}

StringCell *kiln::flatArg(Runtime &rt, KilnValue v) {
  StringCell *s = toString(rt, v);
  return s ? flattenString(rt, s) : nullptr;
}

int64_t kiln::findForward(StringView hay, StringView needle, uint32_t from) {
  if (needle.length > hay.length)
    return -1;
  for (uint32_t i = from; i + needle.length <= hay.length; ++i) {
    uint32_t j = 0;
    while (j < needle.length && hay.at(i + j) == needle.at(j))
      ++j;
    if (j == needle.length)
      return i;
  }
  return -1;
}

bool kiln::matchesAt(StringView hay, StringView needle, uint32_t at) {
  if (uint64_t(at) + needle.length > hay.length)
    return false;
  for (uint32_t j = 0; j < needle.length; ++j)
    if (hay.at(at + j) != needle.at(j))
      return false;
  return true;
}

namespace {

KilnValue result(StringCell *s) {
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

bool isRegExpLike(KilnValue) {
  // Kiln has no RegExp yet; IsRegExp is false for every value.
  return false;
}

enum class Search { IndexOf, Includes, StartsWith, EndsWith };

KilnValue searchString(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                       uint32_t argc, Search kind) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype method called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  if (kind != Search::IndexOf && isRegExpLike(argAt(args, argc, 0)))
    return rt.raise(ErrorKind::TypeError, "argument must not be a RegExp");
  StringCell *needle = flatArg(rt, argAt(args, argc, 0));
  if (!needle)
    return KILN_VALUE_EXCEPTION;
  scope.keep(needle);
  StringView hay = viewFlat(s), nv = viewFlat(needle);
  KilnValue posArg = argAt(args, argc, 1);
  uint32_t pos = kind == Search::EndsWith ? hay.length : 0;
  if (!isUndefined(posArg)) {
    double p;
    if (!toIntegerOrInfinity(rt, posArg, p))
      return KILN_VALUE_EXCEPTION;
    pos = p <= 0 ? 0 : p >= hay.length ? hay.length : uint32_t(p);
  }
  switch (kind) {
  case Search::IndexOf:
    return makeNumber(double(findForward(hay, nv, pos)));
  case Search::Includes:
    return makeBool(findForward(hay, nv, pos) >= 0);
  case Search::StartsWith:
    return makeBool(matchesAt(hay, nv, pos));
  case Search::EndsWith:
    return makeBool(nv.length <= pos && matchesAt(hay, nv, pos - nv.length));
  }
  return KILN_VALUE_UNDEFINED;
}

/// thisStringValue for toString / valueOf.
KilnValue thisStringValue(Runtime &rt, KilnValue v, const char *method) {
  if (isString(v))
    return v;
  KilnValue wrapped = wrappedPrimitive(v);
  if (isString(wrapped))
    return wrapped;
  return rt.raise(ErrorKind::TypeError, method);
}

uint16_t upperOf(uint16_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7) ||
      (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) || (c >= 0x430 && c <= 0x44F))
    return c - 0x20;
  if (c >= 0x450 && c <= 0x45F)
    return c - 0x50;
  if (c == 0xFF)
    return 0x178;
  if (c == 0xB5)
    return 0x39C;
  if (c == 0x3C2)
    return 0x3A3;
  return c;
}

uint16_t lowerOf(uint16_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
      (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
    return c + 0x20;
  if (c >= 0x400 && c <= 0x40F)
    return c + 0x50;
  if (c == 0x178)
    return 0xFF;
  return c;
}

KilnValue changeCase(Runtime &rt, KilnValue thisValue, bool upper) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.toUpperCase/toLowerCase called "
                             "on null or undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  StringView v = viewFlat(s);
  PodVector<uint16_t> out;
  if (!out.reserve(v.length + 1))
    return rt.raiseOutOfMemory();
  for (uint32_t i = 0; i < v.length; ++i) {
    uint16_t c = v.at(i);
    bool ok = true;
    if (upper && c == 0xDF)
      ok = out.push('S') && out.push('S');
    else
      ok = out.push(upper ? upperOf(c) : lowerOf(c));
    if (!ok)
      return rt.raiseOutOfMemory();
  }
  return result(newStringFromUtf16(rt, out.data(), uint32_t(out.size())));
}

enum Trim : unsigned { kTrimStart = 1, kTrimEnd = 2 };

KilnValue trim(Runtime &rt, KilnValue thisValue, unsigned where) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.trim called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  StringView v = viewFlat(s);
  uint32_t begin = 0, end = v.length;
  if (where & kTrimStart)
    while (begin < end && isStrWhiteSpace(v.at(begin)))
      ++begin;
  if (where & kTrimEnd)
    while (end > begin && isStrWhiteSpace(v.at(end - 1)))
      --end;
  return result(substring(rt, s, begin, end));
}

/// s repeated to exactly \p units code units (the last copy cut short).
StringCell *fill(Runtime &rt, StringCell *s, uint32_t units) {
  RootScope scope(rt.heap);
  scope.keep(s);
  StringCell *out = rt.emptyString();
  KilnValue *root = scope.keep(stringValue(out));
  // Doubling keeps this logarithmic in the number of copies.
  StringCell *chunk = s;
  KilnValue *chunkRoot = scope.keep(stringValue(chunk));
  uint32_t copies = units / s->length;
  while (copies) {
    if (copies & 1) {
      if (!(out = concatStrings(rt, out, chunk)))
        return nullptr;
      *root = stringValue(out);
    }
    copies >>= 1;
    if (copies) {
      if (!(chunk = concatStrings(rt, chunk, chunk)))
        return nullptr;
      *chunkRoot = stringValue(chunk);
    }
  }
  uint32_t rest = units % s->length;
  if (rest) {
    StringCell *flat = flattenString(rt, s);
    StringCell *part = flat ? substring(rt, flat, 0, rest) : nullptr;
    if (!part)
      return nullptr;
    out = concatStrings(rt, out, part);
  }
  return out;
}

KilnValue pad(Runtime &rt, KilnValue thisValue, const KilnValue *args,
              uint32_t argc, bool atStart) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.padStart/padEnd called on null "
                             "or undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  double maxLength;
  if (!toIntegerOrInfinity(rt, argAt(args, argc, 0), maxLength))
    return KILN_VALUE_EXCEPTION;
  if (maxLength <= s->length)
    return stringValue(s);
  StringCell *filler = nullptr;
  if (isUndefined(argAt(args, argc, 1)))
    filler = newStringFromAscii(rt, " ");
  else
    filler = toString(rt, args[1]);
  if (!filler)
    return KILN_VALUE_EXCEPTION;
  if (filler->length == 0)
    return stringValue(s);
  if (maxLength > kMaxStringLength)
    return rt.raise(ErrorKind::RangeError, "Invalid string length");
  StringCell *padding = fill(rt, filler, uint32_t(maxLength) - s->length);
  if (!padding)
    return KILN_VALUE_EXCEPTION;
  return result(atStart ? concatStrings(rt, padding, s)
                        : concatStrings(rt, s, padding));
}

} // namespace

KilnValue kiln::stringConstructor(Runtime &rt, KilnValue, KilnValue,
                                  const KilnValue *args, uint32_t argc,
                                  bool isConstruct) {
  KilnValue value = stringValue(rt.emptyString());
  if (argc > 0) {
    // String(symbol) is its descriptive string; only `new` throws.
    if (isSymbol(args[0]) && !isConstruct) {
      StringCell *text = symbolDescriptiveString(rt, args[0]);
      return text ? stringValue(text) : KILN_VALUE_EXCEPTION;
    }
    StringCell *s = toString(rt, args[0]);
    if (!s)
      return KILN_VALUE_EXCEPTION;
    value = stringValue(s);
  }
  if (!isConstruct)
    return value;
  ObjectCell *wrapper =
      newPrimitiveObject(rt, rt.prototype(Runtime::kStringPrototype), value);
  return wrapper ? objectValue(wrapper) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::stringFromCharCode(Runtime &rt, KilnValue, KilnValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  PodVector<uint16_t> units;
  if (!units.reserve(argc + 1))
    return rt.raiseOutOfMemory();
  for (uint32_t i = 0; i < argc; ++i) {
    double d;
    if (!toNumber(rt, args[i], d))
      return KILN_VALUE_EXCEPTION;
    units.push(uint16_t(toUint32(d)));
  }
  return result(newStringFromUtf16(rt, units.data(), argc));
}

KilnValue kiln::stringProtoToString(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *, uint32_t, bool) {
  return thisStringValue(rt, thisValue,
                         "String.prototype.toString requires that 'this' be "
                         "a String");
}

KilnValue kiln::stringProtoValueOf(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *, uint32_t, bool) {
  return thisStringValue(rt, thisValue,
                         "String.prototype.valueOf requires that 'this' be "
                         "a String");
}

namespace {

enum class CharAt { Char, Code, CodePoint, At };

KilnValue charAt(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                 uint32_t argc, CharAt kind) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype method called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  double pos;
  if (!toIntegerOrInfinity(rt, argAt(args, argc, 0), pos))
    return KILN_VALUE_EXCEPTION;
  StringView v = viewFlat(s);
  if (kind == CharAt::At && pos < 0)
    pos += v.length;
  if (pos < 0 || pos >= v.length) {
    switch (kind) {
    case CharAt::Char:
      return stringValue(rt.emptyString());
    case CharAt::Code:
      return KILN_CANONICAL_NAN;
    default:
      return KILN_VALUE_UNDEFINED;
    }
  }
  uint32_t i = uint32_t(pos);
  uint16_t c = v.at(i);
  switch (kind) {
  case CharAt::Code:
    return makeInt32(c);
  case CharAt::CodePoint:
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < v.length) {
      uint16_t d = v.at(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF)
        return makeInt32(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
    }
    return makeInt32(c);
  default:
    return result(substring(rt, s, i, i + 1));
  }
}

} // namespace

KilnValue kiln::stringProtoCharAt(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  return charAt(rt, thisValue, args, argc, CharAt::Char);
}
KilnValue kiln::stringProtoCharCodeAt(Runtime &rt, KilnValue,
                                      KilnValue thisValue,
                                      const KilnValue *args, uint32_t argc,
                                      bool) {
  return charAt(rt, thisValue, args, argc, CharAt::Code);
}
KilnValue kiln::stringProtoCodePointAt(Runtime &rt, KilnValue,
                                       KilnValue thisValue,
                                       const KilnValue *args, uint32_t argc,
                                       bool) {
  return charAt(rt, thisValue, args, argc, CharAt::CodePoint);
}
KilnValue kiln::stringProtoAt(Runtime &rt, KilnValue, KilnValue thisValue,
                              const KilnValue *args, uint32_t argc, bool) {
  return charAt(rt, thisValue, args, argc, CharAt::At);
}

KilnValue kiln::stringProtoIndexOf(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  return searchString(rt, thisValue, args, argc, Search::IndexOf);
}
KilnValue kiln::stringProtoIncludes(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  return searchString(rt, thisValue, args, argc, Search::Includes);
}
KilnValue kiln::stringProtoStartsWith(Runtime &rt, KilnValue,
                                      KilnValue thisValue,
                                      const KilnValue *args, uint32_t argc,
                                      bool) {
  return searchString(rt, thisValue, args, argc, Search::StartsWith);
}
KilnValue kiln::stringProtoEndsWith(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  return searchString(rt, thisValue, args, argc, Search::EndsWith);
}

KilnValue kiln::stringProtoLastIndexOf(Runtime &rt, KilnValue,
                                       KilnValue thisValue,
                                       const KilnValue *args, uint32_t argc,
                                       bool) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.lastIndexOf called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  StringCell *needle = flatArg(rt, argAt(args, argc, 0));
  if (!needle)
    return KILN_VALUE_EXCEPTION;
  scope.keep(needle);
  double pos;
  if (!toNumber(rt, argAt(args, argc, 1), pos))
    return KILN_VALUE_EXCEPTION;
  StringView hay = viewFlat(s), nv = viewFlat(needle);
  if (nv.length > hay.length)
    return makeInt32(-1);
  uint32_t last = hay.length - nv.length;
  uint32_t start = last;
  if (pos == pos) {
    double p = __builtin_trunc(pos);
    start = p <= 0 ? 0 : p >= last ? last : uint32_t(p);
  }
  for (int64_t i = start; i >= 0; --i)
    if (matchesAt(hay, nv, uint32_t(i)))
      return makeNumber(double(i));
  return makeInt32(-1);
}

KilnValue kiln::stringProtoSlice(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.slice called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  uint32_t start, end;
  if (!relativeIndex(rt, argAt(args, argc, 0), s->length, 0, start) ||
      !relativeIndex(rt, argAt(args, argc, 1), s->length, s->length, end))
    return KILN_VALUE_EXCEPTION;
  return result(substring(rt, s, start, end > start ? end : start));
}

KilnValue kiln::stringProtoSubstring(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *args,
                                     uint32_t argc, bool) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.substring called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  double bounds[2] = {0, double(s->length)};
  for (unsigned i = 0; i < 2; ++i) {
    KilnValue arg = argAt(args, argc, i);
    if (i == 1 && isUndefined(arg))
      break;
    if (!toIntegerOrInfinity(rt, arg, bounds[i]))
      return KILN_VALUE_EXCEPTION;
    bounds[i] = bounds[i] < 0           ? 0
                : bounds[i] > s->length ? s->length
                                        : bounds[i];
  }
  uint32_t a = uint32_t(bounds[0]), b = uint32_t(bounds[1]);
  return result(substring(rt, s, a < b ? a : b, a < b ? b : a));
}

KilnValue kiln::stringProtoToUpperCase(Runtime &rt, KilnValue,
                                       KilnValue thisValue, const KilnValue *,
                                       uint32_t, bool) {
  return changeCase(rt, thisValue, true);
}
KilnValue kiln::stringProtoToLowerCase(Runtime &rt, KilnValue,
                                       KilnValue thisValue, const KilnValue *,
                                       uint32_t, bool) {
  return changeCase(rt, thisValue, false);
}

KilnValue kiln::stringProtoTrim(Runtime &rt, KilnValue, KilnValue thisValue,
                                const KilnValue *, uint32_t, bool) {
  return trim(rt, thisValue, kTrimStart | kTrimEnd);
}
KilnValue kiln::stringProtoTrimStart(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *,
                                     uint32_t, bool) {
  return trim(rt, thisValue, kTrimStart);
}
KilnValue kiln::stringProtoTrimEnd(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *, uint32_t, bool) {
  return trim(rt, thisValue, kTrimEnd);
}

KilnValue kiln::stringProtoSplit(Runtime &rt, KilnValue, KilnValue thisValue,
                                 const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.split called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  uint32_t limit = kMaxArrayLength;
  KilnValue limitArg = argAt(args, argc, 1);
  KilnValue sepArg = argAt(args, argc, 0);
  // The limit is converted before the separator, as the spec orders it.
  if (!isUndefined(limitArg)) {
    double d;
    if (!toNumber(rt, limitArg, d))
      return KILN_VALUE_EXCEPTION;
    limit = toUint32(d);
  }
  StringCell *sep = nullptr;
  if (!isUndefined(sepArg) && !(sep = flatArg(rt, sepArg)))
    return KILN_VALUE_EXCEPTION;
  if (sep)
    scope.keep(sep);
  ObjectCell *out = newArray(rt, 0);
  if (!out)
    return KILN_VALUE_EXCEPTION;
  scope.keep(out);
  KilnValue outValue = objectValue(out);
  if (limit == 0)
    return outValue;
  if (!sep)
    return isException(
               kiln_rt_array_append(toABI(rt), outValue, stringValue(s)))
               ? KILN_VALUE_EXCEPTION
               : outValue;
  StringView hay = viewFlat(s), nv = viewFlat(sep);
  uint32_t length = hay.length;
  if (nv.length == 0) {
    for (uint32_t i = 0; i < length && i < limit; ++i) {
      StringCell *part = substring(rt, s, i, i + 1);
      if (!part || isException(kiln_rt_array_append(toABI(rt), outValue,
                                                    stringValue(part))))
        return KILN_VALUE_EXCEPTION;
    }
    return outValue;
  }
  uint32_t from = 0;
  while (true) {
    // Views are re-read after each allocation (strings do not move, but
    // the views are cheap to refresh).
    hay = viewFlat(s);
    nv = viewFlat(sep);
    int64_t at = findForward(hay, nv, from);
    uint32_t end = at < 0 ? length : uint32_t(at);
    StringCell *part = substring(rt, s, from, end);
    if (!part || isException(kiln_rt_array_append(toABI(rt), outValue,
                                                  stringValue(part))))
      return KILN_VALUE_EXCEPTION;
    if (at < 0 || out->length >= limit)
      break;
    from = end + nv.length;
  }
  return outValue;
}

KilnValue kiln::stringProtoRepeat(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.repeat called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  double n;
  if (!toIntegerOrInfinity(rt, argAt(args, argc, 0), n))
    return KILN_VALUE_EXCEPTION;
  if (n < 0 || n == __builtin_inf())
    return rt.raise(ErrorKind::RangeError, "Invalid count value");
  if (n == 0 || s->length == 0)
    return stringValue(rt.emptyString());
  if (n * s->length > kMaxStringLength)
    return rt.raise(ErrorKind::RangeError, "Invalid string length");
  return result(fill(rt, s, uint32_t(n) * s->length));
}

KilnValue kiln::stringProtoPadStart(Runtime &rt, KilnValue, KilnValue thisValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  return pad(rt, thisValue, args, argc, true);
}
KilnValue kiln::stringProtoPadEnd(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  return pad(rt, thisValue, args, argc, false);
}

KilnValue kiln::stringProtoConcat(Runtime &rt, KilnValue, KilnValue thisValue,
                                  const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.concat called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  KilnValue *root = scope.keep(stringValue(s));
  for (uint32_t i = 0; i < argc; ++i) {
    StringCell *next = toString(rt, args[i]);
    if (!next || !(s = concatStrings(rt, s, next)))
      return KILN_VALUE_EXCEPTION;
    *root = stringValue(s);
  }
  return stringValue(s);
}
