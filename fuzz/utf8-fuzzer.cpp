//===- utf8-fuzzer.cpp - libFuzzer target for the UTF-8 conversions -------===//
//
// Feeds arbitrary bytes to the UTF-8 code behind TextDecoder, TextEncoder
// and request bodies (string/Utf.cpp). The properties under test: decoding
// never reads outside the input; well-formed input (isWellFormedUtf8, the
// fatal-mode check) decodes and re-encodes to exactly the same bytes, while
// ill-formed input never does (its U+FFFDs re-encode differently); and
// writeUtf8Prefix, for every capacity the input's first byte picks, writes
// a prefix of the full encoding made of whole code points, no longer than
// the capacity, with a code-unit count that lands on a code point boundary;
// and a streaming decode split anywhere (keeping incompleteUtf8Suffix's
// bytes for the second part, as TextDecoder does) decodes as the whole.
//
//===----------------------------------------------------------------------===//
#include "core/Runtime.h"
#include "string/String.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

using namespace kiln;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static Runtime *rt = new Runtime();
  RootScope scope(rt->heap);
  StringCell *s =
      newStringFromUtf8(*rt, reinterpret_cast<const char *>(data), size);
  if (!s) { // out of memory on a huge input: nothing to check
    rt->takeException();
    return 0;
  }
  scope.keep(s);
  size_t length = utf8Length(s);
  uint8_t *encoded = static_cast<uint8_t *>(malloc(length + 1));
  writeUtf8(s, reinterpret_cast<char *>(encoded));
  bool same = length == size && memcmp(encoded, data, size) == 0;
  if (same != isWellFormedUtf8(data, size))
    abort();
  size_t capacity = size ? data[0] % (length + 2) : 0;
  uint8_t *prefix = static_cast<uint8_t *>(malloc(capacity + 1));
  uint32_t read = 0;
  size_t written = writeUtf8Prefix(s, prefix, capacity, read);
  if (written > capacity || written > length ||
      memcmp(prefix, encoded, written) != 0 || read > s->length)
    abort();
  // The units read encode to exactly the bytes written.
  StringCell *head = substring(*rt, s, 0, read);
  if (head && utf8Length(head) != written)
    abort();
  // Whole code points: the next code point would not have fit.
  if (written < length && capacity >= length)
    abort();
  free(prefix);
  free(encoded);
  size_t split = size ? data[0] % (size + 1) : 0;
  size_t kept = incompleteUtf8Suffix(data, split);
  if (kept > 3 || kept > split)
    abort();
  const char *chars = reinterpret_cast<const char *>(data);
  StringCell *first = scope.keep(newStringFromUtf8(*rt, chars, split - kept));
  StringCell *second = scope.keep(
      newStringFromUtf8(*rt, chars + split - kept, size - split + kept));
  StringCell *joined =
      first && second ? concatStrings(*rt, first, second) : nullptr;
  if (joined && !stringsEqual(joined, s))
    abort();
  rt->takeException();
  return 0;
}
