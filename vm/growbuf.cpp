// GrowBuffer's memory (see vm/thread.h): the C++ heap for small buffers, an anonymous
// mapping grown with mremap past kMapBytes.
#include <sys/mman.h>

#include <cstdlib>
#include <cstring>

#include "runtime/runtime.h"
#include "vm/thread.h"

namespace golite::vm {

namespace {
constexpr size_t kMapBytes = 256 << 10;
constexpr size_t kPage = 4096;
size_t pageRound(size_t n) { return (n + kPage - 1) & ~(kPage - 1); }
}  // namespace

void* growMemory(void* p, size_t bytes, size_t newBytes, size_t keep, bool* mapped) {
  if (keep > bytes) keep = bytes;
  if (*mapped) {
    void* q = ::mremap(p, pageRound(bytes), pageRound(newBytes), MREMAP_MAYMOVE);
    if (q == MAP_FAILED) runtime::fatal("runtime: cannot allocate memory (goroutine stack)");
    return q;
  }
  if (newBytes < kMapBytes) {
    void* q = std::realloc(p, newBytes);
    if (q == nullptr) runtime::fatal("runtime: cannot allocate memory (goroutine stack)");
    return q;
  }
  void* q = ::mmap(nullptr, pageRound(newBytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
  if (q == MAP_FAILED) runtime::fatal("runtime: cannot allocate memory (goroutine stack)");
  if (keep) std::memcpy(q, p, keep);
  std::free(p);
  *mapped = true;
  return q;
}

void freeMemory(void* p, size_t bytes, bool mapped) {
  if (!p) return;
  if (mapped) ::munmap(p, pageRound(bytes));
  else std::free(p);
}

}  // namespace golite::vm
