// Runtime errors and panics as the runtime raises them.
//
// A Go panic raised in C++ (the runtime, natives) is thrown as a GoPanic exception; the
// VM catches it where it enters native code and unwinds Go frames running deferred calls
// (vm/). Errors that are not panics (stack overflow, deadlock, concurrent map writes) are
// `fatal error`s: printed and the process exits with status 2 via fatal().
#pragma once

#include <cstdint>
#include <string>

#include "runtime/value.h"

namespace golite::runtime {

// A panic in flight, thrown through C++ frames.
struct GoPanic {
  Eface value;
  bool started = false;  // the VM has recorded it (it is being rethrown outward)
  bool goexit = false;   // runtime.Goexit unwinding, not a panic
};

// The Go type of runtime errors (runtime.Error, with Error() returning "runtime error: "+msg);
// set up by the VM at start. Its data word points to a GoString message.
extern const Type* runtimeErrorType;

// Go's *runtime.TypeAssertionError type (message without the "runtime error: " prefix).
extern const Type* typeAssertionType;
// Hook set by the VM: print the goroutine traceback for a fatal error.
extern void (*fatalTraceback)();

[[noreturn]] void gopanic(Eface v);
[[noreturn]] void panicTypeAssert(const std::string& msg);
// Whether t is one of the runtime's error types, and its Error() text.
bool isRuntimeError(const Type* t);
// The three runtime error types (errorString, TypeAssertionError, plainError); the VM
// gives them their Error and RuntimeError methods at start.
extern Type* runtimeErrorTypes[3];
std::string runtimeErrorMessage(const Type* t, const void* data);
// panic(runtimeError(msg)): msg without the "runtime error: " prefix.
[[noreturn]] void panicRuntime(const std::string& msg);
[[noreturn]] void panicIndex(int64_t i, int64_t len);
[[noreturn]] void panicSliceBounds(const char* form, int64_t x, int64_t y);
[[noreturn]] void panicDivide();
[[noreturn]] void panicNilDeref();
[[noreturn]] void panicNilMap();
// A runtime.Error whose Error() is msg as is, without the "runtime error: " prefix (Go's
// plainError), e.g. "runtime: allocation size out of range".
[[noreturn]] void panicPlain(const std::string& msg);
// A *runtime.TypeAssertionError with Error() == msg (e.g. "interface conversion: main.T is
// not main.I: missing method M"); a runtime.Error whose message has no prefix.
// Prints `fatal error: msg` (plus the goroutine traceback when available) and exits 2.
[[noreturn]] void fatal(const std::string& msg);
// Go's `throw`: a broken runtime invariant.
[[noreturn]] void throwf(const char* msg);

}  // namespace golite::runtime
