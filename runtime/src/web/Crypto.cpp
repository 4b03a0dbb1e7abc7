//===- Crypto.cpp - crypto.randomUUID and crypto.getRandomValues ----------===//
//
// The parts of the Web Crypto API a handler needs: crypto.randomUUID(), a
// version 4 UUID ("xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx", N one of 8, 9,
// a, b) from 16 bytes of getrandom(2), and crypto.getRandomValues(view),
// which fills an integer typed array in place (at most 65536 bytes, else a
// QuotaExceededError; a float array or non-view is a TypeMismatchError, as
// WebCrypto and Node have it). Both draw from one source (fillRandomBytes
// in web/Web.h); a kernel that refuses it is an Error, never a predictable
// value.
//
//===----------------------------------------------------------------------===//
#include "object/BinaryData.h"
#include "web/Web.h"

#include <errno.h>
#include <sys/random.h>

using namespace kiln;

bool kiln::fillRandomBytes(void *out, size_t size) {
  uint8_t *bytes = static_cast<uint8_t *>(out);
  while (size > 0) {
    ssize_t got = getrandom(bytes, size, 0);
    if (got < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    bytes += got;
    size -= size_t(got);
  }
  return true;
}

KilnValue kiln::cryptoRandomUUID(Runtime &rt, KilnValue, KilnValue,
                                 const KilnValue *, uint32_t, bool) {
  uint8_t bytes[16];
  if (!fillRandomBytes(bytes, sizeof bytes))
    return rt.raise(ErrorKind::Error, "crypto.randomUUID: no random source");
  bytes[6] = uint8_t((bytes[6] & 0x0F) | 0x40); // version 4
  bytes[8] = uint8_t((bytes[8] & 0x3F) | 0x80); // variant 10
  static const char kHex[] = "0123456789abcdef";
  char text[36];
  unsigned at = 0;
  for (unsigned i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10)
      text[at++] = '-';
    text[at++] = kHex[bytes[i] >> 4];
    text[at++] = kHex[bytes[i] & 15];
  }
  StringCell *uuid = newStringFromLatin1(
      rt, reinterpret_cast<const uint8_t *>(text), sizeof text);
  return uuid ? stringValue(uuid) : KILN_VALUE_EXCEPTION;
}

KilnValue kiln::cryptoGetRandomValues(Runtime &rt, KilnValue, KilnValue,
                                      const KilnValue *args, uint32_t argc,
                                      bool) {
  KilnValue view = argAt(args, argc, 0);
  if (!isTypedArray(view) || isFloatType(asTypedArray(view)->type))
    return throwDOMException(
        rt, "The data argument must be an integer-type TypedArray",
        "TypeMismatchError");
  TypedArrayCell *ta = asTypedArray(view);
  size_t bytes = size_t(ta->length) * elementSize(ta->type);
  if (bytes > 65536)
    return throwDOMException(rt, "The requested length exceeds 65,536 bytes",
                             "QuotaExceededError");
  if (!fillRandomBytes(typedArrayData(ta), bytes))
    return rt.raise(ErrorKind::Error,
                    "crypto.getRandomValues: no random source");
  return view;
}
