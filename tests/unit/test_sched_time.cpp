// Timers: Sleep ordering and duration, runtime timers (add, delete, modify, periodic),
// timers firing while every goroutine is parked.
#include <doctest/doctest.h>

#include <atomic>
#include <vector>

#include "test_sched_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

namespace {
constexpr int64_t ms = 1000 * 1000;

// A timer callback: a non-blocking send of seq on the channel arg (as package time's
// sendTime does).
void sendSeq(void* arg, uintptr_t seq) {
  int64_t v = int64_t(seq);
  chansend(static_cast<hchan*>(arg), &v, false);
}
}  // namespace

TEST_CASE("sleeping goroutines wake in order of their deadlines") {
  // 50ms apart: two deadlines would only share a scheduler pass (and then wake in runnext
  // order, as in Go) if this machine stalled for that long.
  for (int procs : {1, 2}) {
    std::vector<int64_t> order;
    int64_t elapsed = 0;
    bool early = false;
    runGo(procs, [&] {
      int64_t t0 = nanotime();
      hchan* c = makeChanInt(10);
      for (int64_t d : {150, 50, 250, 100, 200}) {
        go([=, &early] {
          timeSleep(d * ms);
          if (nanotime() - t0 < d * ms) early = true;
          send(c, d);
        });
      }
      for (int i = 0; i < 5; i++) order.push_back(recv(c));
      elapsed = nanotime() - t0;
      return 0;
    });
    CHECK(order == std::vector<int64_t>{50, 100, 150, 200, 250});
    CHECK_FALSE(early);
    CHECK(elapsed >= 250 * ms);
    CHECK(elapsed < 5000 * ms);
  }
}

TEST_CASE("many goroutines sleep at once without a thread each") {
  constexpr int64_t count = stress(10000, 2000);
  int64_t n = 0;
  runGo(2, [&] {
    hchan* c = makeChanInt(0);
    for (int i = 0; i < count; i++) {
      go([=] {
        timeSleep((1 + i % 10) * ms);
        send(c, 1);
      });
    }
    for (int i = 0; i < count; i++) n += recv(c);
    return 0;
  });
  CHECK(n == count);
}

TEST_CASE("runtime timers fire, stop, reset and repeat") {
  int64_t first = 0;
  bool delAfterFire = true, delPending = false, modNotPending = true, modPending = false;
  int64_t afterReset = 0, ticks = 0;
  bool stoppedTicker = false;
  runGo(1, [&] {
    hchan* c = makeChanInt(1);
    Timer t;
    t.f = sendSeq;
    t.arg = c;
    t.seq = 11;
    t.when = nanotime() + 2 * ms;
    addtimer(&t);
    first = recv(c);                  // fires while goroutine 1 is parked
    delAfterFire = deltimer(&t);      // already fired: not pending
    modNotPending = modtimer(&t, nanotime() + 1000 * ms, 0);  // re-added
    delPending = deltimer(&t);        // pending: stopped
    t.seq = 12;
    modtimer(&t, nanotime() + 1000 * ms, 0);
    modPending = modtimer(&t, nanotime() + 1 * ms, 0);  // moved earlier while pending
    afterReset = recv(c);

    // A ticker: period 1ms, counted five times, then stopped.
    hchan* tc = makeChanInt(1);
    Timer tick;
    tick.f = sendSeq;
    tick.arg = tc;
    tick.seq = 1;
    tick.when = nanotime() + ms;
    tick.period = ms;
    addtimer(&tick);
    for (int i = 0; i < 5; i++) ticks += recv(tc);
    stoppedTicker = deltimer(&tick);
    return 0;
  });
  CHECK(first == 11);
  CHECK_FALSE(delAfterFire);
  CHECK_FALSE(modNotPending);
  CHECK(delPending);
  CHECK(modPending);
  CHECK(afterReset == 12);
  CHECK(ticks == 5);
  CHECK(stoppedTicker);
}

TEST_CASE("timers are stopped and reset from other goroutines concurrently") {
  // Goroutines on two Ps hammer the same timers with reset and stop while they fire.
  std::atomic<int64_t> fired{0};
  runGo(2, [&] {
    constexpr int nt = 8;
    static Timer timers[nt];
    for (auto& t : timers) {
      t.f = [](void* a, uintptr_t) { static_cast<std::atomic<int64_t>*>(a)->fetch_add(1); };
      t.arg = &fired;
      t.period = 0;
    }
    hchan* done = makeChanInt(4);
    for (int g = 0; g < 4; g++) {
      go([=] {
        for (int i = 0; i < 2000; i++) {
          Timer* t = &timers[(i * 7 + g) % nt];
          if (i % 3 == 0) deltimer(t);
          else modtimer(t, nanotime() + (i % 5) * 10000 + 1, 0);
          if (i % 50 == 0) Gosched();
        }
        send(done, 1);
      });
    }
    for (int g = 0; g < 4; g++) recv(done);
    for (auto& t : timers) deltimer(&t);
    return 0;
  });
  CHECK(fired.load() > 0);
}
