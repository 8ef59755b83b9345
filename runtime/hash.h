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

// wyhash's final step, shared by the short and long forms.
inline uint64_t wyfinish(uint64_t a, uint64_t b, uint64_t seed, size_t n) {
  a ^= wyp1;
  b ^= seed;
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return wymix(uint64_t(r) ^ wyp0 ^ n, uint64_t(r >> 64) ^ wyp1);
}

// wyhash of more than 16 bytes (alg.cpp).
uint64_t wyhashLong(const uint8_t* p, size_t n, uint64_t seed);

// wyhash of n bytes at p. (wyhash proper first mixes the seed; ours is random already, so
// that step is left out.) Short inputs, the common map keys, stay inline.
inline uint64_t wyhash(const uint8_t* p, size_t n, uint64_t seed) {
  if (n > 16) [[unlikely]] return wyhashLong(p, n, seed);
  uint64_t a, b;
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
  return wyfinish(a, b, seed, n);
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
