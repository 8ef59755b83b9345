// Natives of package runtime: the scheduler's knobs and goroutine control.
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib {

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
void version(vm::Thread*, uint64_t* base) {
  GoString s = runtime::gostring("go1.19-golite");
  std::memcpy(base, &s, 16);
}
// runtime.Caller: golite does not expose program counters yet; report failure.
void caller(vm::Thread*, uint64_t* base) {
  std::memset(base, 0, 5 * 8);
}

GOLITE_NATIVE("runtime.Gosched", gosched);
GOLITE_NATIVE("runtime.Goexit", goexitNative);
GOLITE_NATIVE("runtime.GOMAXPROCS", gomaxprocs);
GOLITE_NATIVE("runtime.NumCPU", numCPU);
GOLITE_NATIVE("runtime.NumGoroutine", numGoroutine);
GOLITE_NATIVE("runtime.GC", nop);  // no collector yet
GOLITE_NATIVE("runtime.KeepAlive", nop);
GOLITE_NATIVE("runtime.LockOSThread", nop);
GOLITE_NATIVE("runtime.UnlockOSThread", nop);
GOLITE_NATIVE("runtime.SetFinalizer", nop);
GOLITE_NATIVE("runtime.Version", version);
GOLITE_NATIVE("runtime.Caller", caller);

}  // namespace

}  // namespace golite::stdlib
