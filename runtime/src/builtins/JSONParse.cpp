//===- JSON.cpp - JSON.parse
//-----------------------------------------------===//
//
// parseJSON, the parser behind JSON.parse: a strict JSON (RFC 8259 /
// ECMA-404) parser over a flat string's code units, instantiated once for
// one-byte and once for two-byte text (the reviver walk is in JSON.cpp). It
// keeps its open containers on an explicit stack outside the GC heap (no C
// recursion: "[[[[..." a million deep is a SyntaxError or a value, never a
// stack overflow). Elements and key/value pairs of open containers wait on a
// value stack that a root callback marks; a container is made when it closes,
// with its final size, so arrays are allocated once and object properties are
// added in order onto shared shapes. Keys are interned straight from the text;
// strings without escapes are copied in one piece; integers of up to 15 digits
// skip the decimal-to-double conversion, and other numbers go to
// double-conversion's Strtod as ToNumber does. Errors are SyntaxErrors in
// node's words with the code-unit position.
//
//===----------------------------------------------------------------------===//
#include "builtins/JSON.h"

#include "builtins/Builtins.h"
#include "object/ObjectInternal.h"
#include "support/PodVector.h"

#include "double-conversion/strtod.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

using namespace kiln;

namespace {

/// What the parser keeps between tokens: the open containers and the
/// values waiting to go into them. Marked by a root callback.
struct ParseStack {
  struct Frame {
    /// Index in `values` of the container's first pending entry.
    uint32_t base;
    bool object;
  };
  /// Array elements, or (key atom, value) pairs for objects.
  PodVector<KilnValue> values;
  PodVector<Frame> frames;
  /// Code units of a string with escapes, before it becomes a string.
  PodVector<uint16_t> scratch;
  /// Recently seen keys of one-byte text, by a hash of length and a few
  /// characters: records in an array repeat their keys, and a hit costs a
  /// comparison instead of hashing the key and probing the atom table.
  static constexpr uint32_t kKeyCacheSize = 64;
  StringCell *keyCache[kKeyCacheSize] = {};

  static void mark(Marker &marker, void *context) {
    auto *stack = static_cast<ParseStack *>(context);
    marker.markValues(stack->values.data(), stack->values.size());
    for (StringCell *atom : stack->keyCache)
      if (atom)
        marker.markCell(&atom->header);
  }

  /// The atom for the one-byte key [chars, chars + length); null on OOM.
  StringCell *internKey(Runtime &rt, const uint8_t *chars, uint32_t length) {
    uint32_t slot = length ? (length * 7 + chars[0] * 31 +
                              chars[length - 1] * 3 + chars[length / 2]) &
                                 (kKeyCacheSize - 1)
                           : 0;
    StringCell *atom = keyCache[slot];
    if (atom && atom->length == length &&
        atom->header.kind == CellKind::StringOneByte &&
        !memcmp(static_cast<OneByteString *>(atom)->chars, chars, length))
      return atom;
    atom = rt.atoms.intern(rt, chars, length);
    if (atom)
      keyCache[slot] = atom;
    return atom;
  }
};

bool isJSONWhitespace(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool isDigit(uint32_t c) { return c - '0' < 10; }

int hexValue(uint32_t c) {
  if (c - '0' < 10)
    return int(c - '0');
  c |= 0x20;
  if (c - 'a' < 6)
    return int(c - 'a' + 10);
  return -1;
}

template <typename Char> class Parser {
public:
  Parser(Runtime &rt, const Char *chars, uint32_t length, ParseStack &stack)
      : rt_(rt), begin_(chars), p_(chars), end_(chars + length), st_(stack) {}

  KilnValue parse();

private:
  uint32_t position(const Char *at) const { return uint32_t(at - begin_); }
  void skipWhitespace() {
    while (p_ < end_ && isJSONWhitespace(*p_))
      ++p_;
  }
  KilnValue fail(const char *what, const Char *at);
  /// The error for an unexpected code unit at \p at (or the end).
  KilnValue unexpected(const Char *at);
  KilnValue outOfMemory() { return rt_.raiseOutOfMemory(); }

  KilnValue parseString(bool key);
  KilnValue finishEscapedString(const Char *start, bool key);
  KilnValue parseNumber();
  KilnValue parseLiteral(const char *word, uint32_t n, KilnValue value);
  /// At a property's opening quote (after whitespace): pushes its key and
  /// consumes the colon. EXCEPTION or TRUE.
  KilnValue parseKeyAndColon(const char *expected);
  KilnValue makeArray(uint32_t base);
  KilnValue makeObject(uint32_t base);

  Runtime &rt_;
  const Char *begin_;
  const Char *p_;
  const Char *end_;
  ParseStack &st_;
};

template <typename Char>
KilnValue Parser<Char>::fail(const char *what, const Char *at) {
  char message[128];
  snprintf(message, sizeof message, "%s in JSON at position %u", what,
           position(at));
  return rt_.raise(ErrorKind::SyntaxError, message);
}

template <typename Char> KilnValue Parser<Char>::unexpected(const Char *at) {
  if (at >= end_)
    return rt_.raise(ErrorKind::SyntaxError, "Unexpected end of JSON input");
  uint32_t c = *at;
  if (c == '"')
    return fail("Unexpected string", at);
  if (isDigit(c) || c == '-')
    return fail("Unexpected number", at);
  // The token as UTF-8 (a lone surrogate shows as U+FFFD).
  char token[8];
  if (c < 0x80) {
    token[0] = char(c);
    token[1] = 0;
  } else if (c < 0x800) {
    token[0] = char(0xC0 | (c >> 6));
    token[1] = char(0x80 | (c & 0x3F));
    token[2] = 0;
  } else {
    if (c >= 0xD800 && c <= 0xDFFF)
      c = 0xFFFD;
    token[0] = char(0xE0 | (c >> 12));
    token[1] = char(0x80 | ((c >> 6) & 0x3F));
    token[2] = char(0x80 | (c & 0x3F));
    token[3] = 0;
  }
  char what[32];
  snprintf(what, sizeof what, "Unexpected token %s", token);
  return fail(what, at);
}

template <typename Char> KilnValue Parser<Char>::parseString(bool key) {
  const Char *start = ++p_; // past the opening quote
  for (;;) {
    if (p_ == end_)
      return fail("Unterminated string", p_);
    uint32_t c = *p_;
    if (c == '"')
      break;
    if (c == '\\')
      return finishEscapedString(start, key);
    if (c < 0x20)
      return fail("Bad control character in string literal", p_);
    ++p_;
  }
  uint32_t length = uint32_t(p_ - start);
  ++p_;
  StringCell *s;
  if constexpr (sizeof(Char) == 1) {
    s = key ? st_.internKey(rt_, start, length)
            : newStringFromLatin1(rt_, start, length);
  } else {
    s = newStringFromUtf16(rt_, start, length);
    if (s && key)
      s = rt_.atoms.intern(rt_, s);
  }
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

template <typename Char>
KilnValue Parser<Char>::finishEscapedString(const Char *start, bool key) {
  PodVector<uint16_t> &units = st_.scratch;
  units.clear();
  if (!units.reserve(size_t(p_ - start) + 16))
    return outOfMemory();
  for (const Char *q = start; q < p_; ++q)
    units.push(uint16_t(*q));
  for (;;) {
    if (p_ == end_)
      return fail("Unterminated string", p_);
    uint32_t c = *p_;
    if (c == '"')
      break;
    if (c < 0x20)
      return fail("Bad control character in string literal", p_);
    if (c != '\\') {
      if (!units.push(uint16_t(c)))
        return outOfMemory();
      ++p_;
      continue;
    }
    const Char *escape = p_;
    if (++p_ == end_)
      return fail("Unterminated string", p_);
    uint16_t unit;
    switch (*p_) {
    case '"':
      unit = '"';
      break;
    case '\\':
      unit = '\\';
      break;
    case '/':
      unit = '/';
      break;
    case 'b':
      unit = '\b';
      break;
    case 'f':
      unit = '\f';
      break;
    case 'n':
      unit = '\n';
      break;
    case 'r':
      unit = '\r';
      break;
    case 't':
      unit = '\t';
      break;
    case 'u': {
      unit = 0;
      for (int i = 0; i < 4; ++i) {
        int h = ++p_ < end_ ? hexValue(*p_) : -1;
        if (h < 0)
          return p_ >= end_ ? fail("Unterminated string", end_)
                            : fail("Bad Unicode escape", escape);
        unit = uint16_t(unit << 4 | h);
      }
      break;
    }
    default:
      return fail("Bad escaped character", escape);
    }
    ++p_;
    if (!units.push(unit))
      return outOfMemory();
  }
  ++p_;
  StringCell *s = newStringFromUtf16(rt_, units.data(), uint32_t(units.size()));
  if (s && key)
    s = rt_.atoms.intern(rt_, s);
  return s ? stringValue(s) : KILN_VALUE_EXCEPTION;
}

template <typename Char> KilnValue Parser<Char>::parseNumber() {
  const Char *start = p_;
  bool negative = *p_ == '-';
  if (negative && (++p_ == end_ || !isDigit(*p_)))
    return fail("No number after minus sign", p_);
  // Integer part: "0" or a non-zero digit and more digits.
  const Char *intStart = p_;
  uint64_t integer = 0;
  if (*p_ == '0') {
    ++p_;
  } else {
    while (p_ < end_ && isDigit(*p_)) {
      integer = integer * 10 + (*p_ - '0'); // exact while < 16 digits
      ++p_;
    }
  }
  uint32_t intDigits = uint32_t(p_ - intStart);
  const Char *fracStart = nullptr, *fracEnd = nullptr;
  if (p_ < end_ && *p_ == '.') {
    fracStart = ++p_;
    if (p_ == end_ || !isDigit(*p_))
      return fail("Unterminated fractional number", p_);
    while (p_ < end_ && isDigit(*p_))
      ++p_;
    fracEnd = p_;
  }
  int64_t exponent = 0;
  if (p_ < end_ && (*p_ | 0x20) == 'e') {
    bool negativeExponent = false;
    if (++p_ < end_ && (*p_ == '+' || *p_ == '-'))
      negativeExponent = *p_++ == '-';
    if (p_ == end_ || !isDigit(*p_))
      return fail("Exponent part is missing a number", p_);
    while (p_ < end_ && isDigit(*p_)) {
      if (exponent < 100000000)
        exponent = exponent * 10 + (*p_ - '0');
      ++p_;
    }
    if (negativeExponent)
      exponent = -exponent;
  } else if (!fracStart && intDigits <= 15) {
    double d = double(integer);
    return makeNumber(negative ? -d : d);
  }
  // The significant digits (integer then fraction, leading zeros dropped)
  // times 10^exponent, rounded correctly by Strtod.
  char small[800];
  PodVector<char> large;
  size_t total = intDigits + size_t(fracEnd - fracStart);
  char *digits = small;
  if (total > sizeof small) {
    if (!large.reserve(total))
      return outOfMemory();
    digits = large.data();
  }
  size_t n = 0;
  for (const Char *q = intStart; q < intStart + intDigits; ++q)
    if (n || *q != '0')
      digits[n++] = char(*q);
  for (const Char *q = fracStart; q < fracEnd; ++q) {
    if (n || *q != '0')
      digits[n++] = char(*q);
    --exponent;
  }
  (void)start;
  double d = 0;
  if (n && exponent + int64_t(n) > 400)
    d = INFINITY;
  else if (n && exponent + int64_t(n) >= -400)
    d = double_conversion::Strtod(
        double_conversion::Vector<const char>(digits, int(n)), int(exponent));
  return makeNumber(negative ? -d : d);
}

template <typename Char>
KilnValue Parser<Char>::parseLiteral(const char *word, uint32_t n,
                                     KilnValue value) {
  for (uint32_t i = 0; i < n; ++i, ++p_)
    if (p_ == end_ || *p_ != Char(word[i]))
      return unexpected(p_);
  return value;
}

template <typename Char>
KilnValue Parser<Char>::parseKeyAndColon(const char *expected) {
  skipWhitespace();
  if (p_ == end_)
    return unexpected(p_);
  if (*p_ != '"')
    return fail(expected, p_);
  KilnValue key = parseString(true);
  if (isException(key))
    return key;
  if (!st_.values.push(key))
    return outOfMemory();
  skipWhitespace();
  if (p_ == end_)
    return unexpected(p_);
  if (*p_ != ':')
    return fail("Expected ':' after property name", p_);
  ++p_;
  return KILN_VALUE_TRUE;
}

template <typename Char> KilnValue Parser<Char>::makeArray(uint32_t base) {
  uint32_t count = uint32_t(st_.values.size() - base);
  ObjectCell *array = newArray(rt_, count);
  if (!array)
    return KILN_VALUE_EXCEPTION;
  const KilnValue *values = st_.values.data() + base;
  for (uint32_t i = 0; i < count; ++i)
    array->elements->values[i] = values[i];
  array->length = count;
  return objectValue(array);
}

template <typename Char> KilnValue Parser<Char>::makeObject(uint32_t base) {
  uint32_t count = uint32_t(st_.values.size() - base) / 2;
  RootScope scope(rt_.heap);
  ObjectCell *obj =
      scope.keep(newObject(rt_, rt_.prototype(Runtime::kObjectPrototype)));
  if (!obj || !ensureSlots(rt_, obj, count))
    return KILN_VALUE_EXCEPTION;
  for (uint32_t i = 0; i < count; ++i) {
    // The stack may move when a key is pushed, but nothing pushes here.
    KilnValue key = st_.values[base + 2 * i];
    KilnValue value = st_.values[base + 2 * i + 1];
    // A repeated key overwrites (CreateDataProperty keeps its position).
    bool repeated = false;
    if (count <= 16) {
      for (uint32_t j = 0; j < i && !repeated; ++j)
        repeated = st_.values[base + 2 * j] == key;
    } else {
      repeated = true;
    }
    if (repeated) {
      ShapeSlot slot = lookupShape(rt_, obj->shape, key);
      if (slot.found()) {
        obj->slots->values[slot.slot] = value;
        continue;
      }
    }
    if (isException(addNamed(rt_, obj, key, value, KILN_ATTR_DEFAULT)))
      return KILN_VALUE_EXCEPTION;
  }
  return objectValue(obj);
}

template <typename Char> KilnValue Parser<Char>::parse() {
  KilnValue value;
  for (;;) {
    // A value starts here.
    skipWhitespace();
    if (p_ == end_)
      return unexpected(p_);
    switch (*p_) {
    case '{':
      ++p_;
      skipWhitespace();
      if (p_ < end_ && *p_ == '}') {
        ++p_;
        ObjectCell *obj =
            newObject(rt_, rt_.prototype(Runtime::kObjectPrototype));
        if (!obj)
          return KILN_VALUE_EXCEPTION;
        value = objectValue(obj);
        break;
      }
      if (!st_.frames.push({uint32_t(st_.values.size()), true}))
        return outOfMemory();
      if (isException(parseKeyAndColon("Expected property name or '}'")))
        return KILN_VALUE_EXCEPTION;
      continue;
    case '[':
      ++p_;
      skipWhitespace();
      if (p_ < end_ && *p_ == ']') {
        ++p_;
        ObjectCell *array = newArray(rt_, 0);
        if (!array)
          return KILN_VALUE_EXCEPTION;
        value = objectValue(array);
        break;
      }
      if (!st_.frames.push({uint32_t(st_.values.size()), false}))
        return outOfMemory();
      continue;
    case '"':
      value = parseString(false);
      break;
    case 't':
      value = parseLiteral("true", 4, KILN_VALUE_TRUE);
      break;
    case 'f':
      value = parseLiteral("false", 5, KILN_VALUE_FALSE);
      break;
    case 'n':
      value = parseLiteral("null", 4, KILN_VALUE_NULL);
      break;
    default:
      if (isDigit(*p_) || *p_ == '-') {
        value = parseNumber();
        break;
      }
      return unexpected(p_);
    }
    if (isException(value))
      return value;
    // A value is complete: it goes into the innermost open container; each
    // container that closes is in turn a complete value.
    for (;;) {
      if (st_.frames.empty()) {
        skipWhitespace();
        if (p_ != end_)
          return fail("Unexpected non-whitespace character after JSON", p_);
        return value;
      }
      ParseStack::Frame frame = st_.frames.back();
      if (!st_.values.push(value))
        return outOfMemory();
      skipWhitespace();
      if (p_ == end_)
        return unexpected(p_);
      if (*p_ == ',') {
        ++p_;
        if (frame.object &&
            isException(parseKeyAndColon("Expected double-quoted property "
                                         "name")))
          return KILN_VALUE_EXCEPTION;
        break; // the next element or property value
      }
      if (*p_ != (frame.object ? '}' : ']')) {
        if (*p_ == '"' || isDigit(*p_) || *p_ == '-' ||
            *p_ == (frame.object ? ']' : '}'))
          return unexpected(p_);
        return fail(frame.object ? "Expected ',' or '}' after property value"
                                 : "Expected ',' or ']' after array element",
                    p_);
      }
      ++p_;
      value = frame.object ? makeObject(frame.base) : makeArray(frame.base);
      if (isException(value))
        return value;
      st_.values.truncate(frame.base);
      st_.frames.pop();
    }
  }
}

} // namespace

KilnValue kiln::parseJSON(Runtime &rt, StringCell *text) {
  RootScope scope(rt.heap);
  StringCell *flat = scope.keep(flattenString(rt, text));
  if (!flat)
    return KILN_VALUE_EXCEPTION;
  ParseStack stack;
  if (!rt.heap.addRootCallback(ParseStack::mark, &stack))
    return rt.raiseOutOfMemory();
  StringView view = viewFlat(flat);
  KilnValue result;
  if (view.oneByte) {
    Parser<uint8_t> parser(rt, view.bytes(), view.length, stack);
    result = parser.parse();
  } else {
    Parser<uint16_t> parser(rt, view.units(), view.length, stack);
    result = parser.parse();
  }
  rt.heap.removeRootCallback(ParseStack::mark, &stack);
  return result;
}
