// Slices: make, append's growth and copy (Go's runtime/slice.go).
//
// growslice follows Go 1.19 exactly, because cap() after append is visible to programs:
// the new capacity is computed in elements, converted to bytes, rounded up to a malloc size
// class (roundupsize), and converted back.
#include "runtime/slice.h"

#include <bit>
#include <cstring>

#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/mheap.h"
#include "runtime/panic.h"

namespace golite::runtime {

namespace {

// a * b, and whether it overflowed or exceeded maxAlloc.
inline bool mulOverflows(uint64_t a, uint64_t b, uint64_t* out) {
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  *out = uint64_t(r);
  return (r >> 64) != 0;
}

}  // namespace

GoSlice makeslice(const Type* et, int64_t len, int64_t cap) {
  uint64_t mem;
  bool overflow = mulOverflows(et->size, uint64_t(cap), &mem);
  if (overflow || mem > maxAlloc || len < 0 || len > cap) {
    // The len error takes precedence: make([]T, -1) must not say "cap".
    uint64_t lmem;
    bool loverflow = mulOverflows(et->size, uint64_t(len), &lmem);
    if (loverflow || lmem > maxAlloc || len < 0) panicRuntime("makeslice: len out of range");
    panicRuntime("makeslice: cap out of range");
  }
  return GoSlice{mallocgc(mem, et, true), len, cap};
}

GoSlice growslice(const Type* et, GoSlice old, int64_t newLen) {
  const int64_t cap = newLen;  // Go's name for the needed capacity
  if (cap < old.cap) panicRuntime("growslice: cap out of range");
  if (et->size == 0) {
    // append must not make a nil slice with non-zero length.
    return GoSlice{zerobase, newLen, cap};
  }

  int64_t newcap = old.cap;
  int64_t doublecap = newcap + newcap;
  if (cap > doublecap) {
    newcap = cap;
  } else {
    constexpr int64_t threshold = 256;
    if (old.cap < threshold) {
      newcap = doublecap;
    } else {
      // From 2x for small slices to 1.25x for large ones, smoothly. 0 < newcap detects
      // overflow and stops the loop.
      while (0 < newcap && newcap < cap) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = cap;
    }
  }

  bool overflow;
  uint64_t lenmem, newlenmem, capmem;
  const uint64_t size = et->size;
  if (size == 1) {
    lenmem = uint64_t(old.len);
    newlenmem = uint64_t(cap);
    capmem = roundupsize(uint64_t(newcap));
    overflow = uint64_t(newcap) > maxAlloc;
    newcap = int64_t(capmem);
  } else if (std::has_single_bit(size)) {
    int shift = std::countr_zero(size);
    lenmem = uint64_t(old.len) << shift;
    newlenmem = uint64_t(cap) << shift;
    capmem = roundupsize(uint64_t(newcap) << shift);
    overflow = uint64_t(newcap) > (maxAlloc >> shift);
    newcap = int64_t(capmem >> shift);
  } else {
    lenmem = uint64_t(old.len) * size;
    newlenmem = uint64_t(cap) * size;
    overflow = mulOverflows(size, uint64_t(newcap), &capmem);
    capmem = roundupsize(capmem);
    newcap = int64_t(capmem / size);
  }
  if (overflow || capmem > maxAlloc) panicRuntime("growslice: cap out of range");

  void* p;
  if (et->ptrdata == 0) {
    p = mallocgc(capmem, nullptr, false);
    // [old.len, newLen) is about to be overwritten by append; clear only the rest.
    std::memset(static_cast<char*>(p) + newlenmem, 0, capmem - newlenmem);
  } else {
    p = mallocgc(capmem, et, true);
  }
  if (lenmem > 0) std::memmove(p, old.ptr, lenmem);
  return GoSlice{p, newLen, newcap};
}

int64_t slicecopy(void* toPtr, int64_t toLen, const void* fromPtr, int64_t fromLen, size_t width) {
  if (fromLen == 0 || toLen == 0) return 0;
  int64_t n = fromLen < toLen ? fromLen : toLen;
  if (width == 0) return n;
  size_t size = size_t(n) * width;
  if (size == 1) {
    *static_cast<uint8_t*>(toPtr) = *static_cast<const uint8_t*>(fromPtr);  // common: copy one byte
  } else {
    heapMove(toPtr, fromPtr, size);
  }
  return n;
}

}  // namespace golite::runtime
