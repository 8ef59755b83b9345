// The page heap: arenas, spans and free page runs (Go's runtime/mheap.go, mcentral.go).
//
// mheap hands out spans, runs of 8 KB pages, under one lock. Pages come from the unused
// rest of the newest arena mapping (curArena) or from free runs that the sweeper gave back
// (freeSpan, called by the sweeper). Free runs are kept in lists
// by length, as Go's heap was before its page allocator (free[n] for n < 128 pages, one
// best-fit list above), and coalesce with free neighbours when freed.
//
// Memory is mapped 64 MB (one arena) at a time, MAP_NORESERVE, first at Go's address hint
// 0xc000000000 and upward, so heap addresses look like Go's. Fresh mappings are zero, which
// lets mallocgc skip zeroing (span.needzero).
//
// GOLITE_MEMLIMIT (bytes, optionally with a KiB/MiB/GiB/TiB or B suffix) caps the bytes in
// in-use spans (golite run --max-heap sets it); past it, as when mmap fails, the program
// dies as Go's does: `runtime: out of memory: cannot allocate N-byte block (M in use)`,
// `fatal error: out of memory`.
#include "runtime/mheap.h"

#include <sys/mman.h>

#include <atomic>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/panic.h"

namespace golite::runtime {

constinit mheap mheap_;
constinit heapStatsT heapStats;

namespace {

uintptr_t alignUp(uintptr_t n, uintptr_t a) { return (n + a - 1) & ~(a - 1); }

// Maps n bytes of fresh, zeroed memory (not in the heap: metadata). nullptr on failure.
void* sysAlloc(size_t n) {
  void* p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                 -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

}  // namespace

uint64_t parseByteSize(const char* s) {
  if (s == nullptr || *s == 0) return 0;
  char* end = nullptr;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno != 0 || end == s) return 0;
  std::string unit(end);
  uint64_t mul = 1;
  if (unit == "" || unit == "B") mul = 1;
  else if (unit == "KiB") mul = uint64_t(1) << 10;
  else if (unit == "MiB") mul = uint64_t(1) << 20;
  else if (unit == "GiB") mul = uint64_t(1) << 30;
  else if (unit == "TiB") mul = uint64_t(1) << 40;
  else return 0;
  if (v > UINT64_MAX / mul) return 0;
  return uint64_t(v) * mul;
}

// --- span lists -----------------------------------------------------------------------

void mSpanList::insert(mspan* s) {
  s->prev = nullptr;
  s->next = first;
  if (first != nullptr) first->prev = s;
  else last = s;
  first = s;
}

void mSpanList::remove(mspan* s) {
  if (s->prev != nullptr) s->prev->next = s->next;
  else first = s->next;
  if (s->next != nullptr) s->next->prev = s->prev;
  else last = s->prev;
  s->next = s->prev = nullptr;
}

void mSpanList::takeAll(mSpanList& other) {
  if (other.first == nullptr) return;
  if (last == nullptr) {
    first = other.first;
  } else {
    last->next = other.first;
    other.first->prev = last;
  }
  last = other.last;
  other.first = other.last = nullptr;
}

// --- span allocation bits -------------------------------------------------------------

void mspan::refillAllocCache(uintptr_t whichByte) {
  uint64_t bits;
  std::memcpy(&bits, allocBits + whichByte, 8);  // little-endian: bit i = slot whichByte*8+i
  allocCache = ~bits;
}

uintptr_t mspan::nextFreeIndex() {
  uintptr_t sfreeindex = freeindex;
  uintptr_t snelems = nelems;
  if (sfreeindex == snelems) return sfreeindex;
  uint64_t aCache = allocCache;
  int bitIndex = std::countr_zero(aCache);
  while (bitIndex == 64) {
    // Move to the start of the next 64 slots.
    sfreeindex = (sfreeindex + 64) & ~uintptr_t(63);
    if (sfreeindex >= snelems) {
      storeFreeindex(snelems);
      return snelems;
    }
    refillAllocCache(sfreeindex / 8);
    aCache = allocCache;
    bitIndex = std::countr_zero(aCache);
  }
  uintptr_t result = sfreeindex + uintptr_t(bitIndex);
  if (result >= snelems) {
    storeFreeindex(snelems);
    return snelems;
  }
  allocCache = (allocCache >> bitIndex) >> 1;  // bitIndex + 1 may be 64
  sfreeindex = result + 1;
  if (sfreeindex % 64 == 0 && sfreeindex != snelems) refillAllocCache(sfreeindex / 8);
  storeFreeindex(sfreeindex);
  return result;
}

// --- mheap ------------------------------------------------------------------------------

// ThreadSanitizer allows application mappings only in its own ranges and dies on a hinted
// one outside them: let the kernel place arenas there.
#if defined(__SANITIZE_THREAD__)
constexpr bool useArenaHint = false;
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
constexpr bool useArenaHint = false;
#else
constexpr bool useArenaHint = true;
#endif
#else
constexpr bool useArenaHint = true;
#endif

void mheap::init() {
  // The arena index: 2^22 pointers (32 MB of address space, touched only where used).
  arenas = static_cast<heapArena**>(sysAlloc(arenaIndexCount * sizeof(heapArena*)));
  if (arenas == nullptr) fatal("runtime: cannot map the heap arena index");
  arenaHint = useArenaHint ? uintptr_t(0x00c0) << 32 : 0;
  memLimit = parseByteSize(std::getenv("GOLITE_MEMLIMIT"));
  initialized = true;
}

void mheap::outOfMemory(uintptr_t bytes) {
  std::fprintf(stderr, "runtime: out of memory: cannot allocate %llu-byte block (%llu in use)\n",
               static_cast<unsigned long long>(bytes),
               static_cast<unsigned long long>(pagesInUse * pageSize));
  lock.unlock();
  fatal("out of memory");  // go's mheap: throw("out of memory")
}

namespace {
std::mutex persistentLock;
char* persistentCur = nullptr;
size_t persistentLeft = 0;
std::atomic<uint64_t> sysStats[4];  // bytes by SysStat
}  // namespace

void addSysStat(SysStat stat, size_t bytes) {
  sysStats[int(stat)].fetch_add(bytes, std::memory_order_relaxed);
}

void* persistentalloc(size_t size, SysStat stat) {
  size = (size + 15) & ~size_t(15);
  addSysStat(stat, size);
  constexpr size_t chunk = 256 << 10;
  if (size >= chunk / 4) {
    void* p = sysAlloc(size);
    if (p == nullptr) fatal("runtime: out of memory");
    return p;
  }
  std::lock_guard<std::mutex> g(persistentLock);
  if (persistentLeft < size) {
    persistentCur = static_cast<char*>(sysAlloc(chunk));
    if (persistentCur == nullptr) fatal("runtime: out of memory");
    persistentLeft = chunk;
  }
  void* p = persistentCur;
  persistentCur += size;
  persistentLeft -= size;
  return p;
}

mspan* mheap::newSpanStruct() {
  if (spanFreeList != nullptr) {
    mspan* s = spanFreeList;
    spanFreeList = s->next;
    spanFreeCount--;
    *s = mspan{};
    return s;
  }
  // mspans are runtime metadata, never in the Go heap (Go's fixalloc).
  mspan* s = new (persistentalloc(sizeof(mspan), SysStat::MSpan)) mspan{};
  if (nallspans == allspansCap) {
    size_t cap = allspansCap ? allspansCap * 2 : 1024;
    auto** a = static_cast<mspan**>(persistentalloc(cap * sizeof(mspan*), SysStat::MSpan));
    if (nallspans) std::memcpy(a, allspans, nallspans * sizeof(mspan*));
    allspans = a;  // the old array is leaked: metadata, small
    allspansCap = cap;
  }
  allspans[nallspans++] = s;
  return s;
}

void mheap::freeSpanStruct(mspan* s) {
  s->setState(mSpanState::Dead);
  s->next = spanFreeList;
  spanFreeList = s;
  spanFreeCount++;
}

void mheap::setSpans(uintptr_t base, uintptr_t npages, mspan* s) {
  for (uintptr_t i = 0; i < npages; i++) {
    uintptr_t a = base + i * pageSize;
    __atomic_store_n(&arenas[a >> logHeapArenaBytes]->spans[(a >> pageShift) & (pagesPerArena - 1)], s,
                     __ATOMIC_RELAXED);
  }
}

void mheap::insertFree(mspan* s) {
  s->setState(mSpanState::Free);
  if (!s->scavenged) freeResident += s->npages * pageSize;
  if (s->npages < maxMHeapList) {
    free[s->npages].insert(s);
    freeNonEmpty[s->npages / 64] |= uint64_t(1) << (s->npages % 64);
  } else {
    freeLarge.insert(s);
  }
}

void mheap::removeFree(mspan* s) {
  if (!s->scavenged) freeResident -= s->npages * pageSize;
  if (s->npages < maxMHeapList) {
    free[s->npages].remove(s);
    if (free[s->npages].empty()) freeNonEmpty[s->npages / 64] &= ~(uint64_t(1) << (s->npages % 64));
  } else {
    freeLarge.remove(s);
  }
}

// Maps at least npages more pages (a multiple of the arena size) and makes them curArena.
// The heap lock is held.
bool mheap::grow(uintptr_t npages) {
  uintptr_t ask = alignUp(npages * pageSize, heapArenaBytes);
  if (ask < npages * pageSize) return false;  // overflow
  const int prot = PROT_READ | PROT_WRITE;
  const int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
  uintptr_t base = 0;
  // First at the hint (contiguous with the previous arena). MAP_FIXED_NOREPLACE never
  // clobbers an existing mapping; kernels that predate it treat the address as a hint, so
  // check where the mapping landed.
  if (arenaHint != 0 && arenaHint + ask > arenaHint && arenaHint + ask <= maxAlloc) {
#ifdef MAP_FIXED_NOREPLACE
    void* p = mmap(reinterpret_cast<void*>(arenaHint), ask, prot, flags | MAP_FIXED_NOREPLACE, -1, 0);
#else
    void* p = mmap(reinterpret_cast<void*>(arenaHint), ask, prot, flags, -1, 0);
#endif
    if (p != MAP_FAILED) {
      if (reinterpret_cast<uintptr_t>(p) == arenaHint) base = arenaHint;
      else munmap(p, ask);
    }
  }
  if (base == 0) {
    // Anywhere, aligned to the arena size: map one arena more and trim.
    size_t big = ask + heapArenaBytes;
    if (big < ask) return false;
    void* p = mmap(nullptr, big, prot, flags, -1, 0);
    if (p == MAP_FAILED) return false;
    uintptr_t raw = reinterpret_cast<uintptr_t>(p);
    base = alignUp(raw, heapArenaBytes);
    if (base > raw) munmap(p, base - raw);
    if (raw + big > base + ask) munmap(reinterpret_cast<void*>(base + ask), raw + big - (base + ask));
    if (base + ask > maxAlloc) {
      munmap(reinterpret_cast<void*>(base), ask);
      return false;
    }
  }
  // Arena metadata for each 64 MB in the new mapping.
  for (uintptr_t a = base; a < base + ask; a += heapArenaBytes) {
    uintptr_t ai = a >> logHeapArenaBytes;
    if (arenas[ai] == nullptr) {
      auto* ha = static_cast<heapArena*>(sysAlloc(sizeof(heapArena)));
      if (ha == nullptr) return false;
      addSysStat(SysStat::GC, sizeof(heapArena));
      __atomic_store_n(&arenas[ai], ha, __ATOMIC_RELEASE);  // spanOf reads it unlocked
    }
  }
  heapSys += ask;
  if (arenaMin == 0 || base < arenaMin) arenaMin = base;
  if (base + ask > arenaMax) arenaMax = base + ask;
  if (useArenaHint) arenaHint = base + ask;
  if (base == curArenaEnd) {
    curArenaEnd = base + ask;
  } else {
    // The rest of the old mapping becomes a free run (fresh, so still zero).
    if (curArenaEnd > curArenaBase) {
      mspan* s = newSpanStruct();
      s->startAddr = curArenaBase;
      s->npages = (curArenaEnd - curArenaBase) / pageSize;
      s->needzero = 0;
      setSpans(s->startAddr, s->npages, s);
      insertFree(s);
    }
    curArenaBase = base;
    curArenaEnd = base + ask;
  }
  return true;
}

// A span of npages pages, state Dead (mheap::alloc makes it InUse), its pages mapped to it. The heap lock is held.
mspan* mheap::allocSpanLocked(uintptr_t npages) {
  if (memLimit != 0 && (pagesInUse + npages) * pageSize > memLimit) outOfMemory(npages * pageSize);
  mspan* s = nullptr;
  // Exact or larger free runs, shortest first; then the best fit among the long ones.
  for (uintptr_t w = npages / 64; w < maxMHeapList / 64 && npages < maxMHeapList; w++) {
    uint64_t bits = freeNonEmpty[w];
    if (w == npages / 64) bits &= ~uint64_t(0) << (npages % 64);
    if (bits != 0) {
      s = free[w * 64 + uintptr_t(std::countr_zero(bits))].first;
      break;
    }
  }
  if (s == nullptr) {
    for (mspan* t = freeLarge.first; t != nullptr; t = t->next) {
      if (t->npages >= npages &&
          (s == nullptr || t->npages < s->npages ||
           (t->npages == s->npages && t->startAddr < s->startAddr))) {
        s = t;
      }
    }
  }
  if (s != nullptr) {
    removeFree(s);
    if (s->npages > npages) {
      // Split: the tail stays free.
      mspan* t = newSpanStruct();
      t->startAddr = s->startAddr + npages * pageSize;
      t->npages = s->npages - npages;
      t->needzero = s->needzero;
      t->scavenged = s->scavenged;
      setSpans(t->startAddr, t->npages, t);
      insertFree(t);
      s->npages = npages;
    }
  } else {
    if (curArenaEnd - curArenaBase < npages * pageSize) {
      if (!grow(npages)) outOfMemory(npages * pageSize);
      if (curArenaEnd - curArenaBase < npages * pageSize) throwf("mheap: grow left too little");
    }
    s = newSpanStruct();
    s->startAddr = curArenaBase;
    s->npages = npages;
    s->needzero = 0;  // never used: still zero from mmap
    curArenaBase += npages * pageSize;
  }
  s->setState(mSpanState::Dead);  // InUse once mheap::alloc has laid it out
  s->scavenged = 0;
  s->next = s->prev = nullptr;
  setSpans(s->startAddr, npages, s);
  pagesInUse += npages;
  return s;
}

mspan* mheap::alloc(uintptr_t npages, spanClass spc) {
  mspan* s;
  uint64_t* ptrbits = nullptr;
  uint8_t sizeclass = spc.sizeclass();
  {
    std::lock_guard<std::mutex> g(lock);
    if (!initialized) init();
    if (npages == 0 || npages > maxAlloc / pageSize) outOfMemory(npages * pageSize);
    s = allocSpanLocked(npages);
    if (sizeclass == 0) largeInUse.insert(s);
    if (sizeclass != 0 && !spc.noscan()) {
      // The heap bitmap: recycled per size class (all spans of a class have the same
      // number of pages), else new runtime metadata. Clear: mallocgc writes each object's.
      size_t n = classToAllocNPages[sizeclass] * pageSize / 8 / 64;
      if (ptrbitsFree[sizeclass] != nullptr) {
        ptrbits = ptrbitsFree[sizeclass];
        std::memcpy(&ptrbitsFree[sizeclass], ptrbits, sizeof(void*));
        std::memset(ptrbits, 0, n * sizeof(uint64_t));
      } else {
        ptrbits = static_cast<uint64_t*>(persistentalloc(n * sizeof(uint64_t), SysStat::GC));
      }
    }
  }
  // The object layout (outside the lock: the span is ours alone).
  s->spanclass = spc;
  s->allocBits = reinterpret_cast<uint8_t*>(s->allocBitsStorage);
  std::memset(s->allocBitsStorage, 0, sizeof(s->allocBitsStorage));
  std::memset(s->gcmarkBits, 0, sizeof(s->gcmarkBits));
  s->freeindex = 0;
  s->allocCount = 0;
  s->ptrbits = ptrbits;
  if (sizeclass == 0) {
    s->elemsize = npages * pageSize;
    s->nelems = 1;
    s->divMul = 0;
  } else {
    s->elemsize = classToSize[sizeclass];
    s->nelems = npages * pageSize / s->elemsize;
    s->divMul = divMagicFor(uint32_t(s->elemsize));
  }
  s->limit = s->startAddr + s->nelems * s->elemsize;
  s->refillAllocCache(0);
  s->setState(mSpanState::InUse);
  return s;
}

void mheap::freeSpan(mspan* s) {
  std::lock_guard<std::mutex> g(lock);
  if (s->loadState() != mSpanState::InUse) throwf("mheap.freeSpan: span not in use");
  pagesInUse -= s->npages;
  if (s->ptrbits != nullptr) {
    uint8_t sc = s->spanclass.sizeclass();
    std::memcpy(s->ptrbits, &ptrbitsFree[sc], sizeof(void*));
    ptrbitsFree[sc] = s->ptrbits;
    s->ptrbits = nullptr;
  }
  s->largeType = nullptr;
  s->needzero = 1;
  // Coalesce with free neighbours.
  uintptr_t before = s->startAddr - 1;
  if (mspan* b = spanOf(reinterpret_cast<void*>(before)); b != nullptr && b->loadState() == mSpanState::Free) {
    removeFree(b);
    s->startAddr = b->startAddr;
    s->npages += b->npages;
    s->needzero |= b->needzero;
    freeSpanStruct(b);
  }
  uintptr_t after = s->startAddr + s->npages * pageSize;
  if (mspan* a = spanOf(reinterpret_cast<void*>(after)); a != nullptr && a->loadState() == mSpanState::Free) {
    removeFree(a);
    s->npages += a->npages;
    s->needzero |= a->needzero;
    freeSpanStruct(a);
  }
  setSpans(s->startAddr, s->npages, s);
  insertFree(s);
}

uint64_t mheap::scavengeAll() {
  std::lock_guard<std::mutex> g(lock);
  uint64_t released = 0;
  auto release = [&](mSpanList& l) {
    for (mspan* s = l.first; s != nullptr; s = s->next) {
      if (s->scavenged) continue;
      madvise(reinterpret_cast<void*>(s->startAddr), s->npages * pageSize, MADV_DONTNEED);
      s->scavenged = 1;
      s->needzero = 0;  // anonymous pages read as zero after MADV_DONTNEED
      freeResident -= s->npages * pageSize;
      released += s->npages * pageSize;
    }
  };
  for (mSpanList& l : free) release(l);
  release(freeLarge);
  return released;
}

// The background scavenger's step (Go's mgcscavenge.go): while the heap's resident pages
// (in-use spans plus free ones not yet released) exceed retainGoal, takes the longest
// free run still resident off the free lists, releases it with the lock dropped (its
// state is Dead meanwhile, so neither allocation nor coalescing touches it), and puts it
// back marked scavenged: it reads as zero when next used. Stops after `budget` bytes or
// when keepGoing says so (the collector wants the CPU); returns the bytes released.
uint64_t mheap::scavenge(uint64_t retainGoal, uint64_t budget, bool (*keepGoing)()) {
  uint64_t released = 0;
  while (released < budget && keepGoing()) {
    mspan* s = nullptr;
    {
      std::lock_guard<std::mutex> g(lock);
      if (pagesInUse * pageSize + freeResident <= retainGoal) break;
      auto firstResident = [](mSpanList& l) -> mspan* {
        for (mspan* t = l.first; t != nullptr; t = t->next)
          if (!t->scavenged) return t;
        return nullptr;
      };
      s = firstResident(freeLarge);
      for (uintptr_t n = maxMHeapList; s == nullptr && n-- > 1;) {
        if (freeNonEmpty[n / 64] >> (n % 64) & 1) s = firstResident(free[n]);
      }
      if (s == nullptr) break;
      removeFree(s);
      s->setState(mSpanState::Dead);
    }
    madvise(reinterpret_cast<void*>(s->startAddr), s->npages * pageSize, MADV_DONTNEED);
    released += s->npages * pageSize;
    std::lock_guard<std::mutex> g(lock);
    s->scavenged = 1;
    s->needzero = 0;  // anonymous pages read as zero after MADV_DONTNEED
    insertFree(s);
  }
  return released;
}

uint64_t mheap::inUseBytes() {
  std::lock_guard<std::mutex> g(lock);
  return pagesInUse * pageSize;
}

uint64_t mheap::releasedBytes() {
  std::lock_guard<std::mutex> g(lock);
  uint64_t n = curArenaEnd - curArenaBase;
  auto count = [&](mSpanList& l) {
    for (mspan* s = l.first; s != nullptr; s = s->next)
      if (s->scavenged) n += s->npages * pageSize;
  };
  for (mSpanList& l : free) count(l);
  count(freeLarge);
  return n;
}

// --- mcentral -------------------------------------------------------------------------

mspan* mcentral::cacheSpan() {
  // At most this many unswept spans are swept looking for space before a new span is
  // taken instead (Go's spanBudget), so an allocation never sweeps a long run of full ones.
  int budget = 100;
  for (;;) {
    mspan* s;
    {
      std::lock_guard<std::mutex> g(lock);
      if (!partial.empty()) {
        s = partial.first;
        partial.remove(s);
        return s;
      }
      if (budget-- == 0 || (s = takeUnswept()) == nullptr) break;
    }
    if (!sweepSpan(s)) continue;  // it was empty: back in the heap
    if (s->allocCount < s->nelems) return s;
    std::lock_guard<std::mutex> g(lock);
    full.insert(s);
  }
  return grow();
}

void mcentral::uncacheSpan(mspan* s) {
  std::lock_guard<std::mutex> g(lock);
  if (s->allocCount == s->nelems) full.insert(s);
  else partial.insert(s);
}

mspan* mcentral::grow() {
  uint8_t sizeclass = spanclass.sizeclass();
  reclaim(classToAllocNPages[sizeclass]);
  return mheap_.alloc(classToAllocNPages[sizeclass], spanclass);
}

// --- finding objects ------------------------------------------------------------------

uintptr_t findObject(const void* p, mspan** span, uintptr_t* objIndex) {
  mspan* s = spanOf(p);
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (s == nullptr || s->loadState() != mSpanState::InUse || a < s->startAddr || a >= s->limit) {
    return 0;
  }
  uintptr_t idx = s->objIndex(a);
  if (span != nullptr) *span = s;
  if (objIndex != nullptr) *objIndex = idx;
  return s->startAddr + idx * s->elemsize;
}

MemStatsSnapshot readMemStats() {
  MemStatsSnapshot m{};
  for (int i = 1; i < numSizeClasses; i++) {
    int64_t n = heapStats.smallAllocCount[i].load(std::memory_order_relaxed);
    m.mallocs += uint64_t(n);
    m.totalAlloc += uint64_t(n) * classToSize[i];
  }
  m.mallocs += uint64_t(heapStats.largeAllocCount.load(std::memory_order_relaxed));
  m.mallocs += uint64_t(heapStats.tinyAllocCount.load(std::memory_order_relaxed));
  m.totalAlloc += uint64_t(heapStats.largeAlloc.load(std::memory_order_relaxed));
  m.mspanSys = sysStats[int(SysStat::MSpan)].load(std::memory_order_relaxed);
  m.mcacheSys = sysStats[int(SysStat::MCache)].load(std::memory_order_relaxed);
  m.mcacheInuse = uint64_t(mcachesInUse()) * sizeof(mcache);
  m.gcSys = sysStats[int(SysStat::GC)].load(std::memory_order_relaxed);
  m.otherSys = sysStats[int(SysStat::Other)].load(std::memory_order_relaxed);
  std::lock_guard<std::mutex> g(mheap_.lock);
  m.heapSys = mheap_.heapSys;
  m.heapInuse = mheap_.pagesInUse * pageSize;
  m.mspanInuse = uint64_t(mheap_.nallspans - mheap_.spanFreeCount) * sizeof(mspan);
  return m;
}

}  // namespace golite::runtime
