// Semaphores (sync.Mutex, WaitGroup) and notify lists (sync.Cond) parking goroutines.
#include <doctest/doctest.h>

#include <atomic>
#include <vector>

#include "test_sched_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

TEST_CASE("1000 goroutines contend on a semaphore mutex") {
  for (int procs : {1, 2}) {
    int64_t counter = 0;  // plain: protected by the semaphore
    runGo(procs, [&] {
      static uint32_t sema;
      sema = 1;
      hchan* done = makeChanInt(0);
      for (int g = 0; g < 1000; g++) {
        go([&, done, g] {
          for (int i = 0; i < 100; i++) {
            semacquire(&sema, g % 2 == 0, WaitReason::SyncMutexLock);
            int64_t v = counter;
            if (i % 10 == 0) Gosched();  // hold it across a yield
            counter = v + 1;
            semrelease(&sema, i % 7 == 0);
          }
          send(done, 1);
        });
      }
      for (int g = 0; g < 1000; g++) recv(done);
      return 0;
    });
    CHECK(counter == 100000);
  }
}

TEST_CASE("a semaphore as a WaitGroup") {
  for (int procs : {1, 2}) {
    std::atomic<int> ran{0};
    runGo(procs, [&] {
      static uint32_t sema;
      sema = 0;
      constexpr int n = 500;
      for (int g = 0; g < n; g++) {
        go([&] {
          timeSleep(1000);
          ran++;
          semrelease(&sema, false);
        });
      }
      for (int g = 0; g < n; g++) semacquire(&sema, false, WaitReason::SyncWaitGroupWait);
      return 0;
    });
    CHECK(ran.load() == 500);
  }
}

TEST_CASE("semaphore waiters on different addresses do not mix") {
  std::vector<int64_t> got;
  runGo(1, [&] {
    static uint32_t s[64];
    for (auto& x : s) x = 0;
    hchan* out = makeChanInt(64);
    for (int i = 0; i < 64; i++) {
      go([=] {
        semacquire(&s[i], false, WaitReason::Semacquire);
        send(out, i);
      });
    }
    Gosched();  // all block
    for (int i = 63; i >= 0; i--) {
      semrelease(&s[i], false);
      got.push_back(recv(out));
    }
    return 0;
  });
  std::vector<int64_t> want;
  for (int i = 63; i >= 0; i--) want.push_back(i);
  CHECK(got == want);
}

TEST_CASE("notifyList wakes one waiter in order, or all") {
  std::vector<int64_t> order;
  int64_t all = 0;
  runGo(1, [&] {
    static notifyList l;
    l.wait = 0;
    l.notify = 0;
    hchan* out = makeChanInt(16);
    for (int i = 0; i < 3; i++) {
      go([=] {
        uint32_t t = notifyListAdd(&l);
        notifyListWait(&l, t);
        send(out, i);
      });
      Gosched();  // i takes its ticket before i+1
    }
    for (int i = 0; i < 3; i++) {
      notifyListNotifyOne(&l);
      order.push_back(recv(out));
    }
    for (int i = 0; i < 5; i++) {
      go([=] {
        uint32_t t = notifyListAdd(&l);
        notifyListWait(&l, t);
        send(out, 1);
      });
    }
    Gosched();
    notifyListNotifyAll(&l);
    for (int i = 0; i < 5; i++) all += recv(out);
    return 0;
  });
  CHECK(order == std::vector<int64_t>{0, 1, 2});
  CHECK(all == 5);
}

TEST_CASE("semacquire parks with its wait reason") {
  auto r = runInChild([] {
    runScheduler(
        [](void*) -> int {
          static uint32_t s = 0;
          semacquire(&s, false, WaitReason::SyncWaitGroupWait);
          return 0;
        },
        nullptr);
  });
  CHECK(r.status == 2);
  CHECK(r.err == "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n");
}
