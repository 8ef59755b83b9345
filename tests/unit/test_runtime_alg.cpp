// Hashing and equality by type: floats, strings, interfaces, structs, arrays.
#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include "runtime/alg.h"
#include "runtime/hash.h"
#include "runtime/string.h"
#include "tests/unit/test_runtime_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

TEST_CASE("float hashing: +0 and -0 alike, NaN random") {
  double pz = 0.0, nz = -0.0, nan = std::nan("");
  CHECK(typeequal(float64Type(), &pz, &nz));
  CHECK(typehash(float64Type(), &pz, 42) == typehash(float64Type(), &nz, 42));
  CHECK_FALSE(typeequal(float64Type(), &nan, &nan));
  std::set<uintptr_t> hs;
  for (int i = 0; i < 100; i++) hs.insert(typehash(float64Type(), &nan, 42));
  CHECK(hs.size() > 95);
  float fz = 0.0f, fnz = -0.0f;
  CHECK(typehash(float32Type(), &fz, 1) == typehash(float32Type(), &fnz, 1));
  double c1[2] = {1.0, -0.0}, c2[2] = {1.0, 0.0};
  CHECK(typeequal(complex128Type(), c1, c2));
  CHECK(typehash(complex128Type(), c1, 9) == typehash(complex128Type(), c2, 9));
  double x = 1.5, y = 1.5;
  CHECK(typehash(float64Type(), &x, 3) == typehash(float64Type(), &y, 3));
}

TEST_CASE("strings hash by content, and seeds matter") {
  GoString a = gostring("hello, world"), b = gostring(std::string("hello, world"));
  CHECK(a.ptr != b.ptr);
  CHECK(strhash(&a, 7) == strhash(&b, 7));
  CHECK(strhash(&a, 7) != strhash(&a, 8));
  CHECK(typeequal(stringType(), &a, &b));
  GoString c = gostring("hello, worle");
  CHECK_FALSE(typeequal(stringType(), &a, &c));
  CHECK(strhash(&a, 7) != strhash(&c, 7));
  // Every length goes through a different path of wyhash.
  std::set<uintptr_t> hs;
  std::string s;
  for (int n = 0; n < 200; n++) {
    GoString g = gostring(s);
    hs.insert(strhash(&g, 1));
    s.push_back(char('a' + n % 26));
  }
  CHECK(hs.size() == 200);
}

TEST_CASE("memhash spreads sequential integers over buckets and tophash") {
  // Low bits choose the bucket, the top byte is the tophash: both must vary.
  std::set<uintptr_t> low, top;
  for (int64_t i = 0; i < 4096; i++) {
    uintptr_t h = memhash64(&i, 12345);
    low.insert(h & 1023);
    top.insert(h >> 56);
  }
  CHECK(low.size() > 950);
  CHECK(top.size() > 250);
  int64_t v = 5;
  CHECK(memhash64(&v, 1) == typehash(intType(), &v, 1));
  int32_t w = 5;
  CHECK(memhash32(&w, 1) == typehash(int32Type(), &w, 1));
}

TEST_CASE("interfaces compare by dynamic type then value") {
  int64_t one = 1, one2 = 1;
  Eface a{intType(), &one}, b{intType(), &one2};
  CHECK(efaceeq(&a, &b));
  CHECK(typehash(efaceType(), &a, 5) == typehash(efaceType(), &b, 5));
  GoString s = gostring("1");
  Eface c{stringType(), &s};
  CHECK_FALSE(efaceeq(&a, &c));
  Eface nil1{nullptr, nullptr}, nil2{nullptr, nullptr};
  CHECK(efaceeq(&nil1, &nil2));
  CHECK_FALSE(efaceeq(&nil1, &a));
  // Pointer-shaped values are compared as data words.
  const Type* pt = ptrType(intType());
  Eface p1{pt, &one}, p2{pt, &one}, p3{pt, &one2};
  CHECK(efaceeq(&p1, &p2));
  CHECK_FALSE(efaceeq(&p1, &p3));
  CHECK(typehash(efaceType(), &p1, 0) == typehash(efaceType(), &p2, 0));
}

TEST_CASE("unhashable and uncomparable dynamic types panic") {
  const Type* st = sliceType(intType());
  GoSlice sl{nullptr, 0, 0};
  Eface a{st, &sl}, b{st, &sl};
  CHECK(runtimePanicMessage([&] { typehash(efaceType(), &a, 0); }) == "hash of unhashable type []int");
  CHECK(runtimePanicMessage([&] { efaceeq(&a, &b); }) == "comparing uncomparable type []int");
  // Different dynamic types: simply unequal, no panic.
  int64_t one = 1;
  Eface c{intType(), &one};
  CHECK_FALSE(efaceeq(&a, &c));
  // A struct holding an interface holding a slice.
  const Type* s = structType("main.S", {{"x", efaceType()}});
  CHECK(runtimePanicMessage([&] { typehash(s, &a, 0); }) == "hash of unhashable type []int");
}

TEST_CASE("structs skip blank fields, arrays compare element-wise") {
  const Type* st = structType("main.T", {{"a", intType()}, {"_", intType()}, {"s", stringType()}});
  CHECK_FALSE((st->tflag & TFlagRegularMemory) != 0);
  struct T {
    int64_t a, blank;
    GoString s;
  };
  T x{1, 100, gostring("k")}, y{1, 200, gostring(std::string("k"))};
  CHECK(typeequal(st, &x, &y));
  CHECK(typehash(st, &x, 3) == typehash(st, &y, 3));
  y.a = 2;
  CHECK_FALSE(typeequal(st, &x, &y));
  // Padding is not compared either.
  const Type* padded = structType("main.P", {{"b", uint8Type()}, {"n", intType()}});
  uint8_t p1[16], p2[16];
  std::memset(p1, 0x11, 16);
  std::memset(p2, 0x22, 16);
  p1[0] = p2[0] = 7;
  int64_t n = 9;
  std::memcpy(p1 + 8, &n, 8);
  std::memcpy(p2 + 8, &n, 8);
  CHECK(typeequal(padded, p1, p2));
  CHECK(typehash(padded, p1, 1) == typehash(padded, p2, 1));
  const Type* at = arrayType(float64Type(), 2);
  double a1[2] = {0.0, 1.0}, a2[2] = {-0.0, 1.0};
  CHECK(typeequal(at, a1, a2));
  CHECK(typehash(at, a1, 4) == typehash(at, a2, 4));
}

TEST_CASE("fastrand varies") {
  std::set<uint64_t> v;
  for (int i = 0; i < 1000; i++) v.insert(fastrand64());
  CHECK(v.size() == 1000);
}
