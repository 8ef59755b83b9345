// Slices: make's panics, append's growth (capacities checked against Go 1.19), copy.
#include <doctest/doctest.h>

#include <cstring>

#include "runtime/mheap.h"
#include "runtime/slice.h"
#include "tests/unit/test_runtime_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

namespace {

struct CapCase {
  uint64_t elemSize;
  int64_t oldLen, oldCap, appended, newCap;
};

// Produced by tests/unit/gen/growslice_caps.go run with go 1.19.
const CapCase capCases[] = {
#include "tests/unit/gen/growslice_caps.inc"
};

const Type* elemOfSize(uint64_t size) {
  switch (size) {
    case 1: return uint8Type();
    case 8: return intType();
    case 16: return stringType();
    default: return arrayType(uint8Type(), int64_t(size));
  }
}

}  // namespace

TEST_CASE("growslice gives the capacities Go 1.19 gives") {
  int checked = 0;
  for (const CapCase& c : capCases) {
    const Type* et = elemOfSize(c.elemSize);
    REQUIRE(et->size == c.elemSize);
    GoSlice old = c.oldCap == 0 ? GoSlice{nullptr, 0, 0} : makeslice(et, c.oldLen, c.oldCap);
    GoSlice s = growslice(et, old, c.oldLen + c.appended);
    INFO("elem size " << c.elemSize << ", len " << c.oldLen << ", cap " << c.oldCap << ", +" << c.appended);
    CHECK(s.cap == c.newCap);
    CHECK(s.len == c.oldLen + c.appended);
    checked++;
  }
  CHECK(checked > 500);
}

TEST_CASE("growslice keeps the elements and zeroes the rest") {
  GoSlice s{nullptr, 0, 0};
  for (int64_t i = 0; i < 5000; i++) {
    if (s.len == s.cap) {
      s = growslice(intType(), s, s.len + 1);
      for (int64_t j = s.len; j < s.cap; j++) REQUIRE(static_cast<int64_t*>(s.ptr)[j] == 0);
    } else {
      s.len++;
    }
    static_cast<int64_t*>(s.ptr)[i] = i * 7;
  }
  for (int64_t i = 0; i < 5000; i++) REQUIRE(static_cast<int64_t*>(s.ptr)[i] == i * 7);
  // Pointer-free bytes: the tail past the new length is zero.
  GoSlice b = makeslice(uint8Type(), 3, 3);
  std::memset(b.ptr, 'x', 3);
  GoSlice g = growslice(uint8Type(), b, 4);
  CHECK(g.cap == 8);
  CHECK(std::memcmp(g.ptr, "xxx", 3) == 0);
  for (int i = 4; i < 8; i++) CHECK(static_cast<uint8_t*>(g.ptr)[i] == 0);
}

TEST_CASE("growslice of zero-size elements") {
  const Type* empty = structType("struct {}", {});
  GoSlice s = growslice(empty, GoSlice{nullptr, 0, 0}, 10);
  CHECK(s.ptr != nullptr);
  CHECK(s.len == 10);
  CHECK(s.cap == 10);
}

TEST_CASE("growslice panics when the capacity overflows") {
  CHECK(runtimePanicMessage([] { growslice(intType(), GoSlice{nullptr, 0, 0}, int64_t(1) << 62); }) ==
        "growslice: cap out of range");
  CHECK(runtimePanicMessage([] { growslice(intType(), GoSlice{nullptr, 5, 5}, -1); }) ==
        "growslice: cap out of range");
}

TEST_CASE("makeslice panics as Go") {
  CHECK(runtimePanicMessage([] { makeslice(intType(), -1, 10); }) == "makeslice: len out of range");
  CHECK(runtimePanicMessage([] { makeslice(intType(), 5, 4); }) == "makeslice: cap out of range");
  CHECK(runtimePanicMessage([] { makeslice(intType(), 5, int64_t(1) << 50); }) == "makeslice: cap out of range");
  CHECK(runtimePanicMessage([] { makeslice(intType(), int64_t(1) << 50, int64_t(1) << 50); }) ==
        "makeslice: len out of range");
  CHECK(runtimePanicMessage([] { makeslice(intType(), -5, -1); }) == "makeslice: len out of range");
  GoSlice s = makeslice(intType(), 3, 10);
  CHECK(s.len == 3);
  CHECK(s.cap == 10);
  for (int i = 0; i < 10; i++) CHECK(static_cast<int64_t*>(s.ptr)[i] == 0);
  CHECK(makeslice(intType(), 0, 0).ptr == zerobase);  // non-nil, as make([]int, 0)
}

TEST_CASE("slicecopy copies the shorter length and allows overlap") {
  int64_t a[6] = {1, 2, 3, 4, 5, 6};
  CHECK(slicecopy(a + 1, 5, a, 6, 8) == 5);
  int64_t want[6] = {1, 1, 2, 3, 4, 5};
  CHECK(std::memcmp(a, want, sizeof a) == 0);
  int64_t b[2] = {0, 0};
  CHECK(slicecopy(b, 2, a, 6, 8) == 2);
  CHECK(b[1] == 1);
  CHECK(slicecopy(b, 2, a, 0, 8) == 0);
  uint8_t c[1] = {0};
  uint8_t d[1] = {9};
  CHECK(slicecopy(c, 1, d, 1, 1) == 1);
  CHECK(c[0] == 9);
}
