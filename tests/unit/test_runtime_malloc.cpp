// The allocator: size classes, mallocgc's paths, span metadata, out of memory.
#include <doctest/doctest.h>

#include <cstring>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mheap.h"
#include "tests/unit/test_runtime_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

TEST_CASE("size classes: each size maps to the smallest class that holds it") {
  for (int c = 2; c < numSizeClasses; c++) CHECK(classToSize[c] > classToSize[c - 1]);
  for (size_t n = 1; n <= maxSmallSize; n++) {
    uint8_t c = sizeToClass(n);
    REQUIRE(classToSize[c] >= n);
    REQUIRE(classToSize[c - 1] < n);
  }
  // Every class's span holds at least one object, and no more than 1024 (allocBits).
  for (int c = 1; c < numSizeClasses; c++) {
    size_t n = classToAllocNPages[c] * pageSize / classToSize[c];
    CHECK(n >= 1);
    CHECK(n <= 1024);
  }
}

TEST_CASE("roundupsize matches Go's") {
  CHECK(roundupsize(0) == 0);
  CHECK(roundupsize(1) == 8);
  CHECK(roundupsize(8) == 8);
  CHECK(roundupsize(9) == 16);
  CHECK(roundupsize(33) == 48);
  CHECK(roundupsize(1017) == 1024);
  CHECK(roundupsize(1025) == 1152);
  CHECK(roundupsize(24577) == 27264);
  CHECK(roundupsize(32767) == 32768);
  CHECK(roundupsize(32768) == 32768);
  CHECK(roundupsize(32769) == 40960);
  CHECK(roundupsize(1 << 20) == 1 << 20);
  CHECK(roundupsize((1 << 20) + 1) == (1 << 20) + 8192);
  CHECK(roundupsize(~size_t(0) - 100) == ~size_t(0) - 100);  // no overflow
}

TEST_CASE("mallocgc returns zeroed, aligned, distinct memory") {
  std::set<uintptr_t> seen;
  for (size_t size : {1, 3, 8, 15, 16, 17, 24, 100, 1000, 4096, 20000, 32768, 40000, 1 << 20}) {
    for (int i = 0; i < 50; i++) {
      auto* p = static_cast<uint8_t*>(mallocgc(size, intType(), true));
      uintptr_t a = reinterpret_cast<uintptr_t>(p);
      if (size % 8 == 0) CHECK(a % 8 == 0);
      size_t nonzero = 0;
      for (size_t j = 0; j < size; j++) nonzero += p[j] != 0;
      REQUIRE(nonzero == 0);
      std::memset(p, 0xAB, size);
      CHECK(seen.insert(a).second);
    }
  }
  CHECK(mallocgc(0, nullptr, true) == mallocgc(0, intType(), true));  // zerobase
}

TEST_CASE("heap addresses start at Go's arena hint") {
  // Not guaranteed (the kernel may refuse the hint), but it is what we ask for.
  uintptr_t a = reinterpret_cast<uintptr_t>(mallocgc(64, intType(), true));
  MESSAGE("first heap address " << reinterpret_cast<void*>(a));
  CHECK(spanOf(reinterpret_cast<void*>(a)) != nullptr);
}

TEST_CASE("tiny allocator packs small pointer-free objects into 16-byte blocks") {
  // Start from no current block (earlier tests in this process leave one, partly used).
  getMCache()->releaseAll();
  mallocgc(15, nullptr, false);
  auto* a = static_cast<uint8_t*>(mallocgc(1, nullptr, false));
  CHECK(reinterpret_cast<uintptr_t>(a) % 16 == 15);
  a = static_cast<uint8_t*>(mallocgc(1, nullptr, false));
  CHECK(reinterpret_cast<uintptr_t>(a) % 16 == 0);
  auto* b = static_cast<uint8_t*>(mallocgc(1, nullptr, false));
  auto* c = static_cast<uint8_t*>(mallocgc(8, nullptr, false));
  mspan* s = spanOf(a);
  REQUIRE(s != nullptr);
  CHECK(s->spanclass.sizeclass() == tinySizeClass);
  CHECK(s->spanclass.noscan());
  CHECK(b == a + 1);
  CHECK(reinterpret_cast<uintptr_t>(c) % 8 == 0);
  CHECK(spanOf(c) == s);
  // A pointerful small object never shares a tiny block.
  void* p = mallocgc(8, ptrType(intType()), true);
  CHECK(spanOf(p)->spanclass.sizeclass() == 1);
  CHECK_FALSE(spanOf(p)->spanclass.noscan());
}

TEST_CASE("findObject maps interior pointers to object starts") {
  const Type* t = arrayType(stringType(), 3);  // 48 bytes, with pointers
  std::vector<uint8_t*> objs;
  for (int i = 0; i < 1000; i++) objs.push_back(static_cast<uint8_t*>(mallocgc(t->size, t, true)));
  for (uint8_t* o : objs) {
    for (size_t off : {size_t(0), size_t(1), size_t(8), size_t(47)}) {
      mspan* s = nullptr;
      uintptr_t idx = 0;
      uintptr_t base = findObject(o + off, &s, &idx);
      REQUIRE(base == reinterpret_cast<uintptr_t>(o));
      CHECK(s->elemsize == 48);
      // The heap bitmap: each string's data pointer, not its length.
      for (uintptr_t w = 0; w < 6; w++) CHECK(s->ptrBit(base + w * 8) == (w % 2 == 0));
      CHECK_FALSE(s->isFree(idx));
    }
  }
  // A large object: any interior pointer, and its type.
  const Type* big = arrayType(ptrType(intType()), 10000);
  auto* l = static_cast<uint8_t*>(mallocgc(big->size, big, true));
  mspan* s = nullptr;
  uintptr_t idx = 7;
  CHECK(findObject(l + 79999, &s, &idx) == reinterpret_cast<uintptr_t>(l));
  CHECK(idx == 0);
  CHECK(s->spanclass.sizeclass() == 0);
  CHECK(s->objectType(0) == big);
  // Not heap addresses.
  int local = 0;
  CHECK(findObject(&local) == 0);
  CHECK(findObject(nullptr) == 0);
}

TEST_CASE("an array allocation sets the heap bitmap for every element") {
  const Type* st = structType("main.P", {{"p", ptrType(intType())}, {"n", intType()}});
  void* p = newarray(st, 5);
  mspan* s = nullptr;
  uintptr_t idx = 0;
  uintptr_t base = findObject(p, &s, &idx);
  REQUIRE(base != 0);
  CHECK(s->elemsize == 80);
  for (uintptr_t w = 0; w < 10; w++) CHECK(s->ptrBit(base + w * 8) == (w % 2 == 0));
  // 7 elements of a 24-byte type in a 176-byte slot: bits for the whole elements the
  // slot holds, none for the 8 bytes of slack.
  const Type* t3 = structType("main.T3", {{"p", ptrType(intType())}, {"x", intType()}, {"y", intType()}});
  void* q = newarray(t3, 7);
  base = findObject(q, &s, &idx);
  REQUIRE(base != 0);
  CHECK(s->elemsize == 176);
  for (uintptr_t w = 0; w < 22; w++) CHECK(s->ptrBit(base + w * 8) == (w % 3 == 0 && w < 21));
}

TEST_CASE("the heap bitmap is rewritten for each object in a slot and spans words") {
  // Objects of 24 bytes (3 words) straddle the 64-bit words of the bitmap; alternate two
  // layouts so that neighbours' bits must survive each write.
  const Type* a = structType("main.A", {{"p", ptrType(intType())}, {"x", intType()}, {"y", intType()}});
  const Type* b = structType("main.B", {{"x", intType()}, {"y", intType()}, {"p", ptrType(intType())}});
  std::vector<uintptr_t> objs;
  for (int i = 0; i < 300; i++) objs.push_back(reinterpret_cast<uintptr_t>(mallocgc(24, i % 2 ? b : a, true)));
  for (size_t i = 0; i < objs.size(); i++) {
    mspan* s = spanOf(reinterpret_cast<void*>(objs[i]));
    REQUIRE(s->elemsize == 24);
    bool isB = i % 2;
    CHECK(s->ptrBit(objs[i]) == !isB);
    CHECK_FALSE(s->ptrBit(objs[i] + 8));
    CHECK(s->ptrBit(objs[i] + 16) == isB);
  }
}

TEST_CASE("newarray panics on impossible sizes") {
  CHECK(runtimePanicMessage([] { newarray(intType(), -1); }) == "runtime: allocation size out of range");
  CHECK(runtimePanicMessage([] { newarray(intType(), int64_t(1) << 60); }) ==
        "runtime: allocation size out of range");
  CHECK(newarray(intType(), 0) != nullptr);
}

TEST_CASE("mallocgc from many threads at once") {
  constexpr int nthreads = 4, per = 50000;
  std::vector<std::vector<uint64_t*>> got(nthreads);
  std::vector<std::thread> ts;
  for (int t = 0; t < nthreads; t++) {
    ts.emplace_back([t, &got] {
      for (int i = 0; i < per; i++) {
        size_t size = 8 + size_t(i % 40) * 8;
        auto* p = static_cast<uint64_t*>(mallocgc(size, i % 2 ? intType() : nullptr, true));
        p[0] = uint64_t(t) << 32 | uint64_t(i);
        got[t].push_back(p);
      }
    });
  }
  for (auto& th : ts) th.join();
  for (int t = 0; t < nthreads; t++) {
    for (int i = 0; i < per; i++) REQUIRE(got[t][i][0] == (uint64_t(t) << 32 | uint64_t(i)));
  }
}

TEST_CASE("mcache releaseAll hands partial spans to another cache") {
  mcache* c = allocmcache();
  mcache* saved = getMCache();
  setMCache(c);
  void* a = mallocgc(4000, intType(), true);  // class 44 (4096), 2 per span
  mspan* s = spanOf(a);
  setMCache(saved);
  freemcache(c);  // releaseAll: the span has a free slot, so it goes to mcentral.partial
  mcache* d = allocmcache();
  setMCache(d);
  void* b = mallocgc(4000, intType(), true);
  setMCache(saved);
  CHECK(spanOf(b) == s);
  CHECK(b != a);
  freemcache(d);
}

TEST_CASE("freed spans are reused and coalesced") {
  mspan* a = mheap_.alloc(200, spanClass::make(0, true));
  mspan* b = mheap_.alloc(200, spanClass::make(0, true));
  uintptr_t aStart = a->startAddr;
  bool adjacent = b->startAddr == aStart + 200 * pageSize;
  // As the sweeper does: a large span leaves largeInUse before it is freed (a span left
  // there would be swept again by a later collection in this process).
  auto release = [](mspan* s) {
    {
      std::lock_guard<std::mutex> g(mheap_.lock);
      mheap_.largeInUse.remove(s);
    }
    mheap_.freeSpan(s);
  };
  release(a);
  release(b);
  mspan* c = mheap_.alloc(400, spanClass::make(0, true));
  if (adjacent) CHECK(c->startAddr == aStart);
  CHECK(c->needzero == 1);  // reused memory must be cleared before use
  release(c);
}

TEST_CASE("memory statistics count allocations") {
  MemStatsSnapshot before = readMemStats();
  for (int i = 0; i < 100; i++) mallocgc(1 << 16, nullptr, true);
  MemStatsSnapshot after = readMemStats();
  CHECK(after.totalAlloc - before.totalAlloc >= 100u << 16);
  CHECK(after.mallocs - before.mallocs >= 100);
  CHECK(after.heapSys >= after.heapInuse);
}

TEST_CASE("exhausting memory is Go's fatal error out of memory") {
  ChildResult r = runInChild([] {
    mallocgc(16, nullptr, true);  // initialize the heap first: it reads GOLITE_MEMLIMIT then
    mheap_.memLimit = 64 << 20;
    for (;;) mallocgc(1 << 20, nullptr, true);
  });
  CHECK(r.status == 2);
  CHECK(r.err.find("fatal error: out of memory") != std::string::npos);
  ChildResult huge = runInChild([] { mallocgc(size_t(1) << 50, nullptr, true); });
  CHECK(huge.status == 2);
  CHECK(huge.err.find("fatal error: out of memory") != std::string::npos);
}
