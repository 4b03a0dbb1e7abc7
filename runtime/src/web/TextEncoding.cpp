//===- TextEncoding.cpp - TextEncoder and TextDecoder ---------------------===//
//
// The Encoding standard's TextEncoder and TextDecoder for UTF-8, the only
// encoding a Kiln handler needs. TextEncoder.encode writes a string's
// UTF-8 (lone surrogates become U+FFFD) into a new Uint8Array and
// encodeInto fills a given one with the longest prefix of whole code
// points that fits, answering {read, written}. TextDecoder accepts the
// UTF-8 labels (ASCII case-insensitive, surrounding whitespace trimmed;
// anything else is a RangeError), strips a leading BOM unless ignoreBOM,
// and decodes with one U+FFFD per maximal ill-formed subpart, or throws a
// TypeError in fatal mode. With `stream: true` a call keeps an incomplete
// trailing sequence (and the BOM check) for the next call; a call without
// it ends the stream. The UTF-8 conversions themselves are string/Utf.cpp's.
//
//===----------------------------------------------------------------------===//
#include "builtins/TypedArray.h"
#include "support/PodVector.h"
#include "web/Web.h"

#include <stdio.h>

using namespace kiln;

namespace {

/// A TextDecoder's state, one int32: its options, whether the current
/// stream is past its BOM check, and the bytes (up to 3) of a sequence a
/// streaming call ended in the middle of.
enum TextDecoderFlag : int32_t {
  kFatal = 1,
  kIgnoreBOM = 2,
  kBOMChecked = 4,
  kPendingCountShift = 3, ///< 2 bits
  kPendingBytesShift = 5, ///< 3 bytes, the first lowest
  kOptionBits = kFatal | kIgnoreBOM,
};

/// The labels of the Encoding standard that name UTF-8.
const char *const kUtf8Labels[] = {
    "unicode-1-1-utf8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
    "x-unicode20utf8"};

bool isAsciiWhitespace(uint16_t c) {
  return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}

/// Whether \p label (trimmed, ASCII case-insensitively) names UTF-8.
bool isUtf8Label(StringView label) {
  uint32_t begin = 0, end = label.length;
  while (begin < end && isAsciiWhitespace(label.at(begin)))
    ++begin;
  while (end > begin && isAsciiWhitespace(label.at(end - 1)))
    --end;
  for (const char *name : kUtf8Labels) {
    uint32_t n = uint32_t(strlen(name));
    if (n != end - begin)
      continue;
    uint32_t i = 0;
    for (; i < n; ++i) {
      uint16_t c = label.at(begin + i);
      if (c >= 'A' && c <= 'Z')
        c = uint16_t(c + 32);
      if (c != uint8_t(name[i]))
        break;
    }
    if (i == n)
      return true;
  }
  return false;
}

/// The TextDecoder flags of \p v, or -1 after a TypeError.
int32_t decoderFlags(Runtime &rt, KilnValue v) {
  KilnValue flags = webSlot(rt, v, WebSlot::TextDecoderFlags);
  if (isEmpty(flags)) {
    rt.raise(ErrorKind::TypeError, "Illegal invocation");
    return -1;
  }
  return asInt32(flags);
}

bool isTextEncoder(Runtime &rt, KilnValue v) {
  if (!isEmpty(webSlot(rt, v, WebSlot::TextEncoderBrand)))
    return true;
  rt.raise(ErrorKind::TypeError, "Illegal invocation");
  return false;
}

/// ToBoolean(options[name]) when options is an object; false otherwise.
bool booleanMember(Runtime &rt, KilnValue options, const char *name,
                   bool &out) {
  out = false;
  if (!isObject(options))
    return true;
  KilnValue key = atomFromCString(rt, name);
  if (isException(key))
    return false;
  KilnValue v =
      getProperty(rt, asObject(options), PropertyKey::fromName(key), options);
  if (isException(v))
    return false;
  out = toBoolean(v);
  return true;
}

} // namespace

bool kiln::bufferSourceBytes(KilnValue v, const uint8_t *&data, size_t &size) {
  if (isArrayBuffer(v)) {
    data = asArrayBuffer(v)->data;
    size = asArrayBuffer(v)->byteLength;
    return true;
  }
  if (isTypedArray(v)) {
    TypedArrayCell *ta = asTypedArray(v);
    data = typedArrayData(ta);
    size = size_t(ta->length) * elementSize(ta->type);
    return true;
  }
  return false;
}

// --- TextEncoder
// ----------------------------------------------------------------

KilnValue kiln::textEncoderConstructor(Runtime &rt, KilnValue callee,
                                       KilnValue thisValue, const KilnValue *,
                                       uint32_t, bool isConstruct) {
  if (!requireNew(rt, isConstruct, "TextEncoder"))
    return KILN_VALUE_EXCEPTION;
  KilnValue encoder =
      newWebObject(rt, callee, thisValue, Runtime::kTextEncoderPrototype);
  if (isException(encoder))
    return encoder;
  RootScope scope(rt.heap);
  scope.keep(encoder);
  return isException(defineWebSlot(rt, encoder, WebSlot::TextEncoderBrand,
                                   KILN_VALUE_TRUE))
             ? KILN_VALUE_EXCEPTION
             : encoder;
}

KilnValue kiln::textEncoderProtoEncoding(Runtime &rt, KilnValue,
                                         KilnValue thisValue, const KilnValue *,
                                         uint32_t, bool) {
  if (!isTextEncoder(rt, thisValue))
    return KILN_VALUE_EXCEPTION;
  return atomFromCString(rt, "utf-8");
}

KilnValue kiln::textEncoderProtoEncode(Runtime &rt, KilnValue,
                                       KilnValue thisValue,
                                       const KilnValue *args, uint32_t argc,
                                       bool) {
  if (!isTextEncoder(rt, thisValue))
    return KILN_VALUE_EXCEPTION;
  KilnValue input = argAt(args, argc, 0);
  StringCell *text =
      isUndefined(input) ? rt.emptyString() : toFlatString(rt, input);
  if (!text)
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(text);
  TypedArrayCell *bytes = newTypedArrayOfLength(rt, TypedArrayType::Uint8Array,
                                                double(utf8Length(text)));
  if (!bytes)
    return KILN_VALUE_EXCEPTION;
  writeUtf8(text, reinterpret_cast<char *>(typedArrayData(bytes)));
  return objectValue(&bytes->object);
}

KilnValue kiln::textEncoderProtoEncodeInto(Runtime &rt, KilnValue,
                                           KilnValue thisValue,
                                           const KilnValue *args, uint32_t argc,
                                           bool) {
  if (!isTextEncoder(rt, thisValue))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  StringCell *text = toFlatString(rt, argAt(args, argc, 0));
  if (!text)
    return KILN_VALUE_EXCEPTION;
  scope.keep(text);
  KilnValue dest = argAt(args, argc, 1);
  if (!isTypedArray(dest) ||
      asTypedArray(dest)->type != TypedArrayType::Uint8Array)
    return rt.raise(ErrorKind::TypeError,
                    "The \"dest\" argument must be an instance of Uint8Array");
  TypedArrayCell *ta = asTypedArray(dest);
  uint32_t read;
  size_t written = writeUtf8Prefix(text, typedArrayData(ta), ta->length, read);
  ObjectCell *result = newObject(rt, rt.prototype(Runtime::kObjectPrototype));
  if (!result)
    return KILN_VALUE_EXCEPTION;
  scope.keep(result);
  if (!defineNamedValue(rt, result, "read", makeNumber(read),
                        KILN_ATTR_DEFAULT) ||
      !defineNamedValue(rt, result, "written", makeNumber(double(written)),
                        KILN_ATTR_DEFAULT))
    return KILN_VALUE_EXCEPTION;
  return objectValue(result);
}

// --- TextDecoder
// ----------------------------------------------------------------

KilnValue kiln::textDecoderConstructor(Runtime &rt, KilnValue callee,
                                       KilnValue thisValue,
                                       const KilnValue *args, uint32_t argc,
                                       bool isConstruct) {
  if (!requireNew(rt, isConstruct, "TextDecoder"))
    return KILN_VALUE_EXCEPTION;
  RootScope scope(rt.heap);
  scope.keep(callee);
  scope.keep(thisValue);
  KilnValue labelArg = argAt(args, argc, 0);
  if (!isUndefined(labelArg)) {
    StringCell *label = toFlatString(rt, labelArg);
    if (!label)
      return KILN_VALUE_EXCEPTION;
    if (!isUtf8Label(viewFlat(label))) {
      char text[64], message[128];
      size_t n = utf8Length(label);
      if (n < sizeof text) {
        writeUtf8(label, text);
        text[n] = 0;
      } else {
        snprintf(text, sizeof text, "%s", "...");
      }
      snprintf(message, sizeof message, "The \"%s\" encoding is not supported",
               text);
      return rt.raise(ErrorKind::RangeError, message);
    }
  }
  KilnValue options = argAt(args, argc, 1);
  bool fatal, ignoreBOM;
  if (!booleanMember(rt, options, "fatal", fatal) ||
      !booleanMember(rt, options, "ignoreBOM", ignoreBOM))
    return KILN_VALUE_EXCEPTION;
  KilnValue decoder =
      newWebObject(rt, callee, thisValue, Runtime::kTextDecoderPrototype);
  if (isException(decoder))
    return decoder;
  scope.keep(decoder);
  int32_t flags = (fatal ? kFatal : 0) | (ignoreBOM ? kIgnoreBOM : 0);
  return isException(defineWebSlot(rt, decoder, WebSlot::TextDecoderFlags,
                                   makeInt32(flags)))
             ? KILN_VALUE_EXCEPTION
             : decoder;
}

KilnValue kiln::textDecoderProtoEncoding(Runtime &rt, KilnValue,
                                         KilnValue thisValue, const KilnValue *,
                                         uint32_t, bool) {
  if (decoderFlags(rt, thisValue) < 0)
    return KILN_VALUE_EXCEPTION;
  return atomFromCString(rt, "utf-8");
}

KilnValue kiln::textDecoderProtoFatal(Runtime &rt, KilnValue,
                                      KilnValue thisValue, const KilnValue *,
                                      uint32_t, bool) {
  int32_t flags = decoderFlags(rt, thisValue);
  return flags < 0 ? KILN_VALUE_EXCEPTION : makeBool(flags & kFatal);
}

KilnValue kiln::textDecoderProtoIgnoreBOM(Runtime &rt, KilnValue,
                                          KilnValue thisValue,
                                          const KilnValue *, uint32_t, bool) {
  int32_t flags = decoderFlags(rt, thisValue);
  return flags < 0 ? KILN_VALUE_EXCEPTION : makeBool(flags & kIgnoreBOM);
}

KilnValue kiln::textDecoderProtoDecode(Runtime &rt, KilnValue,
                                       KilnValue thisValue,
                                       const KilnValue *args, uint32_t argc,
                                       bool) {
  int32_t flags = decoderFlags(rt, thisValue);
  if (flags < 0)
    return KILN_VALUE_EXCEPTION;
  KilnValue input = argAt(args, argc, 0);
  RootScope scope(rt.heap);
  scope.keep(thisValue);
  scope.keep(input);
  bool stream;
  if (!booleanMember(rt, argAt(args, argc, 1), "stream", stream))
    return KILN_VALUE_EXCEPTION;
  const uint8_t *data = nullptr;
  size_t size = 0;
  if (!isUndefined(input) && !bufferSourceBytes(input, data, size))
    return rt.raise(ErrorKind::TypeError,
                    "The \"input\" argument must be an instance of "
                    "ArrayBuffer or ArrayBufferView");
  // The bytes to decode: those kept from the last call, then the input's.
  uint32_t pending = uint32_t(flags >> kPendingCountShift) & 3;
  PodVector<uint8_t> bytes;
  if (!bytes.reserve(pending + size))
    return rt.raiseOutOfMemory();
  for (uint32_t i = 0; i < pending; ++i)
    bytes.push(uint8_t(flags >> (kPendingBytesShift + 8 * i)));
  for (size_t i = 0; i < size; ++i)
    bytes.push(data[i]);
  const uint8_t *at = bytes.data();
  size_t count = bytes.size();
  int32_t next = flags & (kOptionBits | kBOMChecked);
  static const uint8_t kBOM[3] = {0xEF, 0xBB, 0xBF};
  bool waitForBOM = false;
  if (!(flags & (kIgnoreBOM | kBOMChecked))) {
    if (stream && count < 3 && memcmp(at, kBOM, count) == 0) {
      waitForBOM = true; // maybe a BOM still arriving: keep it all
    } else {
      if (count >= 3 && memcmp(at, kBOM, 3) == 0) {
        at += 3;
        count -= 3;
      }
      next |= kBOMChecked;
    }
  }
  size_t kept = waitForBOM ? count
                : stream   ? incompleteUtf8Suffix(at, count)
                           : 0;
  count -= kept;
  if (stream) {
    next |= int32_t(kept) << kPendingCountShift;
    for (size_t i = 0; i < kept; ++i)
      next |= int32_t(at[count + i]) << (kPendingBytesShift + 8 * i);
  } else {
    next &= kOptionBits; // the stream ends
  }
  // An error ends the stream too.
  KilnValue state = makeInt32((flags & kFatal) && !isWellFormedUtf8(at, count)
                                  ? flags & kOptionBits
                                  : next);
  if (isException(setWebSlot(rt, thisValue, WebSlot::TextDecoderFlags, state)))
    return KILN_VALUE_EXCEPTION;
  if ((flags & kFatal) && !isWellFormedUtf8(at, count))
    return rt.raise(ErrorKind::TypeError,
                    "The encoded data was not valid for encoding utf-8");
  StringCell *text =
      newStringFromUtf8(rt, reinterpret_cast<const char *>(at), count);
  return text ? stringValue(text) : KILN_VALUE_EXCEPTION;
}
