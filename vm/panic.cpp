// Panics and deferred calls, as Go's runtime/panic.go.
//
// Deferred calls are recorded on the goroutine (Thread::defers, newest last), each with
// the index of the frame that deferred it and its argument words. A function that
// contains `defer` returns through one return sequence, RUNDEFERS then RET, which runs
// that frame's deferred calls newest first without recursing in C++.
//
// A panic is a C++ exception (runtime::GoPanic) thrown from an instruction or a native.
// The interpreter loop that catches it calls gopanicUnwind():
//   1. The first time a panic is seen it gets a PanicRec (value, the stack where it was
//      raised). If it escapes a deferred call that was running for an older panic, that
//      older one is marked aborted (it is still printed, first, if nothing recovers).
//   2. The newest deferred call of a frame belonging to this loop runs, on top of the
//      panicking frames, marked as a defer call so that recover() in that very frame
//      (and no deeper) finds the panic.
//   3. If it recovered, the frames above the deferring function are dropped and that
//      function resumes at its return sequence: its remaining deferred calls run and it
//      returns its result variables normally.
//   4. When this loop's frames have no more deferred calls, they are popped and the
//      panic is rethrown to whoever called into the loop: a native (whose C++ frames
//      unwind) and then an outer loop, which goes on from step 2.
// At the top, an unrecovered panic prints the chain oldest first (`panic: v [recovered]`
// and `\tpanic: w` for later ones), then the goroutine's traceback, and exits with 2.
#include <cstring>

#include "runtime/runtime.h"
#include "vm/interp_support.h"
#include "vm/native.h"

namespace golite::vm {

using namespace runtime;

size_t gopanicUnwind(Thread* th, size_t stopAt, GoPanic& p) {
  if (!p.started) {
    p.started = true;
    PanicRec pr;
    pr.value = p.value;
    pr.goexit = p.goexit;
    for (const CallInfo& ci : th->frames) pr.trace.push_back({ci.proto, ci.pc});
    th->panics.push_back(std::move(pr));
  }
  for (;;) {
    if (th->defers.empty() || th->defers.back().frame < stopAt) break;
    DeferRec d = th->defers.back();
    th->defers.pop_back();
    // Frames above the deferring function's current state stay until recovery; the
    // deferred call runs on top of all of them.
    const CallInfo& top = th->frames.back();
    size_t base = top.base + top.proto->frameSize;
    std::vector<uint64_t> args(th->deferArgs.begin() + d.argOffset,
                               th->deferArgs.begin() + d.argOffset + d.nargs);
    th->deferArgs.resize(d.argOffset);
    size_t panicIndex = th->panics.size() - 1;
    try {
      if (!d.fn) panicNilDeref();
      const Proto* callee = static_cast<const Proto*>(d.fn->proto);
      th->ensure(base + std::max<size_t>(d.nargs, callee->frameSize) + 1);
      if (d.nargs) std::memcpy(th->stack.data() + base, args.data(), d.nargs * 8);
      th->panics[panicIndex].deferFrame = th->frames.size();
      if (callee->native) {
        callNative(th, callee, base, d.fn);
      } else {
        withNativeStack(th, [&] {
          th->pushFrame(callee, base, d.fn, false, true);
          execute(th, th->frames.size() - 1);
        });
      }
    } catch (GoPanic& again) {
      // A new panic escaped the deferred call (its own deferred calls already ran): it
      // replaces the one whose deferred call it unwound, which stays in the chain as
      // aborted. (A panic recovered inside the deferred call never gets here, and the
      // older panic goes on.)
      (void)again;
      th->panics[panicIndex].aborted = true;
      continue;
    }
    PanicRec& cur = th->panics.back();
    cur.deferFrame = SIZE_MAX;
    if (cur.recovered) {
      // Drop the recovered panic and the ones it aborted; resume the deferring function
      // at its return sequence.
      while (!th->panics.empty() && (th->panics.back().recovered || th->panics.back().aborted))
        th->panics.pop_back();
      th->frames.resize(d.frame + 1);
      CallInfo& ci = th->frames[d.frame];
      ci.pc = ci.proto->code.data() + ci.proto->deferReturnPc;
      return d.frame;
    }
  }
  // Nothing here recovered it: unwind this loop's frames and go on outward.
  th->frames.resize(stopAt);
  GoPanic out{th->panics.back().value, true, th->panics.back().goexit};
  throw out;
}

void printPanicValue(Thread* th, std::string& out, Eface v) {
  // Go's preprintpanics: errors and Stringers print as their text.
  GoString s;
  if (th && (callStringMethod(th, v, "Error", &s) || callStringMethod(th, v, "String", &s))) {
    out.append(s.view());
    return;
  }
  printpanicval(out, v);
}

void printPanics(Thread* th) {
  std::string out;
  bool first = true;
  for (const PanicRec& pr : th->panics) {
    if (pr.goexit) continue;
    if (!first) out += "\t";
    first = false;
    out += "panic: ";
    const Eface& v = pr.value;
    if (v.type && isRuntimeError(v.type)) {
      out += runtimeErrorMessage(v.type, v.data);
    } else {
      printPanicValue(th, out, v);
    }
    if (pr.recovered) out += " [recovered]";
    out += "\n";
    if (v.type && isRuntimeError(v.type) &&
        runtimeErrorMessage(v.type, v.data).find("nil pointer dereference") != std::string::npos)
      out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  }
  out += "\n";
  writeStderr(out);
  // The traceback: the stack where the last panic was raised.
  if (!th->panics.empty()) {
    GrowBuffer<CallInfo> saved;
    saved.swap(th->frames);
    for (auto& [proto, pc] : th->panics.back().trace)
      th->frames.push_back(CallInfo{proto, pc, 0, nullptr, false});
    traceback(th);
    th->frames.swap(saved);
  } else {
    traceback(th);
  }
}

}  // namespace golite::vm
