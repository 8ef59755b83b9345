// The garbage collector (Go's runtime/mgc.go, mgcmark.go, mgcsweep.go, mgcpacer.go).
//
// This first collector is a non-moving, stop-the-world mark-sweep over the allocator's
// spans. A cycle:
//
//   1. Trigger. The allocator reports the bytes it hands out (gcAllocated, at span
//      refills and large allocations). When the live heap estimate passes the goal, the
//      allocating goroutine is asked to collect at its next safepoint: its preempt flag is
//      set, the VM polls it at calls and loop back-edges, and preemptPark calls gcPoll.
//      Collecting only at safepoints means no runtime lock is held and the collector's own
//      goroutine is between instructions. runtime.GC() collects at once.
//   2. Stop the world (stopTheWorld: every other P parks at its next safepoint or is
//      taken from its system call). Flush every mcache, so every span is in an mcentral
//      list or is a large object, and the tiny blocks are dropped.
//   3. Mark. Clear the mark bits, then mark from the roots (below) with a work list: an
//      object reached for the first time is marked and, unless its span is noscan, its
//      pointer words are scanned: those the type recorded at allocation (mheap.h) says
//      hold pointers, or every word when there is no usable type. Roots are scanned
//      conservatively: a word marks the object it points into (interior pointers
//      included) when it falls inside an allocated slot of an in-use span; other words
//      are ignored. Nothing moves, so a non-pointer that looks like one only keeps an
//      object alive a cycle longer.
//   4. Sweep, with the world still stopped. In each in-use span the mark bits become the
//      allocation bits (unmarked slots are free again, and the span's memory is zeroed
//      when reused); a span with nothing marked goes back to the heap; the rest are put
//      back in their mcentral's partial or full list.
//   5. Pace: the next goal is the marked bytes times 1 + GOGC/100, at least 4 MB
//      (GOGC=off never collects; debug.SetGCPercent changes it). Start the world.
//
// Roots (all scanned with the world stopped):
//   - the VM's: every live goroutine's VM state (registers, frames' closures, deferred
//     calls and their argument words, panic values) through gcScanVM, and the program's
//     globals (package variables' cells, static closures) through gcScanGlobals;
//   - the parts of every goroutine's native stack that natives use (the VM records them:
//     vm/roots.cpp), conservatively, down to the G's stack pointer: its saved context when
//     parked or runnable, the bottom of its stack when in a system call, the collector's
//     own frame (with its callee-saved registers spilled) for the collecting G. A native
//     holding a Go pointer in a C++ local while it calls back into Go or parks is covered
//     by this; the interpreter loop's own frames are not scanned (a stale word there
//     would keep an object alive indefinitely);
//   - timers in the Ps' heaps (a time.Timer's runtime timer lives inside the Go object
//     that owns it, and may be the only reference to it);
//   - the sudogs of parked goroutines (their element pointers).
// Any other Go pointer kept only in C++ memory would be missed: the rule for runtime and
// library code is to keep Go pointers in Go memory, in VM registers, or in locals of a
// goroutine's native stack.
//
// Testing the collector: GOGC=1 collects about every 40 KB of allocation, and
// GODEBUG=clobberfree=1 overwrites every freed object, so a missed root shows as wrong
// output at once; CI runs the conformance programs and the Go test-directory pass list so
// (the *_gcstress tests in tests/scripts.cmake).
//
// Finalizers (mfinal.cpp) join the mark: their functions and their objects' contents are
// roots, and an object with a finalizer left unmarked has it queued and is kept one more
// cycle.
//
// Not yet: a concurrent mark with write barriers, mark assists and background workers,
// concurrent sweeping, precise scanning of VM frames from pointer maps, the scavenger.
#include "runtime/mgc.h"

#include <algorithm>
#include <cinttypes>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/mheap.h"
#include "runtime/panic.h"
#include "runtime/runtime2.h"
#include "runtime/write.h"

namespace golite::runtime {

void (*gcScanVM)(void* vm, uintptr_t sp) = nullptr;
void (*gcScanGlobals)() = nullptr;

namespace {

// The smallest heap goal: 4 MB at GOGC=100, scaled by GOGC as Go's heapMinimum is (so
// GOGC=1 collects about every 40 KB of allocation: the stress setting).
constexpr uint64_t defaultHeapMinimum = 4 << 20;
uint64_t heapMinimum(int percent) {
  uint64_t m = defaultHeapMinimum * uint64_t(percent < 0 ? 100 : percent) / 100;
  return m < 4096 ? 4096 : m;
}

// GOMEMLIMIT (parseByteSize's format); "off", unset or malformed: no limit.
int64_t readGOMEMLIMIT() {
  const char* s = std::getenv("GOMEMLIMIT");
  uint64_t v = s != nullptr && std::strcmp(s, "off") != 0 ? parseByteSize(s) : 0;
  return v == 0 || v > uint64_t(INT64_MAX) ? INT64_MAX : int64_t(v);
}

int readGOGC() {
  const char* s = std::getenv("GOGC");
  if (s == nullptr || *s == 0) return 100;
  if (std::strcmp(s, "off") == 0) return -1;
  char* end = nullptr;
  long v = std::strtol(s, &end, 10);
  if (end == s || *end != 0) return 100;
  return int(v);
}

// Whether GODEBUG (comma-separated name=value pairs) holds `setting`, e.g. "gctrace=1".
bool godebug(const char* setting) {
  const char* s = std::getenv("GODEBUG");
  if (s == nullptr) return false;
  std::string d(s);
  size_t at = 0;
  while (at <= d.size()) {
    size_t comma = d.find(',', at);
    std::string kv = d.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
    if (kv == setting) return true;
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  return false;
}

// The pacer's state. heapLive and the request flag are touched by allocating threads;
// the rest only by the collector, with the world stopped (or under worldsema).
struct GCController {
  std::atomic<int64_t> heapLive{0};  // bytes handed out since the last cycle, plus marked
  std::atomic<uint64_t> goal{defaultHeapMinimum};
  std::atomic<int> gcPercent{100};
  std::atomic<int64_t> memoryLimit{INT64_MAX};  // GOMEMLIMIT / debug.SetMemoryLimit (soft)
  std::atomic<bool> requested{false};
  uint64_t heapMarked = 0;
  bool trace = false;        // GODEBUG=gctrace=1: a line per cycle on stderr
  bool clobberfree = false;  // GODEBUG=clobberfree=1: overwrite freed objects with 0xdeadbeef
  int64_t startNano = 0;
  GCStats stats{};
};

GCController gcController;

uint64_t heapGoal(uint64_t marked, int percent);

// Reads the environment's settings once, on first use (the allocator's first refill).
std::once_flag gcInitOnce;

int gcPercent() {
  std::call_once(gcInitOnce, [] {
    int p = readGOGC();
    gcController.gcPercent.store(p, std::memory_order_relaxed);
    gcController.memoryLimit.store(readGOMEMLIMIT(), std::memory_order_relaxed);
    gcController.trace = godebug("gctrace=1");
    gcController.clobberfree = godebug("clobberfree=1");
    gcController.startNano = nanotime();
    gcController.goal.store(heapGoal(0, p), std::memory_order_relaxed);
  });
  return gcController.gcPercent.load(std::memory_order_relaxed);
}

// The heap goal after a cycle that marked `marked` bytes: GOGC's proportional goal, at
// least the minimum, and under a memory limit at most the limit (but always a little
// above the live heap, so a program over its limit is not collecting without end).
uint64_t heapGoal(uint64_t marked, int percent) {
  uint64_t goal = percent < 0 ? UINT64_MAX : marked + marked * uint64_t(percent) / 100;
  if (percent >= 0 && goal < heapMinimum(percent)) goal = heapMinimum(percent);
  // A runway of at least 64 KB: the allocator charges whole spans as it takes them, and
  // every cycle hands the cached spans back, so a goal closer to the live heap than a
  // few spans would collect again at the next refill (GOGC=1 with a live heap).
  if (percent >= 0 && goal < marked + (64 << 10)) goal = marked + (64 << 10);
  int64_t limit = gcController.memoryLimit.load(std::memory_order_relaxed);
  if (limit != INT64_MAX) {
    uint64_t cap = std::max<uint64_t>(uint64_t(limit), marked + marked / 16 + (64 << 10));
    goal = std::min(goal, cap);
  }
  return goal;
}

// --- marking ----------------------------------------------------------------------------

// Objects marked but not yet scanned.
std::vector<uintptr_t> workbuf;

// Marks the object containing address w, if w is inside an allocated slot of an in-use
// span, and queues it for scanning unless its span is noscan.
inline void markWord(uintptr_t w) {
  // Most words are not heap addresses: one range check turns them away.
  if (w - mheap_.arenaMin >= mheap_.arenaMax - mheap_.arenaMin) return;
  mspan* s = spanOf(reinterpret_cast<void*>(w));
  if (s == nullptr || s->state != mSpanState::InUse || w < s->startAddr || w >= s->limit) return;
  uintptr_t idx = s->objIndex(w);
  if (s->isFree(idx) || s->isMarked(idx)) return;
  s->setMarked(idx);
  if (!s->spanclass.noscan()) workbuf.push_back(s->startAddr + idx * s->elemsize);
}

// Conservative scan of [p, p + bytes), word-aligned. Not instrumented: it reads stacks,
// redzones included, that the sanitizers would report.
__attribute__((no_sanitize("address", "thread"))) void scanRange(uintptr_t p, uintptr_t end) {
  p = (p + 7) & ~uintptr_t(7);
  for (; p + 8 <= end; p += 8) markWord(*reinterpret_cast<const uintptr_t*>(p));
}

// Scans one heap object. Precise when the type recorded at allocation describes its
// pointer words (gcdata covers ptrdata): only those words are read, repeating the type's
// layout for arrays (an object may hold several elements of its type). Otherwise, and
// for a slot with no recorded type, every word.
__attribute__((no_sanitize("address", "thread"))) void scanObject(uintptr_t obj) {
  mspan* s = spanOf(reinterpret_cast<void*>(obj));
  const Type* t = s->objectType(s->objIndex(obj));
  uintptr_t end = obj + s->elemsize;
  uint64_t words = t ? t->ptrdata / 8 : 0;
  if (t == nullptr || t->size == 0 || t->size % 8 != 0 || words == 0 ||
      t->gcdata.size() * 8 < words) {
    scanRange(obj, end);
    return;
  }
  const uint8_t* bits = t->gcdata.data();
  for (uintptr_t elem = obj; elem + t->size <= end; elem += t->size) {
    const auto* w = reinterpret_cast<const uintptr_t*>(elem);
    for (uint64_t i = 0; i < words; i++) {
      if (bits[i / 8] >> (i % 8) & 1) markWord(w[i]);
    }
  }
}

void drain() {
  while (!workbuf.empty()) {
    uintptr_t obj = workbuf.back();
    workbuf.pop_back();
    scanObject(obj);
  }
}

// A goroutine's native stack: through the VM, which knows which parts of it hold Go
// values (gcScanVM), or, for a goroutine without VM state, all of it from sp up.
void scanGoroutineStack(G* gp, uintptr_t sp) {
  if (gp->vm && gcScanVM) gcScanVM(gp->vm, sp);
  else scanRange(sp, gp->stack.hi);
}

// The collecting goroutine's own stack, from here up. noinline, and __builtin_unwind_init
// spills every callee-saved register into this frame (below which nothing is live), so
// values the callers keep in registers are on the stack scanned.
[[gnu::noinline]] void scanOwnStack(G* gp) {
  __builtin_unwind_init();
  volatile uintptr_t marker = 0;
  uintptr_t sp = reinterpret_cast<uintptr_t>(&marker);
  if (sp < gp->stack.lo || sp >= gp->stack.hi) throwf("gc: collector not on its goroutine's stack");
  scanGoroutineStack(gp, sp);
}

// The contents of the object at base (for finalizers: its referents survive, not itself).
void scanObjectContents(uintptr_t base) {
  mspan* s = spanOf(reinterpret_cast<void*>(base));
  if (s == nullptr || s->state != mSpanState::InUse || s->spanclass.noscan()) return;
  scanRange(base, base + s->elemsize);
}

bool objectMarked(uintptr_t base) {
  mspan* s = spanOf(reinterpret_cast<void*>(base));
  if (s == nullptr || s->state != mSpanState::InUse) return true;
  return s->isMarked(s->objIndex(base));
}

void resurrect(uintptr_t base) {
  mspan* s = spanOf(reinterpret_cast<void*>(base));
  if (s != nullptr && s->state == mSpanState::InUse) s->setMarked(s->objIndex(base));
}

void markRoots(G* self) {
  if (gcScanGlobals) gcScanGlobals();
  markFinalizerRoots(scanObjectContents);
  drain();
  for (G* gp : allgsSnapshot()) {
    uint32_t st = gp->status();
    if (st == Gdead || st == Gidle) continue;
    for (sudog* sg = gp->waiting; sg != nullptr; sg = sg->waitlink) {
      markWord(reinterpret_cast<uintptr_t>(sg->elem));
      markWord(reinterpret_cast<uintptr_t>(sg->c));
    }
    if (gp == self) {
      scanOwnStack(gp);
    } else if (st == Gsyscall) {
      scanGoroutineStack(gp, gp->stack.lo);  // running in the kernel: its SP is unknown
    } else if (gp->ctx != nullptr) {
      scanGoroutineStack(gp, reinterpret_cast<uintptr_t>(gp->ctx));
    } else if (gp->vm && gcScanVM) {
      gcScanVM(gp->vm, gp->stack.hi);
    }
    drain();
  }
  for (uint32_t i = 0; i < uint32_t(gomaxprocsCur.load()); i++) {
    P* pp = allp[i].load(std::memory_order_relaxed);
    if (pp == nullptr) continue;
    for (Timer* t : pp->timers) markWord(reinterpret_cast<uintptr_t>(t));
  }
  drain();
}

// --- sweeping ---------------------------------------------------------------------------

// GODEBUG=clobberfree=1 (as Go's): fills every object this sweep frees with 0xdeadbeef,
// so a program still using one (a root the collector missed) reads garbage at once
// instead of by chance much later. Slots are allocated when below freeindex or set in
// allocBits; freed when allocated and not marked.
void clobberFreed(mspan* s) {
  for (uintptr_t i = 0; i < s->nelems; i++) {
    if (s->isFree(i) || s->isMarked(i)) continue;
    auto* p = reinterpret_cast<uint32_t*>(s->startAddr + i * s->elemsize);
    for (uintptr_t k = 0; k < s->elemsize / 4; k++) p[k] = 0xdeadbeef;
  }
}

struct SweepResult {
  uint64_t markedBytes = 0;
  uint64_t freedObjects = 0;
  uint64_t freedBytes = 0;
};

SweepResult sweep() {
  SweepResult r;
  // Every span is in an mcentral list or large (the mcaches were flushed): rebuild the
  // lists from the sweep.
  for (mcentral& c : mheap_.central) {
    c.partial = mSpanList{};
    c.full = mSpanList{};
  }
  std::vector<mspan*> toFree;
  for (size_t i = 0; i < mheap_.nallspans; i++) {
    mspan* s = mheap_.allspans[i];
    if (s->state != mSpanState::InUse) continue;
    s->next = s->prev = nullptr;
    uint32_t marked = 0;
    for (uint64_t w : s->gcmarkBits) marked += uint32_t(__builtin_popcountll(w));
    uint32_t freed = s->allocCount - marked;
    if (s->allocCount < marked) throwf("gc: more objects marked than allocated in a span");
    r.markedBytes += uint64_t(marked) * s->elemsize;
    r.freedObjects += freed;
    r.freedBytes += uint64_t(freed) * s->elemsize;
    if (s->spanclass.sizeclass() == 0) {
      heapStats.largeFree.fetch_add(int64_t(freed) * int64_t(s->elemsize), std::memory_order_relaxed);
      heapStats.largeFreeCount.fetch_add(freed, std::memory_order_relaxed);
    } else {
      heapStats.smallFreeCount[s->spanclass.sizeclass()].fetch_add(freed, std::memory_order_relaxed);
    }
    if (gcController.clobberfree && freed != 0) clobberFreed(s);
    if (marked == 0) {
      toFree.push_back(s);
      continue;
    }
    if (freed != 0) {
      // The mark bits are the new allocation bits; allocation restarts from slot 0.
      std::memcpy(s->allocBitsStorage, s->gcmarkBits, sizeof(s->allocBitsStorage));
      s->allocCount = marked;
      s->freeindex = 0;
      s->refillAllocCache(0);
      s->needzero = 1;
      if (s->types != nullptr) {
        for (uintptr_t k = 0; k < s->nelems; k++)
          if (!s->isMarked(k)) s->types[k] = nullptr;
      }
    }
    if (s->spanclass.sizeclass() != 0) {
      mcentral& c = mheap_.central[s->spanclass.v];
      if (s->allocCount == s->nelems) c.full.insert(s);
      else c.partial.insert(s);
    }
  }
  for (mspan* s : toFree) mheap_.freeSpan(s);
  return r;
}

void flushCache(mcache* c) { c->releaseAll(); }

void clearMarks() {
  for (size_t i = 0; i < mheap_.nallspans; i++) {
    mspan* s = mheap_.allspans[i];
    if (s->state == mSpanState::InUse) std::memset(s->gcmarkBits, 0, sizeof(s->gcmarkBits));
  }
}

// One whole cycle. The caller holds worldsema and has stopped the world.
void gcCycle(G* self, bool forced) {
  int64_t t0 = nanotime();
  uint64_t heapBefore = uint64_t(gcController.heapLive.load(std::memory_order_relaxed));
  forEachMCache(flushCache);
  int64_t t1 = nanotime();
  clearMarks();
  markRoots(self);
  queueFinalizers(objectMarked, resurrect);
  int64_t t2 = nanotime();
  SweepResult r = sweep();
  int64_t t3 = nanotime();

  GCController& g = gcController;
  g.heapMarked = r.markedBytes;
  g.heapLive.store(int64_t(r.markedBytes), std::memory_order_relaxed);
  uint64_t goal = heapGoal(r.markedBytes, gcPercent());
  g.goal.store(goal, std::memory_order_relaxed);

  GCStats& st = g.stats;
  uint64_t pause = uint64_t(t3 - t0);
  st.pauseNs[st.numGC % 256] = pause;
  st.pauseEnd[st.numGC % 256] = uint64_t(walltime());
  st.numGC++;
  if (forced) st.numForcedGC++;
  st.pauseTotalNs += pause;
  st.lastGC = uint64_t(walltime());
  st.nextGC = goal;
  st.frees += r.freedObjects;
  st.freedBytes += r.freedBytes;

  if (g.trace) {
    // Go 1.19's gctrace line; the three phases here are one stop-the-world pause, shown
    // as sweep termination (flush) + mark + mark termination (sweep).
    auto ms = [](int64_t ns) { return double(ns) / 1e6; };
    auto mb = [](uint64_t b) { return b >> 20; };
    double since = double(t3 - g.startNano) / 1e9;
    // Go's percentage: the share of time since the program started spent collecting.
    int pct = since > 0 ? int(double(st.pauseTotalNs) / 1e9 / since * 100) : 0;
    char buf[320];
    std::snprintf(buf, sizeof buf,
                  "gc %u @%.3fs %d%%: %.3f+%.3f+%.3f ms clock, %.3f+%.3f/%.3f/%.3f+%.3f ms cpu, "
                  "%" PRIu64 "->%" PRIu64 "->%" PRIu64 " MB, %" PRIu64 " MB goal, 0 MB stacks, "
                  "0 MB globals, %d P%s\n",
                  st.numGC, since, pct, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t1 - t0), 0.0,
                  ms(t2 - t1), 0.0, ms(t3 - t2), mb(heapBefore), mb(heapBefore), mb(r.markedBytes),
                  mb(goal), int(gomaxprocsCur.load()), forced ? " (forced)" : "");
    writeStderr(buf);
  }
}

void collect(bool forced) {
  G* self = getg();
  if (self == nullptr) throwf("gc: not on a goroutine");
  stopTheWorld();
  // Another goroutine may have collected while this one waited for the world.
  bool due = forced || uint64_t(gcController.heapLive.load(std::memory_order_relaxed)) >=
                           gcController.goal.load(std::memory_order_relaxed);
  if (due) gcCycle(self, forced);
  startTheWorld();
  wakeFinalizers();
}

}  // namespace

void gcScanConservative(const void* p, size_t bytes) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  scanRange(a, a + bytes);
}

void gcMarkPointer(const void* p) { markWord(reinterpret_cast<uintptr_t>(p)); }

void gcAllocated(int64_t bytes) {
  int64_t live = gcController.heapLive.fetch_add(bytes, std::memory_order_relaxed) + bytes;
  if (bytes <= 0 || gcScanVM == nullptr) return;  // no VM roots: never collect (unit tests)
  gcPercent();
  if (uint64_t(live) < gcController.goal.load(std::memory_order_relaxed)) return;
  G* gp = getg();
  if (gp == nullptr) return;
  // Collect at this goroutine's next safepoint (whichever goroutine polls first does it).
  gcController.requested.store(true, std::memory_order_release);
  gp->preempt.store(true, std::memory_order_relaxed);
}

bool gcPoll() {
  if (!gcController.requested.load(std::memory_order_relaxed)) return false;
  if (!gcController.requested.exchange(false, std::memory_order_acq_rel)) return false;
  collect(false);
  return true;
}

void GC() {
  if (gcScanVM == nullptr) return;
  gcPercent();
  collect(true);
}

int setGCPercent(int percent) {
  int old = gcPercent();
  if (percent < 0) percent = -1;
  gcController.gcPercent.store(percent, std::memory_order_relaxed);
  gcController.goal.store(heapGoal(gcController.heapMarked, percent), std::memory_order_relaxed);
  return old;
}

int64_t setMemoryLimit(int64_t limit) {
  gcPercent();
  int64_t old = gcController.memoryLimit.load(std::memory_order_relaxed);
  if (limit < 0) return old;
  gcController.memoryLimit.store(limit, std::memory_order_relaxed);
  gcController.goal.store(heapGoal(gcController.heapMarked, gcPercent()), std::memory_order_relaxed);
  return old;
}

void freeOSMemory() {
  GC();
  mheap_.scavengeAll();
}

GCStats readGCStats() {
  gcPercent();
  bool world = getg() != nullptr;
  if (world) stopTheWorld();
  forEachMCache(flushCache);
  GCStats s = gcController.stats;
  if (s.nextGC == 0) s.nextGC = gcController.goal.load(std::memory_order_relaxed);
  s.startNano = gcController.startNano;
  MemStatsSnapshot heap = readMemStats();
  s.totalAlloc = heap.totalAlloc;
  s.mallocs = heap.mallocs;
  s.heapSys = heap.heapSys;
  s.heapInuse = heap.heapInuse;
  // Tiny allocations are not tracked one by one: they count as freed, as in Go.
  s.frees += uint64_t(heapStats.tinyAllocCount.load(std::memory_order_relaxed));
  s.heapReleased = mheap_.releasedBytes();
  if (world) startTheWorld();
  return s;
}

}  // namespace golite::runtime
