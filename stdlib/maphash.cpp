// hash/maphash's links into Go's runtime (compiled from Go's source, it declares them
// without bodies): a random seed, and the runtime's memory hash, the one maps use.
#include "runtime/alg.h"
#include "runtime/hash.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::maphash {
namespace {

using namespace abi;

// func runtime_fastrand64() uint64
GOLITE_NATIVE("hash/maphash.runtime_fastrand64", [](vm::Thread*, uint64_t* b) { setUint(b, 0, runtime::fastrand64()); });
// func runtime_memhash(p unsafe.Pointer, seed, s uintptr) uintptr
GOLITE_NATIVE("hash/maphash.runtime_memhash", [](vm::Thread*, uint64_t* b) {
  const void* p = reinterpret_cast<const void*>(b[0]);
  setUint(b, 0, runtime::memhash(p, uintptr_t(b[1]), size_t(b[2])));
});

}  // namespace
}  // namespace golite::stdlib::maphash
