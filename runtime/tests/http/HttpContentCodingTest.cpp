//===- HttpContentCodingTest.cpp - Accept-Encoding, types, gzip -----------===//
//
// Unit tests of http/ContentCoding.h: q-value parsing of Accept-Encoding
// (explicit gzip, `*`, q=0 refusals, malformed elements), the
// compressible-type table, and gzip output checked by inflating it with
// zlib and comparing with the input.
//
//===----------------------------------------------------------------------===//
#include "http/ContentCoding.h"

#include <gtest/gtest.h>

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include <string>

using namespace kiln::http;

namespace {

bool accepts(const char *value) { return acceptsGzip(value, strlen(value)); }
bool compressible(const char *type) {
  return isCompressibleType(type, strlen(type));
}

/// Inflates a gzip member; "<error>" when zlib rejects it.
std::string gunzip(const uint8_t *data, size_t length) {
  z_stream z{};
  EXPECT_EQ(Z_OK, inflateInit2(&z, 15 + 16));
  z.next_in = const_cast<Bytef *>(data);
  z.avail_in = uInt(length);
  std::string out;
  char buffer[4096];
  int rc;
  do {
    z.next_out = reinterpret_cast<Bytef *>(buffer);
    z.avail_out = sizeof buffer;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
  } while (rc == Z_OK);
  inflateEnd(&z);
  return rc == Z_STREAM_END ? out : "<error>";
}

TEST(HttpContentCoding, AcceptEncodingQValues) {
  struct Case {
    const char *value;
    bool gzip;
  } cases[] = {
      {"gzip", true},
      {"GZip", true},
      {"x-gzip", true},
      {"deflate, gzip;q=1.0, br", true},
      {"gzip;q=0.001", true},
      {"gzip ; q=0.5", true},
      {"gzip;q=0", false},
      {"gzip;q=0.000", false},
      {"gzip;q=0, *", false}, // an explicit refusal beats `*`
      {"*", true},
      {"*;q=0", false},
      {"br, *;q=0.1", true},
      {"*;q=0.5, gzip;q=0", false},
      {"br, deflate", false},
      {"identity", false},
      {"", false},
      {"gzip;q=2", false}, // malformed q: the element refuses
      {"gzip;q=0.1234", false},
      {"gzip;q", false},
      {"gzip;level=1", true}, // other parameters are ignored
      {"gzipx", false},
      {"  ,gzip,  ", true},
  };
  for (const Case &c : cases)
    EXPECT_EQ(c.gzip, accepts(c.value)) << "Accept-Encoding: " << c.value;
  EXPECT_FALSE(acceptsGzip(nullptr, 0));
}

TEST(HttpContentCoding, CompressibleTypes) {
  for (const char *type : {"text/plain", "text/html; charset=utf-8", "TEXT/CSS",
                           "application/json", "application/json;charset=utf-8",
                           "application/javascript", "application/xml",
                           "image/svg+xml", "application/problem+json",
                           "application/vnd.api+json", "application/soap+xml"})
    EXPECT_TRUE(compressible(type)) << type;
  for (const char *type :
       {"image/png", "image/jpeg", "application/octet-stream",
        "application/zip", "video/mp4", "text/", "", "application/jsonx",
        "+json", "font/woff2"})
    EXPECT_FALSE(compressible(type)) << type;
}

TEST(HttpContentCoding, GzipRoundTrips) {
  std::string inputs[] = {"", "a", std::string(100000, 'x')};
  std::string mixed;
  for (int i = 0; i < 20000; ++i)
    mixed += char('a' + (i * 7919) % 26);
  for (const std::string &input : {inputs[0], inputs[1], inputs[2], mixed}) {
    uint8_t *out = nullptr;
    size_t length = 0;
    ASSERT_TRUE(gzipCompress(reinterpret_cast<const uint8_t *>(input.data()),
                             input.size(), &out, &length));
    ASSERT_GE(length, 18u); // header and trailer
    EXPECT_EQ(0x1f, out[0]);
    EXPECT_EQ(0x8b, out[1]);
    EXPECT_EQ(input, gunzip(out, length));
    free(out);
  }
}

} // namespace
