// The interpreter's per-goroutine state: the VM stack of 8-byte slots and the call stack.
//
// Go calls do not recurse in C++: a call pushes a CallInfo and the interpreter loop goes on
// with the callee. The VM stack grows by moving (registers are addressed by index from
// the frame base, so nothing points into it), up to a limit past which the program dies of
// Go's `stack overflow`.
#pragma once

#include <atomic>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>
#include <vector>

#include "vm/proto.h"

namespace golite::vm {

// Resizes the memory of a GrowBuffer (vm/growbuf.cpp): from `bytes` to `newBytes`, moving
// its first `keep` bytes; small buffers live on the C++ heap, big ones in an anonymous
// mapping grown with mremap. *mapped says which, in and out. New bytes past `keep` are
// zero only in a mapping (fresh pages); the caller clears them otherwise.
void* growMemory(void* p, size_t bytes, size_t newBytes, size_t keep, bool* mapped);
void freeMemory(void* p, size_t bytes, bool mapped);

// The memory of the VM stack and the call stack: a vector of trivially copyable T whose
// growth is cheap when a recursion goes deep. Past 256 KB it lives in a mapping that
// mremap grows without copying (the kernel moves the pages) and whose new pages are
// already zero, so neither the copy nor the clearing std::vector does on each doubling
// happens; below that, the C++ heap keeps a parked goroutine's stack small. Slots in
// [size, clean) may hold old values; [clean, capacity) are known zero.
template <class T>
class GrowBuffer {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  GrowBuffer() = default;
  ~GrowBuffer() { freeMemory(p_, cap_ * sizeof(T), mapped_); }
  GrowBuffer(const GrowBuffer&) = delete;
  GrowBuffer& operator=(const GrowBuffer&) = delete;

  T* data() { return p_; }
  const T* data() const { return p_; }
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  T& operator[](size_t i) { return p_[i]; }
  const T& operator[](size_t i) const { return p_[i]; }
  T& back() { return p_[n_ - 1]; }
  const T& back() const { return p_[n_ - 1]; }
  T* begin() { return p_; }
  T* end() { return p_ + n_; }
  const T* begin() const { return p_; }
  const T* end() const { return p_ + n_; }

  void reserve(size_t n) {
    if (n > cap_) regrow(n);
  }
  // Grows with zeroed elements, or shrinks.
  void resize(size_t n) {
    if (n > cap_) regrow(grown(n));
    if (n > n_) {
      size_t dirty = clean_ < n ? clean_ : n;
      if (dirty > n_) std::memset(static_cast<void*>(p_ + n_), 0, (dirty - n_) * sizeof(T));
      if (n > clean_) clean_ = n;
    }
    n_ = n;
  }
  void push_back(const T& v) {
    if (n_ == cap_) [[unlikely]] regrow(grown(n_ + 1));
    p_[n_++] = v;
    if (n_ > clean_) clean_ = n_;
  }
  void pop_back() { n_--; }
  void clear() { n_ = 0; }
  void swap(GrowBuffer& o) {
    std::swap(p_, o.p_);
    std::swap(n_, o.n_);
    std::swap(cap_, o.cap_);
    std::swap(clean_, o.clean_);
    std::swap(mapped_, o.mapped_);
  }

 private:
  size_t grown(size_t want) const {
    size_t c = cap_ ? cap_ : 4;
    while (c < want) c *= 2;
    return c;
  }
  void regrow(size_t cap) {
    void* p = growMemory(p_, cap_ * sizeof(T), cap * sizeof(T), clean_ * sizeof(T), &mapped_);
    p_ = static_cast<T*>(p);
    if (!mapped_ && cap > clean_)  // heap memory past what was kept: not zero
      std::memset(static_cast<void*>(p_ + clean_), 0, (cap - clean_) * sizeof(T));
    cap_ = cap;
  }

  T* p_ = nullptr;
  size_t n_ = 0;
  size_t cap_ = 0;
  size_t clean_ = 0;
  bool mapped_ = false;
};

struct CallInfo {
  const Proto* proto;
  const Instr* pc;          // the next instruction to run (saved while calling)
  size_t base;              // index of R[0] in the thread's stack
  runtime::Closure* closure;
  bool nativeBoundary;      // a native called into Go here: return to it when this frame returns
  bool deferCall = false;   // called by the defer machinery (recover() looks for this)
  // The end of the frame's frame-object area (vm/frameobj.cpp), which is proto->fobjBytes
  // bytes (fobjBase). A function without one has its caller's end here, so the
  // frame-object stack's top is always frames.back().fobjEnd: popping a frame, by any path
  // (return, panic recovery, Goexit, unwinding a native's callback), restores it.
  uint8_t* fobjEnd = nullptr;
  uint8_t* fobjBase() const { return fobjEnd - proto->fobjBytes; }
};

// A deferred call: the function value and its argument words (kept in Thread::deferArgs).
struct DeferRec {
  runtime::Closure* fn;
  size_t frame;      // index in Thread::frames of the function that deferred it
  size_t argOffset;  // into Thread::deferArgs
  uint32_t nargs;
};

// A panic in progress (Go's _panic): the chain is printed oldest first when unrecovered.
struct PanicRec {
  runtime::Eface value;
  bool recovered = false;
  bool aborted = false;   // a deferred call panicked again on top of it
  bool goexit = false;    // runtime.Goexit, not a panic
  size_t deferFrame = SIZE_MAX;  // frame index of the deferred call now running for it
  // The stack where it was raised (proto, pc), for the traceback.
  std::vector<std::pair<const Proto*, const Instr*>> trace;
};

struct Thread;
// The goroutine's preempt flag was set: yield to the scheduler (vm/support.cpp).
void safepoint(Thread* th);
// REPL (run.cpp): the session's main goroutine, and the request to stop the input it
// runs (interruptSession); safepoint() turns the request into a Goexit-style unwind.
extern Thread* sessionThread;
extern std::atomic<bool> sessionInterrupt;
extern bool sessionInterrupted;  // the unwind in progress is one
// The flag a goroutine's Thread polls: its G's preempt flag (always set under
// GODEBUG=clobberdead=1, so that every poll reaches safepoint).
std::atomic<bool>* pollFlag(runtime::G* g);
// Go's `fatal error: stack overflow` (vm/run.cpp).
[[noreturn]] void stackOverflow(Thread* th);

struct Thread {
  GrowBuffer<uint64_t> stack;
  GrowBuffer<CallInfo> frames;
  int64_t goid = 1;
  // While a native runs: the first free slot above its frame, where Go code it calls
  // back gets its frames.
  size_t nativeTop = 0;
  size_t nativeBase = 0;  // the running native's frame base
  // The func value the running native was called through (its closure: a native made by
  // reflect.MakeFunc finds its function there). Read first thing; nested calls change it.
  runtime::Closure* nativeClosure = nullptr;
  // The maximum stack in bytes (Go's default 1 GB; `golite run --max-stack` lowers it).
  static inline size_t maxStackBytes = 1000000000;  // Go prints it in decimal
  // Call depth limit derived from it (a Go frame is at least ~100 bytes).
  static inline size_t maxFrames = 1000000000 / 128;

  // Set when the scheduler wants this goroutine to stop at its next safepoint
  // (runtime::preemptFlag of its G); polled at calls and loop back-edges.
  std::atomic<bool>* preempt = &noPreempt;
  static inline std::atomic<bool> noPreempt{false};
  void* g = nullptr;  // the runtime's G running this thread
  // runtime::stackGuard() of the native stack segment this goroutine runs on: native
  // code below it goes on through moreNativeStack (0: never).
  uintptr_t stackGuard = 0;

  // The natives running on this goroutine, outermost first (vm/roots.cpp). On the native
  // stack: [lo, hi), hi where the VM called the native (callNative), lo where that native
  // called back into Go (0 while it has not: it runs down to the goroutine's current
  // stack pointer). The collector scans these ranges conservatively and no other part of
  // the native stack: the interpreter's own frames hold Go values only within an
  // instruction, never across a safepoint. On the VM stack: the native's frame starts at
  // slot `base`, its arguments and results take `words` slots (scanned conservatively),
  // and Go code it calls back gets frames from `top` up.
  struct NativeSpan {
    uintptr_t lo;
    uintptr_t hi;
    size_t base;
    size_t words;
    size_t top;
    bool scanStack;  // false for natives that keep no Go pointer on it (registerNative)
  };
  std::vector<NativeSpan> nativeSpans;
  // The native stack segments this goroutine moved onto (runtime::morestack), innermost
  // last: the stack guard below each, and whether a native's range went on onto it
  // (vm/roots.cpp, segmentEnter).
  struct SegmentRec {
    uintptr_t guard;
    bool continued;
  };
  std::vector<SegmentRec> segments;

  // Set while the top frame runs a channel operation (SEND, RECV, SELECT), which may park:
  // the collector then reads the frame by the map for that instruction in progress.
  bool inChanOp = false;
  // Where the go statement that started this goroutine was (tracebacks end with it): the
  // function, its pc, and the goroutine it ran in. No function: not started by Go code.
  const Proto* createdBy = nullptr;
  size_t createdPc = 0;
  int64_t createdIn = 0;
  // A REPL input the session abandoned (vm/run.cpp): 1 asks for an unwind at the next
  // safepoint, 2 once it began.
  uint8_t cancelled = 0;

  std::vector<DeferRec> defers;
  std::vector<uint64_t> deferArgs;
  std::vector<PanicRec> panics;  // innermost last

  // The frame-object stack (vm/frameobj.cpp): chunks of non-moving memory taken from the
  // runtime on first use, in stack order; fobjHint indexes the one the top was last in.
  std::vector<runtime::FrameChunk> fobjChunks;
  size_t fobjHint = 0;
  size_t fobjChunkBytes = 0;  // their total, counted against the stack limit
  // The top of the frame-object stack: where the next frame's area may start.
  uint8_t* fobjTop() const { return frames.empty() ? nullptr : frames.back().fobjEnd; }
  // A zeroed area of `bytes` bytes at or above `top`, within one chunk.
  uint8_t* fobjReserve(uint8_t* top, size_t bytes);
  // Hands back chunks above the top but one (the collector calls it for a stopped
  // goroutine, as Go shrinks stacks).
  void fobjTrim();

  // Small to start (a parked goroutine should cost a few KB); grows by doubling.
  Thread() { stack.resize(32); frames.reserve(4); }
  ~Thread();
  Thread(const Thread&) = delete;
  Thread& operator=(const Thread&) = delete;
  // Every slot the VM may have written lies below this: each region above the frames
  // is claimed with ensure() before it is written (frames, a native's frame, deferred and
  // callback arguments). The collector clears the dead slots between the live end and
  // here once per cycle (vm/roots.cpp).
  size_t dirtyTop = 0;
  // Makes room for `words` slots above `top`; may move the stack.
  void ensure(size_t top) {
    if (top > dirtyTop) dirtyTop = top;
    if (top > stack.size()) grow(top);
  }
  void grow(size_t top);

  // Pushes the frame of Go function callee, whose frame starts at stack slot `base` where
  // the caller has put the arguments. It is the one way a Go frame is pushed: every call
  // instruction, deferred calls (also while panicking), natives calling back into Go, and
  // goroutine starts. It checks the frame limit (Go's `stack overflow`), grows the VM
  // stack when needed, and polls the preempt flag, so every call is a safepoint. The stack
  // may move: callers reload pointers into it afterwards. A callee with frame objects gets
  // its area, zeroed, above the caller's (CallInfo::fobj).
  void pushFrame(const Proto* callee, size_t base, runtime::Closure* cl,
                 bool nativeBoundary = false, bool deferCall = false) {
    if (__builtin_expect(frames.size() >= maxFrames, 0)) stackOverflow(this);
    ensure(base + callee->frameSize);
    uint8_t* fobjEnd = fobjTop();
    if (callee->fobjBytes) [[unlikely]] fobjEnd = fobjReserve(fobjEnd, callee->fobjBytes) + callee->fobjBytes;
    frames.push_back(CallInfo{callee, callee->code.data(), base, cl, nativeBoundary, deferCall, fobjEnd});
    if (__builtin_expect(preempt->load(std::memory_order_relaxed), 0)) safepoint(this);
  }
};

// Runs the call stack of th from its current top frame until the frame at depth `stopAt`
// returns. Used for main and for native code calling back into Go.
void execute(Thread* th, size_t stopAt);


// Prints `goroutine N [running]:` and the Go frames of th, innermost first, to stderr.
void traceback(Thread* th);

}  // namespace golite::vm
