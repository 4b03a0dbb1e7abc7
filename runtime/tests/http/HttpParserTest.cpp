//===- HttpParserTest.cpp - The request parser's own cases ----------------===//
//
// Behaviour of kiln::http::RequestParser beyond the llhttp fixtures: the
// request-smuggling ambiguities it must reject and the status each maps
// to, limits (413, 414, 431), keep-alive rules, pipelining, chunked bodies
// with trailers, and the property that splitting the input at every byte
// boundary, or feeding it one byte at a time, changes nothing.
//
//===----------------------------------------------------------------------===//
#include "HttpTestDriver.h"

#include <gtest/gtest.h>

using namespace kiln::http;
using namespace kiln::http::test;

namespace {

/// Parses `input` whole, byte by byte and in steps of 2, 3 and 7 bytes,
/// checks that all agree, and returns the outcome.
ParseOutcome parseEveryWay(const std::string &input,
                           const ParserLimits &limits = ParserLimits()) {
  ParseOutcome whole = parseAll(input, 0, limits);
  for (size_t step : {1, 2, 3, 7})
    EXPECT_EQ(whole, parseAll(input, step, limits))
        << "step " << step << " on: " << input;
  return whole;
}

ParseError errorOf(const std::string &input,
                   const ParserLimits &limits = ParserLimits()) {
  return parseEveryWay(input, limits).error;
}

TEST(HttpParser, SimpleGet) {
  ParseOutcome o = parseEveryWay("GET /a?b=c HTTP/1.1\r\nHost: x\r\n"
                                 "Accept:  */*  \r\n\r\n");
  ASSERT_EQ(ParseError::None, o.error);
  ASSERT_EQ(1u, o.messages.size());
  const ParsedMessage &m = o.messages[0];
  EXPECT_EQ("GET", m.method);
  EXPECT_EQ("/a?b=c", m.target);
  EXPECT_EQ(1, m.versionMinor);
  EXPECT_TRUE(m.complete);
  EXPECT_TRUE(m.keepAlive);
  ASSERT_EQ(2u, m.fields.size());
  EXPECT_EQ("Accept", m.fields[1].first);
  EXPECT_EQ("*/*", m.fields[1].second);
}

TEST(HttpParser, PipelinedRequestsInOrder) {
  std::string in = "POST /1 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                   "GET /2 HTTP/1.1\r\n\r\n"
                   "\r\n" // an empty line between requests is ignored
                   "PUT /3 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                   "2\r\nxy\r\n1;ext=\"q\"\r\nz\r\n0\r\nT: 1\r\n\r\n"
                   "GET /4 HTTP/1.1\r\n";
  ParseOutcome o = parseEveryWay(in);
  ASSERT_EQ(ParseError::None, o.error);
  // The head of /4 is incomplete: no event for it yet.
  ASSERT_EQ(3u, o.messages.size());
  EXPECT_EQ("/1", o.messages[0].target);
  EXPECT_EQ("abc", o.messages[0].body);
  EXPECT_EQ("/2", o.messages[1].target);
  EXPECT_EQ("xyz", o.messages[2].body);
  ASSERT_EQ(2u, o.messages[2].fields.size());
  EXPECT_EQ("T", o.messages[2].fields[1].first); // the trailer
  EXPECT_TRUE(o.messages[2].complete);
}

TEST(HttpParser, EverySplitPointGivesTheSameResult) {
  std::string in = "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                   "Connection: keep-alive\r\n\r\n"
                   "a\r\n0123456789\r\n3;n=v\r\nabc\r\n0\r\nX: y\r\n\r\n"
                   "GET / HTTP/1.0\r\n\r\n";
  ParseOutcome whole = parseAll(in);
  ASSERT_EQ(ParseError::None, whole.error);
  ASSERT_EQ(2u, whole.messages.size());
  for (size_t split = 1; split < in.size(); ++split) {
    // Two reads: [0, split) then the rest.
    ParseOutcome two = parseAll(in, split);
    EXPECT_EQ(whole, two) << "split at " << split;
  }
}

TEST(HttpParser, KeepAliveRules) {
  auto keepAlive = [](const std::string &head) {
    ParseOutcome o = parseEveryWay(head + "\r\n");
    EXPECT_EQ(ParseError::None, o.error) << head;
    return !o.messages.empty() && o.messages[0].keepAlive;
  };
  EXPECT_TRUE(keepAlive("GET / HTTP/1.1\r\n"));
  EXPECT_FALSE(keepAlive("GET / HTTP/1.1\r\nConnection: close\r\n"));
  EXPECT_FALSE(keepAlive("GET / HTTP/1.1\r\nConnection: x, CLOSE\r\n"));
  EXPECT_FALSE(keepAlive("GET / HTTP/1.0\r\n"));
  EXPECT_TRUE(keepAlive("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n"));
  EXPECT_FALSE(
      keepAlive("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n"));
}

TEST(HttpParser, DataAfterCloseIsAnError) {
  EXPECT_EQ(ParseError::DataAfterClose,
            errorOf("GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / "));
}

TEST(HttpParser, SmugglingAmbiguitiesAreRejected) {
  const char *head = "POST / HTTP/1.1\r\nHost: h\r\n";
  struct Case {
    const char *fields;
    ParseError error;
  } cases[] = {
      {"Content-Length: 5\r\nContent-Length: 6\r\n",
       ParseError::ConflictingContentLength},
      {"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
       ParseError::ContentLengthWithTransferEncoding},
      {"Transfer-Encoding: chunked\r\nContent-Length: 5\r\n",
       ParseError::ContentLengthWithTransferEncoding},
      {"Content-Length: 5, 5\r\n", ParseError::BadContentLength},
      {"Content-Length: +5\r\n", ParseError::BadContentLength},
      {"Content-Length: 0x5\r\n", ParseError::BadContentLength},
      {"Content-Length:\r\n", ParseError::BadContentLength},
      {"Content-Length: 99999999999999999999\r\n",
       ParseError::BadContentLength},
      {"Transfer-Encoding: chunked, gzip\r\n", ParseError::ChunkedNotFinal},
      {"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
       ParseError::ChunkedNotFinal},
      {"Transfer-Encoding: gzip\r\n", ParseError::ChunkedNotFinal},
      {"Transfer-Encoding: chunkedx\r\n", ParseError::ChunkedNotFinal},
      {"Transfer-Encoding: gzip, chunked\r\n",
       ParseError::UnknownTransferCoding},
      {"Transfer-Encoding : chunked\r\n", ParseError::BadHeaderName},
      {" Transfer-Encoding: chunked\r\n", ParseError::ObsoleteLineFolding},
      {"X: a\r\n chunked\r\n", ParseError::ObsoleteLineFolding},
      {"X: a\nTransfer-Encoding: chunked\r\n", ParseError::BareLineFeed},
      {"X: a\rTransfer-Encoding: chunked\r\n", ParseError::BareCarriageReturn},
      {"X: a\x01\r\n", ParseError::BadHeaderValue},
      {"X: a\x7f\r\n", ParseError::BadHeaderValue},
  };
  for (const Case &c : cases)
    EXPECT_STREQ(parseErrorName(c.error),
                 parseErrorName(errorOf(std::string(head) + c.fields + "\r\n")))
        << c.fields;
  // Identical duplicate lengths are one length.
  ParseOutcome o = parseEveryWay(
      std::string(head) + "Content-Length: 2\r\ncontent-length: 2\r\n\r\nok");
  EXPECT_EQ(ParseError::None, o.error);
  EXPECT_EQ("ok", o.messages.at(0).body);
  // HTTP/1.0 has no transfer codings.
  EXPECT_EQ(ParseError::TransferEncodingInHttp10,
            errorOf("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"));
}

TEST(HttpParser, BadChunkFramingIsRejected) {
  std::string head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
  struct Case {
    const char *body;
    ParseError error;
  } cases[] = {
      {"x\r\n", ParseError::BadChunkSize},
      {"-1\r\n", ParseError::BadChunkSize},
      {"\r\n", ParseError::BadChunkSize},
      {"1 \r\n", ParseError::BadChunkSize},
      {"0x1\r\n", ParseError::BadChunkSize},
      {"11111111111111111\r\n", ParseError::BadChunkSize},
      {"1\nx", ParseError::BareLineFeed},
      {"1\r\nxy\r\n", ParseError::BadChunkTerminator},
      {"1\r\nx\rz", ParseError::BareCarriageReturn},
      {"1;\r\n", ParseError::BadChunkExtension},
      {"1;a=\r\n", ParseError::BadChunkExtension},
      {"1;a=\"x\x01\"\r\n", ParseError::BadChunkExtension},
      {"1;a@\r\n", ParseError::BadChunkExtension},
      {"0\r\nX : y\r\n\r\n", ParseError::BadHeaderName},
  };
  for (const Case &c : cases)
    EXPECT_STREQ(parseErrorName(c.error),
                 parseErrorName(errorOf(head + c.body)))
        << c.body;
}

TEST(HttpParser, RequestLineErrors) {
  EXPECT_EQ(ParseError::UnsupportedVersion, errorOf("GET / HTTP/2.0\r\n"));
  EXPECT_EQ(ParseError::UnsupportedVersion, errorOf("GET / HTTP/1.2\r\n"));
  EXPECT_EQ(ParseError::BadVersion, errorOf("GET / HTTP/1.x\r\n"));
  EXPECT_EQ(ParseError::BadVersion, errorOf("GET / http/1.1\r\n"));
  EXPECT_EQ(ParseError::BadRequestLine, errorOf("GET /\r\n\r\n"));
  EXPECT_EQ(ParseError::BadRequestLine, errorOf("GET  / HTTP/1.1\r\n"));
  EXPECT_EQ(ParseError::BadRequestLine, errorOf("GET / HTTP/1.1 \r\n"));
  EXPECT_EQ(ParseError::BadTarget, errorOf("GET /\x7f HTTP/1.1\r\n"));
  EXPECT_EQ(ParseError::BadMethod, errorOf("G(T / HTTP/1.1\r\n"));
  EXPECT_EQ(ParseError::BareLineFeed, errorOf("GET / HTTP/1.1\n\r\n"));
  EXPECT_EQ(ParseError::MethodNotImplemented,
            errorOf("CONNECT a:443 HTTP/1.1\r\n\r\n"));
  EXPECT_EQ(505, parseErrorStatus(ParseError::UnsupportedVersion));
  EXPECT_EQ(501, parseErrorStatus(ParseError::MethodNotImplemented));
}

TEST(HttpParser, LimitsMapToStatuses) {
  ParserLimits limits;
  limits.maxHeaderBytes = 64;
  limits.maxHeaders = 2;
  limits.maxTargetBytes = 10;
  limits.maxBodyBytes = 4;
  EXPECT_EQ(ParseError::TargetTooLong,
            errorOf("GET /0123456789 HTTP/1.1\r\n\r\n", limits));
  EXPECT_EQ(ParseError::TooManyHeaders,
            errorOf("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits));
  EXPECT_EQ(ParseError::HeaderSectionTooLarge,
            errorOf("GET / HTTP/1.1\r\nA: " + std::string(60, 'x') + "\r\n\r\n",
                    limits));
  EXPECT_EQ(ParseError::BodyTooLarge,
            errorOf("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\n", limits));
  EXPECT_EQ(ParseError::BodyTooLarge,
            errorOf("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "3\r\nabc\r\n2\r\n",
                    limits));
  ParseOutcome ok =
      parseEveryWay("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "3\r\nabc\r\n1\r\nd\r\n0\r\n\r\n",
                    limits);
  EXPECT_EQ(ParseError::None, ok.error);
  EXPECT_EQ("abcd", ok.messages.at(0).body);
  EXPECT_EQ(413, parseErrorStatus(ParseError::BodyTooLarge));
  EXPECT_EQ(414, parseErrorStatus(ParseError::TargetTooLong));
  EXPECT_EQ(431, parseErrorStatus(ParseError::HeaderSectionTooLarge));
  EXPECT_EQ(431, parseErrorStatus(ParseError::TooManyHeaders));
  // A stream of empty lines is still bounded by the header limit.
  std::string emptyLines;
  for (int i = 0; i < 100; ++i)
    emptyLines += "\r\n";
  EXPECT_EQ(ParseError::HeaderSectionTooLarge, errorOf(emptyLines, limits));
}

TEST(HttpParser, ErrorsAreSticky) {
  std::vector<HeaderField> store(100);
  RequestParser parser(ParserLimits(), store.data());
  const uint8_t bad[] = "GET / HTTP/9.9\r\n";
  size_t consumed = 0;
  EXPECT_EQ(ParseEvent::Error, parser.next(bad, sizeof bad - 1, &consumed));
  const uint8_t good[] = "GET / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(ParseEvent::Error, parser.next(good, sizeof good - 1, &consumed));
  EXPECT_EQ(ParseError::UnsupportedVersion, parser.error());
  EXPECT_STREQ("unsupported HTTP version",
               parseErrorMessage(ParseError::UnsupportedVersion));
}

} // namespace
