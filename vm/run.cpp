// Running a program: the main goroutine's Thread, calls from native code back into Go,
// the native registry, and what happens when a panic reaches the top of the stack:
// `panic: ...`, `goroutine 1 [running]:` and a Go-style traceback, exit status 2.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <unordered_map>

#include "runtime/runtime.h"
#include "vm/interp_support.h"
#include "vm/liveness.h"
#include "vm/native.h"
#include "vm/thread.h"
#include "vm/vm.h"

namespace golite::vm {

using namespace runtime;

namespace {

// Natives by Go name, with whether their native stack holds no Go pointers.
std::unordered_map<std::string, std::pair<NativeFn, bool>>& registry() {
  static std::unordered_map<std::string, std::pair<NativeFn, bool>> r;
  return r;
}

// Before the scheduler runs (parsing, compiling, package init on the main thread) the
// current thread is this one; afterwards, each goroutine's G carries its Thread.
Thread* bootThread = nullptr;

std::string absPath(const std::string& f) {
  if (f.empty() || f[0] == '<' || f[0] == '/' || f[0] == '$') return f;
  std::error_code ec;
  auto p = std::filesystem::absolute(f, ec);
  return ec ? f : p.string();
}

}  // namespace

void registerNative(const char* name, NativeFn fn, bool noStackPointers) {
  registry()[name] = {fn, noStackPointers};
}

NativeFn findNative(const std::string& name) {
  auto it = registry().find(name);
  return it == registry().end() ? nullptr : it->second.first;
}

bool nativeHasNoStackPointers(const std::string& name) {
  auto it = registry().find(name);
  return it != registry().end() && it->second.second;
}

Thread* currentThread() {
  if (runtime::G* g = runtime::getg()) {
    if (void* vm = runtime::gvm(g)) return static_cast<Thread*>(vm);
  }
  return bootThread;
}

uint64_t* nativeBase(Thread* th) { return th->stack.data() + th->nativeBase; }

namespace {

// The running native calls back into Go: its native stack range ends here (the callee-
// saved registers it may keep Go pointers in are spilled into this frame first, below
// which the callback's frames start). Restores the open end when the callback returns,
// or unwinds.
struct CallbackMark {
  Thread* th;
  bool marked = false;
  [[gnu::noinline]] explicit CallbackMark(Thread* t) : th(t) {
    if (th->nativeSpans.empty()) return;
    __builtin_unwind_init();
    volatile uintptr_t here = 0;
    th->nativeSpans.back().lo = reinterpret_cast<uintptr_t>(&here);
    marked = true;
  }
  ~CallbackMark() {
    if (marked) th->nativeSpans.back().lo = 0;
  }
};

}  // namespace

uintptr_t nativeStackGuard(const Thread* th) { return th->stackGuard; }

void moreNativeStack(Thread* th, void (*fn)(void*), void* arg) {
  if (!runtime::morestack(fn, arg)) stackOverflow(th);
}

namespace {

// The call sequence natives use to call into Go: the argument words above the running
// native's frame, then a native at once or a Go frame run by a nested interpreter loop
// until it returns, then the result words out.
void callWords(Thread* th, const Proto* p, Closure* cl, const uint64_t* args, size_t nargs,
               uint64_t* results, size_t nresults) {
  size_t base = th->nativeTop;
  th->ensure(base + std::max<size_t>({nargs, nresults, p->frameSize}) + 1);
  if (nargs) std::memcpy(th->stack.data() + base, args, nargs * 8);
  if (p->native) {
    callNative(th, p, base, cl);
  } else {
    size_t savedTop = th->nativeTop, savedBase = th->nativeBase;
    CallbackMark mark(th);
    withNativeStack(th, [&] {
      th->pushFrame(p, base, cl, true);
      execute(th, th->frames.size() - 1);
    });
    th->nativeTop = savedTop;
    th->nativeBase = savedBase;
  }
  if (nresults) std::memcpy(results, th->stack.data() + base, nresults * 8);
}

}  // namespace

void callProto(Thread* th, void* proto, const uint64_t* args, size_t nargs, uint64_t* results,
               size_t nresults) {
  const Proto* p = static_cast<const Proto*>(proto);
  callWords(th, p, p->staticClosure, args, nargs, results, nresults);
}

void callClosure(Thread* th, Closure* fn, const uint64_t* args, size_t nargs, uint64_t* results,
                 size_t nresults) {
  if (!fn) panicNilDeref();
  callWords(th, static_cast<const Proto*>(fn->proto), fn, args, nargs, results, nresults);
}

size_t frameIndex(Thread* th, const uint64_t* base) { return size_t(base - th->stack.data()); }
uint64_t* frameAt(Thread* th, size_t index) { return th->stack.data() + index; }

void recoveredInNative(Thread* th, const GoPanic& p) {
  if (p.started && th && !th->panics.empty()) th->panics.pop_back();
}

bool callStringMethod(Thread* th, Eface v, const char* name, GoString* out) {
  const Method* m = v.type ? findStringMethod(v.type, name) : nullptr;
  if (!m) return false;
  uint64_t arg = reinterpret_cast<uint64_t>(v.data);
  uint64_t res[2];
  callProto(th, m->ifn, &arg, 1, res, 2);
  std::memcpy(out, res, 16);
  return true;
}

// The index of the instruction a frame is at (its saved pc is the next one's).
static size_t framePc(const CallInfo& ci) {
  return ci.pc > ci.proto->code.data() ? size_t(ci.pc - ci.proto->code.data()) - 1 : 0;
}

namespace {
// The functions whose pcs callerFrame and callerPCs handed out, by the address their code
// starts at: pcInfo finds a pc's function here (a pc is the address of an instruction).
std::mutex pcProtosLock;
std::map<uintptr_t, const Proto*> pcProtos;

void notePCs(const Proto* p) {
  std::lock_guard<std::mutex> g(pcProtosLock);
  pcProtos[reinterpret_cast<uintptr_t>(p->code.data())] = p;
}
}  // namespace

bool callerFrame(Thread* th, int64_t skip, uintptr_t* pc, std::string* file, int* line, uintptr_t* fn) {
  if (!th || skip < 0 || size_t(skip) >= th->frames.size()) return false;
  const CallInfo& ci = th->frames[th->frames.size() - 1 - size_t(skip)];
  const Proto* p = ci.proto;
  if (!p || p->native) return false;
  size_t at = framePc(ci);
  *pc = reinterpret_cast<uintptr_t>(p->code.data() + at);
  notePCs(p);
  *file = absPath(p->file);
  *line = at < p->lines.size() ? p->lines[at] : p->line;
  if (fn) *fn = reinterpret_cast<uintptr_t>(p);
  return true;
}

uintptr_t entryPC(const Proto* p) {
  notePCs(p);
  return reinterpret_cast<uintptr_t>(p->code.data());
}

size_t callerPCs(Thread* th, int64_t skip, uintptr_t* pcs, size_t n) {
  if (!th || skip < 0) return 0;
  size_t got = 0;
  for (size_t k = th->frames.size() - std::min<size_t>(size_t(skip), th->frames.size()); k-- > 0 && got < n;) {
    const CallInfo& ci = th->frames[k];
    const Proto* p = ci.proto;
    if (!p || p->native || p->code.empty()) continue;
    notePCs(p);
    pcs[got++] = reinterpret_cast<uintptr_t>(p->code.data() + framePc(ci));
  }
  return got;
}

bool pcInfo(uintptr_t pc, std::string* function, std::string* file, int* line, uintptr_t* entry) {
  std::lock_guard<std::mutex> g(pcProtosLock);
  auto it = pcProtos.upper_bound(pc);
  if (it == pcProtos.begin()) return false;
  --it;
  const Proto* p = it->second;
  uintptr_t start = it->first;
  if (pc >= start + p->code.size() * sizeof(Instr)) return false;
  size_t at = (pc - start) / sizeof(Instr);
  *function = p->name;
  *file = absPath(p->file);
  *line = at < p->lines.size() ? p->lines[at] : p->line;
  *entry = start;
  return true;
}

// ---- tracebacks and the end of a program ----------------------------------------------

std::string goroutineTrace(Thread* th) {
  return "goroutine " + std::to_string(th->goid) + " [running]:\n" + formatFrames(th);
}

std::string formatFrames(Thread* th) {
  std::string out;
  size_t printed = 0;
  for (size_t k = th->frames.size(); k-- > 0;) {
    if (++printed > 100) {
      out += "...additional frames elided...\n";
      break;
    }
    const CallInfo& ci = th->frames[k];
    const Proto* p = ci.proto;
    size_t pc = framePc(ci);
    int line = pc < p->lines.size() ? p->lines[pc] : p->line;
    out += p->name + (p->paramWords ? "(...)" : "()") + "\n";
    out += "\t" + absPath(p->file) + ":" + std::to_string(line) + " +0x" + std::to_string(pc) + "\n";
  }
  if (const Proto* p = th->createdBy) {
    size_t pc = th->createdPc;
    int line = pc < p->lines.size() ? p->lines[pc] : p->line;
    out += "created by " + p->name + " in goroutine " + std::to_string(th->createdIn) + "\n";
    out += "\t" + absPath(p->file) + ":" + std::to_string(line) + " +0x" + std::to_string(pc) + "\n";
  }
  return out;
}

void traceback(Thread* th) {
  writeStderr("goroutine " + std::to_string(th->goid) + " [running]:\n" + formatFrames(th));
}

void stackOverflow(Thread* th) {
  flushStdout();
  std::string msg = "runtime: goroutine stack exceeds " + std::to_string(Thread::maxStackBytes) +
                    "-byte limit\n";
  writeStderr(msg);
  // The traceback of a stack overflow is long; Go prints the top frames. So do we.
  fatal("stack overflow");
}

namespace {

void fatalTrace() {
  if (Thread* th = currentThread()) {
    writeStderr("\n");
    traceback(th);
  }
}

// Prints a parked goroutine's frames (for deadlock reports: the runtime prints the
// `goroutine N [reason]:` line).
void printFrames(runtime::G* gp) {
  if (Thread* th = static_cast<Thread*>(runtime::gvm(gp))) writeStderr(formatFrames(th));
}

// Runs the function at the bottom of th's frames. Returns normally, or after an
// unrecovered panic prints it and ends the process with status 2 (any goroutine's
// unrecovered panic ends the program, as in Go). runtime.Goexit unwinds to here too.
bool runGoroutine(Thread* th) {
  try {
    const Proto* p = th->frames.back().proto;
    if (p->native) {
      th->frames.pop_back();
      th->nativeBase = 0;
      th->nativeTop = p->frameSize;
      p->native(th, th->stack.data());
    } else {
      execute(th, 0);
    }
  } catch (const GoPanic& p) {
    if (p.goexit) return false;
    flushStdout();
    printPanics(th);
    flushStdout();
    std::_Exit(runtime::exitHook ? runtime::exitHook(2) : 2);
  }
  return true;
}

struct MainArgs {
  const Proto* init;
  const Proto* mainFn;
};

// The main goroutine takes the boot thread as its VM state.
// th runs on the current goroutine: its id, and the preempt flag it polls.
void bindToG(Thread* th) {
  runtime::G* g = runtime::getg();
  th->goid = runtime::goid(g);
  th->preempt = pollFlag(g);
  th->stackGuard = runtime::stackGuard();
}

Thread* bindBootThread() {
  Thread* th = bootThread;
  runtime::setgvm(runtime::getg(), th);
  bindToG(th);
  return th;
}

int mainGoroutine(void* arg) {
  auto* a = static_cast<MainArgs*>(arg);
  Thread* th = bindBootThread();
  for (const Proto* fn : {a->init, a->mainFn}) {
    if (!fn) continue;
    th->ensure(fn->frameSize + 1);
    th->pushFrame(fn, 0, fn->staticClosure);
    if (!runGoroutine(th)) runtime::goexit();
  }
  return 0;
}

}  // namespace

// --- REPL session -------------------------------------------------------------------------
//
// Each input runs on the session goroutine (goroutine 1 at first), which reads the next
// input when the input returns; a panic or Ctrl-C unwinds just the input (runInput). Two
// things must bring the prompt back although the input never returns: Ctrl-C while the
// input is parked (a channel operation, a sleep, a lock) and a deadlock (the input parked
// with no goroutine left to wake it: a program dies of it, a session must not). A watcher
// goroutine (a runtime one: not counted, not in tracebacks) sleeps in 20 ms steps while an
// input runs and checks for both; its timer also keeps the scheduler's own deadlock check
// quiet while it watches. Either way the watcher stops the world and cancels the park
// (runtime::cancelPark): a channel operation, select or sleep is undone and the input
// unwinds from where it parked, as runtime.Goexit would. A park it cannot cancel (a lock,
// a WaitGroup) is abandoned instead: the goroutine stays parked, as a leaked goroutine of
// a program would, its Thread marked cancelled (if it ever runs again it unwinds at its
// next safepoint and exits), and a new goroutine with a new Thread becomes the session
// goroutine and reads the next input.

Thread* sessionThread = nullptr;
std::atomic<bool> sessionInterrupt{false};
bool sessionInterrupted = false;

namespace {

struct SessionArgs {
  const Proto* init;
  SessionHooks hooks;
};
SessionArgs sessionArgs;

std::atomic<Thread*> inputThread{nullptr};  // the Thread running an input, if any
std::atomic<runtime::G*> sessionG{nullptr};
std::atomic<std::atomic<bool>*> sessionPoll{nullptr};
uint32_t watchSema = 0;  // released when an input starts

// Runs one REPL input on the session goroutine; an unrecovered panic (or runtime.Goexit)
// ends just the input: its report is printed and the goroutine's state starts afresh.
// Returns whether fn returned.
bool runInput(Thread* th, const Proto* fn) {
  th->ensure(fn->frameSize + 1);
  th->pushFrame(fn, 0, fn->staticClosure);
  inputThread.store(th);
  runtime::semrelease(&watchSema, false);
  bool returned = true;
  try {
    execute(th, 0);
  } catch (const GoPanic& p) {
    flushStdout();
    if (!p.goexit) printPanics(th);
    else if (sessionInterrupted && !th->cancelled) writeStderr("interrupted\n");
    sessionInterrupted = false;
    flushStdout();
    th->frames.clear();
    th->defers.clear();
    th->deferArgs.clear();
    th->panics.clear();
    th->nativeSpans.clear();
    th->nativeTop = th->nativeBase = 0;
    th->inChanOp = false;
    th->fobjTrim();
    returned = false;
  }
  Thread* self = th;
  inputThread.compare_exchange_strong(self, nullptr);
  return returned;
}

// Reads, compiles and runs inputs until the input ends; a Thread the watcher abandoned
// leaves the loop once its input is over.
void sessionLoop(Thread* th) {
  std::string input;
  for (;;) {
    runtime::entersyscall();
    bool more = sessionArgs.hooks.read(input);
    runtime::exitsyscall();
    if (!more) break;
    for (const Proto* fn : sessionArgs.hooks.compile(input))
      if (!runInput(th, fn)) break;
    if (th->cancelled) runtime::goexit();
  }
  flushStdout();
}

void becomeSession(Thread* th) {
  bindToG(th);
  sessionThread = th;
  sessionG.store(runtime::getg());
  sessionPoll.store(th->preempt);
}

// A session goroutine after the first: the watcher's replacement for an abandoned one.
void sessionEntry(void* arg) {
  auto* th = static_cast<Thread*>(arg);
  becomeSession(th);
  sessionLoop(th);
  runtime::exitProcess(0);
}

void sessionWatcher(void*) {
  runtime::markSystemGoroutine();
  for (;;) {
    runtime::semacquire(&watchSema, false, runtime::WaitReason::Semacquire);
    while (Thread* th = inputThread.load()) {
      runtime::timeSleep(20'000'000);
      if (inputThread.load() != th) break;
      bool interrupted = sessionInterrupt.load() && runtime::parked(sessionG.load());
      bool deadlocked = !interrupted && runtime::othersAsleep();
      if (!interrupted && !deadlocked) continue;
      sessionInterrupt.store(false);
      if (deadlocked) runtime::printDeadlock();
      // A channel operation, select or sleep is cancelled where it parked: the input
      // unwinds to runInput, which reports the interrupt.
      sessionInterrupted = interrupted;
      runtime::stopTheWorld();
      bool woke = runtime::cancelPark(sessionG.load());
      runtime::startTheWorld();
      if (woke) break;
      sessionInterrupted = false;
      if (!inputThread.compare_exchange_strong(th, nullptr)) break;
      flushStdout();
      if (interrupted) writeStderr("interrupted\n");
      th->cancelled = 1;
      th->preempt->store(true);
      auto* fresh = new Thread();
      sessionThread = fresh;  // before it runs: the abandoned input no longer unwinds for Ctrl-C
      runtime::newproc(sessionEntry, fresh, fresh);
      break;
    }
  }
}

int sessionGoroutine(void*) {
  Thread* th = bindBootThread();
  becomeSession(th);
  runtime::newproc(sessionWatcher, nullptr, nullptr);
  if (const Proto* init = sessionArgs.init) {
    th->ensure(init->frameSize + 1);
    th->pushFrame(init, 0, init->staticClosure);
    if (!runGoroutine(th)) runtime::goexit();
  }
  sessionLoop(th);
  return 0;
}

}  // namespace

namespace {

void goroutineEntry(void* arg) {
  Thread* th = static_cast<Thread*>(arg);
  bindToG(th);
  runGoroutine(th);
  delete th;
  runtime::goexit();
}

}  // namespace

void spawnGoroutine(Thread* parent, Closure* fn, const uint64_t* args, size_t nargs) {
  if (!fn) panicNilDeref();  // go of a nil func value
  const Proto* p = static_cast<const Proto*>(fn->proto);
  auto* th = new Thread();
  size_t need = std::max<size_t>({nargs, p->frameSize, 1}) + 1;
  th->ensure(need);
  if (nargs) std::memcpy(th->stack.data(), args, nargs * 8);
  th->pushFrame(p, 0, fn);
  if (parent && !parent->frames.empty()) {
    const CallInfo& ci = parent->frames.back();
    th->createdBy = ci.proto;
    th->createdPc = framePc(ci);
    th->createdIn = parent->goid;
  }
  runtime::newproc(goroutineEntry, th, th);
  (void)parent;
}

void setMaxStack(size_t bytes) {
  Thread::maxStackBytes = bytes;
  Thread::maxFrames = std::max<size_t>(bytes / 128, 16);
}

void installRoots();  // vm/roots.cpp

// What the VM sets up before the scheduler starts: the boot thread, the collector's roots,
// the traceback hooks.
static void startVM() {
  bootThread = new Thread();
  clobberDead = runtime::godebug("clobberdead=1");
  installRoots();
  fatalTraceback = fatalTrace;
  runtime::tracebackHook = printFrames;
  // The heap profile's stacks: the allocating goroutine's frames, innermost first.
  runtime::profileStackHook = [](void* vm, uintptr_t* pcs, size_t n) {
    return callerPCs(static_cast<Thread*>(vm), 0, pcs, n);
  };
}

int runMain(const Proto* init, const Proto* mainFn) {
  startVM();
  static MainArgs args;
  args = {init, mainFn};
  runtime::schedmain(mainGoroutine, &args);
}

void interruptSession() {
  if (!inputThread.load()) return;
  sessionInterrupt.store(true);
  if (std::atomic<bool>* poll = sessionPoll.load()) poll->store(true);
}

int runSession(const Proto* init, SessionHooks hooks) {
  startVM();
  sessionArgs = {init, std::move(hooks)};
  runtime::schedmain(sessionGoroutine, nullptr);
}

}  // namespace golite::vm
