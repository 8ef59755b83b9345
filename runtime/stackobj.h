// Frame-object memory: where values that escape analysis keeps in their function's frame
// live (runtime/stackobj.cpp explains the design).
#pragma once

#include <cstddef>
#include <cstdint>

namespace golite::runtime {

// A piece of a goroutine's frame-object stack: [lo, hi), never moved.
struct FrameChunk {
  uintptr_t lo = 0;
  uintptr_t hi = 0;
};

// The largest chunk: a function whose frame objects would take more keeps the rest in
// the heap (the compiler's limit, vm::kMaxFrameObjBytes, is half of it).
inline constexpr size_t kFrameChunkMax = size_t(128) << 10;

// A chunk of at least `bytes` (<= kFrameChunkMax) bytes, rounded up to the chunk size
// classes (2, 8, 32, 128 KB). Its contents are undefined (the VM zeroes what it uses).
FrameChunk frameChunkAlloc(size_t bytes);
// Hands a chunk back for reuse by any goroutine.
void frameChunkFree(FrameChunk c);
// Whether p points into frame-object memory (any goroutine's, in use or not).
bool inFrameObjects(uintptr_t p);

// GODEBUG=stackobjcheck=1: the marker dies if a heap object or global holds a pointer
// into frame-object memory (mgc.cpp, scanObject).
extern bool stackObjCheck;

}  // namespace golite::runtime
