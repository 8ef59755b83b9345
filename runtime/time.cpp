// Runtime timers (Go's runtime/time.go): time.Sleep, and the timers behind package time.
//
// Each P has a 4-ary min-heap of timers ordered by `when`, under its timersLock. A timer
// is added to the heap of the P that adds it, and runs on whichever M runs that heap:
// the scheduler calls checkTimers on its own P each round (findRunnable), spinning Ms run
// other Ps' expired timers while stealing, and an idle M sleeps until the earliest timer
// of all Ps (the timer poll in proc.cpp). So a timer costs no thread, and a sleeping
// goroutine is just a parked G with a timer whose f readies it.
//
// Go 1.19 keeps timers lock-free with a ten-state status machine and lazy deletion. We keep
// Go's heaps and the scheduler's use of them, and replace the status machine with the
// heap's lock plus three states:
//   timerNoStatus   not in any heap (never added, deleted, or a one-shot that fired);
//   timerWaiting    in the heap of t->pp;
//   timerModifying  being moved by modtimer/addtimer; others wait for it to settle.
// t->pp and the status change only under the lock of the heap the timer is in, so
// deltimer (lock t->pp, check it is still there, remove it) is exact even while the timer
// fires or moves. A timer's f runs with the heap unlocked and the timer already in its
// final state (removed, or rescheduled if periodic), as in Go: f may add, reset or delete
// timers, including its own.
#include <climits>
#include <vector>

#include "runtime/panic.h"
#include "runtime/runtime2.h"

namespace golite::runtime {

namespace {

enum : uint32_t { timerNoStatus = 0, timerWaiting = 1, timerModifying = 2 };
constexpr int64_t maxWhen = INT64_MAX;

void siftupTimer(std::vector<Timer*>& t, int i) {
  Timer* tmp = t[i];
  int64_t when = tmp->when;
  while (i > 0) {
    int p = (i - 1) / 4;  // parent
    if (when >= t[p]->when) break;
    t[i] = t[p];
    t[i]->heapIndex = i;
    i = p;
  }
  t[i] = tmp;
  tmp->heapIndex = i;
}

void siftdownTimer(std::vector<Timer*>& t, int i) {
  int n = int(t.size());
  Timer* tmp = t[i];
  int64_t when = tmp->when;
  for (;;) {
    int c = i * 4 + 1;  // left child
    int c3 = c + 2;     // mid child
    if (c >= n) break;
    int64_t w = t[c]->when;
    if (c + 1 < n && t[c + 1]->when < w) {
      w = t[c + 1]->when;
      c++;
    }
    if (c3 < n) {
      int64_t w3 = t[c3]->when;
      if (c3 + 1 < n && t[c3 + 1]->when < w3) {
        w3 = t[c3 + 1]->when;
        c3++;
      }
      if (w3 < w) {
        w = w3;
        c = c3;
      }
    }
    if (w >= when) break;
    t[i] = t[c];
    t[i]->heapIndex = i;
    i = c;
  }
  t[i] = tmp;
  tmp->heapIndex = i;
}

inline void updateTimer0When(P* pp) {
  pp->timer0When.store(pp->timers.empty() ? 0 : pp->timers[0]->when, std::memory_order_release);
}

// Adds t to pp's heap. pp->timersLock held.
void doaddtimer(P* pp, Timer* t) {
  t->pp.store(pp, std::memory_order_release);
  int i = int(pp->timers.size());
  pp->timers.push_back(t);
  siftupTimer(pp->timers, i);
  updateTimer0When(pp);
  pp->numTimers.fetch_add(1, std::memory_order_acq_rel);
}

// Removes the timer at index i of pp's heap. pp->timersLock held.
void dodeltimer(P* pp, int i) {
  std::vector<Timer*>& ts = pp->timers;
  Timer* t = ts[i];
  int last = int(ts.size()) - 1;
  if (i != last) {
    ts[i] = ts[last];
    ts[i]->heapIndex = i;
  }
  ts.pop_back();
  if (i != last) {
    // Moving to i may have broken the heap property either way.
    siftupTimer(ts, i);
    siftdownTimer(ts, i);
  }
  t->heapIndex = -1;
  t->pp.store(nullptr, std::memory_order_release);
  updateTimer0When(pp);
  pp->numTimers.fetch_sub(1, std::memory_order_acq_rel);
}

P* currentP() {
  M* mp = getm();
  if (mp == nullptr || mp->p == nullptr) throwf("timer operation without a P");
  return mp->p;
}

// Runs the first timer of pp's heap, which is due. pp->timersLock held; released while f
// runs.
void runOneTimer(P* pp, Timer* t, int64_t now) {
  void (*f)(void*, uintptr_t) = t->f;
  void* arg = t->arg;
  uintptr_t seq = t->seq;
  if (t->period > 0) {
    // Leave in heap but adjust next time to fire.
    int64_t delta = t->when - now;
    t->when += t->period * (1 + -delta / t->period);
    if (t->when < 0) t->when = maxWhen;  // check for overflow
    siftdownTimer(pp->timers, 0);
    updateTimer0When(pp);
  } else {
    dodeltimer(pp, 0);
    t->status.store(timerNoStatus, std::memory_order_release);
  }
  pp->timersLock.unlock();
  f(arg, seq);
  pp->timersLock.lock();
}

void goroutineReady(void* arg, uintptr_t) { goready(static_cast<G*>(arg)); }

bool resetForSleep(G* gp, void*) {
  modtimer(&gp->timer, gp->sleepWhen, 0);
  return true;
}

}  // namespace

void addtimer(Timer* t) {
  // When must be positive: a negative value would make runtimer think the timer is
  // always due (time.when clamps overflow).
  if (t->when <= 0) throwf("timer when must be positive");
  if (t->period < 0) throwf("timer period must be non-negative");
  uint32_t s = timerNoStatus;
  if (!t->status.compare_exchange_strong(s, timerModifying, std::memory_order_acq_rel)) {
    throwf("addtimer called with initialized timer");
  }
  P* pp = currentP();
  int64_t when = t->when;
  pp->timersLock.lock();
  doaddtimer(pp, t);
  t->status.store(timerWaiting, std::memory_order_release);
  pp->timersLock.unlock();
  wakeNetPoller(when);
}

bool deltimer(Timer* t) {
  for (;;) {
    uint32_t s = t->status.load(std::memory_order_acquire);
    if (s == timerNoStatus) return false;
    if (s == timerModifying) {
      osyield();  // another M is moving it: wait for the result
      continue;
    }
    P* pp = static_cast<P*>(t->pp.load(std::memory_order_acquire));
    if (pp == nullptr) continue;
    pp->timersLock.lock();
    if (t->pp.load(std::memory_order_relaxed) != pp ||
        t->status.load(std::memory_order_relaxed) != timerWaiting) {
      pp->timersLock.unlock();  // fired or moved meanwhile: look again
      continue;
    }
    dodeltimer(pp, t->heapIndex);
    t->status.store(timerNoStatus, std::memory_order_release);
    pp->timersLock.unlock();
    return true;
  }
}

bool modtimer(Timer* t, int64_t when, int64_t period) {
  if (when <= 0) throwf("timer when must be positive");
  if (period < 0) throwf("timer period must be non-negative");
  bool pending = false;
  // Take the timer out of wherever it is, leaving it in timerModifying.
  for (;;) {
    uint32_t s = t->status.load(std::memory_order_acquire);
    if (s == timerModifying) {
      osyield();
      continue;
    }
    if (s == timerNoStatus) {
      if (t->status.compare_exchange_strong(s, timerModifying, std::memory_order_acq_rel)) break;
      continue;
    }
    P* pp = static_cast<P*>(t->pp.load(std::memory_order_acquire));
    if (pp == nullptr) continue;
    pp->timersLock.lock();
    if (t->pp.load(std::memory_order_relaxed) != pp ||
        t->status.load(std::memory_order_relaxed) != timerWaiting) {
      pp->timersLock.unlock();
      continue;
    }
    dodeltimer(pp, t->heapIndex);
    t->status.store(timerModifying, std::memory_order_release);
    pp->timersLock.unlock();
    pending = true;
    break;
  }
  t->when = when;
  t->period = period;
  P* pp = currentP();
  pp->timersLock.lock();
  doaddtimer(pp, t);
  t->status.store(timerWaiting, std::memory_order_release);
  pp->timersLock.unlock();
  wakeNetPoller(when);
  return pending;
}

int64_t checkTimers(P* pp, int64_t now, int64_t* pollUntil, bool* ran) {
  *ran = false;
  *pollUntil = 0;
  // If it's not yet time for the first timer, there is nothing to do.
  int64_t next = pp->timer0When.load(std::memory_order_acquire);
  if (next == 0) return now;
  if (now == 0) now = nanotime();
  if (now < next) {
    *pollUntil = next;
    return now;
  }
  pp->timersLock.lock();
  while (!pp->timers.empty()) {
    Timer* t = pp->timers[0];
    if (t->when > now) {
      *pollUntil = t->when;
      break;
    }
    runOneTimer(pp, t, now);
    *ran = true;
  }
  pp->timersLock.unlock();
  return now;
}

int64_t timeSleepUntil() {
  int64_t next = maxWhen;
  uint32_t np = uint32_t(gomaxprocsCur.load(std::memory_order_acquire));
  for (uint32_t i = 0; i < np; i++) {
    P* pp = allp[i].load(std::memory_order_acquire);
    if (pp == nullptr) continue;
    int64_t w = pp->timer0When.load(std::memory_order_acquire);
    if (w != 0 && w < next) next = w;
  }
  return next;
}

void moveTimers(P* to, P* from) {
  from->timersLock.lock();
  to->timersLock.lock();
  for (Timer* t : from->timers) {
    int i = int(to->timers.size());
    to->timers.push_back(t);
    t->pp.store(to, std::memory_order_release);
    siftupTimer(to->timers, i);
  }
  to->numTimers.fetch_add(uint32_t(from->timers.size()), std::memory_order_acq_rel);
  from->numTimers.store(0, std::memory_order_release);
  from->timers.clear();
  updateTimer0When(to);
  updateTimer0When(from);
  to->timersLock.unlock();
  from->timersLock.unlock();
}

void dropTimers(P* pp) {
  for (Timer* t : pp->timers) {
    t->pp.store(nullptr, std::memory_order_relaxed);
    t->status.store(timerNoStatus, std::memory_order_relaxed);
    t->heapIndex = -1;
  }
  pp->timers.clear();
  pp->numTimers.store(0, std::memory_order_relaxed);
  pp->timer0When.store(0, std::memory_order_relaxed);
}

void timeSleep(int64_t ns) {
  if (ns <= 0) return;
  G* gp = getg();
  Timer* t = &gp->timer;
  t->f = goroutineReady;
  t->arg = gp;
  t->seq = 0;
  int64_t when = nanotime() + ns;
  if (when < 0) when = maxWhen;  // check for overflow
  gp->sleepWhen = when;
  gopark(resetForSleep, nullptr, WaitReason::Sleep);
  if (gp->parkCancelled) parkCancelledUnwind();
}

}  // namespace golite::runtime
