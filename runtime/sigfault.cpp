// Memory faults (SIGSEGV, SIGBUS) end the program as Go's do, never as a host crash.
//
// Go code cannot fault through the VM's own checks (nil pointers, bounds, conversions are
// checked by the instructions); what faults is memory reached through unsafe (a uintptr
// made into a pointer, a mapping a program unmapped or protected). Go then prints
// `unexpected fault address 0x...`, `fatal error: fault` and the signal line, or, for an
// address in the first page, the nil-pointer panic, then the goroutine's traceback, and
// exits with status 2. So does golite: the handler runs on a signal stack of its own (each
// M has one, so a fault with the stack exhausted is reported too), writes those lines,
// the traceback of the goroutine that faulted (the VM's frames, by fatalTraceback), and
// exits. A fault on a thread that runs no goroutine is golite's own: `fatal error:
// unexpected signal during runtime execution`, as Go says of its runtime.
//
// Go can turn a fault into a panic a deferred call may recover (debug.SetPanicOnFault);
// golite cannot yet: that would unwind from the handler into the interpreter.
//
// Under the sanitizers the handler is not installed: theirs report the fault.
#include <atomic>
#include <cinttypes>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <sys/mman.h>
#include <unistd.h>

#include "runtime/panic.h"
#include "runtime/proc.h"
#include "runtime/runtime2.h"
#include "runtime/write.h"

namespace golite::runtime {

namespace {

constexpr size_t kSignalStackBytes = 64 << 10;

#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
std::atomic<bool> faulting{false};

void onFault(int sig, siginfo_t* info, void* uctx) {
  if (faulting.exchange(true)) _exit(2);  // a second fault while reporting one
  auto* uc = static_cast<ucontext_t*>(uctx);
  uintptr_t addr = reinterpret_cast<uintptr_t>(info->si_addr);
  uintptr_t pc = uintptr_t(uc->uc_mcontext.gregs[REG_RIP]);
  const char* name = sig == SIGBUS ? "SIGBUS: bus error" : "SIGSEGV: segmentation violation";
  char line[256];
  std::snprintf(line, sizeof line, "[signal %s code=%#x addr=%#" PRIxPTR " pc=%#" PRIxPTR "]\n", name,
                unsigned(info->si_code), addr, pc);
  G* gp = currentGForSignal();
  flushStdout();
  if (gp == nullptr || gp->vm == nullptr) {
    writeStderr("fatal error: unexpected signal during runtime execution\n");
    writeStderr(line);
    _exit(2);
  }
  if (addr < 4096) {
    writeStderr("panic: runtime error: invalid memory address or nil pointer dereference\n");
  } else {
    char head[96];
    std::snprintf(head, sizeof head, "unexpected fault address %#" PRIxPTR "\nfatal error: fault\n", addr);
    writeStderr(head);
  }
  writeStderr(line);
  if (fatalTraceback) fatalTraceback();
  _exit(2);
}
#endif

}  // namespace

void installFaultHandler() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return;
#else
  struct sigaction sa {};
  sa.sa_sigaction = onFault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
  installSignalStack();
#endif
}

void installSignalStack() {
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  void* p = mmap(nullptr, kSignalStackBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return;
  stack_t ss{};
  ss.ss_sp = p;
  ss.ss_size = kSignalStackBytes;
  sigaltstack(&ss, nullptr);
#endif
}

}  // namespace golite::runtime
