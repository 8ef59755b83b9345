// The scheduler itself: goroutine 1, go, Gosched, goexit, GOMAXPROCS, goroutine ids and
// counts, system calls, preemption, deadlock reports.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

#include "runtime/runtime2.h"
#include "test_sched_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

TEST_CASE("runScheduler returns goroutine 1's result and can run again") {
  CHECK(runGo(0, [] { return 42; }) == 42);
  CHECK(runGo(1, [] { return 7; }) == 7);
  CHECK(runGo(2, [] { return goid(getg()) == 1 ? 3 : -1; }) == 3);
}

TEST_CASE("goroutine ids start at 5 after main, as Go's") {
  std::vector<int64_t> ids;
  runGo(1, [&] {
    hchan* c = makeChanInt(0);
    for (int i = 0; i < 3; i++) go([c] { send(c, goid(getg())); });
    for (int i = 0; i < 3; i++) ids.push_back(recv(c));
    return 0;
  });
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<int64_t>{5, 6, 7});
}

TEST_CASE("go puts the new goroutine in runnext and Gosched yields to it") {
  // At GOMAXPROCS 1, a new goroutine runs when the spawner yields; the one started last
  // runs first (runnext), the older ones follow from the queue in order.
  std::vector<int> order;
  runGo(1, [&] {
    for (int i = 0; i < 3; i++) go([&order, i] { order.push_back(i); });
    Gosched();
    order.push_back(100);
    return 0;
  });
  CHECK(order == std::vector<int>{2, 0, 1, 100});
}

TEST_CASE("GOMAXPROCS reports and resizes") {
  int before = 0, after1 = 0, after2 = 0, now = 0;
  runGo(0, [&] {
    before = gomaxprocs(0);
    after1 = gomaxprocs(3);
    after2 = gomaxprocs(1);
    now = gomaxprocs(0);
    // Goroutines still run after shrinking.
    hchan* c = makeChanInt(0);
    go([c] { send(c, 9); });
    return recv(c) == 9 ? 0 : 1;
  });
  CHECK(before == ncpu());
  CHECK(after1 == ncpu());
  CHECK(after2 == 3);
  CHECK(now == 1);
}

TEST_CASE("GOMAXPROCS resize keeps queued goroutines") {
  for (int procs : {1, 2}) {
    int64_t sum = 0;
    runGo(procs, [&] {
      hchan* c = makeChanInt(0);
      for (int i = 1; i <= 200; i++) go([c, i] { send(c, i); });
      gomaxprocs(procs == 1 ? 4 : 1);  // with 200 goroutines queued
      gomaxprocs(2);
      for (int i = 0; i < 200; i++) sum += recv(c);
      return 0;
    });
    CHECK(sum == 200 * 201 / 2);
  }
}

TEST_CASE("NumGoroutine counts live goroutines") {
  int64_t n0 = 0, n1 = 0, n2 = 0;
  runGo(1, [&] {
    n0 = numGoroutine();
    hchan* block = makeChanInt(0);
    hchan* done = makeChanInt(0);
    for (int i = 0; i < 10; i++) go([=] { recv(block); send(done, 1); });
    Gosched();
    n1 = numGoroutine();
    closechan(block);
    for (int i = 0; i < 10; i++) recv(done);
    Gosched();
    n2 = numGoroutine();
    return 0;
  });
  CHECK(n0 == 1);
  CHECK(n1 == 11);
  CHECK(n2 == 1);
}

namespace {
std::atomic<int> afterGoexit{0};
void sendThenGoexit(void* c) {
  send(static_cast<hchan*>(c), 1);
  goexit();
  afterGoexit++;  // never reached
}
}  // namespace

TEST_CASE("goexit ends a goroutine and its G is reused") {
  std::atomic<int>& after = afterGoexit;
  int64_t done = 0;
  runGo(2, [&] {
    hchan* c = makeChanInt(0);
    for (int i = 0; i < 1000; i++) newproc(sendThenGoexit, c, nullptr);
    for (int i = 0; i < 1000; i++) done += recv(c);
    return 0;
  });
  CHECK(done == 1000);
  CHECK(after.load() == 0);
}

TEST_CASE("goroutines run in parallel at GOMAXPROCS 2") {
  // Two goroutines spin until both have started: only possible on two threads.
  std::atomic<int> started{0};
  bool ok = false;
  runGo(2, [&] {
    hchan* c = makeChanInt(2);
    for (int i = 0; i < 2; i++) {
      go([&, c] {
        started++;
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (started.load() < 2 && std::chrono::steady_clock::now() < deadline) {
        }
        send(c, started.load() == 2 ? 1 : 0);
      });
    }
    ok = recv(c) + recv(c) == 2;
    return 0;
  });
  CHECK(ok);
}

TEST_CASE("sysmon preempts a goroutine that runs for over 10ms") {
  // At GOMAXPROCS 1 a spinning goroutine would starve goroutine 1 forever; the VM polls
  // the preempt flag and yields, as the loop below does.
  std::atomic<bool> stop{false};
  int preempted = 0;
  runGo(1, [&] {
    hchan* done = makeChanInt(0);
    go([&, done] {
      while (!stop.load()) {
        if (preemptFlag(getg())->load()) {
          preempted++;
          preemptPark();
        }
      }
      send(done, 1);
    });
    Gosched();  // the spinner runs; we come back only when it is preempted
    stop = true;
    recv(done);
    return 0;
  });
  CHECK(preempted >= 1);
}

TEST_CASE("a goroutine blocked in a system call does not stall the others") {
  for (int procs : {1, 2}) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    int64_t got = 0;
    runGo(procs, [&] {
      hchan* c = makeChanInt(0);
      go([&, c] {
        char b = 0;
        entersyscall();
        ssize_t n = read(fds[0], &b, 1);
        exitsyscall();
        send(c, n == 1 ? b : -1);
      });
      // Let the reader block, then keep this P busy: sysmon must hand the reader's P
      // away (GOMAXPROCS 1) for goroutine 1 to get here at all.
      Gosched();
      timeSleep(2 * 1000 * 1000);
      char x = 'x';
      if (write(fds[1], &x, 1) != 1) return 1;
      got = recv(c);
      return 0;
    });
    close(fds[0]);
    close(fds[1]);
    CHECK(got == 'x');
  }
}

TEST_CASE("deadlock is reported with every goroutine, main first") {
  auto r = runInChild([] {
    tracebackHook = [](G* gp) { std::fprintf(stderr, "frames of %lld\n", (long long)goid(gp)); };
    runScheduler(
        [](void*) -> int {
          hchan* c = makeChanInt(0);
          go([] { chansend(nullptr, nullptr, true); });
          go([] { selectgo(nullptr, 0, 0, true, nullptr); });
          go([] { timeSleep(1000); hchan* d = makeChanInt(0); send(d, 1); });
          recv(c);
          return 0;
        },
        nullptr);
  });
  CHECK(r.status == 2);
  CHECK(r.err ==
        "fatal error: all goroutines are asleep - deadlock!\n"
        "\n"
        "goroutine 1 [chan receive]:\nframes of 1\n"
        "\n"
        "goroutine 5 [chan send (nil chan)]:\nframes of 5\n"
        "\n"
        "goroutine 6 [select (no cases)]:\nframes of 6\n"
        "\n"
        "goroutine 7 [chan send]:\nframes of 7\n");
}

TEST_CASE("deadlock of goroutine 1 alone") {
  for (int procs : {1, 2}) {
    auto r = runInChild([procs] {
      static int p;
      p = procs;
      runScheduler(
          [](void*) -> int {
            gomaxprocs(p);
            hchan* c = makeChanInt(0);
            recv(c);
            return 0;
          },
          nullptr);
    });
    CHECK(r.status == 2);
    CHECK(r.err == "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n");
  }
}

TEST_CASE("main calling Goexit ends in the no-goroutines deadlock") {
  auto r = runInChild([] {
    runScheduler(
        [](void*) -> int {
          go([] { timeSleep(2 * 1000 * 1000); });
          goexit();
        },
        nullptr);
  });
  CHECK(r.status == 2);
  CHECK(r.err == "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
}

TEST_CASE("schedmain exits the process with goroutine 1's status, as the exit hook says") {
  auto r = runInChild([] {
    exitHook = [](int status) {
      std::fprintf(stderr, "exitHook %d\n", status);
      return status + 1;  // the hook decides the final status (golite test's summary)
    };
    schedmain(
        [](void*) -> int {
          go([] { hchan* c = makeChanInt(0); recv(c); });  // left blocked: dies with the process
          return 3;
        },
        nullptr);
  });
  CHECK(r.status == 4);
  CHECK(r.err == "exitHook 3\n");
}

TEST_CASE("a pending timer is not a deadlock") {
  CHECK(runGo(1, [] {
          timeSleep(20 * 1000 * 1000);
          return 5;
        }) == 5);
}

TEST_CASE("nativeStackOK sees the goroutine stack") {
  bool shallow = false, deep = true;
  runGo(1, [&] {
    shallow = nativeStackOK(16 << 10);
    deep = nativeStackOK(size_t(1) << 30);
    return 0;
  });
  CHECK(shallow);
  CHECK_FALSE(deep);
}

namespace {

// Recursion that burns about 1 KB of native stack a level and goes on through morestack
// below the guard, as the VM's deep native code does. Parks (Gosched, channel operations
// with a partner doing the same) at some levels, so that it resumes on other Ms while on
// a segment; throws at the bottom when asked.
struct Deep {
  hchan* ping;  // channels to a partner recursing alike (null: alone)
  hchan* pong;
  bool leader;  // sends on ping, then receives on pong; the partner the other way
  bool throwAtBottom;
  int64_t maxSegments = 0;
  bool ok = true;
};

int64_t deepRec(Deep* d, int n) {
  volatile char burn[1024];
  burn[0] = char(n);
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (here < stackGuard()) {
    struct Args {
      Deep* d;
      int n;
      int64_t r;
    } a{d, n, 0};
    if (!morestack([](void* v) {
          auto* a = static_cast<Args*>(v);
          a->r = deepRec(a->d, a->n);
        }, &a)) {
      d->ok = false;
      return 0;
    }
    return a.r;
  }
  G* gp = getg();
  if (here < gp->stack.lo || here >= gp->stack.hi) d->ok = false;  // G::stack is the segment
  d->maxSegments = std::max<int64_t>(d->maxSegments, gp->stackSegments);
  if (n % 97 == 0) Gosched();
  if (d->ping && n % 211 == 0) {
    if (d->leader) {
      send(d->ping, n);
      if (recv(d->pong) != n) d->ok = false;
    } else {
      int64_t v = recv(d->ping);
      if (v != n) d->ok = false;
      send(d->pong, v);
    }
  }
  if (n == 0) {
    if (d->throwAtBottom) throw std::runtime_error("bottom");
    return 0;
  }
  int64_t r = deepRec(d, n - 1) + 1;
  if (burn[0] != char(n)) d->ok = false;  // this frame's memory survived the segments above
  return r;
}

}  // namespace

TEST_CASE("morestack grows a goroutine's native stack in segments") {
  // Two goroutines recurse 4,000 levels (4 MB) in lockstep at GOMAXPROCS 2, parking on
  // segments; then one recursion throws from the bottom through every segment.
  Deep a{}, b{};
  int64_t ra = -1, rb = -1;
  bool caught = false;
  int32_t segmentsAfter = -1;
  runGo(2, [&] {
    hchan* ab = makeChanInt(0);
    hchan* ba = makeChanInt(0);
    hchan* done = makeChanInt(1);
    a = Deep{ab, ba, true, false};
    b = Deep{ab, ba, false, false};
    go([&, done] {
      rb = deepRec(&b, 4000 - 1);  // meets a at the levels that are multiples of 211
      send(done, 1);
    });
    ra = deepRec(&a, 4000 - 1);
    recv(done);
    Deep t{nullptr, nullptr, false, true};
    try {
      deepRec(&t, 3000);
    } catch (const std::runtime_error& e) {
      caught = std::string(e.what()) == "bottom";
    }
    segmentsAfter = getg()->stackSegments;
    return 0;
  });
  CHECK(a.ok);
  CHECK(b.ok);
  CHECK(ra == 3999);
  CHECK(rb == 3999);
  CHECK(a.maxSegments >= 3);
  CHECK(caught);
  CHECK(segmentsAfter == 0);
}

TEST_CASE("GOMAXPROCS changes while goroutines run and block in system calls") {
  std::atomic<bool> stop{false};
  std::atomic<int64_t> spins{0};
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  int final = 0;
  int64_t got = 0;
  runGo(2, [&] {
    hchan* done = makeChanInt(8);
    for (int i = 0; i < 4; i++) {
      go([&, done] {
        while (!stop.load()) {
          spins++;
          if (preemptFlag(getg())->load()) preemptPark();
        }
        send(done, 1);
      });
    }
    go([&, done] {
      char b = 0;
      entersyscall();
      ssize_t n = read(fds[0], &b, 1);
      exitsyscall();
      send(done, n == 1 ? b : -1);
    });
    while (spins.load() == 0) Gosched();  // the spinners are running
    for (int i = 0; i < 10; i++) {
      gomaxprocs(1);
      gomaxprocs(3);
      gomaxprocs(2);
    }
    char x = 'y';
    if (write(fds[1], &x, 1) != 1) return 1;
    stop = true;
    int64_t sum = 0;
    for (int i = 0; i < 5; i++) sum += recv(done);
    got = sum - 4;
    final = gomaxprocs(0);
    return 0;
  });
  close(fds[0]);
  close(fds[1]);
  CHECK(got == 'y');
  CHECK(final == 2);
  CHECK(spins.load() > 0);
}

TEST_CASE("a goroutine parked inside a catch block keeps its exception across threads") {
  // The exception being handled lives in per-thread C++ runtime state; the goroutine may
  // resume on another M, where `throw;` must still find it.
  int rethrown = 0;
  runGo(2, [&] {
    hchan* ping = makeChanInt(0);
    hchan* done = makeChanInt(0);
    for (int g = 0; g < 4; g++) {
      go([&, ping, done] {
        int ok = 0;
        for (int i = 0; i < 50; i++) {
          try {
            throw std::runtime_error("boom");
          } catch (...) {
            recv(ping);  // park; any M may resume us
            try {
              throw;
            } catch (const std::runtime_error& e) {
              ok += std::string(e.what()) == "boom";
            }
          }
        }
        send(done, ok);
      });
    }
    go([ping] {
      for (int i = 0; i < 200; i++) send(ping, i);
    });
    for (int g = 0; g < 4; g++) rethrown += int(recv(done));
    return 0;
  });
  CHECK(rethrown == 200);
}
