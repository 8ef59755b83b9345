// The page heap, spans, central lists and per-P caches behind mallocgc.
//
// Mirrors Go's runtime/mheap.go, mcentral.go, mcache.go and mbitmap.go (the parts that say
// where objects are). The structure, from the bottom up:
//
//   arena    64 MB of address space mapped at once (mmap MAP_NORESERVE), starting at Go's
//            hint 0xc000000000 so that heap pointers look like Go's. Each arena has a
//            heapArena record mapping each of its 8192 pages to the span that owns it.
//   mspan    a run of 8 KB pages: either one large object, or objects of one size class
//            (spanClass = size class << 1 | noscan). A span knows its element size and
//            count, an allocation bitmap (allocBits, 1 = allocated as of the last sweep)
//            and freeindex: every slot below freeindex is allocated; above it, allocBits
//            says which are free. allocCache holds the inverted allocBits from freeindex on,
//            so finding the next free slot is one count-trailing-zeros.
//   mcentral one per span class, with a lock: spans with free slots (partial) and full ones.
//   mcache   one per P (for now one per thread, see setMCache): a span of each class to
//            allocate from without a lock, plus the tiny allocator's current 16-byte block.
//   mheap    one, with a lock: the arenas, free page runs, and the mcentrals.
//
// Invariants:
//   - Every page of an in-use or free span maps (heapArena::spans) to that span; pages not
//     yet handed out map to nullptr. So spanOf(p) is two loads for any address.
//   - A span's needzero is 0 only while its memory is known to be zero (fresh from mmap).
//   - The collector (mgc.cpp) frees objects by sweeping: a span's mark bits become its
//     alloc bits, and a span with no object left goes back to the heap (freeSpan).
//   - While the collector marks (gcBlackenEnabled), every object allocated is marked at
//     once (allocate black: mallocgc), so nothing allocated during a cycle is freed by it.
//   - A span's mark bits are clear whenever no cycle is marking: mheap::alloc clears them
//     for a new span, and the sweeper clears them after turning them into alloc bits.
//
// Pointer layout: a small scan span (one whose objects hold pointers) has a heap bitmap,
// one bit per 8-byte word of the span (ptrbits: 1 = the word may hold a pointer), which
// mallocgc writes for each object from its type: the type's pointer words, repeated for
// as many whole elements as the slot holds (mallocgc's size may be a multiple of the
// type's size, an array of it, and append's slack is capacity), all words for a type
// without a pointer map (scanned conservatively). 1/64 of the span, where a Type* per
// object cost half of a 16-byte object. A large span keeps its object's type (largeType).
// The collector scans an object by these bits (mgc.cpp scanObject).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>

#include "runtime/sizeclasses.h"
#include "runtime/type.h"

namespace golite::runtime {

constexpr size_t logHeapArenaBytes = 26;
constexpr size_t heapArenaBytes = size_t(1) << logHeapArenaBytes;  // 64 MB
constexpr size_t pagesPerArena = heapArenaBytes / pageSize;        // 8192
constexpr size_t heapAddrBits = 48;
constexpr size_t arenaIndexCount = size_t(1) << (heapAddrBits - logHeapArenaBytes);
// The largest allocation mallocgc can ever satisfy (Go's maxAlloc on 64-bit Linux).
constexpr uintptr_t maxAlloc = uintptr_t(1) << heapAddrBits;
constexpr size_t maxTinySize = 16;
constexpr uint8_t tinySizeClass = 2;
constexpr int numSpanClasses = numSizeClasses << 1;
// Free page runs shorter than this many pages are kept in exact-size lists.
constexpr size_t maxMHeapList = 128;

// A size class and whether its objects hold no pointers (noscan), in one byte.
struct spanClass {
  uint8_t v;
  static constexpr spanClass make(uint8_t sizeclass, bool noscan) {
    return spanClass{uint8_t(sizeclass << 1 | uint8_t(noscan))};
  }
  uint8_t sizeclass() const { return v >> 1; }
  bool noscan() const { return v & 1; }
};
constexpr spanClass tinySpanClass = spanClass::make(tinySizeClass, true);

enum class mSpanState : uint8_t { Dead, InUse, Free };

struct mspan {
  mspan* next = nullptr;  // in an mSpanList (mcentral partial/full, mheap free lists)
  mspan* prev = nullptr;
  uintptr_t startAddr = 0;
  uintptr_t npages = 0;
  uintptr_t freeindex = 0;  // slots below are allocated; search for free ones from here
  uintptr_t nelems = 0;     // number of objects in the span
  uint64_t allocCache = 0;  // ~allocBits from freeindex on (bit 0 = slot freeindex)
  uint8_t* allocBits = nullptr;
  uintptr_t elemsize = 0;
  uintptr_t limit = 0;      // end of the last object
  uint32_t divMul = 0;      // (offset * divMul) >> 32 == offset / elemsize
  uint32_t allocCount = 0;  // allocated objects
  spanClass spanclass{0};
  mSpanState state = mSpanState::Dead;
  uint8_t needzero = 0;     // memory must be zeroed before use
  uint8_t scavenged = 0;    // free span whose pages were returned to the OS (scavengeAll)
  uint8_t profiled = 0;     // holds objects the heap profile sampled (mprof.cpp)
  uint64_t* ptrbits = nullptr;      // small scan spans: the heap bitmap, a bit per word
  const Type* largeType = nullptr;  // large spans: the object's type
  // allocBits points here. A span holds at most pageSize/8 = 1024 objects (class 1).
  uint64_t allocBitsStorage[pageSize / 8 / 64] = {};
  // The collector's mark bits (1 = reached in this cycle), one per object.
  uint64_t gcmarkBits[pageSize / 8 / 64] = {};

  uintptr_t base() const { return startAddr; }
  // The index of the object containing address p (p inside the span).
  uintptr_t objIndex(uintptr_t p) const {
    return uintptr_t((uint64_t(p - startAddr) * divMul) >> 32);
  }
  // freeindex is written by the allocating thread and read by the markers (isFree) while
  // the program runs: relaxed atomics, plain moves on x86. A stale value only makes a
  // slot allocated since look free, and such objects are allocated black.
  uintptr_t loadFreeindex() const { return __atomic_load_n(&freeindex, __ATOMIC_RELAXED); }
  void storeFreeindex(uintptr_t v) { __atomic_store_n(&freeindex, v, __ATOMIC_RELAXED); }
  // The state publishes the span to the collector, which finds spans from arbitrary words
  // while the program runs (conservative scanning): a span becomes InUse (release) only
  // after its layout is written, and readers that see InUse (acquire) see the layout.
  mSpanState loadState() const { return std::atomic_ref<const mSpanState>(state).load(std::memory_order_acquire); }
  void setState(mSpanState v) { std::atomic_ref<mSpanState>(state).store(v, std::memory_order_release); }
  bool isFree(uintptr_t index) const {
    if (index < loadFreeindex()) return false;
    return (allocBits[index / 8] & (1u << (index % 8))) == 0;
  }
  bool isMarked(uintptr_t index) const {
    return (__atomic_load_n(&gcmarkBits[index / 64], __ATOMIC_RELAXED) >> (index % 64)) & 1;
  }
  // Sets the mark bit; true if it was clear. Atomic: the mark workers, the write barrier
  // and allocation mark concurrently (mgc.cpp).
  bool tryMark(uintptr_t index) {
    uint64_t bit = uint64_t(1) << (index % 64);
    if (__atomic_load_n(&gcmarkBits[index / 64], __ATOMIC_RELAXED) & bit) return false;
    return (__atomic_fetch_or(&gcmarkBits[index / 64], bit, __ATOMIC_RELAXED) & bit) == 0;
  }
  void setMarked(uintptr_t index) { tryMark(index); }
  // The type of a large span's object (nullptr for small spans: they keep bits only).
  const Type* objectType(uintptr_t) const {
    return spanclass.noscan() || spanclass.sizeclass() != 0 ? nullptr : largeType;
  }
  // Whether the word at address a (in a small scan span) may hold a pointer. Relaxed
  // loads: the allocating thread writes bits of neighbouring objects in the same word
  // while the markers read them.
  bool ptrBit(uintptr_t a) const {
    uintptr_t w = (a - startAddr) >> 3;
    return (__atomic_load_n(&ptrbits[w / 64], __ATOMIC_RELAXED) >> (w % 64)) & 1;
  }
  // Loads allocCache from allocBits starting at byte whichByte (a multiple of 8).
  void refillAllocCache(uintptr_t whichByte);
  // The index of the next free slot at or after freeindex (nelems if none); advances
  // freeindex past it.
  uintptr_t nextFreeIndex();
};

// A doubly linked list of spans.
struct mSpanList {
  mspan* first = nullptr;
  mspan* last = nullptr;
  bool empty() const { return first == nullptr; }
  void insert(mspan* s);  // at the front
  void remove(mspan* s);
  void takeAll(mSpanList& other);  // appends other's spans, leaving it empty
};

// The per-class central list. Spans move between mcaches and here.
struct alignas(64) mcentral {
  std::mutex lock;
  spanClass spanclass{0};
  mSpanList partial;  // swept spans with free slots, not cached by any mcache
  mSpanList full;     // swept spans with no free slots, not cached
  mSpanList unswept;  // spans the sweeper has not reached since the last mark (mgc.cpp)
  // Unswept spans that reclaim found holding marked objects (so sweeping them frees no
  // pages): swept after the others, never looked at again by reclaim.
  mSpanList unsweptLive;
  // Takes an unswept span off its list (lock held), or null.
  mspan* takeUnswept() {
    mSpanList& l = unswept.empty() ? unsweptLive : unswept;
    mspan* s = l.first;
    if (s != nullptr) l.remove(s);
    return s;
  }

  // A span with at least one free slot, for an mcache: a swept one, else one it sweeps
  // (lazy sweeping, as Go's), else a new one. Never null (dies when out of memory).
  mspan* cacheSpan();
  // Returns a span from an mcache.
  void uncacheSpan(mspan* s);

 private:
  mspan* grow();
};

// A per-P (for now per-thread) cache: allocation without locks.
struct mcache {
  mspan* alloc[numSpanClasses];  // the span to allocate from, per span class
  // The tiny allocator: the current 16-byte block and the offset of its free part.
  uintptr_t tiny = 0;
  uintptr_t tinyoffset = 0;
  uint64_t tinyAllocs = 0;  // tiny allocations not yet counted in heapStats

  uint64_t markedAlloc = 0;  // bytes allocated black while the collector marked (mgc.cpp)
  // The heap profile (mprof.cpp): bytes left before the next sampled allocation, and the
  // random state that draws the next count.
  int64_t nextSample = 0;
  uint64_t sampleRng = 0;

  mcache();
  // Slow path of mallocgc: a free slot in the span for spc, refilling it from mcentral if
  // it is full. Returns the slot index; *span is the span it is in.
  uintptr_t nextFree(spanClass spc, mspan** span);
  // Replaces the (full) span for spc with one with free slots.
  void refill(spanClass spc);
  // A span of its own for one large object.
  mspan* allocLarge(size_t size, bool noscan);
  // Returns every cached span to its mcentral (when a P is destroyed, or before a GC).
  void releaseAll();
};

// Metadata of one 64 MB arena.
struct heapArena {
  mspan* spans[pagesPerArena];  // the span owning each page (nullptr: not handed out)
};

struct mheap {
  std::mutex lock;
  heapArena** arenas = nullptr;  // arenaIndexCount entries, indexed by address >> 26
  uintptr_t curArenaBase = 0;    // the unused rest of the newest mapping
  uintptr_t curArenaEnd = 0;
  uintptr_t arenaHint = 0;       // where to map the next arena
  uintptr_t arenaMin = 0;        // every heap address is in [arenaMin, arenaMax)
  uintptr_t arenaMax = 0;
  mSpanList free[maxMHeapList];  // free page runs by length (index = npages)
  mSpanList freeLarge;           // free page runs of maxMHeapList pages or more
  mSpanList largeInUse;          // spans of large objects (swept)
  mSpanList largeUnswept;        // spans of large objects not yet swept since the last mark
  mSpanList largeUnsweptLive;    // of those, the ones reclaim found marked (as mcentral's)
  // Takes an unswept large span off its list (lock held), or null.
  mspan* takeLargeUnswept() {
    mSpanList& l = largeUnswept.empty() ? largeUnsweptLive : largeUnswept;
    mspan* s = l.first;
    if (s != nullptr) l.remove(s);
    return s;
  }
  uint64_t freeNonEmpty[maxMHeapList / 64] = {};  // bit n: free[n] is not empty
  mspan* spanFreeList = nullptr; // recycled mspan structs
  size_t spanFreeCount = 0;      // how many are on spanFreeList
  // Every mspan struct ever made (they are recycled, never freed): the sweeper walks the
  // in-use ones. Appended under lock; read with the world stopped.
  mspan** allspans = nullptr;
  size_t nallspans = 0;
  size_t allspansCap = 0;
  uint64_t* ptrbitsFree[numSizeClasses] = {};  // recycled mspan.ptrbits arrays, by class
  uint64_t pagesInUse = 0;
  uint64_t freeResident = 0;     // bytes of free runs not released to the OS
  uint64_t heapSys = 0;          // bytes of address space mapped for the heap
  uint64_t memLimit = 0;         // GOLITE_MEMLIMIT, 0 = none
  bool initialized = false;
  mcentral central[numSpanClasses];

  constexpr mheap() {
    for (int i = 0; i < numSpanClasses; i++) central[i].spanclass = spanClass{uint8_t(i)};
  }

  // A span of npages pages for span class spc, its object layout initialised.
  // Dies with `fatal error: runtime: out of memory` when memory is exhausted.
  mspan* alloc(uintptr_t npages, spanClass spc);
  // Returns a span's pages to the heap (for the sweeper).
  void freeSpan(mspan* s);
  // Returns the pages of every free span to the OS (madvise DONTNEED; they read as zero
  // afterwards). debug.FreeOSMemory. Returns the bytes released by this call.
  uint64_t scavengeAll();
  // Releases free pages until in-use plus resident free bytes are at most retainGoal, at
  // most budget bytes, while keepGoing() (the background scavenger, mgc.cpp).
  uint64_t scavenge(uint64_t retainGoal, uint64_t budget, bool (*keepGoing)());
  // Bytes in in-use spans.
  uint64_t inUseBytes();
  // Bytes of heap address space not backed by memory: free spans released to the OS and
  // the never-used rest of the newest arena (Go's HeapReleased).
  uint64_t releasedBytes();

 private:
  void init();
  mspan* allocSpanLocked(uintptr_t npages);
  bool grow(uintptr_t npages);
  void setSpans(uintptr_t base, uintptr_t npages, mspan* s);
  void insertFree(mspan* s);
  void removeFree(mspan* s);
  mspan* newSpanStruct();
  void freeSpanStruct(mspan* s);
  [[noreturn]] void outOfMemory(uintptr_t bytes);
};

extern constinit mheap mheap_;

// True while the collector marks (set and cleared with the world stopped): objects are
// allocated marked (mallocgc) and the write barrier is on (mbarrier.h).
extern bool gcBlackenEnabled;

// Sweeps span s, which the caller took off every list (mgc.cpp): its unmarked objects are
// freed. Returns false when nothing was left and the span went back to the heap.
bool sweepSpan(mspan* s);
// Sweeps until npages pages went back to the heap or nothing is left to sweep (mgc.cpp):
// called before the heap hands out pages for a new span.
void reclaim(uintptr_t npages);

// The address of every zero-byte allocation (Go's zerobase).
extern uintptr_t zerobase[2];

// Allocation statistics (Go's heapStatsDelta, summed). Small slots are counted when an
// mcache takes a span (the whole rest of the span) and uncounted when it gives it back.
struct heapStatsT {
  std::atomic<int64_t> smallAllocCount[numSizeClasses] = {};
  std::atomic<int64_t> largeAlloc{0};       // bytes
  std::atomic<int64_t> largeAllocCount{0};
  std::atomic<int64_t> tinyAllocCount{0};
  // Frees, counted by the sweeper.
  std::atomic<int64_t> smallFreeCount[numSizeClasses] = {};
  std::atomic<int64_t> largeFree{0};  // bytes
  std::atomic<int64_t> largeFreeCount{0};
};
extern constinit heapStatsT heapStats;

struct MemStatsSnapshot {
  uint64_t totalAlloc;  // bytes allocated (never decreases)
  uint64_t mallocs;     // objects allocated
  uint64_t heapSys;     // bytes of heap address space mapped
  uint64_t heapInuse;   // bytes in in-use spans
  // Runtime metadata (runtime.MemStats's MSpan*, MCache*, GCSys, OtherSys).
  uint64_t mspanInuse, mspanSys, mcacheInuse, mcacheSys, gcSys, otherSys;
};
MemStatsSnapshot readMemStats();

// The span that owns address p, or nullptr if p is not in a span (not in the heap, or in
// pages not handed out). The span may be free: check s->state.
inline mspan* spanOf(const void* p) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  uintptr_t ai = a >> logHeapArenaBytes;
  heapArena** arenas = mheap_.arenas;
  if (ai >= arenaIndexCount || arenas == nullptr) return nullptr;
  // Atomic loads: the collector looks spans up while the heap grows and hands out spans.
  heapArena* ha = __atomic_load_n(&arenas[ai], __ATOMIC_ACQUIRE);
  if (ha == nullptr) return nullptr;
  return __atomic_load_n(&ha->spans[(a >> pageShift) & (pagesPerArena - 1)], __ATOMIC_RELAXED);
}

// The start of the heap object containing p (an interior pointer is fine), or 0 when p is
// not inside an object of an in-use span. *span and *objIndex, when not null, receive the
// span and the object's index in it. Does not say whether the slot is allocated: check
// span->isFree(index) (conservative scanning must).
uintptr_t findObject(const void* p, mspan** span = nullptr, uintptr_t* objIndex = nullptr);

// A byte count with an optional unit (B, KiB, MiB, GiB, TiB), as Go's GOMEMLIMIT is
// written; 0 when empty or malformed. GOLITE_MEMLIMIT and GOMEMLIMIT use it.
uint64_t parseByteSize(const char* s);

// What runtime metadata is for, as runtime.MemStats breaks it down (Go's mspan_sys,
// mcache_sys, gcMiscSys and other_sys).
enum class SysStat { MSpan, MCache, GC, Other };
// Runtime metadata memory: zeroed, 16-byte aligned, outside the Go heap, never freed
// (Go's persistentalloc); its bytes are counted under stat.
void* persistentalloc(size_t size, SysStat stat = SysStat::Other);
// Counts bytes of runtime metadata allocated elsewhere (itabs) under stat.
void addSysStat(SysStat stat, size_t bytes);

// Calls f on every mcache ever made (the collector flushes them, world stopped).
void forEachMCache(void (*f)(mcache* c));

// The cache of the running thread (later: of the P the thread holds).
mcache* getMCache();
// Makes c the cache the running thread allocates from (the scheduler calls this when an M
// acquires a P). nullptr: the thread gets a cache of its own on its next allocation.
void setMCache(mcache* c);
// Makes c the running thread's cache and returns the one it had (nullptr: none yet). A
// helper thread that works for a waiting one borrows the waiter's cache this way.
mcache* swapMCache(mcache* c);
mcache* allocmcache();
void freemcache(mcache* c);
// How many mcaches are in use (made and not freed).
size_t mcachesInUse();

}  // namespace golite::runtime
