//===- StringUnicode.cpp - String functions about code points and text ----===//
//
// String.fromCodePoint and String.raw, and the String.prototype methods
// that look at a string as Unicode text: isWellFormed / toWellFormed (lone
// surrogates), normalize, localeCompare and the toLocale*Case methods.
// Kiln carries no Unicode or locale data: localeCompare orders by code
// units (ASCII text sorts as in the root locale except that case is not
// folded), the toLocale*Case methods are toUpperCase / toLowerCase, and
// normalize validates its form and returns ASCII-only text unchanged (which
// is exact) and other text unchanged as well (exact for NFC of Latin-1, a
// documented gap otherwise).
//
//===----------------------------------------------------------------------===//
#include "builtins/StringInternal.h"

#include "support/PodVector.h"

#include <stdio.h>

using namespace kiln;

namespace {

bool isLead(uint16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool isTrail(uint16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

/// The index of the first lone surrogate in \p v, or v.length.
uint32_t firstLoneSurrogate(StringView v) {
  if (v.oneByte)
    return v.length;
  for (uint32_t i = 0; i < v.length; ++i) {
    uint16_t c = v.at(i);
    if (isLead(c)) {
      if (i + 1 < v.length && isTrail(v.at(i + 1))) {
        ++i;
        continue;
      }
      return i;
    }
    if (isTrail(c))
      return i;
  }
  return v.length;
}

KilnValue result(StringCell *s) {
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

} // namespace

KilnValue kiln::stringFromCodePoint(Runtime &rt, KilnValue, KilnValue,
                                    const KilnValue *args, uint32_t argc,
                                    bool) {
  PodVector<uint16_t> units;
  if (!units.reserve(size_t(argc) * 2 + 1))
    return rt.raiseOutOfMemory();
  for (uint32_t i = 0; i < argc; ++i) {
    double d;
    if (!toNumber(rt, args[i], d))
      return KILN_VALUE_EXCEPTION;
    if (!(d >= 0 && d <= 0x10FFFF) || d != __builtin_trunc(d)) {
      char text[40], message[80];
      text[formatNumber(d, text)] = 0;
      snprintf(message, sizeof message, "Invalid code point %s", text);
      return rt.raise(ErrorKind::RangeError, message);
    }
    uint32_t cp = uint32_t(d);
    if (cp < 0x10000) {
      units.push(uint16_t(cp));
    } else {
      cp -= 0x10000;
      units.push(uint16_t(0xD800 + (cp >> 10)));
      units.push(uint16_t(0xDC00 + (cp & 0x3FF)));
    }
  }
  if (units.empty())
    return stringValue(rt.emptyString());
  return result(newStringFromUtf16(rt, units.data(), uint32_t(units.size())));
}

KilnValue kiln::stringRaw(Runtime &rt, KilnValue, KilnValue,
                          const KilnValue *args, uint32_t argc, bool) {
  RootScope scope(rt.heap);
  ObjectCell *cooked = toObject(rt, argAt(args, argc, 0));
  if (!cooked)
    return KILN_VALUE_EXCEPTION;
  scope.keep(cooked);
  KilnValue rawKey = kiln_rt_atom_from_utf8(toABI(rt), "raw", 3);
  if (isException(rawKey))
    return rawKey;
  KilnValue rawValue = getProperty(rt, cooked, PropertyKey::fromName(rawKey),
                                   objectValue(cooked));
  if (isException(rawValue))
    return rawValue;
  ObjectCell *literals = toObject(rt, rawValue);
  if (!literals)
    return KILN_VALUE_EXCEPTION;
  scope.keep(literals);
  uint32_t count;
  if (!lengthOfArrayLike(rt, literals, count))
    return KILN_VALUE_EXCEPTION;
  StringCell *out = rt.emptyString();
  KilnValue *outRoot = scope.keep(stringValue(out));
  uint32_t substitutions = argc > 1 ? argc - 1 : 0;
  for (uint32_t i = 0; i < count; ++i) {
    KilnValue literal = getProperty(rt, literals, PropertyKey::fromIndex(i),
                                    objectValue(literals));
    StringCell *text = isException(literal) ? nullptr : toString(rt, literal);
    if (!text || !(out = concatStrings(rt, out, text)))
      return KILN_VALUE_EXCEPTION;
    *outRoot = stringValue(out);
    if (i + 1 == count)
      break;
    if (i < substitutions) {
      StringCell *sub = toString(rt, args[1 + i]);
      if (!sub || !(out = concatStrings(rt, out, sub)))
        return KILN_VALUE_EXCEPTION;
      *outRoot = stringValue(out);
    }
  }
  return stringValue(out);
}

KilnValue kiln::stringProtoIsWellFormed(Runtime &rt, KilnValue,
                                        KilnValue thisValue, const KilnValue *,
                                        uint32_t, bool) {
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.isWellFormed called on null "
                             "or undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  StringView v = viewFlat(s);
  return makeBool(firstLoneSurrogate(v) == v.length);
}

KilnValue kiln::stringProtoToWellFormed(Runtime &rt, KilnValue,
                                        KilnValue thisValue, const KilnValue *,
                                        uint32_t, bool) {
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.toWellFormed called on null "
                             "or undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  StringView v = viewFlat(s);
  if (firstLoneSurrogate(v) == v.length)
    return stringValue(s);
  PodVector<uint16_t> units;
  if (!units.reserve(v.length))
    return rt.raiseOutOfMemory();
  for (uint32_t i = 0; i < v.length; ++i) {
    uint16_t c = v.at(i);
    if (isLead(c) && i + 1 < v.length && isTrail(v.at(i + 1))) {
      units.push(c);
      units.push(v.at(++i));
    } else {
      units.push(isLead(c) || isTrail(c) ? uint16_t(0xFFFD) : c);
    }
  }
  return result(newStringFromUtf16(rt, units.data(), v.length));
}

KilnValue kiln::stringProtoNormalize(Runtime &rt, KilnValue,
                                     KilnValue thisValue, const KilnValue *args,
                                     uint32_t argc, bool) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.normalize called on null or "
                             "undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  KilnValue formArg = argAt(args, argc, 0);
  if (!isUndefined(formArg)) {
    StringCell *form = flatArg(rt, formArg);
    if (!form)
      return KILN_VALUE_EXCEPTION;
    static const char *const kForms[] = {"NFC", "NFD", "NFKC", "NFKD"};
    bool known = false;
    StringView f = viewFlat(form);
    for (const char *name : kForms) {
      uint32_t n = 0;
      while (name[n] && n < f.length && f.at(n) == uint8_t(name[n]))
        ++n;
      known |= !name[n] && n == f.length;
    }
    if (!known)
      return rt.raise(ErrorKind::RangeError,
                      "The normalization form should be one of NFC, NFD, "
                      "NFKC, NFKD.");
  }
  return stringValue(s);
}

KilnValue kiln::stringProtoLocaleCompare(Runtime &rt, KilnValue,
                                         KilnValue thisValue,
                                         const KilnValue *args, uint32_t argc,
                                         bool) {
  RootScope scope(rt.heap);
  StringCell *s = thisString(rt, thisValue,
                             "String.prototype.localeCompare called on null "
                             "or undefined");
  if (!s)
    return KILN_VALUE_EXCEPTION;
  scope.keep(s);
  StringCell *that = flatArg(rt, argAt(args, argc, 0));
  if (!that)
    return KILN_VALUE_EXCEPTION;
  int c = compareFlatStrings(s, that);
  return makeInt32(c < 0 ? -1 : c > 0 ? 1 : 0);
}

KilnValue kiln::stringProtoToLocaleUpperCase(Runtime &rt, KilnValue callee,
                                             KilnValue thisValue,
                                             const KilnValue *args,
                                             uint32_t argc, bool) {
  return stringProtoToUpperCase(rt, callee, thisValue, args, argc, false);
}

KilnValue kiln::stringProtoToLocaleLowerCase(Runtime &rt, KilnValue callee,
                                             KilnValue thisValue,
                                             const KilnValue *args,
                                             uint32_t argc, bool) {
  return stringProtoToLowerCase(rt, callee, thisValue, args, argc, false);
}
