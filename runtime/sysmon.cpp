// sysmon: the monitor thread (Go's sysmon and retake in runtime/proc.go).
//
// sysmon runs on an M of its own without a P, so it never blocks Go code and Go code
// never blocks it. It wakes every 20us at first, doubling the sleep after 1ms of idle
// rounds up to 10ms, and sleeps until the next timer (or until a system call or a
// restarted world wakes it) while every P is idle. Each round it looks at every P:
//   - a P whose schedtick has not moved for 10ms has been running one G that long: the
//     G's preempt flag is set, and the VM yields at its next safepoint (preemptPark);
//   - a P in a system call since the last round (at least 20us) is retaken and handed to
//     another M (handoffp), so a blocking read does not stall the other goroutines.
//     When there is no other work and idle Ms exist, it waits up to 10ms first.
#include <cstdint>

#include "runtime/netpoll.h"
#include "runtime/runtime2.h"
#include "runtime/write.h"

namespace golite::runtime {

namespace {

// The time slice given to a G before it is preempted.
constexpr int64_t forcePreemptNS = 10 * 1000 * 1000;  // 10ms
// The longest deep sleep (Go's forcegcperiod/2).
constexpr int64_t maxSysmonSleep = int64_t(60) * 1000 * 1000 * 1000;

uint32_t retake(int64_t now) {
  uint32_t n = 0;
  uint32_t np = uint32_t(gomaxprocsCur.load(std::memory_order_acquire));
  for (uint32_t i = 0; i < np; i++) {
    P* pp = allp[i].load(std::memory_order_acquire);
    if (pp == nullptr) continue;
    sysmontick& pd = pp->sysmon;
    uint32_t s = pp->status.load(std::memory_order_acquire);
    bool sysretake = false;
    if (s == Prunning || s == Psyscall) {
      // Preempt the G if it's running for too long.
      uint32_t t = pp->schedtick.load(std::memory_order_relaxed);
      if (pd.schedtick != t) {
        pd.schedtick = t;
        pd.schedwhen = now;
      } else if (pd.schedwhen + forcePreemptNS <= now) {
        preemptone(pp);
        // In a system call preemptone does not work: no M is wired to the P.
        sysretake = true;
      }
    }
    if (s == Psyscall) {
      // Retake the P from the system call if it's there for more than one sysmon tick.
      uint32_t t = pp->syscalltick.load(std::memory_order_relaxed);
      if (!sysretake && pd.syscalltick != t) {
        pd.syscalltick = t;
        pd.syscallwhen = now;
        continue;
      }
      // We don't want to retake Ps if there is no other work to do, but we want to
      // retake them eventually because they keep sysmon from deep sleep.
      bool empty = pp->runqhead.load(std::memory_order_acquire) == pp->runqtail.load(std::memory_order_acquire) &&
                   pp->runnext.load(std::memory_order_acquire) == nullptr;
      if (empty &&
          sched.nmspinning.load(std::memory_order_acquire) + sched.npidle.load(std::memory_order_acquire) > 0 &&
          pd.syscallwhen + 10 * 1000 * 1000 > now) {
        continue;
      }
      uint32_t expect = s;
      if (pp->status.compare_exchange_strong(expect, Pidle, std::memory_order_acq_rel)) {
        n++;
        pp->syscalltick.fetch_add(1, std::memory_order_relaxed);
        handoffp(pp);
      }
    }
  }
  return n;
}

}  // namespace

// Asks the G running on pp to stop at its next safepoint. Best effort: it may inform the
// wrong G (one that just started), which then yields early.
bool preemptone(P* pp) {
  M* mp = pp->m.load(std::memory_order_acquire);
  if (mp == nullptr || mp == getm()) return false;
  G* gp = mp->curg.load(std::memory_order_acquire);
  if (gp == nullptr) return false;
  gp->preempt.store(true, std::memory_order_release);
  return true;
}

void preemptall() {
  uint32_t np = uint32_t(gomaxprocsCur.load(std::memory_order_acquire));
  for (uint32_t i = 0; i < np; i++) {
    P* pp = allp[i].load(std::memory_order_acquire);
    if (pp && pp->status.load(std::memory_order_acquire) == Prunning) preemptone(pp);
  }
}

void sysmon(M* mp) {
  (void)mp;
  sched.lock.lock();
  sched.nmsys++;
  checkdead();
  sched.lock.unlock();

  int idle = 0;  // how many cycles in succession we had not woken somebody
  uint32_t delay = 0;
  while (!sched.exiting.load(std::memory_order_acquire)) {
    if (idle == 0) delay = 20;  // start with 20us sleep...
    else if (idle > 50) delay *= 2;  // start doubling the sleep after 1ms...
    if (delay > 10 * 1000) delay = 10 * 1000;  // up to 10ms
    usleep(delay);

    // Output a Go program would already have written waits at most 10 ms in the stdout
    // buffer, and none at all once every P is idle (the program sleeps or blocks).
    int64_t now = nanotime();
    flushStdoutIfOlder(now, 10'000'000);

    // Sleep deeply while every P is idle or the world is stopped: nothing to preempt or
    // retake. Wake for the next timer, a system call or a restarted world.
    uint32_t procs = uint32_t(gomaxprocsCur.load(std::memory_order_acquire));
    if (sched.gcwaiting.load(std::memory_order_acquire) != 0 ||
        sched.npidle.load(std::memory_order_acquire) == procs) {
      sched.lock.lock();
      if (!sched.exiting.load(std::memory_order_acquire) &&
          (sched.gcwaiting.load(std::memory_order_acquire) != 0 ||
           sched.npidle.load(std::memory_order_acquire) == procs)) {
        bool syscallWake = false;
        flushStdoutIfOlder(now, 0);
        int64_t next = timeSleepUntil();
        if (next > now) {
          sched.sysmonwait.store(1, std::memory_order_release);
          sched.lock.unlock();
          int64_t sleep = maxSysmonSleep;
          if (next - now < sleep) sleep = next - now;
          syscallWake = notetsleep(&sched.sysmonnote, sleep);
          sched.lock.lock();
          sched.sysmonwait.store(0, std::memory_order_release);
          noteclear(&sched.sysmonnote);
        }
        if (syscallWake) {
          idle = 0;
          delay = 20;
        }
      }
      sched.lock.unlock();
    }
    if (sched.exiting.load(std::memory_order_acquire)) break;
    now = nanotime();
    // Poll the network if it has not been polled for more than 10 ms (every M busy
    // running goroutines): descriptors' goroutines go to the global queue.
    if (netpollInited()) {
      int64_t lastpoll = sched.lastpoll.load(std::memory_order_acquire);
      if (lastpoll != 0 && lastpoll + 10'000'000 < now &&
          sched.lastpoll.compare_exchange_strong(lastpoll, now, std::memory_order_acq_rel)) {
        for (G* gp : netpoll(0)) {
          goready(gp);
          idle = 0;
        }
      }
    }
    // Retake Ps blocked in system calls and preempt long-running Gs.
    if (retake(now) != 0) idle = 0;
    else idle++;
  }
}

}  // namespace golite::runtime
