//===- Watchdog.cpp - The handler time limit ------------------------------===//
//
// The watchdog thread sleeps a tenth of the time limit (1-50 ms) between
// scans, so a handler is interrupted at most that much after its
// deadline. Firing is a compare-and-swap from the deadline to kFiring, the
// flag store, then kFired; disarming waits out kFiring, so the flag store
// always lands before the worker clears it for its next call.
//
//===----------------------------------------------------------------------===//
#include "server/Watchdog.h"

#include <sched.h>
#include <time.h>

namespace kiln::server {

uint64_t monotonicMs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1000 + uint64_t(ts.tv_nsec) / 1000000;
}

void WatchdogSlot::arm(uint32_t timeoutMs) {
  *__atomic_load_n(&flag, __ATOMIC_ACQUIRE) = false;
  uint64_t deadline = monotonicMs() + timeoutMs;
  if (deadline <= kFired)
    deadline = kFired + 1;
  __atomic_store_n(&state, deadline, __ATOMIC_RELEASE);
}

bool WatchdogSlot::disarm() {
  for (;;) {
    uint64_t s = __atomic_load_n(&state, __ATOMIC_ACQUIRE);
    if (s == kFiring) {
      sched_yield();
      continue;
    }
    if (__atomic_compare_exchange_n(&state, &s, 0, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
      return s == kFired;
  }
}

bool Watchdog::start(WatchdogSlot *slots, unsigned count, uint32_t timeoutMs) {
  slots_ = slots;
  count_ = count;
  tickMs_ = timeoutMs / 10;
  if (tickMs_ < 1)
    tickMs_ = 1;
  if (tickMs_ > 50)
    tickMs_ = 50;
  stop_ = false;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 64 * 1024);
  started_ = pthread_create(&thread_, &attr, run, this) == 0;
  pthread_attr_destroy(&attr);
  return started_;
}

void Watchdog::stop() {
  if (!started_)
    return;
  __atomic_store_n(&stop_, true, __ATOMIC_RELEASE);
  pthread_join(thread_, nullptr);
  started_ = false;
}

void *Watchdog::run(void *arg) {
  auto &self = *static_cast<Watchdog *>(arg);
  timespec tick{0, long(self.tickMs_) * 1000000};
  while (!__atomic_load_n(&self.stop_, __ATOMIC_ACQUIRE)) {
    nanosleep(&tick, nullptr);
    uint64_t now = monotonicMs();
    for (unsigned i = 0; i < self.count_; ++i) {
      WatchdogSlot &slot = self.slots_[i];
      uint64_t s = __atomic_load_n(&slot.state, __ATOMIC_ACQUIRE);
      if (s <= WatchdogSlot::kFired || now < s)
        continue;
      if (!__atomic_compare_exchange_n(&slot.state, &s, WatchdogSlot::kFiring,
                                       false, __ATOMIC_ACQ_REL,
                                       __ATOMIC_ACQUIRE))
        continue;
      *__atomic_load_n(&slot.flag, __ATOMIC_ACQUIRE) = true;
      __atomic_store_n(&slot.state, WatchdogSlot::kFired, __ATOMIC_RELEASE);
    }
  }
  return nullptr;
}

} // namespace kiln::server
