// The strings package's natives: searching, replacing and case mapping, the functions
// programs call in loops (stdlib/go/strings has the rest, in Go). Results follow Go's
// strings package exactly, including how invalid UTF-8 is treated by the mappings.
#include <string>
#include <string_view>

#include "stdlib/abi.h"
#include "stdlib/unicode.h"
#include "stdlib/utf8.h"
#include "vm/native.h"

namespace golite::stdlib::strings {
namespace {

using namespace abi;

int64_t index(std::string_view s, std::string_view sub) {
  size_t i = s.find(sub);
  return i == std::string_view::npos ? -1 : int64_t(i);
}

// Non-overlapping instances of sub in s; an empty sub counts runes + 1.
int64_t count(std::string_view s, std::string_view sub) {
  if (sub.empty()) return utf8::runeCount(s) + 1;
  int64_t n = 0;
  for (size_t i = s.find(sub); i != std::string_view::npos; i = s.find(sub, i + sub.size())) n++;
  return n;
}

// Go's Map(f, s) for a rune mapping that never drops runes: s itself when nothing
// changes; otherwise invalid bytes become U+FFFD.
template <typename F>
GoString mapRunes(GoString gs, F f) {
  std::string_view s = gs.view();
  size_t i = 0;
  for (; i < s.size();) {
    int wid = 1;
    int32_t c = uint8_t(s[i]);
    if (c >= utf8::RuneSelf) c = utf8::decodeRune(s, i, &wid);
    int32_t r = f(c);
    if (r != c || (c == utf8::RuneError && wid == 1)) break;
    i += size_t(wid);
  }
  if (i == s.size()) return gs;
  std::string out(s.substr(0, i));
  out.reserve(s.size() + utf8::UTFMax);
  while (i < s.size()) {
    int wid = 1;
    int32_t c = uint8_t(s[i]);
    if (c >= utf8::RuneSelf) c = utf8::decodeRune(s, i, &wid);
    utf8::appendRune(out, f(c));
    i += size_t(wid);
  }
  return runtime::gostring(out);
}

bool isASCII(std::string_view s) {
  for (char c : s) {
    if (uint8_t(c) >= 0x80) return false;
  }
  return true;
}

GoString toUpper(GoString gs) {
  std::string_view s = gs.view();
  if (isASCII(s)) {
    size_t i = 0;
    while (i < s.size() && !(s[i] >= 'a' && s[i] <= 'z')) i++;
    if (i == s.size()) return gs;
    std::string out(s);
    for (; i < out.size(); i++) {
      if (out[i] >= 'a' && out[i] <= 'z') out[i] = char(out[i] - 32);
    }
    return runtime::gostring(out);
  }
  return mapRunes(gs, unicode::toUpper);
}

GoString toLower(GoString gs) {
  std::string_view s = gs.view();
  if (isASCII(s)) {
    size_t i = 0;
    while (i < s.size() && !(s[i] >= 'A' && s[i] <= 'Z')) i++;
    if (i == s.size()) return gs;
    std::string out(s);
    for (; i < out.size(); i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') out[i] = char(out[i] + 32);
    }
    return runtime::gostring(out);
  }
  return mapRunes(gs, unicode::toLower);
}

// Go's EqualFold: equal under simple Unicode case folding.
bool equalFold(std::string_view s, std::string_view t) {
  size_t i = 0, j = 0;
  while (i < s.size() && j < t.size()) {
    int32_t sr, tr;
    int w;
    if (uint8_t(s[i]) < utf8::RuneSelf) {
      sr = uint8_t(s[i++]);
    } else {
      sr = utf8::decodeRune(s, i, &w);
      i += size_t(w);
    }
    if (uint8_t(t[j]) < utf8::RuneSelf) {
      tr = uint8_t(t[j++]);
    } else {
      tr = utf8::decodeRune(t, j, &w);
      j += size_t(w);
    }
    if (tr == sr) continue;
    if (tr < sr) std::swap(tr, sr);
    if (tr < utf8::RuneSelf) {
      if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      return false;
    }
    // General case: walk sr's fold orbit looking for tr.
    int32_t r = unicode::simpleFold(sr);
    while (r != sr && r < tr) r = unicode::simpleFold(r);
    if (r == tr) continue;
    return false;
  }
  return s.substr(i) == t.substr(j);
}

// Go's Replace: the first n (all if n < 0) non-overlapping instances of old replaced; an
// empty old matches at the start and after each rune.
GoString replace(GoString gs, std::string_view old, std::string_view repl, int64_t n) {
  std::string_view s = gs.view();
  if (old == repl || n == 0) return gs;
  int64_t m = count(s, old);
  if (m == 0) return gs;
  if (n < 0 || m < n) n = m;
  std::string out;
  out.reserve(s.size() + size_t(n) * repl.size());
  size_t start = 0;
  for (int64_t i = 0; i < n; i++) {
    size_t j = start;
    if (old.empty()) {
      if (i > 0) {
        int wid;
        utf8::decodeRune(s, start, &wid);
        j += size_t(wid);
      }
    } else {
      j = s.find(old, start);
    }
    out.append(s.substr(start, j - start));
    out.append(repl);
    start = j + old.size();
  }
  out.append(s.substr(start));
  return runtime::gostring(out);
}

void indexNative(vm::Thread*, uint64_t* b) {
  setInt(b, 0, index(getStringView(b, 0), getStringView(b, 2)));
}
void containsNative(vm::Thread*, uint64_t* b) {
  setBool(b, 0, index(getStringView(b, 0), getStringView(b, 2)) >= 0);
}
void indexByteNative(vm::Thread*, uint64_t* b) {
  std::string_view s = getStringView(b, 0);
  size_t i = s.find(char(getByte(b, 2)));
  setInt(b, 0, i == std::string_view::npos ? -1 : int64_t(i));
}
void lastIndexNative(vm::Thread*, uint64_t* b) {
  std::string_view s = getStringView(b, 0), sub = getStringView(b, 2);
  size_t i = s.rfind(sub);
  setInt(b, 0, i == std::string_view::npos ? -1 : int64_t(i));
}
void countNative(vm::Thread*, uint64_t* b) {
  setInt(b, 0, count(getStringView(b, 0), getStringView(b, 2)));
}
void replaceNative(vm::Thread*, uint64_t* b) {
  setString(b, 0, replace(getString(b, 0), getStringView(b, 2), getStringView(b, 4), getInt(b, 6)));
}
// func repeat(s string, count int) string   (Repeat checks count in Go)
void repeatNative(vm::Thread*, uint64_t* b) {
  std::string_view s = getStringView(b, 0);
  int64_t n = getInt(b, 2);
  std::string out;
  out.reserve(s.size() * size_t(n));
  for (int64_t i = 0; i < n; i++) out.append(s);
  setString(b, 0, runtime::gostring(out));
}

// unicode's classes under strings' own names (strings.go says why).
GOLITE_NATIVE("strings.isSpace", [](vm::Thread*, uint64_t* b) { setBool(b, 0, unicode::isSpace(getRune(b, 0))); });
GOLITE_NATIVE("strings.isLetter", [](vm::Thread*, uint64_t* b) { setBool(b, 0, unicode::isLetter(getRune(b, 0))); });
GOLITE_NATIVE("strings.isDigit", [](vm::Thread*, uint64_t* b) { setBool(b, 0, unicode::isDigit(getRune(b, 0))); });
GOLITE_NATIVE("strings.toTitle", [](vm::Thread*, uint64_t* b) { setInt(b, 0, unicode::toTitle(getRune(b, 0))); });

GOLITE_NATIVE("strings.Index", indexNative);
GOLITE_NATIVE("strings.Contains", containsNative);
GOLITE_NATIVE("strings.IndexByte", indexByteNative);
GOLITE_NATIVE("strings.LastIndex", lastIndexNative);
GOLITE_NATIVE("strings.Count", countNative);
GOLITE_NATIVE("strings.Replace", replaceNative);
GOLITE_NATIVE("strings.repeat", repeatNative);
GOLITE_NATIVE("strings.ToUpper", [](vm::Thread*, uint64_t* b) { setString(b, 0, toUpper(getString(b, 0))); });
GOLITE_NATIVE("strings.ToLower", [](vm::Thread*, uint64_t* b) { setString(b, 0, toLower(getString(b, 0))); });
GOLITE_NATIVE("strings.ToTitle", [](vm::Thread*, uint64_t* b) {
  setString(b, 0, mapRunes(getString(b, 0), unicode::toTitle));
});
GOLITE_NATIVE("strings.EqualFold", [](vm::Thread*, uint64_t* b) {
  setBool(b, 0, equalFold(getStringView(b, 0), getStringView(b, 2)));
});

}  // namespace
}  // namespace golite::stdlib::strings
