// The network poller (Go's runtime/netpoll.go and netpoll_epoll.go).
//
// A goroutine that would block reading or writing a file descriptor (a socket, a pipe)
// parks instead, costing no thread, and one epoll instance readies it when the descriptor
// is ready. Package internal/poll (compiled from Go's source) drives this through its
// runtime_poll* functions: a descriptor is opened non-blocking and registered once
// (pollOpen: edge-triggered, for reading and writing), and each read or write that gets
// EAGAIN calls pollWait, then tries again.
//
// Each descriptor has a pollDesc with two semaphores, rg (readers) and wg (writers). Each
// holds 0 (nothing), pdReady (an I/O notification arrived that nobody consumed), pdWait
// (a goroutine is about to park) or the parked G itself:
//   pollWait:   pdReady -> 0 and go on; or 0 -> pdWait, park, and in the park's commit
//               (once the G is off CPU) pdWait -> G. A wake-up between the two turns
//               pdWait into pdReady and the commit fails: the G does not sleep.
//   an event:   G -> pdReady, and the G is made runnable; 0 or pdWait -> pdReady.
//   a deadline or pollUnblock (close): G -> 0 and the G runs, to find the error.
// Deadlines are runtime timers (time.cpp) whose functions expire them (rd or wd = -1) and
// wake the waiter; a timer carries the sequence number it was set with, so one firing for
// an older deadline or an earlier descriptor on the same pollDesc does nothing.
//
// The scheduler polls: findRunnable takes ready goroutines without blocking when
// goroutines wait here, and an M with nothing to do blocks in epoll_wait until an event,
// the next timer, or netpollWake (an eventfd write: an earlier timer, new work, exit).
// The M blocked there is not idle, so goroutines parked on descriptors are not a
// deadlock. sysmon polls too when nobody has for 10 ms.
//
// pollDescs are never freed (Go's pollCache): Go code keeps their addresses in uintptrs,
// and a late event for a closed descriptor may still name one. A closed one is reused.
#include "runtime/netpoll.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include "runtime/panic.h"
#include "runtime/runtime2.h"

namespace golite::runtime {

namespace {

constexpr uintptr_t pdReady = 1;
constexpr uintptr_t pdWait = 2;

enum : int { pollNoError = 0, pollErrClosing = 1, pollErrTimeout = 2, pollErrNotPollable = 3 };

}  // namespace

struct pollDesc {
  pollDesc* link = nullptr;  // in the free list
  mutex lock;                // protects the fields below but rg and wg
  uintptr_t fd = 0;
  bool closing = false;
  std::atomic<bool> everr{false};  // epoll reported an error on fd
  std::atomic<uintptr_t> rg{0};
  std::atomic<uintptr_t> wg{0};
  uintptr_t rseq = 0, wseq = 0;  // protect from stale timers and reuse
  Timer rt, wt;                  // read and write deadline timers (f set while pending)
  int64_t rd = 0, wd = 0;        // deadlines: 0 none, > 0 when (nanotime), < 0 expired
};

namespace {

int epfd = -1;
int wakefd = -1;
std::atomic<bool> inited{false};
mutex initLock;
std::atomic<uint32_t> waiters{0};      // goroutines parked on descriptors
std::atomic<uint32_t> wakePending{0};  // a netpollWake not yet consumed

mutex cacheLock;
pollDesc* freeList = nullptr;

pollDesc* allocPollDesc() {
  cacheLock.lock();
  pollDesc* pd = freeList;
  if (pd) freeList = pd->link;
  cacheLock.unlock();
  if (!pd) pd = new pollDesc();  // never freed: see the top of this file
  return pd;
}

void freePollDesc(pollDesc* pd) {
  cacheLock.lock();
  pd->link = freeList;
  freeList = pd;
  cacheLock.unlock();
}

std::atomic<uintptr_t>& sema(pollDesc* pd, int mode) { return mode == 'r' ? pd->rg : pd->wg; }

int checkErr(pollDesc* pd, int mode) {
  if (pd->closing) return pollErrClosing;
  if ((mode == 'r' && pd->rd < 0) || (mode == 'w' && pd->wd < 0)) return pollErrTimeout;
  // Report an event scanning error only on a read event: an error on a write event is
  // seen by the next write.
  if (mode == 'r' && pd->everr.load(std::memory_order_acquire)) return pollErrNotPollable;
  return pollNoError;
}

// The park's commit: the G is off CPU now; pdWait -> G unless a notification came.
bool blockCommit(G* gp, void* arg) {
  auto* gpp = static_cast<std::atomic<uintptr_t>*>(arg);
  uintptr_t expect = pdWait;
  bool ok = gpp->compare_exchange_strong(expect, reinterpret_cast<uintptr_t>(gp), std::memory_order_acq_rel);
  if (ok) waiters.fetch_add(1, std::memory_order_acq_rel);
  return ok;
}

// Waits for the descriptor to be ready for mode. True when it is (an I/O notification),
// false on a deadline or close (the caller looks at checkErr).
bool block(pollDesc* pd, int mode, bool waitio) {
  std::atomic<uintptr_t>& gpp = sema(pd, mode);
  for (;;) {
    uintptr_t expect = pdReady;
    if (gpp.compare_exchange_strong(expect, 0, std::memory_order_acq_rel)) return true;
    expect = 0;
    if (gpp.compare_exchange_strong(expect, pdWait, std::memory_order_acq_rel)) break;
    if (expect != pdReady && expect != 0) throwf("runtime: double wait");
  }
  // Recheck the error states after setting pdWait: a deadline or close that came in
  // between sees pdWait and does not wake us (it has no G to wake).
  if (waitio || checkErr(pd, mode) == pollNoError) gopark(blockCommit, &gpp, WaitReason::IOWait);
  uintptr_t old = gpp.exchange(0, std::memory_order_acq_rel);
  if (old > pdWait) throwf("runtime: corrupted polldesc");
  return old == pdReady;
}

// Takes the G waiting for mode, if any, leaving pdReady when ioready (an event).
G* unblock(pollDesc* pd, int mode, bool ioready) {
  std::atomic<uintptr_t>& gpp = sema(pd, mode);
  for (;;) {
    uintptr_t old = gpp.load(std::memory_order_acquire);
    if (old == pdReady) return nullptr;
    if (old == 0 && !ioready) return nullptr;  // only an event sets pdReady
    uintptr_t next = ioready ? pdReady : 0;
    if (gpp.compare_exchange_strong(old, next, std::memory_order_acq_rel)) {
      if (old == pdWait) return nullptr;  // the parker's commit will fail
      G* gp = reinterpret_cast<G*>(old);
      if (gp) waiters.fetch_sub(1, std::memory_order_acq_rel);
      return gp;
    }
  }
}

void ready(G* gp) {
  if (gp) goready(gp);
}

// A deadline timer fired (on a P, from checkTimers).
void deadlineImpl(pollDesc* pd, uintptr_t seq, bool read, bool write) {
  pd->lock.lock();
  // The seq of the timer that fired is compared with the current one (rseq for read
  // timers, also for combined ones; wseq for write timers): a stale timer does nothing.
  uintptr_t current = read ? pd->rseq : pd->wseq;
  if (seq != current) {
    pd->lock.unlock();
    return;
  }
  G* rg = nullptr;
  G* wg = nullptr;
  if (read) {
    if (pd->rd <= 0 || pd->rt.f == nullptr) throwf("runtime: inconsistent read deadline");
    pd->rd = -1;
    pd->rt.f = nullptr;
    rg = unblock(pd, 'r', false);
  }
  if (write) {
    if (pd->wd <= 0 || (pd->wt.f == nullptr && !read)) throwf("runtime: inconsistent write deadline");
    pd->wd = -1;
    pd->wt.f = nullptr;
    wg = unblock(pd, 'w', false);
  }
  pd->lock.unlock();
  ready(rg);
  ready(wg);
}

void readDeadline(void* arg, uintptr_t seq) { deadlineImpl(static_cast<pollDesc*>(arg), seq, true, false); }
void writeDeadline(void* arg, uintptr_t seq) { deadlineImpl(static_cast<pollDesc*>(arg), seq, false, true); }
void rwDeadline(void* arg, uintptr_t seq) { deadlineImpl(static_cast<pollDesc*>(arg), seq, true, true); }

}  // namespace

void pollServerInit() {
  if (inited.load(std::memory_order_acquire)) return;
  initLock.lock();
  if (!inited.load(std::memory_order_relaxed)) {
    epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0) throwf("runtime: netpollinit failed: epoll_create1");
    wakefd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wakefd < 0) throwf("runtime: netpollinit failed: eventfd");
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = nullptr;  // the wake-up descriptor
    if (epoll_ctl(epfd, EPOLL_CTL_ADD, wakefd, &ev) != 0)
      throwf("runtime: netpollinit failed: epoll_ctl");
    inited.store(true, std::memory_order_release);
  }
  initLock.unlock();
  // An M may sleep in the timer poll that predates the poller: have it poll here.
  netpollBreak();
}

bool isPollServerDescriptor(uintptr_t fd) {
  return inited.load(std::memory_order_acquire) && (int(fd) == epfd || int(fd) == wakefd);
}

pollDesc* pollOpen(uintptr_t fd, int* errnoOut) {
  pollDesc* pd = allocPollDesc();
  pd->lock.lock();
  uintptr_t wg = pd->wg.load(std::memory_order_acquire);
  uintptr_t rg = pd->rg.load(std::memory_order_acquire);
  if (wg != 0 && wg != pdReady) throwf("runtime: blocked write on free polldesc");
  if (rg != 0 && rg != pdReady) throwf("runtime: blocked read on free polldesc");
  pd->fd = fd;
  pd->closing = false;
  pd->everr.store(false, std::memory_order_relaxed);
  pd->rseq++;
  pd->rg.store(0, std::memory_order_release);
  pd->rd = 0;
  pd->wseq++;
  pd->wg.store(0, std::memory_order_release);
  pd->wd = 0;
  pd->lock.unlock();

  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.ptr = pd;
  *errnoOut = 0;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, int(fd), &ev) != 0) {
    *errnoOut = errno;
    freePollDesc(pd);
    return nullptr;
  }
  return pd;
}

void pollClose(pollDesc* pd) {
  if (!pd->closing) throwf("runtime: close polldesc w/o unblock");
  uintptr_t wg = pd->wg.load(std::memory_order_acquire);
  uintptr_t rg = pd->rg.load(std::memory_order_acquire);
  if (wg != 0 && wg != pdReady) throwf("runtime: blocked write on closing polldesc");
  if (rg != 0 && rg != pdReady) throwf("runtime: blocked read on closing polldesc");
  epoll_event ev{};
  epoll_ctl(epfd, EPOLL_CTL_DEL, int(pd->fd), &ev);
  freePollDesc(pd);
}

int pollReset(pollDesc* pd, int mode) {
  int err = checkErr(pd, mode);
  if (err != pollNoError) return err;
  if (mode == 'r') pd->rg.store(0, std::memory_order_release);
  else if (mode == 'w') pd->wg.store(0, std::memory_order_release);
  return pollNoError;
}

int pollWait(pollDesc* pd, int mode) {
  int err = checkErr(pd, mode);
  if (err != pollNoError) return err;
  while (!block(pd, mode, false)) {
    err = checkErr(pd, mode);
    if (err != pollNoError) return err;
    // Can happen if the timeout fired and unblocked us, but before we had a chance to
    // run, the timeout was reset: pretend it did not happen and wait again.
  }
  return pollNoError;
}

void pollSetDeadline(pollDesc* pd, int64_t d, int mode) {
  pd->lock.lock();
  if (pd->closing) {
    pd->lock.unlock();
    return;
  }
  int64_t rd0 = pd->rd, wd0 = pd->wd;
  bool combo0 = rd0 > 0 && rd0 == wd0;
  if (d > 0) {
    d += nanotime();
    if (d <= 0) d = INT64_MAX;  // overflow: no deadline
  }
  if (mode == 'r' || mode == 'r' + 'w') pd->rd = d;
  if (mode == 'w' || mode == 'r' + 'w') pd->wd = d;
  bool combo = pd->rd > 0 && pd->rd == pd->wd;
  void (*rtf)(void*, uintptr_t) = combo ? rwDeadline : readDeadline;
  if (pd->rt.f == nullptr) {
    if (pd->rd > 0) {
      pd->rt.f = rtf;
      // The timer's seq is the current rseq: a newer deadline or a reopened descriptor
      // changes rseq and so makes this timer stale.
      pd->rt.arg = pd;
      pd->rt.seq = pd->rseq;
      modtimer(&pd->rt, pd->rd, 0);
    }
  } else if (pd->rd != rd0 || combo != combo0) {
    pd->rseq++;  // invalidate the current timer
    if (pd->rd > 0) {
      pd->rt.f = rtf;
      pd->rt.arg = pd;
      pd->rt.seq = pd->rseq;
      modtimer(&pd->rt, pd->rd, 0);
    } else {
      deltimer(&pd->rt);
      pd->rt.f = nullptr;
    }
  }
  if (pd->wt.f == nullptr) {
    if (pd->wd > 0 && !combo) {
      pd->wt.f = writeDeadline;
      pd->wt.arg = pd;
      pd->wt.seq = pd->wseq;
      modtimer(&pd->wt, pd->wd, 0);
    }
  } else if (pd->wd != wd0 || combo != combo0) {
    pd->wseq++;
    if (pd->wd > 0 && !combo) {
      pd->wt.f = writeDeadline;
      pd->wt.arg = pd;
      pd->wt.seq = pd->wseq;
      modtimer(&pd->wt, pd->wd, 0);
    } else {
      deltimer(&pd->wt);
      pd->wt.f = nullptr;
    }
  }
  // A deadline set in the past unblocks I/O now.
  G* rg = pd->rd < 0 ? unblock(pd, 'r', false) : nullptr;
  G* wg = pd->wd < 0 ? unblock(pd, 'w', false) : nullptr;
  pd->lock.unlock();
  ready(rg);
  ready(wg);
}

void pollUnblock(pollDesc* pd) {
  pd->lock.lock();
  if (pd->closing) throwf("runtime: unblock on closing polldesc");
  pd->closing = true;
  pd->rseq++;
  pd->wseq++;
  G* rg = unblock(pd, 'r', false);
  G* wg = unblock(pd, 'w', false);
  if (pd->rt.f != nullptr) {
    deltimer(&pd->rt);
    pd->rt.f = nullptr;
  }
  if (pd->wt.f != nullptr) {
    deltimer(&pd->wt);
    pd->wt.f = nullptr;
  }
  pd->lock.unlock();
  ready(rg);
  ready(wg);
}

bool netpollInited() { return inited.load(std::memory_order_acquire); }

bool netpollWaiting() { return waiters.load(std::memory_order_acquire) != 0; }

void netpollWake() {
  if (!inited.load(std::memory_order_acquire)) return;
  if (wakePending.exchange(1, std::memory_order_acq_rel) != 0) return;
  uint64_t one = 1;
  for (;;) {
    ssize_t n = write(wakefd, &one, sizeof one);
    if (n == sizeof one || errno == EAGAIN) return;
    if (errno != EINTR) throwf("runtime: netpollBreak write failed");
  }
}

std::vector<G*> netpoll(int64_t delay) {
  std::vector<G*> toRun;
  if (!inited.load(std::memory_order_acquire)) return toRun;
  int waitms;
  if (delay < 0) waitms = -1;
  else if (delay == 0) waitms = 0;
  else if (delay < 1'000'000) waitms = 1;  // epoll's unit is the millisecond
  else if (delay < 1'000'000'000'000LL) waitms = int(delay / 1'000'000);
  else waitms = 1'000'000;  // about 17 minutes: the caller recomputes its delay
  epoll_event events[128];
  int n;
  for (;;) {
    n = epoll_wait(epfd, events, 128, waitms);
    if (n >= 0) break;
    if (errno != EINTR) throwf("runtime: netpoll failed: epoll_wait");
    // An interrupted blocking poll returns to the scheduler to recompute its delay.
    if (waitms > 0) return toRun;
  }
  for (int i = 0; i < n; i++) {
    epoll_event& ev = events[i];
    if (ev.events == 0) continue;
    if (ev.data.ptr == nullptr) {  // netpollWake
      if (ev.events != EPOLLIN) throwf("runtime: netpoll: eventfd ready for something other than read");
      if (delay != 0) {
        // Only a blocking poll consumes a wake-up (a non-blocking one would lose it).
        uint64_t buf;
        (void)!read(wakefd, &buf, sizeof buf);
        wakePending.store(0, std::memory_order_release);
      }
      continue;
    }
    auto* pd = static_cast<pollDesc*>(ev.data.ptr);
    bool r = ev.events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR);
    bool w = ev.events & (EPOLLOUT | EPOLLHUP | EPOLLERR);
    if (ev.events & EPOLLERR) pd->everr.store(true, std::memory_order_release);
    if (r)
      if (G* gp = unblock(pd, 'r', true)) toRun.push_back(gp);
    if (w)
      if (G* gp = unblock(pd, 'w', true)) toRun.push_back(gp);
  }
  return toRun;
}

}  // namespace golite::runtime
