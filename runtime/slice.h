// Slices: make, append's growth and copy (Go's runtime/slice.go).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/type.h"
#include "runtime/value.h"

namespace golite::runtime {

// make([]T, len, cap) with T = et: a zeroed backing array. Panics as Go:
// `runtime error: makeslice: len out of range` when len < 0 or too big,
// `runtime error: makeslice: cap out of range` when cap < len or too big.
GoSlice makeslice(const Type* et, int64_t len, int64_t cap);

// Grows old (of element type et) for append so that it holds newLen elements
// (newLen > old.cap). Returns a slice with len newLen and Go 1.19's capacity: double below
// 256 elements, then grow by (cap + 768) / 4 until big enough, then round the byte size up
// to the allocator's size class. The elements [0, old.len) are copied; [old.len, newLen)
// hold garbage for pointer-free types (the caller stores the appended values there) and
// zero otherwise; the rest is zero. Panics `runtime error: growslice: cap out of range`.
GoSlice growslice(const Type* et, GoSlice old, int64_t newLen);

// copy(to, from) for slices of elements width bytes wide: min(toLen, fromLen) elements,
// overlapping memory allowed. Returns the number copied.
int64_t slicecopy(void* toPtr, int64_t toLen, const void* fromPtr, int64_t fromLen, size_t width);

}  // namespace golite::runtime
