// The out-of-line parts of instructions: what the interpreter loop calls for work that is
// too big to inline (slicing, boxing, type assertions, print) and its hooks into the
// runtime (safepoints, stack overflow).
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/runtime.h"
#include "vm/opcodes.h"
#include "vm/thread.h"

namespace golite::vm {

// Calls a native function whose frame starts at stack slot `base` (vm/interp.cpp).
void callNative(Thread* th, const Proto* callee, size_t base, runtime::Closure* cl);


int64_t floatToInt(double d);
uint64_t floatToUint(double d);

// Slicing. Index registers at idx[0..2] (lo, hi, max); flags say which are present.
enum SliceFlags : uint64_t { kHasLo = 1, kHasHi = 2, kHasMax = 4 };
void sliceString(uint64_t* dst, const uint64_t* s, const uint64_t* idx, uint64_t flags);
// x: elem size in the low 32 bits, flags in the high 32 bits.
void sliceSlice(uint64_t* dst, const uint64_t* s, const uint64_t* idx, uint64_t x);
// Slicing an array through a pointer (nil-checked); flags as above (0: from `x`'s ext).
void sliceArray(uint64_t* dst, const uint64_t* p, const uint64_t* idx, uint64_t esize,
                uint64_t len, uint64_t flags);

// Interfaces. box: turns the value at v[0..] of type t into a data word at v[1]
// (v[0] is then overwritten by the caller with the type or itab).
void box(const runtime::Type* t, uint64_t* v);
const runtime::Type* dynType(const uint64_t* iface, bool hasItab);
void typeAssert(uint64_t* dst, const uint64_t* src, const runtime::Type* target,
                const runtime::Type* srcIface, bool srcItab, bool commaOk);
void typeAssertIface(uint64_t* dst, const uint64_t* src, const runtime::Type* target,
                     const runtime::Type* srcIface, bool srcItab, bool commaOk);
// The type descriptor of a closure with n captured cells (for the GC).
const runtime::Type* closureType(size_t n);

// A Go panic reached the interpreter loop running frames [stopAt, ...): runs deferred
// calls of those frames, newest first (vm/panic.cpp). If one recovers, returns the index
// of the frame to resume (its pc set to its return sequence); otherwise pops the frames
// and rethrows the panic to the code that called into this loop.
size_t gopanicUnwind(Thread* th, size_t stopAt, runtime::GoPanic& p);

// Appends what Go prints after "panic: " for v: its Error() or String() text when it has
// one (called on th; not when th is null), else the runtime's rendering.
void printPanicValue(Thread* th, std::string& out, runtime::Eface v);

// Prints the goroutine's unrecovered panic chain and traceback (exit follows).
void printPanics(Thread* th);

// The print and println builtins (to stderr, unbuffered, as Go's runtime print).
void printValue(const uint64_t* v, PrintKind kind, bool spaceBefore);
void printNewline();

}  // namespace golite::vm
