// String operations (Go's runtime/string.go and utf8.go).
//
// Every new string is a pointer-free allocation (mallocgc(n, nullptr, false)): its bytes
// are written right after. The UTF-8 rules are Go's runtime ones: decoding never fails,
// an invalid byte decodes as U+FFFD of width 1; encoding an invalid rune (a surrogate, or
// beyond U+10FFFF) writes U+FFFD.
#include "runtime/string.h"

#include <cstring>

#include "runtime/malloc.h"
#include "runtime/mheap.h"
#include "runtime/stackobj.h"
#include "runtime/panic.h"

namespace golite::runtime {

namespace {

// Every byte value, for one-byte strings that need no allocation (Go's staticuint64s).
constexpr auto makeStaticBytes() {
  struct T {
    uint8_t b[256];
  } t{};
  for (int i = 0; i < 256; i++) t.b[i] = uint8_t(i);
  return t;
}
constexpr auto staticBytes = makeStaticBytes();

constexpr uint8_t tx = 0x80, t2 = 0xC0, t3 = 0xE0, t4 = 0xF0, t5 = 0xF8;
constexpr uint8_t maskx = 0x3F, mask2 = 0x1F, mask3 = 0x0F, mask4 = 0x07;
constexpr int32_t rune1Max = (1 << 7) - 1, rune2Max = (1 << 11) - 1, rune3Max = (1 << 16) - 1;
constexpr uint8_t locb = 0x80, hicb = 0xBF;
constexpr int32_t surrogateMin = 0xD800, surrogateMax = 0xDFFF;

inline bool cont(uint8_t c) { return locb <= c && c <= hicb; }

// A string of l bytes, in buf when it fits.
GoString rawstringtmp(tmpBuf* buf, int64_t l, uint8_t** b) {
  if (buf != nullptr && l <= tmpStringBufSize) {
    *b = buf->b;
    return GoString{buf->b, l};
  }
  return rawstring(l, b);
}

}  // namespace

// Strings built in a frame buffer (tmpBuf) live in frame-object memory.
bool (*stringDataOnStack)(const void* p) = [](const void* p) { return inFrameObjects(uintptr_t(p)); };

GoString rawstring(int64_t n, uint8_t** b) {
  auto* p = static_cast<uint8_t*>(mallocgc(size_t(n), nullptr, false));
  *b = p;
  return GoString{p, n};
}

GoString gostring(const char* p, size_t n) {
  if (n == 0) return GoString{nullptr, 0};
  if (n == 1) return GoString{&staticBytes.b[uint8_t(*p)], 1};
  uint8_t* b;
  GoString s = rawstring(int64_t(n), &b);
  std::memcpy(b, p, n);
  return s;
}

GoString concatstrings(tmpBuf* buf, const GoString* a, size_t n) {
  int64_t l = 0;
  int count = 0;
  size_t idx = 0;
  for (size_t i = 0; i < n; i++) {
    int64_t m = a[i].len;
    if (m == 0) continue;
    if (l + m < l) throwf("string concatenation too long");
    l += m;
    count++;
    idx = i;
  }
  if (count == 0) return GoString{nullptr, 0};
  // One non-empty part: that string is the result (strings are immutable), unless it may
  // outlive the stack its bytes are on.
  if (count == 1 && (buf != nullptr || stringDataOnStack == nullptr || !stringDataOnStack(a[idx].ptr))) {
    return a[idx];
  }
  uint8_t* b;
  GoString s = rawstringtmp(buf, l, &b);
  for (size_t i = 0; i < n; i++) {
    if (a[i].len == 0) continue;
    std::memcpy(b, a[i].ptr, size_t(a[i].len));
    b += a[i].len;
  }
  return s;
}

GoString concatstring2(tmpBuf* buf, GoString a, GoString b) {
  GoString parts[2] = {a, b};
  return concatstrings(buf, parts, 2);
}

int cmpstring(GoString a, GoString b) {
  int64_t l = a.len < b.len ? a.len : b.len;
  if (a.ptr != b.ptr && l > 0) {
    int c = std::memcmp(a.ptr, b.ptr, size_t(l));
    if (c != 0) return c < 0 ? -1 : 1;
  }
  if (a.len < b.len) return -1;
  if (a.len > b.len) return 1;
  return 0;
}

GoString slicebytetostring(tmpBuf* buf, const uint8_t* ptr, int64_t n) {
  if (n == 0) return GoString{nullptr, 0};
  if (n == 1) return GoString{&staticBytes.b[*ptr], 1};
  uint8_t* p;
  if (buf != nullptr && n <= tmpStringBufSize) p = buf->b;
  else p = static_cast<uint8_t*>(mallocgc(size_t(n), nullptr, false));
  std::memcpy(p, ptr, size_t(n));
  return GoString{p, n};
}

GoSlice stringtoslicebyte(tmpBuf* buf, GoString s) {
  GoSlice b;
  if (buf != nullptr && s.len <= tmpStringBufSize) {
    std::memset(buf->b, 0, sizeof buf->b);
    b = GoSlice{buf->b, s.len, tmpStringBufSize};
  } else {
    // Go's rawbyteslice: the capacity is the size class.
    size_t cap = roundupsize(size_t(s.len));
    void* p = mallocgc(cap, nullptr, false);
    if (cap != size_t(s.len)) std::memset(static_cast<uint8_t*>(p) + s.len, 0, cap - size_t(s.len));
    b = GoSlice{p, s.len, int64_t(cap)};
  }
  if (s.len > 0) std::memcpy(b.ptr, s.ptr, size_t(s.len));
  return b;
}

GoSlice stringtoslicerune(tmpRuneBuf* buf, GoString s) {
  int64_t n = countrunes(s);
  GoSlice a;
  if (buf != nullptr && n <= tmpStringBufSize) {
    std::memset(buf->r, 0, sizeof buf->r);
    a = GoSlice{buf->r, n, tmpStringBufSize};
  } else {
    if (uint64_t(n) > maxAlloc / 4) throwf("out of memory");
    size_t mem = roundupsize(size_t(n) * 4);
    void* p = mallocgc(mem, nullptr, false);
    if (mem != size_t(n) * 4) std::memset(static_cast<uint8_t*>(p) + n * 4, 0, mem - size_t(n) * 4);
    a = GoSlice{p, n, int64_t(mem / 4)};
  }
  auto* r = static_cast<int32_t*>(a.ptr);
  for (int64_t i = 0, k = 0; i < s.len; k++) {
    uint8_t c = s.ptr[i];
    if (c < runeSelf) {
      r[k] = c;
      i++;
    } else {
      r[k] = decoderune(s, i, &i);
    }
  }
  return a;
}

GoString slicerunetostring(tmpBuf* buf, const int32_t* a, int64_t n) {
  uint8_t dum[4];
  int64_t size1 = 0;
  for (int64_t i = 0; i < n; i++) size1 += encoderune(dum, a[i]);
  if (size1 == 0) return GoString{nullptr, 0};
  uint8_t* b;
  // 3 bytes of slack, as Go: encoderune may write up to 4 bytes for the last rune.
  GoString s = rawstringtmp(buf, size1 + 3, &b);
  int64_t size2 = 0;
  for (int64_t i = 0; i < n && size2 < size1; i++) size2 += encoderune(b + size2, a[i]);
  s.len = size2;
  return s;
}

GoString intstring(tmpBuf* buf, int64_t v) {
  if (int64_t(int32_t(v)) != v) v = runeError;
  if (v >= 0 && v < runeSelf) return GoString{&staticBytes.b[v], 1};
  uint8_t* b;
  GoString s;
  if (buf != nullptr) {
    b = buf->b;
    s = GoString{b, 4};
  } else {
    s = rawstring(4, &b);
  }
  s.len = encoderune(b, int32_t(v));
  return s;
}

int32_t decoderune(GoString s, int64_t k, int64_t* next) {
  if (k >= s.len) {
    *next = k + 1;
    return runeError;
  }
  const uint8_t* p = s.ptr + k;
  int64_t n = s.len - k;
  uint8_t c = p[0];
  if (t2 <= c && c < t3) {
    if (n > 1 && cont(p[1])) {
      int32_t r = int32_t(c & mask2) << 6 | int32_t(p[1] & maskx);
      if (rune1Max < r) {
        *next = k + 2;
        return r;
      }
    }
  } else if (t3 <= c && c < t4) {
    if (n > 2 && cont(p[1]) && cont(p[2])) {
      int32_t r = int32_t(c & mask3) << 12 | int32_t(p[1] & maskx) << 6 | int32_t(p[2] & maskx);
      if (rune2Max < r && !(surrogateMin <= r && r <= surrogateMax)) {
        *next = k + 3;
        return r;
      }
    }
  } else if (t4 <= c && c < t5) {
    if (n > 3 && cont(p[1]) && cont(p[2]) && cont(p[3])) {
      int32_t r = int32_t(c & mask4) << 18 | int32_t(p[1] & maskx) << 12 |
                  int32_t(p[2] & maskx) << 6 | int32_t(p[3] & maskx);
      if (rune3Max < r && r <= maxRune) {
        *next = k + 4;
        return r;
      }
    }
  } else if (c < runeSelf) {
    // ASCII (callers normally handle it themselves).
    *next = k + 1;
    return c;
  }
  *next = k + 1;
  return runeError;
}

int encoderune(uint8_t* p, int32_t r) {
  uint32_t i = uint32_t(r);
  if (i <= uint32_t(rune1Max)) {
    p[0] = uint8_t(r);
    return 1;
  }
  if (i <= uint32_t(rune2Max)) {
    p[0] = t2 | uint8_t(r >> 6);
    p[1] = tx | (uint8_t(r) & maskx);
    return 2;
  }
  if (i > uint32_t(maxRune) || (uint32_t(surrogateMin) <= i && i <= uint32_t(surrogateMax))) {
    r = runeError;
    i = uint32_t(r);
  }
  if (i <= uint32_t(rune3Max)) {
    p[0] = t3 | uint8_t(r >> 12);
    p[1] = tx | (uint8_t(r >> 6) & maskx);
    p[2] = tx | (uint8_t(r) & maskx);
    return 3;
  }
  p[0] = t4 | uint8_t(r >> 18);
  p[1] = tx | (uint8_t(r >> 12) & maskx);
  p[2] = tx | (uint8_t(r >> 6) & maskx);
  p[3] = tx | (uint8_t(r) & maskx);
  return 4;
}

int64_t countrunes(GoString s) {
  int64_t n = 0;
  for (int64_t i = 0; i < s.len; n++) {
    if (s.ptr[i] < runeSelf) i++;
    else decoderune(s, i, &i);
  }
  return n;
}

}  // namespace golite::runtime
