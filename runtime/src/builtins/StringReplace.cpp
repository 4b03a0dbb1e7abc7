//===- StringReplace.cpp - String.prototype.replace and replaceAll --------===//
//
// replace and replaceAll with string patterns (Kiln has no RegExp yet): a
// searchValue with a @@replace method is delegated to, as the spec says;
// otherwise the pattern is ToString(searchValue), matched by code units. A
// callable replaceValue is called with (matched, position, string) for each
// match; any other is a template expanded by GetSubstitution ($$, $&, $`
// and $'; with no capture groups, $1 and $<name> stay literal). The result
// is assembled in a code-unit buffer outside the heap: the strings it reads
// are rooted and never move, so views of them stay valid across calls.
//
//===----------------------------------------------------------------------===//
#include "builtins/StringInternal.h"

#include "support/PodVector.h"

using namespace kiln;

namespace {

bool appendUnits(PodVector<uint16_t> &out, StringView v, uint32_t begin,
                 uint32_t end) {
  if (!out.reserve(out.size() + (end - begin)))
    return false;
  for (uint32_t i = begin; i < end; ++i)
    out.push(v.at(i));
  return true;
}

/// Appends GetSubstitution(matched, str, position, no captures, no named
/// captures, replacement) where matched is str[position, position +
/// matchLength).
bool appendSubstitution(PodVector<uint16_t> &out, StringView str,
                        uint32_t position, uint32_t matchLength,
                        StringView replacement) {
  uint32_t matchEnd = position + matchLength;
  for (uint32_t i = 0; i < replacement.length; ++i) {
    uint16_t c = replacement.at(i);
    uint16_t next = i + 1 < replacement.length ? replacement.at(i + 1) : 0;
    bool ok = true;
    if (c != '$' || i + 1 == replacement.length) {
      ok = out.push(c);
    } else if (next == '$') {
      ok = out.push('$');
      ++i;
    } else if (next == '&') {
      ok = appendUnits(out, str, position, matchEnd);
      ++i;
    } else if (next == '`') {
      ok = appendUnits(out, str, 0, position);
      ++i;
    } else if (next == '\'') {
      ok = appendUnits(out, str, matchEnd < str.length ? matchEnd : str.length,
                       str.length);
      ++i;
    } else {
      ok = out.push('$');
    }
    if (!ok)
      return false;
  }
  return true;
}

KilnValue replaceString(Runtime &rt, KilnValue thisValue, const KilnValue *args,
                        uint32_t argc, bool all) {
  if (isNullish(thisValue))
    return rt.raise(ErrorKind::TypeError,
                    all ? "String.prototype.replaceAll called on null or "
                          "undefined"
                        : "String.prototype.replace called on null or "
                          "undefined");
  KilnValue searchValue = argAt(args, argc, 0);
  KilnValue replaceValue = argAt(args, argc, 1);
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  if (!isNullish(searchValue)) {
    KilnValue replacer = kiln_rt_get_elem(toABI(rt), searchValue,
                                          rt.symbol(WellKnownSymbol::replace));
    if (isException(replacer))
      return replacer;
    if (!isNullish(replacer)) {
      if (!isCallable(replacer))
        return rt.raise(ErrorKind::TypeError,
                        "Symbol.replace method is not a function");
      KilnValue call[2] = {thisValue, replaceValue};
      return callFunction(rt, replacer, searchValue, call, 2, false);
    }
  }
  StringCell *string = thisString(rt, thisValue, "");
  if (!string)
    return KILN_VALUE_EXCEPTION;
  scope.keep(string);
  StringCell *search = flatArg(rt, searchValue);
  if (!search)
    return KILN_VALUE_EXCEPTION;
  scope.keep(search);
  bool functional = isCallable(replaceValue);
  StringCell *replacement = nullptr;
  if (!functional) {
    if (!(replacement = flatArg(rt, replaceValue)))
      return KILN_VALUE_EXCEPTION;
    scope.keep(replacement);
  }
  uint32_t searchLength = search->length;
  uint32_t advance = searchLength ? searchLength : 1;
  int64_t position = findForward(viewFlat(string), viewFlat(search), 0);
  if (position < 0)
    return stringValue(string);
  PodVector<uint16_t> out;
  uint32_t endOfLastMatch = 0;
  while (position >= 0) {
    uint32_t p = uint32_t(position);
    if (!appendUnits(out, viewFlat(string), endOfLastMatch, p))
      return rt.raiseOutOfMemory();
    if (functional) {
      KilnValue call[3] = {stringValue(search), makeNumber(p),
                           stringValue(string)};
      KilnValue r =
          callFunction(rt, replaceValue, KILN_VALUE_UNDEFINED, call, 3, false);
      StringCell *text = isException(r) ? nullptr : flatArg(rt, r);
      if (!text)
        return KILN_VALUE_EXCEPTION;
      if (!appendUnits(out, viewFlat(text), 0, text->length))
        return rt.raiseOutOfMemory();
    } else if (!appendSubstitution(out, viewFlat(string), p, searchLength,
                                   viewFlat(replacement))) {
      return rt.raiseOutOfMemory();
    }
    if (out.size() > kMaxStringLength)
      return rt.raise(ErrorKind::RangeError, "Invalid string length");
    endOfLastMatch = p + searchLength;
    if (!all || uint64_t(p) + advance > string->length)
      break;
    position = findForward(viewFlat(string), viewFlat(search), p + advance);
  }
  if (!appendUnits(out, viewFlat(string), endOfLastMatch, string->length))
    return rt.raiseOutOfMemory();
  if (out.size() > kMaxStringLength)
    return rt.raise(ErrorKind::RangeError, "Invalid string length");
  if (out.empty())
    return stringValue(rt.emptyString());
  StringCell *s = newStringFromUtf16(rt, out.data(), uint32_t(out.size()));
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

} // namespace

KilnValue kiln::stringProtoReplace(Runtime &rt, KilnValue, KilnValue thisValue,
                                   const KilnValue *args, uint32_t argc, bool) {
  return replaceString(rt, thisValue, args, argc, false);
}

KilnValue kiln::stringProtoReplaceAll(Runtime &rt, KilnValue,
                                      KilnValue thisValue,
                                      const KilnValue *args, uint32_t argc,
                                      bool) {
  return replaceString(rt, thisValue, args, argc, true);
}
