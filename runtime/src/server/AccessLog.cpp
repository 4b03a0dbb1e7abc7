//===- AccessLog.cpp - One line per request on stdout ---------------------===//
//
// Line formatting without the C library's locale-dependent time formatting
// (the month names are fixed English abbreviations, the zone is always
// UTC) and a flush that keeps every write() to whole lines within
// PIPE_BUF.
//
//===----------------------------------------------------------------------===//
#include "server/AccessLog.h"

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

namespace kiln::server {

namespace {

/// Appends `text[0, length)` escaped, stopping at `limit`.
size_t appendEscaped(char *out, size_t used, size_t limit, const char *text,
                     size_t length) {
  for (size_t i = 0; i < length; ++i) {
    auto c = uint8_t(text[i]);
    bool plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
    if (used + (plain ? 1 : 4) > limit)
      break;
    if (plain) {
      out[used++] = char(c);
    } else {
      out[used++] = '\\';
      out[used++] = 'x';
      out[used++] = "0123456789abcdef"[c >> 4];
      out[used++] = "0123456789abcdef"[c & 15];
    }
  }
  return used;
}

} // namespace

size_t AccessLog::formatLine(char *out, const char *peer, time_t now,
                             const ServerRequest &request, int status,
                             uint64_t bodyBytes) {
  static const char kMonths[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  tm t;
  gmtime_r(&now, &t);
  int n =
      snprintf(out, kMaxLine, "%s - - [%02d/%.3s/%04d:%02d:%02d:%02d +0000] \"",
               peer, t.tm_mday, kMonths + 3 * t.tm_mon, t.tm_year + 1900,
               t.tm_hour, t.tm_min, t.tm_sec);
  size_t used = n > 0 ? size_t(n) : 0;
  // Room for the rest of the line: version, status, size and newline.
  const size_t limit = kMaxLine - 64;
  used = appendEscaped(out, used, limit, request.method, request.methodLength);
  out[used++] = ' ';
  used = appendEscaped(out, used, limit, request.target, request.targetLength);
  n = snprintf(out + used, kMaxLine - used, " HTTP/1.%u\" %d %llu\n",
               unsigned(request.versionMinor), status,
               (unsigned long long)bodyBytes);
  return used + (n > 0 ? size_t(n) : 0);
}

void AccessLog::record(const char *peer, time_t now,
                       const ServerRequest &request, int status,
                       uint64_t bodyBytes) {
  if (kCapacity - size_ < kMaxLine)
    flush();
  size_ += formatLine(buffer_ + size_, peer, now, request, status, bodyBytes);
}

void AccessLog::flush() {
  static_assert(kMaxLine <= PIPE_BUF, "a line must fit one atomic write");
  size_t start = 0;
  while (start < size_) {
    // The longest run of whole lines within PIPE_BUF.
    size_t end = start;
    for (size_t i = start; i < size_ && i - start < PIPE_BUF; ++i)
      if (buffer_[i] == '\n')
        end = i + 1;
    ssize_t n = write(1, buffer_ + start, end - start);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break; // stdout is gone: drop the log rather than block the worker
    start += size_t(n);
  }
  size_ = 0;
}

void formatPeer(const sockaddr_storage &address, char *out, size_t capacity) {
  const void *bytes = nullptr;
  if (address.ss_family == AF_INET)
    bytes = &reinterpret_cast<const sockaddr_in *>(&address)->sin_addr;
  else if (address.ss_family == AF_INET6)
    bytes = &reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_addr;
  if (!bytes || !inet_ntop(address.ss_family, bytes, out, socklen_t(capacity)))
    snprintf(out, capacity, "-");
}

} // namespace kiln::server
