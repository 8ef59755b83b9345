// Signals delivered to Go code (Go's runtime/sigqueue.go), for package os/signal.
//
// signal.Notify enables a signal: golite's handler catches it from then on. The handler
// runs on whatever thread the kernel picks, so it does only what is safe there: it sets
// the signal's bit in a pending mask (an atomic OR) and wakes the receiver (a futex).
// os/signal's watcher goroutine loops in sigRecv, which takes the pending bits one signal
// at a time and otherwise sleeps on the futex as a goroutine in a system call does: its P
// is handed off, and the M blocked there keeps the program from being a deadlock, as in
// Go (a program waiting only for a signal waits, it is not "all goroutines are asleep").
//
// Disabling a signal puts back the action it had before golite first enabled it (the
// default, the stdout-flushing one runtime/write.cpp installs, or the SIGQUIT dump).
// A signal raised twice before the receiver looks is delivered once, as in Go.
#include "runtime/sigqueue.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <mutex>

#include "runtime/lock.h"
#include "runtime/proc.h"

namespace golite::runtime {

namespace {

constexpr uint32_t kNSig = 65;

std::atomic<uint32_t> pending[(kNSig + 31) / 32];  // raised, not yet received
std::atomic<uint32_t> wake{0};                      // futex word: bumped by each raise
std::mutex setupLock;                               // enable/disable/ignore
bool saved[kNSig];                                  // oldAction[sig] holds the pre-golite action
struct sigaction oldAction[kNSig];
bool enabled[kNSig];
bool ignored[kNSig];

void onSignal(int sig) {
  if (sig <= 0 || uint32_t(sig) >= kNSig) return;
  pending[sig / 32].fetch_or(1u << (sig % 32), std::memory_order_acq_rel);
  wake.fetch_add(1, std::memory_order_acq_rel);
  futexwakeup(&wake, 1);
}

void saveOld(int sig) {
  if (saved[sig]) return;
  sigaction(sig, nullptr, &oldAction[sig]);
  saved[sig] = true;
}

// Takes one pending signal, or 0.
uint32_t takePending() {
  for (uint32_t w = 0; w < (kNSig + 31) / 32; w++) {
    uint32_t bits = pending[w].load(std::memory_order_acquire);
    while (bits != 0) {
      uint32_t bit = uint32_t(__builtin_ctz(bits));
      if (pending[w].compare_exchange_weak(bits, bits & ~(1u << bit), std::memory_order_acq_rel))
        return w * 32 + bit;
    }
  }
  return 0;
}

}  // namespace

void sigEnable(uint32_t sig) {
  if (sig == 0 || sig >= kNSig || sig == SIGKILL || sig == SIGSTOP) return;
  std::lock_guard<std::mutex> g(setupLock);
  saveOld(int(sig));
  enabled[sig] = true;
  ignored[sig] = false;
  struct sigaction sa {};
  sa.sa_handler = onSignal;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(int(sig), &sa, nullptr);
}

void sigDisable(uint32_t sig) {
  if (sig == 0 || sig >= kNSig) return;
  std::lock_guard<std::mutex> g(setupLock);
  if (!enabled[sig]) return;
  enabled[sig] = false;
  if (saved[sig]) sigaction(int(sig), &oldAction[sig], nullptr);
}

void sigIgnore(uint32_t sig) {
  if (sig == 0 || sig >= kNSig || sig == SIGKILL || sig == SIGSTOP) return;
  std::lock_guard<std::mutex> g(setupLock);
  saveOld(int(sig));
  enabled[sig] = false;
  ignored[sig] = true;
  signal(int(sig), SIG_IGN);
}

bool sigIgnored(uint32_t sig) {
  if (sig == 0 || sig >= kNSig) return false;
  std::lock_guard<std::mutex> g(setupLock);
  if (ignored[sig]) return true;
  if (enabled[sig]) return false;
  struct sigaction cur {};
  sigaction(int(sig), nullptr, &cur);
  return cur.sa_handler == SIG_IGN;
}

uint32_t sigRecv() {
  for (;;) {
    uint32_t seen = wake.load(std::memory_order_acquire);
    if (uint32_t sig = takePending()) return sig;
    entersyscall();
    futexsleep(&wake, seen, -1);
    exitsyscall();
  }
}

void sigWaitUntilIdle() {
  for (;;) {
    bool any = false;
    for (auto& w : pending) any |= w.load(std::memory_order_acquire) != 0;
    if (!any) return;
    usleep(1000);
  }
}

}  // namespace golite::runtime
