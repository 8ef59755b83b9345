// The stdout buffer and fd reads and writes (see write.h).
#include "runtime/write.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

#include "runtime/proc.h"

namespace golite::runtime {
namespace {

constexpr size_t kStdoutBufSize = 64 << 10;

struct StdoutBuffer {
  std::mutex mu;
  std::string buf;
  bool tty = false;
  StdoutBuffer() {
    buf.reserve(kStdoutBufSize);
    tty = isatty(1);
    std::atexit([] { flushStdout(); });
  }
};

StdoutBuffer& stdoutBuffer() {
  static StdoutBuffer* b = new StdoutBuffer;  // never destroyed: used until _exit
  return *b;
}

// write(2) all of p, retrying on EINTR and short writes.
int64_t writeAll(int fd, const void* p, size_t n) {
  const char* c = static_cast<const char*>(p);
  size_t done = 0;
  while (done < n) {
    ssize_t w = ::write(fd, c + done, n - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      return done > 0 ? int64_t(done) : -int64_t(errno);
    }
    done += size_t(w);
  }
  return int64_t(done);
}

void flushLocked(StdoutBuffer& b) {
  if (!b.buf.empty()) {
    writeAll(1, b.buf.data(), b.buf.size());
    b.buf.clear();
  }
}

}  // namespace

void flushStdout() {
  StdoutBuffer& b = stdoutBuffer();
  std::lock_guard<std::mutex> lock(b.mu);
  flushLocked(b);
}

namespace {
std::atomic<OutputDivert> outputDivert{nullptr};
}  // namespace

void setOutputDivert(OutputDivert fn) { outputDivert.store(fn); }

int64_t writeFd(int fd, const void* p, size_t n) {
  if (fd == 1 || fd == 2) {
    if (OutputDivert d = outputDivert.load(std::memory_order_acquire)) {
      flushStdout();
      d(fd, static_cast<const char*>(p), n);
      return int64_t(n);
    }
  }
  if (fd == 1) {
    StdoutBuffer& b = stdoutBuffer();
    std::lock_guard<std::mutex> lock(b.mu);
    if (b.buf.size() + n > kStdoutBufSize) flushLocked(b);
    if (n >= kStdoutBufSize) return writeAll(1, p, n);
    b.buf.append(static_cast<const char*>(p), n);
    if (b.tty) flushLocked(b);
    return int64_t(n);
  }
  if (fd == 2) flushStdout();
  return writeAll(fd, p, n);
}

int64_t readFd(int fd, void* p, size_t n) {
  if (fd == 0) flushStdout();
  for (;;) {
    // A read may block (stdin, a pipe): tell the scheduler, so sysmon can hand this
    // M's P to another M meanwhile.
    bool inGo = getg() != nullptr;
    if (inGo) entersyscall();
    ssize_t r = ::read(fd, p, n);
    if (inGo) exitsyscall();
    if (r < 0 && errno == EINTR) continue;
    return r < 0 ? -int64_t(errno) : int64_t(r);
  }
}

void writeStderr(std::string_view s) { writeFd(2, s.data(), s.size()); }

void exitProcess(int code) {
  flushStdout();
  std::fflush(nullptr);
  _exit(code);
}

}  // namespace golite::runtime
