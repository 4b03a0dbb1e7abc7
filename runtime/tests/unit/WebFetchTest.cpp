//===- WebFetchTest.cpp - Unit tests of the Web APIs' C++ side ------------===//
//
// The functions the HTTP server calls (web/Fetch.h): a Request made from a
// parsed HTTP request normalizes its method, parses its URL, keeps its
// header fields and body bytes (text() decodes them with replacement), and
// refuses bad input with a TypeError; a Response is taken apart into
// status, status text, the sorted and combined header pairs and its body
// (text, or bytes for a typed array or ArrayBuffer body). Also the byte-level
// URL parser (web/UrlParser.h) the server can use without a heap. Every case
// runs with and without the collector running on each allocation.
//
//===----------------------------------------------------------------------===//
#include "kiln/Runtime.h"
#include "kiln/VM.h"

#include "builtins/Promise.h"
#include "builtins/TypedArray.h"
#include "core/Runtime.h"
#include "vm/VM.h"
#include "web/Fetch.h"
#include "web/UrlParser.h"

#include <gtest/gtest.h>

#include <string.h>
#include <string>

using namespace kiln;

namespace {

class WebFetchTest : public ::testing::TestWithParam<bool> {
protected:
  void SetUp() override {
    krt = kiln_rt_create(0);
    ASSERT_NE(vmOf(rt()), nullptr);
    kiln_rt_set_gc_stress(krt, GetParam());
    depth = kiln_rt_root_depth(krt);
  }
  void TearDown() override {
    kiln_rt_pop_roots(krt, depth);
    kiln_rt_destroy(krt);
  }
  Runtime &rt() { return fromABI(krt); }

  std::string text(KilnValue v) {
    EXPECT_TRUE(isString(v));
    if (!isString(v))
      return "<not a string>";
    StringCell *flat = flattenString(rt(), asString(v));
    std::string out(utf8Length(flat), '\0');
    writeUtf8(flat, out.data());
    return out;
  }

  KilnRuntime *krt = nullptr;
  size_t depth = 0;
};

TEST_P(WebFetchTest, RequestFromHttpParts) {
  HttpHeaderField fields[] = {{"Host", 4, "example.com", 11},
                              {"X-Multi", 7, "a", 1},
                              {"x-multi", 7, "b", 1}};
  const char body[] = "{\"k\":1}";
  HttpRequestParts parts{
      "post", 4, "http://example.com/p/../q?x=1",         29,
      fields, 3, reinterpret_cast<const uint8_t *>(body), sizeof body - 1};
  KilnValue request = newRequestFromHttp(rt(), parts);
  ASSERT_FALSE(isException(request));
  RootScope scope(rt().heap);
  scope.keep(request);
  EXPECT_EQ(text(requestProtoMethod(rt(), KILN_VALUE_UNDEFINED, request,
                                    nullptr, 0, false)),
            "POST");
  EXPECT_EQ(text(requestProtoUrl(rt(), KILN_VALUE_UNDEFINED, request, nullptr,
                                 0, false)),
            "http://example.com/q?x=1");
  KilnValue headers = requestProtoHeaders(rt(), KILN_VALUE_UNDEFINED, request,
                                          nullptr, 0, false);
  scope.keep(headers);
  KilnValue name = kiln_rt_string_from_utf8(krt, "X-MULTI", 7);
  scope.keep(name);
  EXPECT_EQ(text(headersProtoGet(rt(), KILN_VALUE_UNDEFINED, headers, &name, 1,
                                 false)),
            "a, b");
}

TEST_P(WebFetchTest, RequestFromHttpRefusesBadInput) {
  HttpRequestParts badMethod{"TRACE", 5, "http://h/", 9,
                             nullptr, 0, nullptr,     0};
  EXPECT_TRUE(isException(newRequestFromHttp(rt(), badMethod)));
  EXPECT_EQ(rt().pendingKind, ErrorKind::TypeError);
  rt().takeException();
  HttpRequestParts badUrl{"GET", 3, "http://[::1/", 12, nullptr, 0, nullptr, 0};
  EXPECT_TRUE(isException(newRequestFromHttp(rt(), badUrl)));
  rt().takeException();
}

TEST_P(WebFetchTest, ReadResponse) {
  RootScope scope(rt().heap);
  KilnValue init = kiln_rt_new_object(krt);
  scope.keep(init);
  KilnValue status = kiln_rt_string_from_utf8(krt, "status", 6);
  scope.keep(status);
  ASSERT_FALSE(
      isException(kiln_rt_put_elem(krt, init, status, makeInt32(404))));
  KilnValue args[2] = {kiln_rt_string_from_utf8(krt, "missing", 7), init};
  scope.keep(args[0]);
  KilnValue response = responseConstructor(rt(), KILN_VALUE_UNDEFINED,
                                           KILN_VALUE_UNDEFINED, args, 2, true);
  ASSERT_FALSE(isException(response));
  scope.keep(response);
  HttpResponseParts parts;
  ASSERT_TRUE(readResponse(rt(), response, parts));
  scope.keep(parts.headers);
  KilnValue sorted =
      headersSortedPairs(rt(), parts.headers, IterationKind::Entries);
  ASSERT_FALSE(isException(sorted));
  scope.keep(sorted);
  EXPECT_EQ(parts.status, 404);
  EXPECT_EQ(text(parts.statusText), "");
  EXPECT_EQ(text(parts.body), "missing");
  ObjectCell *pairs = asObject(sorted);
  ASSERT_EQ(pairs->length, 1u);
  ObjectCell *first = asObject(arrayElementAt(pairs, 0));
  EXPECT_EQ(text(arrayElementAt(first, 0)), "content-type");
  EXPECT_EQ(text(arrayElementAt(first, 1)), "text/plain;charset=UTF-8");
  EXPECT_FALSE(readResponse(rt(), init, parts));
  rt().takeException();
}

TEST_P(WebFetchTest, RequestBodyKeepsBytes) {
  // Ill-formed UTF-8 stays as sent for arrayBuffer(); text() replaces it.
  const uint8_t body[] = {'a', 0xC3, 0x28, 0xFF};
  HttpRequestParts parts{"POST", 4, "http://h/", 9, nullptr, 0, body, 4};
  KilnValue request = newRequestFromHttp(rt(), parts);
  ASSERT_FALSE(isException(request));
  RootScope scope(rt().heap);
  scope.keep(request);
  KilnValue clone =
      requestProtoClone(rt(), KILN_VALUE_UNDEFINED, request, nullptr, 0, false);
  ASSERT_FALSE(isException(clone));
  scope.keep(clone);
  KilnValue bytes = requestProtoArrayBuffer(rt(), KILN_VALUE_UNDEFINED, request,
                                            nullptr, 0, false);
  ASSERT_TRUE(isPromise(bytes));
  scope.keep(bytes);
  KilnValue buffer = asPromise(bytes)->result;
  ASSERT_TRUE(isArrayBuffer(buffer));
  ASSERT_EQ(asArrayBuffer(buffer)->byteLength, 4u);
  EXPECT_EQ(memcmp(asArrayBuffer(buffer)->data, body, 4), 0);
  KilnValue textPromise =
      requestProtoText(rt(), KILN_VALUE_UNDEFINED, clone, nullptr, 0, false);
  ASSERT_TRUE(isPromise(textPromise));
  EXPECT_EQ(text(asPromise(textPromise)->result), "a\uFFFD(\uFFFD");
}

TEST_P(WebFetchTest, ReadResponseBytes) {
  RootScope scope(rt().heap);
  const uint8_t raw[] = {0, 1, 0xFF};
  TypedArrayCell *view = newUint8ArrayFromBytes(rt(), raw, 3);
  ASSERT_NE(view, nullptr);
  KilnValue arg = objectValue(&view->object);
  scope.keep(arg);
  KilnValue response = responseConstructor(rt(), KILN_VALUE_UNDEFINED,
                                           KILN_VALUE_UNDEFINED, &arg, 1, true);
  ASSERT_FALSE(isException(response));
  scope.keep(response);
  HttpResponseParts parts;
  ASSERT_TRUE(readResponse(rt(), response, parts));
  scope.keep(parts.headers);
  EXPECT_TRUE(isNull(parts.body));
  EXPECT_TRUE(isArrayBuffer(parts.bodyBuffer));
  ASSERT_EQ(parts.bodyByteLength, 3u);
  EXPECT_EQ(memcmp(parts.bodyBytes, raw, 3), 0);
  // No Content-Type for bytes.
  KilnValue sorted =
      headersSortedPairs(rt(), parts.headers, IterationKind::Entries);
  ASSERT_FALSE(isException(sorted));
  EXPECT_EQ(asObject(sorted)->length, 0u);
}

INSTANTIATE_TEST_SUITE_P(GcStress, WebFetchTest, ::testing::Bool());

std::string parse(const char *input, const char *base = nullptr) {
  auto units = [](const char *s, PodVector<uint16_t> &out) {
    for (; *s; ++s)
      out.push(uint8_t(*s));
  };
  PodVector<uint16_t> in, baseIn;
  units(input, in);
  UrlRecord baseRecord, url;
  if (base) {
    units(base, baseIn);
    if (!parseUrl(baseIn.data(), baseIn.size(), nullptr, baseRecord))
      return "<bad base>";
  }
  if (!parseUrl(in.data(), in.size(), base ? &baseRecord : nullptr, url))
    return "<failure>";
  PodVector<char> out;
  serializeUrl(url, out);
  return std::string(out.data(), out.size());
}

TEST(UrlParserTest, ParsesAndSerializes) {
  EXPECT_EQ(parse("HTTP://Ex.COM:80/a/./b/../c?q#f"), "http://ex.com/a/c?q#f");
  EXPECT_EQ(parse("../x?y", "http://h/a/b/c"), "http://h/a/x?y");
  EXPECT_EQ(parse("http://0x7f.1/"), "http://127.0.0.1/");
  EXPECT_EQ(parse("http://[0:0::1]:8080"), "http://[::1]:8080/");
  EXPECT_EQ(parse("file:///C:/x/../.."), "file:///C:/");
  EXPECT_EQ(parse("mailto:a b"), "mailto:a b");
  EXPECT_EQ(parse("http://a b/"), "<failure>");
  EXPECT_EQ(parse("http://1.2.3.256/"), "<failure>");
  EXPECT_EQ(parse("/x"), "<failure>");
}

bool sameBytes(const PodVector<char> &a, const PodVector<char> &b) {
  return a.size() == b.size() &&
         std::string(a.data(), a.size()) == std::string(b.data(), b.size());
}

// The fast path for serialized http URLs agrees with the general parser on
// every URL it accepts (same record, and the input is the serialization),
// and accepts the plain ones a server sees.
TEST(UrlParserTest, SerializedHttpFastPathAgreesWithParser) {
  const char *hosts[] = {
      "example.com", "a-b.c0", "localhost",    "127.0.0.1", "10.0.0.255",
      "EXAMPLE.com", "127.1",  "0x7f.0.0.1",   "1.2.3.256", "01.2.3.4",
      "a..b",        "a.b.",   "xn--nxasmq6b", "foo.0x1",   "foo.123",
      "a_b",         "[::1]",  "u@h",          "a%2eb",     "",
      "h\\x"};
  const char *ports[] = {"",       ":8080",  ":80", ":0", ":08080",
                         ":65535", ":65536", ":",   ":1a"};
  const char *paths[] = {"/",    "/a/b", "/a/./b", "/a/../b",
                         "/.",   "/..",  "/%2e/",  "/a b",
                         "/a|b", "/a'b", "//x",    "/~_-!$&()*+,;=:@",
                         "/A/B", "",     "/a\\b",  "/\xc3\xa9"};
  const char *queries[] = {"",     "?",    "?a=1&b=2", "?a='b'", "?%zz",
                           "?x?y", "?a#f", "#f",       "?a b"};
  int accepted = 0, total = 0;
  for (const char *host : hosts)
    for (const char *port : ports)
      for (const char *path : paths)
        for (const char *query : queries) {
          std::string input =
              std::string("http://") + host + port + path + query;
          ++total;
          UrlRecord fast;
          if (!parseSerializedHttpUrl(input.data(), input.size(), fast))
            continue;
          ++accepted;
          PodVector<uint16_t> units;
          for (char c : input)
            units.push(uint8_t(c));
          UrlRecord full;
          ASSERT_TRUE(parseUrl(units.data(), units.size(), nullptr, full))
              << input;
          PodVector<char> serialized;
          ASSERT_TRUE(serializeUrl(full, serialized));
          EXPECT_EQ(std::string(serialized.data(), serialized.size()), input)
              << "the fast path took a URL that is not in serialized form";
          EXPECT_TRUE(
              sameBytes(fast.scheme, full.scheme) &&
              sameBytes(fast.username, full.username) &&
              sameBytes(fast.password, full.password) &&
              sameBytes(fast.host, full.host) &&
              sameBytes(fast.path, full.path) &&
              sameBytes(fast.query, full.query) &&
              sameBytes(fast.fragment, full.fragment) &&
              fast.hasHost == full.hasHost && fast.hasQuery == full.hasQuery &&
              fast.hasFragment == full.hasFragment &&
              fast.opaquePath == full.opaquePath && fast.port == full.port)
              << "records differ for " << input;
        }
  // Exactly the plain ones are taken: 5 hosts (the domains and dotted
  // quads) x 4 ports (none, 8080, 0, 65535) x 5 paths x 5 queries.
  EXPECT_EQ(accepted, 5 * 4 * 5 * 5) << "of " << total;
  UrlRecord r;
  EXPECT_TRUE(parseSerializedHttpUrl("http://127.0.0.1:8080/items?x=1", 31, r));
  EXPECT_TRUE(parseSerializedHttpUrl("http://a.test/", 14, r));
}

} // namespace
