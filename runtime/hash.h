// Memory hashing for maps and interfaces: wyhash, keyed per process (see alg.cpp).
//
// wyhash (Wang Yi, public domain) folds 64-bit words through one 64x64->128-bit multiply
// each (wymix: the xor of the product's halves). Inline here because map lookups of
// 4-byte, 8-byte and string keys inline them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace golite::runtime {

// Random per-process key, set before main (alg.cpp).
extern uint64_t hashkey[4];

constexpr uint64_t wyp0 = 0xa0761d6478bd642full;
constexpr uint64_t wyp1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t wyp2 = 0x8ebc6af09c88c6e3ull;
constexpr uint64_t wyp3 = 0x589965cc75374cc3ull;

inline uint64_t wymix(uint64_t a, uint64_t b) {
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return uint64_t(r) ^ uint64_t(r >> 64);
}

inline uint64_t load64(const void* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint32_t load32(const void* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// wyhash of n bytes at p.
// (wyhash proper first mixes the seed; ours is random already, so that step is left out.)
inline uint64_t wyhash(const uint8_t* p, size_t n, uint64_t seed) {
  uint64_t a, b;
  if (n <= 16) [[likely]] {
    if (n >= 4) {
      size_t mid = (n >> 3) << 2;
      a = (uint64_t(load32(p)) << 32) | load32(p + mid);
      b = (uint64_t(load32(p + n - 4)) << 32) | load32(p + n - 4 - mid);
    } else if (n > 0) {
      a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = n;
    if (i > 48) {
      uint64_t see1 = seed, see2 = seed;
      do {
        seed = wymix(load64(p) ^ wyp1, load64(p + 8) ^ seed);
        see1 = wymix(load64(p + 16) ^ wyp2, load64(p + 24) ^ see1);
        see2 = wymix(load64(p + 32) ^ wyp3, load64(p + 40) ^ see2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= see1 ^ see2;
    }
    while (i > 16) {
      seed = wymix(load64(p) ^ wyp1, load64(p + 8) ^ seed);
      i -= 16;
      p += 16;
    }
    a = load64(p + i - 16);
    b = load64(p + i - 8);
  }
  a ^= wyp1;
  b ^= seed;
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  a = uint64_t(r);
  b = uint64_t(r >> 64);
  return wymix(a ^ wyp0 ^ n, b ^ wyp1);
}

// Hash of n bytes; 4- and 8-byte forms for the common map keys.
inline uintptr_t memhash(const void* p, uintptr_t seed, size_t n) {
  return uintptr_t(wyhash(static_cast<const uint8_t*>(p), n, uint64_t(seed) ^ hashkey[0]));
}
inline uintptr_t memhash64(const void* p, uintptr_t seed) {
  uint64_t v = load64(p);
  return uintptr_t(wymix(wymix(v ^ wyp1, uint64_t(seed) ^ hashkey[0]) ^ wyp0 ^ 8, v ^ hashkey[1]));
}
inline uintptr_t memhash32(const void* p, uintptr_t seed) {
  uint64_t v = load32(p);
  return uintptr_t(wymix(wymix(v ^ wyp1, uint64_t(seed) ^ hashkey[0]) ^ wyp0 ^ 4, v ^ hashkey[1]));
}

}  // namespace golite::runtime
