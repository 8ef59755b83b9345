// A goroutine's frame-object stack: the memory where its frames keep the variables and
// allocations escape analysis proved cannot outlive them (Go's stack objects).
//
// The register stack (Thread::stack) cannot hold them: it moves when it grows, and its
// words are untyped, so a pointer into it could not be adjusted. Frame objects live
// instead in chunks of non-moving memory from the runtime (runtime/stackobj.cpp), taken
// the first time a frame needs them (a goroutine that never does costs nothing) and kept
// in stack order in Thread::fobjChunks:
//
//   chunk 0 (2 KB)           chunk 1 (8 KB)
//   [ main | f | g ....gap ] [ h (did not fit in chunk 0) | top -> ...free... ]
//
// The compiler gives each frame-storage site of a function a fixed offset in that
// function's area (Proto::fobjBytes, at most kMaxFrameObjBytes; a site run again in a loop
// reuses its slot: escape analysis applies Go's loop-depth rule, so nothing from an earlier
// iteration still points there). Thread::pushFrame, the one place Go frames are pushed,
// reserves a callee's area right above the caller's top (in the same chunk when it fits,
// else at the start of the next one), zeroes it and records it in CallInfo::fobj; FRAMENEW
// zeroes one object again and yields its address. The top is derived from the innermost
// frame (Thread::fobjTop), so every path that drops frames (return, a recovered panic
// resuming its frame, Goexit and goroutine exit, the unwinding of a native's callback)
// gives the memory back with the frames themselves. Deferred calls run while the frame
// that deferred them is still pushed (RUNDEFERS, gopanicUnwind), so a deferred closure or
// argument in frame storage stays valid while it runs.
//
// The collector scans each frame's area with that frame's registers (vm/roots.cpp), by
// the area's pointer map (Proto::fobjPtrs); frame-object memory is not heap (its writes
// need no barrier: a stack is scanned once, in its snapshot state, before its goroutine
// runs again), and no heap object may point into it (GODEBUG=stackobjcheck=1).
#include <cstring>

#include "vm/thread.h"

namespace golite::vm {

namespace {

// The chunk the next chunk after one of `prev` bytes should have, for an area of `bytes`.
size_t nextChunkBytes(size_t prev, size_t bytes) {
  size_t n = prev == 0 ? size_t(2) << 10 : std::min(prev * 4, runtime::kFrameChunkMax);
  return std::max(n, bytes);
}

}  // namespace

uint8_t* Thread::fobjReserve(uint8_t* top, size_t bytes) {
  auto t = reinterpret_cast<uintptr_t>(top);
  // The chunk the top is in (none while no frame holds any area yet).
  size_t next = 0;
  if (top != nullptr) {
    // Frames above the top are gone, so the top's chunk is at or below the one the last
    // area was reserved in (fobjHint): search down from there.
    size_t k = fobjHint < fobjChunks.size() ? fobjHint : fobjChunks.size() - 1;
    while (!(fobjChunks[k].lo <= t && t <= fobjChunks[k].hi)) {
      if (k == 0) runtime::throwf("frame-object stack: top outside every chunk");
      k--;
    }
    if (t + bytes <= fobjChunks[k].hi) {
      fobjHint = k;
      std::memset(top, 0, bytes);
      return top;
    }
    next = k + 1;
  }
  // The start of the next chunk; one too small for this area is handed back.
  while (next < fobjChunks.size() && fobjChunks[next].hi - fobjChunks[next].lo < bytes) {
    fobjChunkBytes -= fobjChunks[next].hi - fobjChunks[next].lo;
    runtime::frameChunkFree(fobjChunks[next]);
    fobjChunks.erase(fobjChunks.begin() + ptrdiff_t(next));
  }
  if (next == fobjChunks.size()) {
    size_t prev = next == 0 ? 0 : fobjChunks[next - 1].hi - fobjChunks[next - 1].lo;
    runtime::FrameChunk c = runtime::frameChunkAlloc(nextChunkBytes(prev, bytes));
    fobjChunkBytes += c.hi - c.lo;
    fobjChunks.push_back(c);
    if (fobjChunkBytes > maxStackBytes) stackOverflow(this);
  }
  fobjHint = next;
  auto* area = reinterpret_cast<uint8_t*>(fobjChunks[next].lo);
  std::memset(area, 0, bytes);
  return area;
}

void Thread::fobjTrim() {
  if (fobjChunks.empty()) return;
  auto t = reinterpret_cast<uintptr_t>(fobjTop());
  size_t keep = 1;  // the chunk the top is in, and one more
  for (size_t k = 0; k < fobjChunks.size(); k++)
    if (t != 0 && fobjChunks[k].lo <= t && t <= fobjChunks[k].hi) keep = k + 2;
  while (fobjChunks.size() > keep) {
    fobjChunkBytes -= fobjChunks.back().hi - fobjChunks.back().lo;
    runtime::frameChunkFree(fobjChunks.back());
    fobjChunks.pop_back();
  }
  if (fobjHint >= fobjChunks.size()) fobjHint = fobjChunks.size() - 1;
}

Thread::~Thread() {
  for (const runtime::FrameChunk& c : fobjChunks) runtime::frameChunkFree(c);
}

}  // namespace golite::vm
