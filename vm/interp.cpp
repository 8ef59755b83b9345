// The interpreter loop.
//
// One function, execute(), runs bytecode for a goroutine's Thread. It is written against
// three macros (FETCH, CASE, NEXT) and dispatches with computed goto: each handler ends by
// jumping straight to the next instruction's handler, so there is no central switch for
// the branch predictor to miss on.
//
// Calls do not recurse in C++: CALL pushes a CallInfo for the callee and continues the
// same loop with the callee's registers; RET pops it. Only a native function calling back
// into Go (fmt calling String(), sort calling less) re-enters execute(), and that nested
// loop returns when the frame it was called for returns (CallInfo::nativeBoundary).
//
// Registers are addressed by index from the frame base (`regs`), never by pointer across a
// call: calls may grow (move) the VM stack, after which `regs` is recomputed.
//
// Go panics raised by the runtime or by natives arrive as C++ exceptions
// (runtime::GoPanic). The loop records the faulting pc in the frame and lets the
// exception go on to the panic machinery (vm/panic.cpp), which has the intact call stack
// for the traceback.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "runtime/runtime.h"
#include "vm/interp_support.h"
#include "vm/native.h"
#include "vm/thread.h"

namespace golite::vm {

using namespace golite::runtime;

namespace {

inline double f64(uint64_t v) {
  double d;
  std::memcpy(&d, &v, 8);
  return d;
}
inline uint64_t bits(double d) {
  uint64_t v;
  std::memcpy(&v, &d, 8);
  return v;
}
inline float f32(uint64_t v) {
  float f;
  uint32_t u = uint32_t(v);
  std::memcpy(&f, &u, 4);
  return f;
}
inline uint64_t bits32(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

// complex64's halves (real in the low 32 bits, imaginary in the high) and back.
inline float lo32(uint64_t v) { return f32(v); }
inline float hi32(uint64_t v) { return f32(v >> 32); }
inline uint64_t pack64(float re, float im) { return bits32(re) | (bits32(im) << 32); }

struct Complex128 {
  double re, im;
};

// n/m as Go divides complex numbers (its runtime's complex128div): Smith's algorithm
// (Commun. ACM 5(8), 1962), which scales by the larger part of m to avoid overflow, then
// C99's Annex G corrections where the quotient came out NaN+NaNi: a zero divisor gives
// infinities, an infinite dividend over a finite divisor infinities, a finite dividend
// over an infinite divisor zeros.
Complex128 complex128div(Complex128 n, Complex128 m) {
  double e, f;
  if (std::fabs(m.re) >= std::fabs(m.im)) {
    double ratio = m.im / m.re;
    double denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    double ratio = m.re / m.im;
    double denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    double a = n.re, b = n.im, c = m.re, d = m.im;
    const double inf = HUGE_VAL;
    auto inf2one = [](double x) { return std::copysign(std::isinf(x) ? 1.0 : 0.0, x); };
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return {e, f};
}

// Go's min and max of floats: NaN if either is NaN; -0 is less than +0.
inline double goMin(double x, double y) {
  if (x != x || y != y) return x != x ? x : y;
  if (x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}
inline double goMax(double x, double y) {
  if (x != x || y != y) return x != x ? x : y;
  if (x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}

inline uint8_t* ptr(uint64_t v) { return reinterpret_cast<uint8_t*>(v); }

inline uint8_t* checked(uint64_t v) {
  if (__builtin_expect(v == 0, 0)) panicNilDeref();
  return reinterpret_cast<uint8_t*>(v);
}

}  // namespace

void Thread::grow(size_t top) {
  size_t n = stack.size();
  while (n < top) n *= 2;
  if (n * 8 > maxStackBytes) {
    if (top * 8 > maxStackBytes) stackOverflow(this);
    n = maxStackBytes / 8;
  }
  stack.resize(n);
}

// STN while the write barrier is on.
[[gnu::noinline, gnu::cold]] void storeBarriered(uint8_t* p, const uint64_t* src, uint64_t n) {
  runtime::heapMove(p, src, n);
}

// Calls a native function whose frame starts at stack slot `base`, recording where its
// frame ends so Go code it calls back lands above it, and where its native stack begins
// (Thread::nativeSpans, for the collector). Not inlined: its frame address bounds the
// native's stack range, which must not take in the interpreter loop's frame.
[[gnu::noinline]] void callNative(Thread* th, const Proto* callee, size_t base, Closure* cl) {
  if (reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < th->stackGuard) [[unlikely]] {
    struct Args {
      Thread* th;
      const Proto* callee;
      size_t base;
      Closure* cl;
    } a{th, callee, base, cl};
    moreNativeStack(th, [](void* p) {
      auto* a = static_cast<Args*>(p);
      callNative(a->th, a->callee, a->base, a->cl);
    }, &a);
    return;
  }
  size_t savedTop = th->nativeTop, savedBase = th->nativeBase;
  th->nativeClosure = cl;
  th->nativeTop = base + callee->frameSize;
  th->nativeBase = base;
  th->ensure(th->nativeTop);
  struct SpanGuard {  // pops the span however the native ends (a panic unwinds it)
    Thread* th;
    ~SpanGuard() { th->nativeSpans.pop_back(); }
  };
  th->nativeSpans.push_back({0, reinterpret_cast<uintptr_t>(__builtin_frame_address(0)), base,
                             std::max(callee->paramWords, callee->resultWords), th->nativeTop,
                             !callee->nativeNoStackPointers});
  SpanGuard guard{th};
  callee->native(th, th->stack.data() + base);
  th->nativeTop = savedTop;
  th->nativeBase = savedBase;
}

void execute(Thread* th, size_t stopAt) {
  static void* const kDispatch[] = {
#define GOLITE_OP_LABEL(name, fmt, ext, doc) &&L_##name,
      GOLITE_OPCODES(GOLITE_OP_LABEL)
#undef GOLITE_OP_LABEL
  };

  size_t depth = th->frames.size() - 1;
  CallInfo* ci = &th->frames[depth];
  const Proto* proto = ci->proto;
  const Instr* pc = ci->pc;
  const uint64_t* K = proto->consts.data();
  uint64_t* regs = th->stack.data() + ci->base;
  Instr i;

#define FETCH() (i = *pc++)
#define NEXT() \
  do {         \
    FETCH();   \
    goto* kDispatch[int(i.op)]; \
  } while (0)
#define CASE(name) L_##name:
#define R(x) regs[x]
#define EXT() (*pc++)
// The frame buffer of a string operation: operand c (or X.a) is 1 + its register, 0 for none.
#define STRBUF(T, c) reinterpret_cast<T*>((c) ? R((c) - 1) : 0)
// A call (CALL, CALLCL, CALLI, and each deferred call RUNDEFERS makes): a native runs at
// once; a Go callee gets its frame from Thread::pushFrame (the stack limit and
// preemption checks every call shares) and the loop goes on in it.
#define ENTER(callee, base, cl, deferCall)      \
  do {                                          \
    const Proto* enter_callee = (callee);       \
    size_t enter_base = (base);                 \
    ci->pc = pc;                                \
    if (enter_callee->native) {                 \
      callNative(th, enter_callee, enter_base, (cl)); \
      LOADFRAME();                              \
      NEXT();                                   \
    }                                           \
    th->pushFrame(enter_callee, enter_base, (cl), false, (deferCall)); \
    ++depth;                                    \
    LOADFRAME();                                \
    pc = proto->code.data();                    \
    NEXT();                                     \
  } while (0)
// An instruction that allocates records where the frame is: the heap profile's sample
// (runtime/mprof.cpp) takes the goroutine's stack from the frames' saved pcs.
#define ALLOCPC() (ci->pc = pc)
// Reloads the frame state after a call or return changed the current frame.
#define LOADFRAME()                      \
  do {                                   \
    ci = &th->frames[depth];             \
    proto = ci->proto;                   \
    K = proto->consts.data();            \
    regs = th->stack.data() + ci->base;  \
  } while (0)

  for (;;) try {
    NEXT();

    CASE(NOP) NEXT();
    CASE(MOV) R(i.a) = R(i.b); NEXT();
    CASE(MOV2) {
      uint64_t x = R(i.b), y = R(i.b + 1);
      R(i.a) = x;
      R(i.a + 1) = y;
      NEXT();
    }
    CASE(MOV3) {
      uint64_t x = R(i.b), y = R(i.b + 1), z = R(i.b + 2);
      R(i.a) = x;
      R(i.a + 1) = y;
      R(i.a + 2) = z;
      NEXT();
    }
    CASE(MOVN) std::memmove(&R(i.a), &R(i.b), size_t(i.c) * 8); NEXT();
    CASE(LOADK) R(i.a) = K[i.bx()]; NEXT();
    CASE(LOADK2) R(i.a) = K[i.bx()]; R(i.a + 1) = K[i.bx() + 1]; NEXT();
    CASE(LOADI) R(i.a) = uint64_t(int64_t(i.sbx())); NEXT();
    CASE(ZERO) std::memset(&R(i.a), 0, size_t(i.b) * 8); NEXT();

    CASE(ADD) R(i.a) = R(i.b) + R(i.c); NEXT();
    CASE(SUB) R(i.a) = R(i.b) - R(i.c); NEXT();
    CASE(MUL) R(i.a) = R(i.b) * R(i.c); NEXT();
    CASE(DIV) {
      int64_t y = int64_t(R(i.c));
      if (__builtin_expect(y == 0, 0)) panicDivide();
      int64_t x = int64_t(R(i.b));
      R(i.a) = y == -1 ? uint64_t(0) - uint64_t(x) : uint64_t(x / y);
      NEXT();
    }
    CASE(DIVU) {
      uint64_t y = R(i.c);
      if (__builtin_expect(y == 0, 0)) panicDivide();
      R(i.a) = R(i.b) / y;
      NEXT();
    }
    CASE(REM) {
      int64_t y = int64_t(R(i.c));
      if (__builtin_expect(y == 0, 0)) panicDivide();
      R(i.a) = y == -1 ? 0 : uint64_t(int64_t(R(i.b)) % y);
      NEXT();
    }
    CASE(REMU) {
      uint64_t y = R(i.c);
      if (__builtin_expect(y == 0, 0)) panicDivide();
      R(i.a) = R(i.b) % y;
      NEXT();
    }
    CASE(AND) R(i.a) = R(i.b) & R(i.c); NEXT();
    CASE(OR) R(i.a) = R(i.b) | R(i.c); NEXT();
    CASE(XOR) R(i.a) = R(i.b) ^ R(i.c); NEXT();
    CASE(ANDNOT) R(i.a) = R(i.b) & ~R(i.c); NEXT();
    CASE(SHL) {
      uint64_t s = R(i.c);
      R(i.a) = s >= 64 ? 0 : R(i.b) << s;
      NEXT();
    }
    CASE(SHR) {
      uint64_t s = R(i.c);
      R(i.a) = uint64_t(int64_t(R(i.b)) >> (s >= 64 ? 63 : s));
      NEXT();
    }
    CASE(SHRU) {
      uint64_t s = R(i.c);
      R(i.a) = s >= 64 ? 0 : R(i.b) >> s;
      NEXT();
    }
    CASE(SHCHK) {
      if (int64_t(R(i.a)) < 0) panicRuntime("negative shift amount");
      NEXT();
    }
    CASE(NEG) R(i.a) = uint64_t(0) - R(i.b); NEXT();
    CASE(COM) R(i.a) = ~R(i.b); NEXT();
    CASE(NOT) R(i.a) = R(i.b) ^ 1; NEXT();
    CASE(ADDI) R(i.a) = R(i.b) + uint64_t(int64_t(int16_t(i.c))); NEXT();
    CASE(EXT8S) R(i.a) = uint64_t(int64_t(int8_t(R(i.b)))); NEXT();
    CASE(EXT8U) R(i.a) = uint8_t(R(i.b)); NEXT();
    CASE(EXT16S) R(i.a) = uint64_t(int64_t(int16_t(R(i.b)))); NEXT();
    CASE(EXT16U) R(i.a) = uint16_t(R(i.b)); NEXT();
    CASE(EXT32S) R(i.a) = uint64_t(int64_t(int32_t(R(i.b)))); NEXT();
    CASE(EXT32U) R(i.a) = uint32_t(R(i.b)); NEXT();

    CASE(FADD) R(i.a) = bits(f64(R(i.b)) + f64(R(i.c))); NEXT();
    CASE(FSUB) R(i.a) = bits(f64(R(i.b)) - f64(R(i.c))); NEXT();
    CASE(FMUL) R(i.a) = bits(f64(R(i.b)) * f64(R(i.c))); NEXT();
    CASE(FDIV) R(i.a) = bits(f64(R(i.b)) / f64(R(i.c))); NEXT();
    CASE(FNEG) R(i.a) = R(i.b) ^ (uint64_t(1) << 63); NEXT();
    CASE(FMIN) R(i.a) = bits(goMin(f64(R(i.b)), f64(R(i.c)))); NEXT();
    CASE(FMAX) R(i.a) = bits(goMax(f64(R(i.b)), f64(R(i.c)))); NEXT();
    CASE(FADD32) R(i.a) = bits32(f32(R(i.b)) + f32(R(i.c))); NEXT();
    CASE(FSUB32) R(i.a) = bits32(f32(R(i.b)) - f32(R(i.c))); NEXT();
    CASE(FMUL32) R(i.a) = bits32(f32(R(i.b)) * f32(R(i.c))); NEXT();
    CASE(FDIV32) R(i.a) = bits32(f32(R(i.b)) / f32(R(i.c))); NEXT();
    CASE(FNEG32) R(i.a) = uint32_t(R(i.b)) ^ (uint32_t(1) << 31); NEXT();

    // Complex numbers. Operands are read before the destination is written: a may be b or c.
    CASE(CADD) {
      double re = f64(R(i.b)) + f64(R(i.c)), im = f64(R(i.b + 1)) + f64(R(i.c + 1));
      R(i.a) = bits(re), R(i.a + 1) = bits(im);
      NEXT();
    }
    CASE(CSUB) {
      double re = f64(R(i.b)) - f64(R(i.c)), im = f64(R(i.b + 1)) - f64(R(i.c + 1));
      R(i.a) = bits(re), R(i.a + 1) = bits(im);
      NEXT();
    }
    CASE(CMUL) {
      double a = f64(R(i.b)), b = f64(R(i.b + 1)), c = f64(R(i.c)), d = f64(R(i.c + 1));
      R(i.a) = bits(a * c - b * d), R(i.a + 1) = bits(a * d + b * c);
      NEXT();
    }
    CASE(CDIV) {
      Complex128 q = complex128div({f64(R(i.b)), f64(R(i.b + 1))}, {f64(R(i.c)), f64(R(i.c + 1))});
      R(i.a) = bits(q.re), R(i.a + 1) = bits(q.im);
      NEXT();
    }
    CASE(CNEG) {
      uint64_t re = R(i.b) ^ (uint64_t(1) << 63), im = R(i.b + 1) ^ (uint64_t(1) << 63);
      R(i.a) = re, R(i.a + 1) = im;
      NEXT();
    }
    CASE(CEQ) R(i.a) = f64(R(i.b)) == f64(R(i.c)) && f64(R(i.b + 1)) == f64(R(i.c + 1)); NEXT();
    CASE(CADD64) R(i.a) = pack64(lo32(R(i.b)) + lo32(R(i.c)), hi32(R(i.b)) + hi32(R(i.c))); NEXT();
    CASE(CSUB64) R(i.a) = pack64(lo32(R(i.b)) - lo32(R(i.c)), hi32(R(i.b)) - hi32(R(i.c))); NEXT();
    CASE(CMUL64) {
      double a = lo32(R(i.b)), b = hi32(R(i.b)), c = lo32(R(i.c)), d = hi32(R(i.c));
      R(i.a) = pack64(float(a * c - b * d), float(a * d + b * c));
      NEXT();
    }
    CASE(CDIV64) {
      Complex128 q = complex128div({lo32(R(i.b)), hi32(R(i.b))}, {lo32(R(i.c)), hi32(R(i.c))});
      R(i.a) = pack64(float(q.re), float(q.im));
      NEXT();
    }
    CASE(CNEG64) R(i.a) = R(i.b) ^ ((uint64_t(1) << 63) | (uint64_t(1) << 31)); NEXT();
    CASE(CEQ64) R(i.a) = lo32(R(i.b)) == lo32(R(i.c)) && hi32(R(i.b)) == hi32(R(i.c)); NEXT();
    CASE(CPACK64) R(i.a) = pack64(f32(R(i.b)), f32(R(i.c))); NEXT();
    CASE(CREAL64) R(i.a) = uint32_t(R(i.b)); NEXT();
    CASE(CIMAG64) R(i.a) = R(i.b) >> 32; NEXT();
    CASE(C64TO128) {
      double re = lo32(R(i.b)), im = hi32(R(i.b));
      R(i.a) = bits(re), R(i.a + 1) = bits(im);
      NEXT();
    }
    CASE(C128TO64) R(i.a) = pack64(float(f64(R(i.b))), float(f64(R(i.b + 1)))); NEXT();

    CASE(I2F) R(i.a) = bits(double(int64_t(R(i.b)))); NEXT();
    CASE(U2F) R(i.a) = bits(double(R(i.b))); NEXT();
    CASE(F2I) R(i.a) = uint64_t(floatToInt(f64(R(i.b)))); NEXT();
    CASE(F2U) R(i.a) = floatToUint(f64(R(i.b))); NEXT();
    CASE(F2F32) R(i.a) = bits32(float(f64(R(i.b)))); NEXT();
    CASE(F322F) R(i.a) = bits(double(f32(R(i.b)))); NEXT();

    CASE(EQ) R(i.a) = R(i.b) == R(i.c); NEXT();
    CASE(NE) R(i.a) = R(i.b) != R(i.c); NEXT();
    CASE(LT) R(i.a) = int64_t(R(i.b)) < int64_t(R(i.c)); NEXT();
    CASE(LE) R(i.a) = int64_t(R(i.b)) <= int64_t(R(i.c)); NEXT();
    CASE(LTU) R(i.a) = R(i.b) < R(i.c); NEXT();
    CASE(LEU) R(i.a) = R(i.b) <= R(i.c); NEXT();
    CASE(FEQ) R(i.a) = f64(R(i.b)) == f64(R(i.c)); NEXT();
    CASE(FNE) R(i.a) = f64(R(i.b)) != f64(R(i.c)); NEXT();
    CASE(FLT) R(i.a) = f64(R(i.b)) < f64(R(i.c)); NEXT();
    CASE(FLE) R(i.a) = f64(R(i.b)) <= f64(R(i.c)); NEXT();
    CASE(FEQ32) R(i.a) = f32(R(i.b)) == f32(R(i.c)); NEXT();
    CASE(FNE32) R(i.a) = f32(R(i.b)) != f32(R(i.c)); NEXT();
    CASE(FLT32) R(i.a) = f32(R(i.b)) < f32(R(i.c)); NEXT();
    CASE(FLE32) R(i.a) = f32(R(i.b)) <= f32(R(i.c)); NEXT();
    CASE(SEQ) {
      int64_t n = int64_t(R(i.b + 1));
      R(i.a) = n == int64_t(R(i.c + 1)) &&
               (n == 0 || R(i.b) == R(i.c) || std::memcmp(ptr(R(i.b)), ptr(R(i.c)), size_t(n)) == 0);
      NEXT();
    }
    CASE(SLT) R(i.a) = cmpstring(*reinterpret_cast<GoString*>(&R(i.b)), *reinterpret_cast<GoString*>(&R(i.c))) < 0; NEXT();
    CASE(SLE) R(i.a) = cmpstring(*reinterpret_cast<GoString*>(&R(i.b)), *reinterpret_cast<GoString*>(&R(i.c))) <= 0; NEXT();
    CASE(EFACEEQ) R(i.a) = efaceeq(&R(i.b), &R(i.c)); NEXT();
    CASE(IFACEEQ) R(i.a) = ifaceeq(&R(i.b), &R(i.c)); NEXT();
    CASE(MEMEQ) {
      const Type* t = reinterpret_cast<const Type*>(K[EXT().raw()]);
      if (t->size > kIndirectBytes) R(i.a) = typeequal(t, ptr(R(i.b)), ptr(R(i.c)));
      else R(i.a) = typeequal(t, &R(i.b), &R(i.c));
      NEXT();
    }

    CASE(JMP) pc += i.sbx(); NEXT();
    CASE(LOOP) {
      pc += i.sbx();
      if (__builtin_expect(th->preempt->load(std::memory_order_relaxed), 0)) {
        ci->pc = pc;
        safepoint(th);
      }
      NEXT();
    }
    CASE(JT) if (R(i.a)) pc += i.sbx(); NEXT();
    CASE(JF) if (!R(i.a)) pc += i.sbx(); NEXT();
    CASE(JEQK) if (R(i.a) == R(i.b)) pc += int16_t(i.c); NEXT();
    CASE(SKIPLT) pc += int64_t(R(i.a)) < int64_t(R(i.b)); NEXT();
    CASE(SKIPLE) pc += int64_t(R(i.a)) <= int64_t(R(i.b)); NEXT();
    CASE(SKIPLTU) pc += R(i.a) < R(i.b); NEXT();
    CASE(SKIPLEU) pc += R(i.a) <= R(i.b); NEXT();
    CASE(SKIPEQ) pc += R(i.a) == R(i.b); NEXT();
    CASE(SKIPNE) pc += R(i.a) != R(i.b); NEXT();
    CASE(SKIPLTI) pc += int64_t(R(i.a)) < int16_t(i.b); NEXT();
    CASE(SKIPLEI) pc += int64_t(R(i.a)) <= int16_t(i.b); NEXT();
    CASE(SKIPGTI) pc += int64_t(R(i.a)) > int16_t(i.b); NEXT();
    CASE(SKIPGEI) pc += int64_t(R(i.a)) >= int16_t(i.b); NEXT();
    CASE(SKIPEQI) pc += int64_t(R(i.a)) == int16_t(i.b); NEXT();
    CASE(SKIPNEI) pc += int64_t(R(i.a)) != int16_t(i.b); NEXT();

    CASE(LD8S) R(i.a) = uint64_t(int64_t(*reinterpret_cast<int8_t*>(checked(R(i.b)) + i.c))); NEXT();
    CASE(LD8U) R(i.a) = *reinterpret_cast<uint8_t*>(checked(R(i.b)) + i.c); NEXT();
    CASE(LD16S) {
      int16_t v;
      std::memcpy(&v, checked(R(i.b)) + i.c, 2);
      R(i.a) = uint64_t(int64_t(v));
      NEXT();
    }
    CASE(LD16U) {
      uint16_t v;
      std::memcpy(&v, checked(R(i.b)) + i.c, 2);
      R(i.a) = v;
      NEXT();
    }
    CASE(LD32S) {
      int32_t v;
      std::memcpy(&v, checked(R(i.b)) + i.c, 4);
      R(i.a) = uint64_t(int64_t(v));
      NEXT();
    }
    CASE(LD32U) {
      uint32_t v;
      std::memcpy(&v, checked(R(i.b)) + i.c, 4);
      R(i.a) = v;
      NEXT();
    }
    CASE(LD64) {
      uint64_t v;
      std::memcpy(&v, checked(R(i.b)) + i.c, 8);
      R(i.a) = v;
      NEXT();
    }
    CASE(LDN) {
      uint64_t n = EXT().raw();
      uint8_t* src = checked(R(i.b)) + i.c;
      size_t words = (n + 7) / 8;
      if (n % 8) R(i.a + words - 1) = 0;
      std::memmove(&R(i.a), src, n);
      NEXT();
    }
    CASE(ST8) *(checked(R(i.a)) + i.c) = uint8_t(R(i.b)); NEXT();
    CASE(ST16) {
      uint16_t v = uint16_t(R(i.b));
      std::memcpy(checked(R(i.a)) + i.c, &v, 2);
      NEXT();
    }
    CASE(ST32) {
      uint32_t v = uint32_t(R(i.b));
      std::memcpy(checked(R(i.a)) + i.c, &v, 4);
      NEXT();
    }
    // The stores that may overwrite a pointer go through the write barrier (mbarrier.h);
    // stores narrower than a word cannot.
    CASE(ST64) {
      uint64_t v = R(i.b);
      uint8_t* p = checked(R(i.a)) + i.c;
      runtime::writeBarrier(p, 8);
      std::memcpy(p, &v, 8);
      NEXT();
    }
    CASE(STN) {
      uint64_t n = EXT().raw();
      uint8_t* p = checked(R(i.a)) + i.c;
      // The barrier's call out of line: inlined here (heapMove), it cost the whole
      // interpreter loop a quarter of its speed in code generation.
      if (runtime::writeBarrierEnabled) [[unlikely]]
        storeBarriered(p, &R(i.b), n);
      else
        std::memmove(p, &R(i.b), n);
      NEXT();
    }
    CASE(ADDR) R(i.a) = reinterpret_cast<uint64_t>(&R(i.b)); NEXT();
    CASE(NILCHK) checked(R(i.a)); NEXT();
    CASE(OFFPTR) R(i.a) = reinterpret_cast<uint64_t>(checked(R(i.b)) + i.c); NEXT();
    CASE(NEW) {
      ALLOCPC();
      const Type* t = reinterpret_cast<const Type*>(K[i.bx()]);
      R(i.a) = reinterpret_cast<uint64_t>(newobject(t));
      NEXT();
    }
    CASE(GADDR) R(i.a) = K[i.bx()]; NEXT();
    CASE(FRAMENEW) {
      uint8_t* p = ci->fobjBase() + size_t(i.b) * 8;
      std::memset(p, 0, size_t(i.c) * 8);
      R(i.a) = reinterpret_cast<uint64_t>(p);
      NEXT();
    }

    CASE(CONCAT) {
      ALLOCPC();
      GoString r = concatstring2(nullptr, *reinterpret_cast<GoString*>(&R(i.b)),
                                 *reinterpret_cast<GoString*>(&R(i.c)));
      std::memcpy(&R(i.a), &r, 16);
      NEXT();
    }
    CASE(SINDEX) {
      uint64_t idx = R(i.c);
      int64_t n = int64_t(R(i.b + 1));
      if (__builtin_expect(idx >= uint64_t(n), 0)) panicIndex(int64_t(idx), n);
      R(i.a) = ptr(R(i.b))[idx];
      NEXT();
    }
    CASE(SSLICE) {
      uint64_t flags = EXT().raw();
      sliceString(&R(i.a), &R(i.b), &R(i.c), flags);
      NEXT();
    }
    CASE(CONCATN) {
      ALLOCPC();
      Instr x = EXT();
      GoString r = concatstrings(STRBUF(tmpBuf, x.a), reinterpret_cast<GoString*>(&R(i.b)), i.c);
      std::memcpy(&R(i.a), &r, 16);
      NEXT();
    }
    CASE(STR2BYTES) {
      ALLOCPC();
      GoSlice s = stringtoslicebyte(STRBUF(tmpBuf, i.c), *reinterpret_cast<GoString*>(&R(i.b)));
      std::memcpy(&R(i.a), &s, 24);
      NEXT();
    }
    CASE(BYTES2STR) {
      ALLOCPC();
      const GoSlice& b = *reinterpret_cast<GoSlice*>(&R(i.b));
      GoString s = slicebytetostring(STRBUF(tmpBuf, i.c), static_cast<const uint8_t*>(b.ptr), b.len);
      std::memcpy(&R(i.a), &s, 16);
      NEXT();
    }
    CASE(STR2RUNES) {
      GoSlice s = stringtoslicerune(STRBUF(tmpRuneBuf, i.c), *reinterpret_cast<GoString*>(&R(i.b)));
      std::memcpy(&R(i.a), &s, 24);
      NEXT();
    }
    CASE(RUNES2STR) {
      const GoSlice& rs = *reinterpret_cast<GoSlice*>(&R(i.b));
      GoString s = slicerunetostring(STRBUF(tmpBuf, i.c), static_cast<const int32_t*>(rs.ptr), rs.len);
      std::memcpy(&R(i.a), &s, 16);
      NEXT();
    }
    CASE(INT2STR) {
      GoString s = intstring(STRBUF(tmpBuf, i.c), int64_t(R(i.b)));
      std::memcpy(&R(i.a), &s, 16);
      NEXT();
    }
    CASE(STRRANGE) {
      // R[a] = rune at byte index R[c] of string R[b]; R[a+1] = index after it.
      const uint8_t* p = ptr(R(i.b));
      int64_t n = int64_t(R(i.b + 1));
      int64_t k = int64_t(R(i.c));
      uint8_t c0 = p[k];
      if (c0 < 0x80) {
        R(i.a) = c0;
        R(i.a + 1) = uint64_t(k + 1);
      } else {
        int64_t next;
        int32_t r = decoderune(GoString{p, n}, k, &next);
        R(i.a) = uint64_t(int64_t(r));
        R(i.a + 1) = uint64_t(next);
      }
      NEXT();
    }

    CASE(INDEXADDR) {
      uint64_t esize = EXT().raw();
      uint64_t idx = R(i.c);
      int64_t n = int64_t(R(i.b + 1));
      if (__builtin_expect(idx >= uint64_t(n), 0)) panicIndex(int64_t(idx), n);
      R(i.a) = R(i.b) + idx * esize;
      NEXT();
    }
    CASE(AINDEXADDR) {
      Instr x = EXT();
      uint64_t idx = R(i.c);
      uint64_t n = uint64_t(x.b) | (uint64_t(x.c) << 16);
      if (__builtin_expect(idx >= n, 0)) panicIndex(int64_t(idx), int64_t(n));
      R(i.a) = reinterpret_cast<uint64_t>(checked(R(i.b))) + idx * x.a;
      NEXT();
    }
    CASE(BOUNDS) {
      uint64_t idx = R(i.a);
      if (__builtin_expect(idx >= R(i.b), 0)) panicIndex(int64_t(idx), int64_t(R(i.b)));
      NEXT();
    }
    CASE(SLICE) {
      uint64_t x = EXT().raw();
      sliceSlice(&R(i.a), &R(i.b), &R(i.c), x);
      NEXT();
    }
    CASE(ASLICE) {
      uint64_t x = EXT().raw();  // esize: bits 0-23, flags: 24-31, len: 32-63
      sliceArray(&R(i.a), &R(i.b), &R(i.c), x & 0xffffff, x >> 32, (x >> 24) & 0xff);
      NEXT();
    }
    CASE(MAKESLICE) {
      ALLOCPC();
      const Type* et = reinterpret_cast<const Type*>(K[EXT().raw()]);
      GoSlice s = makeslice(et, int64_t(R(i.b)), int64_t(R(i.c)));
      std::memcpy(&R(i.a), &s, 24);
      NEXT();
    }
    CASE(GROW) {
      ALLOCPC();
      const Type* et = reinterpret_cast<const Type*>(K[EXT().raw()]);
      GoSlice s;
      std::memcpy(&s, &R(i.a), 24);
      int64_t newLen = int64_t(uint64_t(s.len) + R(i.b));
      if (__builtin_expect(newLen < s.len, 0)) panicRuntime("growslice: cap out of range");
      if (newLen > s.cap) s = growslice(et, s, newLen);
      s.len = newLen;
      std::memcpy(&R(i.a), &s, 24);
      NEXT();
    }
    CASE(SLICE2ARR) {
      uint64_t n = EXT().raw();
      int64_t len = int64_t(R(i.b + 1));
      if (__builtin_expect(uint64_t(len) < n, 0))
        panicRuntime("cannot convert slice with length " + std::to_string(len) +
                     " to pointer to array with length " + std::to_string(n));
      R(i.a) = R(i.b);
      NEXT();
    }
    CASE(UNSAFESLICE) {
      // Go's unsafeslice: a negative length, or one whose bytes would pass the end of
      // the address space, panics; so does a nil pointer with a length.
      // The extension's top bit: unsafe.String (its messages), on bytes.
      uint64_t x = EXT().raw();
      const char* fn = x >> 63 ? "unsafe.String" : "unsafe.Slice";
      uint64_t esize = x & ~(uint64_t(1) << 63);
      uint64_t ptr = R(i.b);
      int64_t len = int64_t(R(i.c));
      if (__builtin_expect(len < 0, 0)) panicRuntime(std::string(fn) + ": len out of range");
      unsigned __int128 mem = (unsigned __int128)esize * uint64_t(len);
      if (__builtin_expect(mem > (unsigned __int128)(uint64_t(0) - ptr) && mem != 0, 0)) {
        if (ptr == 0) panicRuntime(std::string(fn) + ": ptr is nil and len is not zero");
        panicRuntime(std::string(fn) + ": len out of range");
      }
      R(i.a) = ptr;
      R(i.a + 1) = uint64_t(len);
      R(i.a + 2) = uint64_t(len);
      NEXT();
    }
    CASE(COPY) {
      uint64_t esize = EXT().raw();
      GoSlice* dst = reinterpret_cast<GoSlice*>(&R(i.b));
      GoSlice* src = reinterpret_cast<GoSlice*>(&R(i.c));
      R(i.a) = uint64_t(slicecopy(dst->ptr, dst->len, src->ptr, src->len, size_t(esize)));
      NEXT();
    }
    CASE(COPYSTR) {
      GoSlice* dst = reinterpret_cast<GoSlice*>(&R(i.b));
      GoString* src = reinterpret_cast<GoString*>(&R(i.c));
      R(i.a) = uint64_t(slicecopy(dst->ptr, dst->len, src->ptr, src->len, 1));
      NEXT();
    }

    CASE(MAKEMAP) {
      ALLOCPC();
      const Type* mt = reinterpret_cast<const Type*>(K[i.bx()]);
      R(i.a) = reinterpret_cast<uint64_t>(makemap(mt, int64_t(R(i.a))));
      NEXT();
    }
    CASE(MAKEMAPF) {
      ALLOCPC();
      const Type* mt = reinterpret_cast<const Type*>(K[i.bx()]);
      Instr x = EXT();
      R(i.a) = reinterpret_cast<uint64_t>(makemapAt(mt, int64_t(R(i.a)), reinterpret_cast<hmap*>(R(x.a)),
                                                    x.b ? reinterpret_cast<void*>(R(x.b - 1)) : nullptr));
      NEXT();
    }
    CASE(MAPGET) {
      const uint64_t x = EXT().raw();
      const Type* mt = reinterpret_cast<const Type*>(K[uint32_t(x)]);
      void* key = (x & kMapKeyIndirect) ? static_cast<void*>(ptr(R(i.c))) : &R(i.c);
      R(i.a) = reinterpret_cast<uint64_t>(
          mapaccess1(mt, reinterpret_cast<hmap*>(R(i.b)), key));
      NEXT();
    }
    CASE(MAPGET2) {
      const uint64_t x = EXT().raw();
      const Type* mt = reinterpret_cast<const Type*>(K[uint32_t(x)]);
      void* key = (x & kMapKeyIndirect) ? static_cast<void*>(ptr(R(i.c))) : &R(i.c);
      bool ok;
      void* p = mapaccess2(mt, reinterpret_cast<hmap*>(R(i.b)), key, &ok);
      R(i.a) = reinterpret_cast<uint64_t>(p);
      R(i.a + 1) = ok;
      NEXT();
    }
    CASE(MAPSET) {
      const uint64_t x = EXT().raw();
      const Type* mt = reinterpret_cast<const Type*>(K[uint32_t(x)]);
      void* key = (x & kMapKeyIndirect) ? static_cast<void*>(ptr(R(i.c))) : &R(i.c);
      R(i.a) = reinterpret_cast<uint64_t>(
          mapassign(mt, reinterpret_cast<hmap*>(R(i.b)), key));
      NEXT();
    }
    CASE(MAPDEL) {
      const uint64_t x = EXT().raw();
      const Type* mt = reinterpret_cast<const Type*>(K[uint32_t(x)]);
      void* key = (x & kMapKeyIndirect) ? static_cast<void*>(ptr(R(i.c))) : &R(i.c);
      mapdelete(mt, reinterpret_cast<hmap*>(R(i.b)), key);
      NEXT();
    }
    CASE(MAPLEN) R(i.a) = uint64_t(maplen(reinterpret_cast<hmap*>(R(i.b)))); NEXT();
    CASE(MAPCLEAR) {
      const Type* mt = reinterpret_cast<const Type*>(K[EXT().raw()]);
      mapclear(mt, reinterpret_cast<hmap*>(R(i.b)));
      NEXT();
    }
    CASE(MAPITER) {
      const Type* mt = reinterpret_cast<const Type*>(K[EXT().raw()]);
      mapiterinit(mt, reinterpret_cast<hmap*>(R(i.b)), reinterpret_cast<hiter*>(&R(i.a)));
      NEXT();
    }
    CASE(MAPNEXT) mapiternext(reinterpret_cast<hiter*>(&R(i.a))); NEXT();

    CASE(BOX) {
      ALLOCPC();
      const Type* t = reinterpret_cast<const Type*>(K[i.bx()]);
      box(t, &R(i.a));
      R(i.a) = reinterpret_cast<uint64_t>(t);
      NEXT();
    }
    CASE(BOXI) {
      ALLOCPC();
      const Type* t = reinterpret_cast<const Type*>(K[EXT().raw()]);
      box(t, &R(i.a));
      R(i.a) = K[i.bx()];
      NEXT();
    }
    CASE(I2E) {
      Itab* tab = reinterpret_cast<Itab*>(R(i.b));
      uint64_t d = R(i.b + 1);
      R(i.a) = tab ? reinterpret_cast<uint64_t>(tab->type) : 0;
      R(i.a + 1) = d;
      NEXT();
    }
    CASE(CONVI) {
      const Type* inter = reinterpret_cast<const Type*>(K[i.bx()]);
      bool srcItab = EXT().raw() != 0;
      const Type* t = dynType(&R(i.a), srcItab);
      R(i.a) = t ? reinterpret_cast<uint64_t>(getitab(inter, t, false)) : 0;
      NEXT();
    }
    CASE(DYNTYPE) R(i.a) = R(i.b); NEXT();
    CASE(DYNTYPEI) {
      Itab* tab = reinterpret_cast<Itab*>(R(i.b));
      R(i.a) = tab ? reinterpret_cast<uint64_t>(tab->type) : 0;
      NEXT();
    }
    CASE(ASSERT) {
      Instr x = EXT();
      typeAssert(&R(i.a), &R(i.b), reinterpret_cast<const Type*>(K[x.a]),
                 reinterpret_cast<const Type*>(K[x.b]), x.c != 0, i.c != 0);
      NEXT();
    }
    CASE(ASSERTI) {
      Instr x = EXT();
      typeAssertIface(&R(i.a), &R(i.b), reinterpret_cast<const Type*>(K[x.a]),
                      reinterpret_cast<const Type*>(K[x.b]), x.c != 0, i.c != 0);
      NEXT();
    }
    CASE(IMPLEMENTS) {
      const Type* inter = reinterpret_cast<const Type*>(K[i.bx()]);
      const Type* t = reinterpret_cast<const Type*>(R(i.a));
      R(i.a) = t && (inter->imethods.empty() || getitab(inter, t, true) != nullptr);
      NEXT();
    }
    CASE(UNBOX) {
      const Type* t = reinterpret_cast<const Type*>(K[EXT().raw()]);
      uint64_t d = R(i.b);
      if (t->directIface()) {
        R(i.a) = d;
      } else {
        if (i.c) R(i.a + i.c - 1) = 0;
        std::memmove(&R(i.a), ptr(d), t->size);
      }
      NEXT();
    }

    CASE(CALL) {
      const Proto* callee = reinterpret_cast<const Proto*>(K[i.bx()]);
      ENTER(callee, ci->base + i.a, nullptr, false);
    }
    CASE(CALLCL) {
      Closure* cl = reinterpret_cast<Closure*>(R(i.b));
      if (__builtin_expect(cl == nullptr, 0)) panicNilDeref();
      ENTER(static_cast<const Proto*>(cl->proto), ci->base + i.a, cl, false);
    }
    CASE(CALLI) {
      Itab* tab = reinterpret_cast<Itab*>(R(i.b));
      if (__builtin_expect(tab == nullptr, 0)) panicNilDeref();
      const Proto* callee = static_cast<const Proto*>(tab->fun[i.c]);
      R(i.a) = R(i.b + 1);
      ENTER(callee, ci->base + i.a, nullptr, false);
    }
    CASE(RET) {
      if (i.b == 1) R(0) = R(i.a);
      else if (i.b) std::memmove(&R(0), &R(i.a), size_t(i.b) * 8);
      th->frames.pop_back();
      if (depth == stopAt) return;
      --depth;
      LOADFRAME();
      pc = ci->pc;
      NEXT();
    }
    CASE(CLOSURE) {
      ALLOCPC();
      const Proto* fp = reinterpret_cast<const Proto*>(K[i.bx()]);
      size_t n = fp->ncaptures;
      Closure* cl = static_cast<Closure*>(mallocgc(8 * (n + 1), closureType(n), true));
      cl->proto = const_cast<Proto*>(fp);
      for (size_t k = 0; k < n; k++) cl->vars[k] = reinterpret_cast<void*>(R(i.a + k));
      R(i.a) = reinterpret_cast<uint64_t>(cl);
      NEXT();
    }
    CASE(FCLOSURE) {
      const Proto* fp = reinterpret_cast<const Proto*>(K[i.bx()]);
      size_t n = fp->ncaptures;
      auto* cl = reinterpret_cast<Closure*>(ci->fobjBase() + EXT().raw() * 8);
      cl->proto = const_cast<Proto*>(fp);
      for (size_t k = 0; k < n; k++) cl->vars[k] = reinterpret_cast<void*>(R(i.a + k));
      R(i.a) = reinterpret_cast<uint64_t>(cl);
      NEXT();
    }
    CASE(UPVAL) R(i.a) = reinterpret_cast<uint64_t>(ci->closure->vars[i.b]); NEXT();
    CASE(FUNCVAL) {
      const Proto* fp = reinterpret_cast<const Proto*>(K[i.bx()]);
      R(i.a) = reinterpret_cast<uint64_t>(fp->staticClosure);
      NEXT();
    }

    CASE(DEFER) {
      size_t off = th->deferArgs.size();
      th->deferArgs.insert(th->deferArgs.end(), &R(i.a + 1), &R(i.a + 1) + i.b);
      th->defers.push_back(DeferRec{reinterpret_cast<Closure*>(R(i.a)), depth, off, i.b});
      NEXT();
    }
    CASE(RUNDEFERS) {
      if (th->defers.empty() || th->defers.back().frame != depth) NEXT();
      DeferRec d = th->defers.back();
      th->defers.pop_back();
      if (!d.fn) panicNilDeref();
      const Proto* callee = static_cast<const Proto*>(d.fn->proto);
      size_t base = ci->base + proto->frameSize;
      th->ensure(base + std::max<size_t>(d.nargs, callee->frameSize) + 1);
      if (d.nargs) std::memcpy(th->stack.data() + base, th->deferArgs.data() + d.argOffset, d.nargs * 8);
      th->deferArgs.resize(d.argOffset);
      --pc;  // come back here for the next deferred call
      ENTER(callee, base, d.fn, true);
    }
    CASE(RECOVER) {
      if (!th->panics.empty()) {
        PanicRec& pr = th->panics.back();
        // recover() must be called by the deferred function itself; compiler-generated
        // wrappers between the defer and the function (method values, interface
        // methods) do not count as callers.
        size_t f = depth;
        while (f > 0 && f - 1 >= pr.deferFrame && th->frames[f - 1].proto->wrapper) --f;
        if (!pr.recovered && !pr.goexit && f == pr.deferFrame) {
          pr.recovered = true;
          R(i.a) = reinterpret_cast<uint64_t>(pr.value.type);
          R(i.a + 1) = reinterpret_cast<uint64_t>(pr.value.data);
          NEXT();
        }
      }
      R(i.a) = 0;
      R(i.a + 1) = 0;
      NEXT();
    }
    CASE(IMETHOD) {
      Itab* tab = reinterpret_cast<Itab*>(R(i.b));
      if (__builtin_expect(tab == nullptr, 0)) panicNilDeref();
      const Proto* fp = static_cast<const Proto*>(tab->fun[i.c]);
      uint64_t data = R(i.b + 1);
      R(i.a) = reinterpret_cast<uint64_t>(fp->staticClosure);
      R(i.a + 1) = data;
      NEXT();
    }
    CASE(GO) {
      ci->pc = pc;
      spawnGoroutine(th, reinterpret_cast<Closure*>(R(i.a)), &R(i.a + 1), i.b);
      NEXT();
    }
    CASE(MAKECHAN) {
      ALLOCPC();
      const Type* ct = reinterpret_cast<const Type*>(K[i.bx()]);
      R(i.a) = reinterpret_cast<uint64_t>(makechan(ct, int64_t(R(i.a))));
      NEXT();
    }
    CASE(SEND) {
      ci->pc = pc;
      th->inChanOp = true;
      chansend(reinterpret_cast<hchan*>(R(i.a)), (i.c & kChanIndirect) ? static_cast<void*>(ptr(R(i.b))) : &R(i.b), true);
      th->inChanOp = false;
      NEXT();
    }
    CASE(RECV) {
      ci->pc = pc;
      bool ok;
      // The destination is scanned while the receive waits (a sender may fill it then):
      // clear what it held before.
      // (An indirect element is received into the object R[a] points to.)
      uint32_t n = i.c & 0x3fffu;
      bool indirect = (i.c & kChanIndirect) != 0;
      if (!indirect)
        for (uint32_t w = 0; w < n; w++) R(i.a + w) = 0;
      th->inChanOp = true;
      chanrecv(reinterpret_cast<hchan*>(R(i.b)), indirect ? static_cast<void*>(ptr(R(i.a))) : &R(i.a), true, &ok);
      th->inChanOp = false;
      if (i.c & 0x8000) R(i.a + n) = ok;
      NEXT();
    }
    CASE(CLOSE) closechan(reinterpret_cast<hchan*>(R(i.a))); NEXT();
    CASE(CHANLEN) R(i.a) = uint64_t(chanlen(reinterpret_cast<hchan*>(R(i.b)))); NEXT();
    CASE(CHANCAP) R(i.a) = uint64_t(chancap(reinterpret_cast<hchan*>(R(i.b)))); NEXT();
    CASE(SELECT) {
      bool block = EXT().raw() != 0;
      ci->pc = pc;
      bool recvOK = false;
      th->inChanOp = true;
      int chosen = selectgo(reinterpret_cast<scase*>(&R(i.a)), i.b, i.c, block, &recvOK);
      th->inChanOp = false;
      R(i.a) = uint64_t(int64_t(chosen));
      R(i.a + 1) = recvOK;
      NEXT();
    }
    CASE(PANIC) {
      Eface v;
      std::memcpy(&v, &R(i.a), 16);
      gopanic(v);
    }
    CASE(PRINT) printValue(&R(i.a), PrintKind(i.b), i.c != 0); NEXT();
    CASE(PRINTNL) printNewline(); NEXT();
    CASE(UNREACHABLE) throwf("unreachable code reached: missing return");
  } catch (GoPanic& p) {
    // Keep the faulting pc in the frame for the traceback, then run deferred calls; a
    // recovering one resumes its function's return sequence here.
    if (depth < th->frames.size()) th->frames[depth].pc = pc;
    th->inChanOp = false;
    depth = gopanicUnwind(th, stopAt, p);
    LOADFRAME();
    pc = ci->pc;
  }
#undef FETCH
#undef NEXT
#undef CASE
#undef R
#undef EXT
#undef LOADFRAME
#undef ENTER
}

}  // namespace golite::vm
