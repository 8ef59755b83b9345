// Goroutine scheduler (Go's runtime/proc.go).
//
// The main concepts are:
//   G - goroutine: a native stack with a saved context, switched with Boost.Context.
//   M - worker thread, or machine.
//   P - processor, the right to run Go code: an M must hold a P to run a G.
// There are exactly GOMAXPROCS Ps; Ms come and go (are parked) as there is work.
//
// Running a G. Each M's own thread stack is its "g0": schedule() runs there in a loop,
// picks a G (findRunnable) and switches into it (execute). A G never switches straight
// to another G: to block or yield it switches back to g0 with mcall(fn), and fn runs on
// g0 with the G off CPU. That is what makes gopark safe: its unlockf (say, the channel
// lock) is released only once the G's context is saved, so a goready from another M can
// never resume a G still running. Each switch passes the resuming M's pointer, because a
// G parked on one M may resume on another.
//
// Where a G is found (findRunnable): every 61st schedtick the global queue first (so two
// goroutines respawning each other cannot starve it), then the P's runnext, its local
// queue, the global queue, then, as a spinning M, half of a random victim's queue (up to
// four rounds over all Ps, the last one also taking runnext and running the victims'
// expired timers). With nothing found the M gives up its P and parks on a note.
//
// Worker thread parking/unparking (as Go's essay): we must keep enough Ms running to use
// the Ps, but park the rest to save CPU. An M is "spinning" when it is out of local work
// and looking in the global queue and other Ps. When new work appears (newproc, goready,
// a timer) and there are idle Ps and no spinning M, wakep() unparks one more M, which
// spins. A spinning M that finds work stops spinning and unparks another (resetspinning),
// so bursts of work ramp up Ms one by one. A spinning M that finds nothing drops
// nmspinning first and then re-checks all queues (with a full barrier between) before
// parking: otherwise work submitted in between could be left with no M to run it.
//
// Timers and the network poller: the last M to go idle with timers pending or goroutines
// parked on descriptors blocks until the earliest timer: in epoll_wait once the network
// poller exists (netpoll.cpp), else in a futex wait; netpollBreak wakes it early (an
// earlier timer, new work). findRunnable also polls descriptors without blocking.
//
// Deadlock (checkdead): when an M parks and no M is running Go code (none is spinning,
// polling timers or in a system call), no timer is pending and every goroutine is
// waiting, the program can never go on: `fatal error: all goroutines are asleep -
// deadlock!` with each goroutine's traceback, exit status 2.
//
// Fibers and sanitizers: every switch is announced to ThreadSanitizer (fibers) and
// AddressSanitizer (stack bounds) when built with them. The C++ runtime's per-thread
// exception state (the stack of exceptions being handled) travels with the G across
// switches, since a G parked inside a catch block may resume on another thread.
#include "runtime/mgc.h"
#include "runtime/mprof.h"
#include "runtime/netpoll.h"
#include "runtime/proc.h"
#include "runtime/write.h"

#include <pthread.h>
#include <signal.h>
#include <sched.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <boost/context/detail/fcontext.hpp>
#include <cerrno>
#include <cinttypes>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <exception>
#include <numeric>
#include <typeinfo>

#include "runtime/alg.h"
#include "runtime/mheap.h"
#include "runtime/panic.h"
#include "runtime/runtime2.h"

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

namespace golite::runtime {

namespace ctx = boost::context::detail;

int (*exitHook)(int status) = nullptr;
void (*tracebackHook)(G* gp) = nullptr;

schedt sched;
std::atomic<int32_t> gomaxprocsCur{0};
std::atomic<P*> allp[maxGomaxprocs];

namespace {

// --- globals ----------------------------------------------------------------------------

thread_local M* tlsM = nullptr;

M* m0 = nullptr;       // the thread that called runScheduler / schedmain
M* allm = nullptr;     // every M, linked by alllink (under sched.lock)
std::atomic<bool> mainStarted{false};
bool mainReturnExits = false;  // schedmain: goroutine 1 returning ends the process
int (*mainFn)(void*) = nullptr;
void* mainArg = nullptr;
int mainStatus = 0;

// Every G ever created (allgs), for checkdead, tracebacks and numGoroutine.
mutex allglock;
std::vector<G*> allgs;
std::atomic<int64_t> allglen{0};
std::atomic<int64_t> systemGoroutines{0};  // system Gs (the finalizer goroutine): never exit

// The G that stands for the main thread before the scheduler runs.
G bootG;

// Stop-the-world serialization (Go's worldsema) and the pending GOMAXPROCS.
uint32_t worldsema = 1;
int32_t newprocs = 0;

constexpr int goidCacheBatch = 16;
constexpr int32_t maxMCount = 10000;
// A dead G whose native stack went deeper than this has the rest released.
constexpr size_t stackKeepBytes = 32 << 10;

// The C++ runtime's per-thread exception state (libstdc++'s __cxa_eh_globals). Read
// through a function the optimiser cannot see into: __cxa_get_globals is declared
// const, and across a fiber switch the thread may have changed.
struct EhGlobals {
  void* caughtExceptions;
  unsigned int uncaughtExceptions;
};
[[gnu::noipa]] EhGlobals* ehGlobals() {
  return reinterpret_cast<EhGlobals*>(abi::__cxa_get_globals());
}

// The running thread's M, read so that a fiber resumed on another thread sees its new
// thread's value (the address of a thread_local must not be kept across a switch).
[[gnu::noipa]] M* getmImpl() { return tlsM; }
[[gnu::noipa]] void setm(M* mp) { tlsM = mp; }

inline uint32_t gmp() { return uint32_t(gomaxprocsCur.load(std::memory_order_relaxed)); }
inline P* allpAt(uint32_t i) { return allp[i].load(std::memory_order_acquire); }

}  // namespace

M* getm() { return getmImpl(); }

std::vector<GoroutineInfo> goroutines() {
  std::vector<GoroutineInfo> out;
  for (G* gp : allgsSnapshot()) {
    uint32_t st = gp->status();
    if (gp->isSystem || st == Gdead || st == Gidle || gp->vm == nullptr) continue;
    const char* state = st == Gwaiting ? waitReasonString(gp->waitreason)
                        : st == Grunnable ? "runnable" : st == Gsyscall ? "syscall" : "running";
    out.push_back({gp->goid, state, gp->vm, __atomic_load_n(&gp->labels, __ATOMIC_RELAXED)});
  }
  return out;
}

void* goroutineLabels() { return getg()->labels; }

void setGoroutineLabels(void* labels) {
  G* gp = getg();
  shadePointer(gp->labels);
  __atomic_store_n(&gp->labels, labels, __ATOMIC_RELAXED);
}

G* currentGForSignal() {
  M* mp = getmImpl();
  return mp != nullptr ? mp->curg.load(std::memory_order_relaxed) : nullptr;
}

std::vector<std::vector<uintptr_t>> threadCreateStacks() {
  std::vector<std::vector<uintptr_t>> out;
  sched.lock.lock();
  for (M* mp = allm; mp != nullptr; mp = mp->alllink) out.push_back(mp->createStack);
  sched.lock.unlock();
  return out;
}

G* getg() {
  M* mp = getmImpl();
  if (mp == nullptr) return &bootG;
  G* gp = mp->curg.load(std::memory_order_relaxed);
  return gp != nullptr ? gp : &mp->g0;
}

int64_t goid(G* gp) { return gp->goid; }
void* gvm(G* gp) { return gp->vm; }
void setgvm(G* gp, void* vm) { gp->vm = vm; }
std::atomic<bool>* preemptFlag(G* gp) { return &gp->preempt; }

const char* waitReasonString(WaitReason r) {
  switch (r) {
    case WaitReason::Zero: return "";
    case WaitReason::ChanReceive: return "chan receive";
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::ChanReceiveNilChan: return "chan receive (nil chan)";
    case WaitReason::ChanSendNilChan: return "chan send (nil chan)";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::SyncMutexLock: return "sync.Mutex.Lock";
    case WaitReason::SyncRWMutexLock: return "sync.RWMutex.Lock";
    case WaitReason::SyncRWMutexRLock: return "sync.RWMutex.RLock";
    case WaitReason::SyncCondWait: return "sync.Cond.Wait";
    case WaitReason::SyncWaitGroupWait: return "sync.WaitGroup.Wait";
    case WaitReason::Semacquire: return "semacquire";
    case WaitReason::IOWait: return "IO wait";
    case WaitReason::Preempted: return "preempted";
    case WaitReason::FinalizerWait: return "finalizer wait";
  }
  return "unknown wait reason";
}

// --- time and CPUs ----------------------------------------------------------------------

int64_t nanotime() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t walltime() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int ncpu() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return n;
  }
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? int(n) : 1;
}

namespace {

// --- context switches -------------------------------------------------------------------

G* goexit0(M* mp, G* gp, bool* inheritTime);

// The M's per-thread state that Gs use: the C++ exception state (swapped on every
// switch) and the sanitizers' view of the M's own stack. On the M's thread.
void initg0Fiber(M* mp) {
  mp->ehGlobals = ehGlobals();
#if defined(__SANITIZE_THREAD__)
  mp->g0tsanFiber = __tsan_get_current_fiber();
#endif
#if defined(__SANITIZE_ADDRESS__)
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr;
    size_t size;
    pthread_attr_getstack(&attr, &addr, &size);
    mp->g0StackBottom = addr;
    mp->g0StackSize = size;
    pthread_attr_destroy(&attr);
  }
#endif
  (void)mp;
}

// The fiber entry of every G. Runs gp->fn(gp->arg) and ends the goroutine.
void gentry(ctx::transfer_t t) {
  M* mp = static_cast<M*>(t.data);
  mp->g0ctx = t.fctx;
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_finish_switch_fiber(nullptr, nullptr, nullptr);
#endif
  G* gp = mp->curg.load(std::memory_order_relaxed);
  try {
    gp->fn(gp->arg);
  } catch (const GoPanic&) {
    std::fprintf(stderr, "fatal error: golite: a Go panic escaped goroutine %" PRId64
                         "'s entry function (the VM must catch it)\n", gp->goid);
    std::abort();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fatal error: golite: C++ exception escaped goroutine %" PRId64
                         ": %s\n", gp->goid, e.what());
    std::abort();
  } catch (...) {
    // (No boost::context::detail::forced_unwind can arrive here: Gs are raw fcontexts,
    // never destroyed while suspended.)
    std::fprintf(stderr, "fatal error: golite: C++ exception escaped goroutine %" PRId64 "\n",
                 gp->goid);
    std::abort();
  }
  goexit();
}

// Switches from g0 into gp; returns gp's saved context once gp mcalls back.
inline void* gogo(M* mp, G* gp) {
#if defined(__SANITIZE_THREAD__)
  __tsan_switch_to_fiber(gp->tsanFiber, 0);
#endif
#if defined(__SANITIZE_ADDRESS__)
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, reinterpret_cast<void*>(gp->stack.lo),
                                 gp->stack.hi - gp->stack.lo);
#endif
  ctx::transfer_t t = ctx::jump_fcontext(gp->ctx, mp);
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
#endif
  return t.fctx;
}

// Switches from the running G to its M's g0, which runs fn(mp, gp). Returns when gp is
// resumed, perhaps on another M. Go's mcall.
void mcall(McallFn fn) {
  M* mp = getmImpl();
  G* gp = mp->curg.load(std::memory_order_relaxed);
  if (gp == nullptr) throwf("mcall called on g0");
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (sp < gp->stackLowWater) gp->stackLowWater = sp;
  // The exception state belongs to the G (it may be inside a catch block).
  EhGlobals* eh = static_cast<EhGlobals*>(mp->ehGlobals);
  gp->ehCaught = eh->caughtExceptions;
  gp->ehUncaught = eh->uncaughtExceptions;
  *eh = EhGlobals{nullptr, 0};
  mp->mcallfn = fn;
#if defined(__SANITIZE_THREAD__)
  __tsan_switch_to_fiber(mp->g0tsanFiber, 0);
#endif
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_start_switch_fiber(fn == goexit0 ? nullptr : &gp->asanFakeStack, mp->g0StackBottom,
                                 mp->g0StackSize);
#endif
  ctx::transfer_t t = ctx::jump_fcontext(mp->g0ctx, nullptr);
  // Resumed by some M's gogo. mp is stale from here on.
  M* nm = static_cast<M*>(t.data);
  nm->g0ctx = t.fctx;
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_finish_switch_fiber(gp->asanFakeStack, nullptr, nullptr);
#endif
  *static_cast<EhGlobals*>(nm->ehGlobals) = EhGlobals{gp->ehCaught, gp->ehUncaught};
}

// --- Gs ---------------------------------------------------------------------------------

// A goroutine that ends by switching away for good (goexit, or abandoned at teardown)
// leaves AddressSanitizer's redzone poison of its last frames on its stack; the next
// goroutine on that stack would trip over it. Its frames lie between its deepest park
// (stackLowWater, recorded by mcall) and the top.
inline void asanUnpoisonStack(G* gp) {
#if defined(__SANITIZE_ADDRESS__)
  uintptr_t lo = gp->stackLowWater > gp->stack.lo + 4096 ? gp->stackLowWater - 4096 : gp->stack.lo;
  __asan_unpoison_memory_region(reinterpret_cast<void*>(lo), gp->stack.hi - lo);
#else
  (void)gp;
#endif
}

// A new G with a stack.
G* malg() {
  G* gp = new G();
  gp->stack = stackalloc();
  gp->stackLowWater = gp->stack.hi;
  return gp;
}

void freeg(G* gp) {
  asanUnpoisonStack(gp);
#if defined(__SANITIZE_THREAD__)
  if (gp->tsanFiber) __tsan_destroy_fiber(gp->tsanFiber);
#endif
  stackfreeSpare(gp);
  stackfree(gp->stack);
  delete gp;
}

void allgadd(G* gp) {
  allglock.lock();
  allgs.push_back(gp);
  allglen.store(int64_t(allgs.size()), std::memory_order_relaxed);
  allglock.unlock();
}

// Puts a dead G on pp's free list (half of a long list goes to the global one).
void gfput(P* pp, G* gp) {
  asanUnpoisonStack(gp);
  stackfreeSpare(gp);
  if (gp->stack.hi - gp->stackLowWater > stackKeepBytes) {
    stackrelease(gp->stack, stackKeepBytes);
  }
  gp->stackLowWater = gp->stack.hi;
  pp->gFree.push(gp);
  int32_t n = pp->gFreeN.load(std::memory_order_relaxed) + 1;
  pp->gFreeN.store(n, std::memory_order_relaxed);
  if (n >= 64) {
    gList moved;
    int32_t inc = 0;
    while (n >= 32) {
      moved.push(pp->gFree.pop());
      n--;
      inc++;
    }
    pp->gFreeN.store(n, std::memory_order_relaxed);
    sched.gFreeLock.lock();
    while (G* g = moved.pop()) sched.gFree.push(g);
    sched.gFreeN.fetch_add(inc, std::memory_order_relaxed);
    sched.gFreeLock.unlock();
  }
}

// A dead G from pp's free list (refilled from the global one), or null.
G* gfget(P* pp) {
  if (pp->gFree.empty() && sched.gFreeN.load(std::memory_order_relaxed) > 0) {
    sched.gFreeLock.lock();
    int32_t n = pp->gFreeN.load(std::memory_order_relaxed);
    int32_t taken = 0;
    while (n < 32) {
      G* gp = sched.gFree.pop();
      if (!gp) break;
      pp->gFree.push(gp);
      n++;
      taken++;
    }
    sched.gFreeN.fetch_sub(taken, std::memory_order_relaxed);
    sched.gFreeLock.unlock();
    pp->gFreeN.store(n, std::memory_order_relaxed);
  }
  G* gp = pp->gFree.pop();
  if (gp) pp->gFreeN.fetch_sub(1, std::memory_order_relaxed);
  return gp;
}

// Moves all of pp's free Gs to the global list (pp is being destroyed).
void gfpurge(P* pp) {
  sched.gFreeLock.lock();
  int32_t inc = 0;
  while (G* gp = pp->gFree.pop()) {
    sched.gFree.push(gp);
    inc++;
  }
  pp->gFreeN.store(0, std::memory_order_relaxed);
  sched.gFreeN.fetch_add(inc, std::memory_order_relaxed);
  sched.gFreeLock.unlock();
}

// --- run queues -------------------------------------------------------------------------

// Puts gp on the global queue. sched.lock must be held.
void globrunqput(G* gp) {
  sched.runq.pushBack(gp);
  sched.runqsize.fetch_add(1, std::memory_order_relaxed);
}

void globrunqputhead(G* gp) {
  sched.runq.push(gp);
  sched.runqsize.fetch_add(1, std::memory_order_relaxed);
}

void globrunqputbatch(gQueue batch, int32_t n) {
  sched.runq.pushBackAll(batch);
  sched.runqsize.fetch_add(n, std::memory_order_relaxed);
}

bool runqputslow(P* pp, G* gp, uint32_t h, uint32_t t);

// Puts gp on pp's local queue; next: into runnext, kicking the old runnext to the tail.
// Executed only by the owner P.
void runqput(P* pp, G* gp, bool next) {
  if (next) {
    G* oldnext = pp->runnext.load(std::memory_order_relaxed);
    while (!pp->runnext.compare_exchange_weak(oldnext, gp, std::memory_order_acq_rel)) {
    }
    if (oldnext == nullptr) return;
    gp = oldnext;  // kick the old runnext out to the regular queue
  }
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);  // synchronize with consumers
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
    if (t - h < runqSize) {
      pp->runq[t % runqSize].store(gp, std::memory_order_relaxed);
      pp->runqtail.store(t + 1, std::memory_order_release);  // makes the item available
      return;
    }
    if (runqputslow(pp, gp, h, t)) return;
    // the queue is not full, now the put above must succeed
  }
}

// Moves gp and a batch of work from the full local queue to the global queue.
bool runqputslow(P* pp, G* gp, uint32_t h, uint32_t t) {
  G* batch[runqSize / 2 + 1];
  uint32_t n = t - h;
  n = n / 2;
  if (n != runqSize / 2) throwf("runqputslow: queue is not full");
  for (uint32_t i = 0; i < n; i++) batch[i] = pp->runq[(h + i) % runqSize].load(std::memory_order_relaxed);
  if (!pp->runqhead.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return false;
  batch[n] = gp;
  gQueue q;
  for (uint32_t i = 0; i <= n; i++) q.pushBack(batch[i]);
  sched.lock.lock();
  globrunqputbatch(q, int32_t(n + 1));
  sched.lock.unlock();
  return true;
}

// A G from pp's local queue; *inheritTime is true for runnext. Executed only by the owner.
G* runqget(P* pp, bool* inheritTime) {
  G* next = pp->runnext.load(std::memory_order_relaxed);
  // If runnext is set, only the owner can clear it (thieves CAS it too).
  if (next != nullptr &&
      pp->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
    *inheritTime = true;
    return next;
  }
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
    if (t == h) return nullptr;
    G* gp = pp->runq[h % runqSize].load(std::memory_order_relaxed);
    if (pp->runqhead.compare_exchange_weak(h, h + 1, std::memory_order_acq_rel)) {
      *inheritTime = false;
      return gp;
    }
  }
}

bool runqempty(P* pp) {
  // runqhead, runqtail and runnext are read so that a G moving from runnext to the queue
  // (runqput kicking it) is not missed.
  for (;;) {
    uint32_t head = pp->runqhead.load(std::memory_order_acquire);
    uint32_t tail = pp->runqtail.load(std::memory_order_acquire);
    G* runnext = pp->runnext.load(std::memory_order_acquire);
    if (tail == pp->runqtail.load(std::memory_order_acquire)) return head == tail && runnext == nullptr;
  }
}

// Grabs a batch of Gs from pp's queue into batch[batchHead...] (a ring of runqSize).
// Returns the count. Can be executed by any P.
uint32_t runqgrab(P* pp, std::atomic<G*>* batch, uint32_t batchHead, bool stealRunNextG) {
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (stealRunNextG) {
        // Try to steal from pp->runnext.
        G* next = pp->runnext.load(std::memory_order_acquire);
        if (next != nullptr) {
          if (pp->status.load(std::memory_order_relaxed) == Prunning) {
            // Sleep to ensure that pp isn't about to run the G we are about to steal.
            // The important use case here is when the G running on pp ready()s another G
            // and then almost immediately blocks: stealing runnext in that window would
            // make the two thrash between Ps.
            usleep(3);
          }
          if (!pp->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) continue;
          batch[batchHead % runqSize].store(next, std::memory_order_relaxed);
          return 1;
        }
      }
      return 0;
    }
    if (n > runqSize / 2) continue;  // read inconsistent h and t
    for (uint32_t i = 0; i < n; i++) {
      G* g = pp->runq[(h + i) % runqSize].load(std::memory_order_relaxed);
      batch[(batchHead + i) % runqSize].store(g, std::memory_order_relaxed);
    }
    if (pp->runqhead.compare_exchange_weak(h, h + n, std::memory_order_acq_rel)) return n;
  }
}

// Steals half of p2's queue into pp's and returns one of the Gs.
G* runqsteal(P* pp, P* p2, bool stealRunNextG) {
  uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
  uint32_t n = runqgrab(p2, pp->runq, t, stealRunNextG);
  if (n == 0) return nullptr;
  n--;
  G* gp = pp->runq[(t + n) % runqSize].load(std::memory_order_relaxed);
  if (n == 0) return gp;
  uint32_t h = pp->runqhead.load(std::memory_order_acquire);
  if (t - h + n >= runqSize) throwf("runqsteal: runq overflow");
  pp->runqtail.store(t + n, std::memory_order_release);
  return gp;
}

// A batch from the global queue (sched.lock held): one G returned, more into pp's queue.
G* globrunqget(P* pp, int32_t max) {
  int32_t size = sched.runqsize.load(std::memory_order_relaxed);
  if (size == 0) return nullptr;
  int32_t n = size / int32_t(gmp()) + 1;
  if (n > size) n = size;
  if (max > 0 && n > max) n = max;
  if (n > int32_t(runqSize / 2)) n = runqSize / 2;
  sched.runqsize.fetch_sub(n, std::memory_order_relaxed);
  G* gp = sched.runq.pop();
  n--;
  for (; n > 0; n--) runqput(pp, sched.runq.pop(), false);
  return gp;
}

// --- idle Ps and Ms ---------------------------------------------------------------------

// sched.lock must be held.
void pidleput(P* pp) {
  if (!runqempty(pp)) throwf("pidleput: P has non-empty run queue");
  pp->link = sched.pidle;
  sched.pidle = pp;
  sched.npidle.fetch_add(1, std::memory_order_acq_rel);
}

P* pidleget() {
  P* pp = sched.pidle;
  if (pp) {
    sched.pidle = pp->link;
    sched.npidle.fetch_sub(1, std::memory_order_acq_rel);
  }
  return pp;
}

// sched.lock must be held.
void mput(M* mp) {
  mp->schedlink = sched.midle;
  sched.midle = mp;
  sched.nmidle++;
  checkdead();
}

M* mget() {
  M* mp = sched.midle;
  if (mp) {
    sched.midle = mp->schedlink;
    sched.nmidle--;
  }
  return mp;
}

int64_t mReserveID() {
  int64_t id = sched.mnext++;
  if (sched.mnext - sched.nmfreed > maxMCount) {
    sched.lock.unlock();
    fatal("thread exhaustion");
  }
  return id;
}

void acquirep(M* mp, P* pp) {
  if (mp->p != nullptr || pp->m.load(std::memory_order_relaxed) != nullptr ||
      pp->status.load(std::memory_order_relaxed) != Pidle) {
    throwf("acquirep: invalid p state");
  }
  mp->p = pp;
  pp->m.store(mp, std::memory_order_relaxed);
  pp->status.store(Prunning, std::memory_order_release);
}

P* releasep(M* mp) {
  P* pp = mp->p;
  if (pp == nullptr || pp->m.load(std::memory_order_relaxed) != mp ||
      pp->status.load(std::memory_order_relaxed) != Prunning) {
    throwf("releasep: invalid p state");
  }
  mp->p = nullptr;
  pp->m.store(nullptr, std::memory_order_relaxed);
  pp->status.store(Pidle, std::memory_order_release);
  return pp;
}

void mstart(M* mp);
void schedule(M* mp);

// A new M (OS thread) that will run fn, or take pp and schedule. id from mReserveID, or
// -1 to reserve one here.
void newm(void (*fn)(M*), P* pp, int64_t id, bool spinning) {
  M* mp = new M();
  G* creator = getg();
  if (creator->vm != nullptr && profileStackHook != nullptr) {
    uintptr_t pcs[32];
    mp->createStack.assign(pcs, pcs + profileStackHook(creator->vm, pcs, 32));
  }
  mp->mstartfn = fn;
  mp->nextp = pp;
  mp->spinning = spinning;
  if (id < 0) {
    sched.lock.lock();
    id = mReserveID();
    sched.lock.unlock();
  }
  mp->id = id;
  mp->g0.goid = 0;
  mp->thread = std::thread(mstart, mp);
  sched.lock.lock();
  mp->alllink = allm;
  allm = mp;
  sched.lock.unlock();
}

// Stops the M until new work is available (returns with a P, unless exiting).
void stopm(M* mp) {
  if (mp->p) throwf("stopm holding p");
  if (mp->spinning) throwf("stopm spinning");
  sched.lock.lock();
  if (sched.exiting.load(std::memory_order_acquire)) {
    sched.lock.unlock();
    return;
  }
  mput(mp);
  sched.lock.unlock();
  notesleep(&mp->park);
  noteclear(&mp->park);
  if (mp->nextp == nullptr) return;  // woken for exit
  acquirep(mp, mp->nextp);
  mp->nextp = nullptr;
}

}  // namespace

// Schedules some M to run pp (creating an M if needed); pp == null: an idle P, if any.
// spinning: the caller incremented nmspinning, and the new M inherits it.
void startm(P* pp, bool spinning) {
  sched.lock.lock();
  if (sched.exiting.load(std::memory_order_acquire)) {
    // runScheduler is stopping every M: start none (pp is simply dropped).
    sched.lock.unlock();
    if (spinning) sched.nmspinning.fetch_sub(1, std::memory_order_acq_rel);
    return;
  }
  if (pp == nullptr) {
    pp = pidleget();
    if (pp == nullptr) {
      sched.lock.unlock();
      if (spinning) {
        // The caller incremented nmspinning, but there are no idle Ps: undo it.
        if (int32_t(sched.nmspinning.fetch_sub(1, std::memory_order_acq_rel)) - 1 < 0) {
          throwf("startm: negative nmspinning");
        }
      }
      return;
    }
  }
  M* nmp = mget();
  if (nmp == nullptr) {
    // Reserve the M's id before dropping the lock, so that checkdead counts it as running.
    int64_t id = mReserveID();
    sched.lock.unlock();
    newm(nullptr, pp, id, spinning);
    return;
  }
  sched.lock.unlock();
  if (nmp->spinning) throwf("startm: m is spinning");
  if (nmp->nextp) throwf("startm: m has p");
  nmp->spinning = spinning;
  nmp->nextp = pp;
  notewakeup(&nmp->park);
}

// Hands off P from a system call or a stopping M. Starts an M whenever findRunnable would
// find a G to run on pp.
void handoffp(P* pp) {
  // If it has local work, start it straight away.
  if (!runqempty(pp) || sched.runqsize.load(std::memory_order_relaxed) != 0) {
    startm(pp, false);
    return;
  }
  // No local work: check that there are no spinning/idle Ms, otherwise our help is not
  // required.
  uint32_t zero = 0;
  if (sched.nmspinning.load(std::memory_order_acquire) + sched.npidle.load(std::memory_order_acquire) == 0 &&
      sched.nmspinning.compare_exchange_strong(zero, 1, std::memory_order_acq_rel)) {
    startm(pp, true);
    return;
  }
  sched.lock.lock();
  if (sched.gcwaiting.load(std::memory_order_acquire) != 0) {
    pp->status.store(Pgcstop, std::memory_order_release);
    sched.stopwait--;
    if (sched.stopwait == 0) notewakeup(&sched.stopnote);
    sched.lock.unlock();
    return;
  }
  if (sched.runqsize.load(std::memory_order_relaxed) != 0) {
    sched.lock.unlock();
    startm(pp, false);
    return;
  }
  // If this is the last running P and nobody is waiting for timers, start an M to do so
  // (and to notice a deadlock).
  if (sched.npidle.load(std::memory_order_relaxed) == gmp() - 1 &&
      sched.lastpoll.load(std::memory_order_acquire) != 0) {
    sched.lock.unlock();
    startm(pp, false);
    return;
  }
  int64_t when = nobarrierWakeTime(pp);
  pidleput(pp);
  sched.lock.unlock();
  if (when != 0) wakeNetPoller(when);
}

// Tries to add one more P to execute Gs. Called when a G is made runnable.
void wakep() {
  if (sched.npidle.load(std::memory_order_acquire) == 0) return;
  // Be conservative about spinning threads.
  uint32_t zero = 0;
  if (sched.nmspinning.load(std::memory_order_acquire) != 0 ||
      !sched.nmspinning.compare_exchange_strong(zero, 1, std::memory_order_acq_rel)) {
    return;
  }
  startm(nullptr, true);
}

void netpollBreak() {
  if (sched.pollWakeSig.exchange(1, std::memory_order_acq_rel) == 0) {
    futexwakeup(&sched.pollWakeSig, 1);
  }
  netpollWake();  // an M blocked in epoll (netpoll.cpp), once the poller exists
}

void wakeNetPoller(int64_t when) {
  if (sched.lastpoll.load(std::memory_order_acquire) == 0) {
    // An M is blocked until pollUntil: wake it if it would sleep past when.
    int64_t pollerPollUntil = sched.pollUntil.load(std::memory_order_acquire);
    if (pollerPollUntil == 0 || pollerPollUntil > when) netpollBreak();
  } else {
    // No M is waiting for timers: get one to do it.
    wakep();
  }
}

namespace {

// Blocks the M (without a P) for delay ns (< 0: with no timer, only for descriptors), or
// until netpollBreak. Go's netpoll(delay): once the network poller exists, in epoll_wait,
// returning the goroutines whose descriptors became ready (still to be readied).
std::vector<G*> netpollBlock(int64_t delay) {
  if (netpollInited()) {
    sched.pollWakeSig.exchange(0, std::memory_order_acq_rel);
    return netpoll(delay);
  }
  if (delay < 0) throwf("netpollBlock: no deadline without a poller");
  int64_t deadline = nanotime() + delay;
  while (sched.pollWakeSig.load(std::memory_order_acquire) == 0) {
    int64_t now = nanotime();
    if (now >= deadline) break;
    futexsleep(&sched.pollWakeSig, 0, deadline - now);
  }
  sched.pollWakeSig.exchange(0, std::memory_order_acq_rel);
  return {};
}

void resetspinning(M* mp) {
  if (!mp->spinning) throwf("resetspinning: not a spinning m");
  mp->spinning = false;
  if (int32_t(sched.nmspinning.fetch_sub(1, std::memory_order_acq_rel)) - 1 < 0) {
    throwf("findrunnable: negative nmspinning");
  }
  // M wakeup policy is deliberately somewhat conservative: check if we need to wake up
  // another P here.
  wakep();
}

// Stops the current M for stopTheWorld; returns when the world is restarted.
void gcstopm(M* mp) {
  if (sched.gcwaiting.load(std::memory_order_acquire) == 0) throwf("gcstopm: not waiting for gc");
  if (mp->spinning) {
    mp->spinning = false;
    if (int32_t(sched.nmspinning.fetch_sub(1, std::memory_order_acq_rel)) - 1 < 0) {
      throwf("gcstopm: negative nmspinning");
    }
  }
  P* pp = releasep(mp);
  sched.lock.lock();
  pp->status.store(Pgcstop, std::memory_order_release);
  sched.stopwait--;
  if (sched.stopwait == 0) notewakeup(&sched.stopnote);
  sched.lock.unlock();
  stopm(mp);
}

uint32_t gcd(uint32_t a, uint32_t b) { return std::gcd(a, b); }

// Tries to steal a runnable G or run a timer of any other P.
G* stealWork(M* mp, int64_t& now, int64_t* pollUntil, bool* newWork, bool* inheritTime) {
  P* pp = mp->p;
  bool ranTimer = false;
  *newWork = false;
  constexpr int stealTries = 4;
  for (int i = 0; i < stealTries; i++) {
    bool stealTimersOrRunNextG = i == stealTries - 1;
    uint32_t n = gmp();
    // Visit every P once in a random order: a random start and a step coprime with n.
    uint32_t pos = fastrand() % n;
    uint32_t inc = fastrand() % n + 1;
    while (gcd(inc, n) != 1) inc = inc % n + 1;
    for (uint32_t k = 0; k < n; k++, pos = (pos + inc) % n) {
      if (sched.gcwaiting.load(std::memory_order_acquire) != 0) {
        *newWork = true;  // stop-the-world may be waiting for us
        return nullptr;
      }
      P* p2 = allpAt(pos);
      if (p2 == pp) continue;
      // Run p2's timers on the last round, before taking its runnext.
      if (stealTimersOrRunNextG && p2->numTimers.load(std::memory_order_relaxed) > 0) {
        int64_t w;
        bool ran;
        now = checkTimers(p2, now, &w, &ran);
        if (w != 0 && (*pollUntil == 0 || w < *pollUntil)) *pollUntil = w;
        if (ran) {
          // Running the timers may have made Gs ready on our own queue.
          if (G* gp = runqget(pp, inheritTime)) return gp;
          ranTimer = true;
        }
      }
      // Don't bother to attempt to steal if p2 is idle.
      if (p2->status.load(std::memory_order_relaxed) != Pidle) {
        if (G* gp = runqsteal(pp, p2, stealTimersOrRunNextG)) {
          *inheritTime = false;
          return gp;
        }
      }
    }
  }
  *newWork = ranTimer;
  return nullptr;
}

// An idle P to run a G that is on some P's queue, found while we have no P.
P* checkRunqsNoP() {
  uint32_t n = gmp();
  for (uint32_t i = 0; i < n; i++) {
    P* p2 = allpAt(i);
    if (p2->status.load(std::memory_order_relaxed) != Pidle && !runqempty(p2)) {
      sched.lock.lock();
      P* pp = pidleget();
      sched.lock.unlock();
      return pp;  // can't get a P: don't bother checking the rest
    }
  }
  return nullptr;
}

int64_t checkTimersNoP(int64_t pollUntil) {
  uint32_t n = gmp();
  for (uint32_t i = 0; i < n; i++) {
    int64_t w = nobarrierWakeTime(allpAt(i));
    if (w != 0 && (pollUntil == 0 || w < pollUntil)) pollUntil = w;
  }
  return pollUntil;
}

// Finds a runnable G to execute: tries the local and global queues, timers and other
// Ps; parks the M when there is none. Returns null only when the scheduler is exiting.
G* findRunnable(M* mp, bool* inheritTime) {
top:
  if (sched.exiting.load(std::memory_order_acquire)) return nullptr;
  P* pp = mp->p;
  if (sched.gcwaiting.load(std::memory_order_acquire) != 0) {
    gcstopm(mp);
    goto top;
  }

  // now and pollUntil are kept for stealing, which may run other Ps' timers.
  int64_t pollUntil = 0;
  bool ranTimers;
  int64_t now = checkTimers(pp, 0, &pollUntil, &ranTimers);

  // Check the global runnable queue once in a while to ensure fairness. Otherwise two
  // goroutines can completely occupy the local runqueue by constantly respawning each
  // other.
  if (pp->schedtick.load(std::memory_order_relaxed) % 61 == 0 &&
      sched.runqsize.load(std::memory_order_relaxed) > 0) {
    sched.lock.lock();
    G* gp = globrunqget(pp, 1);
    sched.lock.unlock();
    if (gp) {
      *inheritTime = false;
      return gp;
    }
  }

  // local runq
  if (G* gp = runqget(pp, inheritTime)) return gp;

  // global runq
  if (sched.runqsize.load(std::memory_order_relaxed) != 0) {
    sched.lock.lock();
    G* gp = globrunqget(pp, 0);
    sched.lock.unlock();
    if (gp) {
      *inheritTime = false;
      return gp;
    }
  }

  // Poll network: goroutines whose descriptors are ready, without blocking. An
  // optimization before stealing: an M blocked in the poll would find them too.
  if (netpollWaiting() && sched.lastpoll.load(std::memory_order_acquire) != 0) {
    std::vector<G*> list = netpoll(0);
    if (!list.empty()) {
      for (size_t i = 1; i < list.size(); i++) goready(list[i]);
      list[0]->setStatus(Grunnable);
      *inheritTime = false;
      return list[0];
    }
  }

  // Spinning Ms: steal work from other Ps. Limit the number of spinning Ms to half the
  // number of busy Ps: this prevents excessive CPU use when GOMAXPROCS >> 1 but the
  // program's parallelism is low.
  {
    uint32_t procs = gmp();
    if (mp->spinning || 2 * sched.nmspinning.load(std::memory_order_acquire) <
                            procs - sched.npidle.load(std::memory_order_acquire)) {
      if (!mp->spinning) {
        mp->spinning = true;
        sched.nmspinning.fetch_add(1, std::memory_order_acq_rel);
      }
      int64_t w = 0;
      bool newWork;
      G* gp = stealWork(mp, now, &w, &newWork, inheritTime);
      if (gp) return gp;
      if (newWork) goto top;  // there may be new timer or GC work
      if (w != 0 && (pollUntil == 0 || w < pollUntil)) pollUntil = w;
    }
  }

  // We have nothing to do: return the P and block.
  sched.lock.lock();
  if (sched.gcwaiting.load(std::memory_order_acquire) != 0) {
    sched.lock.unlock();
    goto top;
  }
  if (sched.runqsize.load(std::memory_order_relaxed) != 0) {
    G* gp = globrunqget(pp, 0);
    sched.lock.unlock();
    *inheritTime = false;
    return gp;
  }
  if (releasep(mp) != pp) throwf("findrunnable: wrong p");
  pidleput(pp);
  sched.lock.unlock();

  // Delicate dance: the M goes from spinning to non-spinning, possibly while new work is
  // submitted. We must drop nmspinning first and then check all sources again (with a
  // StoreLoad barrier in between, the seq_cst RMW below). The other way round, another
  // thread could submit work after we checked all sources but before we drop
  // nmspinning, and nobody would unpark a thread to run it.
  {
    bool wasSpinning = mp->spinning;
    if (mp->spinning) {
      mp->spinning = false;
      if (int32_t(sched.nmspinning.fetch_sub(1, std::memory_order_seq_cst)) - 1 < 0) {
        throwf("findrunnable: negative nmspinning");
      }
      // Check all run queues once again.
      if (P* p2 = checkRunqsNoP()) {
        acquirep(mp, p2);
        mp->spinning = true;
        sched.nmspinning.fetch_add(1, std::memory_order_acq_rel);
        goto top;
      }
      // And for timers created or expiring concurrently with the transition.
      pollUntil = checkTimersNoP(pollUntil);
    }

    // Wait for the next timer or a descriptor (goroutines parked in the network
    // poller), if no other M does.
    if ((pollUntil != 0 || netpollWaiting()) && sched.lastpoll.exchange(0, std::memory_order_acq_rel) != 0) {
      sched.pollUntil.store(pollUntil, std::memory_order_release);
      if (mp->p) throwf("findrunnable: netpoll with p");
      if (mp->spinning) throwf("findrunnable: netpoll with spinning");
      int64_t delay = -1;
      if (pollUntil != 0) {
        now = nanotime();
        delay = pollUntil - now;
        if (delay < 0) delay = 0;
      }
      std::vector<G*> list = netpollBlock(delay);
      sched.pollUntil.store(0, std::memory_order_release);
      sched.lastpoll.store(nanotime(), std::memory_order_release);
      sched.lock.lock();
      P* p2 = pidleget();
      if (!p2)
        for (G* gp : list) {  // no P to run them here: the global queue
          gp->setStatus(Grunnable);
          globrunqput(gp);
        }
      sched.lock.unlock();
      if (p2) {
        acquirep(mp, p2);
        for (G* gp : list) goready(gp);
        if (wasSpinning) {
          mp->spinning = true;
          sched.nmspinning.fetch_add(1, std::memory_order_acq_rel);
        }
        goto top;
      }
    } else if (pollUntil != 0) {
      int64_t pollerPollUntil = sched.pollUntil.load(std::memory_order_acquire);
      if (pollerPollUntil == 0 || pollerPollUntil > pollUntil) netpollBreak();
    }
  }
  stopm(mp);
  goto top;
}

// --- parked stacks out of memory ----------------------------------------------------------
//
// Go shrinks the stacks of goroutines that use little of them, at each collection
// (shrinkstack). golite's native stacks cannot move (C++ frames point into them), but a
// parked goroutine's can leave memory and come back to the same addresses: the worker
// copies its used part (from the saved context up, usually under a kilobyte) to the C++
// heap and returns the pages to the OS (MADV_DONTNEED); before the G runs again, execute
// copies it back (the page faults in afresh). Only a G parked since the previous pass
// (parkSeq unchanged), so a goroutine that parks briefly and often is left alone, and only
// one whose native stack holds no Go pointer the collector scans (the VM says so:
// gcStackHoldsNoPointers), since the collector does not look at a stack that is out.
// Nothing else writes a parked G's native stack: its sudogs come from a pool, its sleep
// timer lives in the G. Not under AddressSanitizer, whose stack poisoning the copy would
// trip over.

void stackIn(G* gp) {
  uint32_t st;
  while ((st = gp->stackOut.load(std::memory_order_acquire)) == 1) sched_yield();
  if (st == 2) {
    std::memcpy(reinterpret_cast<void*>(gp->stack.hi - gp->stackSavedLen), gp->stackSaved,
                gp->stackSavedLen);
    std::free(gp->stackSaved);
    gp->stackSaved = nullptr;
    gp->stackSavedLen = 0;
    gp->stackOut.store(0, std::memory_order_release);
  }
}

}  // namespace

void shrinkParkedStacks(bool (*keepGoing)()) {
#if defined(__SANITIZE_ADDRESS__)
  (void)keepGoing;
#else
  if (gcStackHoldsNoPointers == nullptr) return;
  constexpr uintptr_t page = 4096;
  constexpr size_t maxSaved = 64 << 10;  // deeper stacks are left as they are
  // A pass stopped early (a cycle starting) is taken up where it stopped.
  static size_t cursor = 0;
  std::vector<G*> gs = allgsSnapshot();
  for (size_t k = 0; k < gs.size(); k++) {
    size_t at = (cursor + k) % gs.size();
    if (!keepGoing()) {
      cursor = at;
      return;
    }
    G* gp = gs[at];
    if (gp->status() != Gwaiting || gp->vm == nullptr || gp->isSystem) continue;
    uint32_t seq = gp->parkSeq.load(std::memory_order_relaxed);
    if (seq != gp->parkSeqSeen) {
      gp->parkSeqSeen = seq;  // parked since: next time
      continue;
    }
    uint32_t resident = 0;
    if (!gp->stackOut.compare_exchange_strong(resident, 1, std::memory_order_seq_cst)) continue;
    // Claimed: the G cannot run until stackOut leaves 1. Is it still the same park?
    uintptr_t sp = reinterpret_cast<uintptr_t>(gp->ctx);
    if (gp->atomicstatus.load(std::memory_order_seq_cst) != Gwaiting ||
        gp->parkSeq.load(std::memory_order_relaxed) != seq || sp <= gp->stack.lo ||
        sp >= gp->stack.hi || gp->stack.hi - sp > maxSaved || !gcStackHoldsNoPointers(gp->vm)) {
      gp->stackOut.store(0, std::memory_order_release);
      continue;
    }
    size_t len = gp->stack.hi - sp;
    auto* saved = static_cast<uint8_t*>(std::malloc(len));
    if (saved == nullptr) {
      gp->stackOut.store(0, std::memory_order_release);
      return;
    }
    std::memcpy(saved, reinterpret_cast<void*>(sp), len);
    uintptr_t from = sp & ~(page - 1);
    madvise(reinterpret_cast<void*>(from), gp->stack.hi - from, MADV_DONTNEED);
    gp->stackSaved = saved;
    gp->stackSavedLen = len;
    gp->stackOut.store(2, std::memory_order_release);
  }
#endif
}

namespace {

// Runs gp on the current M until it switches back; returns what the mcall continuation
// chose to run next (or null).
G* execute(M* mp, G* gp, bool inheritTime, bool* nextInherit) {
  mp->curg.store(gp, std::memory_order_release);
  gp->m = mp;
  // Sequentially consistent, with the load after it, against shrinkParkedStacks, which
  // claims the stack and then checks the G is still parked: one of the two sees the other.
  gp->atomicstatus.store(Grunning, std::memory_order_seq_cst);
  if (gp->stackOut.load(std::memory_order_seq_cst) != 0) [[unlikely]] stackIn(gp);
  if (stackScanDue(gp)) [[unlikely]] gcScanStackBeforeRun(gp);
  gp->preempt.store(false, std::memory_order_relaxed);
  if (!inheritTime) {
    P* pp = mp->p;
    pp->schedtick.store(pp->schedtick.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  }
  gp->ctx = gogo(mp, gp);
  McallFn fn = mp->mcallfn;
  mp->mcallfn = nullptr;
  return fn(mp, gp, nextInherit);
}

// The scheduler loop on g0: one round finds a G and runs it until it comes back.
void schedule(M* mp) {
  G* gp = nullptr;
  bool inheritTime = false;
  for (;;) {
    if (gp == nullptr) {
      gp = findRunnable(mp, &inheritTime);  // blocks until work is available
      if (gp == nullptr) return;             // exiting
      // This M is going to run a G and is not spinning anymore: if it was, another may
      // have to start.
      if (mp->spinning) resetspinning(mp);
    }
    bool nextInherit = false;
    gp = execute(mp, gp, inheritTime, &nextInherit);
    inheritTime = nextInherit;
  }
}

// dropg: the M no longer runs gp.
inline void dropg(M* mp, G* gp) {
  mp->curg.store(nullptr, std::memory_order_relaxed);
  gp->m = nullptr;
}

// --- mcall continuations (on g0) --------------------------------------------------------

G* park_m(M* mp, G* gp, bool* inheritTime) {
  gp->parkSeq.fetch_add(1, std::memory_order_relaxed);
  gp->setStatus(Gwaiting);
  dropg(mp, gp);
  if (auto fn = mp->waitunlockf) {
    bool ok = fn(gp, mp->waitlock);
    mp->waitunlockf = nullptr;
    mp->waitlock = nullptr;
    if (!ok) {
      gp->setStatus(Grunnable);
      *inheritTime = true;
      return gp;  // schedule it back, never returning
    }
  }
  return nullptr;
}

G* gosched_m(M* mp, G* gp, bool*) {
  gp->setStatus(Grunnable);
  dropg(mp, gp);
  sched.lock.lock();
  globrunqput(gp);
  sched.lock.unlock();
  return nullptr;
}

G* goyield_m(M* mp, G* gp, bool*) {
  gp->setStatus(Grunnable);
  dropg(mp, gp);
  runqput(mp->p, gp, false);
  return nullptr;
}

G* goexit0(M* mp, G* gp, bool*) {
  gp->setStatus(Gdead);
  dropg(mp, gp);
#if defined(__SANITIZE_THREAD__)
  // ThreadSanitizer's fibers are threads to it, of which it allows 8128 at a time (Go's
  // race detector has the same limit on live goroutines): one per live goroutine.
  __tsan_destroy_fiber(gp->tsanFiber);
  gp->tsanFiber = nullptr;
#endif
  gp->fn = nullptr;
  gp->arg = nullptr;
  gp->vm = nullptr;
  gp->waitreason = WaitReason::Zero;
  gp->param = nullptr;
  gp->waiting = nullptr;
  gp->preempt.store(false, std::memory_order_relaxed);
  gfput(mp->p, gp);
  return nullptr;
}

// Goroutine 1 returned under runScheduler: stop every M.
G* mainexit_m(M* mp, G* gp, bool*) {
  gp->setStatus(Gdead);
  dropg(mp, gp);
  sched.exiting.store(true, std::memory_order_release);
  sched.lock.lock();
  while (M* m = mget()) {
    m->nextp = nullptr;
    notewakeup(&m->park);
  }
  if (sched.sysmonwait.load(std::memory_order_acquire) != 0) {
    sched.sysmonwait.store(0, std::memory_order_release);
    notewakeup(&sched.sysmonnote);
  }
  sched.lock.unlock();
  netpollBreak();
  return nullptr;
}

G* exitsyscall0(M* mp, G* gp, bool*) {
  gp->setStatus(Grunnable);
  dropg(mp, gp);
  sched.lock.lock();
  P* pp = pidleget();
  if (pp == nullptr) {
    globrunqput(gp);
  } else if (sched.sysmonwait.load(std::memory_order_acquire) != 0) {
    sched.sysmonwait.store(0, std::memory_order_release);
    notewakeup(&sched.sysmonnote);
  }
  sched.lock.unlock();
  if (pp) {
    acquirep(mp, pp);
    return gp;
  }
  stopm(mp);
  return nullptr;
}

// --- M start ----------------------------------------------------------------------------

void mexitCleanup(M* mp) {
  if (mp->p) releasep(mp);
  if (mp != m0) {
    // The thread's allocation cache goes back to the heap.
    freemcache(getMCache());
    setMCache(nullptr);
  }
  setm(nullptr);
}

void mstart(M* mp) {
  setm(mp);
  installSignalStack();
  initg0Fiber(mp);
  if (mp->mstartfn) {
    mp->mstartfn(mp);
  } else {
    if (mp->nextp) {
      P* pp = mp->nextp;
      mp->nextp = nullptr;
      acquirep(mp, pp);
      schedule(mp);
    }
  }
  mexitCleanup(mp);
}

// Goroutine 1's body.
void runMain(void*) {
  mainStarted = true;
  int status = mainFn(mainArg);
  if (mainReturnExits) {
    flushStdout();
    if (exitHook) status = exitHook(status);
    flushStdout();
    std::fflush(stdout);
    _exit(status);
  }
  mainStatus = status;
  mcall(mainexit_m);
  throwf("mainexit returned");
}

G* newproc1(M* mp, void (*fn)(void*), void* arg, void* vm) {
  P* pp = mp->p;
  G* newg = gfget(pp);
  if (newg == nullptr) {
    newg = malg();
    allgadd(newg);
  }
  newg->fn = fn;
  newg->arg = arg;
  newg->vm = vm;
  G* creator = getg();
  newg->labels = creator != nullptr ? creator->labels : nullptr;
  newg->waitreason = WaitReason::Zero;
#if defined(__SANITIZE_THREAD__)
  newg->tsanFiber = __tsan_create_fiber(0);
#endif
  newg->ctx = ctx::make_fcontext(reinterpret_cast<void*>(newg->stack.hi),
                                 newg->stack.hi - newg->stack.lo, gentry);
  if (pp->goidcache == pp->goidcacheend) {
    // Ids come from sched.goidgen in batches, so Ps do not contend on it.
    pp->goidcache = sched.goidgen.fetch_add(goidCacheBatch, std::memory_order_relaxed) + 1;
    pp->goidcacheend = pp->goidcache + goidCacheBatch;
  }
  newg->goid = int64_t(pp->goidcache++);
  // A goroutine started while the collector marks holds nothing of the cycle's snapshot:
  // its stack counts as scanned (its arguments come from its creator, which is).
  newg->stackGen.store(gcStackGen.load(std::memory_order_relaxed), std::memory_order_relaxed);
  newg->setStatus(Grunnable);
  return newg;
}

// --- stop the world ---------------------------------------------------------------------

// Destroys pp (GOMAXPROCS shrank): its Gs go to the global queue, its timers and caches
// to plocal and the global lists. sched.lock held, world stopped.
void destroyP(P* pp, P* plocal) {
  // Move all runnable goroutines to the global queue, keeping their order.
  while (pp->runqhead.load(std::memory_order_relaxed) != pp->runqtail.load(std::memory_order_relaxed)) {
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed) - 1;
    pp->runqtail.store(t, std::memory_order_relaxed);
    globrunqputhead(pp->runq[t % runqSize].load(std::memory_order_relaxed));
  }
  if (G* next = pp->runnext.exchange(nullptr, std::memory_order_acq_rel)) globrunqputhead(next);
  moveTimers(plocal, pp);
  gfpurge(pp);
  sched.sudoglock.lock();
  while (pp->nsudog > 0) {
    sudog* s = pp->sudogcache[--pp->nsudog];
    s->next = sched.sudogcache;
    sched.sudogcache = s;
  }
  sched.sudoglock.unlock();
  pp->status.store(Pdead, std::memory_order_release);
}

// Changes the number of Ps to nprocs. sched.lock held, world stopped (or not started).
// Returns the Ps with local work, each with an idle M to wake (p->m) or none.
P* procresize(M* mp, int32_t nprocs) {
  int32_t old = gomaxprocsCur.load(std::memory_order_relaxed);
  if (nprocs <= 0) throwf("procresize: invalid arg");
  for (int32_t i = 0; i < nprocs; i++) {
    P* pp = allpAt(uint32_t(i));
    if (pp == nullptr) {
      pp = new P();
      pp->id = i;
      pp->status.store(Pgcstop, std::memory_order_relaxed);
      allp[i].store(pp, std::memory_order_release);
    } else if (pp->status.load(std::memory_order_relaxed) == Pdead) {
      pp->status.store(Pgcstop, std::memory_order_relaxed);
    }
  }
  if (mp->p != nullptr && mp->p->id < nprocs) {
    // Continue to use the current P.
    mp->p->status.store(Prunning, std::memory_order_release);
  } else {
    // Release the current P and acquire allp[0].
    if (mp->p) {
      mp->p->m.store(nullptr, std::memory_order_relaxed);
      mp->p = nullptr;
    }
    P* pp = allpAt(0);
    pp->m.store(nullptr, std::memory_order_relaxed);
    pp->status.store(Pidle, std::memory_order_relaxed);
    acquirep(mp, pp);
  }
  for (int32_t i = nprocs; i < old; i++) destroyP(allpAt(uint32_t(i)), mp->p);
  gomaxprocsCur.store(nprocs, std::memory_order_release);

  P* runnablePs = nullptr;
  for (int32_t i = nprocs - 1; i >= 0; i--) {
    P* pp = allpAt(uint32_t(i));
    if (mp->p == pp) continue;
    pp->status.store(Pidle, std::memory_order_release);
    if (runqempty(pp)) {
      pidleput(pp);
    } else {
      pp->m.store(mget(), std::memory_order_relaxed);
      pp->link = runnablePs;
      runnablePs = pp;
    }
  }
  return runnablePs;
}

void stopTheWorldWithSema(M* mp) {
  sched.lock.lock();
  sched.stopwait = int32_t(gmp());
  sched.gcwaiting.store(1, std::memory_order_seq_cst);
  preemptall();
  // Stop the current P.
  mp->p->status.store(Pgcstop, std::memory_order_release);
  sched.stopwait--;
  // Try to retake all Ps in system calls.
  for (uint32_t i = 0; i < gmp(); i++) {
    P* pp = allpAt(i);
    uint32_t s = Psyscall;
    if (pp->status.compare_exchange_strong(s, Pgcstop, std::memory_order_acq_rel)) {
      pp->syscalltick.fetch_add(1, std::memory_order_relaxed);
      sched.stopwait--;
    }
  }
  // Stop idle Ps.
  while (P* pp = pidleget()) {
    pp->status.store(Pgcstop, std::memory_order_release);
    sched.stopwait--;
  }
  bool wait = sched.stopwait > 0;
  sched.lock.unlock();
  // Wait for the remaining Ps to stop voluntarily.
  if (wait) {
    for (;;) {
      // Wait for 100us, then try to re-preempt in case of any races.
      if (notetsleep(&sched.stopnote, 100 * 1000)) {
        noteclear(&sched.stopnote);
        break;
      }
      preemptall();
    }
  }
  if (sched.stopwait != 0) throwf("stopTheWorld: not stopped (stopwait != 0)");
  for (uint32_t i = 0; i < gmp(); i++) {
    if (allpAt(i)->status.load(std::memory_order_acquire) != Pgcstop) {
      throwf("stopTheWorld: not stopped (status != _Pgcstop)");
    }
  }
}

int64_t startTheWorldWithSema(M* mp) {
  sched.lock.lock();
  int32_t procs = int32_t(gmp());
  if (newprocs != 0) {
    procs = newprocs;
    newprocs = 0;
  }
  P* p1 = procresize(mp, procs);
  sched.gcwaiting.store(0, std::memory_order_seq_cst);
  if (sched.sysmonwait.load(std::memory_order_acquire) != 0) {
    sched.sysmonwait.store(0, std::memory_order_release);
    notewakeup(&sched.sysmonnote);
  }
  sched.lock.unlock();
  while (p1) {
    P* pp = p1;
    p1 = pp->link;
    M* nmp = pp->m.exchange(nullptr, std::memory_order_relaxed);
    if (nmp) {
      if (nmp->nextp) throwf("startTheWorld: inconsistent mp->nextp");
      nmp->nextp = pp;
      notewakeup(&nmp->park);
    } else {
      newm(nullptr, pp, -1, false);
    }
  }
  // The world runs again from here (Go takes the pause's end here too, before the
  // clean-up below).
  int64_t now = nanotime();
  // Wake up an additional proc in case we have excessive runnable goroutines in local
  // queues or the global queue.
  wakep();
  return now;
}

// --- deadlock ---------------------------------------------------------------------------

[[noreturn]] void deadlock() {
  printDeadlock();
  _exit(exitHook ? exitHook(2) : 2);
}

}  // namespace

void printDeadlock() { printGoroutines("fatal error: all goroutines are asleep - deadlock!"); }

void printGoroutines(const char* header) {
  flushStdout();
  std::fprintf(stderr, "%s\n", header);
  // Goroutine 1 first, then the others in allgs order, as Go prints them.
  allglock.lock();
  std::vector<G*> gs = allgs;
  allglock.unlock();
  std::stable_partition(gs.begin(), gs.end(), [](G* gp) { return gp->goid == 1; });
  for (G* gp : gs) {
    uint32_t s = gp->status();
    if (gp->isSystem || s == Gdead || s == Gidle) continue;
    const char* state = s == Gwaiting ? waitReasonString(gp->waitreason)
                        : s == Grunnable ? "runnable" : s == Gsyscall ? "syscall" : "running";
    std::fprintf(stderr, "\ngoroutine %" PRId64 " [%s]:\n", gp->goid, state);
    std::fflush(stderr);
    // A goroutine running on another thread changes its stack as we would read it.
    if (s == Grunning || s == Gsyscall) std::fputs("\tgoroutine running on other thread; stack unavailable\n", stderr);
    else if (tracebackHook) tracebackHook(gp);
    std::fflush(stderr);
  }
  std::fflush(stderr);
}

namespace {

int quitPipe[2] = {-1, -1};

void onSigquit(int) {
  char c = 1;
  (void)!::write(quitPipe[1], &c, 1);
}

}  // namespace

void installSigquitDump() {
  struct sigaction old {};
  sigaction(SIGQUIT, nullptr, &old);
  if (old.sa_handler != SIG_DFL || ::pipe(quitPipe) != 0) return;
  // A thread of its own waits for the signal, so the dump runs outside any handler.
  pthread_t t;
  if (pthread_create(&t, nullptr, [](void*) -> void* {
        char c;
        while (::read(quitPipe[0], &c, 1) < 0 && errno == EINTR) {}
        printGoroutines("SIGQUIT: quit");
        _exit(2);
      }, nullptr) != 0)
    return;
  pthread_detach(t);
  struct sigaction sa {};
  sa.sa_handler = onSigquit;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGQUIT, &sa, nullptr);
}

// Checks for a deadlock: no M runs Go code and no G can ever run again. sched.lock held.
void checkdead() {
  if (sched.exiting.load(std::memory_order_acquire)) return;
  int64_t run = (sched.mnext - sched.nmfreed) - sched.nmidle - sched.nmsys;
  if (run > 0) return;
  if (run < 0) {
    std::fprintf(stderr, "runtime: checkdead: nmidle=%d mcount=%" PRId64 " nmsys=%d\n",
                 sched.nmidle, sched.mnext - sched.nmfreed, sched.nmsys);
    sched.lock.unlock();
    throwf("checkdead: inconsistent counts");
  }
  int grunning = 0;
  allglock.lock();
  for (G* gp : allgs) {
    if (gp->isSystem) continue;
    uint32_t s = gp->status();
    if (s == Gwaiting) {
      grunning++;
    } else if (s == Grunnable || s == Grunning || s == Gsyscall) {
      allglock.unlock();
      std::fprintf(stderr, "runtime: checkdead: find g %" PRId64 " in status %u\n", gp->goid, s);
      sched.lock.unlock();
      throwf("checkdead: runnable g");
    }
  }
  allglock.unlock();
  if (grunning == 0) {  // possible if main goroutine calls runtime.Goexit()
    sched.lock.unlock();
    flushStdout();
    std::fputs("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", stderr);
    std::fflush(stderr);
    _exit(2);
  }
  // There are no goroutines running, so we can look at the Ps.
  for (uint32_t i = 0; i < gmp(); i++) {
    if (allpAt(i)->numTimers.load(std::memory_order_acquire) > 0) return;
  }
  sched.lock.unlock();
  deadlock();
}

bool othersAsleep() {
  G* self = getg();
  sched.lock.lock();
  int64_t run = (sched.mnext - sched.nmfreed) - sched.nmidle - sched.nmsys;
  bool dead = run == 1;  // only the caller's M: no G can change state but by the caller
  if (dead) {
    allglock.lock();
    for (G* gp : allgs) {
      if (gp == self || gp->isSystem) continue;
      uint32_t s = gp->status();
      if (s != Gwaiting && s != Gdead && s != Gidle) {
        dead = false;
        break;
      }
    }
    allglock.unlock();
  }
  for (uint32_t i = 0; dead && i < gmp(); i++)
    if (allpAt(i)->numTimers.load(std::memory_order_acquire) > 0) dead = false;
  sched.lock.unlock();
  return dead;
}

bool parked(G* gp) { return gp->status() == Gwaiting; }

bool cancelPark(G* gp) {
  if (gp->status() != Gwaiting) return false;
  bool ok = gp->waitreason == WaitReason::Sleep ? deltimer(&gp->timer) : cancelChanPark(gp);
  if (!ok) return false;
  gp->parkCancelled = true;
  goready(gp);
  return true;
}

void parkCancelledUnwind() {
  getg()->parkCancelled = false;
  GoPanic p;
  p.goexit = true;
  throw p;
}

namespace {

// --- start and teardown -----------------------------------------------------------------

void schedinit(M* mp) {
  int procs = ncpu();
  if (const char* s = std::getenv("GOMAXPROCS")) {
    char* end;
    long n = std::strtol(s, &end, 10);
    if (*s != 0 && *end == 0 && n > 0) procs = int(n);
  }
  if (procs > maxGomaxprocs) procs = maxGomaxprocs;
  sched.lastpoll.store(nanotime(), std::memory_order_relaxed);
  sched.lock.lock();
  mp->id = mReserveID();
  mp->alllink = allm;
  allm = mp;
  procresize(mp, procs);
  sched.lock.unlock();
}

// Everything the scheduler allocated goes away (runScheduler's end). Single-threaded.
void teardown() {
  gcQuiesce();
  for (G* gp : allgs) freeg(gp);
  stackfreeAll();
  allgs.clear();
  allglen.store(0, std::memory_order_relaxed);
  for (int i = 0; i < maxGomaxprocs; i++) {
    P* pp = allp[i].load(std::memory_order_relaxed);
    if (!pp) continue;
    dropTimers(pp);
    while (pp->nsudog > 0) delete pp->sudogcache[--pp->nsudog];
    delete pp;
    allp[i].store(nullptr, std::memory_order_relaxed);
  }
  while (sudog* s = sched.sudogcache) {
    sched.sudogcache = s->next;
    delete s;
  }
  for (M* mp = allm; mp;) {
    M* next = mp->alllink;
    delete mp;
    mp = next;
  }
  allm = nullptr;
  m0 = nullptr;
  resetSemaTable();
  sched.~schedt();
  new (&sched) schedt();
  gomaxprocsCur.store(0, std::memory_order_relaxed);
  mainStarted = false;
  newprocs = 0;
  worldsema = 1;
}

// Starts the scheduler on the calling thread with fn(arg) as goroutine 1; returns (with
// everything stopped) when goroutine 1 returns, unless mainReturnExits.
int startScheduler(int (*fn)(void*), void* arg) {
  if (m0 != nullptr) throwf("runScheduler: scheduler already running");
  mainFn = fn;
  mainArg = arg;
  mainStatus = 0;
  m0 = new M();
  setm(m0);
  initg0Fiber(m0);
  schedinit(m0);

  G* g1 = newproc1(m0, runMain, nullptr, nullptr);
  // Go's runtime starts three goroutines before the first `go` statement (forcegc,
  // bgsweep, bgscavenge), so the program's first goroutine is goroutine 5: keep that.
  m0->p->goidcache += 3;
  // (Not in runnext: goroutine 1 starts a fresh time slice, so schedtick has moved when
  // it first yields, as after Go's runtime.main has run its init goroutines.)
  runqput(m0->p, g1, false);

  newm(sysmon, nullptr, -1, false);
  schedule(m0);

  // Exiting: wait for every other M to finish, then free everything.
  for (;;) {
    bool joined = false;
    sched.lock.lock();
    M* list = allm;
    sched.lock.unlock();
    for (M* mp = list; mp; mp = mp->alllink) {
      if (mp != m0 && mp->thread.joinable()) {
        mp->thread.join();
        joined = true;
      }
    }
    if (!joined) break;
  }
  mexitCleanup(m0);
  int status = mainStatus;
  teardown();
  return status;
}

}  // namespace

int runScheduler(int (*fn)(void*), void* arg) {
  mainReturnExits = false;
  return startScheduler(fn, arg);
}

void schedmain(int (*fn)(void*), void* arg) {
  mainReturnExits = true;
  installStdoutSignalFlush();
  installSigpipe();
  installSigquitDump();
  installFaultHandler();
  int status = startScheduler(fn, arg);
  _exit(status);
}

// --- goroutine operations ---------------------------------------------------------------

G* newproc(void (*fn)(void*), void* arg, void* vm) {
  M* mp = getmImpl();
  if (mp == nullptr || mp->p == nullptr) throwf("newproc: no P");
  G* newg = newproc1(mp, fn, arg, vm);
  runqput(mp->p, newg, true);
  if (mainStarted.load(std::memory_order_relaxed)) wakep();
  return newg;
}

void goexit() {
  mcall(goexit0);
  throwf("goexit returned");
}

void gopark(bool (*unlockf)(G* gp, void* arg), void* arg, WaitReason reason) {
  M* mp = getmImpl();
  G* gp = mp ? mp->curg.load(std::memory_order_relaxed) : nullptr;
  if (gp == nullptr) throwf("gopark: not on a goroutine");
  mp->waitunlockf = unlockf;
  mp->waitlock = arg;
  gp->waitreason = reason;
  mcall(park_m);
}

namespace {
bool parkunlock_c(G*, void* l) {
  static_cast<mutex*>(l)->unlock();
  return true;
}
}  // namespace

void goparkunlock(mutex* l, WaitReason reason) { gopark(parkunlock_c, l, reason); }

void goready(G* gp) {
  if (gp->status() != Gwaiting) {
    std::fprintf(stderr, "runtime: gp: gp=%p, goid=%" PRId64 ", gp->atomicstatus=%u\n",
                 static_cast<void*>(gp), gp->goid, gp->status());
    throwf("bad g->status in ready");
  }
  gp->setStatus(Grunnable);
  M* mp = getmImpl();
  if (mp != nullptr && mp->p != nullptr) {
    runqput(mp->p, gp, true);
    wakep();
  } else {
    // No P (a thread in a system call): the global queue, and an M to run it.
    sched.lock.lock();
    globrunqput(gp);
    sched.lock.unlock();
    if (sched.npidle.load(std::memory_order_acquire) != 0) startm(nullptr, false);
  }
}

void Gosched() { mcall(gosched_m); }

std::vector<G*> allgsSnapshot() {
  allglock.lock();
  std::vector<G*> gs = allgs;
  allglock.unlock();
  return gs;
}

void preemptPark() {
  M* mp = getmImpl();
  G* gp = mp ? mp->curg.load(std::memory_order_relaxed) : nullptr;
  if (gp == nullptr) return;
  gp->preempt.store(false, std::memory_order_relaxed);
  // The allocator asked this goroutine to collect (mgc.cpp): do it here, at a safepoint.
  if (gcPoll()) return;
  // A preempted G goes to the global queue, like Gosched (Go's gopreempt_m).
  mcall(gosched_m);
}

void goyield() { mcall(goyield_m); }

// --- system calls -----------------------------------------------------------------------

void entersyscall() {
  M* mp = getmImpl();
  G* gp = mp->curg.load(std::memory_order_relaxed);
  P* pp = mp->p;
  gp->setStatus(Gsyscall);
  if (sched.sysmonwait.load(std::memory_order_acquire) != 0) {
    // sysmon sleeps deeply while all Ps are idle: it must watch this P.
    sched.lock.lock();
    if (sched.sysmonwait.load(std::memory_order_acquire) != 0) {
      sched.sysmonwait.store(0, std::memory_order_release);
      notewakeup(&sched.sysmonnote);
    }
    sched.lock.unlock();
  }
  mp->syscalltick = pp->syscalltick.load(std::memory_order_relaxed);
  pp->m.store(nullptr, std::memory_order_relaxed);
  mp->oldp = pp;
  mp->p = nullptr;
  pp->status.store(Psyscall, std::memory_order_release);
  if (sched.gcwaiting.load(std::memory_order_acquire) != 0) {
    // Stop-the-world is waiting for this P: hand it over now.
    sched.lock.lock();
    uint32_t s = Psyscall;
    if (sched.stopwait > 0 && pp->status.compare_exchange_strong(s, Pgcstop, std::memory_order_acq_rel)) {
      if (--sched.stopwait == 0) notewakeup(&sched.stopnote);
    }
    sched.lock.unlock();
  }
}

namespace {

bool exitsyscallfast(M* mp, P* oldp) {
  // Try to re-acquire the last P.
  uint32_t s = Psyscall;
  if (oldp != nullptr && oldp->status.load(std::memory_order_acquire) == Psyscall &&
      oldp->status.compare_exchange_strong(s, Pidle, std::memory_order_acq_rel)) {
    acquirep(mp, oldp);
    if (mp->syscalltick != oldp->syscalltick.load(std::memory_order_relaxed)) {
      oldp->syscalltick.fetch_add(1, std::memory_order_relaxed);
    }
    return true;
  }
  // Try to get any other idle P.
  if (sched.npidle.load(std::memory_order_acquire) != 0) {
    sched.lock.lock();
    P* pp = pidleget();
    if (pp && sched.sysmonwait.load(std::memory_order_acquire) != 0) {
      sched.sysmonwait.store(0, std::memory_order_release);
      notewakeup(&sched.sysmonnote);
    }
    sched.lock.unlock();
    if (pp) {
      acquirep(mp, pp);
      return true;
    }
  }
  return false;
}

}  // namespace

void exitsyscall() {
  M* mp = getmImpl();
  G* gp = mp->curg.load(std::memory_order_relaxed);
  P* oldp = mp->oldp;
  mp->oldp = nullptr;
  if (exitsyscallfast(mp, oldp)) {
    // There's a CPU for us, so we can run. First the collector's scan of this stack, if
    // one is due (a cycle began while it was in the kernel).
    if (stackScanDue(gp)) [[unlikely]] gcScanOwnStack(gp);
    mp->p->syscalltick.fetch_add(1, std::memory_order_relaxed);
    gp->setStatus(Grunning);
    return;
  }
  // No P: queue the G and stop this M.
  mcall(exitsyscall0);
  // Resumed by the scheduler on some M with a P.
  getmImpl()->p->syscalltick.fetch_add(1, std::memory_order_relaxed);
}

// --- stop the world, GOMAXPROCS ----------------------------------------------------------

int64_t stopTheWorld() {
  semacquire(&worldsema, false, WaitReason::Semacquire);
  int64_t start = nanotime();
  stopTheWorldWithSema(getmImpl());
  return start;
}

int64_t startTheWorld() {
  int64_t now = startTheWorldWithSema(getmImpl());
  semrelease(&worldsema, false);
  return now;
}

int gomaxprocs(int n) {
  sched.lock.lock();
  int ret = int(gmp());
  sched.lock.unlock();
  if (n <= 0 || n == ret) return ret;
  if (n > maxGomaxprocs) n = maxGomaxprocs;
  stopTheWorld();
  newprocs = n;  // processed by startTheWorld
  startTheWorld();
  return ret;
}

void markSystemGoroutine() {
  M* mp = getmImpl();
  G* gp = mp ? mp->curg.load(std::memory_order_relaxed) : nullptr;
  if (gp == nullptr || gp->isSystem) return;
  gp->isSystem = true;
  systemGoroutines.fetch_add(1, std::memory_order_relaxed);
}

int64_t numGoroutine() {
  int64_t n = allglen.load(std::memory_order_relaxed) - sched.gFreeN.load(std::memory_order_relaxed) -
              systemGoroutines.load(std::memory_order_relaxed);
  uint32_t np = gmp();
  for (uint32_t i = 0; i < np; i++) n -= allpAt(i)->gFreeN.load(std::memory_order_relaxed);
  return n < 1 ? 1 : n;
}

bool nativeStackOK(size_t margin) {
  M* mp = getmImpl();
  G* gp = mp ? mp->curg.load(std::memory_order_relaxed) : nullptr;
  if (gp == nullptr) return true;
  uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (sp < gp->stackLowWater) gp->stackLowWater = sp;
  return sp > gp->stack.lo && sp - gp->stack.lo >= margin;
}

bool syncCanSpin(int iter) {
  // sync.Mutex is cooperative, so we are conservative with spinning: only a few times,
  // only on a multicore machine with other running Ps, and only with an empty local run
  // queue.
  static const int ncpus = ncpu();
  if (iter >= 4 || ncpus <= 1 ||
      int32_t(gmp()) <= int32_t(sched.npidle.load(std::memory_order_relaxed) +
                                sched.nmspinning.load(std::memory_order_relaxed)) + 1) {
    return false;
  }
  M* mp = getmImpl();
  if (mp && mp->p && !runqempty(mp->p)) return false;
  return true;
}

void syncDoSpin() { procyield(30); }

// --- sudogs -----------------------------------------------------------------------------

sudog* acquireSudog() {
  P* pp = getmImpl()->p;
  if (pp->nsudog == 0) {
    // Take a bunch from the central cache.
    sched.sudoglock.lock();
    while (pp->nsudog < sudogCacheSize / 2 && sched.sudogcache != nullptr) {
      sudog* s = sched.sudogcache;
      sched.sudogcache = s->next;
      s->next = nullptr;
      pp->sudogcache[pp->nsudog++] = s;
    }
    sched.sudoglock.unlock();
    if (pp->nsudog == 0) pp->sudogcache[pp->nsudog++] = new sudog();
  }
  return pp->sudogcache[--pp->nsudog];
}

void releaseSudog(sudog* s) {
  if (s->elem != nullptr) throwf("runtime: sudog with non-nil elem");
  if (s->isSelect) throwf("runtime: sudog with non-false isSelect");
  if (s->next != nullptr) throwf("runtime: sudog with non-nil next");
  if (s->prev != nullptr) throwf("runtime: sudog with non-nil prev");
  if (s->waitlink != nullptr) throwf("runtime: sudog with non-nil waitlink");
  if (s->c != nullptr) throwf("runtime: sudog with non-nil c");
  s->g = nullptr;
  P* pp = getmImpl()->p;
  if (pp->nsudog == sudogCacheSize) {
    // Transfer half of the local cache to the central cache.
    sudog* first = nullptr;
    sudog* last = nullptr;
    while (pp->nsudog > sudogCacheSize / 2) {
      sudog* p = pp->sudogcache[--pp->nsudog];
      if (first == nullptr) first = p;
      else last->next = p;
      last = p;
    }
    sched.sudoglock.lock();
    last->next = sched.sudogcache;
    sched.sudogcache = first;
    sched.sudoglock.unlock();
  }
  pp->sudogcache[pp->nsudog++] = s;
}

}  // namespace golite::runtime
