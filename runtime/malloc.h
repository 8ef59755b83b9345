// The allocator's entry points. Every heap object golite creates goes through mallocgc.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/type.h"

namespace golite::runtime {

// Allocates size bytes for an object of type typ (nullptr: no pointers, e.g. string bytes).
// Zeroed when needzero. Never returns null: on exhaustion the program dies with Go's
// `fatal error: out of memory`.
void* mallocgc(size_t size, const Type* typ, bool needzero = true);

// Allocates an object of type typ (new(T)).
inline void* newobject(const Type* typ) { return mallocgc(typ->size, typ, true); }

// Allocates an array of n elements of typ; panics on overflow as makeslice does.
void* newarray(const Type* typ, int64_t n);

// The size an allocation of `size` bytes really gets (its size class), as Go's
// roundupsize: append's growth uses it so that cap() prints what Go prints.
size_t roundupsize(size_t size);

}  // namespace golite::runtime
