//===- Server.cpp - The HTTP/1.1 server's event loops ---------------------===//
//
// One Worker per thread: an epoll instance, a listening socket bound with
// SO_REUSEPORT to the shared address, and an intrusive list of
// connections. Each connection reads into its own buffer, runs the request
// parser over the unconsumed bytes, accumulates the body, calls the
// handler on each complete request and appends the response to its output
// buffer, so pipelined requests are answered in order. Timeouts are
// deadlines checked by a sweep of the list a few times a second. A signal
// sets one flag; workers notice it within one epoll timeout and drain.
// Coding and framing of a handler's response are in ResponseAssembly.cpp,
// the handler time limit in Watchdog.cpp, the access log in AccessLog.cpp.
//
//===----------------------------------------------------------------------===//
#include "server/Server.h"

#include "http/ResponseWriter.h"
#include "server/AccessLog.h"
#include "server/Options.h"
#include "server/ResponseAssembly.h"
#include "server/Watchdog.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <new>

namespace kiln::server {

namespace {

volatile sig_atomic_t gStopRequested = 0;

constexpr int kSweepMs = 250; ///< epoll timeout: timer and stop-flag checks
constexpr size_t kReadChunk = 16 * 1024;
constexpr size_t kMaxPendingOutput = 1024 * 1024;

uint64_t nowMs() { return monotonicMs(); }

uint64_t nowNs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1000000000 + uint64_t(ts.tv_nsec);
}

enum class Phase : uint8_t { Idle, Head, Body };

struct Connection {
  Connection(const http::ParserLimits &limits, http::HeaderField *fields)
      : fields(fields), parser(limits, fields) {}
  int fd = -1;
  Connection *prev = nullptr, *next = nullptr;
  http::HeaderField *fields;
  http::RequestParser parser;
  Bytes in; ///< received bytes; [inStart, in.size) unconsumed
  size_t inStart = 0;
  size_t headBase = 0; ///< where the current request's head starts in `in`
  http::Request request;
  Bytes body;
  Bytes out; ///< response bytes; [outStart, out.size) unsent
  size_t outStart = 0;
  Phase phase = Phase::Idle;
  uint64_t deadline = 0;
  uint32_t events = EPOLLIN; ///< what epoll watches for
  bool closeAfterFlush = false;
  uint64_t requestStartNs = 0; ///< the current request's first byte
  char peer[48] = "-";         ///< the client's address, for the access log
};

/// Where runServer waits until every worker has run workerStart.
struct StartGate {
  pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
  unsigned started = 0;
  unsigned failed = 0;

  void report(bool ok) {
    pthread_mutex_lock(&mutex);
    ++(ok ? started : failed);
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&mutex);
  }
  /// Waits for \p count reports; true if they all succeeded.
  bool wait(unsigned count) {
    pthread_mutex_lock(&mutex);
    while (started + failed < count)
      pthread_cond_wait(&changed, &mutex);
    bool ok = failed == 0;
    pthread_mutex_unlock(&mutex);
    return ok;
  }
};

struct Worker {
  const ServerOptions *options;
  int listenFd = -1;
  int epollFd = -1;
  Connection *connections = nullptr;
  unsigned connectionCount = 0;
  http::DateCache dates;
  ServerResponse response;
  WatchdogSlot *slot = nullptr;
  AccessLog log;
  pthread_t thread;
  unsigned index = 0;
  /// This worker's share of options->maxConnections.
  unsigned maxConnections = 0;
  /// What the handler receives: options->handlerContext or the value of
  /// options->workerStart.
  void *context = nullptr;
  StartGate *gate = nullptr;
};

thread_local WatchdogSlot *tWorkerSlot = nullptr;

void setNonBlocking(int fd) {
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

void closeConnection(Worker &w, Connection *c) {
  epoll_ctl(w.epollFd, EPOLL_CTL_DEL, c->fd, nullptr);
  close(c->fd);
  if (c->prev)
    c->prev->next = c->next;
  else
    w.connections = c->next;
  if (c->next)
    c->next->prev = c->prev;
  --w.connectionCount;
  http::HeaderField *fields = c->fields;
  delete c;
  delete[] fields;
}

/// Appends a complete response to the connection's output.
size_t queueResponse(Worker &w, Connection *c, const Outgoing &r) {
  bool closeAfter = false;
  size_t sent = appendResponse(c->out, w.dates, r, &closeAfter);
  if (closeAfter)
    c->closeAfterFlush = true;
  return sent;
}

/// Queues a one-line text/plain error; returns the body bytes queued.
size_t queueError(Worker &w, Connection *c, int status, const char *message,
                  bool close = true) {
  static const uint8_t kType[] = "Content-Type: text/plain; charset=utf-8\r\n";
  char body[128];
  int n = snprintf(body, sizeof body, "%d %s: %s\n", status,
                   http::statusReason(status), message);
  Outgoing r;
  r.status = status;
  r.headers = kType;
  r.headerSize = sizeof kType - 1;
  r.body = reinterpret_cast<const uint8_t *>(body);
  r.bodySize = size_t(n);
  r.close = close;
  return queueResponse(w, c, r);
}

void runHandler(Worker &w, Connection *c) {
  const ServerOptions &o = *w.options;
  uint64_t parsedNs = nowNs();
  const uint8_t *head = c->in.data + c->headBase;
  const http::Request &r = c->request;
  ServerRequest request{reinterpret_cast<const char *>(head + r.method.offset),
                        r.method.length,
                        reinterpret_cast<const char *>(head + r.target.offset),
                        r.target.length,
                        r.versionMinor,
                        r.headers,
                        r.trailerBegin,
                        head,
                        c->body.data,
                        c->body.size};
  ServerResponse &response = w.response;
  response.reset();
  bool timedOut = false;
  if (o.handlerTimeoutMs)
    w.slot->arm(o.handlerTimeoutMs);
  o.handler(w.context, request, response);
  if (o.handlerTimeoutMs)
    timedOut = w.slot->disarm();
  uint64_t handledNs = nowNs();
  bool close = !r.keepAlive || gStopRequested;
  bool headRequest =
      r.method.length == 4 && memcmp(request.method, "HEAD", 4) == 0;
  int status = response.status;
  size_t sent = 0;
  if (timedOut) {
    status = 503;
    sent = queueError(w, c, 503, "the handler ran out of time", close);
  } else {
    Bytes extra;
    uint8_t *compressed = nullptr;
    size_t compressedSize = 0;
    chooseCoding(o, request, response, &compressed, &compressedSize, extra);
    Outgoing out;
    out.status = status;
    out.headers = response.headerBytes();
    out.headerSize = response.headerSize();
    out.body = compressed ? compressed : response.bodyBytes();
    out.bodySize = compressed ? compressedSize : response.bodySize();
    out.lengthUnknown = response.lengthUnknown();
    if (!compressed) {
      out.pieceEnds = response.pieceEnds();
      out.pieceCount = response.pieceCount();
    }
    out.http10 = r.versionMinor == 0;
    out.close = close;
    out.headRequest = headRequest;
    if (o.serverTiming)
      appendServerTiming(extra, parsedNs - c->requestStartNs,
                         handledNs - parsedNs, nowNs() - handledNs);
    out.extra = reinterpret_cast<const char *>(extra.data);
    out.extraSize = extra.size;
    sent = queueResponse(w, c, out);
    free(compressed);
  }
  if (o.accessLog)
    w.log.record(c->peer, time(nullptr), request, status, sent);
}

/// Registers interest in `events` for the connection if it changed.
void watch(Worker &w, Connection *c, uint32_t events) {
  if (c->events == events)
    return;
  c->events = events;
  epoll_event ev{events, {.ptr = c}};
  epoll_ctl(w.epollFd, EPOLL_CTL_MOD, c->fd, &ev);
}

/// True while the peer has not taken enough of its responses: the
/// connection then neither reads nor parses, so a client that pipelines
/// without reading meets TCP flow control instead of growing the buffer.
bool throttled(const Connection *c) {
  return c->out.size - c->outStart > kMaxPendingOutput;
}

void parseInput(Worker &w, Connection *c);

/// Sends what it can and, once the output drains, parses input that was
/// held back; false when the connection is finished or broken.
bool flush(Worker &w, Connection *c) {
  for (;;) {
    while (c->outStart < c->out.size) {
      ssize_t n = send(c->fd, c->out.data + c->outStart,
                       c->out.size - c->outStart, MSG_NOSIGNAL);
      if (n > 0) {
        c->outStart += size_t(n);
        continue;
      }
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        // A closing or throttled connection reads no more for now.
        watch(w, c,
              c->closeAfterFlush || throttled(c) ? EPOLLOUT
                                                 : EPOLLIN | EPOLLOUT);
        return true;
      }
      if (n < 0 && errno == EINTR)
        continue;
      return false;
    }
    c->out.size = c->outStart = 0;
    if (c->closeAfterFlush)
      return false;
    watch(w, c, EPOLLIN);
    if (c->inStart == c->in.size)
      return true;
    // Requests that arrived while the connection was throttled.
    size_t before = c->inStart;
    parseInput(w, c);
    if (c->out.size == 0 && c->inStart == before)
      return true;
  }
}

/// Runs the parser over the unconsumed input, handling every event.
void parseInput(Worker &w, Connection *c) {
  const ServerOptions &o = *w.options;
  while (!c->closeAfterFlush && !throttled(c)) {
    size_t consumed = 0;
    const uint8_t *data = c->in.data + c->inStart;
    size_t available = c->in.size - c->inStart;
    if (available > 0 && c->phase == Phase::Idle) {
      c->phase = Phase::Head;
      c->headBase = c->inStart;
      c->deadline = nowMs() + o.headerTimeoutMs;
      c->requestStartNs = nowNs();
    }
    http::ParseEvent event = c->parser.next(data, available, &consumed);
    switch (event) {
    case http::ParseEvent::NeedMore:
      c->inStart += consumed;
      return;
    case http::ParseEvent::HeadersComplete:
      c->headBase = c->inStart;
      c->request = c->parser.request();
      c->body.size = 0;
      c->phase = Phase::Body;
      c->deadline = nowMs() + o.bodyTimeoutMs;
      break;
    case http::ParseEvent::BodyData: {
      http::Span s = c->parser.body();
      if (!c->body.append(data + s.offset, s.length)) {
        queueError(w, c, 500, "out of memory");
        return;
      }
      break;
    }
    case http::ParseEvent::MessageComplete:
      runHandler(w, c);
      c->phase = Phase::Idle;
      c->deadline = nowMs() + o.idleTimeoutMs;
      break;
    case http::ParseEvent::Error: {
      http::ParseError e = c->parser.error();
      if (e == http::ParseError::DataAfterClose)
        c->closeAfterFlush = true;
      else
        queueError(w, c, http::parseErrorStatus(e), http::parseErrorMessage(e));
      return;
    }
    }
    c->inStart += consumed;
  }
}

/// Reads what the socket has; false when the connection should close now.
bool readInput(Worker &w, Connection *c) {
  for (;;) {
    if (c->closeAfterFlush || throttled(c))
      return true;
    // Drop consumed bytes unless the current request's head needs them.
    size_t keep = c->phase == Phase::Body ? c->headBase : c->inStart;
    if (keep > 0 && keep == c->in.size) {
      c->in.size = 0;
      c->headBase = c->inStart = 0;
    } else if (keep > 0 && c->in.capacity - c->in.size < kReadChunk / 4) {
      memmove(c->in.data, c->in.data + keep, c->in.size - keep);
      c->in.size -= keep;
      c->inStart -= keep;
      c->headBase -= c->headBase >= keep ? keep : c->headBase;
    }
    if (!c->in.reserve(kReadChunk))
      return false;
    size_t room = c->in.capacity - c->in.size;
    ssize_t n = recv(c->fd, c->in.data + c->in.size, room, 0);
    if (n > 0) {
      c->in.size += size_t(n);
      parseInput(w, c);
      // epoll is level-triggered: a read that did not fill the buffer
      // took what there was, and epoll reports the connection again when
      // more arrives, so the recv that would only say EAGAIN is saved.
      if (c->closeAfterFlush || size_t(n) < room)
        return true;
      continue;
    }
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
      return true;
    // End of stream: finish what is queued, then close.
    c->closeAfterFlush = true;
    return true;
  }
}

void acceptConnections(Worker &w) {
  for (;;) {
    sockaddr_storage address;
    socklen_t addressLength = sizeof address;
    int fd = accept4(w.listenFd, reinterpret_cast<sockaddr *>(&address),
                     &addressLength, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0)
      return;
    if (w.connectionCount >= w.maxConnections) {
      close(fd); // over the limit: the client sees the connection closed
      continue;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    auto *fields = new http::HeaderField[w.options->limits.maxHeaders];
    auto *c = new Connection(w.options->limits, fields);
    c->fd = fd;
    formatPeer(address, c->peer, sizeof c->peer);
    c->deadline = nowMs() + w.options->idleTimeoutMs;
    c->next = w.connections;
    if (w.connections)
      w.connections->prev = c;
    w.connections = c;
    ++w.connectionCount;
    epoll_event ev{EPOLLIN, {.ptr = c}};
    epoll_ctl(w.epollFd, EPOLL_CTL_ADD, fd, &ev);
  }
}

/// Closes connections past their deadline: a started request gets 408.
void sweepTimeouts(Worker &w, bool draining) {
  uint64_t now = nowMs();
  for (Connection *c = w.connections, *next; c; c = next) {
    next = c->next;
    bool idle = c->phase == Phase::Idle && c->outStart == c->out.size;
    if (draining && idle) {
      closeConnection(w, c);
      continue;
    }
    if (now < c->deadline || c->closeAfterFlush)
      continue;
    if (c->phase == Phase::Idle) {
      closeConnection(w, c);
      continue;
    }
    queueError(w, c, 408, "request timed out");
    if (!flush(w, c))
      closeConnection(w, c);
  }
}

void *workerMain(void *arg) {
  Worker &w = *static_cast<Worker *>(arg);
  tWorkerSlot = w.slot;
  const ServerOptions &o = *w.options;
  w.context = o.handlerContext;
  if (o.workerStart) {
    w.context = o.workerStart(o.handlerContext, w.index);
    if (!w.context) {
      gStopRequested = 1;
      w.gate->report(false);
      close(w.epollFd);
      close(w.listenFd);
      tWorkerSlot = nullptr;
      return nullptr;
    }
  }
  w.gate->report(true);
  epoll_event listenEvent{EPOLLIN, {.ptr = nullptr}};
  epoll_ctl(w.epollFd, EPOLL_CTL_ADD, w.listenFd, &listenEvent);
  bool draining = false;
  uint64_t nextSweep = nowMs() + kSweepMs;
  epoll_event events[64];
  for (;;) {
    if (gStopRequested && !draining) {
      draining = true;
      // Connections the kernel completed are served, not reset.
      acceptConnections(w);
      epoll_ctl(w.epollFd, EPOLL_CTL_DEL, w.listenFd, nullptr);
      close(w.listenFd);
      w.listenFd = -1;
      // Idle connections close in the sweep after this round of events,
      // so bytes already received are read first.
    }
    if (draining && w.connectionCount == 0)
      break;
    int n = epoll_wait(w.epollFd, events, 64, kSweepMs);
    for (int i = 0; i < n; ++i) {
      auto *c = static_cast<Connection *>(events[i].data.ptr);
      if (!c) {
        acceptConnections(w);
        continue;
      }
      bool ok = true;
      if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
        ok = readInput(w, c);
      if (ok)
        ok = flush(w, c);
      if (!ok)
        closeConnection(w, c);
    }
    w.log.flush();
    if (nowMs() >= nextSweep || draining) {
      sweepTimeouts(w, draining);
      nextSweep = nowMs() + kSweepMs;
    }
  }
  w.log.flush();
  close(w.epollFd);
  if (o.workerStop)
    o.workerStop(w.context);
  tWorkerSlot = nullptr;
  return nullptr;
}

int openListener(const ServerOptions &o, uint16_t port, char *why,
                 size_t whyLength) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  char service[8];
  snprintf(service, sizeof service, "%u", unsigned(port));
  addrinfo *found = nullptr;
  int rc = getaddrinfo(o.host, service, &hints, &found);
  if (rc != 0) {
    snprintf(why, whyLength, "%s: %s", o.host, gai_strerror(rc));
    return -1;
  }
  int fd = socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int one = 1;
  if (fd >= 0) {
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
  }
  if (fd < 0 || bind(fd, found->ai_addr, found->ai_addrlen) != 0 ||
      listen(fd, 1024) != 0) {
    snprintf(why, whyLength, "%s:%u: %s", o.host, unsigned(port),
             strerror(errno));
    if (fd >= 0)
      close(fd);
    fd = -1;
  }
  freeaddrinfo(found);
  if (fd >= 0)
    setNonBlocking(fd);
  return fd;
}

void onSignal(int) { gStopRequested = 1; }

} // namespace

void requestServerStop() { gStopRequested = 1; }

volatile bool *interruptFlag() {
  return tWorkerSlot ? __atomic_load_n(&tWorkerSlot->flag, __ATOMIC_ACQUIRE)
                     : nullptr;
}

void redirectInterruptFlag(volatile bool *flag) {
  if (tWorkerSlot)
    __atomic_store_n(&tWorkerSlot->flag, flag ? flag : &tWorkerSlot->ownFlag,
                     __ATOMIC_RELEASE);
}

int runServer(const ServerOptions &options) {
  unsigned workers = options.workers;
  if (workers == 0)
    workers = defaultWorkerCount();
  gStopRequested = 0;
  struct sigaction sa{};
  sa.sa_handler = onSignal;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);

  auto *pool = new Worker[workers];
  auto *slots = new WatchdogSlot[workers];
  uint16_t port = options.port;
  char why[256];
  StartGate gate;
  for (unsigned i = 0; i < workers; ++i) {
    pool[i].options = &options;
    pool[i].slot = &slots[i];
    pool[i].index = i;
    pool[i].maxConnections = (options.maxConnections + workers - 1) / workers;
    pool[i].gate = &gate;
    pool[i].listenFd = openListener(options, port, why, sizeof why);
    if (pool[i].listenFd < 0) {
      fprintf(stderr, "kiln: cannot listen on %s\n", why);
      for (unsigned k = 0; k < i; ++k)
        close(pool[k].listenFd);
      delete[] pool;
      delete[] slots;
      return 1;
    }
    if (i == 0) {
      // With port 0 the first socket picks the port the others share.
      sockaddr_storage address;
      socklen_t length = sizeof address;
      getsockname(pool[0].listenFd, reinterpret_cast<sockaddr *>(&address),
                  &length);
      port = ntohs(address.ss_family == AF_INET6
                       ? reinterpret_cast<sockaddr_in6 *>(&address)->sin6_port
                       : reinterpret_cast<sockaddr_in *>(&address)->sin_port);
    }
    pool[i].epollFd = epoll_create1(EPOLL_CLOEXEC);
  }
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, options.workerStackBytes);
  Watchdog watchdog;
  bool watching = options.handlerTimeoutMs == 0 ||
                  watchdog.start(slots, workers, options.handlerTimeoutMs);
  unsigned started = 0;
  for (; watching && started < workers; ++started)
    if (pthread_create(&pool[started].thread, &attr, workerMain,
                       &pool[started]) != 0)
      break;
  pthread_attr_destroy(&attr);
  if (started < workers) {
    fprintf(stderr, "kiln: cannot start worker threads\n");
    gStopRequested = 1;
    for (unsigned i = started; i < workers; ++i) {
      close(pool[i].listenFd);
      close(pool[i].epollFd);
    }
  }
  bool ready = gate.wait(started) && started == workers;
  if (ready && options.onListening)
    options.onListening(port);
  for (unsigned i = 0; i < started; ++i)
    pthread_join(pool[i].thread, nullptr);
  watchdog.stop();
  delete[] pool;
  delete[] slots;
  return ready ? 0 : 1;
}

} // namespace kiln::server
