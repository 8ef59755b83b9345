// Hashing and equality of Go values by their type (Go's runtime/alg.go).
#pragma once

#include <cstdint>

#include "runtime/type.h"

namespace golite::runtime {

// Hash of the value at p of type t. Panics `runtime error: hash of unhashable type T`
// when an interface holds an unhashable dynamic type.
uintptr_t typehash(const Type* t, const void* p, uintptr_t seed);
// x == y for values of type t. Panics `runtime error: comparing uncomparable type T` when
// interfaces hold the same uncomparable dynamic type.
bool typeequal(const Type* t, const void* x, const void* y);
// Interface equality (empty and non-empty forms).
bool efaceeq(const void* x, const void* y);  // x, y point to Eface
bool ifaceeq(const void* x, const void* y);  // x, y point to Iface
// Strings.
uintptr_t strhash(const void* p, uintptr_t seed);
// A random number (per-thread state), for map seeds and iteration order, select order.
uint32_t fastrand();
uint64_t fastrand64();

}  // namespace golite::runtime
