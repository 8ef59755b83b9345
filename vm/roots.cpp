// The VM's garbage-collection roots (runtime/mgc.cpp calls these once per cycle: the
// globals with the world stopped, each goroutine's state while it is parked, runnable or
// in a system call, before it runs again).
//
// A goroutine's VM state (Thread) lives in C++ memory the collector cannot see, so the VM
// reports it:
//   - each Go frame's live registers, by its frame map (vm/liveness.cpp) at the pc where
//     the frame is stopped: a loop edge or its entry for the top frame, a channel operation
//     it is parked in (Thread::inChanOp), or the call it waits in for the frames below. A
//     frame owns its registers except those that the frames and natives above it use (a
//     callee's frame starts at the call's frame base; its own registers may reach past
//     it). The map holds the registers that are live and may hold a pointer there (a
//     register is reused across types; the compiler's notes and the opcodes say which
//     words hold pointers, vm/liveness.cpp "Pointer kinds"); a word so marked counts if it
//     points into an allocated object. Dead registers and integers are not scanned, so a
//     consumed temporary, a variable never read again, or an integer that happens to equal
//     an address keeps nothing alive;
//   - the natives' frames on the VM stack (their argument and result words), and the
//     ranges of the native (C++) stack that natives use (Thread::nativeSpans: a native may
//     hold a Go pointer in a C++ local while it calls back into Go or parks), unless the
//     native is registered as keeping none there (runtime.GC, time.Sleep, the semaphores:
//     stale words below them would keep garbage alive). The rest of the native stack is
//     not scanned: the interpreter loop's frames hold Go values only within an
//     instruction, and the collector runs only at safepoints (calls, loop back-edges,
//     parks), where every live value is in a register, a frame record or a sudog;
//   - each frame's frame objects (vm/frameobj.cpp: the variables and allocations escape
//     analysis kept out of the heap), by the pointer map of the function's area;
//   - each frame's closure, the deferred calls' function values and argument words (by
//     the callee's parameter map), and the values of panics in progress.
// The program's globals are the cells vm/globals.cpp hands out.
//
// Every Go pointer the VM holds outside Go memory must be in one of these places; a new
// field of Thread that can hold one belongs here too.
#include <algorithm>
#include <cstdio>

#include "runtime/runtime.h"
#include "vm/liveness.h"
#include "vm/thread.h"

namespace golite::vm {

void scanGlobals();  // vm/globals.cpp

namespace {

// Scans the register stack [lo, hi) conservatively: words that point into an allocated
// object count.
void scanSlots(Thread* th, size_t lo, size_t hi) {
  if (lo < hi) runtime::gcScanConservative(th->stack.data() + lo, (hi - lo) * sizeof(uint64_t));
}

// Scans the registers of [lo, hi) of a frame of p based at `base` that its map marks for
// scanning, in runs; poisons the dead ones under clobberDead.
void scanByMap(Thread* th, const Proto* p, size_t base, size_t lo, size_t hi, const uint64_t* map, bool mark) {
  auto bit = [&](const uint64_t* b, size_t s) { return b[(s - base) / 64] >> ((s - base) % 64) & 1; };
  const uint64_t* live = map + p->liveWords;
  size_t run = lo;
  for (size_t s = lo; s <= hi; s++) {
    if (s < hi && bit(map, s)) continue;
    if (mark) scanSlots(th, run, s);
    if (s < hi && clobberDead && !bit(live, s)) th->stack[s] = kDeadPoison;
    run = s + 1;
  }
}

}  // namespace

void walkFrames(Thread* th, bool mark, size_t fromFrame) {
  const size_t n = th->frames.size();
  const auto& spans = th->nativeSpans;
  // Going down from the top frame: what lies above each frame (the next frame's base and
  // the natives its call runs), and where everything above it ends.
  size_t frameAboveBase = SIZE_MAX, aboveEnd = 0;
  size_t sp = spans.size();
  for (size_t k = n; k-- > fromFrame;) {
    const CallInfo& ci = th->frames[k];
    const Proto* p = ci.proto;
    const size_t base = ci.base, end = base + p->frameSize;
    // Natives called from this frame (directly, or by natives it called) start at or
    // above its base; those of frames below start lower.
    size_t aboveBase = frameAboveBase;
    while (sp > 0 && spans[sp - 1].base >= base) {
      sp--;
      aboveBase = std::min(aboveBase, spans[sp].base);
      aboveEnd = std::max(aboveEnd, spans[sp].top);
    }
    const size_t pc = size_t(ci.pc - p->code.data());
    uint16_t callBase = kNoCallBase;
    const uint64_t* live = nullptr;
    size_t r1 = end;  // registers [base, r1) and [r2, end) are this frame's
    size_t r2 = end;
    if (aboveBase != SIZE_MAX) {
      // Something runs above: the callee of the call this frame is stopped in (its frame,
      // or a native's, starts at the call's frame base), or deferred calls.
      live = frameMap(p, pc, true, &callBase);
      bool deferAbove = k + 1 < n && aboveBase == th->frames[k + 1].base && th->frames[k + 1].deferCall;
      if (callBase == kNoCallBase || base + callBase != aboveBase || deferAbove) {
        live = frameMap(p, pc, false, &callBase);
        callBase = kNoCallBase;
      }
      r1 = std::min(end, aboveBase);
      r2 = std::max(r1, std::min(end, aboveEnd));
    } else {
      // The top frame: stopped at a loop edge or its entry, or parked in a channel
      // operation.
      live = frameMap(p, pc, th->inChanOp, &callBase);
    }
    if (!live) {
      if (mark) {
        scanSlots(th, base, r1);
        scanSlots(th, r2, end);
      }
    } else {
      scanByMap(th, p, base, base, r1, live, mark);
      scanByMap(th, p, base, r2, end, live, mark);
    }
    frameAboveBase = base;
    aboveEnd = std::max(aboveEnd, end);
  }
  // The natives' frames: their arguments and results, conservatively.
  if (mark)
    for (const Thread::NativeSpan& s : spans) scanSlots(th, s.base, s.base + s.words);
}

namespace {

void scanThread(void* vm, uintptr_t sp) {
  auto* th = static_cast<Thread*>(vm);
  // The natives' native stack ranges; the innermost one open down to sp.
  for (const Thread::NativeSpan& s : th->nativeSpans) {
    uintptr_t lo = s.lo ? s.lo : sp;
    if (lo < s.hi && s.scanStack) runtime::gcScanNativeStack(reinterpret_cast<void*>(lo), s.hi - lo);
  }
  // The register stack up to the end of the highest frame (a native's included). Slots
  // above it belong to frames that returned: their stale words would keep garbage alive,
  // so they are not scanned, and they are cleared, because a frame pushed later takes
  // them in before it writes them, and the mark must not find words in a frame that were
  // not there, anywhere it looked, when the cycle began (gccheckmark would rightly call
  // that a missed root). The goroutine is stopped at a safepoint, where nothing above
  // its frames is in use. Before its first frame a goroutine's arguments may be anywhere:
  // all of it is scanned.
  if (th->frames.empty()) {
    scanSlots(th, 0, th->stack.size());
  } else {
    size_t live = th->nativeTop;
    for (const CallInfo& ci : th->frames) live = std::max(live, ci.base + ci.proto->frameSize);
    live = std::min(live, th->stack.size());
    size_t dirty = std::min(th->dirtyTop, th->stack.size());
    if (dirty > live) std::fill(th->stack.begin() + ptrdiff_t(live), th->stack.begin() + ptrdiff_t(dirty), 0);
    th->dirtyTop = live;
    // Within, each Go frame's live registers by its frame map, and the natives' frames.
    walkFrames(th, true, 0);
  }
  // Each frame's frame objects (vm/frameobj.cpp), by the area's pointer map: they are
  // part of the stack, scanned in this same scan, so the snapshot covers them. (A frame's
  // closure may itself be a frame object: gcMarkPointer passes over non-heap words.)
  for (const CallInfo& ci : th->frames)
    if (ci.proto->fobjBytes && ci.fobjEnd)
      runtime::gcScanPointerWords(ci.fobjBase(), ci.proto->fobjPtrs.data(), ci.proto->fobjBytes / 8);
  th->fobjTrim();
  for (const CallInfo& ci : th->frames) runtime::gcMarkPointer(ci.closure);
  // A deferred call's argument words become its callee's parameters: scanned by the
  // callee's parameter map when it has one, else conservatively.
  for (const DeferRec& d : th->defers) {
    runtime::gcMarkPointer(d.fn);
    const uint64_t* args = th->deferArgs.data() + d.argOffset;
    const Proto* callee = d.fn ? static_cast<const Proto*>(d.fn->proto) : nullptr;
    if (callee && d.nargs <= callee->paramPtrs.size() * 64)
      runtime::gcScanPointerWords(args, callee->paramPtrs.data(), d.nargs);
    else
      runtime::gcScanConservative(args, d.nargs * sizeof(uint64_t));
  }
  for (const PanicRec& p : th->panics) runtime::gcMarkPointer(p.value.data);
}

}  // namespace

// A parked goroutine's native stack holds no Go pointer to scan when none of the natives
// it is in keeps any there.
bool stackHoldsNoPointers(void* vm) {
  for (const Thread::NativeSpan& s : static_cast<Thread*>(vm)->nativeSpans)
    if (s.scanStack) return false;
  return true;
}

// The goroutine's native code moved onto a new segment of native stack. A native whose
// range is open (down to the stack pointer) has frames on the segment below, up to where
// the goroutine stopped there, and will have more on the new one: its range there closes
// at `below`, and a range of it opens at the new segment's top. Natives called from here
// on stack in the new segment: it is their stack guard now.
void segmentEnter(void* vm, uintptr_t below, uintptr_t top) {
  auto* th = static_cast<Thread*>(vm);
  Thread::SegmentRec rec{th->stackGuard, false};
  if (!th->nativeSpans.empty() && th->nativeSpans.back().lo == 0) {
    Thread::NativeSpan cont = th->nativeSpans.back();
    th->nativeSpans.back().lo = below;
    cont.hi = top;
    th->nativeSpans.push_back(cont);
    rec.continued = true;
  }
  th->segments.push_back(rec);
  th->stackGuard = runtime::stackGuard();
}

// Back down: the range continued on the segment ends, the one below is open again.
void segmentLeave(void* vm) {
  auto* th = static_cast<Thread*>(vm);
  Thread::SegmentRec rec = th->segments.back();
  th->segments.pop_back();
  if (rec.continued) {
    th->nativeSpans.pop_back();
    th->nativeSpans.back().lo = 0;
  }
  th->stackGuard = rec.guard;
}

// gccheckmark's report: which frame's register the address slot is.
void describeSlot(void* vm, uintptr_t slot) {
  auto* th = static_cast<Thread*>(vm);
  uintptr_t lo = reinterpret_cast<uintptr_t>(th->stack.data());
  if (slot < lo || slot >= lo + th->stack.size() * 8) return;
  size_t idx = (slot - lo) / 8;
  char buf[300];
  for (size_t k = th->frames.size(); k-- > 0;) {
    const CallInfo& ci = th->frames[k];
    if (idx < ci.base || idx >= ci.base + ci.proto->frameSize) continue;
    std::snprintf(buf, sizeof buf, "    frame %zu of %zu: %s R%zu (pc %zu, frame base %zu, size %u)\n", k,
                  th->frames.size(), ci.proto->name.c_str(), idx - ci.base, size_t(ci.pc - ci.proto->code.data()),
                  ci.base, ci.proto->frameSize);
    runtime::writeStderr(buf);
    size_t pc = size_t(ci.pc - ci.proto->code.data());
    for (int inProgress = 0; inProgress < 2; inProgress++) {
      uint16_t cb = kNoCallBase;
      const uint64_t* m = frameMap(ci.proto, pc, inProgress != 0, &cb);
      size_t r = idx - ci.base;
      std::snprintf(buf, sizeof buf, "      map (in progress %d): %s, call base %u, scan bit %d, live bit %d\n", inProgress,
                    m ? "present" : "none", unsigned(cb), m ? int(m[r / 64] >> (r % 64) & 1) : -1,
                    m ? int(m[ci.proto->liveWords + r / 64] >> (r % 64) & 1) : -1);
      runtime::writeStderr(buf);
    }
  }
  for (const Thread::NativeSpan& s : th->nativeSpans) {
    if (idx < s.base || idx >= s.base + s.words) continue;
    std::snprintf(buf, sizeof buf, "    a native's frame: words [%zu, %zu)\n", size_t(s.base), size_t(s.base + s.words));
    runtime::writeStderr(buf);
  }
}

void installRoots() {
  runtime::gcDescribeSlot = describeSlot;
  runtime::gcScanVM = scanThread;
  runtime::gcSegmentEnter = segmentEnter;
  runtime::gcSegmentLeave = segmentLeave;
  runtime::gcStackHoldsNoPointers = stackHoldsNoPointers;
  runtime::gcScanGlobals = scanGlobals;
}

}  // namespace golite::vm
