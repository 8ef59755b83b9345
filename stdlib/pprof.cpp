// The runtime's side of profiling and tracing: package runtime's profile functions (MemProfile,
// GoroutineProfile, ThreadCreateProfile, BlockProfile, MutexProfile and their rates) and the
// bodyless functions of Go's runtime/pprof, which golite compiles from Go's source
// (goroutine labels, the goroutine profile with labels, the CPU profile's data).
//
// Program counters are the VM's (vm::callerPCs: the address of an instruction in its
// function's code), which runtime.CallersFrames and runtime.FuncForPC resolve, so
// runtime/pprof symbolizes them as it does Go's.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mgc.h"
#include "runtime/mprof.h"
#include "runtime/proc.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib {

using namespace abi;

namespace {

constexpr size_t kStackWords = 32;  // runtime.StackRecord's Stack0

// Copies up to 32 pcs into a record's Stack0 (the rest zero, as Go leaves it).
void putStack(uint64_t* stack0, const uintptr_t* pcs, size_t n) {
  std::memset(stack0, 0, kStackWords * 8);
  if (n != 0) std::memcpy(stack0, pcs, std::min(n, kStackWords) * 8);  // pcs may be null then
}

// func setMemProfileRateVar(p *int): runtime.MemProfileRate's address, from package
// runtime's init: the allocator reads the variable as Go's does.
void setMemProfileRateVar(vm::Thread*, uint64_t* base) {
  runtime::setMemProfileRateVar(reinterpret_cast<int64_t*>(base[0]));
}

// func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool): records of
// AllocBytes, FreeBytes, AllocObjects, FreeObjects and Stack0 (36 words each).
void memProfile(vm::Thread*, uint64_t* base) {
  GoSlice p = getSlice(base, 0);
  std::vector<runtime::MemProfileRecord> recs = runtime::memProfile(getBool(base, 3));
  bool ok = recs.size() <= size_t(p.len);
  if (ok) {
    auto* out = static_cast<uint64_t*>(p.ptr);
    for (size_t i = 0; i < recs.size(); i++, out += 4 + kStackWords) {
      out[0] = uint64_t(recs[i].allocBytes);
      out[1] = uint64_t(recs[i].freeBytes);
      out[2] = uint64_t(recs[i].allocObjects);
      out[3] = uint64_t(recs[i].freeObjects);
      putStack(out + 4, recs[i].stack.data(), recs[i].stack.size());
    }
  }
  setInt(base, 0, int64_t(recs.size()));
  setBool(base, 1, ok);
}

// The goroutines a profile lists: the caller first, then every other live one that is
// not the runtime's, in allgs order (world stopped by the caller).
std::vector<runtime::GoroutineInfo> profiledGoroutines(vm::Thread* self) {
  std::vector<runtime::GoroutineInfo> gs = runtime::goroutines();
  std::stable_partition(gs.begin(), gs.end(), [&](const runtime::GoroutineInfo& g) { return g.vm == self; });
  return gs;
}

// The goroutine profile, with the world stopped: n goroutines; when they fit in p (and
// labels, when it is not null), each one's stack and labels.
void goroutineProfile(vm::Thread* th, GoSlice p, GoSlice* labels, uint64_t* base) {
  runtime::stopTheWorld();
  std::vector<runtime::GoroutineInfo> gs = profiledGoroutines(th);
  bool ok = gs.size() <= size_t(p.len) && (labels == nullptr || gs.size() <= size_t(labels->len));
  if (ok) {
    auto* out = static_cast<uint64_t*>(p.ptr);
    for (size_t i = 0; i < gs.size(); i++) {
      uintptr_t pcs[kStackWords];
      size_t n = vm::callerPCs(static_cast<vm::Thread*>(gs[i].vm), 0, pcs, kStackWords);
      putStack(out + i * kStackWords, pcs, n);
      if (labels != nullptr) static_cast<void**>(labels->ptr)[i] = gs[i].labels;
    }
  }
  runtime::startTheWorld();
  setInt(base, 0, int64_t(gs.size()));
  setBool(base, 1, ok);
}

// func GoroutineProfile(p []StackRecord) (n int, ok bool)
void goroutineProfileNative(vm::Thread* th, uint64_t* base) { goroutineProfile(th, getSlice(base, 0), nullptr, base); }

// runtime/pprof: func runtime_goroutineProfileWithLabels(p []runtime.StackRecord,
// labels []unsafe.Pointer) (n int, ok bool)
void goroutineProfileWithLabels(vm::Thread* th, uint64_t* base) {
  GoSlice labels = getSlice(base, 3);
  goroutineProfile(th, getSlice(base, 0), &labels, base);
}

// func ThreadCreateProfile(p []StackRecord) (n int, ok bool): one record per thread the
// scheduler made, with the goroutine stack that made it (empty for the main thread and
// for threads the scheduler started on its own behalf).
void threadCreateProfile(vm::Thread*, uint64_t* base) {
  GoSlice p = getSlice(base, 0);
  std::vector<std::vector<uintptr_t>> stacks = runtime::threadCreateStacks();
  bool ok = stacks.size() <= size_t(p.len);
  if (ok)
    for (size_t i = 0; i < stacks.size(); i++)
      putStack(static_cast<uint64_t*>(p.ptr) + i * kStackWords, stacks[i].data(), stacks[i].size());
  setInt(base, 0, int64_t(stacks.size()));
  setBool(base, 1, ok);
}

// runtime/pprof: func runtime_setProfLabel(labels unsafe.Pointer), the calling
// goroutine's labels (the old ones shaded: a G is scanned once a cycle).
void setProfLabel(vm::Thread*, uint64_t* base) { runtime::setGoroutineLabels(reinterpret_cast<void*>(base[0])); }

// runtime/pprof: func runtime_getProfLabel() unsafe.Pointer
void getProfLabel(vm::Thread*, uint64_t* base) { base[0] = reinterpret_cast<uint64_t>(runtime::goroutineLabels()); }

// runtime/pprof: func runtime_cyclesPerSecond() int64. The block and mutex profiles'
// "cycles" are nanoseconds in golite.
void cyclesPerSecond(vm::Thread*, uint64_t* base) { setInt(base, 0, 1000000000); }

// runtime/pprof: func runtime_expandFinalInlineFrame(stk []uintptr) []uintptr. golite
// does not inline: the stack is whole already.
void expandFinalInlineFrame(vm::Thread*, uint64_t*) {}

// internal/abi: func FuncPCABIInternal(f interface{}) uintptr, the entry pc of a func
// value (runtime/pprof names its "lost samples" frame by it).
void funcPCABIInternal(vm::Thread*, uint64_t* base) {
  auto* cl = reinterpret_cast<const runtime::Closure*>(base[1]);
  base[0] = cl != nullptr ? vm::entryPC(static_cast<const vm::Proto*>(cl->proto)) : 0;
}

// func SetBlockProfileRate(rate int), func SetMutexProfileFraction(rate int) int
void setBlockProfileRate(vm::Thread*, uint64_t* base) { runtime::setBlockProfileRate(getInt(base, 0)); }
void setMutexProfileFraction(vm::Thread*, uint64_t* base) {
  setInt(base, 0, runtime::setMutexProfileFraction(getInt(base, 0)));
}

// func BlockProfile(p []BlockProfileRecord) (n int, ok bool) and MutexProfile: records
// of Count, Cycles and Stack0 (34 words each).
void blockRecords(uint64_t* base, bool mutex) {
  GoSlice p = getSlice(base, 0);
  std::vector<runtime::BlockProfileRecord> recs = runtime::blockProfile(mutex);
  bool ok = recs.size() <= size_t(p.len);
  if (ok) {
    auto* out = static_cast<uint64_t*>(p.ptr);
    for (size_t i = 0; i < recs.size(); i++, out += 2 + kStackWords) {
      out[0] = uint64_t(recs[i].count);
      out[1] = uint64_t(recs[i].cycles);
      putStack(out + 2, recs[i].stack.data(), recs[i].stack.size());
    }
  }
  setInt(base, 0, int64_t(recs.size()));
  setBool(base, 1, ok);
}
void blockProfileNative(vm::Thread*, uint64_t* base) { blockRecords(base, false); }
void mutexProfileNative(vm::Thread*, uint64_t* base) { blockRecords(base, true); }

// func SetCPUProfileRate(hz int)
void setCPUProfileRate(vm::Thread*, uint64_t* base) { runtime::setCPUProfileRate(getInt(base, 0)); }

// runtime/pprof: func readProfile() (data []uint64, tags []unsafe.Pointer, eof bool): the
// CPU profile's records since the last call, copied into Go slices.
void readProfile(vm::Thread*, uint64_t* base) {
  std::vector<uint64_t> data;
  std::vector<void*> tags;
  bool eof = runtime::readCPUProfile(&data, &tags);
  GoSlice d{nullptr, 0, 0}, t{nullptr, 0, 0};
  if (!data.empty()) {
    d.ptr = runtime::mallocgc(data.size() * 8, nullptr, false);
    std::memcpy(d.ptr, data.data(), data.size() * 8);
    d.len = d.cap = int64_t(data.size());
  }
  if (!tags.empty()) {
    // The tags are Go pointers: a pointer-shaped element type keeps them alive.
    t.ptr = runtime::newarray(unsafePointerType(), int64_t(tags.size()));
    std::memcpy(t.ptr, tags.data(), tags.size() * 8);
    t.len = t.cap = int64_t(tags.size());
  }
  setSlice(base, 0, d);
  setSlice(base, 3, t);
  setBool(base, 6, eof);
}

GOLITE_NATIVE("runtime.SetCPUProfileRate", setCPUProfileRate);
GOLITE_NATIVE("runtime/pprof.readProfile", readProfile);
GOLITE_NATIVE("runtime.setMemProfileRateVar", setMemProfileRateVar);
GOLITE_NATIVE("runtime.MemProfile", memProfile);
GOLITE_NATIVE("runtime.GoroutineProfile", goroutineProfileNative);
GOLITE_NATIVE("runtime.ThreadCreateProfile", threadCreateProfile);
GOLITE_NATIVE("runtime.SetBlockProfileRate", setBlockProfileRate);
GOLITE_NATIVE("runtime.SetMutexProfileFraction", setMutexProfileFraction);
GOLITE_NATIVE("runtime.BlockProfile", blockProfileNative);
GOLITE_NATIVE("runtime.MutexProfile", mutexProfileNative);
GOLITE_NATIVE("runtime/pprof.runtime_goroutineProfileWithLabels", goroutineProfileWithLabels);
GOLITE_NATIVE("runtime/pprof.runtime_setProfLabel", setProfLabel);
GOLITE_NATIVE("runtime/pprof.runtime_getProfLabel", getProfLabel);
GOLITE_NATIVE("runtime/pprof.runtime_cyclesPerSecond", cyclesPerSecond);
GOLITE_NATIVE("runtime/pprof.runtime_expandFinalInlineFrame", expandFinalInlineFrame);
// runtime/trace's annotations: dropped, as Go's runtime drops them while no trace runs
// (golite's StartTrace never starts one).
void traceAnnotation(vm::Thread*, uint64_t*) {}
GOLITE_NATIVE("runtime/trace.userTaskCreate", traceAnnotation);
GOLITE_NATIVE("runtime/trace.userTaskEnd", traceAnnotation);
GOLITE_NATIVE("runtime/trace.userRegion", traceAnnotation);
GOLITE_NATIVE("runtime/trace.userLog", traceAnnotation);
GOLITE_NATIVE("internal/abi.FuncPCABIInternal", funcPCABIInternal);
GOLITE_NATIVE("internal/abi.FuncPCABI0", funcPCABIInternal);

}  // namespace

}  // namespace golite::stdlib
