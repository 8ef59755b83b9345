// Go maps (Go's runtime/map.go).
//
// A map is a hash table of 2^B buckets. Each bucket (bmap) holds 8 entries: 8 tophash
// bytes (the top 8 bits of each entry's hash, or a state marker below minTopHash), then the
// 8 keys, then the 8 elems (keys packed together and elems together avoid padding, e.g.
// for map[int64]int8), then an overflow pointer to a chained bucket. Keys or elems over
// 128 bytes are stored indirectly (the slot holds a pointer to a heap copy).
//
// A lookup hashes the key, takes the low B bits to choose a bucket and compares the top
// byte with each tophash before comparing keys.
//
// When the average load passes 6.5 entries per bucket (loadFactorNum/loadFactorDen), or
// when there are as many overflow buckets as buckets (a same-size grow, compacting after
// many deletes), the map grows: a new bucket array is allocated and old buckets are
// evacuated incrementally, two per write (growWork: the bucket being written and the next
// unevacuated one). An old bucket i is split between new buckets i (X) and i+2^oldB (Y) by
// the next hash bit; its tophash slots are set to evacuatedX/Y/Empty so lookups and
// iterators know where entries went.
//
// Iteration starts at a random bucket and a random offset within buckets; during a grow it
// walks the new bucket array but reads old buckets not yet evacuated, keeping only the
// entries that will land in the new bucket being visited (checkBucket). Keys that are not
// equal to themselves (NaN) are sent at random by their tophash's low bit, which an
// iterator can recompute.
//
// tophash markers: emptyRest (this and every later slot of the chain are empty), emptyOne,
// evacuatedX, evacuatedY, evacuatedEmpty; real tophashes are >= minTopHash.
//
// golite specifics: hmap carries a pointer to the derived layout (maptype below: sizes,
// bucket type, key algorithm), computed once per map type, so operations never look it up.
// Lookups of 4-byte, 8-byte and string keys run code specialised for them (Go's
// mapaccess1_fast64 and friends) behind the same entry points.
#include "runtime/map.h"

#include <atomic>
#include <bit>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "runtime/alg.h"
#include "runtime/hash.h"
#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/mheap.h"
#include "runtime/panic.h"
#include "runtime/slice.h"

namespace golite::runtime {

namespace {

constexpr uintptr_t bucketCntBits = 3;
constexpr uintptr_t bucketCnt = 1 << bucketCntBits;
constexpr uintptr_t loadFactorNum = 13;
constexpr uintptr_t loadFactorDen = 2;
constexpr uint64_t maxKeySize = 128;
constexpr uint64_t maxElemSize = 128;
constexpr uintptr_t dataOffset = 8;  // keys start after the tophash array

constexpr uint8_t emptyRest = 0;
constexpr uint8_t emptyOne = 1;
constexpr uint8_t evacuatedX = 2;
constexpr uint8_t evacuatedY = 3;
constexpr uint8_t evacuatedEmpty = 4;
constexpr uint8_t minTopHash = 5;

constexpr uint8_t iterator = 1;      // there may be an iterator using buckets
constexpr uint8_t oldIterator = 2;   // there may be an iterator using oldbuckets
constexpr uint8_t hashWriting = 4;   // a goroutine is writing to the map
constexpr uint8_t sameSizeGrow = 8;  // the current grow is to a map of the same size

constexpr uintptr_t noCheck = ~uintptr_t(0);

// Zero value returned for missing keys of elems up to this size.
constexpr size_t maxZero = 1024;
alignas(16) const uint8_t zeroVal[maxZero] = {};

enum class KeyAlg : uint8_t { Generic, Mem32, Mem64, Str };

}  // namespace

// What map code needs to know about a map type, derived once from its Type.
struct maptype {
  const Type* typ;
  const Type* key;
  const Type* elem;
  const Type* bucket;  // synthesized: tophash, keys, elems, overflow
  uint8_t keysize;     // key slot size (8 when indirect)
  uint8_t elemsize;
  uint16_t bucketsize;
  bool indirectkey;
  bool indirectelem;
  bool reflexivekey;    // k == k for every key (no floats or interfaces inside)
  bool needkeyupdate;   // overwrite the key on assign (+0/-0, strings, interfaces)
  bool hashMightPanic;  // an interface inside: hashing may panic
  KeyAlg alg;
  const void* zero;     // the elem type's zero value
};

struct bmap {
  uint8_t tophash[bucketCnt];
};

struct mapextra {
  // For maps whose buckets hold no pointers, the buckets are allocated pointer-free, so
  // the GC does not see their overflow pointers: these slices keep the overflow buckets
  // alive (as in Go).
  GoSlice* overflow;     // []*bmap of h.buckets
  GoSlice* oldoverflow;  // []*bmap of h.oldbuckets
  bmap* nextOverflow;    // a free preallocated overflow bucket
};

struct hmap {
  int64_t count;  // live entries; first, so len() is one load
  uint8_t flags;
  uint8_t B;           // log2 of the number of buckets
  uint16_t noverflow;  // approximate number of overflow buckets
  uint32_t hash0;      // hash seed
  void* buckets;       // 2^B buckets; may be null when count == 0
  void* oldbuckets;    // the previous half-size array while growing
  uintptr_t nevacuate; // old buckets below this are evacuated
  mapextra* extra;
  const maptype* t;    // golite: the layout (not a heap pointer)
};

namespace {

// The iterator's private layout inside hiter (Go's hiter).
struct hiterImpl {
  void* key;
  void* elem;
  const maptype* t;
  hmap* h;
  void* buckets;          // h.buckets when the iteration started
  bmap* bptr;             // current bucket
  GoSlice* overflow;      // keeps overflow buckets of h.buckets alive
  GoSlice* oldoverflow;   // keeps overflow buckets of h.oldbuckets alive
  uintptr_t startBucket;  // the bucket iteration started at
  uint8_t offset;         // intra-bucket slot to start from
  bool wrapped;           // went past the end of the bucket array
  uint8_t B;
  uint8_t i;
  uintptr_t bucket;
  uintptr_t checkBucket;
};
static_assert(sizeof(hiterImpl) == sizeof(hiter), "hiter size");

// --- runtime-internal types, for the GC ------------------------------------------------

Type makeType(Kind k, uint64_t size, uint64_t ptrdata, std::vector<uint8_t> gcdata, const char* str) {
  Type t;
  t.kind = k;
  t.size = size;
  t.ptrdata = ptrdata;
  t.align = 8;
  t.gcdata = std::move(gcdata);
  t.str = str;
  return t;
}

const Type* unsafePointerType() {
  static const Type t = makeType(Kind::UnsafePointer, 8, 8, {1}, "unsafe.Pointer");
  return &t;
}

const Type* overflowSliceType() {
  static const Type t = [] {
    Type s = makeType(Kind::Slice, sizeof(GoSlice), 8, {1}, "[]*map.bmap");
    s.elem = unsafePointerType();
    return s;
  }();
  return &t;
}

const Type* mapextraType() {
  static const Type t = makeType(Kind::Struct, sizeof(mapextra), sizeof(mapextra), {0b111}, "runtime.mapextra");
  return &t;
}

const Type* hmapType() {
  // buckets, oldbuckets and extra are heap pointers; t is not.
  static_assert(offsetof(hmap, buckets) == 16 && offsetof(hmap, oldbuckets) == 24 &&
                offsetof(hmap, extra) == 40);
  static const Type t = makeType(Kind::Struct, sizeof(hmap), 48, {0b101100}, "runtime.hmap");
  return &t;
}

// --- the derived layout ----------------------------------------------------------------

// Sets bit `word` in a gcdata bitmap.
void setPtrBit(std::vector<uint8_t>& bits, uint64_t word) {
  if (bits.size() <= word / 8) bits.resize(word / 8 + 1, 0);
  bits[word / 8] |= uint8_t(1u << (word % 8));
}

// Copies type t's pointer bitmap into bits at byte offset off (a multiple of 8).
void addPtrBits(std::vector<uint8_t>& bits, const Type* t, uint64_t off) {
  for (uint64_t w = 0; w < t->ptrdata / 8; w++) {
    if (w / 8 < t->gcdata.size() && (t->gcdata[w / 8] >> (w % 8) & 1)) setPtrBit(bits, off / 8 + w);
  }
}

// Whether k == k for every value of t (cmd/compile's isReflexive).
bool isReflexive(const Type* t) {
  switch (t->kind) {
    case Kind::Float32: case Kind::Float64: case Kind::Complex64: case Kind::Complex128:
    case Kind::Interface:
      return false;
    case Kind::Array: return isReflexive(t->elem);
    case Kind::Struct:
      for (const auto& f : t->fields) {
        if (!isReflexive(f.typ)) return false;
      }
      return true;
    default: return true;
  }
}

// Whether assigning to an existing key must overwrite the stored key (cmd/compile's
// needkeyupdate): +0 replaces -0, and a string key's memory should be the newest.
bool needKeyUpdate(const Type* t) {
  switch (t->kind) {
    case Kind::Float32: case Kind::Float64: case Kind::Complex64: case Kind::Complex128:
    case Kind::Interface: case Kind::String:
      return true;
    case Kind::Array: return needKeyUpdate(t->elem);
    case Kind::Struct:
      for (const auto& f : t->fields) {
        if (needKeyUpdate(f.typ)) return true;
      }
      return false;
    default: return false;
  }
}

// Whether hashing a value of t may panic (an interface inside; cmd/compile's
// hashMightPanic).
bool hashMightPanic(const Type* t) {
  switch (t->kind) {
    case Kind::Interface: return true;
    case Kind::Array: return hashMightPanic(t->elem);
    case Kind::Struct:
      for (const auto& f : t->fields) {
        if (hashMightPanic(f.typ)) return true;
      }
      return false;
    default: return false;
  }
}

maptype* buildMaptype(const Type* mt) {
  if (mt->kind != Kind::Map || mt->key == nullptr || mt->elem == nullptr) throwf("makemap: not a map type");
  auto* t = new maptype{};
  t->typ = mt;
  t->key = mt->key;
  t->elem = mt->elem;
  t->indirectkey = t->key->size > maxKeySize;
  t->indirectelem = t->elem->size > maxElemSize;
  t->keysize = uint8_t(t->indirectkey ? 8 : t->key->size);
  t->elemsize = uint8_t(t->indirectelem ? 8 : t->elem->size);
  if (t->key->align > bucketCnt || t->elem->align > bucketCnt) throwf("map key or elem align too big");
  uint64_t ovfOff = dataOffset + bucketCnt * t->keysize + bucketCnt * t->elemsize;
  ovfOff = (ovfOff + 7) & ~uint64_t(7);
  t->bucketsize = uint16_t(ovfOff + 8);
  if (mt->bucketsize != 0 &&
      (mt->bucketsize != t->bucketsize || mt->keysize != t->keysize || mt->valuesize != t->elemsize ||
       mt->indirectkey != t->indirectkey || mt->indirectvalue != t->indirectelem)) {
    throwf("map bucket layout differs from the compiler's");
  }
  t->reflexivekey = isReflexive(t->key);
  t->needkeyupdate = needKeyUpdate(t->key);
  t->hashMightPanic = hashMightPanic(t->key);
  if (t->key->kind == Kind::String) t->alg = KeyAlg::Str;
  else if ((t->key->tflag & TFlagRegularMemory) && t->key->size == 8) t->alg = KeyAlg::Mem64;
  else if ((t->key->tflag & TFlagRegularMemory) && t->key->size == 4) t->alg = KeyAlg::Mem32;
  else t->alg = KeyAlg::Generic;

  // The bucket type: pointer words of every key and elem slot, and the overflow pointer,
  // unless neither keys nor elems hold pointers (then the bucket is noscan and
  // mapextra.overflow keeps overflow buckets alive).
  auto* b = new Type{};
  b->kind = Kind::Struct;
  b->size = t->bucketsize;
  b->align = 8;
  b->str = "map.bucket[" + t->key->str + "]" + t->elem->str;
  bool keyPtrs = t->indirectkey || t->key->ptrdata != 0;
  bool elemPtrs = t->indirectelem || t->elem->ptrdata != 0;
  if (keyPtrs || elemPtrs) {
    std::vector<uint8_t> bits;
    for (uint64_t i = 0; i < bucketCnt; i++) {
      uint64_t koff = dataOffset + i * t->keysize;
      if (t->indirectkey) setPtrBit(bits, koff / 8);
      else if (t->key->ptrdata != 0) addPtrBits(bits, t->key, koff);
      uint64_t eoff = dataOffset + bucketCnt * t->keysize + i * t->elemsize;
      if (t->indirectelem) setPtrBit(bits, eoff / 8);
      else if (t->elem->ptrdata != 0) addPtrBits(bits, t->elem, eoff);
    }
    setPtrBit(bits, ovfOff / 8);
    b->ptrdata = t->bucketsize;
    b->gcdata = std::move(bits);
  }
  t->bucket = b;

  if (t->elem->size <= maxZero) {
    t->zero = zeroVal;
  } else {
    // Outside the Go heap: never freed, never written.
    t->zero = std::calloc(1, t->elem->size);
    if (t->zero == nullptr) fatal("runtime: out of memory");
  }
  return t;
}

std::mutex maptypesLock;
std::unordered_map<const Type*, const maptype*>* maptypes;

// A small per-thread cache in front of the global table: makemap and nil-map lookups are
// the only callers, but programs make many small maps.
struct MaptypeCacheEntry {
  const Type* typ;
  const maptype* t;
};
thread_local MaptypeCacheEntry maptypeCache[16];

const maptype* getMaptype(const Type* mt) {
  MaptypeCacheEntry& e = maptypeCache[(reinterpret_cast<uintptr_t>(mt) >> 4) & 15];
  if (e.typ == mt) return e.t;
  const maptype* t;
  {
    std::lock_guard<std::mutex> g(maptypesLock);
    if (maptypes == nullptr) maptypes = new std::unordered_map<const Type*, const maptype*>();
    auto it = maptypes->find(mt);
    if (it != maptypes->end()) {
      t = it->second;
    } else {
      t = buildMaptype(mt);
      maptypes->emplace(mt, t);
    }
  }
  e.typ = mt;
  e.t = t;
  return t;
}

// --- bucket helpers ---------------------------------------------------------------------

inline uintptr_t bucketShift(uint8_t b) { return uintptr_t(1) << (b & 63); }
inline uintptr_t bucketMask(uint8_t b) { return bucketShift(b) - 1; }

inline uint8_t tophash(uintptr_t hash) {
  uint8_t top = uint8_t(hash >> 56);
  if (top < minTopHash) top += minTopHash;
  return top;
}

inline bool isEmpty(uint8_t x) { return x <= emptyOne; }

inline bool evacuated(const bmap* b) {
  uint8_t h = b->tophash[0];
  return h > emptyOne && h < minTopHash;
}

inline bmap* bucketAt(void* base, uintptr_t i, const maptype* t) {
  return reinterpret_cast<bmap*>(static_cast<char*>(base) + i * t->bucketsize);
}

inline bmap* overflowOf(const bmap* b, const maptype* t) {
  bmap* o;
  std::memcpy(&o, reinterpret_cast<const char*>(b) + t->bucketsize - 8, 8);
  return o;
}

inline void setOverflow(bmap* b, const maptype* t, bmap* ovf) {
  heapMove(reinterpret_cast<char*>(b) + t->bucketsize - 8, &ovf, 8);
}

// Stores a pointer into a field of the map's heap objects (hmap, mapextra), through the
// write barrier.
template <class T, class V>
inline void wbset(T& slot, V v) {
  writeBarrier(&slot, sizeof slot);
  slot = v;
}

inline void* derefPtr(void* p) { return *static_cast<void**>(p); }

// Copies a value of type t into map memory, through the write barrier.
inline void typedmemmove(const Type* t, void* dst, const void* src) {
  if (dst != src) heapMove(dst, src, t->size);
}

inline bool overLoadFactor(int64_t count, uint8_t B) {
  return count > int64_t(bucketCnt) && uint64_t(count) > loadFactorNum * (bucketShift(B) / loadFactorDen);
}

// Whether there are too many overflow buckets for 2^B buckets: as many as buckets (for B
// up to 15; noverflow is approximate above that).
inline bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
  if (B > 15) B = 15;
  return noverflow >= uint16_t(1) << (B & 15);
}

inline bool growing(const hmap* h) { return h->oldbuckets != nullptr; }
inline bool isSameSizeGrow(const hmap* h) { return h->flags & sameSizeGrow; }

inline uintptr_t noldbuckets(const hmap* h) {
  uint8_t oldB = h->B;
  if (!isSameSizeGrow(h)) oldB--;
  return bucketShift(oldB);
}

inline uintptr_t oldbucketmask(const hmap* h) { return noldbuckets(h) - 1; }

// --- key algorithms -----------------------------------------------------------------------

// Each supplies the key's hash, equality, and slot size; the specialised ones let the
// compiler fold the slot arithmetic and inline the comparison.
struct KeyGeneric {
  static uintptr_t hash(const maptype* t, const void* k, uintptr_t seed) { return typehash(t->key, k, seed); }
  static bool equal(const maptype* t, const void* a, const void* b) { return typeequal(t->key, a, b); }
  static uintptr_t keysize(const maptype* t) { return t->keysize; }
  static bool indirectkey(const maptype* t) { return t->indirectkey; }
  static constexpr bool direct = false;
};

struct Key64 {
  static uintptr_t hash(const maptype*, const void* k, uintptr_t seed) { return memhash64(k, seed); }
  static bool equal(const maptype*, const void* a, const void* b) { return load64(a) == load64(b); }
  static uintptr_t keysize(const maptype*) { return 8; }
  static bool indirectkey(const maptype*) { return false; }
  static constexpr bool direct = true;
};

struct Key32 {
  static uintptr_t hash(const maptype*, const void* k, uintptr_t seed) { return memhash32(k, seed); }
  static bool equal(const maptype*, const void* a, const void* b) { return load32(a) == load32(b); }
  static uintptr_t keysize(const maptype*) { return 4; }
  static bool indirectkey(const maptype*) { return false; }
  static constexpr bool direct = true;
};

struct KeyStr {
  static uintptr_t hash(const maptype*, const void* k, uintptr_t seed) {
    auto* s = static_cast<const GoString*>(k);
    return memhash(s->ptr, seed, size_t(s->len));  // strhash, inlined
  }
  static bool equal(const maptype*, const void* a, const void* b) {
    auto* x = static_cast<const GoString*>(a);
    auto* y = static_cast<const GoString*>(b);
    return x->len == y->len && (x->ptr == y->ptr || std::memcmp(x->ptr, y->ptr, size_t(x->len)) == 0);
  }
  static uintptr_t keysize(const maptype*) { return sizeof(GoString); }
  static bool indirectkey(const maptype*) { return false; }
  static constexpr bool direct = false;
};

template <class K>
inline void* keyAt(bmap* b, uintptr_t i, const maptype* t) {
  return reinterpret_cast<char*>(b) + dataOffset + i * K::keysize(t);
}

template <class K>
inline void* elemAt(bmap* b, uintptr_t i, const maptype* t) {
  return reinterpret_cast<char*>(b) + dataOffset + bucketCnt * K::keysize(t) + i * t->elemsize;
}

#define MAP_DISPATCH(t, fn, ...)                                  \
  switch ((t)->alg) {                                             \
    case KeyAlg::Mem64: return fn<Key64>(__VA_ARGS__);            \
    case KeyAlg::Mem32: return fn<Key32>(__VA_ARGS__);            \
    case KeyAlg::Str: return fn<KeyStr>(__VA_ARGS__);             \
    default: return fn<KeyGeneric>(__VA_ARGS__);                  \
  }

// --- allocation -----------------------------------------------------------------------------

mapextra* newMapextra() { return static_cast<mapextra*>(mallocgc(sizeof(mapextra), mapextraType(), true)); }

// Allocates the bucket array for 2^b buckets, with some overflow buckets preallocated past
// the end when b >= 4 (as many as fit in the allocation's size class, at least 2^(b-4)).
// Reuses and clears dirtyalloc when given (mapclear). Returns the first spare overflow
// bucket in *nextOverflow (nullptr if none).
void* makeBucketArray(const maptype* t, uint8_t b, void* dirtyalloc, bmap** nextOverflow) {
  uintptr_t base = bucketShift(b);
  uintptr_t nbuckets = base;
  if (b >= 4) {
    nbuckets += bucketShift(b - 4);
    uintptr_t sz = t->bucket->size * nbuckets;
    uintptr_t up = roundupsize(sz);
    if (up != sz) nbuckets = up / t->bucket->size;
  }
  void* buckets;
  if (dirtyalloc == nullptr) {
    buckets = newarray(t->bucket, int64_t(nbuckets));
  } else {
    buckets = dirtyalloc;
    heapClear(buckets, t->bucket->size * nbuckets);
  }
  *nextOverflow = nullptr;
  if (base != nbuckets) {
    // The last spare's overflow pointer is non-nil (it points at the array): that marks
    // the end of the spares for newoverflow.
    *nextOverflow = bucketAt(buckets, base, t);
    setOverflow(bucketAt(buckets, nbuckets - 1, t), t, static_cast<bmap*>(buckets));
  }
  return buckets;
}

void incrnoverflow(hmap* h) {
  // Counted exactly up to 2^16 buckets; above that with probability 1/2^(B-15), so that
  // tooManyOverflowBuckets compares with 2^15 on average.
  if (h->B < 16) {
    h->noverflow++;
    return;
  }
  uint32_t mask = (uint32_t(1) << (h->B - 15)) - 1;
  if ((fastrand() & mask) == 0) h->noverflow++;
}

void createOverflow(hmap* h) {
  if (h->extra == nullptr) h->extra = newMapextra();
  if (h->extra->overflow == nullptr) {
    wbset(h->extra->overflow, static_cast<GoSlice*>(mallocgc(sizeof(GoSlice), overflowSliceType(), true)));
  }
}

bmap* newoverflow(const maptype* t, hmap* h, bmap* b) {
  bmap* ovf;
  if (h->extra != nullptr && h->extra->nextOverflow != nullptr) {
    // A preallocated spare.
    ovf = h->extra->nextOverflow;
    if (overflowOf(ovf, t) == nullptr) {
      wbset(h->extra->nextOverflow, reinterpret_cast<bmap*>(reinterpret_cast<char*>(ovf) + t->bucketsize));
    } else {
      // The last spare: clear the end marker.
      setOverflow(ovf, t, nullptr);
      wbset(h->extra->nextOverflow, nullptr);
    }
  } else {
    ovf = static_cast<bmap*>(newobject(t->bucket));
  }
  incrnoverflow(h);
  if (t->bucket->ptrdata == 0) {
    createOverflow(h);
    GoSlice* s = h->extra->overflow;
    if (s->len == s->cap) {
      GoSlice grown = growslice(unsafePointerType(), *s, s->len + 1);
      heapMove(s, &grown, sizeof grown);
    }
    else s->len++;
    static_cast<bmap**>(s->ptr)[s->len - 1] = ovf;
  }
  setOverflow(b, t, ovf);
  return ovf;
}

// --- growing ------------------------------------------------------------------------------

void hashGrow(const maptype* t, hmap* h) {
  // Double if over the load factor; otherwise there are too many overflow buckets: keep
  // the size and compact.
  uint8_t bigger = 1;
  if (!overLoadFactor(h->count + 1, h->B)) {
    bigger = 0;
    h->flags |= sameSizeGrow;
  }
  void* oldbuckets = h->buckets;
  bmap* nextOverflow;
  void* newbuckets = makeBucketArray(t, uint8_t(h->B + bigger), nullptr, &nextOverflow);

  uint8_t flags = h->flags & ~(iterator | oldIterator);
  if (h->flags & iterator) flags |= oldIterator;
  // Commit the grow (atomic with respect to GC).
  h->B += bigger;
  h->flags = flags;
  wbset(h->oldbuckets, oldbuckets);
  wbset(h->buckets, newbuckets);
  h->nevacuate = 0;
  h->noverflow = 0;

  if (h->extra != nullptr && h->extra->overflow != nullptr) {
    // Promote the current overflow buckets to the old generation.
    if (h->extra->oldoverflow != nullptr) throwf("oldoverflow is not nil");
    wbset(h->extra->oldoverflow, h->extra->overflow);
    wbset(h->extra->overflow, nullptr);
  }
  if (nextOverflow != nullptr) {
    if (h->extra == nullptr) h->extra = newMapextra();
    wbset(h->extra->nextOverflow, nextOverflow);
  }
  // The actual copying is done incrementally by growWork and evacuate.
}

inline bool bucketEvacuated(const maptype* t, hmap* h, uintptr_t bucket) {
  return evacuated(bucketAt(h->oldbuckets, bucket, t));
}

void advanceEvacuationMark(hmap* h, const maptype* t, uintptr_t newbit) {
  h->nevacuate++;
  // Look at no more than 1024 buckets, to bound the work.
  uintptr_t stop = h->nevacuate + 1024;
  if (stop > newbit) stop = newbit;
  while (h->nevacuate != stop && bucketEvacuated(t, h, h->nevacuate)) h->nevacuate++;
  if (h->nevacuate == newbit) {
    // Growing is all done: free the old main bucket array.
    wbset(h->oldbuckets, nullptr);
    if (h->extra != nullptr) wbset(h->extra->oldoverflow, nullptr);
    h->flags &= ~sameSizeGrow;
  }
}

struct evacDst {
  bmap* b;  // current destination bucket
  uintptr_t i;  // key/elem index into b
  char* k;  // current key storage
  char* e;  // current elem storage
};

template <class K>
void evacuate(const maptype* t, hmap* h, uintptr_t oldbucket) {
  bmap* b = bucketAt(h->oldbuckets, oldbucket, t);
  uintptr_t newbit = noldbuckets(h);
  const uintptr_t keysize = K::keysize(t);
  if (!evacuated(b)) {
    // xy[0] is the low (X) half of the new array, xy[1] the high (Y) half.
    evacDst xy[2] = {};
    evacDst* x = &xy[0];
    x->b = bucketAt(h->buckets, oldbucket, t);
    x->k = reinterpret_cast<char*>(x->b) + dataOffset;
    x->e = x->k + bucketCnt * keysize;
    if (!isSameSizeGrow(h)) {
      evacDst* y = &xy[1];
      y->b = bucketAt(h->buckets, oldbucket + newbit, t);
      y->k = reinterpret_cast<char*>(y->b) + dataOffset;
      y->e = y->k + bucketCnt * keysize;
    }
    for (; b != nullptr; b = overflowOf(b, t)) {
      char* k = reinterpret_cast<char*>(b) + dataOffset;
      char* e = k + bucketCnt * keysize;
      for (uintptr_t i = 0; i < bucketCnt; i++, k += keysize, e += t->elemsize) {
        uint8_t top = b->tophash[i];
        if (isEmpty(top)) {
          b->tophash[i] = evacuatedEmpty;
          continue;
        }
        if (top < minTopHash) throwf("bad map state");
        void* k2 = k;
        if (K::indirectkey(t)) k2 = derefPtr(k2);
        uint8_t useY = 0;
        if (!isSameSizeGrow(h)) {
          uintptr_t hash = K::hash(t, k2, h->hash0);
          if ((h->flags & iterator) && !t->reflexivekey && !K::equal(t, k2, k2)) {
            // NaN-like key: its hash is random and cannot be recomputed, so an iterator
            // could not tell where it went. Send it by the low bit of its tophash, which
            // iterators can see, and give it a fresh tophash.
            useY = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            useY = 1;
          }
        }
        b->tophash[i] = evacuatedX + useY;
        evacDst* dst = &xy[useY];
        if (dst->i == bucketCnt) {
          dst->b = newoverflow(t, h, dst->b);
          dst->i = 0;
          dst->k = reinterpret_cast<char*>(dst->b) + dataOffset;
          dst->e = dst->k + bucketCnt * keysize;
        }
        dst->b->tophash[dst->i & (bucketCnt - 1)] = top;
        if (K::indirectkey(t)) std::memcpy(dst->k, k, 8);  // the pointer
        else typedmemmove(t->key, dst->k, k);
        if (t->indirectelem) std::memcpy(dst->e, e, 8);
        else typedmemmove(t->elem, dst->e, e);
        dst->i++;
        dst->k += keysize;
        dst->e += t->elemsize;
      }
    }
    // Unlink the overflow buckets and clear keys and elems, to help the GC, unless an
    // iterator may still be walking the old buckets. The tophash keeps the evacuation state.
    if (!(h->flags & oldIterator) && t->bucket->ptrdata != 0) {
      char* ob = reinterpret_cast<char*>(bucketAt(h->oldbuckets, oldbucket, t));
      heapClear(ob + dataOffset, t->bucketsize - dataOffset);
    }
  }
  if (oldbucket == h->nevacuate) advanceEvacuationMark(h, t, newbit);
}

template <class K>
void growWork(const maptype* t, hmap* h, uintptr_t bucket) {
  // Evacuate the old bucket for the bucket about to be used, then one more to make progress.
  evacuate<K>(t, h, bucket & oldbucketmask(h));
  if (growing(h)) evacuate<K>(t, h, h->nevacuate);
}

// --- lookup, insert, delete ---------------------------------------------------------------

// Eight tophash bytes are compared at once (SWAR): zeroBytes(x) has the top bit of each
// zero byte of x set. The lowest one is exact; above a zero byte a 0x01 byte may also show
// (a borrow), so matches are checked again byte by byte.
constexpr uint64_t lsbs = 0x0101010101010101ull;
constexpr uint64_t msbs = 0x8080808080808080ull;
inline uint64_t zeroBytes(uint64_t x) { return (x - lsbs) & ~x & msbs; }

// Searches the chain from b for key, whose tophash is top. Returns the bucket holding it
// and sets *slot, or returns nullptr. Stops at emptyRest, as the byte-by-byte loop of Go's
// mapaccess does.
template <class K>
inline bmap* findInChain(const maptype* t, bmap* b, uint8_t top, const void* key, uintptr_t* slot) {
  if constexpr (K::direct) {
    // Small plain keys: compare the keys themselves, skipping empty slots (Go's
    // mapaccess1_fast64). Deleted slots keep stale keys, hence the tophash check.
    for (; b != nullptr; b = overflowOf(b, t)) {
      for (uintptr_t i = 0; i < bucketCnt; i++) {
        if (K::equal(t, key, keyAt<K>(b, i, t)) && !isEmpty(b->tophash[i])) {
          *slot = i;
          return b;
        }
      }
    }
    return nullptr;
  }
  const uint64_t want = top * lsbs;
  for (; b != nullptr; b = overflowOf(b, t)) {
    uint64_t tops = load64(b->tophash);
    uint64_t rest = zeroBytes(tops);  // emptyRest == 0
    uint64_t match = zeroBytes(tops ^ want);
    if (rest != 0) match &= (rest & -rest) - 1;  // only slots before the first emptyRest
    while (match != 0) {
      uintptr_t i = uintptr_t(std::countr_zero(match)) >> 3;
      match &= match - 1;
      if (b->tophash[i] != top) continue;
      void* k = keyAt<K>(b, i, t);
      if (K::indirectkey(t)) k = derefPtr(k);
      if (K::equal(t, key, k)) {
        *slot = i;
        return b;
      }
    }
    if (rest != 0) return nullptr;
  }
  return nullptr;
}

// The bucket where a lookup of hash starts: in the old array if that part is not
// evacuated yet.
inline bmap* lookupBucket(const maptype* t, hmap* h, uintptr_t hash) {
  uintptr_t m = bucketMask(h->B);
  bmap* b = bucketAt(h->buckets, hash & m, t);
  if (void* c = h->oldbuckets; c != nullptr) [[unlikely]] {
    if (!isSameSizeGrow(h)) m >>= 1;  // there used to be half as many buckets
    bmap* oldb = bucketAt(c, hash & m, t);
    if (!evacuated(oldb)) b = oldb;
  }
  return b;
}

// The elem for key, or nullptr. h has entries.
template <class K>
void* access(const maptype* t, hmap* h, const void* key) {
  if (h->flags & hashWriting) fatal("concurrent map read and map write");
  uintptr_t hash = K::hash(t, key, h->hash0);
  uintptr_t i;
  bmap* b = findInChain<K>(t, lookupBucket(t, h, hash), tophash(hash), key, &i);
  if (b == nullptr) return nullptr;
  void* e = elemAt<K>(b, i, t);
  if (t->indirectelem) e = derefPtr(e);
  return e;
}

// mapaccess1 for one key algorithm: never null.
template <class K>
void* access1(const maptype* t, hmap* h, const void* key) {
  void* e = access<K>(t, h, key);
  return e != nullptr ? e : const_cast<void*>(t->zero);
}

// The key and elem for key (for iterators), or (nullptr, nullptr).
template <class K>
void* accessK(const maptype* t, hmap* h, const void* key, void** elem) {
  *elem = nullptr;
  if (h == nullptr || h->count == 0) return nullptr;
  uintptr_t hash = K::hash(t, key, h->hash0);
  uintptr_t i;
  bmap* b = findInChain<K>(t, lookupBucket(t, h, hash), tophash(hash), key, &i);
  if (b == nullptr) return nullptr;
  void* k = keyAt<K>(b, i, t);
  if (K::indirectkey(t)) k = derefPtr(k);
  void* e = elemAt<K>(b, i, t);
  if (t->indirectelem) e = derefPtr(e);
  *elem = e;
  return k;
}

template <class K>
void* assign(const maptype* t, hmap* h, const void* key) {
  if (h->flags & hashWriting) fatal("concurrent map writes");
  uintptr_t hash = K::hash(t, key, h->hash0);
  // Set hashWriting after hashing: the hash may panic, and then no write happened.
  h->flags ^= hashWriting;

  if (h->buckets == nullptr) wbset(h->buckets, newobject(t->bucket));  // newarray(t->bucket, 1)

  void* elem;
again:
  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork<K>(t, h, bucket);
  bmap* b = bucketAt(h->buckets, bucket, t);
  uint8_t top = tophash(hash);

  uint8_t* inserti = nullptr;
  void* insertk = nullptr;
  elem = nullptr;
  {
    // Go's loop, eight slots at a time: look for the key before the first emptyRest, and
    // remember the first empty slot (emptyOne or emptyRest) for an insert.
    const uint64_t want = top * lsbs;
    for (;;) {
      uint64_t tops = load64(b->tophash);
      uint64_t rest = zeroBytes(tops);
      uint64_t match = zeroBytes(tops ^ want);
      if (rest != 0) match &= (rest & -rest) - 1;
      while (match != 0) {
        uintptr_t i = uintptr_t(std::countr_zero(match)) >> 3;
        match &= match - 1;
        if (b->tophash[i] != top) continue;
        void* k = keyAt<K>(b, i, t);
        if (K::indirectkey(t)) k = derefPtr(k);
        if (!K::equal(t, key, k)) continue;
        // Already present: update the key if it must be, and return its elem.
        if (t->needkeyupdate) typedmemmove(t->key, k, key);
        elem = elemAt<K>(b, i, t);
        goto done;
      }
      if (inserti == nullptr) {
        uint64_t empties = zeroBytes(tops & ~lsbs);  // emptyRest (0) or emptyOne (1)
        if (empties != 0) {
          uintptr_t i = uintptr_t(std::countr_zero(empties)) >> 3;
          inserti = &b->tophash[i];
          insertk = keyAt<K>(b, i, t);
          elem = elemAt<K>(b, i, t);
        }
      }
      if (rest != 0) break;
      bmap* ovf = overflowOf(b, t);
      if (ovf == nullptr) break;
      b = ovf;
    }
  }
  // Not found. If we hit the max load factor or have too many overflow buckets, and we
  // are not already growing, start growing.
  if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
    hashGrow(t, h);
    goto again;  // growing invalidates everything
  }
  if (inserti == nullptr) {
    // All current buckets are full: allocate a new one.
    bmap* newb = newoverflow(t, h, b);
    inserti = &newb->tophash[0];
    insertk = keyAt<K>(newb, 0, t);
    elem = elemAt<K>(newb, 0, t);
  }
  // Store the new key and elem.
  if (K::indirectkey(t)) {
    void* kmem = newobject(t->key);
    std::memcpy(insertk, &kmem, 8);
    insertk = kmem;
  }
  if (t->indirectelem) {
    void* vmem = newobject(t->elem);
    std::memcpy(elem, &vmem, 8);
  }
  typedmemmove(t->key, insertk, key);
  *inserti = top;
  h->count++;

done:
  if (!(h->flags & hashWriting)) fatal("concurrent map writes");
  h->flags &= ~hashWriting;
  if (t->indirectelem) elem = derefPtr(elem);
  return elem;
}

template <class K>
void del(const maptype* t, hmap* h, const void* key) {
  if (h->flags & hashWriting) fatal("concurrent map writes");
  uintptr_t hash = K::hash(t, key, h->hash0);
  h->flags ^= hashWriting;

  uintptr_t bucket = hash & bucketMask(h->B);
  if (growing(h)) growWork<K>(t, h, bucket);
  bmap* b = bucketAt(h->buckets, bucket, t);
  bmap* bOrig = b;
  uintptr_t i;
  b = findInChain<K>(t, b, tophash(hash), key, &i);
  if (b != nullptr) {
    void* k = keyAt<K>(b, i, t);
    // Only clear the key if there are pointers in it.
    if (K::indirectkey(t)) heapClear(k, 8);
    else if (t->key->ptrdata != 0) heapClear(k, t->key->size);
    void* e = elemAt<K>(b, i, t);
    if (t->indirectelem) heapClear(e, 8);
    else heapClear(e, t->elem->size);
    b->tophash[i] = emptyOne;
    // If the bucket now ends in a run of emptyOne states, turn them into emptyRest.
    bool last;
    if (i == bucketCnt - 1) {
      bmap* o = overflowOf(b, t);
      last = o == nullptr || o->tophash[0] == emptyRest;
    } else {
      last = b->tophash[i + 1] == emptyRest;
    }
    if (last) {
      for (;;) {
        b->tophash[i] = emptyRest;
        if (i == 0) {
          if (b == bOrig) break;  // the start of the initial bucket: done
          // Find the previous bucket and continue at its last entry.
          bmap* c = b;
          for (b = bOrig; overflowOf(b, t) != c; b = overflowOf(b, t)) {
          }
          i = bucketCnt - 1;
        } else {
          i--;
        }
        if (b->tophash[i] != emptyOne) break;
      }
    }
    h->count--;
    // Reset the seed when the map empties, so repeated insert/delete patterns do not
    // keep colliding.
    if (h->count == 0) h->hash0 = fastrand();
  }
  if (!(h->flags & hashWriting)) fatal("concurrent map writes");
  h->flags &= ~hashWriting;
}

// A lookup in an absent or empty map: hash anyway when the hash might panic, so that
// m[[]int(nil)] with interface keys panics as on a full map (Go issue 23734).
void emptyAccess(const maptype* t, const void* key) {
  if (t->hashMightPanic) typehash(t->key, key, 0);
}

}  // namespace

// --- entry points ---------------------------------------------------------------------

hmap* makemap(const Type* maptypeDesc, int64_t hint) { return makemapAt(maptypeDesc, hint, nullptr, nullptr); }

size_t hmapSize() { return sizeof(hmap); }
const Type* hmapLayout() { return hmapType(); }
const Type* mapBucketType(const Type* maptypeDesc) { return getMaptype(maptypeDesc)->bucket; }

hmap* makemapAt(const Type* maptypeDesc, int64_t hint, hmap* h, void* bucket) {
  const maptype* t = getMaptype(maptypeDesc);
  unsigned __int128 mem = static_cast<unsigned __int128>(uint64_t(hint)) * t->bucket->size;
  if (hint < 0 || mem > maxAlloc) hint = 0;

  // h and bucket, when given, are zeroed frame memory (a map that does not escape).
  if (h == nullptr) h = static_cast<hmap*>(mallocgc(sizeof(hmap), hmapType(), true));
  h->hash0 = fastrand();
  h->t = t;
  // The smallest B for which hint entries are within the load factor.
  uint8_t B = 0;
  while (overLoadFactor(hint, B)) B++;
  h->B = B;
  // With B == 0 the buckets are allocated lazily by mapassign (or are the frame's);
  // for big hints now.
  if (h->B == 0 && bucket != nullptr) h->buckets = bucket;
  if (h->B != 0) {
    bmap* nextOverflow;
    wbset(h->buckets, makeBucketArray(t, h->B, nullptr, &nextOverflow));
    if (nextOverflow != nullptr) {
      h->extra = newMapextra();
      wbset(h->extra->nextOverflow, nextOverflow);
    }
  }
  return h;
}

void* mapaccess1(const Type* mt, hmap* h, const void* key) {
  if (h == nullptr || h->count == 0) [[unlikely]] {
    const maptype* t = h != nullptr ? h->t : getMaptype(mt);
    emptyAccess(t, key);
    return const_cast<void*>(t->zero);
  }
  const maptype* t = h->t;
  MAP_DISPATCH(t, access1, t, h, key)
}

void* mapaccess2(const Type* mt, hmap* h, const void* key, bool* ok) {
  if (h == nullptr || h->count == 0) [[unlikely]] {
    const maptype* t = h != nullptr ? h->t : getMaptype(mt);
    emptyAccess(t, key);
    *ok = false;
    return const_cast<void*>(t->zero);
  }
  const maptype* t = h->t;
  void* e;
  switch (t->alg) {
    case KeyAlg::Mem64: e = access<Key64>(t, h, key); break;
    case KeyAlg::Mem32: e = access<Key32>(t, h, key); break;
    case KeyAlg::Str: e = access<KeyStr>(t, h, key); break;
    default: e = access<KeyGeneric>(t, h, key); break;
  }
  *ok = e != nullptr;
  return e != nullptr ? e : const_cast<void*>(t->zero);
}

void* mapassign(const Type* mt, hmap* h, const void* key) {
  if (h == nullptr) [[unlikely]] panicNilMap();
  const maptype* t = h->t;
  MAP_DISPATCH(t, assign, t, h, key)
}

void mapdelete(const Type* mt, hmap* h, const void* key) {
  if (h == nullptr || h->count == 0) {
    emptyAccess(h != nullptr ? h->t : getMaptype(mt), key);
    return;
  }
  const maptype* t = h->t;
  MAP_DISPATCH(t, del, t, h, key)
}

void mapclear(const Type* mt, hmap* h) {
  if (h == nullptr || h->count == 0) return;
  const maptype* t = h->t;
  if (h->flags & hashWriting) fatal("concurrent map writes");
  h->flags ^= hashWriting;

  h->flags &= ~sameSizeGrow;
  wbset(h->oldbuckets, nullptr);
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  // A new seed, so that the cleared map does not repeat old collisions.
  h->hash0 = fastrand();
  // Keep the mapextra allocation but clear its fields.
  if (h->extra != nullptr) heapClear(h->extra, sizeof(mapextra));
  // makeBucketArray clears the memory of the existing buckets (and spares).
  bmap* nextOverflow;
  makeBucketArray(t, h->B, h->buckets, &nextOverflow);
  if (nextOverflow != nullptr) {
    // If overflow buckets were allocated before, extra exists.
    if (h->extra == nullptr) h->extra = newMapextra();
    wbset(h->extra->nextOverflow, nextOverflow);
  }

  if (!(h->flags & hashWriting)) fatal("concurrent map writes");
  h->flags &= ~hashWriting;
}

int64_t maplen(const hmap* h) { return h == nullptr ? 0 : h->count; }

// For tests.
bool mapIsGrowing(const hmap* h) { return growing(h); }
uint8_t mapB(const hmap* h) { return h->B; }

void mapiterinit(const Type* mt, hmap* h, hiter* hit) {
  auto* it = reinterpret_cast<hiterImpl*>(hit);
  *it = hiterImpl{};
  if (h == nullptr || h->count == 0) return;  // it->key == nullptr: done
  const maptype* t = h->t;
  it->t = t;
  it->h = h;
  // Remember the bucket state at the start.
  it->B = h->B;
  it->buckets = h->buckets;
  if (t->bucket->ptrdata == 0) {
    // Pointer-free buckets: hold the overflow slices so the overflow buckets stay alive
    // even if the map grows and drops them.
    createOverflow(h);
    it->overflow = h->extra->overflow;
    it->oldoverflow = h->extra->oldoverflow;
  }
  // A random start.
  uintptr_t r = h->B > 31 - bucketCntBits ? uintptr_t(fastrand64()) : uintptr_t(fastrand());
  it->startBucket = r & bucketMask(h->B);
  it->offset = uint8_t((r >> h->B) & (bucketCnt - 1));
  it->bucket = it->startBucket;
  // Several iterators may run at once (and then flags is set concurrently).
  if ((h->flags & (iterator | oldIterator)) != (iterator | oldIterator)) {
    __atomic_fetch_or(&h->flags, uint8_t(iterator | oldIterator), __ATOMIC_RELAXED);
  }
  mapiternext(hit);
}

void mapiternext(hiter* hit) {
  auto* it = reinterpret_cast<hiterImpl*>(hit);
  hmap* h = it->h;
  if (h == nullptr) {
    it->key = it->elem = nullptr;
    return;
  }
  if (h->flags & hashWriting) fatal("concurrent map iteration and map write");
  const maptype* t = it->t;
  uintptr_t bucket = it->bucket;
  bmap* b = it->bptr;
  uintptr_t i = it->i;
  uintptr_t checkBucket = it->checkBucket;

  for (;;) {
    if (b == nullptr) {
      if (bucket == it->startBucket && it->wrapped) {
        it->key = nullptr;
        it->elem = nullptr;
        return;
      }
      if (growing(h) && it->B == h->B) {
        // The iterator started in the middle of a grow that has not finished. If the old
        // bucket feeding this one is not evacuated yet, iterate it, keeping only the keys
        // that will move to this bucket.
        uintptr_t oldbucket = bucket & oldbucketmask(h);
        b = bucketAt(h->oldbuckets, oldbucket, t);
        if (!evacuated(b)) {
          checkBucket = bucket;
        } else {
          b = bucketAt(it->buckets, bucket, t);
          checkBucket = noCheck;
        }
      } else {
        b = bucketAt(it->buckets, bucket, t);
        checkBucket = noCheck;
      }
      bucket++;
      if (bucket == bucketShift(it->B)) {
        bucket = 0;
        it->wrapped = true;
      }
      i = 0;
    }
    for (; i < bucketCnt; i++) {
      uintptr_t offi = (i + it->offset) & (bucketCnt - 1);
      uint8_t th = b->tophash[offi];
      if (isEmpty(th) || th == evacuatedEmpty) continue;
      void* k = reinterpret_cast<char*>(b) + dataOffset + offi * t->keysize;
      if (t->indirectkey) k = derefPtr(k);
      void* e = reinterpret_cast<char*>(b) + dataOffset + bucketCnt * t->keysize + offi * t->elemsize;
      if (checkBucket != noCheck && !isSameSizeGrow(h)) {
        // Iterating an old bucket during a grow: only the keys headed for checkBucket.
        if (t->reflexivekey || typeequal(t->key, k, k)) {
          uintptr_t hash = typehash(t->key, k, h->hash0);
          if ((hash & bucketMask(it->B)) != checkBucket) continue;
        } else {
          // k != k (NaN): its hash is not repeatable; evacuate sends it by the low bit of
          // its tophash, so pick it by the same bit.
          if ((checkBucket >> (it->B - 1)) != uintptr_t(b->tophash[offi] & 1)) continue;
        }
      }
      if ((th != evacuatedX && th != evacuatedY) || !(t->reflexivekey || typeequal(t->key, k, k))) {
        // The entry here is current (or the key is NaN-like: only reachable this way).
        it->key = k;
        if (t->indirectelem) e = derefPtr(e);
        it->elem = e;
      } else {
        // The table grew since the iteration started and this entry moved: the current
        // data is where a lookup finds it (it may have been updated or deleted).
        void* re;
        void* rk;
        switch (t->alg) {
          case KeyAlg::Mem64: rk = accessK<Key64>(t, h, k, &re); break;
          case KeyAlg::Mem32: rk = accessK<Key32>(t, h, k, &re); break;
          case KeyAlg::Str: rk = accessK<KeyStr>(t, h, k, &re); break;
          default: rk = accessK<KeyGeneric>(t, h, k, &re); break;
        }
        if (rk == nullptr) continue;  // deleted
        it->key = rk;
        it->elem = re;
      }
      it->bucket = bucket;
      it->bptr = b;
      it->i = uint8_t(i + 1);
      it->checkBucket = checkBucket;
      return;
    }
    b = overflowOf(b, t);
    i = 0;
  }
}

}  // namespace golite::runtime
