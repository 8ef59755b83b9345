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
// There are no guard pages (each would be one more mapping): Go calls do not recurse on
// the native stack, and the VM checks native depth where it re-enters the interpreter
// (nativeStackOK).
#include <sys/mman.h>

#include "runtime/panic.h"
#include "runtime/runtime2.h"

namespace golite::runtime {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// Sanitizers make frames several times larger.
const size_t fiberStackSize = size_t(1) << 20;
#else
const size_t fiberStackSize = size_t(256) << 10;
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

}  // namespace golite::runtime
