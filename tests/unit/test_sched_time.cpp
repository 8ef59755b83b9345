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

TEST_CASE("expired timers fire in order of their deadlines, however late the check") {
  // The heap hands out timers earliest first. All five deadlines pass while goroutine 1
  // sleeps past them, so however long the machine stalls, one scheduler pass (or several)
  // finds them expired and must fire them in deadline order. One P: no other M runs the
  // heap concurrently.
  std::vector<int64_t> order;
  runGo(1, [&] {
    hchan* c = makeChanInt(10);
    std::vector<Timer> timers(5);
    int64_t t0 = nanotime();
    int k = 0;
    for (int64_t d : {4, 1, 5, 2, 3}) {
      Timer& t = timers[k++];
      t.f = sendSeq;
      t.arg = c;
      t.seq = uintptr_t(d);
      t.when = t0 + d * ms;
      addtimer(&t);
    }
    timeSleep(20 * ms);
    for (int i = 0; i < 5; i++) order.push_back(recv(c));
    return 0;
  });
  CHECK(order == std::vector<int64_t>{1, 2, 3, 4, 5});
}

TEST_CASE("sleeping goroutines never wake before their deadlines") {
  // Only lower bounds: a loaded machine may wake them late, never early.
  for (int procs : {1, 2}) {
    int64_t elapsed = 0;
    std::atomic<bool> early{false};
    std::atomic<int> woke{0};
    runGo(procs, [&] {
      int64_t t0 = nanotime();
      hchan* c = makeChanInt(10);
      for (int64_t d : {15, 5, 25, 10, 20}) {
        go([=, &early, &woke] {
          timeSleep(d * ms);
          if (nanotime() - t0 < d * ms) early = true;
          woke++;
          send(c, d);
        });
      }
      for (int i = 0; i < 5; i++) recv(c);
      elapsed = nanotime() - t0;
      return 0;
    });
    CHECK(woke == 5);
    CHECK_FALSE(early);
    CHECK(elapsed >= 25 * ms);
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
