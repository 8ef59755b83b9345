// Strings: concatenation, comparison, conversions, UTF-8 decoding as `for range` does it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "runtime/mheap.h"
#include "runtime/string.h"
#include "tests/unit/test_runtime_support.h"

using namespace golite::runtime;

namespace {

GoString S(const char* s) { return gostring(s, std::strlen(s)); }
GoString S(const std::string& s) { return gostring(s.data(), s.size()); }
std::string str(GoString s) { return std::string(s.view()); }

// What `for i, r := range s` yields, as (index, rune) pairs.
std::vector<std::pair<int64_t, int32_t>> rangeString(GoString s) {
  std::vector<std::pair<int64_t, int32_t>> out;
  for (int64_t i = 0; i < s.len;) {
    int64_t start = i;
    int32_t r;
    if (s.ptr[i] < runeSelf) {
      r = s.ptr[i];
      i++;
    } else {
      r = decoderune(s, i, &i);
    }
    out.emplace_back(start, r);
  }
  return out;
}

}  // namespace

TEST_CASE("concatstrings") {
  GoString parts[] = {S("hello"), S(""), S(", "), S("world")};
  CHECK(str(concatstrings(nullptr, parts, 4)) == "hello, world");
  GoString empty[] = {S(""), S("")};
  GoString e = concatstrings(nullptr, empty, 2);
  CHECK(e.len == 0);
  // One non-empty part is returned as is.
  GoString one[] = {S(""), S("abc"), S("")};
  GoString r = concatstrings(nullptr, one, 3);
  CHECK(r.ptr == one[1].ptr);
  CHECK(str(concatstring2(nullptr, S("ab"), S("cd"))) == "abcd");
  // A lone part whose bytes are on the stack is copied when the result may escape.
  uint8_t stackBytes[3] = {'x', 'y', 'z'};
  auto saved = stringDataOnStack;
  stringDataOnStack = [](const void* p) { return p != nullptr && !golite::runtime::spanOf(p); };
  GoString onStack[] = {GoString{stackBytes, 3}, S("")};
  GoString copied = concatstrings(nullptr, onStack, 2);
  CHECK(copied.ptr != stackBytes);
  CHECK(str(copied) == "xyz");
  tmpBuf sbuf;
  CHECK(concatstrings(&sbuf, onStack, 2).ptr == stackBytes);
  stringDataOnStack = saved;
  tmpBuf buf;
  GoString t = concatstring2(&buf, S("ab"), S("cd"));
  CHECK(t.ptr == buf.b);
  CHECK(str(t) == "abcd");
  std::string longer(100, 'x');
  GoString l = concatstring2(&buf, S(longer), S("y"));
  CHECK(l.ptr != buf.b);
  CHECK(l.len == 101);
}

TEST_CASE("cmpstring and eqstring") {
  CHECK(cmpstring(S("a"), S("b")) == -1);
  CHECK(cmpstring(S("b"), S("a")) == 1);
  CHECK(cmpstring(S("ab"), S("ab")) == 0);
  CHECK(cmpstring(S("ab"), S("abc")) == -1);
  CHECK(cmpstring(S("abc"), S("ab")) == 1);
  CHECK(cmpstring(S(""), S("")) == 0);
  CHECK(cmpstring(S("\xff"), S("a")) == 1);  // bytes compare unsigned
  CHECK(eqstring(S("xyz"), S("xyz")));
  CHECK_FALSE(eqstring(S("xyz"), S("xy")));
  CHECK(eqstring(GoString{nullptr, 0}, S("")));
}

TEST_CASE("decoderune follows Go's rules for invalid UTF-8") {
  using V = std::vector<std::pair<int64_t, int32_t>>;
  CHECK(rangeString(S("aé世😀")) == V{{0, 'a'}, {1, 0xE9}, {3, 0x4E16}, {6, 0x1F600}});
  // A lone continuation byte, a truncated sequence, an overlong encoding, a surrogate,
  // a rune past U+10FFFF, and 0xFF: each invalid byte is U+FFFD of width 1.
  CHECK(rangeString(S("\x80")) == V{{0, 0xFFFD}});
  CHECK(rangeString(S("\xe4\xb8")) == V{{0, 0xFFFD}, {1, 0xFFFD}});
  CHECK(rangeString(S("\xc0\xaf")) == V{{0, 0xFFFD}, {1, 0xFFFD}});
  CHECK(rangeString(S("\xe0\x80\xaf")) == V{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}});
  CHECK(rangeString(S("\xed\xa0\x80")) == V{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}});
  CHECK(rangeString(S("\xf4\x90\x80\x80")) == V{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}, {3, 0xFFFD}});
  CHECK(rangeString(S("\xffz")) == V{{0, 0xFFFD}, {1, 'z'}});
  CHECK(rangeString(S("\xf0\x9f\x98")) == V{{0, 0xFFFD}, {1, 0xFFFD}, {2, 0xFFFD}});
  // The edges of the valid ranges.
  CHECK(rangeString(S("\xc2\x80")) == V{{0, 0x80}});
  CHECK(rangeString(S("\xef\xbf\xbf")) == V{{0, 0xFFFF}});
  CHECK(rangeString(S("\xf4\x8f\xbf\xbf")) == V{{0, 0x10FFFF}});
  int64_t next;
  CHECK(decoderune(S("ab"), 5, &next) == 0xFFFD);
  CHECK(next == 6);
}

TEST_CASE("encoderune and intstring") {
  uint8_t b[4];
  CHECK(encoderune(b, 'A') == 1);
  CHECK(encoderune(b, 0x7FF) == 2);
  CHECK(encoderune(b, 0x800) == 3);
  CHECK(encoderune(b, 0x10000) == 4);
  CHECK(encoderune(b, 0xD800) == 3);  // surrogate: U+FFFD
  CHECK((b[0] == 0xEF && b[1] == 0xBF && b[2] == 0xBD));
  CHECK(encoderune(b, 0x110000) == 3);
  CHECK(encoderune(b, -1) == 3);
  CHECK(str(intstring(nullptr, 'x')) == "x");
  CHECK(str(intstring(nullptr, 0x4E16)) == "世");
  CHECK(str(intstring(nullptr, -1)) == "\xef\xbf\xbd");
  CHECK(str(intstring(nullptr, int64_t(1) << 32 | 'a')) == "\xef\xbf\xbd");  // not a rune
  CHECK(str(intstring(nullptr, 0x10FFFF)) == "\xf4\x8f\xbf\xbf");
  CHECK(str(intstring(nullptr, 0)) == std::string(1, '\0'));
}

TEST_CASE("byte slice conversions") {
  GoSlice b = stringtoslicebyte(nullptr, S("abc"));
  CHECK(b.len == 3);
  CHECK(b.cap == 8);  // roundupsize(3)
  CHECK(std::memcmp(b.ptr, "abc", 3) == 0);
  tmpBuf buf;
  GoSlice t = stringtoslicebyte(&buf, S("abc"));
  CHECK(t.cap == 32);
  CHECK(t.ptr == buf.b);
  GoSlice e = stringtoslicebyte(nullptr, S(""));
  CHECK(e.ptr != nullptr);
  CHECK(e.len == 0);
  CHECK(str(slicebytetostring(nullptr, reinterpret_cast<const uint8_t*>("hello"), 5)) == "hello");
  CHECK(slicebytetostring(nullptr, nullptr, 0).len == 0);
  CHECK(str(slicebytetostring(nullptr, reinterpret_cast<const uint8_t*>("z"), 1)) == "z");
}

TEST_CASE("rune slice conversions") {
  GoSlice r = stringtoslicerune(nullptr, S("a\xffé"));
  REQUIRE(r.len == 3);
  CHECK(r.cap == 4);  // roundupsize(12) / 4
  auto* rs = static_cast<int32_t*>(r.ptr);
  CHECK(rs[0] == 'a');
  CHECK(rs[1] == 0xFFFD);
  CHECK(rs[2] == 0xE9);
  int32_t runes[] = {'h', 0x4E16, -5, 0x1F600};
  CHECK(str(slicerunetostring(nullptr, runes, 4)) == "h世\xef\xbf\xbd😀");
  CHECK(slicerunetostring(nullptr, runes, 0).len == 0);
  CHECK(countrunes(S("a\xffé世")) == 4);
}
