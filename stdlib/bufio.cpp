// The bufio package's one native: finding a delimiter in a buffer (bytes.IndexByte), the
// inner loop of Scanner's ScanLines and Reader's ReadSlice.
#include <cstring>

#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::bufio {
namespace {

using namespace abi;

// func indexByte(b []byte, c byte) int
void indexByte(vm::Thread*, uint64_t* base) {
  GoSlice b = getSlice(base, 0);
  uint8_t c = getByte(base, 3);
  const void* p = b.len > 0 ? std::memchr(b.ptr, c, size_t(b.len)) : nullptr;
  setInt(base, 0, p ? static_cast<const char*>(p) - static_cast<const char*>(b.ptr) : -1);
}

GOLITE_NATIVE("bufio.indexByte", indexByte);

}  // namespace
}  // namespace golite::stdlib::bufio
