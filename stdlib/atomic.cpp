// Natives of package sync/atomic: the Add/Load/Store/Swap/CompareAndSwap functions on
// int32, int64, uint32, uint64 and uintptr, as sequentially consistent std::atomic_ref
// operations on the Go memory the pointer argument names. A nil pointer panics with Go's
// nil dereference error (Go faults on it the same way).
#include <atomic>
#include <string>
#include <type_traits>
#include <vector>

#include "runtime/mbarrier.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib {

using namespace abi;

namespace {

template <typename T>
std::atomic_ref<T> ref(uint64_t* base) {
  T* p = reinterpret_cast<T*>(base[0]);
  if (p == nullptr) runtime::panicNilDeref();
  return std::atomic_ref<T>(*p);
}

// A result word holds T zero- or sign-extended.
template <typename T>
uint64_t word(T v) {
  if constexpr (std::is_signed_v<T>) return uint64_t(int64_t(v));
  else return uint64_t(v);
}

template <typename T>
void addN(vm::Thread*, uint64_t* base) {
  auto a = ref<T>(base);
  T d = T(base[1]);
  // Go defines wrap-around: add in the unsigned type (signed overflow is undefined in C++).
  using U = std::make_unsigned_t<T>;
  base[0] = word<T>(T(U(a.fetch_add(d)) + U(d)));
}
template <typename T>
void loadN(vm::Thread*, uint64_t* base) {
  base[0] = word<T>(ref<T>(base).load());
}
template <typename T>
void storeN(vm::Thread*, uint64_t* base) {
  ref<T>(base).store(T(base[1]));
}
template <typename T>
void swapN(vm::Thread*, uint64_t* base) {
  base[0] = word<T>(ref<T>(base).exchange(T(base[1])));
}
template <typename T>
void casN(vm::Thread*, uint64_t* base) {
  auto a = ref<T>(base);
  T old = T(base[1]);
  setBool(base, 0, a.compare_exchange_strong(old, T(base[2])));
}

void efaceType(vm::Thread*, uint64_t* base) { /* base[0] already holds the type word */ }
void yield(vm::Thread*, uint64_t*) { runtime::Gosched(); }

template <typename T>
void registerAll(const std::string& name) {
  static std::vector<std::string> names;  // registerNative keeps the pointer? keep them alive
  auto reg = [&](const char* op, vm::NativeFn fn) {
    names.push_back("sync/atomic." + std::string(op) + name);
    vm::registerNative(names.back().c_str(), fn);
  };
  names.reserve(names.size() + 5);
  reg("Add", addN<T>);
  reg("Load", loadN<T>);
  reg("Store", storeN<T>);
  reg("Swap", swapN<T>);
  reg("CompareAndSwap", casN<T>);
}

struct Registrar {
  Registrar() {
    registerAll<int32_t>("Int32");
    registerAll<int64_t>("Int64");
    registerAll<uint32_t>("Uint32");
    registerAll<uint64_t>("Uint64");
    registerAll<uintptr_t>("Uintptr");
  }
} registrar;

// The unsafe.Pointer functions: a pointer stored into memory the collector may be
// marking goes through the write barrier first (it shades the old value), as Go's
// atomicstorep does.
void* const* ptrArg(const uint64_t* b, int w) { return reinterpret_cast<void* const*>(b[w]); }
void loadPointer(vm::Thread*, uint64_t* b) {
  auto* addr = reinterpret_cast<void**>(b[0]);
  if (!addr) runtime::panicNilDeref();
  b[0] = reinterpret_cast<uint64_t>(__atomic_load_n(addr, __ATOMIC_SEQ_CST));
}
void storePointer(vm::Thread*, uint64_t* b) {
  auto* addr = reinterpret_cast<void**>(b[0]);
  if (!addr) runtime::panicNilDeref();
  runtime::writeBarrier(addr, sizeof(void*));
  __atomic_store_n(addr, reinterpret_cast<void*>(b[1]), __ATOMIC_SEQ_CST);
}
void swapPointer(vm::Thread*, uint64_t* b) {
  auto* addr = reinterpret_cast<void**>(b[0]);
  if (!addr) runtime::panicNilDeref();
  runtime::writeBarrier(addr, sizeof(void*));
  b[0] = reinterpret_cast<uint64_t>(__atomic_exchange_n(addr, reinterpret_cast<void*>(b[1]), __ATOMIC_SEQ_CST));
}
void casPointer(vm::Thread*, uint64_t* b) {
  auto* addr = reinterpret_cast<void**>(b[0]);
  if (!addr) runtime::panicNilDeref();
  void* expected = reinterpret_cast<void*>(b[1]);
  runtime::writeBarrier(addr, sizeof(void*));
  bool ok = __atomic_compare_exchange_n(addr, &expected, reinterpret_cast<void*>(b[2]), false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST);
  setBool(b, 0, ok);
}

GOLITE_NATIVE("sync/atomic.LoadPointer", loadPointer);
GOLITE_NATIVE("sync/atomic.StorePointer", storePointer);
GOLITE_NATIVE("sync/atomic.SwapPointer", swapPointer);
GOLITE_NATIVE("sync/atomic.CompareAndSwapPointer", casPointer);
GOLITE_NATIVE("sync/atomic.efaceType", efaceType);
GOLITE_NATIVE("sync/atomic.runtime_yield", yield);

}  // namespace

}  // namespace golite::stdlib
