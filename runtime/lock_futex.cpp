// Futex-based runtime locks and notes (Go's runtime/lock_futex.go and os_linux.go's
// futexsleep/futexwakeup). See lock.h.
#include "runtime/lock.h"

#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>

#include "runtime/panic.h"
#include "runtime/proc.h"

namespace golite::runtime {

namespace {

// Spin counts as Go's: active spinning (PAUSE loops) only with more than one CPU, then
// one yield, then sleep.
constexpr int activeSpin = 4;
constexpr int activeSpinCnt = 30;
constexpr int passiveSpin = 1;

int ncpuCached() {
  static const int n = ncpu();
  return n;
}

}  // namespace

void futexsleep(std::atomic<uint32_t>* addr, uint32_t val, int64_t ns) {
  // FUTEX_PRIVATE_FLAG: the word is never shared with another process.
  if (ns < 0) {
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAIT_PRIVATE, val, nullptr,
            nullptr, 0);
    return;
  }
  struct timespec ts;
  ts.tv_sec = ns / 1000000000;
  ts.tv_nsec = ns % 1000000000;
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAIT_PRIVATE, val, &ts, nullptr, 0);
}

void futexwakeup(std::atomic<uint32_t>* addr, uint32_t cnt) {
  long r = syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAKE_PRIVATE, cnt,
                   nullptr, nullptr, 0);
  if (r < 0 && errno != EAGAIN && errno != EINTR) throwf("futexwakeup failed");
}

void osyield() { sched_yield(); }

void usleep(uint32_t us) {
  struct timespec ts;
  ts.tv_sec = us / 1000000;
  ts.tv_nsec = long(us % 1000000) * 1000;
  nanosleep(&ts, nullptr);
}

void procyield(uint32_t cycles) {
  for (uint32_t i = 0; i < cycles; i++) __builtin_ia32_pause();
}

void mutex::lockSlow(uint32_t v) {
  // v is what the exchange saw: locked or sleeping. Whoever takes the lock from here on
  // must leave it marked as v at least, so that a sleeper is never forgotten.
  uint32_t wait = v;
  const int spin = ncpuCached() > 1 ? activeSpin : 0;
  for (;;) {
    for (int i = 0; i < spin; i++) {
      while (key.load(std::memory_order_relaxed) == unlocked) {
        uint32_t expect = unlocked;
        if (key.compare_exchange_weak(expect, wait, std::memory_order_acquire)) return;
      }
      procyield(activeSpinCnt);
    }
    for (int i = 0; i < passiveSpin; i++) {
      while (key.load(std::memory_order_relaxed) == unlocked) {
        uint32_t expect = unlocked;
        if (key.compare_exchange_weak(expect, wait, std::memory_order_acquire)) return;
      }
      osyield();
    }
    v = key.exchange(sleeping, std::memory_order_acquire);
    if (v == unlocked) return;
    wait = sleeping;
    futexsleep(&key, sleeping, -1);
  }
}

void mutex::unlockSlow(uint32_t v) {
  if (v == unlocked) throwf("unlock of unlocked lock");
  futexwakeup(&key, 1);  // v == sleeping
}

void noteclear(note* n) { n->key.store(0, std::memory_order_relaxed); }

void notewakeup(note* n) {
  uint32_t old = n->key.exchange(1, std::memory_order_acq_rel);
  if (old != 0) throwf("notewakeup - double wakeup");
  futexwakeup(&n->key, 1);
}

void notesleep(note* n) {
  while (n->key.load(std::memory_order_acquire) == 0) futexsleep(&n->key, 0, -1);
}

bool notetsleep(note* n, int64_t ns) {
  if (ns < 0) {
    notesleep(n);
    return true;
  }
  if (n->key.load(std::memory_order_acquire) != 0) return true;
  int64_t deadline = nanotime() + ns;
  for (;;) {
    futexsleep(&n->key, 0, ns);
    if (n->key.load(std::memory_order_acquire) != 0) return true;
    int64_t now = nanotime();
    if (now >= deadline) return false;
    ns = deadline - now;
  }
}

}  // namespace golite::runtime
