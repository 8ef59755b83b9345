// The network poller (runtime/netpoll.cpp): goroutines parked on descriptors are readied
// by epoll, deadlines and close wake them, and a program whose goroutines all wait on
// descriptors is not a deadlock. Also under ThreadSanitizer (ctest sched_tsan).
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <thread>
#include <vector>

#include "runtime/netpoll.h"
#include "runtime/sigqueue.h"
#include "test_sched_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

namespace {
constexpr int64_t ms = 1000 * 1000;

struct Pipe {
  int r = -1, w = -1;
  pollDesc* pd = nullptr;
  Pipe() {
    int p[2];
    REQUIRE(pipe2(p, O_NONBLOCK | O_CLOEXEC) == 0);
    r = p[0];
    w = p[1];
    int err = 0;
    pd = pollOpen(uintptr_t(r), &err);
    REQUIRE(pd != nullptr);
  }
  void close() {
    pollUnblock(pd);
    pollClose(pd);
    ::close(r);
    ::close(w);
  }
};

// Reads one byte from p as internal/poll does: on EAGAIN, wait for the poller. Returns
// the byte, or -(the poller's error).
int readByte(Pipe& p) {
  if (int e = pollReset(p.pd, 'r')) return -e;
  for (;;) {
    char c;
    ssize_t n = ::read(p.r, &c, 1);
    if (n == 1) return c;
    if (n < 0 && errno == EAGAIN) {
      if (int e = pollWait(p.pd, 'r')) return -e;
      continue;
    }
    return -100;
  }
}
}  // namespace

TEST_CASE("goroutines parked on pipes are readied by the poller") {
  for (int procs : {1, 2}) {
    const int n = int(stress(64, 16));
    std::vector<int> got(size_t(n), 0);
    runGo(procs, [&] {
      pollServerInit();
      std::vector<Pipe> pipes(static_cast<size_t>(n));
      hchan* done = makeChanInt(n);
      for (int i = 0; i < n; i++)
        go([&, i] {
          got[size_t(i)] = readByte(pipes[size_t(i)]);
          send(done, i);
        });
      timeSleep(10 * ms);  // they park
      for (int i = 0; i < n; i++) {
        char c = char('a' + i % 26);
        REQUIRE(::write(pipes[size_t(i)].w, &c, 1) == 1);
      }
      for (int i = 0; i < n; i++) recv(done);
      for (auto& p : pipes) p.close();
      return 0;
    });
    for (int i = 0; i < n; i++) CHECK(got[size_t(i)] == 'a' + i % 26);
  }
}

TEST_CASE("a deadline wakes a parked reader with a timeout, close with closing") {
  int timedOut = 0, closed = 0;
  int64_t waited = 0;
  runGo(2, [&] {
    pollServerInit();
    Pipe a, b;
    hchan* done = makeChanInt(2);
    go([&] {
      int64_t t0 = nanotime();
      pollSetDeadline(a.pd, 20 * ms, 'r');
      timedOut = readByte(a);
      waited = nanotime() - t0;
      send(done, 1);
    });
    go([&] {
      closed = readByte(b);
      send(done, 2);
    });
    timeSleep(5 * ms);
    pollUnblock(b.pd);  // what Close does first
    recv(done);
    recv(done);
    pollClose(b.pd);
    ::close(b.r);
    ::close(b.w);
    a.close();
    return 0;
  });
  CHECK(timedOut == -2);
  CHECK(waited >= 20 * ms);
  CHECK(closed == -1);
}

TEST_CASE("goroutines all parked on descriptors are not a deadlock") {
  // Every goroutine waits (one on a pipe, goroutine 1 on a channel): an M blocks in
  // epoll_wait, and a thread outside the scheduler writes the pipe 30 ms later.
  int got = 0;
  runGo(1, [&] {
    pollServerInit();
    Pipe p;
    hchan* done = makeChanInt(0);
    go([&] {
      got = readByte(p);
      send(done, 1);
    });
    std::thread writer([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(30));
      char c = 'z';
      REQUIRE(::write(p.w, &c, 1) == 1);
    });
    recv(done);
    writer.join();
    p.close();
    return 0;
  });
  CHECK(got == 'z');
}

TEST_CASE("a caught signal reaches the goroutine waiting in sigRecv, once per raise") {
  // os/signal's watcher (runtime/sigqueue.cpp): the handler queues the signal, the
  // receiver waits as in a system call. Raised from a thread outside the scheduler.
  // Not under ThreadSanitizer, which holds an asynchronous signal back until the thread
  // it picked passes one of its interceptors (the receiver's futex wait is a raw system
  // call it does not see).
  if (underTSan) return;
  uint32_t first = 0, second = 0;
  runGo(2, [&] {
    sigEnable(SIGUSR2);
    hchan* done = makeChanInt(2);
    go([&] {
      first = sigRecv();
      send(done, 1);
      second = sigRecv();
      send(done, 2);
    });
    std::thread raiser([] {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      ::kill(::getpid(), SIGUSR2);
    });
    recv(done);
    raiser.join();
    ::kill(::getpid(), SIGUSR2);
    recv(done);
    sigDisable(SIGUSR2);
    return 0;
  });
  CHECK(first == SIGUSR2);
  CHECK(second == SIGUSR2);
}
