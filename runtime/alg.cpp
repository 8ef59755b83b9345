// Hashing and equality of Go values by type (Go's runtime/alg.go), and fastrand.
//
// Memory hashing is wyhash (Wang Yi's public-domain design: 64x64->128-bit multiply and
// fold), written here, keyed per process with random bits from the kernel so that map
// iteration order and collision patterns differ between runs, as in Go.
//
// Rules that are Go's:
//   - Floats: +0 and -0 are equal and hash alike; NaN != NaN and each NaN hashes to a
//     random value, so every NaN key inserted is a new entry, never found again.
//   - Interfaces hash and compare by dynamic type, then value. Hashing a dynamic type with
//     no == panics `hash of unhashable type T`; comparing two values of the same such type
//     panics `comparing uncomparable type T`. Different dynamic types are simply unequal.
//   - Structs compare and hash field by field, skipping blank (_) fields; arrays element by
//     element. Types flagged TFlagRegularMemory are plain bytes.
#include "runtime/alg.h"
#include "runtime/string.h"

#include <sys/random.h>

#include <atomic>
#include <cstring>
#include <ctime>

#include "runtime/hash.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "runtime/value.h"

namespace golite::runtime {

uint64_t hashkey[4];

namespace {

// Fills hashkey before any static initializer of ours can hash or allocate.
[[gnu::constructor(101)]] void initHashKey() {
  if (getrandom(hashkey, sizeof hashkey, 0) != sizeof hashkey) {
    // No entropy source: time and addresses are better than a constant.
    uint64_t t = uint64_t(time(nullptr)) ^ uint64_t(reinterpret_cast<uintptr_t>(&t));
    for (auto& k : hashkey) {
      t += 0xa0761d6478bd642full;
      k = wymix(t, t ^ 0xe7037ed1a0b428dbull);
    }
  }
  hashkey[0] |= 1;
}

// Per-thread wyrand state (Go's m.fastrand); 0 = not seeded yet.
thread_local uint64_t fastrandState = 0;

[[gnu::noinline]] uint64_t seedFastrand() {
  static std::atomic<uint64_t> threads{0};
  uint64_t n = threads.fetch_add(1, std::memory_order_relaxed) + 1;
  uint64_t s = wymix(hashkey[1] ^ n, hashkey[2] ^ uint64_t(reinterpret_cast<uintptr_t>(&n)));
  return s == 0 ? 1 : s;
}

inline uintptr_t f32hash(const void* p, uintptr_t h) {
  float f;
  std::memcpy(&f, p, 4);
  if (f == 0) {
    uint32_t z = 0;
    return memhash32(&z, h);  // +0 and -0
  }
  if (f != f) return uintptr_t(wymix(h ^ hashkey[0], fastrand64()));  // any NaN: random
  return memhash32(p, h);
}

inline uintptr_t f64hash(const void* p, uintptr_t h) {
  double f;
  std::memcpy(&f, p, 8);
  if (f == 0) {
    uint64_t z = 0;
    return memhash64(&z, h);
  }
  if (f != f) return uintptr_t(wymix(h ^ hashkey[0], fastrand64()));
  return memhash64(p, h);
}

bool isBlank(const StructField& f) { return f.name == "_"; }

[[noreturn]] void panicUnhashable(const Type* t) {
  panicRuntime("hash of unhashable type " + t->str);
}

[[noreturn]] void panicUncomparable(const Type* t) {
  panicRuntime("comparing uncomparable type " + t->str);
}

// Hash of an interface's dynamic value (Go's efaceHash / ifaceHash).
uintptr_t interhash(const Type* t, void* data, uintptr_t h) {
  if (t == nullptr) return uintptr_t(wymix(h ^ hashkey[0], hashkey[3]));
  if (!t->comparable()) panicUnhashable(t);
  h ^= t->hash;
  if (t->directIface()) return uintptr_t(wymix(typehash(t, &data, h), hashkey[3]));
  return uintptr_t(wymix(typehash(t, data, h), hashkey[3]));
}

// Equality of two data words of the same dynamic type t (Go's efaceeq(t, x, y)).
bool dataeq(const Type* t, void* x, void* y) {
  if (t == nullptr) return true;
  if (!t->comparable()) panicUncomparable(t);
  if (t->directIface()) return x == y;
  return typeequal(t, x, y);
}

}  // namespace

uint64_t wyhashLong(const uint8_t* p, size_t n, uint64_t seed) {
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
  return wyfinish(load64(p + i - 16), load64(p + i - 8), seed, n);
}

uintptr_t strhash(const void* p, uintptr_t seed) {
  auto* s = static_cast<const GoString*>(p);
  return memhash(s->ptr, seed, size_t(s->len));
}

// Values nest as deep as their types (a struct 9,000 structs deep) or their data (a list
// linked through interface fields): the last field or element, and the dynamic value of
// an interface being compared, are walked in the same frame, so a chain of them takes no
// stack; the other parts recurse, on a new segment of native stack when the goroutine's
// runs low (morestack, stack.cpp), as Go's stack would grow.
namespace {

bool composite(const Type* t) {
  return (t->kind == Kind::Struct || t->kind == Kind::Array || t->kind == Kind::Interface) &&
         !(t->tflag & TFlagRegularMemory);
}

bool stackLow() { return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < stackGuard(); }

// The last field that counts (not blank), or null.
const StructField* lastField(const Type* t) {
  for (size_t k = t->fields.size(); k > 0; k--)
    if (!isBlank(t->fields[k - 1])) return &t->fields[k - 1];
  return nullptr;
}

uintptr_t typehashPart(const Type* t, const void* p, uintptr_t h) {
  if (composite(t) && stackLow()) [[unlikely]] {
    struct Args {
      const Type* t;
      const void* p;
      uintptr_t h;
    } a{t, p, h};
    if (!morestack([](void* v) {
          auto* a = static_cast<Args*>(v);
          a->h = typehash(a->t, a->p, a->h);
        }, &a))
      fatal("stack overflow");
    return a.h;
  }
  return typehash(t, p, h);
}

bool typeequalPart(const Type* t, const void* x, const void* y) {
  if (composite(t) && stackLow()) [[unlikely]] {
    struct Args {
      const Type* t;
      const void* x;
      const void* y;
      bool eq;
    } a{t, x, y, false};
    if (!morestack([](void* v) {
          auto* a = static_cast<Args*>(v);
          a->eq = typeequal(a->t, a->x, a->y);
        }, &a))
      fatal("stack overflow");
    return a.eq;
  }
  return typeequal(t, x, y);
}

}  // namespace

uintptr_t typehash(const Type* t, const void* p, uintptr_t h) {
  for (;;) {
    if (t->tflag & TFlagRegularMemory) {
      switch (t->size) {
        case 4: return memhash32(p, h);
        case 8: return memhash64(p, h);
        default: return memhash(p, h, t->size);
      }
    }
    auto* b = static_cast<const uint8_t*>(p);
    switch (t->kind) {
      case Kind::Float32: return f32hash(p, h);
      case Kind::Float64: return f64hash(p, h);
      case Kind::Complex64: return f32hash(b + 4, f32hash(p, h));
      case Kind::Complex128: return f64hash(b + 8, f64hash(p, h));
      case Kind::String: return strhash(p, h);
      case Kind::Interface: {
        // Empty interfaces hold the type; others an itab whose type is the dynamic type.
        void* w0;
        void* data;
        std::memcpy(&w0, b, 8);
        std::memcpy(&data, b + 8, 8);
        const Type* dt = static_cast<const Type*>(w0);
        if (!t->imethods.empty() && w0 != nullptr) dt = static_cast<const Itab*>(w0)->type;
        if (dt == nullptr || dt->directIface() || !composite(dt)) return interhash(dt, data, h);
        if (!dt->comparable()) panicUnhashable(dt);
        h ^= dt->hash;
        return uintptr_t(wymix(typehashPart(dt, data, h), hashkey[3]));
      }
      case Kind::Array: {
        if (t->len == 0) return h;
        uint64_t es = t->elem->size;
        for (int64_t i = 0; i + 1 < t->len; i++) h = typehashPart(t->elem, b + uint64_t(i) * es, h);
        p = b + uint64_t(t->len - 1) * es;
        t = t->elem;
        continue;
      }
      case Kind::Struct: {
        const StructField* last = lastField(t);
        if (last == nullptr) return h;
        for (const StructField& f : t->fields) {
          if (&f == last) break;
          if (!isBlank(f)) h = typehashPart(f.typ, b + f.offset, h);
        }
        p = b + last->offset;
        t = last->typ;
        continue;
      }
      case Kind::Slice:
      case Kind::Map:
      case Kind::Func:
        panicUnhashable(t);
      default:
        // Bool, integers, pointers, channels without the flag: plain bytes.
        return memhash(p, h, t->size);
    }
  }
}

bool typeequal(const Type* t, const void* x, const void* y) {
  for (;;) {
    if (t->tflag & TFlagRegularMemory) {
      switch (t->size) {
        case 1: return *static_cast<const uint8_t*>(x) == *static_cast<const uint8_t*>(y);
        case 4: return load32(x) == load32(y);
        case 8: return load64(x) == load64(y);
        default: return std::memcmp(x, y, t->size) == 0;
      }
    }
    auto* a = static_cast<const uint8_t*>(x);
    auto* b = static_cast<const uint8_t*>(y);
    switch (t->kind) {
      case Kind::Float32: {
        float f, g;
        std::memcpy(&f, x, 4);
        std::memcpy(&g, y, 4);
        return f == g;
      }
      case Kind::Float64: {
        double f, g;
        std::memcpy(&f, x, 8);
        std::memcpy(&g, y, 8);
        return f == g;
      }
      case Kind::Complex64: {
        float f[2], g[2];
        std::memcpy(f, x, 8);
        std::memcpy(g, y, 8);
        return f[0] == g[0] && f[1] == g[1];
      }
      case Kind::Complex128: {
        double f[2], g[2];
        std::memcpy(f, x, 16);
        std::memcpy(g, y, 16);
        return f[0] == g[0] && f[1] == g[1];
      }
      case Kind::String: {
        auto* s = static_cast<const GoString*>(x);
        auto* u = static_cast<const GoString*>(y);
        return eqstring(*s, *u);  // no memcmp of a null pointer for empty strings
      }
      case Kind::Interface: {
        // Same dynamic type (or itab), then the dynamic values: Go's efaceeq / ifaceeq.
        void* w0;
        void* w1;
        std::memcpy(&w0, a, 8);
        std::memcpy(&w1, b, 8);
        if (w0 != w1) return false;
        if (w0 == nullptr) return true;
        const Type* dt = t->imethods.empty() ? static_cast<const Type*>(w0) : static_cast<const Itab*>(w0)->type;
        if (!dt->comparable()) panicUncomparable(dt);
        if (dt->directIface()) return std::memcmp(a + 8, b + 8, 8) == 0;
        void* d0;
        void* d1;
        std::memcpy(&d0, a + 8, 8);
        std::memcpy(&d1, b + 8, 8);
        t = dt;
        x = d0;
        y = d1;
        continue;
      }
      case Kind::Array: {
        if (t->len == 0) return true;
        uint64_t es = t->elem->size;
        for (int64_t i = 0; i + 1 < t->len; i++) {
          uint64_t off = uint64_t(i) * es;
          if (!typeequalPart(t->elem, a + off, b + off)) return false;
        }
        uint64_t off = uint64_t(t->len - 1) * es;
        x = a + off;
        y = b + off;
        t = t->elem;
        continue;
      }
      case Kind::Struct: {
        const StructField* last = lastField(t);
        if (last == nullptr) return true;
        for (const StructField& f : t->fields) {
          if (&f == last) break;
          if (!isBlank(f) && !typeequalPart(f.typ, a + f.offset, b + f.offset)) return false;
        }
        x = a + last->offset;
        y = b + last->offset;
        t = last->typ;
        continue;
      }
      case Kind::Slice:
      case Kind::Map:
      case Kind::Func:
        panicUncomparable(t);
      default:
        return std::memcmp(x, y, t->size) == 0;
    }
  }
}

bool efaceeq(const void* x, const void* y) {
  auto* a = static_cast<const Eface*>(x);
  auto* b = static_cast<const Eface*>(y);
  return a->type == b->type && dataeq(a->type, a->data, b->data);
}

bool ifaceeq(const void* x, const void* y) {
  auto* a = static_cast<const Iface*>(x);
  auto* b = static_cast<const Iface*>(y);
  if (a->tab != b->tab) return false;
  return a->tab == nullptr || dataeq(a->tab->type, a->data, b->data);
}

uint64_t fastrand64() {
  uint64_t s = fastrandState;
  if (s == 0) [[unlikely]] s = seedFastrand();
  s += 0xa0761d6478bd642full;
  fastrandState = s;
  return wymix(s, s ^ 0xe7037ed1a0b428dbull);
}

uint32_t fastrand() { return uint32_t(fastrand64()); }

}  // namespace golite::runtime
