// UTF-8 as Go's unicode/utf8 defines it, for C++ code (fmt, strconv, strings natives).
//
// Decoding follows Go exactly: an invalid or truncated sequence, an overlong encoding or
// a surrogate decodes as (RuneError, 1), so loops over bytes advance one byte at a time
// through garbage, and Go's `for range` over a string sees the same runes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace golite::stdlib::utf8 {

constexpr int32_t RuneError = 0xFFFD;
constexpr int32_t RuneSelf = 0x80;
constexpr int32_t MaxRune = 0x10FFFF;
constexpr int UTFMax = 4;

// Whether r can be encoded: in range and not a surrogate.
inline bool validRune(int32_t r) {
  return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= MaxRune);
}

// Decodes the rune at the start of p[0:n]; *size gets its width (0 when n == 0).
inline int32_t decodeRune(const uint8_t* p, size_t n, int* size) {
  if (n == 0) {
    *size = 0;
    return RuneError;
  }
  uint8_t c0 = p[0];
  if (c0 < 0x80) {
    *size = 1;
    return c0;
  }
  // The accepted ranges for the second byte depend on the first (Go's acceptRanges).
  int need;
  uint8_t lo = 0x80, hi = 0xBF;
  int32_t r;
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    need = 1;
    r = c0 & 0x1F;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    need = 2;
    r = c0 & 0x0F;
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    need = 3;
    r = c0 & 0x07;
    if (c0 == 0xF0) lo = 0x90;
    if (c0 == 0xF4) hi = 0x8F;
  } else {
    *size = 1;
    return RuneError;
  }
  if (n < size_t(need) + 1) {
    *size = 1;
    return RuneError;
  }
  if (p[1] < lo || p[1] > hi) {
    *size = 1;
    return RuneError;
  }
  r = (r << 6) | (p[1] & 0x3F);
  for (int i = 2; i <= need; i++) {
    if (p[i] < 0x80 || p[i] > 0xBF) {
      *size = 1;
      return RuneError;
    }
    r = (r << 6) | (p[i] & 0x3F);
  }
  *size = need + 1;
  return r;
}

inline int32_t decodeRune(std::string_view s, size_t i, int* size) {
  return decodeRune(reinterpret_cast<const uint8_t*>(s.data()) + i, s.size() - i, size);
}

// Decodes the last rune of p[0:n], as Go's DecodeLastRune.
inline int32_t decodeLastRune(const uint8_t* p, size_t n, int* size) {
  if (n == 0) {
    *size = 0;
    return RuneError;
  }
  size_t end = n;
  size_t start = end - 1;
  if (p[start] < 0x80) {
    *size = 1;
    return p[start];
  }
  size_t lim = end >= UTFMax ? end - UTFMax : 0;
  while (start > lim) {
    if ((p[start] & 0xC0) != 0x80) break;
    start--;
  }
  int sz;
  int32_t r = decodeRune(p + start, end - start, &sz);
  if (start + sz != end) {
    *size = 1;
    return RuneError;
  }
  *size = sz;
  return r;
}

// Number of bytes needed to encode r, or -1 if r is not a valid rune.
inline int runeLen(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (0xD800 <= r && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= MaxRune) return 4;
  return -1;
}

// Writes the encoding of r into p (room for 4 bytes); invalid runes encode RuneError.
inline int encodeRune(uint8_t* p, int32_t r) {
  uint32_t u = uint32_t(r);
  if (u < 0x80) {
    p[0] = uint8_t(u);
    return 1;
  }
  if (u < 0x800) {
    p[0] = uint8_t(0xC0 | (u >> 6));
    p[1] = uint8_t(0x80 | (u & 0x3F));
    return 2;
  }
  if (u > uint32_t(MaxRune) || (0xD800 <= u && u <= 0xDFFF)) u = RuneError;
  if (u < 0x10000) {
    p[0] = uint8_t(0xE0 | (u >> 12));
    p[1] = uint8_t(0x80 | ((u >> 6) & 0x3F));
    p[2] = uint8_t(0x80 | (u & 0x3F));
    return 3;
  }
  p[0] = uint8_t(0xF0 | (u >> 18));
  p[1] = uint8_t(0x80 | ((u >> 12) & 0x3F));
  p[2] = uint8_t(0x80 | ((u >> 6) & 0x3F));
  p[3] = uint8_t(0x80 | (u & 0x3F));
  return 4;
}

inline void appendRune(std::string& out, int32_t r) {
  if (uint32_t(r) < 0x80) {
    out.push_back(char(r));
    return;
  }
  uint8_t b[4];
  int n = encodeRune(b, r);
  out.append(reinterpret_cast<const char*>(b), n);
}

inline int64_t runeCount(const uint8_t* p, size_t n) {
  int64_t count = 0;
  for (size_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      i++;
    } else {
      int sz;
      decodeRune(p + i, n - i, &sz);
      i += sz;
    }
    count++;
  }
  return count;
}

inline int64_t runeCount(std::string_view s) {
  return runeCount(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

inline bool valid(const uint8_t* p, size_t n) {
  for (size_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    int sz;
    int32_t r = decodeRune(p + i, n - i, &sz);
    if (r == RuneError && sz == 1) return false;
    i += sz;
  }
  return true;
}

}  // namespace golite::stdlib::utf8
