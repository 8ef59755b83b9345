// Per-P allocation caches (Go's runtime/mcache.go).
//
// An mcache holds one span per span class; mallocgc takes free slots from it without a
// lock. When the span is full, refill swaps it for one with free slots from the class's
// mcentral. Only the owner of the cache (the thread holding the P) touches it.
//
// Until Ps exist every thread has its own cache (malloc.cpp); setMCache lets the scheduler
// point a thread at its P's cache instead.
#include <cstdlib>
#include <mutex>
#include <new>
#include <vector>

#include "runtime/mgc.h"
#include "runtime/mheap.h"
#include "runtime/mprof.h"
#include "runtime/panic.h"

namespace golite::runtime {

// The span every cache slot starts with: no slots, so the first allocation of each class
// goes to refill. Never in any list, never changed.
static mspan emptymspan;

mcache::mcache() {
  for (auto& s : alloc) s = &emptymspan;
  nextSample = runtime::nextSample(this);
}

// Caches given back by freemcache, for reuse (they are runtime metadata, never freed).
static std::mutex mcacheFreeLock;
static mcache* mcacheFree = nullptr;
static size_t mcacheFreeCount = 0;
// Every cache ever made (freed ones are empty: flushing them is a no-op).
static std::vector<mcache*> allMcaches;

mcache* allocmcache() {
  {
    std::lock_guard<std::mutex> g(mcacheFreeLock);
    if (mcacheFree != nullptr) {
      mcache* c = mcacheFree;
      mcacheFree = reinterpret_cast<mcache*>(c->tiny);
      mcacheFreeCount--;
      return new (c) mcache();
    }
  }
  mcache* c = new (persistentalloc(sizeof(mcache), SysStat::MCache)) mcache();
  std::lock_guard<std::mutex> g(mcacheFreeLock);
  allMcaches.push_back(c);
  return c;
}

size_t mcachesInUse() {
  std::lock_guard<std::mutex> g(mcacheFreeLock);
  return allMcaches.size() - mcacheFreeCount;
}

void forEachMCache(void (*f)(mcache* c)) {
  std::vector<mcache*> all;
  {
    std::lock_guard<std::mutex> g(mcacheFreeLock);
    all = allMcaches;
  }
  for (mcache* c : all) f(c);
}

void freemcache(mcache* c) {
  c->releaseAll();
  std::lock_guard<std::mutex> g(mcacheFreeLock);
  c->tiny = reinterpret_cast<uintptr_t>(mcacheFree);  // the list link
  mcacheFree = c;
  mcacheFreeCount++;
}

uintptr_t mcache::nextFree(spanClass spc, mspan** span) {
  mspan* s = alloc[spc.v];
  uintptr_t freeIndex = s->nextFreeIndex();
  if (freeIndex == s->nelems) {
    if (s->allocCount != s->nelems) throwf("s.allocCount != s.nelems && freeIndex == s.nelems");
    refill(spc);
    s = alloc[spc.v];
    freeIndex = s->nextFreeIndex();
  }
  if (freeIndex >= s->nelems) throwf("freeIndex is not valid");
  s->allocCount++;
  if (s->allocCount > s->nelems) throwf("s.allocCount > s.nelems");
  *span = s;
  return freeIndex;
}

void mcache::refill(spanClass spc) {
  mspan* s = alloc[spc.v];
  if (s != &emptymspan) {
    if (s->allocCount != s->nelems) throwf("refill of span with free space remaining");
    mheap_.central[spc.v].uncacheSpan(s);
  }
  s = mheap_.central[spc.v].cacheSpan();
  if (s->allocCount == s->nelems) throwf("span has no free space");
  // Count the whole rest of the span as allocated now; releaseAll takes back what was not.
  heapStats.smallAllocCount[spc.sizeclass()].fetch_add(int64_t(s->nelems - s->allocCount),
                                                       std::memory_order_relaxed);
  gcAllocated(int64_t(s->nelems - s->allocCount) * int64_t(s->elemsize), !spc.noscan());
  if (tinyAllocs != 0) {
    heapStats.tinyAllocCount.fetch_add(int64_t(tinyAllocs), std::memory_order_relaxed);
    tinyAllocs = 0;
  }
  alloc[spc.v] = s;
}

mspan* mcache::allocLarge(size_t size, bool noscan) {
  // No overflow here; mheap.alloc refuses more than maxAlloc bytes.
  uintptr_t npages = size >> pageShift;
  if (size & (pageSize - 1)) npages++;
  reclaim(npages);
  mspan* s = mheap_.alloc(npages, spanClass::make(0, noscan));
  heapStats.largeAlloc.fetch_add(int64_t(s->elemsize), std::memory_order_relaxed);
  heapStats.largeAllocCount.fetch_add(1, std::memory_order_relaxed);
  gcAllocated(int64_t(s->elemsize), !noscan);
  return s;
}

void mcache::releaseAll() {
  for (int i = 0; i < numSpanClasses; i++) {
    mspan* s = alloc[i];
    if (s == &emptymspan) continue;
    // Take back the slots counted as allocated in refill but never used.
    heapStats.smallAllocCount[spanClass{uint8_t(i)}.sizeclass()].fetch_sub(
        int64_t(s->nelems - s->allocCount), std::memory_order_relaxed);
    gcAllocated(-int64_t(s->nelems - s->allocCount) * int64_t(s->elemsize), !spanClass{uint8_t(i)}.noscan());
    mheap_.central[i].uncacheSpan(s);
    alloc[i] = &emptymspan;
  }
  heapStats.tinyAllocCount.fetch_add(int64_t(tinyAllocs), std::memory_order_relaxed);
  tinyAllocs = 0;
  tiny = 0;
  tinyoffset = 0;
}

}  // namespace golite::runtime
