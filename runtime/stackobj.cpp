// Frame-object memory (the storage Go's compiler gives stack-allocated variables and
// objects; golite's VM stack of untyped registers cannot hold them, see vm/frameobj.cpp).
//
// Escape analysis (frontend/escape) marks variables and allocations that cannot outlive
// their function's frame. The VM keeps them out of the heap, but not in the register stack:
// that stack moves when it grows and its words have no types, so a pointer into it could
// not be fixed up. Instead each goroutine has a frame-object stack of chunks that never
// move, carved out of large mappings (mmap MAP_NORESERVE, 64 MB at a time, as native stacks
// are: runtime/stack.cpp), so that:
//   - a goroutine that never uses frame objects has no chunk, and a small first chunk
//     (2 KB) keeps a parked goroutine that did use some cheap;
//   - "is this address frame-object memory" is a range check against the few mappings
//     (inFrameObjects: the GODEBUG=stackobjcheck=1 assertion that no heap object points
//     into a stack);
//   - chunks of dead goroutines are reused (a free list per size class), never unmapped.
// The VM (vm/frameobj.cpp) takes chunks as a goroutine's frames need them, lays frames'
// areas out in them as a stack, and frees them when the goroutine ends.
//
// Invariants: frame-object memory is never a heap span (spanOf is null for it, so the
// write barrier and the marker pass over it); no heap object or global points into it
// (escape analysis; checked by stackobjcheck); a goroutine's frame objects are scanned with
// its VM stack, in the same scan (vm/roots.cpp), so the collector's snapshot covers them.
#include "runtime/stackobj.h"

#include <sys/mman.h>

#include <atomic>
#include <vector>

#include "runtime/lock.h"
#include "runtime/panic.h"

namespace golite::runtime {

bool stackObjCheck = false;

namespace {

constexpr size_t kMappingBytes = size_t(64) << 20;
constexpr size_t kMaxMappings = 4096;  // 256 GB of address space
constexpr size_t kClasses = 4;
constexpr size_t kClassBytes[kClasses] = {2 << 10, 8 << 10, 32 << 10, 128 << 10};

struct FramePool {
  mutex lock;
  uintptr_t next = 0;  // the unused rest of the newest mapping
  uintptr_t end = 0;
  std::vector<uintptr_t> free[kClasses];
};

FramePool pool;
// The mappings, read without the lock by inFrameObjects (published by the count).
uintptr_t mappings[kMaxMappings];
std::atomic<size_t> nmappings{0};

size_t classOf(size_t bytes) {
  for (size_t c = 0; c < kClasses; c++)
    if (bytes <= kClassBytes[c]) return c;
  fatal("runtime: frame-object chunk too large");
}

}  // namespace

FrameChunk frameChunkAlloc(size_t bytes) {
  size_t c = classOf(bytes);
  size_t size = kClassBytes[c];
  pool.lock.lock();
  uintptr_t lo;
  if (!pool.free[c].empty()) {
    lo = pool.free[c].back();
    pool.free[c].pop_back();
  } else {
    if (pool.end - pool.next < size) {
      size_t n = nmappings.load(std::memory_order_relaxed);
      void* p = n < kMaxMappings ? mmap(nullptr, kMappingBytes, PROT_READ | PROT_WRITE,
                                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
                                 : MAP_FAILED;
      if (p == MAP_FAILED) {
        pool.lock.unlock();
        fatal("runtime: cannot allocate memory for frame objects");
      }
      pool.next = reinterpret_cast<uintptr_t>(p);
      pool.end = pool.next + kMappingBytes;
      mappings[n] = pool.next;
      nmappings.store(n + 1, std::memory_order_release);
    }
    lo = pool.next;  // every class divides the mapping, and the mapping is carved in order
    pool.next += size;
  }
  pool.lock.unlock();
  return FrameChunk{lo, lo + size};
}

void frameChunkFree(FrameChunk ch) {
  size_t c = classOf(ch.hi - ch.lo);
  // A big chunk's pages go back to the OS; small ones are kept as they are.
  if (ch.hi - ch.lo >= kClassBytes[kClasses - 1]) madvise(reinterpret_cast<void*>(ch.lo), ch.hi - ch.lo, MADV_DONTNEED);
  pool.lock.lock();
  pool.free[c].push_back(ch.lo);
  pool.lock.unlock();
}

bool inFrameObjects(uintptr_t p) {
  size_t n = nmappings.load(std::memory_order_acquire);
  for (size_t i = 0; i < n; i++)
    if (p - mappings[i] < kMappingBytes) return true;
  return false;
}

}  // namespace golite::runtime
