// Natives of package runtime: the scheduler's knobs and goroutine control.
#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/malloc.h"
#include "runtime/mgc.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "runtime/write.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib {

namespace abi {
// unsafe.Pointer's descriptor: the element type of the pointer arrays natives hand back.
const runtime::Type* unsafePointerType() {
  static const runtime::Type* t = [] {
    auto* p = new runtime::Type;
    p->size = p->ptrdata = 8;
    p->align = 8;
    p->gcdata = {1};
    p->kind = runtime::Kind::UnsafePointer;
    p->tflag = runtime::TFlagDirectIface | runtime::TFlagComparable | runtime::TFlagRegularMemory;
    p->str = "unsafe.Pointer";
    return p;
  }();
  return t;
}
}  // namespace abi

using namespace abi;

namespace {

void gosched(vm::Thread*, uint64_t*) { runtime::Gosched(); }

// runtime.Goexit: runs the goroutine's deferred calls (as a panic that recover() cannot
// stop), then ends it.
void goexitNative(vm::Thread*, uint64_t*) {
  runtime::GoPanic p{};
  p.goexit = true;
  throw p;
}

void gomaxprocs(vm::Thread*, uint64_t* base) { setInt(base, 0, runtime::gomaxprocs(int(getInt(base, 0)))); }
void numCPU(vm::Thread*, uint64_t* base) { setInt(base, 0, runtime::ncpu()); }
void numGoroutine(vm::Thread*, uint64_t* base) { setInt(base, 0, runtime::numGoroutine()); }
void nop(vm::Thread*, uint64_t*) {}
void gcNative(vm::Thread*, uint64_t*) { runtime::GC(); }

// func setFinalizer(obj any, finalizer any) (start bool)
void setFinalizerNative(vm::Thread*, uint64_t* base) {
  setBool(base, 0, runtime::setFinalizer(getEface(base, 0), getEface(base, 2)));
}

// func nextFinalizer() (f1 func(uintptr), f2 func(uintptr, uintptr), a0, a1 uintptr, two bool)
void nextFinalizerNative(vm::Thread*, uint64_t* base) {
  runtime::FinalizerCall c = runtime::nextFinalizer();
  base[0] = c.twoWords ? 0 : reinterpret_cast<uint64_t>(c.fn);
  base[1] = c.twoWords ? reinterpret_cast<uint64_t>(c.fn) : 0;
  base[2] = c.arg[0];
  base[3] = c.arg[1];
  setBool(base, 4, c.twoWords);
}
// func stack() []byte (runtime/debug): the calling goroutine's traceback as Go's
// runtime.Stack(buf, false) writes it, from the same routine that prints a panic's.
void debugStackNative(vm::Thread* th, uint64_t* base) {
  std::string s = vm::goroutineTrace(th);
  void* p = runtime::mallocgc(s.size(), nullptr, false);
  std::memcpy(p, s.data(), s.size());
  setSlice(base, 0, GoSlice{p, int64_t(s.size()), int64_t(s.size())});
}

// Every goroutine's traceback but the caller's, as runtime.Stack(buf, true) adds them
// (Go's format: a blank line, then "goroutine N [state]:" and its frames, "created by"
// last), in allgs order; runtime goroutines (the finalizer's) are left out, as Go leaves
// them. The world is stopped (the caller's goroutine holds a P): each other goroutine is
// at a safepoint, parked, runnable or in a system call, and its frames hold still.
std::string otherGoroutinesTrace(vm::Thread* self) {
  std::string out;
  runtime::stopTheWorld();
  for (const runtime::GoroutineInfo& g : runtime::goroutines()) {
    if (g.vm == self) continue;
    out += "\ngoroutine " + std::to_string(g.goid) + " [" + g.state + "]:\n";
    out += vm::formatFrames(static_cast<vm::Thread*>(g.vm));
  }
  runtime::startTheWorld();
  return out;
}

// runtime.Stack(buf []byte, all bool) int: the calling goroutine's traceback, and with
// all every other goroutine's after it, as much as fits in buf.
void runtimeStackNative(vm::Thread* th, uint64_t* base) {
  GoSlice buf = getSlice(base, 0);
  std::string s = vm::goroutineTrace(th);
  if (getBool(base, 3)) s += otherGoroutinesTrace(th);
  size_t n = std::min(s.size(), size_t(buf.len));
  if (n) std::memcpy(buf.ptr, s.data(), n);
  setInt(base, 0, int64_t(n));
}

// func writeStderr(b []byte) (runtime/debug)
void debugWriteStderr(vm::Thread*, uint64_t* base) {
  GoSlice b = getSlice(base, 0);
  runtime::writeStderr(std::string_view(static_cast<const char*>(b.ptr), size_t(b.len)));
}

void setGCPercentNative(vm::Thread*, uint64_t* base) {
  setInt(base, 0, runtime::setGCPercent(int(getInt(base, 0))));
}

// runtime.ReadMemStats(m *MemStats): the words of stdlib/go/runtime's MemStats, in order.
void readMemStatsNative(vm::Thread*, uint64_t* base) {
  auto* m = reinterpret_cast<uint64_t*>(base[0]);
  if (m == nullptr) runtime::panicNilDeref();
  runtime::GCStats gc = runtime::readGCStats();
  enum { Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees, HeapAlloc, HeapSys, HeapIdle,
         HeapInuse, HeapReleased, HeapObjects, StackInuse, StackSys, MSpanInuse, MSpanSys,
         MCacheInuse, MCacheSys, BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs,
         PauseNs, PauseEnd = PauseNs + 256, Tail = PauseEnd + 256 };
  uint64_t alloc = gc.totalAlloc - gc.freedBytes;
  m[Alloc] = alloc;
  m[TotalAlloc] = gc.totalAlloc;
  // Sys is everything below, as Go's: the heap's address space, the stacks, the runtime's
  // metadata. golite's goroutine stacks are native stacks carved from reserved address
  // space, touched only as deep as they run: the bytes in use are those the last
  // collection scanned (gctrace's "MB stacks"; 0 before the first). BuckHashSys: the
  // profiles' buckets live in the C++ heap, not counted.
  m[StackInuse] = m[StackSys] = gc.stackInuse;
  m[MSpanInuse] = gc.mspanInuse;
  m[MSpanSys] = gc.mspanSys;
  m[MCacheInuse] = gc.mcacheInuse;
  m[MCacheSys] = gc.mcacheSys;
  m[BuckHashSys] = 0;
  m[GCSys] = gc.gcSys;
  m[OtherSys] = gc.otherSys;
  m[Sys] = gc.heapSys + m[StackSys] + gc.mspanSys + gc.mcacheSys + gc.gcSys + gc.otherSys;
  m[Lookups] = 0;
  m[Mallocs] = gc.mallocs;
  m[Frees] = gc.frees;
  m[HeapAlloc] = alloc;
  m[HeapSys] = gc.heapSys;
  m[HeapIdle] = gc.heapSys - gc.heapInuse;
  m[HeapInuse] = gc.heapInuse;
  m[HeapReleased] = gc.heapReleased;
  m[HeapObjects] = gc.mallocs - gc.frees;
  m[NextGC] = gc.nextGC;
  m[LastGC] = gc.lastGC;
  m[PauseTotalNs] = gc.pauseTotalNs;
  for (int k = 0; k < 256; k++) {
    m[PauseNs + k] = gc.pauseNs[k];
    m[PauseEnd + k] = gc.pauseEnd[k];
  }
  m[Tail] = uint64_t(gc.numGC) | uint64_t(gc.numForcedGC) << 32;
  int64_t elapsed = runtime::nanotime() - gc.startNano;
  // Go's GCCPUFraction: the collector's share of the CPU time available since the start.
  double avail = double(elapsed) * double(runtime::gomaxprocs(0));
  double frac = elapsed > 0 ? double(gc.gcCpuNs) / avail : 0;
  std::memcpy(&m[Tail + 1], &frac, 8);
  m[Tail + 2] = 1;  // EnableGC true, DebugGC false
}

// func readGCStats(pauses *[256]uint64, ends *[256]uint64) (numGC, pauseTotal, lastGC int64)
void readGCStatsNative(vm::Thread*, uint64_t* base) {
  auto* pauses = reinterpret_cast<uint64_t*>(base[0]);
  auto* ends = reinterpret_cast<uint64_t*>(base[1]);
  runtime::GCStats gc = runtime::readGCStats();
  std::memcpy(pauses, gc.pauseNs, sizeof gc.pauseNs);
  std::memcpy(ends, gc.pauseEnd, sizeof gc.pauseEnd);
  setInt(base, 0, int64_t(gc.numGC));
  setInt(base, 1, int64_t(gc.pauseTotalNs));
  setInt(base, 2, int64_t(gc.lastGC));
}
void version(vm::Thread*, uint64_t* base) {
  GoString s = runtime::gostring("go1.19-golite");
  std::memcpy(base, &s, 16);
}
// runtime.Caller(skip) (pc uintptr, file string, line int, ok bool)
void caller(vm::Thread* th, uint64_t* base) {
  int64_t skip = getInt(base, 0);
  uintptr_t pc = 0;
  std::string file;
  int line = 0;
  std::memset(base, 0, 5 * 8);
  if (!vm::callerFrame(th, skip, &pc, &file, &line)) return;
  base[0] = pc;
  runtime::GoString s = runtime::gostring(file);
  std::memcpy(&base[1], &s, 16);
  setInt(base, 3, line);
  setBool(base, 4, true);
}

// runtime.callers(skip int, pc []uintptr) int
void callersNative(vm::Thread* th, uint64_t* base) {
  int64_t skip = getInt(base, 0);
  GoSlice pcs = getSlice(base, 1);
  std::vector<uintptr_t> got(size_t(pcs.len));
  size_t n = vm::callerPCs(th, skip, got.data(), got.size());
  if (n) std::memcpy(pcs.ptr, got.data(), n * sizeof(uintptr_t));  // pointer-free memory
  setInt(base, 0, int64_t(n));
}
// runtime.pcInfo(pc uintptr) (function, file string, line int, entry uintptr, ok bool)
void pcInfoNative(vm::Thread*, uint64_t* base) {
  std::string fn, file;
  int line = 0;
  uintptr_t entry = 0;
  bool ok = vm::pcInfo(uintptr_t(getUint(base, 0)), &fn, &file, &line, &entry);
  GoString f = runtime::gostring(fn), fl = runtime::gostring(file);
  std::memcpy(&base[0], &f, 16);
  std::memcpy(&base[2], &fl, 16);
  setInt(base, 4, line);
  setUint(base, 5, entry);
  setBool(base, 6, ok);
}

GOLITE_NATIVE("runtime.callers", callersNative);
GOLITE_NATIVE("runtime.pcInfo", pcInfoNative);
GOLITE_NATIVE_NOSTACKPTRS("runtime.Gosched", gosched);
GOLITE_NATIVE("runtime.Goexit", goexitNative);
GOLITE_NATIVE_NOSTACKPTRS("runtime.GOMAXPROCS", gomaxprocs);
GOLITE_NATIVE("runtime.NumCPU", numCPU);
GOLITE_NATIVE_NOSTACKPTRS("runtime.NumGoroutine", numGoroutine);
GOLITE_NATIVE_NOSTACKPTRS("runtime.GC", gcNative);
GOLITE_NATIVE_NOSTACKPTRS("runtime.ReadMemStats", readMemStatsNative);
GOLITE_NATIVE_NOSTACKPTRS("runtime/debug.SetGCPercent", setGCPercentNative);
GOLITE_NATIVE_NOSTACKPTRS("runtime/debug.FreeOSMemory", [](vm::Thread*, uint64_t*) { runtime::freeOSMemory(); });
GOLITE_NATIVE("runtime/debug.SetMemoryLimit", [](vm::Thread*, uint64_t* b) { setInt(b, 0, runtime::setMemoryLimit(getInt(b, 0))); });
GOLITE_NATIVE_NOSTACKPTRS("runtime/debug.readGCStats", readGCStatsNative);
GOLITE_NATIVE("runtime/debug.stack", debugStackNative);
GOLITE_NATIVE("runtime.Stack", runtimeStackNative);
GOLITE_NATIVE("runtime/debug.writeStderr", debugWriteStderr);
GOLITE_NATIVE("runtime.KeepAlive", nop);
GOLITE_NATIVE("runtime.LockOSThread", nop);
GOLITE_NATIVE("runtime.UnlockOSThread", nop);
GOLITE_NATIVE("runtime.setFinalizer", setFinalizerNative);
GOLITE_NATIVE("runtime.nextFinalizer", nextFinalizerNative);
GOLITE_NATIVE("runtime.finalizerGoroutine", [](vm::Thread*, uint64_t*) { runtime::markSystemGoroutine(); });
GOLITE_NATIVE("runtime.Version", version);
GOLITE_NATIVE("runtime.Caller", caller);

}  // namespace

}  // namespace golite::stdlib
