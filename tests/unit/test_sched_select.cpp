// select: ready cases, default, random choice among ready cases, blocking on several
// channels, closed channels, send cases, and several wakers racing for one select.
#include <doctest/doctest.h>

#include <atomic>
#include <string>

#include "test_sched_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

TEST_CASE("select takes a ready case, or default when none is ready") {
  int none = 0, ready = -1, recvOK = 0;
  int64_t got = 0;
  runGo(1, [&] {
    hchan* a = makeChanInt(1);
    hchan* b = makeChanInt(1);
    int64_t va = 0, vb = 0;
    scase cases[2] = {{a, &va}, {b, &vb}};
    bool ok = false;
    none = selectgo(cases, 0, 2, false, &ok);
    send(b, 42);
    scase cases2[2] = {{a, &va}, {b, &vb}};
    ready = selectgo(cases2, 0, 2, false, &ok);
    recvOK = ok;
    got = vb;
    return 0;
  });
  CHECK(none == -1);
  CHECK(ready == 1);
  CHECK(recvOK == 1);
  CHECK(got == 42);
}

TEST_CASE("select chooses uniformly among ready cases") {
  int counts[4] = {};
  runGo(1, [&] {
    hchan* cs[4];
    for (auto& c : cs) c = makeChanInt(1);
    for (int i = 0; i < 40000; i++) {
      int64_t v[4];
      int64_t one = i;
      for (auto* c : cs) chansend(c, &one, false);  // keep all four ready
      scase cases[4] = {{cs[0], &v[0]}, {cs[1], &v[1]}, {cs[2], &v[2]}, {cs[3], &v[3]}};
      counts[selectgo(cases, 0, 4, true, nullptr)]++;
    }
    return 0;
  });
  for (int c : counts) {
    CHECK(c > 9000);
    CHECK(c < 11000);
  }
}

TEST_CASE("select blocks on every channel and wakes on the one that fires") {
  for (int procs : {1, 2}) {
    int chosen = -1;
    int64_t v = 0;
    runGo(procs, [&] {
      hchan* a = makeChanInt(0);
      hchan* b = makeChanInt(0);
      hchan* c = makeChanInt(0);
      go([=] {
        timeSleep(1000000);
        send(b, 77);
      });
      int64_t va = 0, vb = 0, vc = 0;
      scase cases[3] = {{a, &va}, {b, &vb}, {c, &vc}};
      chosen = selectgo(cases, 0, 3, true, nullptr);
      v = vb;
      // The other channels were dequeued: a later send on them finds no stale waiter.
      return chansend(a, &va, false) ? 1 : 0;
    });
    CHECK(chosen == 1);
    CHECK(v == 77);
  }
}

TEST_CASE("select send cases and a closed channel") {
  int sent = -1, closedCase = -1;
  bool closedOk = true;
  std::string panicMsg;
  int64_t received = 0;
  runGo(2, [&] {
    hchan* out = makeChanInt(0);
    hchan* never = makeChanInt(0);
    go([&, out] { received = recv(out); });
    int64_t v = 5, dummy = 0;
    // cases[0] is a send; cases[1] a receive that never fires.
    scase cases[2] = {{out, &v}, {never, &dummy}};
    sent = selectgo(cases, 1, 1, true, nullptr);
    timeSleep(1000000);

    hchan* cl = makeChanInt(0);
    closechan(cl);
    scase cases2[2] = {{never, &dummy}, {cl, &dummy}};
    dummy = 9;
    closedCase = selectgo(cases2, 0, 2, true, &closedOk);
    if (dummy != 0) return 1;

    // A send case on a closed channel panics.
    scase cases3[1] = {{cl, &v}};
    try {
      selectgo(cases3, 1, 0, true, nullptr);
    } catch (const GoPanic& p) {
      panicMsg = runtimeErrorMessage(p.value.type, p.value.data);
    }
    return 0;
  });
  CHECK(sent == 0);
  CHECK(received == 5);
  CHECK(closedCase == 1);
  CHECK_FALSE(closedOk);
  CHECK(panicMsg == "send on closed channel");
}

TEST_CASE("a blocked select woken by close of a send case panics") {
  std::string msg;
  runGo(2, [&] {
    hchan* c = makeChanInt(0);
    hchan* done = makeChanInt(0);
    go([&, c, done] {
      int64_t v = 1;
      scase cases[1] = {{c, &v}};
      try {
        selectgo(cases, 1, 0, true, nullptr);
      } catch (const GoPanic& p) {
        msg = runtimeErrorMessage(p.value.type, p.value.data);
      }
      send(done, 1);
    });
    timeSleep(1000000);
    closechan(c);
    recv(done);
    return 0;
  });
  CHECK(msg == "send on closed channel");
}

TEST_CASE("nil channels in select are never ready") {
  int chosen = -2;
  runGo(1, [&] {
    hchan* c = makeChanInt(1);
    send(c, 3);
    int64_t v = 0;
    scase cases[3] = {{nullptr, &v}, {c, &v}, {nullptr, &v}};
    chosen = selectgo(cases, 0, 3, true, nullptr);
    scase none[2] = {{nullptr, &v}, {nullptr, &v}};
    return selectgo(none, 1, 1, false, nullptr) == -1 ? 0 : 1;
  });
  CHECK(chosen == 1);
}

TEST_CASE("select with all nil channels blocks with reason select") {
  auto r = runInChild([] {
    runScheduler(
        [](void*) -> int {
          int64_t v;
          scase none[1] = {{nullptr, &v}};
          selectgo(none, 0, 1, true, nullptr);
          return 0;
        },
        nullptr);
  });
  CHECK(r.status == 2);
  CHECK(r.err == "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select]:\n");
}

TEST_CASE("many wakers race for selects over the same channels") {
  // Each round, goroutines blocked in selects on both channels are woken by senders on
  // both: every value must be received exactly once.
  for (int procs : {1, 2}) {
    int64_t sum = 0, n = 0;
    constexpr int64_t values = 20000;
    runGo(procs, [&] {
      hchan* a = makeChanInt(0);
      hchan* b = makeChanInt(0);
      hchan* sums = makeChanInt(0);
      hchan* counts = makeChanInt(0);
      constexpr int selectors = 4;
      for (int s = 0; s < selectors; s++) {
        go([=] {
          int64_t got = 0, cnt = 0;
          for (;;) {
            int64_t va = 0, vb = 0;
            scase cases[2] = {{a, &va}, {b, &vb}};
            bool ok = false;
            int i = selectgo(cases, 0, 2, true, &ok);
            if (!ok) break;  // closed
            got += i == 0 ? va : vb;
            cnt++;
          }
          send(sums, got);
          send(counts, cnt);
        });
      }
      hchan* fin = makeChanInt(2);
      go([=] { for (int64_t i = 1; i <= values; i += 2) send(a, i); send(fin, 1); });
      go([=] { for (int64_t i = 2; i <= values; i += 2) send(b, i); send(fin, 1); });
      recv(fin);
      recv(fin);
      closechan(a);
      closechan(b);
      for (int s = 0; s < selectors; s++) {
        sum += recv(sums);
        n += recv(counts);
      }
      return 0;
    });
    CHECK(n == values);
    CHECK(sum == values * (values + 1) / 2);
  }
}
