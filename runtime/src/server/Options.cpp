//===- Options.cpp - The server's command line ----------------------------===//
//
// One pass over argv. Each argument is matched against the flags of
// Options.def; a value comes from the same argument after `=` or from the
// next one. Numbers are plain decimal digits (no sign, no spaces, no
// suffixes) within the option's range; the error message says which
// option, what was given and what is allowed.
//
//===----------------------------------------------------------------------===//
#include "server/Options.h"

#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

namespace kiln::server {

namespace {

/// Parses decimal digits into `*value`; false if empty, not digits or
/// above `max`.
bool parseNumber(const char *text, unsigned long long max,
                 unsigned long long *value) {
  if (!*text)
    return false;
  unsigned long long n = 0;
  for (const char *p = text; *p; ++p) {
    if (*p < '0' || *p > '9')
      return false;
    n = n * 10 + unsigned(*p - '0');
    if (n > max)
      return false;
  }
  *value = n;
  return true;
}

void fail(char *message, size_t capacity, const char *format, ...) {
  va_list args;
  va_start(args, format);
  vsnprintf(message, capacity, format, args);
  va_end(args);
}

/// Sets a numeric field, converting to its type (ranges keep it exact).
template <typename T> void assign(T &field, unsigned long long value) {
  field = T(value);
}

} // namespace

unsigned defaultWorkerCount() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) {
    int count = CPU_COUNT(&set);
    if (count > 0)
      return unsigned(count);
  }
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? unsigned(online) : 1;
}

OptionsResult parseServerOptions(int argc, const char *const *argv,
                                 const char *portEnv, ServerOptions &options,
                                 char *message, size_t capacity) {
  if (portEnv) {
    unsigned long long port;
    if (!parseNumber(portEnv, 65535, &port)) {
      fail(message, capacity,
           "invalid PORT '%s' in the environment: expected 0-65535", portEnv);
      return OptionsResult::Error;
    }
    options.port = uint16_t(port);
  }
  for (int i = 1; i < argc; ++i) {
    const char *arg = argv[i];
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
      return OptionsResult::Help;
    const char *equals = strchr(arg, '=');
    size_t nameLength = equals ? size_t(equals - arg) : strlen(arg);
    auto named = [&](const char *flag) {
      return strlen(flag) == nameLength && memcmp(flag, arg, nameLength) == 0;
    };
    // The option's value: after '=' or the next argument.
    auto value = [&](const char *flag) -> const char * {
      if (equals)
        return equals + 1;
      if (i + 1 < argc)
        return argv[++i];
      fail(message, capacity, "%s needs a value", flag);
      return nullptr;
    };
    bool known = false;
#define KILN_SERVER_STRING(Flag, Field, Metavar, Help)                         \
  if (!known && named(Flag)) {                                                 \
    known = true;                                                              \
    const char *text = value(Flag);                                            \
    if (!text)                                                                 \
      return OptionsResult::Error;                                             \
    if (!*text) {                                                              \
      fail(message, capacity, "%s needs a non-empty value", Flag);             \
      return OptionsResult::Error;                                             \
    }                                                                          \
    options.Field = text;                                                      \
  }
#define KILN_SERVER_NUMBER(Flag, Field, Min, Max, Metavar, DefaultText, Help)  \
  if (!known && named(Flag)) {                                                 \
    known = true;                                                              \
    const char *text = value(Flag);                                            \
    if (!text)                                                                 \
      return OptionsResult::Error;                                             \
    unsigned long long number;                                                 \
    if (!parseNumber(text, (unsigned long long)(Max), &number) ||              \
        number < (unsigned long long)(Min)) {                                  \
      fail(message, capacity, "invalid %s '%s': expected %llu-%llu", Flag,     \
           text, (unsigned long long)(Min), (unsigned long long)(Max));        \
      return OptionsResult::Error;                                             \
    }                                                                          \
    assign(options.Field, number);                                             \
  }
#define KILN_SERVER_SWITCH(Flag, Field, Value, Help)                           \
  if (!known && named(Flag)) {                                                 \
    known = true;                                                              \
    if (equals) {                                                              \
      fail(message, capacity, "%s takes no value", Flag);                      \
      return OptionsResult::Error;                                             \
    }                                                                          \
    options.Field = Value;                                                     \
  }
#include "server/Options.def"
    if (!known) {
      fail(message, capacity, "unknown option '%s' (see --help)", arg);
      return OptionsResult::Error;
    }
  }
  return OptionsResult::Run;
}

size_t formatServerUsage(const char *program, char *out, size_t capacity) {
  const ServerOptions defaults;
  size_t used = 0;
  auto add = [&](const char *format, ...) {
    va_list args;
    va_start(args, format);
    int n = vsnprintf(out + (used < capacity ? used : capacity),
                      used < capacity ? capacity - used : 0, format, args);
    va_end(args);
    if (n > 0)
      used += size_t(n);
  };
  if (capacity)
    out[0] = 0;
  add("usage: %s [options]\n\nServes the compiled handler over HTTP/1.1 "
      "until SIGTERM or SIGINT.\n\noptions:\n",
      program);
#define KILN_SERVER_STRING(Flag, Field, Metavar, Help)                         \
  add("  %-26s %s (default: %s)\n", Flag " " Metavar, Help, defaults.Field);
#define KILN_SERVER_NUMBER(Flag, Field, Min, Max, Metavar, DefaultText, Help)  \
  if (DefaultText)                                                             \
    add("  %-26s %s (default: %s)\n", Flag " " Metavar, Help,                  \
        (const char *)(DefaultText));                                          \
  else                                                                         \
    add("  %-26s %s (default: %llu)\n", Flag " " Metavar, Help,                \
        (unsigned long long)defaults.Field);
#define KILN_SERVER_SWITCH(Flag, Field, Value, Help)                           \
  add("  %-26s %s\n", Flag, Help);
#include "server/Options.def"
  add("  %-26s %s\n", "--help", "print this text and exit");
  return used;
}

} // namespace kiln::server
