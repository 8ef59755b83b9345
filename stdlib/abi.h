// Reading the arguments and writing the results of natives (vm/native.h's frame layout).
//
// A native's frame is a run of 8-byte words at `base`: parameter i at its word offset,
// each taking ceil(size/8) words in Go's memory layout; results are written from base[0]
// once the arguments are read. A value narrower than a word sits in the word's low bytes,
// so readers take the low bytes and writers fill the whole word (zero- or sign-extended).
//
// A native that calls back into Go (a String method, an io.Writer's Write) must not hold
// `base` across the call: the VM stack may be moved by it. Use FrameRef, which re-derives
// the pointer from the frame's index in the goroutine's stack.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "runtime/value.h"
#include "vm/native.h"

namespace golite::stdlib::abi {

using runtime::Eface;
using runtime::GoSlice;
using runtime::GoString;
using runtime::Iface;

// unsafe.Pointer's descriptor: the element type of the pointer arrays natives hand back
// (stdlib/runtime.cpp).
const runtime::Type* unsafePointerType();

inline int64_t getInt(const uint64_t* base, int w) { return int64_t(base[w]); }
inline uint64_t getUint(const uint64_t* base, int w) { return base[w]; }
inline int32_t getRune(const uint64_t* base, int w) { return int32_t(uint32_t(base[w])); }
inline uint8_t getByte(const uint64_t* base, int w) { return uint8_t(base[w]); }
inline bool getBool(const uint64_t* base, int w) { return uint8_t(base[w]) != 0; }
inline double getFloat64(const uint64_t* base, int w) { return std::bit_cast<double>(base[w]); }
inline float getFloat32(const uint64_t* base, int w) {
  float f;
  std::memcpy(&f, &base[w], 4);
  return f;
}
inline GoString getString(const uint64_t* base, int w) {
  return GoString{reinterpret_cast<const uint8_t*>(base[w]), int64_t(base[w + 1])};
}
inline std::string_view getStringView(const uint64_t* base, int w) {
  return getString(base, w).view();
}
inline GoSlice getSlice(const uint64_t* base, int w) {
  return GoSlice{reinterpret_cast<void*>(base[w]), int64_t(base[w + 1]), int64_t(base[w + 2])};
}
inline Eface getEface(const uint64_t* base, int w) {
  return Eface{reinterpret_cast<const runtime::Type*>(base[w]), reinterpret_cast<void*>(base[w + 1])};
}
inline Iface getIface(const uint64_t* base, int w) {
  return Iface{reinterpret_cast<runtime::Itab*>(base[w]), reinterpret_cast<void*>(base[w + 1])};
}

inline void setInt(uint64_t* base, int w, int64_t v) { base[w] = uint64_t(v); }
inline void setUint(uint64_t* base, int w, uint64_t v) { base[w] = v; }
inline void setBool(uint64_t* base, int w, bool v) { base[w] = v ? 1 : 0; }
inline void setFloat64(uint64_t* base, int w, double v) { base[w] = std::bit_cast<uint64_t>(v); }
inline void setFloat32(uint64_t* base, int w, float v) {
  base[w] = 0;
  std::memcpy(&base[w], &v, 4);
}
inline void setString(uint64_t* base, int w, GoString s) {
  base[w] = reinterpret_cast<uint64_t>(s.ptr);
  base[w + 1] = uint64_t(s.len);
}
inline void setSlice(uint64_t* base, int w, GoSlice s) {
  base[w] = reinterpret_cast<uint64_t>(s.ptr);
  base[w + 1] = uint64_t(s.len);
  base[w + 2] = uint64_t(s.cap);
}
inline void setIface(uint64_t* base, int w, const void* tab, const void* data) {
  base[w] = reinterpret_cast<uint64_t>(tab);
  base[w + 1] = reinterpret_cast<uint64_t>(data);
}

// A native's frame, addressed by index so that it survives the VM stack moving while the
// native calls back into Go.
// (Without a thread, as in unit tests, it is the plain pointer.)
struct FrameRef {
  vm::Thread* th;
  uint64_t* raw;
  size_t index;
  FrameRef(vm::Thread* t, uint64_t* base)
      : th(t), raw(base), index(t ? vm::frameIndex(t, base) : 0) {}
  uint64_t* base() const { return th ? vm::frameAt(th, index) : raw; }
};

}  // namespace golite::stdlib::abi
