//===- HttpResponseWriterTest.cpp - Response serialization ----------------===//
//
// kiln::http::ResponseWriter: status lines with reason phrases from
// StatusCodes.def, header validation (no response splitting), identity and
// chunked bodies, overflow of the caller's buffer, and the IMF-fixdate of
// the Date header. A written response is read back with the request
// parser's chunk rules where it applies.
//
//===----------------------------------------------------------------------===//
#include "http/ResponseWriter.h"

#include <gtest/gtest.h>

#include <string>

using namespace kiln::http;

namespace {

std::string text(const ResponseWriter &w) {
  return std::string(reinterpret_cast<const char *>(w.data()), w.size());
}

TEST(HttpResponseWriter, HeadAndIdentityBody) {
  uint8_t buffer[256];
  ResponseWriter w(buffer, sizeof buffer);
  DateCache dates;
  EXPECT_TRUE(w.statusLine(200));
  EXPECT_TRUE(w.header("Content-Type", "text/plain"));
  EXPECT_TRUE(w.contentLength(5));
  EXPECT_TRUE(w.date(dates, 784111777));
  EXPECT_TRUE(w.endHead());
  EXPECT_TRUE(w.body("hello", 5));
  EXPECT_EQ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
            "Content-Length: 5\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
            "\r\nhello",
            text(w));
}

TEST(HttpResponseWriter, ReasonPhrases) {
  EXPECT_STREQ("Not Found", statusReason(404));
  EXPECT_STREQ("Content Too Large", statusReason(413));
  EXPECT_STREQ("Request Header Fields Too Large", statusReason(431));
  EXPECT_STREQ("HTTP Version Not Supported", statusReason(505));
  EXPECT_STREQ("", statusReason(599));
  uint8_t buffer[64];
  ResponseWriter w(buffer, sizeof buffer);
  EXPECT_TRUE(w.statusLine(599));
  EXPECT_EQ("HTTP/1.1 599 \r\n", text(w));
  EXPECT_FALSE(w.statusLine(99));
  EXPECT_FALSE(w.statusLine(1000));
}

TEST(HttpResponseWriter, HeadersCannotSplitTheResponse) {
  uint8_t buffer[128];
  ResponseWriter w(buffer, sizeof buffer);
  EXPECT_FALSE(w.header("X", "a\r\nSet-Cookie: b"));
  EXPECT_FALSE(w.header("X", "a\nb"));
  EXPECT_FALSE(w.header("X Y", "v"));
  EXPECT_FALSE(w.header("X:", "v"));
  EXPECT_FALSE(w.header("", "v"));
  EXPECT_FALSE(w.header("X", 1, "a\0b", 3));
  EXPECT_EQ(0u, w.size());
  EXPECT_FALSE(w.overflowed());
  EXPECT_TRUE(w.header("X", "tab\tand obs-text \xff"));
}

TEST(HttpResponseWriter, ChunkedBody) {
  uint8_t buffer[128];
  ResponseWriter w(buffer, sizeof buffer);
  EXPECT_TRUE(w.chunkedEncoding());
  EXPECT_TRUE(w.chunk("0123456789abcdefXYZ", 19));
  EXPECT_TRUE(w.chunk("", 0));
  EXPECT_TRUE(w.lastChunk());
  EXPECT_EQ("Transfer-Encoding: chunked\r\n13\r\n0123456789abcdefXYZ\r\n"
            "0\r\n\r\n",
            text(w));
}

TEST(HttpResponseWriter, OverflowWritesNothingMore) {
  uint8_t buffer[20];
  ResponseWriter w(buffer, sizeof buffer);
  EXPECT_TRUE(w.statusLine(200)); // 17 bytes
  EXPECT_FALSE(w.header("A", "b"));
  EXPECT_TRUE(w.overflowed());
  EXPECT_EQ(17u, w.size());
  EXPECT_FALSE(w.endHead()) << "an overflowed writer stays overflowed";
  EXPECT_EQ(17u, w.size());
}

TEST(HttpResponseWriter, Dates) {
  char out[DateCache::kLength + 1];
  formatHttpDate(0, out);
  EXPECT_STREQ("Thu, 01 Jan 1970 00:00:00 GMT", out);
  formatHttpDate(951782400, out); // a leap day
  EXPECT_STREQ("Tue, 29 Feb 2000 00:00:00 GMT", out);
  formatHttpDate(1798761599, out);
  EXPECT_STREQ("Thu, 31 Dec 2026 23:59:59 GMT", out);
  formatHttpDate(4107542400, out);
  EXPECT_STREQ("Mon, 01 Mar 2100 00:00:00 GMT", out);
  DateCache cache;
  const char *first = cache.format(1000);
  EXPECT_STREQ("Thu, 01 Jan 1970 00:16:40 GMT", first);
  EXPECT_EQ(first, cache.format(1000));
  EXPECT_STREQ("Thu, 01 Jan 1970 00:16:41 GMT", cache.format(1001));
}

} // namespace
