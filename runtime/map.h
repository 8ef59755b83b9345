// Go maps: hmap with 2^B buckets of 8 slots (runtime/map.cpp mirrors Go's runtime/map.go).
#pragma once

#include <cstdint>

#include "runtime/type.h"
#include "runtime/value.h"

namespace golite::runtime {

// Map iteration state. Layout is private to map.cpp except key/elem: the current entry
// (nullptr when iteration is done). Big enough to live in a VM frame (allocated there).
struct hiter {
  void* key;
  void* elem;
  uint64_t priv[10];
};

hmap* makemap(const Type* maptype, int64_t hint);
// A map that does not escape its frame (escape analysis): makemap with the hmap in zeroed
// frame memory h (hmapSize bytes, layout hmapLayout), and its first bucket in zeroed frame
// memory `bucket` (mapBucketType's layout; may be null) when hint needs only one.
hmap* makemapAt(const Type* maptype, int64_t hint, hmap* h, void* bucket);
size_t hmapSize();
const Type* hmapLayout();
const Type* mapBucketType(const Type* maptype);
// A pointer to the element for key, or to the zero value (never null).
void* mapaccess1(const Type* maptype, hmap* h, const void* key);
// As mapaccess1; *ok says whether the key was present.
void* mapaccess2(const Type* maptype, hmap* h, const void* key, bool* ok);
// A pointer to the element slot for key, inserting it (zeroed) if absent. Panics
// `assignment to entry in nil map` when h is nil.
void* mapassign(const Type* maptype, hmap* h, const void* key);
void mapdelete(const Type* maptype, hmap* h, const void* key);
void mapclear(const Type* maptype, hmap* h);
int64_t maplen(const hmap* h);
// Iteration in Go's randomized order; it->key == nullptr when done.
void mapiterinit(const Type* maptype, hmap* h, hiter* it);
void mapiternext(hiter* it);

}  // namespace golite::runtime
