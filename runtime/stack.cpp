// Native stacks for goroutines (the part of Go's runtime/stack.go that golite needs).
//
// Every G runs its interpreter loop on a native stack of its own. Stacks are carved out
// of large mappings (mmap MAP_NORESERVE, 256 stacks at a time): no mapping per goroutine,
// so the kernel's map-count limit (vm.max_map_count, 65530) never caps the goroutine
// count, and an untouched page costs no memory. A stack is never unmapped: when its G
// dies, the G keeps it on the free-G lists for the next goroutine (gfput/gfget in
// proc.cpp), and a stack that grew deep gets its lower pages handed back with
// madvise(MADV_DONTNEED) first (stackrelease), so a million parked goroutines that once
// recursed cost only their top pages.
//
// There are no guard pages (each would be one more mapping), so nothing may run off the
// bottom of a stack: it would write into the next goroutine's. Go calls do not recurse
// on the native stack, but native code can: a native calling back into Go (fmt calling a
// String method that calls fmt, sort's less sorting), a native walking a value's
// structure (fmt printing a struct nested 3,000 deep). Go's stacks grow; these cannot
// move (C++ frames point into them), so they grow the way split stacks do, in segments:
// code that may go deep compares its frame address with stackGuard() (the stack's low
// end plus a margin every native fits in) and, below it, goes on through morestack,
// which runs the rest of the call on a new segment from the same pool and comes back
// when it returns or throws. While the G runs on a segment, G::stack is that segment
// (parks, resumes, the sanitizers' fiber switches and the collector's stack shrinking all
// see the stack it is on); the segments below keep their frames, which the VM's native
// spans describe to the collector, each span within one segment (gcSegmentEnter,
// vm/roots.cpp). A goroutine whose segments add up to
// Go's 1 GB limit gets Go's `stack overflow`.
#include <sys/mman.h>

#include <boost/context/detail/fcontext.hpp>
#include <exception>

#include "runtime/mgc.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "runtime/runtime2.h"

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

namespace golite::runtime {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// Sanitizers make frames several times larger.
const size_t fiberStackSize = size_t(1) << 20;
constexpr size_t stackGuardBytes = size_t(256) << 10;
#else
const size_t fiberStackSize = size_t(256) << 10;
// What one native call may use without checking (the deepest: a native's own frames
// plus the interpreter loop's when it calls back into Go).
constexpr size_t stackGuardBytes = size_t(64) << 10;
#endif

namespace {

constexpr size_t stacksPerChunk = 256;

struct StackPool {
  mutex lock;
  uintptr_t next = 0;  // the unused rest of the newest chunk
  uintptr_t end = 0;
  std::vector<uintptr_t> free;    // lo addresses of free stacks
  std::vector<uintptr_t> chunks;  // every mapping
};

StackPool pool;

}  // namespace

Stack stackalloc() {
  pool.lock.lock();
  uintptr_t lo;
  if (!pool.free.empty()) {
    lo = pool.free.back();
    pool.free.pop_back();
  } else {
    if (pool.next == pool.end) {
      size_t bytes = fiberStackSize * stacksPerChunk;
      void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
      if (p == MAP_FAILED) {
        pool.lock.unlock();
        fatal("runtime: cannot allocate memory for goroutine stacks");
      }
      pool.next = reinterpret_cast<uintptr_t>(p);
      pool.end = pool.next + bytes;
      pool.chunks.push_back(pool.next);
    }
    lo = pool.next;
    pool.next += fiberStackSize;
  }
  pool.lock.unlock();
  return Stack{lo, lo + fiberStackSize};
}

void stackfree(Stack s) {
  pool.lock.lock();
  pool.free.push_back(s.lo);
  pool.lock.unlock();
}

void stackfreeAll() {
  // Every stack is free: return all their pages, a mapping at a time.
  pool.lock.lock();
  for (uintptr_t c : pool.chunks) {
    madvise(reinterpret_cast<void*>(c), fiberStackSize * stacksPerChunk, MADV_DONTNEED);
  }
  pool.lock.unlock();
}

void stackrelease(Stack s, size_t keep) {
  if (s.hi - s.lo <= keep) return;
  madvise(reinterpret_cast<void*>(s.lo), s.hi - s.lo - keep, MADV_DONTNEED);
}

// --- segments (morestack) ----------------------------------------------------------------

namespace {

namespace ctx = boost::context::detail;

// Go's limit on one goroutine's stack, in segments.
const int32_t maxSegments = int32_t(1000000000 / fiberStackSize);

struct SegmentCall {
  void (*fn)(void*);
  void* arg;
  ctx::fcontext_t back = nullptr;  // the caller, suspended on the segment below
  std::exception_ptr error;
  void* tsanBack = nullptr;
  const void* asanBackBottom = nullptr;
  size_t asanBackSize = 0;
};

[[noreturn]] void segmentEntry(ctx::transfer_t t) {
  auto* c = static_cast<SegmentCall*>(t.data);
  c->back = t.fctx;
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_finish_switch_fiber(nullptr, &c->asanBackBottom, &c->asanBackSize);
#endif
  G* gp = getg();
  if (gp->vm && gcSegmentEnter) gcSegmentEnter(gp->vm, reinterpret_cast<uintptr_t>(c->back), gp->stack.hi);
  try {
    c->fn(c->arg);
  } catch (...) {
    c->error = std::current_exception();
  }
  if (gp->vm && gcSegmentLeave) gcSegmentLeave(gp->vm);
  // Back down: the G may be on another M by now, which changes nothing here.
#if defined(__SANITIZE_THREAD__)
  getg()->tsanFiber = c->tsanBack;
  __tsan_switch_to_fiber(c->tsanBack, 0);
#endif
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_start_switch_fiber(nullptr, c->asanBackBottom, c->asanBackSize);
#endif
  ctx::jump_fcontext(c->back, nullptr);
  __builtin_unreachable();
}

}  // namespace

void stackfreeSpare(G* gp) {
  if (gp->spareSegment.lo == 0) return;
  stackrelease(gp->spareSegment, 0);
  stackfree(gp->spareSegment);
  gp->spareSegment = Stack{};
}

uintptr_t stackGuard() {
  G* gp = getg();
  if (gp == nullptr || gp->stack.lo == 0) return 0;
  return gp->stack.lo + stackGuardBytes;
}

bool morestack(void (*fn)(void*), void* arg) {
  G* gp = getg();
  if (gp->stackSegments >= maxSegments) return false;
  Stack below = gp->stack;
  uintptr_t belowLowWater = gp->stackLowWater;
  // The segment the last morestack returned is kept for the next: a call that crosses
  // the guard in a loop costs a context switch each time, not a system call.
  Stack seg = gp->spareSegment;
  gp->spareSegment = Stack{};
  if (seg.lo == 0) seg = stackalloc();
  gp->stackSegments++;
  gp->stack = seg;
  gp->stackLowWater = seg.hi;
  SegmentCall c{fn, arg};
  ctx::fcontext_t f = ctx::make_fcontext(reinterpret_cast<void*>(seg.hi), seg.hi - seg.lo, segmentEntry);
#if defined(__SANITIZE_THREAD__)
  void* fiber = __tsan_create_fiber(0);
  c.tsanBack = gp->tsanFiber;
  gp->tsanFiber = fiber;
  __tsan_switch_to_fiber(fiber, 0);
#endif
#if defined(__SANITIZE_ADDRESS__)
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, reinterpret_cast<void*>(seg.lo), seg.hi - seg.lo);
#endif
  ctx::jump_fcontext(f, &c);
#if defined(__SANITIZE_ADDRESS__)
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
  // The segment's last frames left their redzone poison behind.
  __asan_unpoison_memory_region(reinterpret_cast<void*>(seg.lo), seg.hi - seg.lo);
#endif
#if defined(__SANITIZE_THREAD__)
  __tsan_destroy_fiber(fiber);
#endif
  gp->stack = below;
  gp->stackLowWater = belowLowWater;
  gp->stackSegments--;
  if (gp->spareSegment.lo == 0) {
    gp->spareSegment = seg;
  } else {
    stackrelease(seg, 0);  // used all the way down: its pages go back to the kernel
    stackfree(seg);
  }
  if (c.error) std::rethrow_exception(c.error);
  return true;
}

}  // namespace golite::runtime
