// The out-of-line halves of instructions (interp_support.h): string and slice operations
// with Go's exact bounds-check panics, interface boxing and type assertions, and the
// print builtins.
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include "runtime/runtime.h"
#include "vm/interp_support.h"
#include "vm/liveness.h"

namespace golite::vm {

using namespace runtime;

bool clobberDead = false;
std::atomic<bool> alwaysPoll{true};

// The CPU profile's ticks this goroutine took since its last safepoint (SIGPROF marked
// it, runtime/mprof.cpp): its stack, as runtime/pprof reads it.
static void recordProfileTicks(Thread* th) {
  void* labels = nullptr;
  uint32_t ticks = runtime::takeProfileTicks(&labels);
  if (ticks == 0) return;
  uintptr_t pcs[64];
  size_t n = callerPCs(th, 0, pcs, 64);
  runtime::cpuProfileAdd(pcs, n, ticks, labels);
}

void safepoint(Thread* th) {
  recordProfileTicks(th);
  bool abandoned = th->cancelled == 1;
  if (abandoned || (sessionInterrupt.load(std::memory_order_relaxed) && th == sessionThread)) {
    // A REPL input unwinds, as runtime.Goexit (its deferred calls run): on Ctrl-C to the
    // session; abandoned by the session and run again, once, and then its goroutine ends.
    if (abandoned) {
      th->cancelled = 2;
    } else {
      sessionInterrupt.store(false, std::memory_order_relaxed);
      sessionInterrupted = true;
    }
    if (!clobberDead) th->preempt->store(false, std::memory_order_relaxed);
    GoPanic p;
    p.goexit = true;
    throw p;
  }
  if (clobberDead) {
    // Every poll comes here (Thread::preempt is alwaysPoll): poison the dead registers of
    // the top frame and its caller, then yield only if the scheduler asked.
    size_t n = th->frames.size();
    if (n) walkFrames(th, false, n >= 2 ? n - 2 : 0);
    std::atomic<bool>* real = runtime::preemptFlag(runtime::getg());
    if (!real->load(std::memory_order_relaxed)) return;
    real->store(false, std::memory_order_relaxed);
    runtime::preemptPark();
    return;
  }
  th->preempt->store(false, std::memory_order_relaxed);
  runtime::preemptPark();
}

std::atomic<bool>* pollFlag(runtime::G* g) { return clobberDead ? &alwaysPoll : runtime::preemptFlag(g); }

int64_t floatToInt(double d) {
  // Go leaves out-of-range conversions implementation-defined; amd64 gives 0x8000...
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return INT64_MIN;
  return int64_t(d);
}

uint64_t floatToUint(double d) {
  if (d < 0) return uint64_t(floatToInt(d));
  if (!(d < 18446744073709551616.0)) return 0x8000000000000000ull;
  return uint64_t(d);
}

// Go's bounds checks for slicing, in its order and words (runtime/error.go boundsError).
static void checkSlice(int64_t lo, int64_t hi, int64_t max, bool three, int64_t len, int64_t cap,
                       bool isSlice) {
  if (three) {
    if (max < 0) panicRuntime("slice bounds out of range [::" + std::to_string(max) + "]");
    if (max > cap)
      panicSliceBounds(isSlice ? "[::%x] with capacity %y" : "[::%x] with length %y", max, cap);
    if (hi < 0) panicRuntime("slice bounds out of range [:" + std::to_string(hi) + ":]");
    if (hi > max) panicSliceBounds("[:%x:%y]", hi, max);
    if (lo < 0) panicRuntime("slice bounds out of range [" + std::to_string(lo) + "::]");
    if (lo > hi) panicSliceBounds("[%x:%y:]", lo, hi);
    return;
  }
  if (hi < 0) panicRuntime("slice bounds out of range [:" + std::to_string(hi) + "]");
  if (hi > cap) panicSliceBounds(isSlice ? "[:%x] with capacity %y" : "[:%x] with length %y", hi, cap);
  if (lo < 0) panicRuntime("slice bounds out of range [" + std::to_string(lo) + ":]");
  if (lo > hi) panicSliceBounds("[%x:%y]", lo, hi);
}

void sliceString(uint64_t* dst, const uint64_t* s, const uint64_t* idx, uint64_t flags) {
  GoString str;
  std::memcpy(&str, s, 16);
  int64_t lo = int64_t(idx[0]);
  int64_t hi = (flags & kHasHi) ? int64_t(idx[1]) : str.len;
  checkSlice(lo, hi, 0, false, str.len, str.len, false);
  GoString r{hi - lo == 0 ? nullptr : str.ptr + lo, hi - lo};
  std::memcpy(dst, &r, 16);
}

void sliceSlice(uint64_t* dst, const uint64_t* s, const uint64_t* idx, uint64_t x) {
  GoSlice sl;
  std::memcpy(&sl, s, 24);
  uint64_t esize = x & 0xffffffff;
  uint64_t flags = x >> 32;
  int64_t lo = int64_t(idx[0]);
  int64_t hi = (flags & kHasHi) ? int64_t(idx[1]) : sl.len;
  int64_t max = (flags & kHasMax) ? int64_t(idx[2]) : sl.cap;
  checkSlice(lo, hi, max, flags & kHasMax, sl.len, sl.cap, true);
  GoSlice r;
  r.len = hi - lo;
  r.cap = max - lo;
  // Like Go, never point past the end of the backing array for an empty result.
  r.ptr = r.cap == 0 ? sl.ptr : static_cast<uint8_t*>(sl.ptr) + lo * int64_t(esize);
  std::memcpy(dst, &r, 24);
}

void sliceArray(uint64_t* dst, const uint64_t* p, const uint64_t* idx, uint64_t esize,
                uint64_t len, uint64_t flags) {
  uint8_t* base = reinterpret_cast<uint8_t*>(p[0]);
  if (!base) panicNilDeref();
  int64_t n = int64_t(len);
  int64_t lo = int64_t(idx[0]);
  int64_t hi = (flags & kHasHi) ? int64_t(idx[1]) : n;
  int64_t max = (flags & kHasMax) ? int64_t(idx[2]) : n;
  checkSlice(lo, hi, max, flags & kHasMax, n, n, false);
  GoSlice r;
  r.len = hi - lo;
  r.cap = max - lo;
  r.ptr = r.cap == 0 ? base : base + lo * int64_t(esize);
  std::memcpy(dst, &r, 24);
}


// ---- interfaces ------------------------------------------------------------------------

namespace {
uint64_t zerobase;  // the address of every zero-size boxed value, as Go's runtime.zerobase
}

void box(const Type* t, uint64_t* v) {
  if (t->directIface()) {
    v[1] = v[0];
    return;
  }
  if (t->size == 0) {
    v[1] = reinterpret_cast<uint64_t>(&zerobase);
    return;
  }
  void* p = mallocgc(t->size, t, false);
  std::memcpy(p, v, t->size);
  v[1] = reinterpret_cast<uint64_t>(p);
}

const Type* dynType(const uint64_t* iface, bool hasItab) {
  if (hasItab) {
    Itab* tab = reinterpret_cast<Itab*>(iface[0]);
    return tab ? tab->type : nullptr;
  }
  return reinterpret_cast<const Type*>(iface[0]);
}

static void unboxTo(uint64_t* dst, const Type* t, uint64_t data) {
  if (t->directIface()) {
    dst[0] = data;
    return;
  }
  size_t w = (t->size + 7) / 8;
  if (w) dst[w - 1] = 0;
  if (t->size) std::memcpy(dst, reinterpret_cast<void*>(data), t->size);
}

void typeAssert(uint64_t* dst, const uint64_t* src, const Type* target, const Type* srcIface,
                bool srcItab, bool commaOk) {
  const Type* t = dynType(src, srcItab);
  if (target->size > kIndirectBytes) {
    // A value held indirectly: a copy of its own (the box is shared), or a zero value.
    if (t != target && !commaOk) panicdottype(t, target, srcIface);
    void* obj = runtime::newobject(target);
    if (t == target) std::memcpy(obj, reinterpret_cast<void*>(src[1]), target->size);
    dst[0] = reinterpret_cast<uint64_t>(obj);
    if (commaOk) dst[1] = t == target;
    return;
  }
  size_t w = (target->size + 7) / 8;
  if (t == target) {
    unboxTo(dst, target, src[1]);
    if (commaOk) dst[w] = 1;
    return;
  }
  if (!commaOk) panicdottype(t, target, srcIface);
  if (w) std::memset(dst, 0, w * 8);
  dst[w] = 0;
}

void typeAssertIface(uint64_t* dst, const uint64_t* src, const Type* target, const Type* srcIface,
                     bool srcItab, bool commaOk) {
  const Type* t = dynType(src, srcItab);
  if (target->imethods.empty() && t) {  // x.(interface{}): any value but nil
    dst[0] = reinterpret_cast<uint64_t>(t);
    dst[1] = src[1];
    if (commaOk) dst[2] = 1;
    return;
  }
  Itab* tab = commaOk ? assertE2I2(target, t) : assertE2I(target, t);
  if (!tab) {
    dst[0] = dst[1] = dst[2] = 0;
    return;
  }
  bool targetItab = !target->imethods.empty();
  dst[0] = targetItab ? reinterpret_cast<uint64_t>(tab) : reinterpret_cast<uint64_t>(t);
  dst[1] = src[1];
  if (commaOk) dst[2] = 1;
}

const Type* closureType(size_t n) {
  // One descriptor per capture count: word 0 is the code pointer, the rest cells.
  static std::vector<std::unique_ptr<Type>> types;
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  while (types.size() <= n) {
    auto t = std::make_unique<Type>();
    size_t k = types.size();
    t->kind = Kind::Struct;
    t->size = 8 * (k + 1);
    t->align = 8;
    t->str = "closure";
    t->ptrdata = t->size;
    t->gcdata.assign((k + 1 + 7) / 8 + 1, 0xff);
    types.push_back(std::move(t));
  }
  return types[n].get();
}

// ---- print builtins --------------------------------------------------------------------

void printValue(const uint64_t* v, PrintKind kind, bool spaceBefore) {
  std::string out;
  if (spaceBefore) out += ' ';
  char buf[64];
  switch (kind) {
    case PrintKind::Bool:
      out += v[0] ? "true" : "false";
      break;
    case PrintKind::Int:
      out += std::to_string(int64_t(v[0]));
      break;
    case PrintKind::Uint:
      out += std::to_string(v[0]);
      break;
    case PrintKind::Float: {
      double d;
      std::memcpy(&d, v, 8);
      printfloat(out, d);
      break;
    }
    case PrintKind::Float32: {
      float f;
      uint32_t b = uint32_t(v[0]);
      std::memcpy(&f, &b, 4);
      printfloat(out, double(f));
      break;
    }
    case PrintKind::String:
      out.append(reinterpret_cast<const char*>(v[0]), size_t(v[1]));
      break;
    case PrintKind::Pointer:
      snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)v[0]);
      out += buf;
      break;
    case PrintKind::Eface:
    case PrintKind::Iface: {
      uint64_t t = v[0];
      if (kind == PrintKind::Iface && t) t = reinterpret_cast<uint64_t>(reinterpret_cast<Itab*>(t)->type);
      snprintf(buf, sizeof buf, "(0x%llx,0x%llx)", (unsigned long long)t, (unsigned long long)v[1]);
      out += buf;
      break;
    }
    case PrintKind::Slice:
      snprintf(buf, sizeof buf, "[%lld/%lld]0x%llx", (long long)v[1], (long long)v[2],
               (unsigned long long)v[0]);
      out += buf;
      break;
    case PrintKind::Complex: {
      double re, im;
      std::memcpy(&re, &v[0], 8);
      std::memcpy(&im, &v[1], 8);
      printcomplex(out, re, im);
      break;
    }
    case PrintKind::Complex64: {
      float re, im;
      uint32_t lo = uint32_t(v[0]), hi = uint32_t(v[0] >> 32);
      std::memcpy(&re, &lo, 4);
      std::memcpy(&im, &hi, 4);
      printcomplex(out, re, im);
      break;
    }
  }
  writeStderr(out);
}

void printNewline() { writeStderr("\n"); }

}  // namespace golite::vm
