// Helpers for the scheduler tests: goroutine bodies are plain C++ lambdas run by the real
// scheduler (runScheduler), no VM involved. doctest's assertions are only used outside the
// scheduler (after runGo returns): goroutines report what they saw through variables.
#pragma once

#include <functional>
#include <utility>

#include "runtime/chan.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "runtime/type.h"
#include "test_runtime_support.h"

namespace golite::runtime::testing {

// ThreadSanitizer allows 8128 live fibers (goroutines) at a time, as Go's race detector
// does, runs several times slower, and slower still once many fibers have existed (its
// vector clocks grow with them): the stress tests run smaller under it.
#if defined(__SANITIZE_THREAD__)
constexpr bool underTSan = true;
#else
constexpr bool underTSan = false;
#endif
constexpr int64_t stress(int64_t n, int64_t tsanN) { return underTSan ? tsanN : n; }

// Runs body as goroutine 1 at GOMAXPROCS procs (0: the default) and returns its result.
// Before returning it lets the other goroutines finish (those readied but not yet run),
// so that nothing they own is abandoned (LeakSanitizer would see it).
inline int runGo(int procs, std::function<int()> body) {
  struct Ctx {
    int procs;
    std::function<int()> body;
  } ctx{procs, std::move(body)};
  return runScheduler(
      [](void* a) -> int {
        auto* c = static_cast<Ctx*>(a);
        if (c->procs > 0) gomaxprocs(c->procs);
        int r = c->body();
        for (int i = 0; numGoroutine() > 1 && i < 3000; i++) {
          if (i < 1000) Gosched();
          else timeSleep(1000 * 1000);
        }
        return r;
      },
      &ctx);
}

// go f()
inline void go(std::function<void()> f) {
  auto* fp = new std::function<void()>(std::move(f));
  newproc(
      [](void* a) {
        auto* p = static_cast<std::function<void()>*>(a);
        (*p)();
        delete p;
      },
      fp, nullptr);
}

// The type `chan T`.
inline const Type* chanOf(const Type* elem) {
  Type* t = new Type();
  t->kind = Kind::Chan;
  t->size = 8;
  t->align = 8;
  t->ptrdata = 8;
  t->gcdata = {1};
  t->elem = elem;
  t->str = "chan " + elem->str;
  return t;
}

inline const Type* chanInt() {
  static const Type* t = chanOf(intType());
  return t;
}

inline hchan* makeChanInt(int64_t size) { return makechan(chanInt(), size); }

inline void send(hchan* c, int64_t v) { chansend(c, &v, true); }
inline int64_t recv(hchan* c, bool* ok = nullptr) {
  int64_t v = -1;
  chanrecv(c, &v, true, ok);
  return v;
}

}  // namespace golite::runtime::testing
