// mallocgc: every Go heap object is allocated here (Go's runtime/malloc.go).
//
// Three paths, as in Go:
//   tiny   pointer-free objects under 16 bytes share 16-byte blocks (strings' bytes, small
//          boxed scalars): c.tiny is the current block, c.tinyoffset its used prefix. A
//          block is freed only when all objects in it are dead, which is why only
//          pointer-free objects may share one.
//   small  up to 32 KB: rounded up to a size class, taken from the mcache's span of that
//          class (spanClass also says noscan) with no lock; refill on a full span.
//   large  over 32 KB: a span of its own straight from mheap.
//
// Memory is zeroed only when asked (needzero) and only when the span's memory might not be
// zero (span.needzero): fresh mappings and pages returned to the OS are zero; a span the
// sweeper freed objects in is not.
//
// The collector (mgc.cpp) frees what it does not reach; it scans each object from the type
// recorded here for scan spans (mheap.h). mallocgc never collects itself: past the heap
// goal, the allocator's slow paths (gcAllocated) ask the goroutine to collect at its next
// safepoint.
#include "runtime/malloc.h"
#include "runtime/mprof.h"

#include <bit>
#include <cstring>

#include "runtime/mheap.h"
#include "runtime/panic.h"

namespace golite::runtime {

alignas(16) uintptr_t zerobase[2];
bool gcBlackenEnabled = false;

namespace {

// The running thread's cache. A POD thread_local with a constant initializer: access is a
// plain %fs-relative load, no initialisation guard.
thread_local mcache* tlsMcache = nullptr;

[[gnu::noinline]] mcache* initThreadMCache() {
  tlsMcache = allocmcache();
  return tlsMcache;
}

inline uintptr_t alignUp(uintptr_t n, uintptr_t a) { return (n + a - 1) & ~(a - 1); }

// A free slot of s without leaving the cached 64 bits of allocCache, or s->nelems.
// (Go's nextFreeFast.)
inline uintptr_t nextFreeFast(mspan* s) {
  uint64_t cache = s->allocCache;
  if (cache != 0) {
    int theBit = std::countr_zero(cache);
    uintptr_t result = s->freeindex + uintptr_t(theBit);
    if (result < s->nelems) {
      uintptr_t freeidx = result + 1;
      if (freeidx % 64 == 0 && freeidx != s->nelems) return s->nelems;
      s->allocCache = (cache >> theBit) >> 1;  // theBit + 1 may be 64
      s->storeFreeindex(freeidx);
      s->allocCount++;
      return result;
    }
  }
  return s->nelems;
}

// Allocate black: while the collector marks, a new object is marked at once, so the cycle
// in progress does not free it (its contents need no scan: they are zero, or values the
// program had, which the write barrier and the stack scan account for).
// The bytes count as marked (the live heap the next goal is computed from).
[[gnu::noinline]] void markNew(mcache* c, mspan* span, uintptr_t idx) {
  if (span->tryMark(idx)) c->markedAlloc += span->elemsize;
}

// --- the heap bitmap (mheap.h) ----------------------------------------------------------

inline uint64_t lowMask(uintptr_t n) { return n >= 64 ? ~uint64_t(0) : (uint64_t(1) << n) - 1; }

// Relaxed atomics: one thread writes a span's bits (its mcache's), markers read them.
inline void storeBits(uint64_t* p, uint64_t v) { __atomic_store_n(p, v, __ATOMIC_RELAXED); }
inline uint64_t loadBits(const uint64_t* p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }

// Sets bits [w, w + n) of the bitmap to the low n bits of v (n <= 64).
inline void writeBits(uint64_t* bits, uintptr_t w, uintptr_t n, uint64_t v) {
  uint64_t* p = bits + w / 64;
  uintptr_t off = w % 64;
  if (off + n <= 64) {
    uint64_t m = lowMask(n) << off;
    storeBits(p, (loadBits(p) & ~m) | ((v << off) & m));
    return;
  }
  uintptr_t lo = 64 - off;
  storeBits(p, (loadBits(p) & lowMask(off)) | (v << off));
  storeBits(p + 1, (loadBits(p + 1) & ~lowMask(n - lo)) | ((v >> lo) & lowMask(n - lo)));
}

// Writes the bits of the slot idx of small scan span s for an object of type typ: the
// type's pointer words, for each whole element the slot holds, or every word when the
// type has no usable pointer map.
// A single object of the type (size == typ->size) records its slot's pattern in the type
// (when the slot has at most 64 words), which the next allocations write at once
// (heapSetTypeFast).
[[gnu::noinline]] void heapSetType(mspan* s, uintptr_t idx, const Type* typ, size_t size) {
  uintptr_t nw = s->elemsize / 8;
  uintptr_t pw = typ->ptrdata / 8;
  bool conservative = typ->size == 0 || typ->size % 8 != 0 || typ->gcdata.size() * 8 < pw;
  uintptr_t tw = conservative ? 1 : typ->size / 8;
  uint64_t v = 0;
  for (uintptr_t k = 0; k < nw; k += 64) {
    uintptr_t n = std::min<uintptr_t>(64, nw - k);
    v = 0;
    for (uintptr_t j = 0; j < n; j++) {
      uintptr_t w = k + j, i = w % tw;
      bool ptr = conservative ||
                 (w / tw < nw / tw && i < pw && (typ->gcdata[i / 8] >> (i % 8) & 1));
      v |= uint64_t(ptr) << j;
    }
    writeBits(s->ptrbits, idx * nw + k, n, v);
  }
  if (size == typ->size && nw <= 64) {
    __atomic_store_n(&typ->heapBitsPattern, v, __ATOMIC_RELAXED);
    __atomic_store_n(&typ->heapBitsWords, uint32_t(nw), __ATOMIC_RELEASE);
  }
}

inline void heapSetTypeFast(mspan* s, uintptr_t idx, const Type* typ, size_t size) {
  if (size == typ->size) {
    uint32_t nw = __atomic_load_n(&typ->heapBitsWords, __ATOMIC_ACQUIRE);
    if (nw != 0) {
      writeBits(s->ptrbits, idx * nw, nw, __atomic_load_n(&typ->heapBitsPattern, __ATOMIC_RELAXED));
      return;
    }
  }
  heapSetType(s, idx, typ, size);
}

// The slow paths, out of line so that the fast path needs no saved registers.

// A small object when the cached span has no free slot in its allocCache window.
[[gnu::noinline]] void* mallocSmallSlow(mcache* c, spanClass spc, const Type* typ, size_t size, bool needzero) {
  mspan* span;
  uintptr_t idx = c->nextFree(spc, &span);
  if (gcBlackenEnabled) markNew(c, span, idx);
  void* x = reinterpret_cast<void*>(span->base() + idx * span->elemsize);
  if (needzero && span->needzero) std::memset(x, 0, span->elemsize);
  if (!spc.noscan()) heapSetTypeFast(span, idx, typ, size);
  return x;
}

// Clears a small object in reused memory (out of line: the fast path makes no calls).
[[gnu::noinline]] void* zeroSmall(mspan* span, uintptr_t idx, void* x, const Type* typ, size_t size) {
  std::memset(x, 0, span->elemsize);
  if (!span->spanclass.noscan()) heapSetTypeFast(span, idx, typ, size);
  return x;
}

// A tiny object that does not fit in the current block: a new 16-byte block.
[[gnu::noinline]] void* mallocTinySlow(mcache* c, size_t size) {
  mspan* span = c->alloc[tinySpanClass.v];
  uintptr_t idx = nextFreeFast(span);
  if (idx == span->nelems) idx = c->nextFree(tinySpanClass, &span);
  if (gcBlackenEnabled) markNew(c, span, idx);
  uintptr_t x = span->base() + idx * maxTinySize;
  auto* w = reinterpret_cast<uint64_t*>(x);
  w[0] = 0;
  w[1] = 0;
  // Keep whichever block has more room left.
  if (size < c->tinyoffset || c->tiny == 0) {
    c->tiny = x;
    c->tinyoffset = size;
  }
  return reinterpret_cast<void*>(x);
}

// Zero-sized, large, and first-on-this-thread allocations.
[[gnu::noinline]] void* mallocgcSlow(size_t size, const Type* typ, bool needzero) {
  if (size == 0) return zerobase;
  mcache* c = getMCache();
  if (size <= maxSmallSize) return mallocgc(size, typ, needzero);
  const bool noscan = typ == nullptr || typ->ptrdata == 0;
  mspan* span = c->allocLarge(size, noscan);
  span->storeFreeindex(1);
  span->allocCount = 1;
  if (gcBlackenEnabled) markNew(c, span, 0);
  span->largeType = noscan ? nullptr : typ;
  void* x = reinterpret_cast<void*>(span->base());
  if (needzero && span->needzero) std::memset(x, 0, span->elemsize);
  return x;
}

}  // namespace

mcache* getMCache() {
  mcache* c = tlsMcache;
  return c != nullptr ? c : initThreadMCache();
}

void setMCache(mcache* c) { tlsMcache = c; }

mcache* swapMCache(mcache* c) {
  mcache* old = tlsMcache;
  tlsMcache = c;
  return old;
}

namespace {
[[gnu::always_inline]] inline void* mallocgcNoProfile(size_t size, const Type* typ, bool needzero) {
  mcache* c = tlsMcache;
  // size - 1 wraps for 0: zero-sized and large objects both take the slow path.
  if (size - 1 >= maxSmallSize || c == nullptr) [[unlikely]] return mallocgcSlow(size, typ, needzero);
  const bool noscan = typ == nullptr || typ->ptrdata == 0;

  if (noscan && size < maxTinySize) {
    // Tiny allocator: align within the block as the size suggests.
    uintptr_t off = c->tinyoffset;
    if ((size & 7) == 0) off = alignUp(off, 8);
    else if ((size & 3) == 0) off = alignUp(off, 4);
    else if ((size & 1) == 0) off = alignUp(off, 2);
    if (off + size <= maxTinySize && c->tiny != 0) {
      c->tinyoffset = off + size;
      c->tinyAllocs++;
      return reinterpret_cast<void*>(c->tiny + off);
    }
    return mallocTinySlow(c, size);
  }

  spanClass spc = spanClass::make(sizeToClass(size), noscan);
  mspan* span = c->alloc[spc.v];
  uintptr_t idx = nextFreeFast(span);
  if (idx == span->nelems) [[unlikely]] return mallocSmallSlow(c, spc, typ, size, needzero);
  if (gcBlackenEnabled) [[unlikely]] markNew(c, span, idx);
  void* x = reinterpret_cast<void*>(span->base() + idx * span->elemsize);
  if (needzero && span->needzero) [[unlikely]] return zeroSmall(span, idx, x, typ, size);
  if (!noscan) heapSetTypeFast(span, idx, typ, size);
  return x;
}
}  // namespace

void* mallocgc(size_t size, const Type* typ, bool needzero) {
  void* x = mallocgcNoProfile(size, typ, needzero);
  // The heap profile's sampling (mprof.cpp), as Go's mallocgc: count down the cache's
  // bytes to the next sample.
  if (int64_t rate = *memProfileRate; rate > 0) [[likely]] {
    mcache* c = tlsMcache;
    if (c != nullptr) [[likely]] {
      if (rate != 1 && int64_t(size) < c->nextSample) c->nextSample -= int64_t(size);
      // As Go's: a tiny allocation inside a block already started is not sampled.
      else if (size != 0 && !(size < maxTinySize && (typ == nullptr || typ->ptrdata == 0) && uintptr_t(x) != c->tiny))
        profileAlloc(c, x, size);
    }
  }
  return x;
}

void* newarray(const Type* typ, int64_t n) {
  if (n == 1) return mallocgc(typ->size, typ, true);
  unsigned __int128 mem = static_cast<unsigned __int128>(typ->size) * static_cast<uint64_t>(n);
  if (n < 0 || mem > maxAlloc) panicPlain("runtime: allocation size out of range");
  return mallocgc(size_t(mem), typ, true);
}

size_t roundupsize(size_t size) {
  if (size < maxSmallSize) return classToSize[sizeToClass(size)];
  if (size + pageSize < size) return size;
  return alignUp(size, pageSize);
}

}  // namespace golite::runtime
