// The native-function ABI: how C++ implements Go functions declared without a body in the
// embedded standard library (stdlib/go/...), and how such code calls back into Go.
//
// A native receives its goroutine's interpreter Thread and `base`, the first word of its
// frame. Arguments sit there as the compiler lays out a call: parameter i starts at word
// argOffset(i), each parameter taking ceil(size/8) words (an int8 uses a whole word; a
// string two words: ptr, len; a slice three: ptr, len, cap; an interface two: type-or-
// itab, data; a struct its Go memory layout rounded up to whole words; an array or struct
// over kIndirectBytes one word, the address of a copy: vm/opcodes.h). Results are
// written from base[0] in the same layout, after the arguments have been read (they
// overlap). Methods take the receiver as parameter 0.
//
// `base` points into the goroutine's VM stack, which moves when it grows. A native that
// calls back into Go (callClosure, callProto, callStringMethod) must read its arguments
// first and, to write results afterwards, get the current address with nativeBase(th).
//
// Natives register themselves by their Go name with GOLITE_NATIVE("fmt.Println", fn);
// methods as "strings.Builder.WriteString" (pointer receivers too, no '*').
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>

#include "runtime/runtime.h"
#include "vm/opcodes.h"

namespace golite::vm {

struct Thread;

using NativeFn = void (*)(Thread* th, uint64_t* base);

// noStackPointers: the native never keeps a Go pointer in a C++ local while it parks or
// calls back (what it needs stays in its argument words), so the collector need not scan
// its native stack, where stale words of earlier calls would keep garbage alive
// (runtime.GC above all: the collection runs on its stack).
void registerNative(const char* name, NativeFn fn, bool noStackPointers = false);
NativeFn findNative(const std::string& name);
bool nativeHasNoStackPointers(const std::string& name);

struct NativeRegistrar {
  NativeRegistrar(const char* name, NativeFn fn, bool noStackPointers = false) {
    registerNative(name, fn, noStackPointers);
  }
};
#define GOLITE_NATIVE_CAT2(a, b) a##b
#define GOLITE_NATIVE_CAT(a, b) GOLITE_NATIVE_CAT2(a, b)
#define GOLITE_NATIVE(name, fn) \
  static ::golite::vm::NativeRegistrar GOLITE_NATIVE_CAT(golite_native_, __COUNTER__)(name, fn)
// A native whose native stack holds no Go pointer across a park or call-back.
#define GOLITE_NATIVE_NOSTACKPTRS(name, fn) \
  static ::golite::vm::NativeRegistrar GOLITE_NATIVE_CAT(golite_native_, __COUNTER__)(name, fn, true)

// Calls a Go function value (a Closure*) or a vm::Proto* with the given argument words
// and copies the result words out. Re-enters the interpreter on the same goroutine; a Go
// panic propagates out as runtime::GoPanic.
void callClosure(Thread* th, runtime::Closure* fn, const uint64_t* args, size_t nargs,
                 uint64_t* results, size_t nresults);
void callProto(Thread* th, void* proto, const uint64_t* args, size_t nargs, uint64_t* results,
               size_t nresults);

// Looks up a method named `name` in the method set of v's dynamic type whose signature is
// `func() string` (for fmt's Stringer and error), calls it, and stores the result.
// Returns false when there is no such method.
bool callStringMethod(Thread* th, runtime::Eface v, const char* name, runtime::GoString* out);

// The calling goroutine's traceback as Go's runtime.Stack(buf, false) writes it:
// `goroutine N [running]:` and its Go frames, innermost first (runtime/debug.Stack).
std::string goroutineTrace(Thread* th);
// The Go frames of th, innermost first, as Go prints them under `goroutine N [...]:`
// (at most 100; then "created by" for a goroutine other than main's).
std::string formatFrames(Thread* th);
// The running native's frame base (valid after call-backs moved the stack).
uint64_t* nativeBase(Thread* th);

// The current goroutine's interpreter thread (for natives that need it outside `th`).
Thread* currentThread();

// Native stack growth (runtime/stack.cpp explains it). nativeStackGuard is the address
// of th's native stack below which native code goes on through moreNativeStack, which
// runs fn(arg) on a new segment, keeping the collector's view of the running native's
// stack range whole (its range closes here and goes on from the new segment's top), or
// reports Go's stack overflow past the limit. vm/run.cpp.
uintptr_t nativeStackGuard(const Thread* th);
void moreNativeStack(Thread* th, void (*fn)(void*), void* arg);

// Runs f() right here, or on more native stack when th's is nearly used up: wrap native
// code that may go deep (a callback into Go, a native recursing on a value's structure).
template <class F>
inline void withNativeStack(Thread* th, F&& f) {
  if (reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) >= nativeStackGuard(th)) [[likely]] {
    f();
    return;
  }
  using Fn = std::remove_reference_t<F>;
  moreNativeStack(th, [](void* p) { (*static_cast<Fn*>(p))(); }, (void*)(&f));
}

// A native's frame by index: frameIndex(th, base) survives the VM stack moving, and
// frameAt gives the frame's address again after a call-back.
size_t frameIndex(Thread* th, const uint64_t* base);
// A func value of function type ft whose calls run impl, a Go
// func([]unsafe.Pointer) []unsafe.Pointer given the addresses of copies of the arguments
// and returning the addresses of the results (reflect.MakeFunc; vm/makefunc.cpp).
runtime::Closure* makeFuncValue(const runtime::Type* ft, runtime::Closure* impl);
uint64_t* frameAt(Thread* th, size_t index);

// A native caught a Go panic and handles it itself (fmt recovering a panicking String
// method, as Go's catchPanic does): the VM, which recorded the panic when it started
// unwinding, forgets it.
void recoveredInNative(Thread* th, const runtime::GoPanic& p);

// `go fn(args...)`: a new goroutine running the closure (parent may be null: a timer's
// AfterFunc starts one from the scheduler).
void spawnGoroutine(Thread* parent, runtime::Closure* fn, const uint64_t* args, size_t nargs);

// runtime.Caller: the Go frame `skip` frames above the one calling the native (0: that
// one). Its program counter is the address of the call's instruction; file is absolute.
// *fn identifies the frame's function (its Proto), when fn is given.
bool callerFrame(Thread* th, int64_t skip, uintptr_t* pc, std::string* file, int* line, uintptr_t* fn = nullptr);
// runtime.Callers: the pcs of the calling goroutine's frames from the one callerFrame
// calls skip on, outermost last; returns how many were stored (at most n). pcInfo tells
// what such a pc is: its function's name, file, line and entry (false for other pcs).
size_t callerPCs(Thread* th, int64_t skip, uintptr_t* pcs, size_t n);
bool pcInfo(uintptr_t pc, std::string* function, std::string* file, int* line, uintptr_t* entry);
// The pc of p's first instruction (its entry, as pcInfo reports it), known to pcInfo.
struct Proto;
uintptr_t entryPC(const Proto* p);

}  // namespace golite::vm
