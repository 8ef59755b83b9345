// Natives of package sync: the runtime hooks Go's sync package links to (sync/runtime.go):
// semaphores and notify lists (runtime/sema.cpp, which park with gopark), spinning, the
// monotonic clock, and throw/fatal.
#include <string>

#include "runtime/panic.h"
#include "runtime/proc.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib {

using namespace abi;
using runtime::WaitReason;

namespace {

uint32_t* semaAddr(uint64_t* base) {
  auto* p = reinterpret_cast<uint32_t*>(base[0]);
  if (p == nullptr) runtime::panicNilDeref();
  return p;
}

void semacquire(vm::Thread*, uint64_t* base) {
  runtime::semacquire(semaAddr(base), false, WaitReason::Semacquire);
}
void semacquireWaitGroup(vm::Thread*, uint64_t* base) {
  runtime::semacquire(semaAddr(base), false, WaitReason::SyncWaitGroupWait);
}
void semacquireMutex(vm::Thread*, uint64_t* base) {
  runtime::semacquire(semaAddr(base), getBool(base, 1), WaitReason::SyncMutexLock);
}
void semacquireRWMutexR(vm::Thread*, uint64_t* base) {
  runtime::semacquire(semaAddr(base), getBool(base, 1), WaitReason::SyncRWMutexRLock);
}
void semacquireRWMutex(vm::Thread*, uint64_t* base) {
  runtime::semacquire(semaAddr(base), getBool(base, 1), WaitReason::SyncRWMutexLock);
}
void semrelease(vm::Thread*, uint64_t* base) {
  runtime::semrelease(semaAddr(base), getBool(base, 1));
}

// sync.notifyList has the runtime's layout (five words: wait, notify, lock, head, tail).
static_assert(sizeof(runtime::notifyList) == 32);
runtime::notifyList* nlist(uint64_t* base) {
  auto* l = reinterpret_cast<runtime::notifyList*>(base[0]);
  if (l == nullptr) runtime::panicNilDeref();
  return l;
}
void notifyListAdd(vm::Thread*, uint64_t* base) {
  setUint(base, 0, runtime::notifyListAdd(nlist(base)));
}
void notifyListWait(vm::Thread*, uint64_t* base) {
  runtime::notifyListWait(nlist(base), uint32_t(base[1]));
}
void notifyListNotifyAll(vm::Thread*, uint64_t* base) { runtime::notifyListNotifyAll(nlist(base)); }
void notifyListNotifyOne(vm::Thread*, uint64_t* base) { runtime::notifyListNotifyOne(nlist(base)); }

void canSpin(vm::Thread*, uint64_t* base) { setBool(base, 0, runtime::syncCanSpin(int(getInt(base, 0)))); }
void doSpin(vm::Thread*, uint64_t*) { runtime::syncDoSpin(); }
void nanotime(vm::Thread*, uint64_t* base) { setInt(base, 0, runtime::nanotime()); }

void fatalNative(vm::Thread*, uint64_t* base) { runtime::fatal(std::string(getStringView(base, 0))); }

GOLITE_NATIVE_NOSTACKPTRS("sync.runtime_Semacquire", semacquire);
GOLITE_NATIVE_NOSTACKPTRS("sync.runtime_SemacquireWaitGroup", semacquireWaitGroup);
GOLITE_NATIVE_NOSTACKPTRS("sync.runtime_SemacquireMutex", semacquireMutex);
GOLITE_NATIVE_NOSTACKPTRS("sync.runtime_SemacquireRWMutexR", semacquireRWMutexR);
GOLITE_NATIVE_NOSTACKPTRS("sync.runtime_SemacquireRWMutex", semacquireRWMutex);
GOLITE_NATIVE_NOSTACKPTRS("sync.runtime_Semrelease", semrelease);
// internal/poll's fdMutex waits on the same semaphores (runtime_Semrelease without handoff).
GOLITE_NATIVE_NOSTACKPTRS("internal/poll.runtime_Semacquire", semacquire);
GOLITE_NATIVE_NOSTACKPTRS("internal/poll.runtime_Semrelease", [](vm::Thread*, uint64_t* b) {
  runtime::semrelease(semaAddr(b), false);
});
GOLITE_NATIVE("sync.runtime_notifyListAdd", notifyListAdd);
GOLITE_NATIVE_NOSTACKPTRS("sync.runtime_notifyListWait", notifyListWait);
GOLITE_NATIVE("sync.runtime_notifyListNotifyAll", notifyListNotifyAll);
GOLITE_NATIVE("sync.runtime_notifyListNotifyOne", notifyListNotifyOne);
GOLITE_NATIVE("sync.runtime_canSpin", canSpin);
GOLITE_NATIVE("sync.runtime_doSpin", doSpin);
GOLITE_NATIVE("sync.runtime_nanotime", nanotime);
GOLITE_NATIVE("sync.throw", fatalNative);
GOLITE_NATIVE("sync.fatal", fatalNative);

}  // namespace

}  // namespace golite::stdlib
