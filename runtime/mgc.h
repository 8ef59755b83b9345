// The garbage collector's entry points (runtime/mgc.cpp): what the VM, the allocator and
// package runtime call. See mgc.cpp for how a cycle works.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/value.h"

namespace golite::runtime {

// Whether GODEBUG (comma-separated name=value pairs) holds `setting`, e.g. "gctrace=1".
bool godebug(const char* setting);

// The write barrier for a Go pointer about to be overwritten in runtime memory the
// collector scans as a root only once a cycle (a G's fields): shades it while marking.
void shadePointer(const void* p);

// runtime.GC(): a full collection, blocking the caller until it is done. Must run on a
// goroutine.
void GC();

// The allocator reports bytes it hands out (whole spans at refill; negative when a cache
// gives unused slots back). Past the heap goal it asks the running goroutine to collect
// at its next safepoint.
void gcAllocated(int64_t bytes, bool scan);

// At a safepoint (the VM's preemption poll): runs a collection when one was asked for.
// Returns whether it did.
bool gcPoll();

// GOGC as a percentage (negative: off); returns the previous value. debug.SetGCPercent.
int setGCPercent(int percent);
// The soft memory limit in bytes (GOMEMLIMIT): the heap goal never exceeds it, so the
// collector works harder as the heap approaches it. Negative: only report. Returns the
// previous limit (math.MaxInt64: none). debug.SetMemoryLimit.
int64_t setMemoryLimit(int64_t limit);
// debug.FreeOSMemory: a full collection, then every free page returned to the OS.
void freeOSMemory();

// The roots the VM owns, scanned once per cycle (the VM sets these at start): the globals
// with the world stopped, a goroutine's VM state while that goroutine is stopped (the
// world may run: mgc.cpp, "goroutine stacks, scanned concurrently"; two goroutines' states
// may be scanned at once on different threads). gcScanVM gets each live goroutine's VM
// state (the `vm` given to newproc) and the lowest address of its native stack that may be
// in use (its stack pointer, or the bottom of its stack when unknown); the VM scans the
// parts of that stack its natives use. gcScanGlobals reports the program's globals. Both
// report what they hold with gcScanConservative (memory whose words may be pointers: VM
// registers, argument words), gcScanNativeStack (a range of a native (C++) stack, scanned
// conservatively too) and gcMarkPointer (a word known to be a pointer, or null).
extern void (*gcScanVM)(void* vm, uintptr_t sp);
// A goroutine's native code moving onto a new segment of native stack (morestack,
// stack.cpp), told to the VM on the new segment so that the ranges it reports stay on one
// segment each: `below` is where the goroutine stopped on the segment below (its
// registers saved there), `top` the new segment's top. gcSegmentLeave comes on the same
// segment before the goroutine goes back down.
extern void (*gcSegmentEnter)(void* vm, uintptr_t below, uintptr_t top);
extern void (*gcSegmentLeave)(void* vm);
// Whether a parked goroutine's native stack holds no Go pointer the collector must see
// (then it may be taken out of memory while parked: shrinkParkedStacks).
extern bool (*gcStackHoldsNoPointers)(void* vm);
// GODEBUG=gccheckmark=1's report: describes the VM register at address slot of a
// goroutine's VM state (its frame, function and register), or nothing when not there.
extern void (*gcDescribeSlot)(void* vm, uintptr_t slot);
extern void (*gcScanGlobals)();
void gcScanConservative(const void* p, size_t bytes);
// The collector's background worker left idle (sweep done, no scavenging): for the
// scheduler's teardown.
void gcQuiesce();
void gcScanNativeStack(const void* p, size_t bytes);
void gcMarkPointer(const void* p);
// The words of [p, p + 8*words) whose bit is set in bits (bit i: word i), as gcMarkPointer
// each (a goroutine's frame objects, by their pointer map: vm/roots.cpp).
void gcScanPointerWords(const void* p, const uint64_t* bits, size_t words);

// Finalizers (runtime/mfinal.cpp). addfinalizer records fn (a Go func value) for the heap
// object at base; word0 is nullptr when the finalizer takes the pointer itself, else the
// type or itab word of the interface it takes it as. False if one is already set.
bool addfinalizer(void* base, void* fn, const void* word0);
void removefinalizer(void* base);
// runtime.SetFinalizer's checks (Go's fatal errors for misuse) and record; a nil
// finalizer removes the object's. Returns true on the first call of the program, when
// the caller must start the finalizer goroutine.
bool setFinalizer(Eface obj, Eface finalizer);
// A finalizer due to run: fn called with one argument word (the pointer) or two (an
// interface).
struct FinalizerCall {
  void* fn;
  uintptr_t arg[2];
  bool twoWords;
};
// The finalizer goroutine's loop: the next call to make, parking until there is one.
FinalizerCall nextFinalizer();
// Makes the running goroutine a system goroutine (the finalizer goroutine): not counted
// by NumGoroutine, nor by the deadlock check, nor shown in deadlock reports.
void markSystemGoroutine();

// Heap and collector statistics for runtime.ReadMemStats and debug.ReadGCStats.
struct GCStats {
  // The heap (counted by the allocator and the sweeper).
  uint64_t totalAlloc;     // bytes allocated, ever
  uint64_t mallocs;        // objects allocated, ever (tiny allocations included)
  uint64_t heapSys;        // bytes of heap address space mapped
  uint64_t heapInuse;      // bytes in in-use spans
  uint64_t heapReleased;   // bytes of heap address space returned to (or never taken from) the OS
  // Runtime metadata (runtime.MemStats's MSpan*, MCache*, GCSys, OtherSys), and the
  // goroutine stacks' bytes the last collection scanned (gctrace's "MB stacks").
  uint64_t mspanInuse, mspanSys, mcacheInuse, mcacheSys, gcSys, otherSys, stackInuse;
  int64_t startNano;       // nanotime() when the program started collecting statistics
  // The collector.
  uint32_t numGC;
  uint32_t numForcedGC;
  uint64_t pauseTotalNs;
  uint64_t gcCpuNs;        // CPU time spent collecting: pauses times GOMAXPROCS, marking
  uint64_t pauseNs[256];   // circular: the most recent at (numGC + 255) % 256
  uint64_t pauseEnd[256];  // wall-clock ns
  uint64_t lastGC;         // wall-clock ns of the last cycle's end, 0 if none
  uint64_t nextGC;         // the heap goal
  uint64_t frees;          // objects freed (tiny allocations count as freed, as in Go)
  uint64_t freedBytes;
};
// A consistent snapshot: stops the world and flushes the allocation caches first.
GCStats readGCStats();

}  // namespace golite::runtime
