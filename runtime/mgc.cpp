// The garbage collector (Go's runtime/mgc.go, mgcmark.go, mgcsweep.go, mgcpacer.go,
// mbarrier.go).
//
// A non-moving, concurrent, tri-colour mark-sweep over the allocator's spans. Colours: an
// object is white until marked; grey once marked and queued (its pointers not yet
// scanned); black once scanned. A cycle:
//
//   1. Trigger. The allocator reports the bytes it hands out (gcAllocated, at span
//      refills and large allocations). When the heap passes the trigger (heapTrigger: a
//      little before the goal, by what marking the live heap will let the program
//      allocate meanwhile), the allocating goroutine is asked to start a cycle at its next
//      safepoint: its preempt flag is set, the VM polls it at calls and loop back-edges,
//      and preemptPark calls gcPoll. runtime.GC() starts one at once.
//   2. Sweep termination and roots, with the world stopped (gcStart). The last cycle's
//      sweep is finished (most of it before stopping), every mcache is flushed (so new
//      allocations take spans afresh and tiny blocks start anew), the write barrier and
//      allocate-black are turned on, and the roots are greyed (markRoots): globals,
//      finalizers, timers and the collecting goroutine's stack. Every other goroutine's
//      stack is part of the snapshot too, but is scanned after the world runs again,
//      before that goroutine next runs ("goroutine stacks, scanned concurrently" below),
//      so the pause does not grow with the number of goroutines.
//   3. Concurrent mark. The background worker (an OS thread of its own, which steps
//      aside while the world is being stopped, and keeps to Go's 25% of GOMAXPROCS while
//      every P runs goroutines) takes grey objects from the shared queue and scans them
//      (small objects by the heap bitmap, mheap.h), greying what they point to. Goroutines help: one that allocates past the goal while marking
//      scans a share at its next safepoint (mark assist), and runtime.GC's caller marks
//      until the queue is empty. Meanwhile:
//        - every object allocated is marked at once (allocate black: mallocgc), so the
//          cycle never frees what it did not see;
//        - every store that may overwrite a pointer in the heap goes through the write
//          barrier (mbarrier.h), which greys the old value: whatever the snapshot could
//          reach stays reachable for the mark, however the program rearranges the heap
//          (a snapshot-at-the-beginning barrier). Each goroutine stack is scanned once,
//          in its snapshot state: no goroutine runs with an unscanned stack, so stores
//          into VM registers need no barrier.
//      When every stack is scanned, the queue is empty and no marker holds work, the
//      worker asks for mark
//      termination (requestMarkTermination: the next goroutine at a safepoint does it).
//   4. Mark termination, with the world stopped (gcMarkDone): the markers hand back their
//      work, and the write barrier buffers are emptied. If anything is left, the world
//      runs again and marking goes on (up to 16 times); otherwise what little is
//      left is scanned now, finalizers are queued (mfinal.cpp), GODEBUG=gccheckmark=1
//      verifies the mark, the barrier is turned off, every span is handed to the sweeper
//      (startSweep: O(size classes)), and the next goal is set from the bytes marked.
//   5. Concurrent sweep: allocations sweep the spans they need (mcentral::cacheSpan), and
//      sweep before the heap grows (reclaim); the worker sweeps the rest, takes long-parked
//      goroutines' native stacks out of memory, then returns free pages to the OS down to
//      the retain goal (scavenging). Sweeping a span turns its
//      mark bits into its allocation bits (unmarked slots are free again) or, when
//      nothing in it survived, gives its pages back to the heap.
//
// Small heaps (little to scan: stopTheWorldScan) are collected in one pause instead:
// roots, mark and termination together, which costs less than a concurrent cycle's fixed
// costs and stays within about a millisecond.
//
// Pacing: the goal is the marked bytes plus (marked bytes + the last root scan's stacks
// and globals) times GOGC/100 (Go 1.18's), at least 4 MB scaled by GOGC (GOGC=off never
// collects; debug.SetGCPercent changes it), capped by the soft memory limit (GOMEMLIMIT,
// debug.SetMemoryLimit). The trigger leaves room for what the last concurrent mark saw
// allocated (heapTrigger).
//
// Roots (globals, finalizers, timers and the collector's own stack taken with the world
// stopped, in gcStart; the other goroutines' stacks and sudogs concurrently, each before
// its goroutine runs again):
//   - the VM's: every live goroutine's VM state (each frame's live registers by its frame
//     map, vm/liveness.cpp; natives' argument words; the dead slots above the highest
//     frame cleared once per cycle; frames' closures, deferred calls and their argument
//     words, panic values) through gcScanVM, and the program's globals (package
//     variables' cells, static closures: heap objects) through gcScanGlobals;
//   - the parts of every goroutine's native stack that natives use (the VM records them:
//     vm/roots.cpp), conservatively, down to the G's stack pointer: its saved context when
//     parked or runnable, the bottom of its stack when in a system call, the point where
//     it entered the collector for the collecting G (withCollectorSp). A native holding a
//     Go pointer in a C++ local while it calls back into Go or parks is covered by this;
//     the interpreter loop's own frames are not scanned (a stale word there would keep an
//     object alive indefinitely);
//   - timers in the Ps' heaps (a time.Timer's runtime timer lives inside the Go object
//     that owns it, and may be the only reference to it);
//   - the sudogs of parked goroutines (their element pointers);
//   - finalizers (mfinal.cpp): their functions, and the contents of objects that have one.
// Any other Go pointer kept only in C++ memory would be missed: the rule for runtime and
// library code is to keep Go pointers in Go memory, in VM registers, or in locals of a
// goroutine's native stack. Roots written after the snapshot need no barrier: what they
// receive was reachable from the snapshot or allocated since.
//
// Safepoints: the collector stops goroutines only where the VM polls (calls, loop
// back-edges) or where they park; no runtime lock is held there and every live value is
// in a VM register, a frame record, a sudog or a native span.
//
// Testing the collector: GOGC=1 collects about every 40 KB of allocation,
// GODEBUG=clobberfree=1 overwrites every freed object, so a missed root shows as wrong
// output at once, and GODEBUG=gccheckmark=1 re-marks with the world stopped after every
// concurrent mark and dies naming any object the concurrent mark missed (a store without
// the barrier); CI runs the conformance programs and the Go test-directory pass list with
// all three (the *_gcstress tests in tests/scripts.cmake).
//
// GODEBUG=gccheckmark=1's second mark leaves native stacks out (see checkmark).
//
// GODEBUG=clobberdead=1 poisons the registers the VM's frame maps call dead, at every
// safepoint and collection (vm/liveness.h), so a wrong map fails a program at once.
//
// After each cycle the worker also takes the native stacks of goroutines parked since the
// previous one out of memory (shrinkParkedStacks, proc.cpp: Go's shrinkstack, in golite's
// terms), so a parked goroutine costs about 2 KB.
//
// Not yet: registers typed as pointer or not (a live register is scanned as a possible
// pointer).
#include "runtime/mgc.h"
#include "runtime/mprof.h"

#include <algorithm>
#include <bit>
#include <cinttypes>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <sched.h>
#include <unistd.h>

#include "runtime/mbarrier.h"
#include "runtime/mheap.h"
#include "runtime/panic.h"
#include "runtime/runtime2.h"
#include "runtime/stackobj.h"
#include "runtime/write.h"

namespace golite::runtime {

void (*gcScanVM)(void* vm, uintptr_t sp) = nullptr;
void (*gcDescribeSlot)(void* vm, uintptr_t slot) = nullptr;
void (*gcSegmentEnter)(void* vm, uintptr_t below, uintptr_t top) = nullptr;
void (*gcSegmentLeave)(void* vm) = nullptr;
void (*gcScanGlobals)() = nullptr;
bool (*gcStackHoldsNoPointers)(void* vm) = nullptr;
std::atomic<uint32_t> gcStackGen{0};

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

// The pacer's state. heapLive and the request flag are touched by allocating threads;
// the rest only by the collector, with the world stopped (or under worldsema).
struct GCController {
  std::atomic<int64_t> heapLive{0};  // bytes handed out since the last cycle, plus marked
  std::atomic<uint64_t> goal{defaultHeapMinimum};
  std::atomic<int> gcPercent{100};
  std::atomic<int64_t> memoryLimit{INT64_MAX};  // GOMEMLIMIT / debug.SetMemoryLimit (soft)
  std::atomic<bool> requested{false};
  uint64_t heapMarked = 0;
  // What the next cycle may have to scan: the bytes the last one scanned, and the bytes of
  // objects with pointers allocated since it started (the whole-cycle pause decision).
  uint64_t lastScanWork = 0;
  uint64_t lastMarkAlloc = 0;  // bytes allocated while the last cycle marked concurrently
  std::atomic<int64_t> scanAlloc{0};
  std::atomic<uint64_t> scanWork{0};  // bytes scanned by this cycle so far
  bool trace = false;        // GODEBUG=gctrace=1: a line per cycle on stderr
  bool clobberfree = false;  // GODEBUG=clobberfree=1: overwrite freed objects with 0xdeadbeef
  bool checkmark = false;    // GODEBUG=gccheckmark=1: verify each mark with a second, stopped one
  int64_t startNano = 0;
  GCStats stats{};
};

GCController gcController;

uint64_t heapGoal(uint64_t marked, int percent);
// The sizes of the last root scan's goroutine stacks (native in use plus what the VM
// reported) and globals (markRoots, with the world stopped).
std::atomic<uint64_t> rootsStacks{0}, rootsGlobals{0};

// Reads the environment's settings once, on first use (the allocator's first refill).
std::once_flag gcInitOnce;

int gcPercent() {
  std::call_once(gcInitOnce, [] {
    int p = readGOGC();
    gcController.gcPercent.store(p, std::memory_order_relaxed);
    gcController.memoryLimit.store(readGOMEMLIMIT(), std::memory_order_relaxed);
    gcController.trace = godebug("gctrace=1");
    gcController.clobberfree = godebug("clobberfree=1");
    gcController.checkmark = godebug("gccheckmark=1");
    stackObjCheck = godebug("stackobjcheck=1");
    gcController.startNano = nanotime();
    gcController.goal.store(heapGoal(0, p), std::memory_order_relaxed);
  });
  return gcController.gcPercent.load(std::memory_order_relaxed);
}

// The heap goal after a cycle that marked `marked` bytes: GOGC's proportional goal, at
// least the minimum, and under a memory limit at most the limit (but always a little
// above the live heap, so a program over its limit is not collecting without end).
// The goal as Go 1.18+ sets it: the roots scanned count with the heap, so a program with
// many goroutines grows its heap further between cycles (each of which scans them all).
uint64_t heapGoal(uint64_t marked, int percent) {
  uint64_t roots = rootsStacks.load(std::memory_order_relaxed) + rootsGlobals.load(std::memory_order_relaxed);
  uint64_t goal = percent < 0 ? UINT64_MAX : marked + (marked + roots) * uint64_t(percent) / 100;
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

// The collector's phase. Changed with the world stopped (and under work.lock, which the
// mark worker reads it under); read without a lock by allocating goroutines.
enum Phase : int { PhaseOff, PhaseMark };
std::atomic<int> gcphase{PhaseOff};

// Large objects are scanned in pieces of this size (Go's oblets), so no one scan holds up
// mark termination or hogs a worker for long.
constexpr uintptr_t obletBytes = 128 << 10;

// A marker's local list of grey objects (marked, not yet scanned: object or oblet
// addresses). Markers spill into the shared queue and take batches from it.
using Gcw = std::vector<uintptr_t>;

// The shared grey queue and the markers' bookkeeping.
struct WorkQueue {
  std::mutex lock;
  std::condition_variable cv;
  std::vector<uintptr_t> grey;
  std::atomic<size_t> greyHint{0};   // grey.size(), readable without the lock
  std::atomic<bool> stopping{false}; // mark termination wants the markers' work back
  int busy = 0;                      // markers scanning a batch they took
  bool done = false;                 // the queue ran dry; termination was requested
  bool sweeping = false;             // spans are left to sweep (the worker sweeps them)
  bool scavenging = false;           // free pages may be over the retain goal (scavenge)
  bool shrinking = false;            // a pass of shrinkParkedStacks is due
  uint64_t retainGoal = ~uint64_t(0);  // the scavenger's goal, set at mark termination
  std::atomic<bool> sweepHold{false};  // the collector sweeps the rest itself: worker, stop
  bool workerStarted = false;
  // Goroutine stacks left to scan this cycle (scanStacks): the worker scans them first,
  // from stackCursor in allgs; marking is not done before they are.
  bool stacksPending = false;
  size_t stackCursor = 0;
  std::atomic<uint64_t> stackBytes{0};  // the sizes of the stacks scanned so far this cycle
  int64_t workerNs = 0;              // the background worker's marking time this cycle
  int64_t markStart = 0;             // when this cycle's concurrent mark began
  int64_t assistNs = 0;              // goroutines' assist time this cycle
};
WorkQueue& work() {
  static WorkQueue* w = new WorkQueue;  // never destroyed: the worker waits on it until exit
  return *w;
}

// Roots found with the world stopped go here, then into the shared queue.
Gcw rootGcw;
// Where a root scan's finds go (gcScanConservative, gcScanNativeStack, gcMarkPointer):
// rootGcw with the world stopped, a scanner's own list when it scans a goroutine's stack
// concurrently; and the bytes the VM reported through gcScanConservative (the stacks' and
// globals' sizes, for the goal).
thread_local Gcw* tlsScanGcw = nullptr;
thread_local uint64_t tlsScanBytes = 0;
inline Gcw& scanGcw() { return tlsScanGcw != nullptr ? *tlsScanGcw : rootGcw; }

// Each thread's write-barrier buffer: objects the barrier shaded, not yet in the shared
// queue. Registered in a list (never freed: threads live as long as the program) so mark
// termination, with the world stopped, can take what is left in all of them.
struct WbBufs {
  std::mutex lock;
  std::vector<Gcw*> all;
};
WbBufs& wbBufs() {
  static WbBufs* b = new WbBufs;
  return *b;
}
thread_local Gcw* tlsWbBuf = nullptr;
Gcw& wbBuf() {
  if (tlsWbBuf == nullptr) [[unlikely]] {
    tlsWbBuf = new Gcw;
    tlsWbBuf->reserve(512);
    WbBufs& b = wbBufs();
    std::lock_guard<std::mutex> g(b.lock);
    b.all.push_back(tlsWbBuf);
  }
  return *tlsWbBuf;
}

// Bytes the markers marked this cycle (objects allocated black are counted by the
// allocator: mcache::markedAlloc).
std::atomic<uint64_t> bytesMarked{0};

// Greys the object at index idx of s (a marked, allocated slot): queued for scanning unless
// noscan; a large object as its oblets.
inline void greyObject(mspan* s, uintptr_t idx, Gcw& gcw) {
  if (!s->tryMark(idx)) return;
  bytesMarked.fetch_add(s->elemsize, std::memory_order_relaxed);
  if (s->spanclass.noscan()) return;
  uintptr_t base = s->startAddr + idx * s->elemsize;
  if (s->elemsize <= obletBytes) {
    // Scanning an object is a cache miss on its first word (most of marking's time): its
    // line is asked for now, and has arrived by the time the object is popped and scanned.
    __builtin_prefetch(reinterpret_cast<const void*>(base));
    gcw.push_back(base);
    return;
  }
  for (uintptr_t o = base; o < base + s->elemsize; o += obletBytes) gcw.push_back(o);
}

// Shades the object containing address w, if w is inside an allocated slot of an in-use
// span. Safe against concurrent allocation: a span being laid out may show stale fields
// (the index is bounded), and a slot allocated while marking is marked by mallocgc anyway.
__attribute__((no_sanitize("thread"))) inline void markWord(uintptr_t w, Gcw& gcw) {
  // Most words are not heap addresses: one range check turns them away.
  if (w - mheap_.arenaMin >= mheap_.arenaMax - mheap_.arenaMin) return;
  mspan* s = spanOf(reinterpret_cast<void*>(w));
  if (s == nullptr || s->loadState() != mSpanState::InUse || w < s->startAddr || w >= s->limit) return;
  uintptr_t idx = s->objIndex(w);
  if (idx >= s->nelems || idx >= pageSize / 8) return;
  if (s->isMarked(idx) || s->isFree(idx)) return;
  greyObject(s, idx, gcw);
}

// Conservative scan of [p, end), word-aligned. Not instrumented: it reads stacks,
// redzones included, that the sanitizers would report, and heap words other goroutines
// write concurrently (as Go's scanner does).
__attribute__((no_sanitize("address", "thread"))) void scanRange(uintptr_t p, uintptr_t end, Gcw& gcw) {
  p = (p + 7) & ~uintptr_t(7);
  for (; p + 8 <= end; p += 8) markWord(*reinterpret_cast<const uintptr_t*>(p), gcw);
}

// GODEBUG=stackobjcheck=1: no heap object (globals are heap objects too) may point into
// frame-object memory (runtime/stackobj.cpp): such a pointer outlives the frame that owns
// the memory, which escape analysis should have prevented. Checks the words of [addr, end)
// of object idx of s that its type says hold pointers (all of them for an untyped object).
[[gnu::noinline]] __attribute__((no_sanitize("address", "thread"))) void checkNoFramePointers(
    mspan* s, uintptr_t idx, uintptr_t addr, uintptr_t end) {
  if (s->spanclass.noscan()) return;
  uintptr_t base = s->startAddr + idx * s->elemsize;
  const Type* t = s->objectType(idx);
  bool typed = t != nullptr && t->size != 0 && t->size % 8 == 0 && t->gcdata.size() * 8 >= t->ptrdata / 8;
  for (uintptr_t p = addr; p + 8 <= end; p += 8) {
    uintptr_t w = *reinterpret_cast<const uintptr_t*>(p);
    if (w == 0 || !inFrameObjects(w)) continue;
    if (typed) {
      uint64_t i = (p - base) % t->size / 8;
      if (i >= t->ptrdata / 8 || !(t->gcdata[i / 8] >> (i % 8) & 1)) continue;
    }
    char buf[320];
    std::snprintf(buf, sizeof buf,
                  "runtime: heap object %#" PRIxPTR " (size %" PRIuPTR ", type %s) word at offset %" PRIuPTR
                  " points into frame-object memory: %#" PRIxPTR "\n",
                  base, s->elemsize, t != nullptr ? t->str.c_str() : "unknown", p - base, w);
    writeStderr(buf);
    throwf("heap object points into a goroutine's frame objects (stackobjcheck)");
  }
}

// Scans a grey object, or one oblet of a large one (addr is then inside the object);
// returns the bytes it covered.
// A small object by the heap bitmap (the words its type says may hold pointers, mheap.h).
// A large one by its type when that describes its pointer words (gcdata covers ptrdata):
// only those words are read, the type's layout repeating for arrays (an object may hold
// several elements of its type); otherwise every word.
__attribute__((no_sanitize("address", "thread"))) uintptr_t scanObject(uintptr_t addr, Gcw& gcw) {
  mspan* s = spanOf(reinterpret_cast<void*>(addr));
  uintptr_t idx = s->objIndex(addr);
  uintptr_t base = s->startAddr + idx * s->elemsize;
  uintptr_t end = std::min(addr + obletBytes, base + s->elemsize);
  if (stackObjCheck) [[unlikely]] checkNoFramePointers(s, idx, addr, end);
  if (s->ptrbits != nullptr) {
    for (uintptr_t p = addr; p < end;) {
      uintptr_t w = (p - s->startAddr) >> 3;
      uintptr_t n = std::min<uintptr_t>(64 - w % 64, (end - p) >> 3);
      uint64_t bits = __atomic_load_n(&s->ptrbits[w / 64], __ATOMIC_RELAXED) >> (w % 64);
      if (n < 64) bits &= (uint64_t(1) << n) - 1;
      while (bits != 0) {
        int b = __builtin_ctzll(bits);
        markWord(*reinterpret_cast<const uintptr_t*>(p + uintptr_t(b) * 8), gcw);
        bits &= bits - 1;
      }
      p += n * 8;
    }
    return end - addr;
  }
  const Type* t = s->objectType(idx);
  uint64_t words = t ? t->ptrdata / 8 : 0;
  if (t == nullptr || t->size == 0 || t->size % 8 != 0 || words == 0 ||
      t->gcdata.size() * 8 < words) {
    scanRange(addr, end, gcw);
    return end - addr;
  }
  // Whole elements only: the slack after the last one is not part of the value.
  uintptr_t elemsEnd = base + s->elemsize / t->size * t->size;
  if (end > elemsEnd) end = elemsEnd;
  const uint8_t* bits = t->gcdata.data();
  uint64_t elemWords = t->size / 8;
  uint64_t i = (addr - base) % t->size / 8;  // word index within the element
  for (uintptr_t p = addr; p < end; p += 8) {
    if (i < words && (bits[i / 8] >> (i % 8) & 1)) markWord(*reinterpret_cast<const uintptr_t*>(p), gcw);
    if (++i == elemWords) i = 0;
  }
  return end > addr ? end - addr : 0;
}

// Hands a local list to the shared queue and wakes the worker.
void publish(Gcw& gcw) {
  if (gcw.empty()) return;
  WorkQueue& w = work();
  {
    std::lock_guard<std::mutex> g(w.lock);
    w.grey.insert(w.grey.end(), gcw.begin(), gcw.end());
    w.greyHint.store(w.grey.size(), std::memory_order_relaxed);
  }
  w.cv.notify_all();
  gcw.clear();
}

// Takes up to n grey objects from the shared queue (w.lock held).
void takeBatch(WorkQueue& w, Gcw& gcw, size_t n) {
  size_t k = std::min(n, w.grey.size());
  gcw.insert(gcw.end(), w.grey.end() - ptrdiff_t(k), w.grey.end());
  w.grey.resize(w.grey.size() - k);
  w.greyHint.store(w.grey.size(), std::memory_order_relaxed);
}

// Scans until the local list is empty, `budget` bytes are scanned, or the world is to
// stop (termination wants the markers' work back, or a goroutine wants the world stopped:
// a marker then gets out of the way; checked after every object, and an oblet is at most
// 128 KB, so within microseconds). What is left goes back to the shared queue. The local
// list is kept short, the rest published, so work never sits with a marker that is not
// running (the worker thread descheduled by a busy machine) while assists could do it.
// Returns the bytes scanned.
size_t drainLocal(Gcw& gcw, size_t budget) {
  WorkQueue& w = work();
  size_t scanned = 0;
  size_t n = 0;
  while (!gcw.empty() && scanned < budget) {
    uintptr_t obj = gcw.back();
    gcw.pop_back();
    scanned += scanObject(obj, gcw);
    if (w.stopping.load(std::memory_order_relaxed) || sched.gcwaiting.load(std::memory_order_relaxed)) break;
    if ((++n & 15) == 0 && gcw.size() > 128) {
      // Keep the newest 64 (depth-first locality), publish the older rest.
      Gcw older(gcw.begin(), gcw.end() - 64);
      gcw.erase(gcw.begin(), gcw.end() - 64);
      publish(older);
    }
  }
  publish(gcw);
  gcController.scanWork.fetch_add(scanned, std::memory_order_relaxed);
  return scanned;
}

// Single-threaded drain, with the world stopped and the markers stopped.
void drainAll(Gcw& gcw) {
  size_t scanned = 0;
  while (!gcw.empty()) {
    uintptr_t obj = gcw.back();
    gcw.pop_back();
    scanned += scanObject(obj, gcw);
  }
  gcController.scanWork.fetch_add(scanned, std::memory_order_relaxed);
}

void requestMarkTermination();
bool sweepOne();
bool scanStacks(Gcw& gcw, bool stoppable, size_t* cursor);

// Whether the worker has had its share of the CPU this cycle: Go gives marking 25% of
// GOMAXPROCS while every P runs goroutines (with 2 Ps, half a CPU: a worker that runs
// half the time), and an idle P to marking whenever there is one. One worker thread at
// full speed is within the share from 4 Ps up.
bool overShare(const WorkQueue& w) {
  double share = 0.25 * double(gomaxprocsCur.load(std::memory_order_relaxed));
  if (share >= 1 || sched.npidle.load(std::memory_order_relaxed) > 0) return false;
  return double(w.workerNs) > share * double(nanotime() - w.markStart);
}

// The background mark worker: an OS thread of its own (not an M: it runs no Go code and
// holds no P), which scans grey objects while the program runs, and sweeps after a cycle.
// It steps aside whenever a goroutine stops the world (sched.gcwaiting). With 2 Ps and 2 cores it
// gets about a third of the machine while there is mark work, and sleeps otherwise. When
// the shared queue is empty and no marker holds a batch, marking is done: it asks the
// goroutines for mark termination (requestMarkTermination).
void markWorker() {
  WorkQueue& w = work();
  Gcw gcw;
  gcw.reserve(4096);
  std::unique_lock<std::mutex> lk(w.lock);
  for (;;) {
    bool sweep = false;
    for (;;) {
      bool marking = gcphase.load() == PhaseMark && !w.stopping.load(std::memory_order_relaxed);
      if (marking && (!w.grey.empty() || w.stacksPending)) break;
      sweep = gcphase.load() == PhaseOff && (w.sweeping || w.shrinking || w.scavenging) &&
              !w.sweepHold.load(std::memory_order_relaxed);
      if (sweep) break;
      if (marking && w.busy == 0 && !w.done && !w.stacksPending) {
        w.done = true;
        requestMarkTermination();
      }
      w.cv.wait(lk);
    }
    // A goroutine is stopping the world: stay off the CPU until it runs again, so the
    // goroutines' threads reach their safepoints without waiting for this one's slice.
    // Not while holding a batch (busy): the stopper may be waiting for busy == 0.
    if (sched.gcwaiting.load(std::memory_order_relaxed)) {
      lk.unlock();
      usleep(20);
      lk.lock();
      continue;
    }
    // The goroutine stacks first: they hold goroutines off the CPU until scanned.
    bool stacks = !sweep && w.stacksPending;
    if (!sweep && !stacks && overShare(w)) {
      lk.unlock();
      usleep(200);
      lk.lock();
      continue;
    }
    if (!sweep && !stacks) takeBatch(w, gcw, 512);
    // Which background job to do, read under the lock (finishSweep clears them).
    bool sweeping = w.sweeping, shrinking = w.shrinking;
    w.busy++;
    lk.unlock();
    if (stacks) {
      int64_t t0 = nanotime();
      bool finished = scanStacks(gcw, true, &w.stackCursor);
      int64_t t1 = nanotime();
      lk.lock();
      if (finished) w.stacksPending = false;
      w.workerNs += t1 - t0;
    } else if (sweep && sweeping) {
      // Background sweeping, a span at a time, until none is left or the collector
      // takes over.
      bool more = true;
      while (more && !w.sweepHold.load(std::memory_order_relaxed)) more = sweepOne();
      lk.lock();
      if (!more) w.sweeping = false;
    } else if (sweep && shrinking) {
      // Then the native stacks of goroutines parked since the last cycle go out of memory.
      shrinkParkedStacks([] {
        return !work().sweepHold.load(std::memory_order_relaxed) &&
               !sched.gcwaiting.load(std::memory_order_relaxed) && gcphase.load() == PhaseOff;
      });
      lk.lock();
      w.shrinking = false;
    } else if (sweep) {
      // Then scavenging: free pages over the retain goal go back to the OS, a few MB at a
      // time, until the goal is met or a cycle or a stop wants the CPU.
      constexpr uint64_t step = 16 << 20;
      uint64_t released = mheap_.scavenge(w.retainGoal, step, [] {
        return !work().sweepHold.load(std::memory_order_relaxed) &&
               !sched.gcwaiting.load(std::memory_order_relaxed) && gcphase.load() == PhaseOff;
      });
      lk.lock();
      if (released < step) w.scavenging = false;
    } else {
      int64_t t0 = nanotime();
      drainLocal(gcw, 1 << 20);  // about a millisecond, then the share is checked again
      int64_t t1 = nanotime();
      lk.lock();
      w.workerNs += t1 - t0;
    }
    w.busy--;
    if (w.busy == 0) w.cv.notify_all();
  }
}

// Sweeps every span left, with the background worker held off (the world may run: spans
// are taken off their lists under locks, so allocations sweeping lazily meanwhile are
// fine). Before a cycle marks, and at the end of runtime.GC.
void finishSweep() {
  WorkQueue& w = work();
  {
    std::unique_lock<std::mutex> lk(w.lock);
    w.sweepHold.store(true, std::memory_order_relaxed);
    w.cv.wait(lk, [&] { return w.busy == 0 || gcphase.load() != PhaseOff; });
  }
  while (sweepOne()) {
  }
  std::lock_guard<std::mutex> g(w.lock);
  w.sweeping = false;
  w.sweepHold.store(false, std::memory_order_relaxed);
}

// Mark assist: the calling goroutine scans up to `budget` bytes of grey objects from the
// shared queue (Go charges assists to goroutines that allocate faster than marking
// proceeds). With untilDone, it keeps going, waiting for the worker's batches, until
// marking is done. Returns whether marking is done (the queue is empty and no marker
// holds work).
bool markAssist(size_t budget, bool untilDone) {
  WorkQueue& w = work();
  Gcw gcw;
  int64_t t0 = nanotime();
  size_t scanned = 0;
  std::unique_lock<std::mutex> lk(w.lock);
  bool done = false;
  for (;;) {
    if (gcphase.load() != PhaseMark || w.stopping.load(std::memory_order_relaxed)) break;
    if (!w.grey.empty()) {
      if (!untilDone && scanned >= budget) break;
      takeBatch(w, gcw, 64);
      w.busy++;
      lk.unlock();
      scanned += drainLocal(gcw, untilDone ? SIZE_MAX : budget - scanned);
      lk.lock();
      w.busy--;
      if (w.busy == 0) w.cv.notify_all();
      continue;
    }
    if (w.busy == 0 && !w.stacksPending) {
      done = true;
      break;
    }
    if (!untilDone) break;
    if (w.stacksPending) {
      // Stacks left to scan: this goroutine scans them rather than wait for the worker,
      // which steps aside while the world is being stopped (and the stopper waits for
      // this goroutine). A full pass leaves every stack scanned or being scanned by the
      // thread about to run it.
      w.busy++;
      lk.unlock();
      size_t from = 0;
      scanStacks(gcw, false, &from);
      lk.lock();
      w.busy--;
      w.stacksPending = false;
      if (w.busy == 0) w.cv.notify_all();
      continue;
    }
    w.cv.wait(lk);  // the worker is scanning a batch: it may share work or finish
  }
  w.assistNs += nanotime() - t0;
  return done;
}

// A goroutine's native stack: through the VM, which knows which parts of it hold Go
// values (gcScanVM), or, for a goroutine without VM state, all of it from sp up.
void scanNativeRange(uintptr_t lo, uintptr_t hi);
void scanGoroutineStack(G* gp, uintptr_t sp) {
  if (gp->vm && gcScanVM) gcScanVM(gp->vm, sp);
  else scanNativeRange(sp, gp->stack.hi);
}

// The collecting goroutine's own stack is scanned from where it entered the collector
// (GC or gcPoll) up: withCollectorSp calls f with that stack pointer. noinline, and
// __builtin_unwind_init spills every callee-saved register into this frame, so values the
// callers keep in registers are on the stack scanned. The collector's own frames below it
// hold no Go values of the program, only stale words left by earlier calls, which would
// keep garbage alive (and make gccheckmark's second mark see roots the first did not).
template <class F>
[[gnu::noinline]] void withCollectorSp(F f) {
  __builtin_unwind_init();
  volatile uintptr_t marker = 0;
  f(reinterpret_cast<uintptr_t>(&marker));
}

// The contents of the object at base (for finalizers: its referents survive, not itself).
void scanObjectContents(uintptr_t base) {
  mspan* s = spanOf(reinterpret_cast<void*>(base));
  if (s == nullptr || s->loadState() != mSpanState::InUse || s->spanclass.noscan()) return;
  scanRange(base, base + s->elemsize, rootGcw);
}

bool objectMarked(uintptr_t base) {
  mspan* s = spanOf(reinterpret_cast<void*>(base));
  if (s == nullptr || s->loadState() != mSpanState::InUse) return true;
  return s->isMarked(s->objIndex(base));
}

void resurrect(uintptr_t base) {
  mspan* s = spanOf(reinterpret_cast<void*>(base));
  if (s != nullptr && s->loadState() == mSpanState::InUse) s->setMarked(s->objIndex(base));
}

// checkmarkExplain's search for the root holding an object: while explainHi is set, the
// root scanners print where they find a word inside [explainLo, explainHi).
uintptr_t explainLo = 0, explainHi = 0;
thread_local G* tlsExplainG = nullptr;
__attribute__((no_sanitize("address", "thread"))) void explainWords(const char* what, const void* p, size_t words) {
  const auto* w = static_cast<const uintptr_t*>(p);
  for (size_t i = 0; i < words; i++) {
    if (w[i] < explainLo || w[i] >= explainHi) continue;
    char buf[200];
    std::snprintf(buf, sizeof buf, "  root: %s, goroutine %lld, word %zu of %zu at %p\n", what,
                  tlsExplainG ? static_cast<long long>(tlsExplainG->goid) : -1LL, i, words, static_cast<const void*>(w + i));
    writeStderr(buf);
    if (tlsExplainG && tlsExplainG->vm && gcDescribeSlot)
      gcDescribeSlot(tlsExplainG->vm, reinterpret_cast<uintptr_t>(w + i));
  }
}

// One goroutine's roots, into scanGcw(): its sudogs' pointers and its stack, the native
// part from sp up (0: from where its state says). gp is stopped: the world is, or the
// caller holds its stack (claimStack). Returns the stack bytes (native in use and what
// the VM reported).
uint64_t scanGoroutine(G* gp, uintptr_t sp) {
  uint32_t st = gp->status();
  if (st == Gdead || st == Gidle) return 0;
  tlsExplainG = gp;
  Gcw& gcw = scanGcw();
  uint64_t reported = tlsScanBytes;
  markWord(reinterpret_cast<uintptr_t>(__atomic_load_n(&gp->labels, __ATOMIC_RELAXED)), gcw);
  // A waker may write a sudog's fields while this reads them (they only add to what the
  // snapshot holds): atomic loads.
  for (sudog* sg = gp->waiting; sg != nullptr; sg = sg->waitlink) {
    markWord(reinterpret_cast<uintptr_t>(__atomic_load_n(&sg->elem, __ATOMIC_RELAXED)), gcw);
    markWord(reinterpret_cast<uintptr_t>(__atomic_load_n(&sg->c, __ATOMIC_RELAXED)), gcw);
  }
  uint64_t native = 0;
  if (sp != 0) {
    if (sp < gp->stack.lo || sp >= gp->stack.hi) throwf("gc: scan not on the goroutine's stack");
    scanGoroutineStack(gp, sp);
    native = gp->stack.hi - sp;
  } else if (st == Gsyscall) {
    scanGoroutineStack(gp, gp->stack.lo);  // running in the kernel: its SP is unknown
  } else if (gp->ctx != nullptr) {
    scanGoroutineStack(gp, reinterpret_cast<uintptr_t>(gp->ctx));
    native = gp->stack.hi - reinterpret_cast<uintptr_t>(gp->ctx);
  } else if (gp->vm && gcScanVM) {
    gcScanVM(gp->vm, gp->stack.hi);
  }
  return native + (tlsScanBytes - reported);
}

// The roots taken with the world stopped, into rootGcw: globals, finalizers, the timers in
// the Ps' heaps, the collecting goroutine's stack, and with allStacks every goroutine's
// (a cycle in one pause, checkmark); otherwise the other stacks are scanned concurrently
// (scanStacks). Returns the stack bytes scanned.
uint64_t markRoots(G* self, uintptr_t selfSp, bool allStacks) {
  tlsScanBytes = 0;
  if (gcScanGlobals) gcScanGlobals();
  rootsGlobals.store(tlsScanBytes, std::memory_order_relaxed);
  markFinalizerRoots(scanObjectContents);
  markCPUProfileRoots([](const void* p) { markWord(reinterpret_cast<uintptr_t>(p), rootGcw); });
  uint64_t stacks = scanGoroutine(self, selfSp);
  if (allStacks)
    for (G* gp : allgsSnapshot())
      if (gp != self) stacks += scanGoroutine(gp, 0);
  for (uint32_t i = 0; i < uint32_t(gomaxprocsCur.load()); i++) {
    P* pp = allp[i].load(std::memory_order_relaxed);
    if (pp == nullptr) continue;
    for (Timer* t : pp->timers) markWord(reinterpret_cast<uintptr_t>(t), rootGcw);
  }
  return stacks;
}

// --- goroutine stacks, scanned concurrently -----------------------------------------------
//
// A cycle's snapshot holds every goroutine's stack as it was when the world stopped, but
// only the collecting goroutine's is scanned in that pause. The world restarts with the
// cycle's number in gcStackGen, and no goroutine runs again until its stack has been
// scanned for it: the worker scans them one after another (scanStacks, each goroutine held
// with claimStack: parked, runnable or in a system call, not running), and a goroutine
// about to run whose stack is still unscanned is scanned first by the thread that runs it
// (execute, exitsyscall: gcScanStackBeforeRun, gcScanOwnStack), or waits for the scanner
// holding it. So every stack is scanned in its snapshot state (with at most what others
// added to it since: a channel's direct send into a parked receiver's register), and the
// snapshot-at-the-beginning barrier stays sufficient: Go's hybrid barrier also shades the
// stored pointer while the storing goroutine's stack is grey, and here a goroutine whose
// stack is grey never runs. Goroutines started during the mark hold nothing of the
// snapshot (their stacks count as scanned: newproc1). Marking is not done before the
// worker has been through allgs (stacksPending), and a goroutine that is being scanned by
// the thread about to run it holds a P, so mark termination's stop waits for that scan
// and finds its work in the queue.

// Takes gp's stack for a scan for cycle gen: true if the caller is to scan it (then stores
// gen in stackGen when done); false if it is scanned already, or, without wait, held by
// another scanner (with wait: waits until that one is done, then false).
bool claimStack(G* gp, uint32_t gen, bool wait) {
  uint32_t v = gp->stackGen.load(std::memory_order_acquire);
  for (;;) {
    if (v == gen) return false;
    if (v & stackScanBusy) {
      if (!wait) return false;
      sched_yield();
      v = gp->stackGen.load(std::memory_order_acquire);
      continue;
    }
    if (gp->stackGen.compare_exchange_weak(v, gen | stackScanBusy, std::memory_order_acq_rel)) return true;
  }
}

// Scans the stack of gp, claimed for cycle gen, into gcw (sp as scanGoroutine's), and
// releases it.
void scanClaimed(G* gp, uint32_t gen, uintptr_t sp, Gcw& gcw) {
  Gcw* outer = tlsScanGcw;
  uint64_t outerBytes = tlsScanBytes;
  tlsScanGcw = &gcw;
  tlsScanBytes = 0;
  uint64_t bytes = scanGoroutine(gp, sp);
  tlsScanGcw = outer;
  tlsScanBytes = outerBytes;
  work().stackBytes.fetch_add(bytes, std::memory_order_relaxed);
  gp->stackGen.store(gen, std::memory_order_release);
}

// A pass over allgs from *cursor: every goroutine not yet scanned for this cycle and not
// held by another scanner. With stoppable (the worker's pass), it stops between goroutines
// when mark termination wants the markers' work back or a goroutine is stopping the world
// (returns false; *cursor records where): the worker holds a batch (busy) meanwhile, and
// the stopper may be waiting for an assist that waits for busy == 0. Without, it runs to
// the end: an assist's pass (its goroutine holds a P, so a stop waits for it, briefly),
// or mark termination's own last one (world stopped, rarely anything left).
bool scanStacks(Gcw& gcw, bool stoppable, size_t* cursor) {
  WorkQueue& w = work();
  uint32_t gen = gcStackGen.load(std::memory_order_relaxed);
  std::vector<G*> gs = allgsSnapshot();
  for (size_t i = *cursor; i < gs.size(); i++) {
    if (stoppable && (w.stopping.load(std::memory_order_relaxed) ||
                      sched.gcwaiting.load(std::memory_order_relaxed))) {
      *cursor = i;
      publish(gcw);
      return false;
    }
    G* gp = gs[i];
    uint32_t st = gp->status();
    if (st == Gdead || st == Gidle) continue;
    if (!claimStack(gp, gen, false)) continue;  // scanned, or being scanned by its runner
    scanClaimed(gp, gen, 0, gcw);
    if (gcw.size() >= 1024) publish(gcw);
  }
  *cursor = gs.size();
  publish(gcw);
  return true;
}

}  // namespace

void gcScanStackBeforeRun(G* gp) {
  uint32_t gen = gcStackGen.load(std::memory_order_relaxed);
  if (!claimStack(gp, gen, true)) return;
  Gcw gcw;
  scanClaimed(gp, gen, 0, gcw);
  publish(gcw);
}

void gcScanOwnStack(G* gp) {
  uint32_t gen = gcStackGen.load(std::memory_order_relaxed);
  if (!claimStack(gp, gen, true)) return;
  withCollectorSp([&](uintptr_t sp) {
    Gcw gcw;
    scanClaimed(gp, gen, sp, gcw);
    publish(gcw);
  });
}

namespace {

// GODEBUG=gccheckmark=1 (Go's checkmark mode): after the concurrent mark, with the world
// stopped, marks everything again from the roots, alone, and compares. An object this
// mark reaches that the concurrent one left unmarked was about to be freed while live: a
// store that bypassed the write barrier, or a root not reported. Dies naming it.
//
// Native (C++) stacks are the exception. They are scanned conservatively, and the part of
// one that is scanned grows and shrinks as a native calls deeper: words a native's frames
// never initialised may still hold pointers from calls that returned long before the
// cycle began, to objects dead since. The concurrent mark rightly did not keep those; the
// second mark cannot tell them from live ones. So it marks from every other root only, and
// leaves the concurrent mark's result as it was (what it reaches is a subset of it, or the
// program dies): checking must not change what the cycle frees, or finalizes.
bool checkmarkSkipsNative = false;

// The allocated heap objects holding a pointer into [obj, obj + size), printed, with the
// concurrent mark's verdict on each (saved: its mark bits, as checkmark keeps them); then
// the same for the first unmarked holder, up to a few levels: the path by which the second
// mark reached an object the first missed. A holder the first mark did mark points at a
// store that bypassed the barrier; no holder at all, at a root.
void checkmarkExplain(uintptr_t obj, uintptr_t size, const std::vector<uint64_t>& saved) {
  char buf[320];
  const auto* w = reinterpret_cast<const uint64_t*>(obj);
  for (uintptr_t i = 0; i < size / 8 && i < 16; i++) {
    std::snprintf(buf, sizeof buf, "  word %2" PRIuPTR ": %#" PRIx64 "\n", i, w[i]);
    writeStderr(buf);
  }
  for (int depth = 0; depth < 6; depth++) {
    uintptr_t next = 0, nextSize = 0;
    int found = 0;
    size_t k = 0;
    for (size_t i = 0; i < mheap_.nallspans; i++) {
      mspan* s = mheap_.allspans[i];
      size_t base = k;
      k += pageSize / 8 / 64;
      if (s->loadState() != mSpanState::InUse || s->spanclass.noscan()) continue;
      for (uintptr_t j = 0; j < s->nelems; j++) {
        if (s->isFree(j)) continue;
        uintptr_t o = s->startAddr + j * s->elemsize;
        const auto* ws = reinterpret_cast<const uintptr_t*>(o);
        for (uintptr_t x = 0; x < s->elemsize / 8; x++) {
          if (ws[x] < obj || ws[x] >= obj + size) continue;
          bool first = (saved[base + j / 64] >> (j % 64)) & 1;
          bool second = s->isMarked(j);
          std::snprintf(buf, sizeof buf,
                        "  held by %#" PRIxPTR " +%" PRIuPTR " (size %" PRIuPTR ", %s, concurrent mark: %s, checkmark: %s)\n",
                        o, x * 8, s->elemsize, s->spanclass.sizeclass() == 0 ? "large" : "small",
                        first ? "marked" : "unmarked", second ? "marked" : "unmarked");
          writeStderr(buf);
          if (!first && second && next == 0) { next = o; nextSize = s->elemsize; }
          if (++found > 8) break;
        }
      }
    }
    if (found == 0) {
      writeStderr("  no heap object holds it: a root does\n");
      explainLo = obj;
      explainHi = obj + size;
      markRoots(getg(), 0, true);
      explainHi = 0;
    }
    if (next == 0) return;
    std::snprintf(buf, sizeof buf, "  which (%#" PRIxPTR ") is held by:\n", next);
    writeStderr(buf);
    obj = next;
    size = nextSize;
  }
}

void checkmark(G* self, uintptr_t selfSp) {
  std::vector<uint64_t> saved;
  saved.reserve(mheap_.nallspans * (pageSize / 8 / 64));
  for (size_t i = 0; i < mheap_.nallspans; i++) {
    mspan* s = mheap_.allspans[i];
    for (uint64_t& w : s->gcmarkBits) {
      saved.push_back(s->loadState() == mSpanState::InUse ? w : 0);
      w = 0;
    }
  }
  checkmarkSkipsNative = true;
  markRoots(self, selfSp, true);
  checkmarkSkipsNative = false;
  drainAll(rootGcw);
  size_t k = 0;
  for (size_t i = 0; i < mheap_.nallspans; i++) {
    mspan* s = mheap_.allspans[i];
    for (size_t j = 0; j < pageSize / 8 / 64; j++, k++) {
      uint64_t missed = s->gcmarkBits[j] & ~saved[k];
      if (missed != 0 && s->loadState() == mSpanState::InUse) {
        uintptr_t idx = j * 64 + uintptr_t(__builtin_ctzll(missed));
        const Type* t = s->objectType(idx);
        char buf[256];
        std::snprintf(buf, sizeof buf,
                      "runtime: checkmarks found unexpected unmarked object obj=%#" PRIxPTR
                      " (size %" PRIuPTR ", type %s)\n",
                      s->startAddr + idx * s->elemsize, s->elemsize,
                      t != nullptr ? t->str.c_str() : "unknown");
        writeStderr(buf);
        checkmarkExplain(s->startAddr + idx * s->elemsize, s->elemsize, saved);
        throwf("checkmark found unmarked object");
      }
      s->gcmarkBits[j] |= saved[k];
    }
  }
}

// A native stack range: scanned, except by checkmark's second mark.
void scanNativeRange(uintptr_t lo, uintptr_t hi) {
  if (!checkmarkSkipsNative) scanRange(lo, hi, scanGcw());
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

// The slots of s that are allocated (below freeindex, or set in allocBits), word k of 64.
inline uint64_t allocatedMask(const mspan* s, size_t k) {
  uint64_t m = s->allocBitsStorage[k];
  uintptr_t lo = k * 64;
  if (s->freeindex >= lo + 64) m = ~uint64_t(0);
  else if (s->freeindex > lo) m |= (uint64_t(1) << (s->freeindex - lo)) - 1;
  if (s->nelems < lo + 64) m &= s->nelems <= lo ? 0 : (uint64_t(1) << (s->nelems - lo)) - 1;
  return m;
}

// Objects and bytes the sweeper freed, ever (MemStats.Frees).
std::atomic<uint64_t> sweptFrees{0};
std::atomic<uint64_t> sweptFreedBytes{0};

// Set when a sweep found nothing left, cleared when a cycle hands out spans to sweep: lets
// reclaim return at once in the (common) case that sweeping is over.
std::atomic<bool> sweepDone{true};

// Sweeping is concurrent and lazy, as Go's (mgcsweep.go). Mark termination hands every
// span to the sweeper at once, in O(size classes): each mcentral's partial and full lists
// become its unswept list, and the large spans theirs (startSweep). Then, with the world
// running:
//   - an allocation that needs a span sweeps unswept spans of its class until one has a
//     free slot (mcentral::cacheSpan, lazy sweeping);
//   - the background worker thread sweeps the rest (sweepSome), putting each span back in
//     its list, or in the heap if nothing in it survived;
//   - the next cycle finishes whatever is left before it marks (finishSweep), and
//     runtime.GC finishes it before returning.
// A span is swept by whoever took it off an unswept list (under the list's lock), so no
// span is swept twice; spans in mcaches are always swept.
void startSweep() {
  sweepDone.store(false, std::memory_order_relaxed);
  for (mcentral& c : mheap_.central) {
    std::lock_guard<std::mutex> g(c.lock);
    c.unswept.takeAll(c.partial);
    c.unswept.takeAll(c.full);
  }
  std::lock_guard<std::mutex> g(mheap_.lock);
  mheap_.largeUnswept.takeAll(mheap_.largeInUse);
}

// Sweeps one unswept span, if any is left; returns false when there was none.
// Sweeps s, taken off its unswept list: a span that survives goes back with `putBack`
// under `lock`; one that went back to the heap adds its pages to *freedPages.
template <class F>
void sweepCounted(mspan* s, uintptr_t* freedPages, std::mutex& lock, F putBack) {
  uintptr_t npages = s->npages;
  if (sweepSpan(s)) {
    std::lock_guard<std::mutex> g(lock);
    putBack();
  } else if (freedPages != nullptr) {
    *freedPages += npages;
  }
}

// Sweeps one span handed out by takeSmall (a central's, its lock held) or, when no
// central has one, by takeLarge (the heap's lock held); false when neither did. Adds the
// pages it gave back to the heap to *freedPages.
template <class TakeSmall, class TakeLarge>
bool sweepNext(uintptr_t* freedPages, TakeSmall takeSmall, TakeLarge takeLarge) {
  for (mcentral& c : mheap_.central) {
    mspan* s;
    {
      std::lock_guard<std::mutex> g(c.lock);
      s = takeSmall(c);
      if (s == nullptr) continue;
    }
    sweepCounted(s, freedPages, c.lock, [&] { (s->allocCount == s->nelems ? c.full : c.partial).insert(s); });
    return true;
  }
  mspan* s;
  {
    std::lock_guard<std::mutex> g(mheap_.lock);
    s = takeLarge();
  }
  if (s == nullptr) return false;
  sweepCounted(s, freedPages, mheap_.lock, [&] { mheap_.largeInUse.insert(s); });
  return true;
}

// Sweeps one unswept span, if any is left; returns false when there was none. Adds the
// pages it gave back to the heap to *freedPages.
bool sweepOne(uintptr_t* freedPages) {
  if (sweepNext(freedPages, [](mcentral& c) { return c.takeUnswept(); }, [] { return mheap_.takeLargeUnswept(); }))
    return true;
  sweepDone.store(true, std::memory_order_relaxed);
  return false;
}
bool sweepOne() { return sweepOne(nullptr); }

void flushCache(mcache* c) { c->releaseAll(); }

// The marker found no work left: the next goroutine at a safepoint finishes the cycle.
std::atomic<bool> markDoneRequested{false};

// The cycle in progress: its clock readings and what was asked. Each pause is measured as
// Go measures it: from asking the world to stop to its running again.
struct Cycle {
  bool forced = false;
  uint64_t heapBefore = 0;  // heapLive at the start
  int64_t t0 = 0;           // the first stop-the-world asked for (sweep termination, roots)
  int64_t t1 = 0;           // world restarted: concurrent mark
  int64_t t2 = 0;           // mark termination's stop asked for
  int64_t pause1 = 0;
  int recheck = 0;           // mark terminations that found work and went back to marking
  int64_t pauseRecheck = 0;  // their pauses
  // Mark termination's results, recorded once the world runs again (recordCycle).
  uint64_t heapAtDone = 0;
  uint64_t marked = 0;
  uint64_t goal = 0;       // the next cycle's goal
  uint64_t cycleGoal = 0;  // the goal this cycle worked toward (gctrace prints it, as Go)
  int64_t workerNs = 0;
  int64_t assistNs = 0;
};
Cycle cycle;
// Cycles started and cycles finished (mark termination done), for runtime.GC to wait on
// its own one.
std::atomic<uint32_t> cyclesStarted{0}, cyclesEnded{0};

// Guards the statistics against readGCStats (recordCycle writes them with the world
// running).
std::mutex statsLock;

// The heap size at which the next cycle starts (Go's trigger): before the goal by what
// the program allocated while the last cycle marked concurrently (scaled by the live
// heap's growth), with a quarter more to spare, between 5% and 30% of the runway from the live heap to the goal (Go's trigger
// ratio lies between 0.7 and 0.95). A heap marked in one pause allocates nothing while
// marking, so its cycle starts close to the goal; past the goal, allocating goroutines
// assist.
uint64_t heapTrigger() {
  uint64_t goal = gcController.goal.load(std::memory_order_relaxed);
  uint64_t marked = gcController.heapMarked;
  if (goal == UINT64_MAX || goal <= marked) return goal;
  uint64_t runway = goal - marked;
  uint64_t headroom = gcController.lastMarkAlloc + gcController.lastMarkAlloc / 4;
  headroom = std::clamp(headroom, runway / 20, runway * 3 / 10);
  return goal - headroom;
}

void markTermination(G* self, uintptr_t selfSp);
void recordCycle(int64_t end);
uint64_t retainGoal(uint64_t lastGoal, uint64_t goal);

// Wakes the worker for the work a stop-the-world phase gave it. Never with the world
// stopped: on a busy machine the woken thread may take the waker's CPU for a whole time
// slice (milliseconds), and the pause with it.
void wakeWorker() { work().cv.notify_all(); }

// A cycle runs with the world stopped from start to end when there is little to scan:
// what the last cycle scanned plus the objects with pointers allocated since under
// stopTheWorldScan, so the mark is at most about half a millisecond's work (marking
// pointer-free objects costs a bit each, not a scan). Marking it concurrently would cost
// more in fixed costs (a second stop, waking the worker), and programs with a small
// pointerful live heap and a high allocation rate collect thousands of times a second.
// GODEBUG=gccheckmark=1 always marks concurrently (it checks that path).
constexpr uint64_t stopTheWorldScan = 512 << 10;

// Starts a cycle (Go's gcStart): stops the world, flushes the allocation caches, turns
// on the write barrier and allocate-black, takes the roots, and restarts the world with
// the background worker marking (or, for a small heap, finishes the cycle at once).
// Returns false when a cycle is already running or none is due.
bool gcStart(G* self, uintptr_t selfSp, bool forced) {
  // Sweep termination: the last cycle's sweep must be complete before this one marks.
  // Most of it is done by now; the rest is swept here, with the world running.
  finishSweep();
  int64_t tStop = stopTheWorld();
  bool due = forced || uint64_t(gcController.heapLive.load(std::memory_order_relaxed)) >= heapTrigger();
  if (gcphase.load() != PhaseOff || !due) {
    startTheWorld();
    return false;
  }
  finishSweep();  // nothing is left unswept by now; this only makes sure of it
  WorkQueue& w = work();
  cycle = Cycle{};
  cycle.forced = forced;
  cyclesStarted.fetch_add(1, std::memory_order_relaxed);
  cycle.t0 = tStop;
  cycle.heapBefore = uint64_t(gcController.heapLive.load(std::memory_order_relaxed));
  forEachMCache(flushCache);  // drops the tiny blocks: new ones are allocated black
  writeBarrierEnabled = true;
  gcBlackenEnabled = true;
  // Little to scan (the last cycle's scan work, pointerful allocation since, and the
  // stacks): the whole cycle in this pause. Otherwise only this goroutine's stack now, the
  // others concurrently.
  uint64_t toScan = gcController.lastScanWork + rootsStacks.load(std::memory_order_relaxed) +
                    uint64_t(std::max<int64_t>(0, gcController.scanAlloc.exchange(0, std::memory_order_relaxed)));
  bool onePause = toScan < stopTheWorldScan && !gcController.checkmark;
  uint32_t gen = gcStackGen.load(std::memory_order_relaxed);
  if (!onePause) {
    gen = (gen + 1) & ~stackScanBusy;
    gcStackGen.store(gen, std::memory_order_relaxed);  // the world restarting publishes it
  }
  uint64_t stacks = markRoots(self, selfSp, onePause);
  self->stackGen.store(gen, std::memory_order_relaxed);
  {
    // The roots go in before the phase changes: the worker must not find an empty queue
    // in a new cycle and call it done.
    std::lock_guard<std::mutex> g(w.lock);
    w.grey.insert(w.grey.end(), rootGcw.begin(), rootGcw.end());
    w.greyHint.store(w.grey.size(), std::memory_order_relaxed);
    rootGcw.clear();
    gcphase.store(PhaseMark);
    w.done = false;
    w.stacksPending = !onePause;
    w.stackCursor = 0;
    w.stackBytes.store(stacks, std::memory_order_relaxed);
    w.workerNs = 0;
    w.assistNs = 0;
    if (!w.workerStarted) {
      w.workerStarted = true;
      std::thread(markWorker).detach();
    }
  }
  if (onePause) {
    // A small heap: mark it now, in this pause, and finish the cycle.
    cycle.t1 = cycle.t2 = nanotime();
    markTermination(self, selfSp);
    recordCycle(startTheWorld());
    wakeWorker();
    wakeFinalizers();
    return true;
  }
  cycle.t1 = startTheWorld();
  cycle.pause1 = cycle.t1 - cycle.t0;
  {
    std::lock_guard<std::mutex> g(work().lock);
    work().markStart = cycle.t1;
  }
  wakeWorker();
  return true;
}

// With the world stopped: takes the markers' work back and, if any is left (objects the
// write barrier shaded after the queue ran dry, with whatever they reach), returns it to
// the queue for the markers to finish concurrently and says so (Go's gcMarkDone rechecks
// the same way). Otherwise leaves the markers stopped.
bool markWorkLeft() {
  WorkQueue& w = work();
  std::unique_lock<std::mutex> lk(w.lock);
  w.stopping.store(true, std::memory_order_relaxed);
  w.cv.wait(lk, [&] { return w.busy == 0; });
  WbBufs& b = wbBufs();
  {
    std::lock_guard<std::mutex> g(b.lock);
    for (Gcw* buf : b.all) {
      w.grey.insert(w.grey.end(), buf->begin(), buf->end());
      buf->clear();
    }
  }
  w.greyHint.store(w.grey.size(), std::memory_order_relaxed);
  if (w.grey.empty() && !w.stacksPending) return false;
  w.stopping.store(false, std::memory_order_relaxed);
  w.done = false;
  return true;  // the caller wakes the worker once the world runs (wakeWorker)
}

// Finishes the cycle (Go's gcMarkDone and gcMarkTermination): stops the world and the
// markers, scans what is left (the write barrier's last shades), queues finalizers, turns
// the barrier off, hands the spans to the sweeper, and sets the next goal.
void gcMarkDoneLocked(G* self, uintptr_t selfSp);
void gcMarkDone(G* self, uintptr_t selfSp) {
  // Several goroutines may find marking done at once (assists, runtime.GC, the worker's
  // request): one at a time, as Go's markDoneSema, and the ones after a finished cycle
  // return without stopping the world again (such a stop is a pause of its own).
  static uint32_t markDoneSema = 1;
  if (gcphase.load() != PhaseMark) return;
  semacquire(&markDoneSema, false, WaitReason::Semacquire);
  if (gcphase.load() == PhaseMark) gcMarkDoneLocked(self, selfSp);
  semrelease(&markDoneSema, false);
}

void gcMarkDoneLocked(G* self, uintptr_t selfSp) {
  int64_t tStop = stopTheWorld();
  if (gcphase.load() != PhaseMark) {
    startTheWorld();
    return;
  }
  // Mark termination drains what is left with the world stopped: if there is any,
  // marking goes on concurrently first. The barrier only shades objects of the snapshot,
  // so this converges; the limit (16 rechecks, each a pause of tens of microseconds)
  // only bounds the stops. With 4, a 1 GB heap under four mutators ended some cycles
  // with a millisecond of marking in the pause.
  if (cycle.recheck < 16 && markWorkLeft()) {
    cycle.recheck++;
    cycle.pauseRecheck += startTheWorld() - tStop;
    wakeWorker();
    return;
  }
  cycle.t2 = tStop;
  markTermination(self, selfSp);
  recordCycle(startTheWorld());
  wakeWorker();
  wakeFinalizers();
}

// Mark termination proper, with the world stopped.
void markTermination(G* self, uintptr_t selfSp) {
  markDoneRequested.store(false, std::memory_order_relaxed);
  WorkQueue& w = work();
  Gcw rest;
  {
    std::unique_lock<std::mutex> lk(w.lock);
    w.stopping.store(true, std::memory_order_relaxed);
    w.cv.wait(lk, [&] { return w.busy == 0; });
    if (w.stacksPending) {
      // Stacks the worker has not reached (termination forced after its rechecks):
      // scanned now, with the world stopped.
      lk.unlock();
      Gcw gcw;
      size_t from = 0;
      scanStacks(gcw, false, &from);
      lk.lock();
      w.stacksPending = false;
    }
    rest.swap(w.grey);
    w.greyHint.store(0, std::memory_order_relaxed);
  }
  rootsStacks.store(w.stackBytes.load(std::memory_order_relaxed), std::memory_order_relaxed);
  {
    WbBufs& b = wbBufs();
    std::lock_guard<std::mutex> g(b.lock);
    for (Gcw* buf : b.all) {
      rest.insert(rest.end(), buf->begin(), buf->end());
      buf->clear();
    }
  }
  drainAll(rest);
  queueFinalizers(objectMarked, resurrect);
  profileCycle();  // the heap profile's allocations, and the last sweep's frees, published
  if (gcController.checkmark) {
    uint64_t counted = bytesMarked.load(std::memory_order_relaxed);
    checkmark(self, selfSp);
    bytesMarked.store(counted, std::memory_order_relaxed);
  }
  writeBarrierEnabled = false;
  gcBlackenEnabled = false;
  {
    std::lock_guard<std::mutex> g(w.lock);
    gcphase.store(PhaseOff);
    cyclesEnded.store(cyclesStarted.load(std::memory_order_relaxed), std::memory_order_release);
    w.stopping.store(false, std::memory_order_relaxed);
    w.done = false;
    cycle.workerNs = w.workerNs;
    cycle.assistNs = w.assistNs;
  }
  cycle.heapAtDone = uint64_t(gcController.heapLive.load(std::memory_order_relaxed));
  forEachMCache(flushCache);
  // The live heap: what the markers marked and what was allocated (black) meanwhile.
  static uint64_t allocatedBlack;
  allocatedBlack = 0;
  forEachMCache([](mcache* c) {
    allocatedBlack += c->markedAlloc;
    c->markedAlloc = 0;
  });
  cycle.marked = bytesMarked.exchange(0, std::memory_order_relaxed) + allocatedBlack;
  // Every span to the sweeper; the worker sweeps them in the background once the world
  // runs again (the caller wakes it: wakeWorker).
  startSweep();
  GCController& g = gcController;
  uint64_t lastGoal = g.goal.load(std::memory_order_relaxed);
  uint64_t lastMarked = g.heapMarked;
  g.heapMarked = cycle.marked;
  g.lastScanWork = g.scanWork.exchange(0, std::memory_order_relaxed);
  // The next mark allocates about as much per byte marked as this one did, and a growing
  // live heap takes longer to mark: scale by how much the marked heap grew.
  {
    double markAlloc = cycle.heapAtDone > cycle.heapBefore ? double(cycle.heapAtDone - cycle.heapBefore) : 0;
    double growth = lastMarked != 0 ? std::clamp(double(cycle.marked) / double(lastMarked), 1.0, 4.0) : 1.0;
    g.lastMarkAlloc = uint64_t(markAlloc * growth);
  }
  g.heapLive.store(int64_t(cycle.marked), std::memory_order_relaxed);
  cycle.cycleGoal = lastGoal;
  cycle.goal = heapGoal(cycle.marked, gcPercent());
  g.goal.store(cycle.goal, std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> lk(w.lock);
    w.sweeping = true;
    w.retainGoal = retainGoal(lastGoal, cycle.goal);
    w.scavenging = true;
    w.shrinking = true;
  }
}

// The scavenger's goal for the resident heap, in-use spans plus free pages not released
// (Go's gcPaceScavenger): the pages in use now, before the sweep, scaled by how the heap
// goal changed and with 10% to spare (a page fault per reuse of a released page costs
// more than keeping a few), so the heap keeps what its next cycle is likely to need. With
// a memory limit, at most 95% of it.
uint64_t retainGoal(uint64_t lastGoal, uint64_t goal) {
  uint64_t limitGoal = ~uint64_t(0);
  int64_t limit = gcController.memoryLimit.load(std::memory_order_relaxed);
  if (limit > 0 && limit != INT64_MAX) limitGoal = uint64_t(double(limit) * 0.95);
  if (gcPercent() < 0 || lastGoal == 0) return limitGoal;
  double inUse = double(mheap_.inUseBytes());
  uint64_t percentGoal = uint64_t(inUse * (double(goal) / double(lastGoal)) * 1.10);
  return std::min(percentGoal, limitGoal);
}

// Nanoseconds as gctrace prints milliseconds (Go's fmtNSAsMS): whole milliseconds from
// 10 ms up, else two significant digits with at most three decimals ("0.003", "0.77",
// "5.8"), "0" for under a microsecond.
std::string fmtNSAsMS(int64_t ns) {
  if (ns < 0) ns = 0;
  if (ns >= 10000000) return std::to_string(ns / 1000000);
  uint64_t x = uint64_t(ns) / 1000;
  if (x == 0) return "0";
  int dec = 3;
  while (x >= 100) {
    x /= 10;
    dec--;
  }
  std::string digits = std::to_string(x);
  if (dec == 0) return digits;
  if (int(digits.size()) <= dec) digits.insert(0, size_t(dec + 1) - digits.size(), '0');
  digits.insert(digits.size() - size_t(dec), ".");
  return digits;
}

// Records the finished cycle in the statistics, and prints its gctrace line; `end` is
// when the world ran again.
void recordCycle(int64_t end) {
  GCController& g = gcController;
  std::lock_guard<std::mutex> lk(statsLock);
  GCStats& st = g.stats;
  int procs = int(gomaxprocsCur.load());
  int64_t pause2 = end - cycle.t2;
  uint64_t pause = uint64_t(cycle.pause1 + cycle.pauseRecheck + pause2);
  st.pauseNs[st.numGC % 256] = pause;
  st.pauseEnd[st.numGC % 256] = uint64_t(walltime());
  st.numGC++;
  if (cycle.forced) st.numForcedGC++;
  st.pauseTotalNs += pause;
  st.gcCpuNs += pause * uint64_t(procs) + uint64_t(cycle.workerNs + cycle.assistNs);
  st.lastGC = uint64_t(walltime());
  st.nextGC = cycle.goal;

  if (g.trace) {
    // Go 1.19's gctrace line: the first stop-the-world (sweep termination and roots), the
    // concurrent mark, and mark termination (with its rechecks); CPU as stop-the-world,
    // assist/background/idle, termination.
    auto mb = [](uint64_t b) { return b >> 20; };
    double since = double(end - g.startNano) / 1e9;
    int64_t elapsed = end - g.startNano;
    int pct = elapsed > 0 ? int(double(st.gcCpuNs) / double(elapsed) / procs * 100) : 0;
    int64_t term = pause2 + cycle.pauseRecheck;
    int64_t mark = cycle.t2 - cycle.t1 - cycle.pauseRecheck;
    std::string ms[8] = {fmtNSAsMS(cycle.pause1), fmtNSAsMS(mark), fmtNSAsMS(term),
                         fmtNSAsMS(cycle.pause1 * procs), fmtNSAsMS(cycle.assistNs),
                         fmtNSAsMS(cycle.workerNs), fmtNSAsMS(0), fmtNSAsMS(term * procs)};
    char buf[320];
    std::snprintf(buf, sizeof buf,
                  "gc %u @%.3fs %d%%: %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, "
                  "%" PRIu64 "->%" PRIu64 "->%" PRIu64 " MB, %" PRIu64 " MB goal, %" PRIu64 " MB stacks, "
                  "%" PRIu64 " MB globals, %d P%s\n",
                  st.numGC, since, pct, ms[0].c_str(), ms[1].c_str(), ms[2].c_str(), ms[3].c_str(),
                  ms[4].c_str(), ms[5].c_str(), ms[6].c_str(), ms[7].c_str(), mb(cycle.heapBefore),
                  mb(cycle.heapAtDone), mb(cycle.marked), mb(cycle.cycleGoal),
                  mb(rootsStacks.load(std::memory_order_relaxed)),
                  mb(rootsGlobals.load(std::memory_order_relaxed)), procs, cycle.forced ? " (forced)" : "");
    writeStderr(buf);
  }
}

void requestMarkTermination() {
  markDoneRequested.store(true, std::memory_order_release);
  preemptall();
}

// Goroutines that allocated past the goal while marking help mark at their next safepoint.
std::atomic<bool> assistRequested{false};

}  // namespace

bool writeBarrierEnabled = false;

bool sweepSpan(mspan* s) {
  s->next = s->prev = nullptr;
  // A mark on a slot that is not allocated came from a word the concurrent mark read
  // while the span was being laid out: drop it. Only the words of the bitmaps that cover
  // objects are looked at (one for most spans).
  const size_t nwords = (s->nelems + 63) / 64;
  uint32_t marked = 0;
  for (size_t k = 0; k < nwords; k++) {
    s->gcmarkBits[k] &= allocatedMask(s, k);
    marked += uint32_t(std::popcount(s->gcmarkBits[k]));
  }
  if (s->allocCount < marked) throwf("gc: more objects marked than allocated in a span");
  if (s->profiled) profileSweep(s);
  uint32_t freed = s->allocCount - marked;
  if (freed != 0) {
    sweptFrees.fetch_add(freed, std::memory_order_relaxed);
    sweptFreedBytes.fetch_add(uint64_t(freed) * s->elemsize, std::memory_order_relaxed);
    if (s->spanclass.sizeclass() == 0) {
      heapStats.largeFree.fetch_add(int64_t(freed) * int64_t(s->elemsize), std::memory_order_relaxed);
      heapStats.largeFreeCount.fetch_add(freed, std::memory_order_relaxed);
    } else {
      heapStats.smallFreeCount[s->spanclass.sizeclass()].fetch_add(freed, std::memory_order_relaxed);
    }
    if (gcController.clobberfree) clobberFreed(s);
  }
  if (marked == 0) {
    std::memset(s->gcmarkBits, 0, nwords * 8);
    mheap_.freeSpan(s);
    return false;
  }
  if (freed != 0) {
    // The mark bits are the new allocation bits; allocation restarts from slot 0.
    std::memcpy(s->allocBitsStorage, s->gcmarkBits, nwords * 8);
    s->allocCount = marked;
    s->freeindex = 0;
    s->refillAllocCache(0);
    s->needzero = 1;
  }
  std::memset(s->gcmarkBits, 0, nwords * 8);  // clear for the next cycle
  return true;
}

// The write barrier's slow path (mbarrier.h): shade the old values of [dst, dst + bytes).
// Only heap memory needs it (globals are heap objects too): anything else is a
// goroutine's VM registers or runtime memory, scanned in the snapshot. Shaded objects
// collect in the thread's buffer (Go's per-P wbBuf), handed to the shared queue when full
// and drained by mark termination, so a store costs no lock.
__attribute__((no_sanitize("address", "thread"))) void writeBarrierSlow(void* dst, size_t bytes) {
  uintptr_t a = reinterpret_cast<uintptr_t>(dst);
  if (a - mheap_.arenaMin >= mheap_.arenaMax - mheap_.arenaMin) return;
  if (mspan* s = spanOf(dst); s == nullptr || s->loadState() != mSpanState::InUse || s->spanclass.noscan()) return;
  Gcw& buf = wbBuf();
  scanRange(a & ~uintptr_t(7), a + bytes, buf);
  if (buf.size() >= 512) publish(buf);
}

void gcScanConservative(const void* p, size_t bytes) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (explainHi) explainWords("conservative words (VM registers, native frames' words)", p, bytes / 8);
  tlsScanBytes += bytes;
  scanRange(a, a + bytes, scanGcw());
}

void gcScanNativeStack(const void* p, size_t bytes) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  scanNativeRange(a, a + bytes);
}

void shadePointer(const void* p) {
  if (!writeBarrierEnabled) return;
  Gcw& buf = wbBuf();
  markWord(reinterpret_cast<uintptr_t>(p), buf);
  if (buf.size() >= 512) publish(buf);
}

void gcMarkPointer(const void* p) {
  if (explainHi) explainWords("a pointer (closure, defer fn, panic value)", &p, 1);
  markWord(reinterpret_cast<uintptr_t>(p), scanGcw());
}

__attribute__((no_sanitize("address", "thread"))) void gcScanPointerWords(const void* p, const uint64_t* bits, size_t words) {
  auto a = reinterpret_cast<const uintptr_t*>(p);
  if (explainHi) explainWords("pointer words (frame objects, defer args, globals)", p, words);
  tlsScanBytes += words * 8;
  Gcw& gcw = scanGcw();
  for (size_t i = 0; i < words; i++)
    if (bits[i / 64] >> (i % 64) & 1) markWord(a[i], gcw);
}

void gcAllocated(int64_t bytes, bool scan) {
  int64_t live = gcController.heapLive.fetch_add(bytes, std::memory_order_relaxed) + bytes;
  if (scan) gcController.scanAlloc.fetch_add(bytes, std::memory_order_relaxed);
  if (bytes <= 0 || gcScanVM == nullptr) return;  // no VM roots: never collect (unit tests)
  gcPercent();
  G* gp = getg();
  if (gp == nullptr) return;
  if (gcphase.load(std::memory_order_relaxed) == PhaseMark) {
    // Past the goal while marking: this goroutine assists at its next safepoint.
    if (uint64_t(live) < gcController.goal.load(std::memory_order_relaxed)) return;
    assistRequested.store(true, std::memory_order_relaxed);
    gp->preempt.store(true, std::memory_order_relaxed);
    return;
  }
  if (uint64_t(live) < heapTrigger()) return;
  // Start a cycle at this goroutine's next safepoint (whichever goroutine polls first).
  gcController.requested.store(true, std::memory_order_release);
  gp->preempt.store(true, std::memory_order_relaxed);
}

bool gcPoll() {
  bool did = false;
  withCollectorSp([&](uintptr_t sp) {
    G* self = getg();
    if (markDoneRequested.load(std::memory_order_relaxed) &&
        markDoneRequested.exchange(false, std::memory_order_acq_rel)) {
      gcMarkDone(self, sp);
      did = true;
    } else if (gcController.requested.load(std::memory_order_relaxed) &&
               gcController.requested.exchange(false, std::memory_order_acq_rel)) {
      gcStart(self, sp, false);
      did = true;
    } else if (assistRequested.load(std::memory_order_relaxed) && gcphase.load() == PhaseMark) {
      assistRequested.store(false, std::memory_order_relaxed);
      // Scan a share of the work; if that finishes the mark, finish the cycle here.
      if (markAssist(256 << 10, false)) gcMarkDone(self, sp);
      did = true;
    }
  });
  return did;
}

void GC() {
  if (gcScanVM == nullptr) return;
  gcPercent();
  G* self = getg();
  if (self == nullptr) throwf("gc: not on a goroutine");
  withCollectorSp([&](uintptr_t sp) {
    // A cycle in progress is finished first: runtime.GC is a whole cycle started after
    // the call. Then one of its own, helping mark until done.
    while (!gcStart(self, sp, true)) {
      if (gcphase.load() == PhaseMark) {
        markAssist(0, true);
        gcMarkDone(self, sp);
      }
    }
    // Mark termination may send marking back to the markers (work left): help until
    // this cycle has ended, as Go's runtime.GC waits for its own cycle.
    uint32_t mine = cyclesStarted.load(std::memory_order_relaxed);
    while (cyclesEnded.load(std::memory_order_acquire) < mine) {
      markAssist(0, true);
      gcMarkDone(self, sp);
    }
  });
  // As Go's: runtime.GC returns with the heap swept (and the scavenger at work), and the
  // heap profile's frees published.
  finishSweep();
  profilePostSweep();
  wakeWorker();
}

int setGCPercent(int percent) {
  int old = gcPercent();
  if (percent < 0) percent = -1;
  gcController.gcPercent.store(percent, std::memory_order_relaxed);
  gcController.goal.store(heapGoal(gcController.heapMarked, percent), std::memory_order_relaxed);
  // As Go's: turning the collector off returns with no cycle running (a cycle already
  // started is finished, helping it mark; one only requested does not start), so no
  // collection is counted after the call.
  G* self = getg();
  if (percent < 0 && self != nullptr && gcScanVM != nullptr) {
    gcController.requested.store(false, std::memory_order_release);
    withCollectorSp([&](uintptr_t sp) {
      uint32_t started = cyclesStarted.load(std::memory_order_acquire);
      while (cyclesEnded.load(std::memory_order_acquire) < started) {
        markAssist(0, true);
        gcMarkDone(self, sp);
      }
    });
  }
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
  GCStats s;
  {
    std::lock_guard<std::mutex> lk(statsLock);
    s = gcController.stats;
  }
  if (s.nextGC == 0) s.nextGC = gcController.goal.load(std::memory_order_relaxed);
  s.startNano = gcController.startNano;
  MemStatsSnapshot heap = readMemStats();
  s.totalAlloc = heap.totalAlloc;
  s.mallocs = heap.mallocs;
  s.heapSys = heap.heapSys;
  s.heapInuse = heap.heapInuse;
  s.mspanInuse = heap.mspanInuse;
  s.mspanSys = heap.mspanSys;
  s.mcacheInuse = heap.mcacheInuse;
  s.mcacheSys = heap.mcacheSys;
  s.gcSys = heap.gcSys;
  s.otherSys = heap.otherSys;
  s.stackInuse = rootsStacks.load(std::memory_order_relaxed);
  // Tiny allocations are not tracked one by one: they count as freed, as in Go.
  s.frees = sweptFrees.load(std::memory_order_relaxed) +
            uint64_t(heapStats.tinyAllocCount.load(std::memory_order_relaxed));
  s.freedBytes = sweptFreedBytes.load(std::memory_order_relaxed);
  s.heapReleased = mheap_.releasedBytes();
  if (world) startTheWorld();
  return s;
}

// Leaves the background worker idle: the sweep finished, no scavenging asked for (the
// scheduler's teardown, in tests, rebuilds state the worker reads).
void gcQuiesce() {
  if (!work().workerStarted) return;
  finishSweep();
  WorkQueue& w = work();
  std::unique_lock<std::mutex> lk(w.lock);
  w.scavenging = false;
  w.shrinking = false;
  w.sweepHold.store(true, std::memory_order_relaxed);
  w.cv.wait(lk, [&] { return w.busy == 0; });
  w.sweepHold.store(false, std::memory_order_relaxed);
}


// Before the heap takes npages more pages for a span (Go's mheap.reclaim): while spans
// are left unswept from the last cycle, sweep until that many pages went back to the heap,
// so a program allocating faster than the background sweep reuses its garbage's pages
// instead of growing the heap. As Go's, it sweeps only spans in which nothing is marked
// (they go back to the heap whole): a span holding a live object frees no pages, and
// sweeping thousands of them here (a large live heap of small objects) held an allocation
// off its safepoints for tens of milliseconds, and every stop of the world with it. The
// marked ones are set aside (unsweptLive) for the other sweepers, looked at once a cycle.
namespace {
bool spanHasMarks(const mspan* s) {
  size_t words = (s->nelems + 63) / 64;
  for (size_t k = 0; k < words; k++)
    if (__atomic_load_n(&s->gcmarkBits[k], __ATOMIC_RELAXED) != 0) return true;
  return false;
}

// Takes from `from` (lock held) the first span with nothing marked, moving marked ones
// to `live`; null if none is left or *budget spans were looked at (a large live heap has
// hundreds of thousands of marked spans: one allocation must not walk them all).
mspan* takeUnmarked(mSpanList& from, mSpanList& live, int* budget) {
  while (mspan* s = from.first) {
    if ((*budget)-- <= 0) return nullptr;
    from.remove(s);
    if (!spanHasMarks(s)) return s;
    live.insert(s);
  }
  return nullptr;
}
}  // namespace

void reclaim(uintptr_t npages) {
  if (sweepDone.load(std::memory_order_relaxed)) return;
  uintptr_t freed = 0;
  int budget = 256;  // spans looked at, about 10 µs; past it the heap grows instead
  while (freed < npages &&
         sweepNext(
             &freed, [&](mcentral& c) { return takeUnmarked(c.unswept, c.unsweptLive, &budget); },
             [&] { return takeUnmarked(mheap_.largeUnswept, mheap_.largeUnsweptLive, &budget); })) {
  }
}

}  // namespace golite::runtime
