// Maps: random operations checked against std::unordered_map, iteration while growing,
// NaN and signed-zero keys, struct, string, interface and big keys, nil maps, fatal errors.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "runtime/map.h"
#include "runtime/string.h"
#include "tests/unit/test_runtime_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

namespace golite::runtime {
// Introspection for tests (map.cpp).
bool mapIsGrowing(const hmap* h);
uint8_t mapB(const hmap* h);
}  // namespace golite::runtime

namespace {

const Type* intIntMap() {
  static const Type* t = mapType(intType(), intType());
  return t;
}

void put(const Type* mt, hmap* h, int64_t k, int64_t v) {
  *static_cast<int64_t*>(mapassign(mt, h, &k)) = v;
}

bool get(const Type* mt, hmap* h, int64_t k, int64_t* v) {
  bool ok;
  *v = *static_cast<int64_t*>(mapaccess2(mt, h, &k, &ok));
  return ok;
}

// All (key, elem) pairs an iteration yields, in order.
template <class K, class V>
std::vector<std::pair<K, V>> iterate(const Type* mt, hmap* h) {
  std::vector<std::pair<K, V>> out;
  hiter it;
  for (mapiterinit(mt, h, &it); it.key != nullptr; mapiternext(&it)) {
    out.emplace_back(*static_cast<K*>(it.key), *static_cast<V*>(it.elem));
  }
  return out;
}

}  // namespace

TEST_CASE("a million random map operations agree with std::unordered_map") {
  const Type* mt = intIntMap();
  hmap* h = makemap(mt, 0);
  std::unordered_map<int64_t, int64_t> ref;
  std::mt19937_64 rng(12345);
  for (int i = 0; i < 1000000; i++) {
    // Phases of growth and shrinking, so that deletes pile up overflow buckets too.
    int64_t range = (i / 100000) % 2 == 0 ? 200000 : 20000;
    int64_t k = int64_t(rng() % uint64_t(range)) - range / 2;
    switch (rng() % 8) {
      case 0: case 1: case 2: {
        int64_t v = int64_t(rng());
        put(mt, h, k, v);
        ref[k] = v;
        break;
      }
      case 3: case 4: {
        mapdelete(mt, h, &k);
        ref.erase(k);
        break;
      }
      default: {
        int64_t v;
        bool ok = get(mt, h, k, &v);
        auto it = ref.find(k);
        if (ok != (it != ref.end()) || v != (ok ? it->second : 0)) {
          FAIL("lookup of " << k << " disagrees at op " << i);
        }
      }
    }
    if (maplen(h) != int64_t(ref.size())) FAIL("len differs at op " << i);
  }
  auto all = iterate<int64_t, int64_t>(mt, h);
  REQUIRE(all.size() == ref.size());
  std::set<int64_t> seen;
  for (auto& [k, v] : all) {
    REQUIRE(seen.insert(k).second);
    REQUIRE(ref.at(k) == v);
  }
}

TEST_CASE("a million sequential inserts, lookups and deletes") {
  const Type* mt = intIntMap();
  hmap* h = makemap(mt, 0);
  constexpr int64_t n = 1000000;
  for (int64_t i = 0; i < n; i++) put(mt, h, i * 3, i);
  CHECK(maplen(h) == n);
  int64_t bad = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t v;
    bad += !get(mt, h, i * 3, &v) || v != i;
    bad += get(mt, h, i * 3 + 1, &v);
  }
  CHECK(bad == 0);
  for (int64_t i = 0; i < n; i += 2) {
    int64_t k = i * 3;
    mapdelete(mt, h, &k);
  }
  CHECK(maplen(h) == n / 2);
  CHECK(iterate<int64_t, int64_t>(mt, h).size() == size_t(n / 2));
}

TEST_CASE("make with a size hint preallocates buckets") {
  hmap* h = makemap(intIntMap(), 1000);
  CHECK(mapB(h) == 8);  // 1000 entries need 2^8 buckets at 6.5 per bucket
  CHECK(makemap(intIntMap(), -5) != nullptr);
  CHECK(mapB(makemap(intIntMap(), 8)) == 0);
  CHECK(mapB(makemap(intIntMap(), 9)) == 1);
}

TEST_CASE("iteration visits every key once, also while the map grows") {
  const Type* mt = intIntMap();
  for (int round = 0; round < 20; round++) {
    hmap* h = makemap(mt, 0);
    // Stop just after a grow starts (6.5 * 2^B + 1 entries), so iteration begins mid-grow
    // in half the rounds.
    int64_t n = round % 2 == 0 ? 6657 : 5000 + round;
    for (int64_t i = 0; i < n; i++) put(mt, h, i, i);
    if (round % 2 == 0) CHECK(mapIsGrowing(h));
    std::set<int64_t> start;
    for (int64_t i = 0; i < n; i++) start.insert(i);
    std::set<int64_t> seen, deleted;
    int64_t next = n;
    hiter it;
    int steps = 0;
    for (mapiterinit(mt, h, &it); it.key != nullptr; mapiternext(&it)) {
      int64_t k = *static_cast<int64_t*>(it.key);
      REQUIRE(seen.insert(k).second);  // no key twice
      REQUIRE(deleted.count(k) == 0);  // never a deleted key
      REQUIRE(*static_cast<int64_t*>(it.elem) == k);
      // Grow the map under the iterator, and delete keys ahead of it.
      for (int j = 0; j < 3; j++) {
        put(mt, h, next, next);
        next++;
      }
      if (steps++ % 5 == 0) {
        int64_t d = int64_t(round * 7919 + steps * 104729) % n;
        if (!seen.count(d) && !deleted.count(d)) {
          mapdelete(mt, h, &d);
          deleted.insert(d);
        }
      }
    }
    // Every key present at the start and not deleted was seen.
    for (int64_t k : start) {
      if (!deleted.count(k)) REQUIRE(seen.count(k) == 1);
    }
  }
}

TEST_CASE("iteration order is random") {
  const Type* mt = intIntMap();
  hmap* h = makemap(mt, 0);
  for (int64_t i = 0; i < 100; i++) put(mt, h, i, i);
  std::set<int64_t> firsts;
  for (int i = 0; i < 50; i++) firsts.insert(iterate<int64_t, int64_t>(mt, h)[0].first);
  CHECK(firsts.size() > 5);
}

TEST_CASE("string keys") {
  const Type* mt = mapType(stringType(), intType());
  hmap* h = makemap(mt, 0);
  std::map<std::string, int64_t> ref;
  for (int i = 0; i < 100000; i++) {
    std::string k = "key-" + std::to_string(i * 7 % 30011) + std::string(size_t(i % 40), 'x');
    GoString gk = gostring(k);
    *static_cast<int64_t*>(mapassign(mt, h, &gk)) = i;
    ref[k] = i;
  }
  CHECK(maplen(h) == int64_t(ref.size()));
  for (auto& [k, v] : ref) {
    GoString gk = gostring(k);  // a different copy of the bytes
    bool ok;
    REQUIRE(*static_cast<int64_t*>(mapaccess2(mt, h, &gk, &ok)) == v);
    REQUIRE(ok);
  }
  GoString missing = gostring("nope");
  CHECK(*static_cast<int64_t*>(mapaccess1(mt, h, &missing)) == 0);
  GoString empty{nullptr, 0};
  *static_cast<int64_t*>(mapassign(mt, h, &empty)) = 77;
  GoString empty2 = gostring("");
  CHECK(*static_cast<int64_t*>(mapaccess1(mt, h, &empty2)) == 77);
  auto all = iterate<GoString, int64_t>(mt, h);
  CHECK(all.size() == ref.size() + 1);
}

TEST_CASE("NaN keys: each insert is new, never found, all iterated") {
  const Type* mt = mapType(float64Type(), intType());
  hmap* h = makemap(mt, 0);
  double nan = std::nan("");
  for (int i = 0; i < 3; i++) *static_cast<int64_t*>(mapassign(mt, h, &nan)) = i + 1;
  CHECK(maplen(h) == 3);
  bool ok = true;
  mapaccess2(mt, h, &nan, &ok);
  CHECK_FALSE(ok);
  mapdelete(mt, h, &nan);
  CHECK(maplen(h) == 3);
  auto all = iterate<double, int64_t>(mt, h);
  REQUIRE(all.size() == 3);
  int64_t sum = 0;
  for (auto& [k, v] : all) {
    CHECK(std::isnan(k));
    sum += v;
  }
  CHECK(sum == 6);
  mapclear(mt, h);
  CHECK(maplen(h) == 0);
  CHECK(iterate<double, int64_t>(mt, h).empty());
}

TEST_CASE("NaN keys survive iteration across a grow") {
  const Type* mt = mapType(float64Type(), intType());
  hmap* h = makemap(mt, 0);
  double nan = std::nan("");
  for (int i = 0; i < 3000; i++) {
    double k = i % 2 ? nan : double(i);
    *static_cast<int64_t*>(mapassign(mt, h, &k)) = i;
  }
  int nans = 0, nums = 0;
  std::set<int64_t> vals;
  hiter it;
  double extra = 1e9;
  for (mapiterinit(mt, h, &it); it.key != nullptr; mapiternext(&it)) {
    double k = *static_cast<double*>(it.key);
    int64_t v = *static_cast<int64_t*>(it.elem);
    if (v < 3000) {
      REQUIRE(vals.insert(v).second);
      if (std::isnan(k)) nans++;
      else nums++;
    }
    for (int j = 0; j < 4; j++) {
      double nk = j % 2 ? nan : extra++;
      *static_cast<int64_t*>(mapassign(mt, h, &nk)) = 5000;
    }
  }
  CHECK(nans == 1500);
  CHECK(nums == 1500);
}

TEST_CASE("+0 and -0 are one key, and assigning updates the stored key") {
  const Type* mt = mapType(float64Type(), intType());
  hmap* h = makemap(mt, 0);
  double nz = -0.0, pz = 0.0;
  *static_cast<int64_t*>(mapassign(mt, h, &nz)) = 1;
  *static_cast<int64_t*>(mapassign(mt, h, &pz)) = 2;
  CHECK(maplen(h) == 1);
  auto all = iterate<double, int64_t>(mt, h);
  REQUIRE(all.size() == 1);
  CHECK_FALSE(std::signbit(all[0].first));  // the key is now +0
  CHECK(all[0].second == 2);
  CHECK(*static_cast<int64_t*>(mapaccess1(mt, h, &nz)) == 2);
}

TEST_CASE("struct keys with padding and blank fields") {
  const Type* kt = structType("main.K", {{"a", int32Type()}, {"s", stringType()}, {"_", intType()}, {"f", float64Type()}});
  CHECK(kt->size == 40);
  const Type* mt = mapType(kt, intType());
  hmap* h = makemap(mt, 0);
  struct K {
    int32_t a;
    int32_t pad;
    GoString s;
    int64_t blank;
    double f;
  };
  for (int i = 0; i < 1000; i++) {
    K k{i % 10, i, gostring(std::to_string(i / 10)), i, -0.0};
    *static_cast<int64_t*>(mapassign(mt, h, &k)) += 1;
  }
  CHECK(maplen(h) == 1000);  // (i%10, i/10) are all distinct
  K probe{3, 12345, gostring(std::string("7")), 999, 0.0};
  CHECK(*static_cast<int64_t*>(mapaccess1(mt, h, &probe)) == 1);
  probe.a = 11;
  CHECK(*static_cast<int64_t*>(mapaccess1(mt, h, &probe)) == 0);
}

TEST_CASE("interface keys") {
  const Type* mt = mapType(efaceType(), intType());
  hmap* h = makemap(mt, 0);
  int64_t one = 1;
  GoString sone = gostring("1");
  Eface k1{intType(), &one}, k2{stringType(), &sone}, knil{nullptr, nullptr};
  *static_cast<int64_t*>(mapassign(mt, h, &k1)) = 10;
  *static_cast<int64_t*>(mapassign(mt, h, &k2)) = 20;
  *static_cast<int64_t*>(mapassign(mt, h, &knil)) = 30;
  CHECK(maplen(h) == 3);
  int64_t one2 = 1;
  Eface k1b{intType(), &one2};
  CHECK(*static_cast<int64_t*>(mapaccess1(mt, h, &k1b)) == 10);
  CHECK(*static_cast<int64_t*>(mapaccess1(mt, h, &knil)) == 30);
  GoSlice sl{nullptr, 0, 0};
  Eface bad{sliceType(intType()), &sl};
  CHECK(runtimePanicMessage([&] { mapassign(mt, h, &bad); }) == "hash of unhashable type []int");
  CHECK(maplen(h) == 3);
  // The map is not left marked as being written.
  *static_cast<int64_t*>(mapassign(mt, h, &k1)) = 11;
  // Lookups in nil and empty maps hash too, so they panic alike.
  CHECK(runtimePanicMessage([&] { mapaccess1(mt, nullptr, &bad); }) == "hash of unhashable type []int");
  CHECK(runtimePanicMessage([&] { mapdelete(mt, makemap(mt, 0), &bad); }) == "hash of unhashable type []int");
}

TEST_CASE("big keys and elems are stored indirectly") {
  const Type* kt = arrayType(uint8Type(), 200);
  const Type* et = arrayType(intType(), 40);  // 320 bytes
  const Type* mt = mapType(kt, et);
  hmap* h = makemap(mt, 0);
  uint8_t key[200];
  for (int i = 0; i < 2000; i++) {
    std::memset(key, 0, sizeof key);
    std::memcpy(key + 100, &i, sizeof i);
    auto* e = static_cast<int64_t*>(mapassign(mt, h, key));
    REQUIRE(e[39] == 0);
    e[0] = i;
    e[39] = -i;
  }
  CHECK(maplen(h) == 2000);
  for (int i = 0; i < 2000; i += 3) {
    std::memset(key, 0, sizeof key);
    std::memcpy(key + 100, &i, sizeof i);
    auto* e = static_cast<int64_t*>(mapaccess1(mt, h, key));
    REQUIRE(e[0] == i);
    REQUIRE(e[39] == -i);
    mapdelete(mt, h, key);
  }
  CHECK(maplen(h) == 2000 - 667);
  hiter it;
  int n = 0;
  for (mapiterinit(mt, h, &it); it.key != nullptr; mapiternext(&it)) {
    int k;
    std::memcpy(&k, static_cast<uint8_t*>(it.key) + 100, sizeof k);
    REQUIRE(static_cast<int64_t*>(it.elem)[0] == k);
    n++;
  }
  CHECK(n == 2000 - 667);
}

TEST_CASE("missing keys read as the zero value, even for big elems") {
  const Type* et = arrayType(intType(), 1000);  // 8000 bytes: past the static zero buffer
  const Type* mt = mapType(intType(), et);
  int64_t k = 5;
  auto* z = static_cast<int64_t*>(mapaccess1(mt, nullptr, &k));
  for (int i = 0; i < 1000; i++) REQUIRE(z[i] == 0);
  hmap* h = makemap(mt, 0);
  static_cast<int64_t*>(mapassign(mt, h, &k))[999] = 1;
  int64_t other = 6;
  z = static_cast<int64_t*>(mapaccess1(mt, h, &other));
  for (int i = 0; i < 1000; i++) REQUIRE(z[i] == 0);
}

TEST_CASE("nil maps") {
  const Type* mt = intIntMap();
  int64_t k = 1;
  CHECK(*static_cast<int64_t*>(mapaccess1(mt, nullptr, &k)) == 0);
  bool ok = true;
  mapaccess2(mt, nullptr, &k, &ok);
  CHECK_FALSE(ok);
  mapdelete(mt, nullptr, &k);
  mapclear(mt, nullptr);
  CHECK(maplen(nullptr) == 0);
  hiter it;
  mapiterinit(mt, nullptr, &it);
  CHECK(it.key == nullptr);
  CHECK(runtimePanicMessage([&] { mapassign(mt, nullptr, &k); }) == "assignment to entry in nil map");
}

TEST_CASE("mapclear empties the map for reuse") {
  const Type* mt = intIntMap();
  hmap* h = makemap(mt, 0);
  for (int64_t i = 0; i < 10000; i++) put(mt, h, i, i);
  mapclear(mt, h);
  CHECK(maplen(h) == 0);
  int64_t v;
  CHECK_FALSE(get(mt, h, 5, &v));
  CHECK(iterate<int64_t, int64_t>(mt, h).empty());
  for (int64_t i = 0; i < 20000; i++) put(mt, h, i, -i);
  CHECK(maplen(h) == 20000);
  CHECK(get(mt, h, 19999, &v));
  CHECK(v == -19999);
}

TEST_CASE("small elems beside big keys: map of int32 to bool") {
  const Type* boolT = [] {
    auto* t = new Type();
    t->kind = Kind::Bool;
    t->size = 1;
    t->str = "bool";
    t->tflag = TFlagComparable | TFlagRegularMemory;
    return t;
  }();
  const Type* mt = mapType(int32Type(), boolT);
  hmap* h = makemap(mt, 0);
  for (int32_t i = 0; i < 50000; i++) {
    *static_cast<bool*>(mapassign(mt, h, &i)) = (i % 3 == 0);
  }
  for (int32_t i = 0; i < 50000; i++) REQUIRE(*static_cast<bool*>(mapaccess1(mt, h, &i)) == (i % 3 == 0));
}

TEST_CASE("concurrent map writes are a fatal error") {
  ChildResult r = runInChild([] {
    const Type* mt = intIntMap();
    hmap* h = makemap(mt, 0);
    auto writer = [&](int64_t base) {
      for (int64_t i = 0; i < 20000000; i++) put(mt, h, base + i % 100000, i);
    };
    std::thread a(writer, 0), b(writer, 1 << 20);
    a.join();
    b.join();
  });
  CHECK(r.status == 2);
  CHECK(r.err.find("fatal error: concurrent map") != std::string::npos);
}
