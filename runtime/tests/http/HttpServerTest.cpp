//===- HttpServerTest.cpp - The event loop over real sockets --------------===//
//
// Runs kiln::server::runServer in a forked child on a free 127.0.0.1 port
// with a C handler that echoes the request, and talks to it with plain
// sockets: keep-alive, pipelining (responses in order), chunked request
// bodies, HEAD, HTTP/1.0, the parser's error statuses with the connection
// closed after them, the header timeout (408) and the drain on SIGTERM.
// The child is stopped by its PID in TearDown, even when a test fails.
//
//===----------------------------------------------------------------------===//
#include "server/Server.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>

using namespace kiln::server;

namespace {

int gPortPipe = -1;

void reportPort(uint16_t port) {
  if (write(gPortPipe, &port, sizeof port) != sizeof port)
    _exit(3);
}

/// Answers "<method> <target> <body>" and echoes header X-Echo.
void echoHandler(void *, const ServerRequest &request,
                 ServerResponse &response) {
  std::string target(request.target, request.targetLength);
  if (target == "/teapot")
    response.status = 418;
  response.header("Content-Type", "text/plain");
  for (uint32_t i = 0; i < request.fieldCount; ++i) {
    const auto &f = request.fields[i];
    std::string name(reinterpret_cast<const char *>(request.head) +
                         f.name.offset,
                     f.name.length);
    if (name == "X-Echo")
      response.header("X-Echo",
                      std::string(reinterpret_cast<const char *>(request.head) +
                                      f.value.offset,
                                  f.value.length)
                          .c_str());
  }
  std::string text =
      std::string(request.method, request.methodLength) + " " + target + " ";
  response.write(text.data(), text.size());
  response.write(request.body, request.bodyLength);
}

class HttpServer : public ::testing::Test {
protected:
  void SetUp() override {
    int fds[2];
    ASSERT_EQ(0, pipe(fds));
    pid_ = fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      close(fds[0]);
      gPortPipe = fds[1];
      ServerOptions o;
      o.host = "127.0.0.1";
      o.port = 0;
      o.workers = 2;
      o.handler = echoHandler;
      o.onListening = reportPort;
      o.headerTimeoutMs = 500;
      o.limits.maxHeaderBytes = 1024;
      o.limits.maxBodyBytes = 100;
      _exit(runServer(o));
    }
    close(fds[1]);
    ASSERT_EQ(ssize_t(sizeof port_), read(fds[0], &port_, sizeof port_));
    close(fds[0]);
  }

  void TearDown() override {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  int connectToServer() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port_);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(0, connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a));
    timeval tv{10, 0}; // a broken server fails the test instead of hanging
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
  }

  static void sendAll(int fd, const std::string &s) {
    ASSERT_EQ(ssize_t(s.size()), send(fd, s.data(), s.size(), MSG_NOSIGNAL));
  }

  /// Reads one response (Content-Length framed); "" at end of stream.
  static std::string readResponse(int fd, std::string &pending,
                                  bool headOnly = false) {
    for (;;) {
      size_t end = pending.find("\r\n\r\n");
      if (end != std::string::npos) {
        size_t length = 0;
        size_t cl = pending.find("Content-Length: ");
        if (cl != std::string::npos && cl < end && !headOnly)
          length = std::stoul(pending.substr(cl + 16));
        if (pending.size() >= end + 4 + length) {
          std::string response = pending.substr(0, end + 4 + length);
          pending.erase(0, end + 4 + length);
          return response;
        }
      }
      char buffer[4096];
      ssize_t n = recv(fd, buffer, sizeof buffer, 0);
      if (n <= 0)
        return "";
      pending.append(buffer, size_t(n));
    }
  }

  static bool closedByPeer(int fd) {
    char c;
    return recv(fd, &c, 1, 0) == 0;
  }

  pid_t pid_ = -1;
  uint16_t port_ = 0;
};

std::string bodyOf(const std::string &response) {
  return response.substr(response.find("\r\n\r\n") + 4);
}

TEST_F(HttpServer, KeepAliveAndPipelining) {
  int fd = connectToServer();
  std::string pending;
  sendAll(fd, "GET /one HTTP/1.1\r\nHost: x\r\nX-Echo: hi\r\n\r\n");
  std::string r = readResponse(fd, pending);
  EXPECT_EQ(0u, r.find("HTTP/1.1 200 OK\r\n")) << r;
  EXPECT_NE(std::string::npos, r.find("\r\nDate: ")) << r;
  EXPECT_NE(std::string::npos, r.find("\r\nX-Echo: hi\r\n")) << r;
  EXPECT_EQ("GET /one ", bodyOf(r));
  // Three requests in one write come back in order on the same connection.
  sendAll(fd, "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
              "GET /teapot HTTP/1.1\r\n\r\n"
              "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
              "2\r\nxy\r\n1\r\nz\r\n0\r\n\r\n");
  EXPECT_EQ("POST /a abc", bodyOf(readResponse(fd, pending)));
  r = readResponse(fd, pending);
  EXPECT_EQ(0u, r.find("HTTP/1.1 418 I'm a teapot\r\n")) << r;
  EXPECT_EQ("POST /c xyz", bodyOf(readResponse(fd, pending)));
  sendAll(fd, "HEAD /h HTTP/1.1\r\n\r\n");
  r = readResponse(fd, pending, true);
  EXPECT_NE(std::string::npos, r.find("Content-Length: 8\r\n")) << r;
  EXPECT_EQ("", bodyOf(r));
  sendAll(fd, "GET /last HTTP/1.0\r\n\r\n");
  r = readResponse(fd, pending);
  EXPECT_NE(std::string::npos, r.find("\r\nConnection: close\r\n")) << r;
  EXPECT_TRUE(closedByPeer(fd));
  close(fd);
}

TEST_F(HttpServer, ManyPipelinedRequestsAreAnsweredInOrder) {
  // About 4 MB of responses to 4000 requests written by one thread while
  // another reads: enough for the server's flow control (it stops reading
  // while 1 MiB of responses is unsent) to engage whenever the reader
  // falls behind; every request is still answered, in order.
  int fd = connectToServer();
  const int count = 4000;
  std::string target = "/" + std::string(900, 'p');
  std::thread sender([&] {
    std::string batch;
    for (int i = 0; i < count; ++i)
      batch += "GET " + target + std::to_string(i) + " HTTP/1.1\r\n\r\n";
    size_t sent = 0;
    while (sent < batch.size()) {
      ssize_t n =
          send(fd, batch.data() + sent, batch.size() - sent, MSG_NOSIGNAL);
      if (n <= 0)
        return;
      sent += size_t(n);
    }
  });
  std::string pending;
  int answered = 0;
  for (; answered < count; ++answered) {
    std::string r = readResponse(fd, pending);
    if (bodyOf(r) != "GET " + target + std::to_string(answered) + " ")
      break;
  }
  sender.join();
  EXPECT_EQ(count, answered);
  close(fd);
}

TEST_F(HttpServer, ErrorsGetTheirStatusAndClose) {
  struct Case {
    std::string request;
    const char *statusLine;
  } cases[] = {
      {"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: "
       "chunked\r\n\r\n",
       "HTTP/1.1 400 Bad Request\r\n"},
      {"GET / HTTP/1.1\r\nX: " + std::string(2000, 'a') + "\r\n\r\n",
       "HTTP/1.1 431 Request Header Fields Too Large\r\n"},
      {"POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n",
       "HTTP/1.1 413 Content Too Large\r\n"},
      {"GET / HTTP/2.0\r\n\r\n", "HTTP/1.1 505 HTTP Version Not Supported\r\n"},
      {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
       "HTTP/1.1 501 Not Implemented\r\n"},
      {"GET / HTTP/1.1\r\nHost: a\r\n", "HTTP/1.1 408 Request Timeout\r\n"},
  };
  for (const Case &c : cases) {
    int fd = connectToServer();
    std::string pending;
    sendAll(fd, c.request);
    std::string r = readResponse(fd, pending);
    EXPECT_EQ(0u, r.find(c.statusLine)) << r;
    EXPECT_NE(std::string::npos, r.find("\r\nConnection: close\r\n")) << r;
    EXPECT_TRUE(closedByPeer(fd)) << c.statusLine;
    close(fd);
  }
}

TEST_F(HttpServer, DrainsOnSigterm) {
  int idle = connectToServer();
  int busy = connectToServer();
  std::string pending;
  // A request whose body is still arriving is finished before exit.
  sendAll(busy, "POST /p HTTP/1.1\r\nContent-Length: 4\r\n\r\nab");
  std::string probe;
  sendAll(idle, "GET /x HTTP/1.1\r\n\r\n");
  EXPECT_EQ("GET /x ", bodyOf(readResponse(idle, probe)));
  ASSERT_EQ(0, kill(pid_, SIGTERM));
  EXPECT_TRUE(closedByPeer(idle)) << "idle connections close at once";
  sendAll(busy, "cd");
  std::string r = readResponse(busy, pending);
  EXPECT_EQ("POST /p abcd", bodyOf(r));
  EXPECT_NE(std::string::npos, r.find("\r\nConnection: close\r\n")) << r;
  int status = 0;
  ASSERT_EQ(pid_, waitpid(pid_, &status, 0));
  pid_ = -1;
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  close(idle);
  close(busy);
}

} // namespace
