// Natives of package testing: capturing the standard output of an example function
// (go test compares it with the example's `// Output:` comment). While a capture runs,
// writes to fd 1 are kept in a buffer; writes to fd 2 pass through.
#include <unistd.h>

#include <mutex>
#include <string>

#include "runtime/write.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib {

using namespace abi;

namespace {

std::mutex captureMu;
std::string captured;

void divert(int fd, const char* p, size_t n) {
  if (fd == 1) {
    std::lock_guard<std::mutex> lock(captureMu);
    captured.append(p, n);
    return;
  }
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w <= 0) return;
    p += w;
    n -= size_t(w);
  }
}

// func captureStdout(on bool) string: starts capturing (on), or stops and returns what
// was written meanwhile.
void captureStdout(vm::Thread*, uint64_t* base) {
  bool on = base[0] != 0;
  if (on) {
    {
      std::lock_guard<std::mutex> lock(captureMu);
      captured.clear();
    }
    runtime::setOutputDivert(divert);
    setString(base, 0, runtime::gostring(""));
    return;
  }
  runtime::setOutputDivert(nullptr);
  std::string out;
  {
    std::lock_guard<std::mutex> lock(captureMu);
    out.swap(captured);
  }
  setString(base, 0, runtime::gostring(out));
}

// func callerFunc(skip int) uintptr: the function skip frames above the caller (0: the
// caller itself, as runtime.Caller counts).
void callerFunc(vm::Thread* th, uint64_t* base) {
  uintptr_t pc = 0, fn = 0;
  std::string file;
  int line = 0;
  vm::callerFrame(th, getInt(base, 0), &pc, &file, &line, &fn);
  base[0] = fn;
}

GOLITE_NATIVE("testing.captureStdout", captureStdout);
GOLITE_NATIVE("testing.callerFunc", callerFunc);

}  // namespace

}  // namespace golite::stdlib
