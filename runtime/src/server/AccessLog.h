//===- AccessLog.h - One line per request on stdout -------------*- C++ -*-===//
//
// Each worker owns an AccessLog: record() formats one line in the Common
// Log Format (`peer - - [22/Nov/2026:03:23:24 +0000] "GET /x HTTP/1.1" 200
// 12`, the byte count being the body bytes sent) into the worker's buffer,
// and flush() writes the buffer to stdout in write() calls of whole lines
// of at most PIPE_BUF bytes, so lines from different workers never
// interleave, even on a pipe. Request targets are truncated and bytes
// outside printable ASCII, quotes and backslashes are escaped as \xHH.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SERVER_ACCESSLOG_H
#define KILN_SERVER_ACCESSLOG_H

#include "server/Server.h"

#include <stddef.h>
#include <sys/socket.h>
#include <time.h>

namespace kiln::server {

class AccessLog {
public:
  /// The longest line written (a longer target is cut short).
  static constexpr size_t kMaxLine = 2048;

  void record(const char *peer, time_t now, const ServerRequest &request,
              int status, uint64_t bodyBytes);
  /// Writes the buffered lines to stdout (fd 1).
  void flush();
  ~AccessLog() { flush(); }

  /// Formats one line (with its newline) into `out`, which has kMaxLine
  /// bytes; returns its length.
  static size_t formatLine(char *out, const char *peer, time_t now,
                           const ServerRequest &request, int status,
                           uint64_t bodyBytes);

private:
  static constexpr size_t kCapacity = 32 * 1024;
  char buffer_[kCapacity];
  size_t size_ = 0;
};

/// The numeric host of a socket address ("-" when unknown).
void formatPeer(const sockaddr_storage &address, char *out, size_t capacity);

} // namespace kiln::server

#endif // KILN_SERVER_ACCESSLOG_H
