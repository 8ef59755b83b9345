// The VM's garbage-collection roots (runtime/mgc.cpp calls these with the world stopped).
//
// A goroutine's VM state (Thread) lives in C++ memory the collector cannot see, so the VM
// reports it: every slot of the register stack up to the end of the highest frame
// (conservatively: registers are untyped 8-byte words, reused across types, so any word
// may be a pointer), each frame's closure,
// the deferred calls' function values and argument words, the values of panics in
// progress, and the native stack ranges of the natives running on it (Thread::
// nativeSpans: a native may hold a Go pointer in a C++ local while it calls back into Go
// or parks). The rest of the native stack is not scanned: the interpreter loop's frames
// hold Go values only within an instruction, and the collector runs only at safepoints
// (calls, loop back-edges, parks), where every live value is in a register slot, a frame
// record or a sudog; a stale word there would keep a dead object alive indefinitely. The
// program's globals are the cells vm/globals.cpp hands out.
//
// Every Go pointer the VM holds outside Go memory must be in one of these places; a new
// field of Thread that can hold one belongs here too.
#include <algorithm>

#include "runtime/runtime.h"
#include "vm/thread.h"

namespace golite::vm {

void scanGlobals();  // vm/globals.cpp

namespace {

void scanThread(void* vm, uintptr_t sp) {
  auto* th = static_cast<Thread*>(vm);
  // The natives' native stack ranges; the innermost one open down to sp.
  for (const Thread::NativeSpan& s : th->nativeSpans) {
    uintptr_t lo = s.lo ? s.lo : sp;
    if (lo < s.hi) runtime::gcScanNativeStack(reinterpret_cast<void*>(lo), s.hi - lo);
  }
  // The register stack up to the end of the highest frame (a native's included). Slots
  // above it belong to frames that returned: their stale words would keep garbage alive,
  // so they are not scanned, and they are cleared, because a frame pushed later takes
  // them in before it writes them, and the mark must not find words in a frame that were
  // not there, anywhere it looked, when the cycle began (gccheckmark would rightly call
  // that a missed root). The goroutine is stopped at a safepoint, where nothing above
  // its frames is in use. Before its first frame a goroutine's arguments may be anywhere:
  // all of it is scanned.
  size_t live = th->stack.size();
  if (!th->frames.empty()) {
    live = th->nativeTop;
    for (const CallInfo& ci : th->frames) live = std::max(live, ci.base + ci.proto->frameSize);
    live = std::min(live, th->stack.size());
    size_t dirty = std::min(th->dirtyTop, th->stack.size());
    if (dirty > live) std::fill(th->stack.begin() + ptrdiff_t(live), th->stack.begin() + ptrdiff_t(dirty), 0);
    th->dirtyTop = live;
  }
  runtime::gcScanConservative(th->stack.data(), live * sizeof(uint64_t));
  for (const CallInfo& ci : th->frames) runtime::gcMarkPointer(ci.closure);
  for (const DeferRec& d : th->defers) runtime::gcMarkPointer(d.fn);
  runtime::gcScanConservative(th->deferArgs.data(), th->deferArgs.size() * sizeof(uint64_t));
  for (const PanicRec& p : th->panics) runtime::gcMarkPointer(p.value.data);
}

}  // namespace

void installRoots() {
  runtime::gcScanVM = scanThread;
  runtime::gcScanGlobals = scanGlobals;
}

}  // namespace golite::vm
