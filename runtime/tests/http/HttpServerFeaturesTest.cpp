//===- HttpServerFeaturesTest.cpp - Framing, gzip, logs, time limit -------===//
//
// Runs kiln::server::runServer in a forked child on a free 127.0.0.1 port
// with the access log, Server-Timing and a short handler time limit on,
// and a C handler with one route per feature: bodies of unknown length
// (chunked for HTTP/1.1, close-delimited for HTTP/1.0), gzip negotiation
// (bodies inflated and compared), the access log read from the child's
// stdout (in any order across workers), and a handler that spins until the
// watchdog sets its interrupt flag (503). The child is stopped by its PID in
// TearDown.
//
//===----------------------------------------------------------------------===//
#include "server/Server.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

using namespace kiln::server;

namespace {

int gPortPipe = -1;

void reportPort(uint16_t port) {
  if (write(gPortPipe, &port, sizeof port) != sizeof port)
    _exit(3);
}

std::string bigText() {
  std::string s;
  for (int i = 0; s.size() < 5000; ++i)
    s += "line " + std::to_string(i) + " of a compressible body\n";
  return s;
}

void featureHandler(void *, const ServerRequest &request,
                    ServerResponse &response) {
  std::string target(request.target, request.targetLength);
  if (target == "/stream") {
    response.header("Content-Type", "application/octet-stream");
    response.setLengthUnknown();
    for (const char *piece : {"alpha", "beta", "gamma"})
      response.write(piece, strlen(piece));
  } else if (target == "/empty-stream") {
    response.setLengthUnknown();
  } else if (target == "/text" || target == "/text-stream") {
    response.header("Content-Type", "text/html; charset=utf-8");
    if (target == "/text-stream")
      response.setLengthUnknown();
    std::string s = bigText();
    response.write(s.data(), s.size());
  } else if (target == "/png" || target == "/encoded" || target == "/small") {
    response.header("Content-Type",
                    target == "/png" ? "image/png" : "text/plain");
    if (target == "/encoded")
      response.header("Content-Encoding", "identity");
    std::string s = target == "/small" ? "tiny" : bigText();
    response.write(s.data(), s.size());
  } else if (target == "/spin") {
    volatile bool *flag = interruptFlag();
    while (flag && !*flag) {
    }
    response.write("finished anyway", 15);
  } else if (target == "/spin-redirected") {
    // As a VM would: the watchdog sets a flag the handler owns.
    static thread_local volatile bool vmFlag = false;
    redirectInterruptFlag(&vmFlag);
    bool same = interruptFlag() == &vmFlag;
    while (same && !vmFlag) {
    }
    redirectInterruptFlag(nullptr);
    response.write(same ? "interrupted" : "not redirected", same ? 11 : 14);
  } else if (target == "/flag") {
    volatile bool *flag = interruptFlag();
    const char *state = !flag ? "none" : *flag ? "set" : "clear";
    response.write(state, strlen(state));
  } else {
    response.write("ok", 2);
  }
}

class HttpServerFeatures : public ::testing::Test {
protected:
  void SetUp() override {
    int ports[2], log[2];
    ASSERT_EQ(0, pipe(ports));
    ASSERT_EQ(0, pipe(log));
    pid_ = fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      close(ports[0]);
      close(log[0]);
      dup2(log[1], 1);
      gPortPipe = ports[1];
      ServerOptions o;
      o.port = 0;
      o.workers = 2;
      o.handler = featureHandler;
      o.onListening = reportPort;
      o.accessLog = true;
      o.serverTiming = true;
      o.handlerTimeoutMs = 100;
      _exit(runServer(o));
    }
    close(ports[1]);
    close(log[1]);
    logFd_ = log[0];
    ASSERT_EQ(ssize_t(sizeof port_), read(ports[0], &port_, sizeof port_));
    close(ports[0]);
  }

  void TearDown() override {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (logFd_ >= 0)
      close(logFd_);
  }

  /// Sends one request and reads until the server closes the connection.
  std::string exchange(const std::string &request) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port_);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(0, connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a));
    timeval tv{10, 0}; // a broken server fails the test instead of hanging
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    EXPECT_EQ(ssize_t(request.size()),
              send(fd, request.data(), request.size(), MSG_NOSIGNAL));
    std::string response;
    char buffer[4096];
    ssize_t n;
    while ((n = recv(fd, buffer, sizeof buffer, 0)) > 0)
      response.append(buffer, size_t(n));
    close(fd);
    return response;
  }

  std::string get(const std::string &target, const std::string &headers = "",
                  const char *version = "HTTP/1.1") {
    return exchange("GET " + target + " " + version + "\r\n" + headers +
                    "Connection: close\r\n\r\n");
  }

  /// The next access log line (without its newline), "" after 10 s.
  std::string nextLogLine() {
    for (;;) {
      size_t nl = log_.find('\n');
      if (nl != std::string::npos) {
        std::string line = log_.substr(0, nl);
        log_.erase(0, nl + 1);
        return line;
      }
      pollfd p{logFd_, POLLIN, 0};
      char buffer[4096];
      ssize_t n;
      if (poll(&p, 1, 10000) <= 0 ||
          (n = read(logFd_, buffer, sizeof buffer)) <= 0)
        return "";
      log_.append(buffer, size_t(n));
    }
  }

  pid_t pid_ = -1;
  uint16_t port_ = 0;
  int logFd_ = -1;
  std::string log_;
};

std::string headOf(const std::string &r) {
  return r.substr(0, r.find("\r\n\r\n") + 2);
}
std::string bodyOf(const std::string &r) {
  return r.substr(r.find("\r\n\r\n") + 4);
}
bool hasField(const std::string &r, const std::string &line) {
  return headOf(r).find("\r\n" + line + "\r\n") != std::string::npos;
}

/// Removes chunked framing; "<bad framing>" if it is not well formed.
std::string dechunk(const std::string &body, int *chunks = nullptr) {
  std::string out;
  size_t p = 0;
  int count = 0;
  for (;;) {
    size_t eol = body.find("\r\n", p);
    if (eol == std::string::npos)
      return "<bad framing>";
    size_t size = std::stoul(body.substr(p, eol - p), nullptr, 16);
    p = eol + 2;
    if (size == 0)
      break;
    if (body.compare(p + size, 2, "\r\n") != 0)
      return "<bad framing>";
    out += body.substr(p, size);
    p += size + 2;
    ++count;
  }
  if (body.substr(p) != "\r\n")
    return "<bad framing>";
  if (chunks)
    *chunks = count;
  return out;
}

std::string gunzip(const std::string &data) {
  z_stream z{};
  inflateInit2(&z, 15 + 16);
  z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
  z.avail_in = uInt(data.size());
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
  return rc == Z_STREAM_END ? out : "<not gzip>";
}

TEST_F(HttpServerFeatures, UnknownLengthIsChunkedForHttp11) {
  std::string r = get("/stream");
  EXPECT_TRUE(hasField(r, "Transfer-Encoding: chunked")) << r;
  EXPECT_EQ(std::string::npos, r.find("Content-Length")) << r;
  int chunks = 0;
  EXPECT_EQ("alphabetagamma", dechunk(bodyOf(r), &chunks)) << r;
  EXPECT_EQ(3, chunks) << "one chunk per write";
  r = get("/empty-stream");
  EXPECT_TRUE(hasField(r, "Transfer-Encoding: chunked")) << r;
  EXPECT_EQ("0\r\n\r\n", bodyOf(r));
  r = exchange("HEAD /stream HTTP/1.1\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(hasField(r, "Transfer-Encoding: chunked")) << r;
  EXPECT_EQ("", bodyOf(r));
}

TEST_F(HttpServerFeatures, UnknownLengthIsCloseDelimitedForHttp10) {
  // Even when the client asks to keep the connection.
  std::string r = exchange("GET /stream HTTP/1.0\r\nConnection: "
                           "keep-alive\r\n\r\n");
  EXPECT_TRUE(hasField(r, "Connection: close")) << r;
  EXPECT_EQ(std::string::npos, r.find("Transfer-Encoding")) << r;
  EXPECT_EQ(std::string::npos, r.find("Content-Length")) << r;
  EXPECT_EQ("alphabetagamma", bodyOf(r));
}

TEST_F(HttpServerFeatures, GzipWhenAcceptedAndCompressible) {
  std::string text = bigText();
  std::string r = get("/text", "Accept-Encoding: br, gzip;q=0.8\r\n");
  EXPECT_TRUE(hasField(r, "Content-Encoding: gzip")) << headOf(r);
  EXPECT_TRUE(hasField(r, "Vary: Accept-Encoding")) << headOf(r);
  std::string body = bodyOf(r);
  EXPECT_TRUE(hasField(r, "Content-Length: " + std::to_string(body.size())))
      << headOf(r);
  EXPECT_LT(body.size(), text.size());
  EXPECT_EQ(text, gunzip(body));
  // `*` allows gzip; a streamed body is compressed, then chunked.
  r = get("/text-stream", "Accept-Encoding: *\r\n");
  EXPECT_TRUE(hasField(r, "Content-Encoding: gzip")) << headOf(r);
  EXPECT_TRUE(hasField(r, "Transfer-Encoding: chunked")) << headOf(r);
  EXPECT_EQ(text, gunzip(dechunk(bodyOf(r))));
}

TEST_F(HttpServerFeatures, NoGzipWhenRefusedOrNotWorthIt) {
  std::string text = bigText();
  struct Case {
    const char *target, *acceptEncoding;
    bool vary;
  } cases[] = {
      {"/text", "gzip;q=0", true},    // refused
      {"/text", "*, gzip;q=0", true}, // refused despite `*`
      {"/text", nullptr, true},       // nothing accepted
      {"/png", "gzip", false},        // not compressible
      {"/encoded", "gzip", false},    // handler chose a coding
      {"/small", "gzip", false},      // below the threshold
  };
  for (const Case &c : cases) {
    std::string headers = c.acceptEncoding ? std::string("Accept-Encoding: ") +
                                                 c.acceptEncoding + "\r\n"
                                           : "";
    std::string r = get(c.target, headers);
    EXPECT_EQ(std::string::npos, r.find("Content-Encoding: gzip"))
        << c.target << " " << headOf(r);
    EXPECT_EQ(c.vary, hasField(r, "Vary: Accept-Encoding"))
        << c.target << " " << headOf(r);
    EXPECT_EQ(std::string(c.target) == "/small" ? "tiny" : text, bodyOf(r))
        << c.target;
  }
}

TEST_F(HttpServerFeatures, ServerTimingHeader) {
  std::string r = get("/");
  std::smatch m;
  std::string head = headOf(r);
  EXPECT_TRUE(std::regex_search(
      head, m,
      std::regex("\r\nServer-Timing: parse;dur=[0-9]+\\.[0-9]{3}, "
                 "handler;dur=[0-9]+\\.[0-9]{3}, "
                 "serialize;dur=[0-9]+\\.[0-9]{3}\r\n")))
      << head;
}

TEST_F(HttpServerFeatures, AccessLogHasOneLinePerRequest) {
  get("/stream");
  get("/odd%22\"path?q=1");
  exchange("POST /missing HTTP/1.0\r\nContent-Length: 0\r\n\r\n");
  std::regex line("127\\.0\\.0\\.1 - - \\[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:"
                  "[0-9]{2}:[0-9]{2}:[0-9]{2} \\+0000\\] \"(.*)\" ([0-9]+) "
                  "([0-9]+)");
  // Each worker writes its own lines, so requests served by different
  // workers may be logged in either order: compare them sorted.
  std::vector<std::string> expected = {
      "GET /odd%22\\x22path?q=1 HTTP/1.1|200|2", "GET /stream HTTP/1.1|200|14",
      "POST /missing HTTP/1.0|200|2"};
  std::vector<std::string> got;
  for (size_t i = 0; i < expected.size(); ++i) {
    std::string text = nextLogLine();
    std::smatch m;
    ASSERT_TRUE(std::regex_match(text, m, line)) << text;
    got.push_back(m[1].str() + "|" + m[2].str() + "|" + m[3].str());
  }
  std::sort(got.begin(), got.end());
  EXPECT_EQ(expected, got);
}

TEST_F(HttpServerFeatures, HandlerOverTheTimeLimitGets503) {
  EXPECT_EQ("clear", bodyOf(get("/flag")));
  std::string r = get("/spin");
  EXPECT_EQ(0u, r.find("HTTP/1.1 503 Service Unavailable\r\n")) << r;
  EXPECT_EQ(std::string::npos, r.find("finished anyway")) << r;
  // The worker keeps serving, and its flag is clear for the next call.
  for (int i = 0; i < 4; ++i)
    EXPECT_EQ("clear", bodyOf(get("/flag")));
  r = get("/spin-redirected");
  EXPECT_EQ(0u, r.find("HTTP/1.1 503 ")) << r;
  EXPECT_EQ("clear", bodyOf(get("/flag")));
  // Pipelined after a spinning request on one connection: both answered.
  r = exchange("GET /spin HTTP/1.1\r\n\r\nGET /flag HTTP/1.1\r\n"
               "Connection: close\r\n\r\n");
  EXPECT_EQ(0u, r.find("HTTP/1.1 503 ")) << r;
  EXPECT_EQ(std::string::npos, r.find("Connection: close\r\n\r\n1")) << r;
  EXPECT_EQ("clear", r.substr(r.size() - 5)) << r;
}

} // namespace
