// The scheduler's structures: G, M, P, sudog and the global schedt (Go's runtime2.go).
//
//   G  a goroutine: a native stack with a saved context (Boost.Context fcontext), status,
//      entry function and the VM's per-goroutine state (vm), plus what parking needs.
//   M  an OS thread. Its own stack is the scheduler's stack ("g0"): schedule() runs there
//      and switches into one G at a time; a G comes back to g0 with mcall.
//   P  the right to run Go code: a local run queue (256-slot lock-free ring + runnext),
//      caches (free Gs, sudogs, goroutine ids) and a timer heap. GOMAXPROCS of them.
//
// Private to runtime/: the VM sees only runtime/runtime.h (tests/layers.sh).
#pragma once

#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

#include "runtime/lock.h"
#include "runtime/proc.h"

namespace golite::runtime {

struct M;
struct P;
struct sudog;
struct hchan;

// A goroutine's native stack: [lo, hi).
struct Stack {
  uintptr_t lo = 0;
  uintptr_t hi = 0;
};

// G status, as Go's _Gxxx (same numbers).
enum GStatus : uint32_t {
  Gidle = 0,      // just allocated
  Grunnable = 1,  // on a run queue
  Grunning = 2,   // running on an M with a P
  Gsyscall = 3,   // in a system call, on an M without a P
  Gwaiting = 4,   // parked (waitreason says why)
  Gdead = 6,      // unused (on a free list)
};

// P status, as Go's _Pxxx.
enum PStatus : uint32_t {
  Pidle = 0,
  Prunning = 1,
  Psyscall = 2,
  Pgcstop = 3,
  Pdead = 4,
};

struct G {
  void* ctx = nullptr;  // the saved fcontext while the G is not running
  Stack stack;
  std::atomic<uint32_t> atomicstatus{Gidle};
  std::atomic<bool> preempt{false};  // sysmon's request to yield at the next safepoint
  M* m = nullptr;                    // the M running this G, or null
  G* schedlink = nullptr;            // on a gQueue / gList
  int64_t goid = 0;
  WaitReason waitreason = WaitReason::Zero;
  bool isSystem = false;  // a runtime goroutine: not counted, not in deadlock tracebacks

  void (*fn)(void*) = nullptr;
  void* arg = nullptr;
  void* vm = nullptr;
  // runtime/pprof's labels (a Go pointer: scanned with the G's stack; written through
  // setLabels, which shades the old one). A new goroutine takes its creator's.
  void* labels = nullptr;
  // CPU profile ticks (SIGPROF) taken while this G ran, not yet recorded (mprof.cpp).
  std::atomic<uint32_t> profPending{0};

  // Channels and select (chan.cpp, select.cpp).
  sudog* waiting = nullptr;  // the sudogs this G is parked on, in lock order
  void* param = nullptr;     // set by the waker: the sudog that completed, or null
  std::atomic<uint32_t> selectDone{0};  // a select case already won
  // Woken by cancelPark, not by the operation it waited for: unwind (parkCancelledUnwind).
  bool parkCancelled = false;

  // time.Sleep's timer, reused.
  Timer timer;
  int64_t sleepWhen = 0;

  // The lowest native stack address seen (at parks and nativeStackOK): how much of the
  // stack may be resident.
  uintptr_t stackLowWater = 0;
  // Segments of native stack the G runs on above its own (morestack, stack.cpp). While
  // it runs on one, `stack` and `stackLowWater` describe that segment.
  int32_t stackSegments = 0;
  Stack spareSegment;  // the last one, kept for the next morestack

  // A long-parked G's native stack, out of memory (shrinkParkedStacks, proc.cpp):
  // stackOut is 0 while resident, 1 while the collector's worker takes it out, 2 once its
  // used part is saved in stackSaved and its pages are returned to the OS. parkSeq counts
  // parks; parkSeqSeen is what the last pass saw (only the worker touches it).
  std::atomic<uint32_t> stackOut{0};
  uint8_t* stackSaved = nullptr;
  size_t stackSavedLen = 0;
  std::atomic<uint32_t> parkSeq{0};
  uint32_t parkSeqSeen = 0;

  // The collection cycle (gcStackGen) whose snapshot this G's stack has been scanned for,
  // with stackScanBusy set while a scanner holds the stack (mgc.cpp, "Goroutine stacks").
  std::atomic<uint32_t> stackGen{0};

  // The C++ exception state while the G is off CPU (it may be parked inside a catch
  // block, and resume on another thread): libstdc++'s __cxa_eh_globals.
  void* ehCaught = nullptr;
  unsigned int ehUncaught = 0;

  // Sanitizer fiber state.
  void* tsanFiber = nullptr;
  void* asanFakeStack = nullptr;

  uint32_t status() const { return atomicstatus.load(std::memory_order_acquire); }
  void setStatus(uint32_t s) { atomicstatus.store(s, std::memory_order_release); }
};

// A FIFO of Gs linked through schedlink.
struct gQueue {
  G* head = nullptr;
  G* tail = nullptr;
  bool empty() const { return head == nullptr; }
  void pushBack(G* gp) {
    gp->schedlink = nullptr;
    if (tail) tail->schedlink = gp;
    else head = gp;
    tail = gp;
  }
  void push(G* gp) {  // at the front
    gp->schedlink = head;
    head = gp;
    if (!tail) tail = gp;
  }
  void pushBackAll(gQueue q) {
    if (q.empty()) return;
    q.tail->schedlink = nullptr;
    if (tail) tail->schedlink = q.head;
    else head = q.head;
    tail = q.tail;
  }
  G* pop() {
    G* gp = head;
    if (gp) {
      head = gp->schedlink;
      if (!head) tail = nullptr;
    }
    return gp;
  }
};

// A LIFO of Gs linked through schedlink.
struct gList {
  G* head = nullptr;
  bool empty() const { return head == nullptr; }
  void push(G* gp) {
    gp->schedlink = head;
    head = gp;
  }
  G* pop() {
    G* gp = head;
    if (gp) head = gp->schedlink;
    return gp;
  }
};

// A G waiting on something (a channel, a semaphore, a select case), Go's sudog. One G may
// have several (select). Allocated from per-P caches.
struct sudog {
  G* g = nullptr;
  sudog* next = nullptr;  // wait queue links; for semaphores, the treap's children
  sudog* prev = nullptr;
  void* elem = nullptr;   // data element (may point to a stack); for semaphores, the address
  int64_t acquiretime = 0;
  int64_t releasetime = 0;
  uint32_t ticket = 0;    // semaphore treap priority / handoff flag; notifyList ticket
  bool isSelect = false;  // g is in a select: g->selectDone must be won to wake it
  bool success = false;   // woken by a completed operation (false: channel closed)
  sudog* parent = nullptr;    // semaphore treap
  sudog* waitlink = nullptr;  // g->waiting list, or semaphore same-address list
  sudog* waittail = nullptr;  // semaphore same-address list tail
  hchan* c = nullptr;         // the channel
};

// An mcall continuation: runs on g0 after gp switched away; returns the next G to run
// (null: schedule), *inheritTime whether it keeps the current time slice.
using McallFn = G* (*)(M* mp, G* gp, bool* inheritTime);

struct M {
  int64_t id = 0;
  G g0;                        // stands for this M's own (scheduler) stack
  void* g0ctx = nullptr;       // the scheduler's saved context while a G runs
  std::atomic<G*> curg{nullptr};  // the G running on this M
  P* p = nullptr;              // attached P (null: none)
  P* nextp = nullptr;          // the P to take on wake-up (startm)
  P* oldp = nullptr;           // the P before a system call
  bool spinning = false;       // looking for work
  note park;                   // sleeps here when idle
  M* schedlink = nullptr;      // idle list
  M* alllink = nullptr;        // allm
  // The goroutine stack that made this M (runtime.ThreadCreateProfile), innermost first:
  // empty when the scheduler made it on its own behalf.
  std::vector<uintptr_t> createStack;
  uint32_t syscalltick = 0;
  void (*mstartfn)(M*) = nullptr;  // sysmon
  std::thread thread;

  // Passed from a G to g0 by mcall and gopark.
  McallFn mcallfn = nullptr;
  bool (*waitunlockf)(G* gp, void* arg) = nullptr;
  void* waitlock = nullptr;

  // This thread's C++ exception state (libstdc++'s __cxa_eh_globals): Gs carry their own
  // across switches.
  void* ehGlobals = nullptr;

  // Sanitizers: the scheduler stack as a fiber.
  void* g0tsanFiber = nullptr;
  const void* g0StackBottom = nullptr;
  size_t g0StackSize = 0;
};

constexpr uint32_t runqSize = 256;
constexpr int sudogCacheSize = 128;

struct sysmontick {
  uint32_t schedtick = 0;
  int64_t schedwhen = 0;
  uint32_t syscalltick = 0;
  int64_t syscallwhen = 0;
};

struct alignas(64) P {
  int32_t id = 0;
  std::atomic<uint32_t> status{Pidle};
  P* link = nullptr;  // idle list
  std::atomic<uint32_t> schedtick{0};    // incremented on every scheduler call
  std::atomic<uint32_t> syscalltick{0};  // incremented on every system call
  sysmontick sysmon;                     // last tick observed by sysmon
  std::atomic<M*> m{nullptr};            // the M attached (null if idle)

  // Goroutine ids handed out in batches from sched.goidgen.
  uint64_t goidcache = 0;
  uint64_t goidcacheend = 0;

  // The local run queue: owner pushes at tail and pops at head; thieves CAS the head.
  alignas(64) std::atomic<uint32_t> runqhead{0};
  std::atomic<uint32_t> runqtail{0};
  std::atomic<G*> runq[runqSize];
  // A G readied by the running G that should run next, inheriting its time slice.
  std::atomic<G*> runnext{nullptr};

  // Dead Gs (with stacks) for reuse.
  alignas(64) gList gFree;
  std::atomic<int32_t> gFreeN{0};
  sudog* sudogcache[sudogCacheSize];
  int nsudog = 0;

  // Timers (time.cpp): a 4-ary heap ordered by when, under timersLock.
  mutex timersLock;
  std::vector<Timer*> timers;
  std::atomic<int64_t> timer0When{0};   // when of timers[0], 0 if none
  std::atomic<uint32_t> numTimers{0};

  P() {
    for (auto& s : runq) s.store(nullptr, std::memory_order_relaxed);
  }
};

constexpr int maxGomaxprocs = 1024;

struct schedt {
  std::atomic<uint64_t> goidgen{0};
  std::atomic<int64_t> lastpoll{0};   // 0: an M is blocked in the timer poll
  std::atomic<int64_t> pollUntil{0};  // when the blocked poll will wake

  mutex lock;
  M* midle = nullptr;  // idle Ms waiting for work
  int32_t nmidle = 0;
  int64_t mnext = 0;   // Ms created so far (and the next M id)
  int32_t nmsys = 0;   // system Ms (sysmon) not counted for deadlock
  int64_t nmfreed = 0;

  P* pidle = nullptr;  // idle Ps
  std::atomic<uint32_t> npidle{0};
  std::atomic<uint32_t> nmspinning{0};

  // The global run queue.
  gQueue runq;
  std::atomic<int32_t> runqsize{0};

  // Dead Gs, shared.
  mutex gFreeLock;
  gList gFree;
  std::atomic<int32_t> gFreeN{0};

  // Central sudog cache.
  mutex sudoglock;
  sudog* sudogcache = nullptr;

  // Stop the world.
  std::atomic<uint32_t> gcwaiting{0};
  int32_t stopwait = 0;
  note stopnote;
  std::atomic<uint32_t> sysmonwait{0};
  note sysmonnote;

  // The timer poll (our stand-in for Go's netpoll): one idle M at a time sleeps on
  // pollWakeSig until the earliest timer; netpollBreak wakes it.
  std::atomic<uint32_t> pollWakeSig{0};

  std::atomic<bool> exiting{false};  // runScheduler: goroutine 1 returned
};

extern schedt sched;
extern std::atomic<int32_t> gomaxprocsCur;
extern std::atomic<P*> allp[maxGomaxprocs];

// --- proc.cpp ---------------------------------------------------------------------------
M* getm();  // the running thread's M (null outside the scheduler)
std::vector<G*> allgsSnapshot();  // every G ever made (for the collector)
// Takes the native stacks of goroutines parked since the last pass out of memory (the
// collector's worker calls it once per cycle; keepGoing false stops it early).
void shrinkParkedStacks(bool (*keepGoing)());

// --- mgc.cpp: goroutine stacks scanned concurrently ---------------------------------------
// A G whose stackGen differs from gcStackGen has not had its stack scanned for the cycle
// marking now, and must not run until it has: execute and exitsyscall call these first.
extern std::atomic<uint32_t> gcStackGen;
constexpr uint32_t stackScanBusy = 0x80000000u;
// gp is about to run (parked or runnable until now): scans its stack, or waits for the
// scanner that holds it.
void gcScanStackBeforeRun(G* gp);
// The running G, leaving a system call: the same, its native stack from here up.
void gcScanOwnStack(G* gp);
inline bool stackScanDue(G* gp) {
  return gp->stackGen.load(std::memory_order_acquire) != gcStackGen.load(std::memory_order_relaxed);
}
void goready(G* gp);
void goyield();
// gopark with unlockf = unlock(l).
void goparkunlock(mutex* l, WaitReason reason);
sudog* acquireSudog();
void releaseSudog(sudog* s);
void wakep();
// Reports a deadlock (and exits) when no M runs Go code and no G can run. sched.lock held.
void checkdead();
void startm(P* pp, bool spinning);
void handoffp(P* pp);
// Wakes the M blocked in the timer poll if it would sleep past `when` (or gets one).
void wakeNetPoller(int64_t when);
void netpollBreak();

// --- mfinal.cpp (called by the collector, world stopped) ------------------------------
// Marks finalizer functions and queued calls, and scans (without marking) the contents of
// every object that has a finalizer.
void markFinalizerRoots(void (*scanObject)(uintptr_t base));
// Queues the finalizers of objects left unmarked, resurrecting those objects; returns
// how many were queued.
size_t queueFinalizers(bool (*marked)(uintptr_t base), void (*resurrect)(uintptr_t base));
// Readies the finalizer goroutine if calls are queued (world running).
void wakeFinalizers();

// --- stack.cpp --------------------------------------------------------------------------
extern const size_t fiberStackSize;
Stack stackalloc();
// Puts s back in the pool (its pages stay resident until stackfreeAll or reuse).
void stackfree(Stack s);
// Releases the pages of every stack once all are free (runScheduler's teardown).
void stackfreeAll();
// Returns the pages of s below its top `keep` bytes to the kernel.
void stackrelease(Stack s, size_t keep);
// Gives back the segment a G kept from morestack (when the G dies).
void stackfreeSpare(G* gp);

// --- time.cpp ---------------------------------------------------------------------------
// Runs pp's expired timers. now == 0: read the clock. Returns the time used and, in
// *pollUntil, when the next timer is due (0: none); *ran says whether any ran.
int64_t checkTimers(P* pp, int64_t now, int64_t* pollUntil, bool* ran);
// The earliest timer of any P (INT64_MAX if none).
int64_t timeSleepUntil();
// When pp's next timer is due (0: none), without locks.
inline int64_t nobarrierWakeTime(P* pp) { return pp->timer0When.load(std::memory_order_acquire); }
// Moves every timer of from onto to (procresize). Both are stopped.
void moveTimers(P* to, P* from);
// Forgets every timer of pp (runScheduler's teardown).
void dropTimers(P* pp);

// --- sema.cpp ---------------------------------------------------------------------------
void resetSemaTable();

// --- sysmon.cpp -------------------------------------------------------------------------
void sysmon(M* mp);
bool preemptone(P* pp);
void preemptall();

// cancelPark's parts (proc.cpp, chan.cpp): the channel side, and the unwind a cancelled
// park ends in (a Goexit GoPanic thrown from where the goroutine parked).
bool cancelChanPark(G* gp);
[[noreturn]] void parkCancelledUnwind();

}  // namespace golite::runtime
