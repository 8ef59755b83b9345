// The VM's garbage-collection roots (runtime/mgc.cpp calls these with the world stopped).
//
// A goroutine's VM state (Thread) lives in C++ memory the collector cannot see, so the VM
// reports it: every slot of the register stack (conservatively: registers are untyped
// 8-byte words, reused across types, so any word may be a pointer), each frame's closure,
// the deferred calls' function values and argument words, and the values of panics in
// progress. The program's globals are the cells vm/globals.cpp hands out.
//
// Every Go pointer the VM holds outside Go memory must be in one of these places; a new
// field of Thread that can hold one belongs here too.
#include "runtime/runtime.h"
#include "vm/thread.h"

namespace golite::vm {

void scanGlobals();  // vm/globals.cpp

namespace {

void scanThread(void* vm) {
  auto* th = static_cast<Thread*>(vm);
  runtime::gcScanConservative(th->stack.data(), th->stack.size() * sizeof(uint64_t));
  for (const CallInfo& ci : th->frames) runtime::gcMarkPointer(ci.closure);
  for (const DeferRec& d : th->defers) runtime::gcMarkPointer(d.fn);
  runtime::gcScanConservative(th->deferArgs.data(), th->deferArgs.size() * sizeof(uint64_t));
  for (const PanicRec& p : th->panics) runtime::gcMarkPointer(p.value.data);
}

}  // namespace

void installRoots() {
  runtime::gcScanVM = scanThread;
  runtime::gcScanGlobals = scanGlobals;
}

}  // namespace golite::vm
