// hash/maphash's links into Go's runtime (compiled from Go's source, it declares them
// without bodies): a random seed, and the runtime's memory hash, the one maps use.
#include "runtime/alg.h"
#include "runtime/value.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::maphash {
namespace {

using namespace abi;

// func runtime_fastrand64() uint64
GOLITE_NATIVE("hash/maphash.runtime_fastrand64", [](vm::Thread*, uint64_t* b) { setUint(b, 0, runtime::fastrand64()); });
// func runtime_memhash(p unsafe.Pointer, seed, s uintptr) uintptr
// The bytes as a string: strhash is memhash of its bytes.
void memhashNative(vm::Thread*, uint64_t* b) {
  GoString bytes{reinterpret_cast<const uint8_t*>(b[0]), int64_t(b[2])};
  setUint(b, 0, runtime::strhash(&bytes, uintptr_t(b[1])));
}
GOLITE_NATIVE("hash/maphash.runtime_memhash", memhashNative);

}  // namespace
}  // namespace golite::stdlib::maphash
