// Scheduler micro-benchmarks, the same programs as Go's in the comments (skipped by
// default; run with: unit_tests -ts=sched_bench --no-skip).
//
// Times are process CPU time per operation. The Go side, for comparison (same measure,
// from getrusage; GOMAXPROCS as the argument):
//   ping, pong := make(chan int), make(chan int)     // ping-pong round trip
//   go func() { for i := 0; i < n; i++ { pong <- (<-ping) + 1 } }()
//   for i := 0; i < n; i++ { ping <- i; <-pong }
//   for i := 0; i < n; i++ { go func() { done <- 1 }(); <-done }   // spawn and join
//   100 times: 1000 × go func() { done <- 1 }(), then 1000 × <-done  // spawn batch
//   one goroutine sends 10n ints on make(chan int, 128), main ranges over it  // buffered
//   4 senders on 4 channels, main selects over all four                      // select
#include <doctest/doctest.h>

#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdio>

#include "test_sched_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

namespace {

// Process CPU time: this machine is shared, and wall time says more about the neighbours.
struct Clock {
  static int64_t now() {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
  }
};

double since(int64_t t0, int64_t n) { return double(Clock::now() - t0) / double(n); }

int64_t rssBytes() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return int64_t(resident) * 4096;
}

std::atomic<int64_t> started{0};

void recvForever(void* c) {
  started.fetch_add(1, std::memory_order_relaxed);
  int64_t v;
  chanrecv(static_cast<hchan*>(c), &v, true, nullptr);
}

void sendDone(void* c) {
  int64_t v = 1;
  chansend(static_cast<hchan*>(c), &v, true);
}

}  // namespace

TEST_SUITE("sched_bench" * doctest::skip(true)) {
  TEST_CASE("scheduler benchmarks") {
    constexpr int64_t n = 100000;
    for (int procs : {1, 2}) {
      double pingpong = 0, spawn = 0, batch = 0, buffered = 0, sel = 0;
      runGo(procs, [&] {
        hchan* ping = makeChanInt(0);
        hchan* pong = makeChanInt(0);
        go([=] {
          for (int64_t i = 0; i < n; i++) send(pong, recv(ping) + 1);
        });
        auto t0 = Clock::now();
        for (int64_t i = 0; i < n; i++) {
          send(ping, i);
          recv(pong);
        }
        pingpong = since(t0, n);

        hchan* done = makeChanInt(0);
        t0 = Clock::now();
        for (int64_t i = 0; i < n; i++) {
          newproc(sendDone, done, nullptr);
          recv(done);
        }
        spawn = since(t0, n);

        t0 = Clock::now();
        for (int r = 0; r < 100; r++) {
          for (int i = 0; i < 1000; i++) newproc(sendDone, done, nullptr);
          for (int i = 0; i < 1000; i++) recv(done);
        }
        batch = since(t0, n);

        hchan* bc = makeChanInt(128);
        go([=] {
          for (int64_t i = 0; i < 10 * n; i++) send(bc, i);
          closechan(bc);
        });
        t0 = Clock::now();
        int64_t v;
        bool ok = true;
        while (chanrecv(bc, &v, true, &ok) && ok) {
        }
        buffered = since(t0, 10 * n);

        hchan* cs[4];
        for (auto& c : cs) {
          c = makeChanInt(0);
          go([=] {
            for (int64_t i = 0; i < n / 4; i++) send(c, i);
          });
        }
        t0 = Clock::now();
        for (int64_t i = 0; i < n; i++) {
          int64_t a[4];
          scase cases[4] = {{cs[0], &a[0]}, {cs[1], &a[1]}, {cs[2], &a[2]}, {cs[3], &a[3]}};
          selectgo(cases, 0, 4, true, nullptr);
        }
        sel = since(t0, n);
        return 0;
      });
      MESSAGE("GOMAXPROCS=" << procs << " (CPU time): ping-pong " << pingpong << " ns/round trip, spawn+join "
                            << spawn << " ns, spawn batch " << batch << " ns, buffered " << buffered
                            << " ns/value, select4 " << sel << " ns/op");
    }
  }

  TEST_CASE("RSS per parked goroutine") {
    for (int64_t n : {100000, 1000000}) {
      double perG = 0;
      runGo(2, [&] {
        hchan* block = makeChanInt(0);
        int64_t before = rssBytes();
        started = 0;
        for (int64_t i = 0; i < n; i++) newproc(recvForever, block, nullptr);
        while (started.load() < n) timeSleep(1000 * 1000);
        timeSleep(1000 * 1000);  // the last ones park
        perG = double(rssBytes() - before) / double(n);
        return 0;
      });
      MESSAGE(n << " parked goroutines: " << perG << " bytes RSS each");
    }
  }
}
