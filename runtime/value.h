// The memory layout of Go's built-in composite values, as on a 64-bit gc target.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "runtime/type.h"

namespace golite::runtime {

struct GoString {
  const uint8_t* ptr;
  int64_t len;
  std::string_view view() const { return {reinterpret_cast<const char*>(ptr), size_t(len)}; }
};

struct GoSlice {
  void* ptr;
  int64_t len;
  int64_t cap;
};

// interface{}: the dynamic type and a data word (the value itself when the type is
// pointer-shaped, TFlagDirectIface; otherwise a pointer to a boxed copy).
struct Eface {
  const Type* type;
  void* data;
};

// A non-empty interface: the itab (which holds the dynamic type) and the data word.
struct Iface {
  Itab* tab;
  void* data;
};

struct hmap;

// A function value points to a closure: the code, then the captured variables' cells.
struct Closure {
  void* proto;     // vm::Proto*
  void* vars[];    // captured cells (pointers to heap cells), in FuncLit::captures order
};

// Makes a Go string from bytes, copying them into the Go heap.
GoString gostring(const char* p, size_t n);
inline GoString gostring(std::string_view s) { return gostring(s.data(), s.size()); }

}  // namespace golite::runtime
