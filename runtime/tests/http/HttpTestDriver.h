//===- HttpTestDriver.h - Run the request parser over a byte string -*- C++
//-*-//
//
// Feeds a whole input to kiln::http::RequestParser the way a connection
// would, `step` bytes at a time (0: all at once), keeping unconsumed bytes
// and appending new ones, and records what it parsed: each request's
// method, target, fields (trailers appended), body, whether it completed
// and keeps the connection alive, and the error that stopped it. The HTTP
// unit tests compare these records across split points and with the
// llhttp fixtures' expectations.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_TESTS_HTTPTESTDRIVER_H
#define KILN_TESTS_HTTPTESTDRIVER_H

#include "http/RequestParser.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace kiln::http::test {

struct ParsedMessage {
  std::string method, target;
  int versionMinor = 1;
  std::vector<std::pair<std::string, std::string>> fields;
  std::string body;
  bool complete = false;
  bool keepAlive = true;
  bool operator==(const ParsedMessage &) const = default;
};

struct ParseOutcome {
  std::vector<ParsedMessage> messages;
  ParseError error = ParseError::None;
  bool operator==(const ParseOutcome &) const = default;
};

inline ParseOutcome parseAll(const std::string &input, size_t step = 0,
                             const ParserLimits &limits = ParserLimits()) {
  std::vector<HeaderField> store(limits.maxHeaders);
  RequestParser parser(limits, store.data());
  ParseOutcome out;
  const auto *bytes = reinterpret_cast<const uint8_t *>(input.data());
  size_t start = 0;
  size_t end =
      step == 0 ? input.size() : (input.size() < step ? input.size() : step);
  auto text = [&](Span s) {
    return std::string(input.data() + start + s.offset, s.length);
  };
  // Every call either consumes bytes, reports an event or waits for more
  // input, so this bound only catches a parser that loops.
  for (size_t guard = 0; guard < 4 * input.size() + 64; ++guard) {
    size_t consumed = 0;
    ParseEvent event = parser.next(bytes + start, end - start, &consumed);
    const Request &r = parser.request();
    switch (event) {
    case ParseEvent::HeadersComplete: {
      ParsedMessage m;
      m.method = text(r.method);
      m.target = text(r.target);
      m.versionMinor = r.versionMinor;
      m.keepAlive = r.keepAlive;
      for (uint32_t i = 0; i < r.headerCount; ++i)
        m.fields.emplace_back(text(r.headers[i].name),
                              text(r.headers[i].value));
      out.messages.push_back(m);
      break;
    }
    case ParseEvent::BodyData:
      out.messages.back().body += text(parser.body());
      break;
    case ParseEvent::MessageComplete:
      for (uint32_t i = r.trailerBegin; i < r.headerCount; ++i)
        out.messages.back().fields.emplace_back(text(r.headers[i].name),
                                                text(r.headers[i].value));
      out.messages.back().complete = true;
      break;
    case ParseEvent::Error:
      out.error = parser.error();
      return out;
    case ParseEvent::NeedMore:
      break;
    }
    start += consumed;
    if (event == ParseEvent::NeedMore) {
      if (end == input.size())
        return out;
      end = step == 0 ? input.size()
                      : (input.size() - end < step ? input.size() : end + step);
    }
  }
  ADD_FAILURE() << "the parser made no progress";
  return out;
}

} // namespace kiln::http::test

#endif // KILN_TESTS_HTTPTESTDRIVER_H
