//===- Watchdog.h - The handler time limit ----------------------*- C++ -*-===//
//
// One watchdog thread per server watches a slot per worker. A worker arms
// its slot with a deadline before calling the handler and disarms it
// after; when the watchdog finds an armed slot past its deadline it sets
// the slot's interrupt flag (the worker's own, or the one the worker
// redirected it to, such as its VM's `interruptRequested`), which the
// handler polls. Arming, firing and disarming go through one atomic state
// word, so a flag is never set for a handler call other than the one that
// overran and the worker learns exactly whether its call was interrupted.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SERVER_WATCHDOG_H
#define KILN_SERVER_WATCHDOG_H

#include <pthread.h>
#include <stdint.h>

namespace kiln::server {

/// One worker's handler deadline. `state` is 0 (disarmed), kFiring,
/// kFired, or a deadline in monotonic milliseconds (> kFired).
struct WatchdogSlot {
  static constexpr uint64_t kFiring = 1, kFired = 2;
  uint64_t state = 0;
  volatile bool ownFlag = false;
  volatile bool *flag = &ownFlag; ///< set by the watchdog when it fires

  /// Clears the flag and sets the deadline `timeoutMs` from now.
  void arm(uint32_t timeoutMs);
  /// Disarms; true when the watchdog fired during this call.
  bool disarm();
};

class Watchdog {
public:
  /// Starts the thread watching `slots[0, count)`; false if it cannot.
  bool start(WatchdogSlot *slots, unsigned count, uint32_t timeoutMs);
  /// Stops and joins the thread (if started).
  void stop();

private:
  static void *run(void *self);
  WatchdogSlot *slots_ = nullptr;
  unsigned count_ = 0;
  uint32_t tickMs_ = 10;
  volatile bool stop_ = false;
  bool started_ = false;
  pthread_t thread_;
};

uint64_t monotonicMs();

} // namespace kiln::server

#endif // KILN_SERVER_WATCHDOG_H
