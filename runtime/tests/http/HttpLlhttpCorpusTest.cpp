//===- HttpLlhttpCorpusTest.cpp - The request parser on llhttp's fixtures -===//
//
// Reads every case of the llhttp request fixtures (markdown: a raw message
// with escapes, then the parser events expected or an `error` line) from
// KILN_CORPUS_DIR (default: ../shared/corpus beside the repository) and
// checks kiln::http::RequestParser against it: a rejected case must be
// rejected; an accepted one must yield the same requests (method, target,
// fields with trailers, body) — unless LlhttpExpectations.def records,
// with a reason, that Kiln decides otherwise. Every case is also parsed one
// byte at a time and must give exactly the result of parsing it whole.
//
//===----------------------------------------------------------------------===//
#include "HttpTestDriver.h"

#include <gtest/gtest.h>

#include <dirent.h>
#include <stdlib.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace kiln::http;
using namespace kiln::http::test;

namespace {

struct Fixture {
  std::string file, heading, type, raw;
  ParseOutcome expected;
  bool expectError = false;
};

std::string corpusDir() {
  if (const char *dir = getenv("KILN_CORPUS_DIR"))
    return dir;
  std::string self = __FILE__; // <repo>/runtime/tests/unit/<this file>
  for (int i = 0; i < 4; ++i)
    self = self.substr(0, self.rfind('/'));
  return self + "/../shared/corpus";
}

/// Appends code point `c` (below 0x100) as UTF-8, as the fixtures' own
/// runner encodes its input.
void appendCodePoint(std::string &out, int c) {
  if (c < 0x80) {
    out += char(c);
  } else {
    out += char(0xc0 | (c >> 6));
    out += char(0x80 | (c & 0x3f));
  }
}

/// The fixture escapes: a real newline is CRLF, backslash-newline joins
/// lines, and \r \n \t \f \xHH and octal \NNN stand for characters.
std::string decodeRaw(const std::string &block) {
  std::string out;
  for (size_t i = 0; i < block.size(); ++i) {
    char c = block[i];
    if (c == '\n') {
      out += "\r\n";
      continue;
    }
    if (c != '\\' || i + 1 == block.size()) {
      out += c;
      continue;
    }
    char e = block[++i];
    switch (e) {
    case '\n':
      break;
    case 'r':
      out += '\r';
      break;
    case 'n':
      out += '\n';
      break;
    case 't':
      out += '\t';
      break;
    case 'f':
      out += '\f';
      break;
    case 'x':
      appendCodePoint(out,
                      int(strtol(block.substr(i + 1, 2).c_str(), nullptr, 16)));
      i += 2;
      break;
    default:
      if (e >= '0' && e <= '7') {
        int value = 0, digits = 0;
        while (digits < 3 && i < block.size() && block[i] >= '0' &&
               block[i] <= '7') {
          value = value * 8 + (block[i] - '0');
          ++i, ++digits;
        }
        --i;
        appendCodePoint(out, value);
      } else {
        out += '\\';
        out += e;
      }
    }
  }
  return out;
}

std::string trimWhitespace(std::string s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

/// The requests the llhttp event log describes, built from its spans.
void readLog(const std::vector<std::string> &log, Fixture &f) {
  ParsedMessage *m = nullptr;
  std::string field, value;
  for (const std::string &line : log) {
    size_t off = strtoul(line.c_str() + 4, nullptr, 10);
    if (line.find(" message begin") != std::string::npos) {
      f.expected.messages.emplace_back();
      m = &f.expected.messages.back();
    } else if (line.find(" error code=") != std::string::npos) {
      f.expectError = true;
    } else if (m && line.find(" message complete") != std::string::npos) {
      m->complete = true;
    } else if (m && line.find(" header_value complete") != std::string::npos) {
      m->fields.emplace_back(field, trimWhitespace(value));
      field.clear(), value.clear();
    } else if (size_t at = line.find(" span["); m && at != std::string::npos) {
      size_t len = strtoul(line.c_str() + line.find("len=") + 4, nullptr, 10);
      std::string kind = line.substr(at + 6, line.find(']', at) - at - 6);
      std::string bytes = f.raw.substr(off, len);
      if (kind == "method")
        m->method += bytes;
      else if (kind == "url")
        m->target += bytes;
      else if (kind == "header_field")
        field += bytes;
      else if (kind == "header_value")
        value += bytes;
      else if (kind == "body")
        m->body += bytes;
    }
  }
}

std::vector<Fixture> readFixtures(const std::string &dir) {
  std::vector<std::string> files;
  if (DIR *d = opendir(dir.c_str())) {
    while (dirent *e = readdir(d)) {
      std::string name = e->d_name;
      if (name.size() > 3 && name.substr(name.size() - 3) == ".md")
        files.push_back(name);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  std::vector<Fixture> fixtures;
  for (const std::string &file : files) {
    std::ifstream in(dir + "/" + file);
    std::string line, heading, type;
    while (std::getline(in, line)) {
      if (line.rfind("#", 0) == 0) {
        heading = line.substr(line.find_first_not_of("# "));
      } else if (line.rfind("<!-- meta=", 0) == 0) {
        size_t t = line.find("\"type\"");
        size_t q1 = line.find('"', line.find(':', t) + 1);
        type = line.substr(q1 + 1, line.find('"', q1 + 1) - q1 - 1);
      } else if (line == "```http") {
        std::string block;
        bool first = true;
        while (std::getline(in, line) && line != "```") {
          block += (first ? "" : "\n") + line;
          first = false;
        }
        Fixture f{file, heading, type, decodeRaw(block), {}, false};
        std::vector<std::string> log;
        while (std::getline(in, line) && line != "```log") {
        }
        while (std::getline(in, line) && line != "```")
          log.push_back(line);
        readLog(log, f);
        fixtures.push_back(f);
      }
    }
  }
  return fixtures;
}

enum class Outcome { Accept, AcceptOther, Reject };

struct Expectation {
  const char *file, *heading;
  Outcome outcome;
  const char *reason;
  bool used;
};

Expectation kExpectations[] = {
#define KILN_LLHTTP_EXPECT(File, Heading, Kind, Reason)                        \
  {File, Heading, Outcome::Kind, Reason, false},
#include "LlhttpExpectations.def"
    {nullptr, nullptr, Outcome::Accept, nullptr, false}};

std::string describe(const ParseOutcome &o) {
  std::ostringstream s;
  for (const ParsedMessage &m : o.messages) {
    s << "[" << m.method << " " << m.target << " 1." << m.versionMinor
      << (m.complete ? " complete" : " partial") << " fields:";
    for (auto &[n, v] : m.fields)
      s << " " << n << "=" << v;
    s << " body(" << m.body.size() << ")=" << m.body << "] ";
  }
  s << "error=" << parseErrorName(o.error);
  return s.str();
}

TEST(HttpLlhttpCorpus, RequestFixtures) {
  std::string dir = corpusDir() + "/http1/llhttp/test/request";
  std::vector<Fixture> fixtures = readFixtures(dir);
  if (fixtures.empty())
    GTEST_SKIP() << "no llhttp request fixtures in " << dir
                 << " (set KILN_CORPUS_DIR)";
  int accepted = 0, rejected = 0;
  for (const Fixture &f : fixtures) {
    SCOPED_TRACE(f.file + ": " + f.heading + " (" + f.type + ")");
    ParseOutcome whole = parseAll(f.raw);
    ParseOutcome bytewise = parseAll(f.raw, 1);
    EXPECT_EQ(describe(whole), describe(bytewise))
        << "parsing byte by byte differs from parsing the whole input";
    Outcome outcome = f.expectError ? Outcome::Reject : Outcome::Accept;
    bool llhttpAgrees = true;
    for (Expectation *e = kExpectations; e->file; ++e)
      if (f.file == e->file && f.heading == e->heading) {
        outcome = e->outcome;
        llhttpAgrees = false;
        e->used = true;
      }
    bool gotError = whole.error != ParseError::None;
    if (outcome == Outcome::Reject) {
      EXPECT_TRUE(gotError) << "expected a rejection, got " << describe(whole);
      ++rejected;
      continue;
    }
    ++accepted;
    EXPECT_FALSE(gotError) << "expected acceptance, got " << describe(whole);
    if (gotError || !llhttpAgrees)
      continue;
    // Compare the requests llhttp completed.
    std::vector<ParsedMessage> got, want;
    for (const ParsedMessage &m : whole.messages)
      if (m.complete)
        got.push_back(m);
    for (const ParsedMessage &m : f.expected.messages)
      if (m.complete)
        want.push_back(m);
    EXPECT_EQ(want.size(), got.size())
        << "complete requests; got " << describe(whole);
    if (want.size() != got.size())
      continue;
    for (size_t i = 0; i < want.size(); ++i) {
      EXPECT_EQ(want[i].method, got[i].method);
      EXPECT_EQ(want[i].target, got[i].target);
      EXPECT_EQ(want[i].fields, got[i].fields) << describe(whole);
      EXPECT_EQ(want[i].body, got[i].body);
    }
  }
  for (Expectation *e = kExpectations; e->file; ++e)
    EXPECT_TRUE(e->used) << "LlhttpExpectations.def: no fixture " << e->file
                         << ": " << e->heading;
  RecordProperty("accepted", accepted);
  RecordProperty("rejected", rejected);
  printf("llhttp request fixtures: %zu cases, %d accepted, %d rejected\n",
         fixtures.size(), accepted, rejected);
}

} // namespace
