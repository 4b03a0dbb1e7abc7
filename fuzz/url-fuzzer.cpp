//===- url-fuzzer.cpp - libFuzzer target for the URL parser ---------------===//
//
// Feeds arbitrary input to the runtime's WHATWG URL parser
// (runtime/src/web/UrlParser.h), the code that reads request targets and
// whatever URLs a handler builds from client data. The first byte picks
// how bytes become UTF-16 code units (one unit per byte, or two bytes per
// unit so surrogates and non-ASCII reach the parser); a zero unit splits
// the input into a URL and a base. The properties under test: no read
// outside the input, and a parsed URL's serialization parses again to the
// same serialization (the parser's output is a fixed point).
//
//===----------------------------------------------------------------------===//
#include "web/UrlParser.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

using namespace kiln;

namespace {

bool serializeAndReparse(const UrlRecord &url) {
  PodVector<char> first;
  if (!serializeUrl(url, first))
    return true;
  PodVector<uint16_t> units;
  for (size_t i = 0; i < first.size(); ++i)
    units.push(uint8_t(first[i]));
  UrlRecord again;
  if (!parseUrl(units.data(), units.size(), nullptr, again))
    abort(); // a serialization that does not parse
  PodVector<char> second;
  if (!serializeUrl(again, second))
    return true;
  if (first.size() != second.size() ||
      (first.size() && memcmp(first.data(), second.data(), first.size())))
    abort(); // not a fixed point
  return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  bool wide = data[0] & 1;
  PodVector<uint16_t> units;
  for (size_t i = 1; i < size; i += wide ? 2 : 1)
    units.push(wide && i + 1 < size ? uint16_t(data[i] | (data[i + 1] << 8))
                                    : data[i]);
  size_t split = 0;
  while (split < units.size() && units[split] != 0)
    ++split;
  UrlRecord base;
  bool hasBase =
      split < units.size() && parseUrl(units.data() + split + 1,
                                       units.size() - split - 1, nullptr, base);
  UrlRecord url;
  if (parseUrl(units.data(), split, hasBase ? &base : nullptr, url))
    serializeAndReparse(url);
  return 0;
}
