//===- ContentCoding.cpp - Accept-Encoding and gzip bodies ----------------===//
//
// A small scanner over the Accept-Encoding list (`coding *(OWS ";" OWS
// param)` elements separated by commas, q-values of at most three
// decimals), a lookup in the compressible-types table and a one-shot
// deflate with a gzip wrapper sized by deflateBound.
//
//===----------------------------------------------------------------------===//
#include "http/ContentCoding.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

namespace kiln::http {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

bool isSpace(char c) { return c == ' ' || c == '\t'; }

/// Parses a qvalue (RFC 9110 section 12.4.2) into thousandths; -1 if bad.
int parseQValue(const char *p, size_t n) {
  if (n == 0 || (p[0] != '0' && p[0] != '1'))
    return -1;
  int value = (p[0] - '0') * 1000;
  if (n == 1)
    return value;
  if (p[1] != '.' || n > 5)
    return -1;
  int scale = 100;
  for (size_t i = 2; i < n; ++i, scale /= 10) {
    if (p[i] < '0' || p[i] > '9')
      return -1;
    value += (p[i] - '0') * scale;
  }
  return value > 1000 ? -1 : value;
}

} // namespace

bool equalsIgnoringCase(const char *a, size_t length, const char *b) {
  for (size_t i = 0; i < length; ++i)
    if (b[i] == 0 || lower(a[i]) != lower(b[i]))
      return false;
  return b[length] == 0;
}

bool acceptsGzip(const char *value, size_t length) {
  if (!value)
    return false;
  int gzipQ = -1, starQ = -1; // -1: not listed
  size_t i = 0;
  while (i < length) {
    size_t end = i;
    while (end < length && value[end] != ',')
      ++end;
    // One element: coding *( OWS ";" OWS name "=" value ).
    size_t p = i;
    while (p < end && isSpace(value[p]))
      ++p;
    size_t codingStart = p;
    while (p < end && value[p] != ';' && !isSpace(value[p]))
      ++p;
    size_t codingLength = p - codingStart;
    int q = 1000;
    while (p < end) {
      while (p < end && isSpace(value[p]))
        ++p;
      if (p == end)
        break;
      if (value[p] != ';') {
        q = -1;
        break;
      }
      ++p;
      while (p < end && isSpace(value[p]))
        ++p;
      size_t nameStart = p;
      while (p < end && value[p] != '=' && value[p] != ';' &&
             !isSpace(value[p]))
        ++p;
      size_t nameLength = p - nameStart;
      if (p == end || value[p] != '=') {
        q = -1;
        break;
      }
      ++p;
      size_t valueStart = p;
      while (p < end && value[p] != ';' && !isSpace(value[p]))
        ++p;
      if (equalsIgnoringCase(value + nameStart, nameLength, "q"))
        q = parseQValue(value + valueStart, p - valueStart);
      if (q < 0)
        break;
    }
    const char *coding = value + codingStart;
    if (q < 0)
      q = 0;
    if (equalsIgnoringCase(coding, codingLength, "gzip") ||
        equalsIgnoringCase(coding, codingLength, "x-gzip"))
      gzipQ = gzipQ < 0 ? q : (q > gzipQ ? q : gzipQ);
    else if (codingLength == 1 && coding[0] == '*')
      starQ = q;
    i = end + 1;
  }
  if (gzipQ >= 0)
    return gzipQ > 0;
  return starQ > 0;
}

bool isCompressibleType(const char *value, size_t length) {
  size_t n = 0;
  while (n < length && value[n] != ';' && !isSpace(value[n]))
    ++n;
  auto matches = [&](int kind, const char *text) {
    size_t t = strlen(text);
    if (t > n)
      return false;
    switch (kind) {
    case 0: // Exact
      return t == n && equalsIgnoringCase(value, n, text);
    case 1: // Prefix
      for (size_t k = 0; k < t; ++k)
        if (lower(value[k]) != text[k])
          return false;
      return n > t;
    default: // Suffix
      for (size_t k = 0; k < t; ++k)
        if (lower(value[n - t + k]) != text[k])
          return false;
      return n > t;
    }
  };
  enum { Exact, Prefix, Suffix };
#define KILN_COMPRESSIBLE_TYPE(Kind, Text)                                     \
  if (matches(Kind, Text))                                                     \
    return true;
#include "http/CompressibleTypes.def"
  return false;
}

bool gzipCompress(const uint8_t *data, size_t length, uint8_t **out,
                  size_t *outLength) {
  if (length > 0xffffffffu)
    return false;
  z_stream z;
  memset(&z, 0, sizeof z);
  // windowBits 15 + 16: a gzip header and trailer around the deflate data.
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return false;
  size_t bound = deflateBound(&z, uLong(length));
  auto *buffer = static_cast<uint8_t *>(malloc(bound));
  if (!buffer) {
    deflateEnd(&z);
    return false;
  }
  z.next_in = const_cast<Bytef *>(data);
  z.avail_in = uInt(length);
  z.next_out = buffer;
  z.avail_out = uInt(bound);
  int rc = deflate(&z, Z_FINISH);
  size_t produced = bound - z.avail_out;
  deflateEnd(&z);
  if (rc != Z_STREAM_END) {
    free(buffer);
    return false;
  }
  *out = buffer;
  *outLength = produced;
  return true;
}

} // namespace kiln::http
