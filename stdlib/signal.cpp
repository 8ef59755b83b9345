// Natives of os/signal (compiled from Go's source): the runtime links of its
// signal_unix.go, over runtime/sigqueue.cpp.
#include "runtime/sigqueue.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib {

using namespace abi;

// func signal_enable(uint32), signal_disable(uint32), signal_ignore(uint32)
GOLITE_NATIVE("os/signal.signal_enable", [](vm::Thread*, uint64_t* b) { runtime::sigEnable(uint32_t(getUint(b, 0))); });
GOLITE_NATIVE("os/signal.signal_disable", [](vm::Thread*, uint64_t* b) { runtime::sigDisable(uint32_t(getUint(b, 0))); });
GOLITE_NATIVE("os/signal.signal_ignore", [](vm::Thread*, uint64_t* b) { runtime::sigIgnore(uint32_t(getUint(b, 0))); });
// func signal_ignored(uint32) bool
GOLITE_NATIVE("os/signal.signal_ignored", [](vm::Thread*, uint64_t* b) {
  setBool(b, 0, runtime::sigIgnored(uint32_t(getUint(b, 0))));
});
// func signal_recv() uint32: blocks (its M in a system call) until a signal comes.
GOLITE_NATIVE_NOSTACKPTRS("os/signal.signal_recv", [](vm::Thread*, uint64_t* b) { setUint(b, 0, runtime::sigRecv()); });
// func signalWaitUntilIdle()
GOLITE_NATIVE_NOSTACKPTRS("os/signal.signalWaitUntilIdle", [](vm::Thread*, uint64_t*) { runtime::sigWaitUntilIdle(); });

}  // namespace golite::stdlib
