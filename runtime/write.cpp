// The stdout buffer and fd reads and writes (see write.h).
#include "runtime/write.h"

#include "runtime/proc.h"

#include <fcntl.h>
#include <signal.h>
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
// A write to a broken pipe on stdout or stderr ends the program by SIGPIPE, as Go's
// (epipecheck); on other descriptors it is the EPIPE error (installSigpipe).
[[noreturn]] void dieOfSigpipe() {
  signal(SIGPIPE, SIG_DFL);
  raise(SIGPIPE);
  _exit(2);
}

int64_t writeAll(int fd, const void* p, size_t n) {
  const char* c = static_cast<const char*>(p);
  size_t done = 0;
  while (done < n) {
    ssize_t w = ::write(fd, c + done, n - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE && (fd == 1 || fd == 2)) dieOfSigpipe();
      return done > 0 ? int64_t(done) : -int64_t(errno);
    }
    done += size_t(w);
  }
  return int64_t(done);
}

// nanotime of the oldest byte in the buffer; 0 when it is empty.
std::atomic<int64_t> pendingSince{0};
// Writers inside the buffer's critical section (for the signal handler, which cannot lock).
std::atomic<int> writers{0};

void flushLocked(StdoutBuffer& b) {
  if (!b.buf.empty()) {
    writeAll(1, b.buf.data(), b.buf.size());
    b.buf.clear();
  }
  pendingSince.store(0, std::memory_order_relaxed);
}

void flushOnSignal(int sig) {
  // No lock in a signal handler: the buffer is written as it stands unless a writer is in
  // the middle of changing it (then that output is lost, as the process ends anyway).
  StdoutBuffer& b = stdoutBuffer();
  if (writers.load() == 0 && !b.buf.empty()) writeAll(1, b.buf.data(), b.buf.size());
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

void flushStdout() {
  StdoutBuffer& b = stdoutBuffer();
  std::lock_guard<std::mutex> lock(b.mu);
  flushLocked(b);
}

void flushStdoutIfOlder(int64_t now, int64_t maxAge) {
  int64_t since = pendingSince.load(std::memory_order_relaxed);
  if (since != 0 && now - since >= maxAge) flushStdout();
}

void installStdoutSignalFlush() {
  stdoutBuffer();  // made before any handler may look at it
  for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
    struct sigaction old {};
    sigaction(sig, nullptr, &old);
    if (old.sa_handler != SIG_DFL) continue;  // ignored (nohup) or taken by someone else
    struct sigaction sa {};
    sa.sa_handler = flushOnSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
}

void installSigpipe() {
  struct sigaction old {};
  sigaction(SIGPIPE, nullptr, &old);
  if (old.sa_handler != SIG_DFL) return;  // ignored by whoever started us: stays so
  // A handler that does nothing, not SIG_IGN: exec resets it, so children get the default.
  struct sigaction sa {};
  sa.sa_handler = [](int) {};
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGPIPE, &sa, nullptr);
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
    writers.fetch_add(1);
    if (b.buf.size() + n > kStdoutBufSize) flushLocked(b);
    if (n >= kStdoutBufSize) {
      writers.fetch_sub(1);
      return writeAll(1, p, n);
    }
    if (b.buf.empty()) pendingSince.store(nanotime(), std::memory_order_relaxed);
    b.buf.append(static_cast<const char*>(p), n);
    if (b.tty) flushLocked(b);
    writers.fetch_sub(1);
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
  if (exitHook) {
    code = exitHook(code);
    flushStdout();
  }
  std::fflush(nullptr);
  _exit(code);
}

}  // namespace golite::runtime
