// Raising panics and fatal errors from C++ (see panic.h). The unwinding and printing of
// panics belongs to the VM (vm/run.cpp), which knows the Go call stack.
#include "runtime/panic.h"
#include "runtime/write.h"

#include <cinttypes>
#include <cstdio>
#include <cstdlib>

#include "runtime/malloc.h"

namespace golite::runtime {

namespace {

// runtime.Error values: a message in a boxed GoString. errorString prints as
// "runtime error: " + msg; typeAssertionError as msg (Go's *TypeAssertionError).
Type makeErrorType(const char* name) {
  Type t;
  t.kind = Kind::String;
  t.size = 16;
  t.align = 8;
  t.ptrdata = 8;
  t.gcdata = {1};
  t.tflag = TFlagNamed | TFlagComparable;
  t.name = name;
  t.pkgPath = "runtime";
  t.str = std::string("runtime.") + name;
  t.hash = 0x52554e54u ^ uint32_t(t.str.size());
  return t;
}
Type errorStringType = makeErrorType("errorString");
Type typeAssertionErrorType = makeErrorType("TypeAssertionError");
Type plainErrorType = makeErrorType("plainError");

[[noreturn]] void panicWith(const Type* t, const std::string& msg) {
  GoString* box = static_cast<GoString*>(mallocgc(sizeof(GoString), &errorStringType, true));
  *box = gostring(msg);
  gopanic(Eface{t, box});
}

}  // namespace

const Type* runtimeErrorType = &errorStringType;
const Type* typeAssertionType = &typeAssertionErrorType;

void (*fatalTraceback)() = nullptr;

void gopanic(Eface v) { throw GoPanic{v}; }

void panicRuntime(const std::string& msg) { panicWith(&errorStringType, msg); }
void panicTypeAssert(const std::string& msg) { panicWith(&typeAssertionErrorType, msg); }

void panicIndex(int64_t i, int64_t len) {
  if (i < 0) panicRuntime("index out of range [" + std::to_string(i) + "]");
  panicRuntime("index out of range [" + std::to_string(i) + "] with length " + std::to_string(len));
}

void panicSliceBounds(const char* form, int64_t x, int64_t y) {
  // form is one of Go's boundsError formats with %x and %y, e.g. "[:%x] with capacity %y".
  std::string f = form, out;
  for (size_t k = 0; k < f.size(); k++) {
    if (f[k] == '%' && k + 1 < f.size() && (f[k + 1] == 'x' || f[k + 1] == 'y')) {
      out += std::to_string(f[k + 1] == 'x' ? x : y);
      k++;
    } else {
      out += f[k];
    }
  }
  panicRuntime("slice bounds out of range " + out);
}

void panicPlain(const std::string& msg) { panicWith(&plainErrorType, msg); }

void panicDivide() { panicRuntime("integer divide by zero"); }
void panicNilDeref() { panicRuntime("invalid memory address or nil pointer dereference"); }
void panicNilMap() { panicWith(&plainErrorType, "assignment to entry in nil map"); }

Type* runtimeErrorTypes[3] = {&errorStringType, &typeAssertionErrorType, &plainErrorType};

bool isRuntimeError(const Type* t) {
  return t == &errorStringType || t == &typeAssertionErrorType || t == &plainErrorType;
}

std::string runtimeErrorMessage(const Type* t, const void* data) {
  const GoString* s = static_cast<const GoString*>(data);
  std::string msg(s->view());
  if (t == &typeAssertionErrorType || t == &plainErrorType) return msg;
  return "runtime error: " + msg;
}

void fatal(const std::string& msg) {
  flushStdout();
  std::fprintf(stderr, "fatal error: %s\n", msg.c_str());
  if (fatalTraceback) fatalTraceback();
  std::fflush(stderr);
  std::_Exit(2);
}

void throwf(const char* msg) { fatal(msg); }

}  // namespace golite::runtime
