// The heap profile (Go's runtime/mprof.go): runtime.MemProfile, what runtime/pprof's
// "heap" and "allocs" profiles read. See mprof.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace golite::runtime {

struct mcache;
struct mspan;

// runtime.MemProfileRate: the Go variable once package runtime has registered it
// (setMemProfileRateVar), before that a default of 512 KiB.
extern int64_t* memProfileRate;
void setMemProfileRateVar(int64_t* v);

// The allocating goroutine's stack as program counters, innermost first (the VM's: set
// by vm/run.cpp). n at most; returns how many.
extern size_t (*profileStackHook)(void* vm, uintptr_t* pcs, size_t n);

// Bytes to allocate before the next sample: exponentially distributed with mean
// *memProfileRate (Go's nextSample), 0 when every allocation is sampled.
int64_t nextSample(mcache* c);
// Records the allocation of x (size bytes) in the profile: called by mallocgc when the
// cache's countdown runs out.
void profileAlloc(mcache* c, void* x, size_t size);
// The sweeper, before it frees anything in s (a span marked `profiled`): the sampled
// objects in s left unmarked are counted freed, to be published.
void profileSweep(mspan* s);
// With the world stopped after marking: the allocations sampled since the last cycle and
// the frees the last sweep found are published (Go's mProf_Flush: the profile is as of the
// last completed collection).
void profileCycle();
// After runtime.GC has swept: the frees its sweep found are published (Go's
// mProf_PostSweep).
void profilePostSweep();

struct MemProfileRecord {
  int64_t allocBytes, freeBytes, allocObjects, freeObjects;
  std::vector<uintptr_t> stack;
};
// The published records (runtime.MemProfile): with inuseZero, also those whose objects
// were all freed.
std::vector<MemProfileRecord> memProfile(bool inuseZero);

// The block and mutex profiles (Go's blockevent and mutexevent). "Cycles" are
// nanoseconds here (runtime/pprof's cyclesPerSecond is 1e9).
// runtime.SetBlockProfileRate: one event sampled per rate nanoseconds blocked on average
// (1: every event; 0: off).
void setBlockProfileRate(int64_t rate);
// runtime.SetMutexProfileFraction: one contention event in rate sampled (0: off); a
// negative rate only reads. Returns the previous rate.
int64_t setMutexProfileFraction(int64_t rate);
// Whether the profiles are on: the runtime then times its blocking operations (channel
// operations, select, semaphores, sync.Cond) and semaphore waits.
bool blockProfiling();
bool mutexProfiling();
// The calling goroutine blocked for ns nanoseconds (and is running again): sampled by the
// rate, recorded with its stack.
void blockEvent(int64_t ns);
// A goroutine waited ns for the semaphore the caller releases: sampled, recorded with the
// releaser's stack (Go's mutex profile blames the unlock).
void mutexEvent(int64_t ns);
struct BlockProfileRecord {
  int64_t count, cycles;
  std::vector<uintptr_t> stack;
};
std::vector<BlockProfileRecord> blockProfile(bool mutex);

// The CPU profile (runtime.SetCPUProfileRate, runtime/pprof's StartCPUProfile). hz > 0
// starts it: an interval timer of the process's CPU time sends SIGPROF hz times a second,
// and the handler marks the goroutine running on that thread (G::profPending, and its
// preempt flag); at its next safepoint the goroutine records its stack
// (cpuProfileAdd). hz = 0 stops it. The records are Go's profBuf format, which
// runtime/pprof reads: a header [3, 0, hz], then per sample [3+n, 0, count, pcs...].
void setCPUProfileRate(int64_t hz);
// The ticks the running goroutine took since it last asked, and its labels.
uint32_t takeProfileTicks(void** labels);
// A goroutine at a safepoint with ticks pending: its stack (innermost first), the ticks,
// and its labels (the record's tag).
void cpuProfileAdd(const uintptr_t* pcs, size_t n, uint64_t count, void* labels);
// What runtime/pprof's readProfile gets: the records since the last read and a tag for
// each; true (eof) once the profile was stopped and everything has been read.
bool readCPUProfile(std::vector<uint64_t>* data, std::vector<void*>* tags);
// The tags waiting to be read are Go pointers: roots (markRoots).
void markCPUProfileRoots(void (*mark)(const void*));

}  // namespace golite::runtime
