// The write barrier (Go's runtime/mbarrier.go): the one entry every store of a pointer into
// memory the collector does not rescan goes through.
//
// The collector (mgc.cpp) marks concurrently with the program. It takes a snapshot of the
// roots with the world stopped (every goroutine's stack, the globals), then traces the heap
// while goroutines run on. A goroutine can hide an object from that trace by copying its
// only heap reference into a register and then overwriting the heap word: the trace never
// sees either. The barrier prevents it: before memory is overwritten while the collector
// marks, the pointers it holds (the old values) are shaded, that is marked and queued for
// scanning (a "deletion" or snapshot-at-the-beginning barrier, the half of Go's hybrid
// barrier that shades *slot). So every object reachable when the cycle started is marked,
// and every object allocated since is marked at allocation (mallocgc): nothing live is
// freed. New values need no shading here because every stack is scanned in the snapshot
// (Go's hybrid barrier also shades the new value while the writer's stack is not yet
// scanned; golite scans all stacks at the start, so no stack is ever grey).
//
// The rule for VM and runtime code: a store that may overwrite a pointer in Go memory (a
// heap object or a global) calls writeBarrier(dst, bytes) first, or uses heapMove /
// heapClear. Stores into memory just allocated (all zero) need none, nor do stores into a
// goroutine's VM registers (a stack is scanned once, in the snapshot; whatever a register
// receives later was reachable from the snapshot or allocated since). The destination need
// not hold pointers: the barrier looks the span up and returns at once for noscan memory,
// and otherwise treats every word as a possible pointer (conservatively, as root scanning
// does), so an untyped store is safe. GODEBUG=gccheckmark=1 re-marks the heap with the world
// stopped after each cycle and dies naming any object the concurrent mark missed: the test
// for a forgotten barrier.
//
// Cost when the collector is not marking: one load of a global and a predicted branch.
#pragma once

#include <cstddef>
#include <cstring>

namespace golite::runtime {

// On while the collector marks. Written only with the world stopped.
extern bool writeBarrierEnabled;

// Shades the pointers in [dst, dst + bytes) (mgc.cpp).
[[gnu::cold]] void writeBarrierSlow(void* dst, size_t bytes);

inline void writeBarrier(void* dst, size_t bytes) {
  if (writeBarrierEnabled) [[unlikely]] writeBarrierSlow(dst, bytes);
}

// memmove and memset into Go memory, with the barrier.
inline void heapMove(void* dst, const void* src, size_t n) {
  writeBarrier(dst, n);
  std::memmove(dst, src, n);
}
inline void heapClear(void* dst, size_t n) {
  writeBarrier(dst, n);
  std::memset(dst, 0, n);
}

}  // namespace golite::runtime
