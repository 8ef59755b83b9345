// Natives of package time: the clocks, Sleep, the runtime timers behind Timer, Ticker,
// After, Tick and AfterFunc, and reading zoneinfo files and $TZ (zoneinfo_read.go).
//
// A time.runtimeTimer (sleep.go) is a Go struct { c chan Time; fn func(); init bool;
// rt [7]uint64 }: rt holds the runtime::Timer itself (constructed in place on first use),
// so a timer lives in the Go object that owns it and costs no thread and no C++
// allocation. When it fires, on the scheduler, the callback either sends Now() on c
// without blocking (Go's sendTime: c has capacity 1, a tick nobody took is dropped) or
// starts fn in a new goroutine (Go's goFunc).
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include <fcntl.h>
#include <unistd.h>

#include "runtime/chan.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib {

using namespace abi;

namespace {

// Go's time.Time encoding (time.go).
struct GoTime {
  uint64_t wall;
  int64_t ext;
  void* loc;
};

constexpr uint64_t hasMonotonic = uint64_t(1) << 63;
constexpr int nsecShift = 30;
constexpr int64_t secondsPerDay = 86400;
constexpr int64_t unixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * secondsPerDay;
constexpr int64_t wallToInternal = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * secondsPerDay;
constexpr int64_t minWall = wallToInternal;

int64_t startNano() {
  static const int64_t s = runtime::nanotime() - 1;
  return s;
}
std::atomic<void*> localLoc{nullptr};

// time.Now() (Go's Now).
GoTime goNow() {
  int64_t wall = runtime::walltime();
  int64_t sec = wall / 1000000000, nsec = wall % 1000000000;
  if (nsec < 0) {
    nsec += 1000000000;
    sec--;
  }
  int64_t mono = runtime::nanotime() - startNano();
  sec += unixToInternal - minWall;
  void* loc = localLoc.load(std::memory_order_relaxed);
  if ((uint64_t(sec) >> 33) != 0) return GoTime{uint64_t(nsec), sec + minWall, loc};
  return GoTime{hasMonotonic | uint64_t(sec) << nsecShift | uint64_t(nsec), mono, loc};
}

// The Go struct time.runtimeTimer.
struct RuntimeTimer {
  runtime::hchan* c;
  runtime::Closure* fn;
  uint64_t init;  // bool, padded
  alignas(8) unsigned char rt[7 * 8];
};
static_assert(sizeof(runtime::Timer) <= 7 * 8, "time.runtimeTimer.rt is too small");
static_assert(sizeof(RuntimeTimer) == 80);

void fire(void* arg, uintptr_t) {
  auto* t = static_cast<RuntimeTimer*>(arg);
  if (t->fn) {
    vm::spawnGoroutine(nullptr, t->fn, nullptr, 0);
    return;
  }
  GoTime now = goNow();
  runtime::chansend(t->c, &now, false);
}

runtime::Timer* timerOf(uint64_t* base) {
  auto* t = reinterpret_cast<RuntimeTimer*>(base[0]);
  if (t == nullptr) runtime::panicNilDeref();
  auto* rt = reinterpret_cast<runtime::Timer*>(t->rt);
  if (rt->f == nullptr) {  // zeroed Go memory: construct the timer in place
    rt = new (t->rt) runtime::Timer();
    rt->f = fire;
    rt->arg = t;
  }
  return rt;
}

void startTimer(vm::Thread*, uint64_t* base) {
  runtime::Timer* t = timerOf(base);
  t->when = getInt(base, 1);
  t->period = getInt(base, 2);
  runtime::addtimer(t);
}
void stopTimer(vm::Thread*, uint64_t* base) { setBool(base, 0, runtime::deltimer(timerOf(base))); }
void resetTimer(vm::Thread*, uint64_t* base) {
  runtime::Timer* t = timerOf(base);
  setBool(base, 0, runtime::modtimer(t, getInt(base, 1), getInt(base, 2)));
}

void sleep(vm::Thread*, uint64_t* base) { runtime::timeSleep(getInt(base, 0)); }
void runtimeNano(vm::Thread*, uint64_t* base) { setInt(base, 0, runtime::nanotime()); }
void now(vm::Thread*, uint64_t* base) {
  int64_t wall = runtime::walltime();
  int64_t mono = runtime::nanotime();
  int64_t sec = wall / 1000000000, nsec = wall % 1000000000;
  if (nsec < 0) {
    nsec += 1000000000;
    sec--;
  }
  setInt(base, 0, sec);
  setInt(base, 1, nsec);
  setInt(base, 2, mono);
}
void startNanoNative(vm::Thread*, uint64_t* base) { setInt(base, 0, startNano()); }
void setLocal(vm::Thread*, uint64_t* base) {
  localLoc.store(reinterpret_cast<void*>(base[0]), std::memory_order_relaxed);
}

// func readFile(name string) (data string, errno int, errText string): the whole file,
// or the errno and its text as Go's syscall.Errno.Error gives it (strerror in lower case).
// Go refuses files over 10 MB; so do we.
void readFile(vm::Thread*, uint64_t* base) {
  std::string name(getStringView(base, 0));
  std::string data;
  int e = 0;
  int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    e = errno;
  } else {
    char buf[4096];
    for (;;) {
      ssize_t n = ::read(fd, buf, sizeof buf);
      if (n < 0) {
        if (errno == EINTR) continue;
        e = errno;
        break;
      }
      if (n == 0) break;
      data.append(buf, size_t(n));
      if (data.size() > 10 << 20) break;
    }
    ::close(fd);
  }
  std::string text;
  if (e != 0) {
    text = std::strerror(e);
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
      text[0] = char(text[0] - 'A' + 'a');
  } else if (data.size() > 10 << 20) {
    e = EFBIG;
    text = "time: file " + name + " is too large";
    data.clear();
  }
  setString(base, 0, runtime::gostring(data));
  setInt(base, 2, e);
  setString(base, 3, runtime::gostring(text));
}

// func lookupEnv(key string) (value string, ok bool)
void lookupEnv(vm::Thread*, uint64_t* base) {
  std::string key(getStringView(base, 0));
  const char* v = std::getenv(key.c_str());
  setString(base, 0, runtime::gostring(v ? std::string_view(v) : std::string_view()));
  setBool(base, 2, v != nullptr);
}

GOLITE_NATIVE_NOSTACKPTRS("time.sleep", sleep);
GOLITE_NATIVE("time.readFile", readFile);
GOLITE_NATIVE("time.lookupEnv", lookupEnv);
GOLITE_NATIVE("time.runtimeNano", runtimeNano);
GOLITE_NATIVE("time.now", now);
GOLITE_NATIVE("time.startNanoNative", startNanoNative);
GOLITE_NATIVE("time.setLocal", setLocal);
GOLITE_NATIVE("time.startTimer", startTimer);
GOLITE_NATIVE("time.stopTimer", stopTimer);
GOLITE_NATIVE("time.resetTimer", resetTimer);

}  // namespace

}  // namespace golite::stdlib
