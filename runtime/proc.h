// Goroutines and the G-M-P scheduler: the runtime's interface to the VM.
//
// The runtime knows a goroutine (G) as a fiber with a C entry point; what the goroutine
// runs (the VM's interpreter loop over its own register stack) is opaque to it: the VM
// hands each G a `void* vm` (its vm::Thread) and reads it back with gvm(getg()).
// See runtime/proc.cpp for how scheduling works.
#pragma once

#include <vector>

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "runtime/lock.h"

namespace golite::runtime {

// Why a goroutine is parked, shown in tracebacks as Go shows it ([chan receive], ...).
enum class WaitReason : uint8_t {
  Zero,
  ChanReceive,         // "chan receive"
  ChanSend,            // "chan send"
  ChanReceiveNilChan,  // "chan receive (nil chan)"
  ChanSendNilChan,     // "chan send (nil chan)"
  Select,              // "select"
  SelectNoCases,       // "select (no cases)"
  Sleep,               // "sleep"
  SyncMutexLock,       // "sync.Mutex.Lock"
  SyncRWMutexLock,     // "sync.RWMutex.Lock"
  SyncRWMutexRLock,    // "sync.RWMutex.RLock"
  SyncCondWait,        // "sync.Cond.Wait"
  SyncWaitGroupWait,   // "sync.WaitGroup.Wait"
  Semacquire,          // "semacquire"
  IOWait,              // "IO wait"
  Preempted,           // "preempted"
  FinalizerWait,       // "finalizer wait"
};
const char* waitReasonString(WaitReason r);

struct G;

// The running goroutine (never null once the scheduler runs; before that, a G for the
// main thread).
G* getg();
// Memory faults (SIGSEGV, SIGBUS) end the program as Go's do (runtime/sigfault.cpp):
// installFaultHandler at start, installSignalStack on each thread that runs goroutines.
void installFaultHandler();
void installSignalStack();

// A goroutine as tracebacks and profiles list it (package runtime's Stack, runtime/pprof).
struct GoroutineInfo {
  int64_t goid;
  const char* state;  // as Go prints it: "running", "chan receive", "sleep" ...
  void* vm;           // its VM state (vm::Thread)
  void* labels;       // runtime/pprof's labels
};
// Every live goroutine that is not the runtime's, in allgs order. The caller stops the
// world first (stopTheWorld) when it reads their stacks.
std::vector<GoroutineInfo> goroutines();
// The calling goroutine's runtime/pprof labels; setting them shades the old ones.
void* goroutineLabels();
void setGoroutineLabels(void* labels);

// The G running on this thread, or null: safe in a signal handler.
G* currentGForSignal();
// The stack that made each thread (M) the scheduler has (runtime.ThreadCreateProfile):
// empty for the main thread and those the scheduler made on its own behalf.
std::vector<std::vector<uintptr_t>> threadCreateStacks();
int64_t goid(G* gp);
// The VM's per-goroutine state (set by newproc; goroutine 1 sets its own with setgvm).
void* gvm(G* gp);
void setgvm(G* gp, void* vm);
// Where sysmon asks this goroutine to stop at its next safepoint (the VM polls it at
// function entry and loop back-edges, then calls preemptPark()).
std::atomic<bool>* preemptFlag(G* gp);

// Starts the scheduler and runs fn(arg) as goroutine 1. Does not return: when goroutine
// 1's fn returns, the process exits with fn's result as its status (after exitHook).
[[noreturn]] void schedmain(int (*fn)(void* arg), void* arg);
// Called just before the process exits, however it exits (main returning, os.Exit, an
// unrecovered panic, deadlock): returns the status to exit with (golite test prints go
// test's summary line there and exits 1 for any failure).
extern int (*exitHook)(int status);

// For tests: runs the scheduler with fn(arg) as goroutine 1 and returns fn's result once
// it returns, after stopping every M (goroutines still parked are abandoned: their
// native stacks are reclaimed without unwinding). Deadlock is still fatal. Must not be
// called while the scheduler runs.
int runScheduler(int (*fn)(void* arg), void* arg);

// The go statement: a new goroutine that runs fn(arg), with vm as its gvm(); it goes
// into the current P's runnext.
G* newproc(void (*fn)(void* arg), void* arg, void* vm);
// Ends the current goroutine (its deferred calls have already run). The native stack is
// abandoned where it is: C++ destructors of frames still on it do not run, so the VM
// should unwind its own frames first (or simply return from the goroutine's fn).
[[noreturn]] void goexit();

// Parks the current goroutine. unlockf (if set) is called on the scheduler's stack after
// the goroutine is off CPU; returning false resumes it at once. Go's gopark. Whoever
// will goready gp must find it only through state that unlockf publishes (a lock it
// releases): gp may not be readied before it is off CPU.
void gopark(bool (*unlockf)(G* gp, void* arg), void* arg, WaitReason reason);
// Makes gp runnable (puts it in the current P's runnext).
void goready(G* gp);
void Gosched();
// Yields at a safepoint after preemptFlag was set.
void preemptPark();

// Around a blocking system call (a read of stdin): lets sysmon hand the P to another M.
void entersyscall();
void exitsyscall();

int64_t numGoroutine();

// For a REPL session's watcher, a goroutine that wakes on a timer while an input runs:
// whether no goroutine but the caller can ever run again (every other one parked, no
// other M awake, no timer pending), what the scheduler's checkdead calls a deadlock.
bool othersAsleep();
// Whether gp is parked (gopark).
bool parked(G* gp);
// Wakes gp, parked in a channel operation, a select or a sleep, so that it unwinds as
// runtime.Goexit does from where it parked (its deferred calls run), the operation not
// done. Call with the world stopped. False (nothing changed) for other parks.
bool cancelPark(G* gp);
// Go's deadlock report (the fatal error line and every goroutine's traceback) on
// stderr, without exiting.
void printDeadlock();
// The same report under another first line (printDeadlock's is Go's deadlock error).
void printGoroutines(const char* header);
// SIGQUIT prints every goroutine's stack (SIGQUIT: quit) and exits with status 2, as Go.
void installSigquitDump();
int gomaxprocs(int n);  // n <= 0: just report; else stops the world to resize
int ncpu();

// Stops every other goroutine at a safepoint (they must poll preemptFlag) and every P
// (Go's stopTheWorld): for the GC and GOMAXPROCS. Called from a goroutine. Returns when
// the stop began (nanotime), after waiting its turn: a goroutine that waits for another's
// stop to end (worldsema) is parked, and that wait is no pause.
int64_t stopTheWorld();
int64_t startTheWorld();  // returns when the world ran again (nanotime)

// The VM's native depth check (call where the interpreter loop is re-entered from native
// code): false when fewer than margin bytes of the goroutine's native stack are left.
bool nativeStackOK(size_t margin);
// The address below which the running goroutine's native code should not go except
// through morestack (0 off a goroutine: no limit). Native code that may go deep (a
// native calling back into Go, a native recursing on a value's structure) compares its
// frame address with it.
uintptr_t stackGuard();
// Runs fn(arg) on a new segment of native stack and returns; an exception fn throws
// comes out of here. False (fn not run) when the goroutine's segments reach Go's stack
// limit (the caller reports Go's stack overflow). stack.cpp.
bool morestack(void (*fn)(void*), void* arg);

// sync.Mutex's spinning (Go's sync_runtime_canSpin / doSpin).
bool syncCanSpin(int iter);
void syncDoSpin();

// Time.
int64_t nanotime();   // monotonic
int64_t walltime();   // Unix nanoseconds
void timeSleep(int64_t ns);

// A runtime timer (Go's runtime timer for package time): when it fires, f(arg, seq) runs
// on the scheduler (it must not block: time's callbacks send without blocking or start
// a goroutine). Timers live in per-P 4-ary heaps.
// when is in nanotime() units and must be positive (callers clamp overflow to INT64_MAX,
// as Go's time.when does). The f/arg/seq fields may only be changed while the timer is not
// pending. A fired one-shot timer is no longer pending; addtimer may add it again.
struct Timer {
  int64_t when = 0;
  int64_t period = 0;
  void (*f)(void* arg, uintptr_t seq) = nullptr;
  void* arg = nullptr;
  uintptr_t seq = 0;
  // private to the timer implementation (time.cpp)
  std::atomic<void*> pp{nullptr};
  std::atomic<uint32_t> status{0};
  int32_t heapIndex = -1;
};
void addtimer(Timer* t);                   // t must not be pending
bool deltimer(Timer* t);                   // true if it was pending
bool modtimer(Timer* t, int64_t when, int64_t period);  // (re)adds; true if it was pending

// Semaphores for package sync (Go's sema.go): block while *addr == 0. lifo queues the
// waiter at the head (sync.Mutex's waiters that already waited); handoff gives the
// count straight to the first waiter and yields to it (starving sync.Mutex).
void semacquire(uint32_t* addr, bool lifo, WaitReason reason);
void semrelease(uint32_t* addr, bool handoff);

// sync.Cond's wait list (Go's notifyList, same layout: sync declares it as
// struct { wait uint32; notify uint32; lock uintptr; head, tail unsafe.Pointer }).
struct notifyList {
  std::atomic<uint32_t> wait{0};    // ticket of the next waiter
  std::atomic<uint32_t> notify{0};  // ticket of the next waiter to be notified
  mutex lock;                       // one word
  void* head = nullptr;
  void* tail = nullptr;
};
uint32_t notifyListAdd(notifyList* l);
void notifyListWait(notifyList* l, uint32_t t);  // parks with WaitReason::SyncCondWait
void notifyListNotifyAll(notifyList* l);
void notifyListNotifyOne(notifyList* l);

// Hook set by the VM: print a parked goroutine's Go frames to stderr, each line ending
// in a newline (for the deadlock report). The runtime has already printed the
// `goroutine N [reason]:` line and flushed stderr; the hook runs on a scheduler thread,
// not on gp.
extern void (*tracebackHook)(G* gp);

}  // namespace golite::runtime
