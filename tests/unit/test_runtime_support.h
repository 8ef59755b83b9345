// Helpers shared by the runtime unit tests: hand-built type descriptors, panic capture,
// and running code in a child process to see a fatal error.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <string>

#include "runtime/panic.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace golite::runtime::testing {

// Basic types as the compiler would describe them.
const Type* intType();      // int (regular memory)
const Type* int32Type();
const Type* uint8Type();
const Type* float64Type();
const Type* float32Type();
const Type* complex128Type();
const Type* stringType();
const Type* efaceType();    // interface {}
const Type* ptrType(const Type* elem);
const Type* sliceType(const Type* elem);
const Type* arrayType(const Type* elem, int64_t n);
// A struct of the given fields laid out as Go lays them out.
Type* structType(const std::string& str, std::vector<std::pair<std::string, const Type*>> fields);
const Type* mapType(const Type* key, const Type* elem);

// Runs f; returns the message of the runtime error it panicked with, without the
// "runtime error: " prefix ("" if it did not panic).
std::string runtimePanicMessage(const std::function<void()>& f);
// Whether f panicked (any GoPanic).
bool panics(const std::function<void()>& f);

struct ChildResult {
  int status;  // exit status, or 128+signal
  std::string err;  // its stderr
};
// Runs f in a forked child and reports how it ended.
ChildResult runInChild(const std::function<void()>& f);

}  // namespace golite::runtime::testing
