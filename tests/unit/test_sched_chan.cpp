// Channels under the real scheduler: hand-off, buffering, FIFO waiters, close, nil
// channels, runtime errors, and the stress runs the issue asks for.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <vector>

#include "test_sched_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

namespace {

std::string panicText(const GoPanic& p) {
  return runtimeErrorMessage(p.value.type, p.value.data);
}

// The message of the plain runtime error f panics with, "" if none.
std::string goPanicMessage(const std::function<void()>& f) {
  try {
    f();
  } catch (const GoPanic& p) {
    return panicText(p);
  }
  return "";
}

double nsPer(std::chrono::steady_clock::time_point t0, int64_t n) {
  auto d = std::chrono::steady_clock::now() - t0;
  return double(std::chrono::duration_cast<std::chrono::nanoseconds>(d).count()) / double(n);
}

}  // namespace

TEST_CASE("100000 goroutines each send one value, GOMAXPROCS 1 and 2") {
  constexpr int64_t n = stress(100000, 2000);
  for (int procs : {1, 2}) {
    int64_t sum = 0;
    double ns = 0;
    runGo(procs, [&] {
      auto t0 = std::chrono::steady_clock::now();
      hchan* c = makeChanInt(0);
      for (int64_t i = 1; i <= n; i++) go([c, i] { send(c, i); });
      for (int64_t i = 0; i < n; i++) sum += recv(c);
      ns = nsPer(t0, n);
      return 0;
    });
    CHECK(sum == n * (n + 1) / 2);
    MESSAGE("GOMAXPROCS=" << procs << ": " << ns << " ns per goroutine spawned, sent, received");
  }
}

TEST_CASE("8 producers and 8 consumers move 1000000 values through a buffered channel") {
  constexpr int64_t total = stress(1000000, 100000);
  constexpr int producers = 8, consumers = 8;
  for (int procs : {1, 2}) {
    int64_t sum = 0, count = 0;
    runGo(procs, [&] {
      hchan* work = makeChanInt(128);
      hchan* done = makeChanInt(0);
      hchan* produced = makeChanInt(producers);
      hchan* sums = makeChanInt(consumers);
      hchan* counts = makeChanInt(consumers);
      for (int p = 0; p < producers; p++) {
        go([=] {
          for (int64_t k = p; k < total; k += producers) send(work, k);
          send(produced, 1);
        });
      }
      for (int q = 0; q < consumers; q++) {
        go([=] {
          int64_t s = 0, n = 0, v = 0;
          for (;;) {
            scase cases[2] = {{work, &v}, {done, nullptr}};
            bool ok = false;
            int chosen = selectgo(cases, 0, 2, true, &ok);
            if (chosen == 0) {
              s += v;
              n++;
              continue;
            }
            // done: the producers have finished, drain what is left.
            while (chanrecv(work, &v, false, &ok)) {
              s += v;
              n++;
            }
            break;
          }
          send(sums, s);
          send(counts, n);
        });
      }
      for (int p = 0; p < producers; p++) recv(produced);
      closechan(done);
      for (int q = 0; q < consumers; q++) {
        sum += recv(sums);
        count += recv(counts);
      }
      return 0;
    });
    CHECK(count == total);
    CHECK(sum == total * (total - 1) / 2);
  }
}

TEST_CASE("ping-pong 100000 round trips on unbuffered channels") {
  constexpr int64_t rounds = stress(100000, 20000);
  for (int procs : {1, 2}) {
    bool inOrder = true;
    double ns = 0;
    runGo(procs, [&] {
      hchan* ping = makeChanInt(0);
      hchan* pong = makeChanInt(0);
      go([=] {
        for (int64_t i = 0; i < rounds; i++) send(pong, recv(ping) + 1);
      });
      auto t0 = std::chrono::steady_clock::now();
      for (int64_t i = 0; i < rounds; i++) {
        send(ping, i);
        if (recv(pong) != i + 1) inOrder = false;
      }
      ns = nsPer(t0, rounds);
      return 0;
    });
    CHECK(inOrder);
    MESSAGE("GOMAXPROCS=" << procs << ": " << ns << " ns per ping-pong round trip");
  }
}

TEST_CASE("buffered channel keeps FIFO order and len and cap") {
  std::vector<int64_t> got;
  int64_t len1 = 0, cap1 = 0, len2 = 0;
  runGo(1, [&] {
    hchan* c = makeChanInt(3);
    send(c, 1);
    send(c, 2);
    len1 = chanlen(c);
    cap1 = chancap(c);
    send(c, 3);
    // A fourth send blocks until a receiver makes room; it then refills the buffer.
    go([c] { send(c, 4); send(c, 5); });
    Gosched();
    for (int i = 0; i < 5; i++) got.push_back(recv(c));
    len2 = chanlen(c);
    return 0;
  });
  CHECK(got == std::vector<int64_t>{1, 2, 3, 4, 5});
  CHECK(len1 == 2);
  CHECK(cap1 == 3);
  CHECK(len2 == 0);
  CHECK(chanlen(nullptr) == 0);
  CHECK(chancap(nullptr) == 0);
}

TEST_CASE("blocked receivers are served in FIFO order") {
  std::vector<int64_t> who;
  runGo(1, [&] {
    hchan* c = makeChanInt(0);
    hchan* out = makeChanInt(10);
    for (int64_t i = 0; i < 5; i++) {
      go([=] { send(out, i * 100 + recv(c)); });
      Gosched();  // i blocks before i+1
    }
    for (int64_t v = 0; v < 5; v++) send(c, v);
    for (int i = 0; i < 5; i++) who.push_back(recv(out));
    return 0;
  });
  std::sort(who.begin(), who.end());
  CHECK(who == std::vector<int64_t>{0, 101, 202, 303, 404});
}

TEST_CASE("close wakes every receiver with zero and not ok, and senders panic") {
  for (int procs : {1, 2}) {
    int64_t zeroNotOk = 0;
    int64_t sendPanics = 0;
    int64_t drained = 0;
    bool lastOk = true;
    runGo(procs, [&] {
      hchan* c = makeChanInt(0);
      hchan* out = makeChanInt(100);
      for (int i = 0; i < 10; i++) {
        go([=] {
          bool ok = true;
          int64_t v = recv(c, &ok);
          send(out, (v == 0 && !ok) ? 1 : 0);
        });
      }
      hchan* full = makeChanInt(1);
      send(full, 7);
      for (int i = 0; i < 5; i++) {
        go([=] {
          std::string m = goPanicMessage([&] { send(full, 8); });
          send(out, m == "send on closed channel" ? 100 : 0);
        });
      }
      timeSleep(1000000);  // everyone blocks
      closechan(c);
      closechan(full);
      for (int i = 0; i < 15; i++) {
        int64_t r = recv(out);
        if (r == 1) zeroNotOk++;
        if (r == 100) sendPanics++;
      }
      // The buffered value survives the close; then zero, not ok.
      bool ok = false;
      drained = recv(full, &ok);
      recv(full, &lastOk);
      return 0;
    });
    CHECK(zeroNotOk == 10);
    CHECK(sendPanics == 5);
    CHECK(drained == 7);
    CHECK_FALSE(lastOk);
  }
}

TEST_CASE("channel runtime errors are Go's plain errors") {
  std::string sendClosed, closeClosed, closeNil, badSize;
  runGo(1, [&] {
    hchan* c = makeChanInt(1);
    closechan(c);
    sendClosed = goPanicMessage([&] { send(c, 1); });
    closeClosed = goPanicMessage([&] { closechan(c); });
    closeNil = goPanicMessage([&] { closechan(nullptr); });
    badSize = goPanicMessage([&] { makechan(chanInt(), -1); });
    return 0;
  });
  CHECK(sendClosed == "send on closed channel");
  CHECK(closeClosed == "close of closed channel");
  CHECK(closeNil == "close of nil channel");
  CHECK(badSize == "makechan: size out of range");
}

TEST_CASE("non-blocking operations and nil channels") {
  bool sendNil = true, recvNil = true, sendFull = true, recvEmpty = true, recvClosed = false;
  bool closedOk = true;
  runGo(1, [&] {
    int64_t v = 1;
    sendNil = chansend(nullptr, &v, false);
    recvNil = chanrecv(nullptr, &v, false, nullptr);
    hchan* c = makeChanInt(1);
    chansend(c, &v, false);
    sendFull = chansend(c, &v, false);
    recv(c);
    recvEmpty = chanrecv(c, &v, false, nullptr);
    closechan(c);
    v = 5;
    recvClosed = chanrecv(c, &v, false, &closedOk);
    return v == 0 ? 0 : 1;
  });
  CHECK_FALSE(sendNil);
  CHECK_FALSE(recvNil);
  CHECK_FALSE(sendFull);
  CHECK_FALSE(recvEmpty);
  CHECK(recvClosed);
  CHECK_FALSE(closedOk);
}

TEST_CASE("zero-size elements") {
  static Type emptyStruct = [] {
    Type t;
    t.kind = Kind::Struct;
    t.size = 0;
    t.align = 1;
    t.str = "struct {}";
    return t;
  }();
  int64_t got = 0;
  runGo(2, [&] {
    static const Type* chanEmpty = chanOf(&emptyStruct);
    hchan* c = makechan(chanEmpty, 2);
    hchan* u = makechan(chanEmpty, 0);
    go([=] {
      for (int i = 0; i < 100; i++) chansend(u, nullptr, true);
    });
    for (int i = 0; i < 100; i++) {
      chansend(c, nullptr, true);
      bool ok = false;
      chanrecv(c, nullptr, true, &ok);
      chanrecv(u, nullptr, true, &ok);
      got += ok;
    }
    return 0;
  });
  CHECK(got == 100);
}

TEST_CASE("values larger than a word are copied whole") {
  static const Type* arr = arrayType(intType(), 4);
  static const Type* chanArr = chanOf(arr);
  bool ok = true;
  runGo(2, [&] {
    hchan* c = makechan(chanArr, 0);
    hchan* b = makechan(chanArr, 3);
    go([=] {
      for (int64_t i = 0; i < 1000; i++) {
        int64_t v[4] = {i, i + 1, i + 2, i + 3};
        chansend(c, v, true);
        chansend(b, v, true);
      }
    });
    for (int64_t i = 0; i < 1000; i++) {
      int64_t v[4] = {}, w[4] = {};
      chanrecv(c, v, true, nullptr);
      chanrecv(b, w, true, nullptr);
      for (int k = 0; k < 4; k++) ok = ok && v[k] == i + k && w[k] == i + k;
    }
    return 0;
  });
  CHECK(ok);
}
