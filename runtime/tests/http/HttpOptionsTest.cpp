//===- HttpOptionsTest.cpp - The server's command line --------------------===//
//
// Unit tests of server/Options.h: every kind of option in both `--name
// value` and `--name=value` forms, PORT from the environment and its
// precedence, range and syntax errors with their messages, --help, the
// help text generated from Options.def, and the default worker count.
//
//===----------------------------------------------------------------------===//
#include "server/Options.h"

#include <gtest/gtest.h>

#include <sched.h>
#include <string.h>

#include <string>
#include <vector>

using namespace kiln::server;

namespace {

struct Parsed {
  OptionsResult result;
  ServerOptions options;
  std::string message;
};

Parsed parse(std::vector<const char *> args, const char *portEnv = nullptr) {
  args.insert(args.begin(), "server");
  Parsed p;
  char message[256] = "";
  p.result = parseServerOptions(int(args.size()), args.data(), portEnv,
                                p.options, message, sizeof message);
  p.message = message;
  return p;
}

TEST(HttpOptions, DefaultsWhenNothingIsGiven) {
  Parsed p = parse({});
  ASSERT_EQ(OptionsResult::Run, p.result) << p.message;
  ServerOptions defaults;
  EXPECT_STREQ(defaults.host, p.options.host);
  EXPECT_EQ(8080, p.options.port);
  EXPECT_EQ(0u, p.options.workers);
  EXPECT_FALSE(p.options.accessLog);
  EXPECT_FALSE(p.options.serverTiming);
  EXPECT_TRUE(p.options.gzip);
}

TEST(HttpOptions, EveryKindInBothForms) {
  Parsed p = parse({"--host", "0.0.0.0", "--port=9000", "--workers", "3",
                    "--access-log", "--server-timing", "--no-gzip",
                    "--max-body-bytes=5000000", "--max-headers", "20",
                    "--idle-timeout", "1500", "--handler-timeout=0",
                    "--gzip-min-bytes", "10"});
  ASSERT_EQ(OptionsResult::Run, p.result) << p.message;
  EXPECT_STREQ("0.0.0.0", p.options.host);
  EXPECT_EQ(9000, p.options.port);
  EXPECT_EQ(3u, p.options.workers);
  EXPECT_TRUE(p.options.accessLog);
  EXPECT_TRUE(p.options.serverTiming);
  EXPECT_FALSE(p.options.gzip);
  EXPECT_EQ(5000000u, p.options.limits.maxBodyBytes);
  EXPECT_EQ(20u, p.options.limits.maxHeaders);
  EXPECT_EQ(1500u, p.options.idleTimeoutMs);
  EXPECT_EQ(0u, p.options.handlerTimeoutMs);
  EXPECT_EQ(10u, p.options.gzipMinBytes);
}

TEST(HttpOptions, PortFromTheEnvironment) {
  EXPECT_EQ(7000, parse({}, "7000").options.port);
  EXPECT_EQ(7001, parse({"--port", "7001"}, "7000").options.port);
  Parsed bad = parse({}, "http");
  EXPECT_EQ(OptionsResult::Error, bad.result);
  EXPECT_EQ("invalid PORT 'http' in the environment: expected 0-65535",
            bad.message);
}

TEST(HttpOptions, BadValuesAreErrors) {
  struct Case {
    std::vector<const char *> args;
    const char *message;
  } cases[] = {
      {{"--port", "65536"}, "invalid --port '65536': expected 0-65535"},
      {{"--port", "-1"}, "invalid --port '-1': expected 0-65535"},
      {{"--port", "80x"}, "invalid --port '80x': expected 0-65535"},
      {{"--port="}, "invalid --port '': expected 0-65535"},
      {{"--workers", "0"}, "invalid --workers '0': expected 1-4096"},
      {{"--workers", "99999999999999999999999"},
       "invalid --workers '99999999999999999999999': expected 1-4096"},
      {{"--port"}, "--port needs a value"},
      {{"--host="}, "--host needs a non-empty value"},
      {{"--access-log=yes"}, "--access-log takes no value"},
      {{"--verbose"}, "unknown option '--verbose' (see --help)"},
      {{"serve"}, "unknown option 'serve' (see --help)"},
  };
  for (const Case &c : cases) {
    Parsed p = parse(c.args);
    EXPECT_EQ(OptionsResult::Error, p.result) << c.message;
    EXPECT_EQ(c.message, p.message);
  }
}

TEST(HttpOptions, HelpListsEveryOptionWithItsDefault) {
  EXPECT_EQ(OptionsResult::Help, parse({"--port", "1", "--help"}).result);
  char text[8192];
  size_t length = formatServerUsage("server", text, sizeof text);
  ASSERT_LT(length, sizeof text);
  std::string help(text);
  EXPECT_EQ(0u, help.find("usage: server [options]\n")) << help;
  for (const char *needle :
       {"--host ADDR", "(default: 127.0.0.1)", "--port N", "(default: 8080)",
        "--workers N", "--access-log", "--server-timing", "--no-gzip",
        "--max-body-bytes N", "(default: 1048576)", "--handler-timeout MS",
        "(default: 30000)", "--help"})
    EXPECT_NE(std::string::npos, help.find(needle)) << needle << "\n" << help;
  // A small buffer gets a truncated, terminated text and the full length.
  char small[16];
  EXPECT_EQ(length, formatServerUsage("server", small, sizeof small));
  EXPECT_EQ(15u, strlen(small));
}

TEST(HttpOptions, DefaultWorkerCountIsTheAffinityMask) {
  cpu_set_t set;
  ASSERT_EQ(0, sched_getaffinity(0, sizeof set, &set));
  EXPECT_EQ(unsigned(CPU_COUNT(&set)), defaultWorkerCount());
}

} // namespace
