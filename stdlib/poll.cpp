// Natives of internal/poll (compiled from Go's source): the runtime hooks its files
// fd_poll_runtime.go and fd_mutex.go link to, over the network poller (runtime/netpoll.cpp),
// and package net's one runtime link (fastrandu).
#include <fcntl.h>

#include <cstring>
#include <mutex>

#include "runtime/alg.h"
#include "runtime/mbarrier.h"
#include "runtime/value.h"
#include "runtime/netpoll.h"
#include "runtime/proc.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib {

using namespace abi;

namespace {

runtime::pollDesc* pd(const uint64_t* base, int w) { return reinterpret_cast<runtime::pollDesc*>(base[w]); }

}  // namespace

// The poller's operations, each registered under internal/poll's name and package os's
// (stdlib/go/os/poll.go): the same functions.
namespace {
void pollOpenNative(vm::Thread*, uint64_t* b) {  // (fd uintptr) (pd uintptr, errno int)
  runtime::pollServerInit();
  int err = 0;
  runtime::pollDesc* p = runtime::pollOpen(getUint(b, 0), &err);
  setUint(b, 0, reinterpret_cast<uint64_t>(p));
  setInt(b, 1, err);
}
void pollCloseNative(vm::Thread*, uint64_t* b) { runtime::pollClose(pd(b, 0)); }  // (pd uintptr)
void pollResetNative(vm::Thread*, uint64_t* b) {  // (pd uintptr, mode int) int
  setInt(b, 0, runtime::pollReset(pd(b, 0), int(getInt(b, 1))));
}
void pollWaitNative(vm::Thread*, uint64_t* b) {  // (pd uintptr, mode int) int: parks
  runtime::pollDesc* p = pd(b, 0);
  int mode = int(getInt(b, 1));
  setInt(b, 0, runtime::pollWait(p, mode));
}
void pollSetDeadlineNative(vm::Thread*, uint64_t* b) {  // (pd uintptr, d int64, mode int)
  runtime::pollSetDeadline(pd(b, 0), getInt(b, 1), int(getInt(b, 2)));
}
void pollUnblockNative(vm::Thread*, uint64_t* b) { runtime::pollUnblock(pd(b, 0)); }  // (pd uintptr)
}  // namespace

GOLITE_NATIVE("internal/poll.runtime_pollOpen", pollOpenNative);
GOLITE_NATIVE("internal/poll.runtime_pollClose", pollCloseNative);
GOLITE_NATIVE("internal/poll.runtime_pollReset", pollResetNative);
GOLITE_NATIVE_NOSTACKPTRS("internal/poll.runtime_pollWait", pollWaitNative);
GOLITE_NATIVE("internal/poll.runtime_pollSetDeadline", pollSetDeadlineNative);
GOLITE_NATIVE("internal/poll.runtime_pollUnblock", pollUnblockNative);
GOLITE_NATIVE("os.pollOpen", pollOpenNative);
GOLITE_NATIVE("os.pollClose", pollCloseNative);
GOLITE_NATIVE("os.pollReset", pollResetNative);
GOLITE_NATIVE_NOSTACKPTRS("os.pollWait", pollWaitNative);
GOLITE_NATIVE("os.pollSetDeadline", pollSetDeadlineNative);
GOLITE_NATIVE("os.pollUnblock", pollUnblockNative);

// func runtime_pollServerInit()
GOLITE_NATIVE("internal/poll.runtime_pollServerInit", [](vm::Thread*, uint64_t*) { runtime::pollServerInit(); });
// func runtime_isPollServerDescriptor(fd uintptr) bool
GOLITE_NATIVE("internal/poll.runtime_isPollServerDescriptor", [](vm::Thread*, uint64_t* b) {
  setBool(b, 0, runtime::isPollServerDescriptor(getUint(b, 0)));
});
// func runtime_pollWaitCanceled(ctx uintptr, mode int): Windows only.
GOLITE_NATIVE("internal/poll.runtime_pollWaitCanceled", [](vm::Thread*, uint64_t*) {});
// func runtimeNano() int64 (runtime.nanotime)
GOLITE_NATIVE("internal/poll.runtimeNano", [](vm::Thread*, uint64_t* b) { setInt(b, 0, runtime::nanotime()); });
// internal/poll's runtime_Semacquire and runtime_Semrelease are sync's (stdlib/sync.cpp).

// os.ErrDeadlineExceeded is internal/poll's ErrDeadlineExceeded once that package exists
// (stdlib/go/internal/overlay/internal/poll). Whichever package initializes second makes
// the link: os's variable (a global, so a root) gets poll's value. pollErr is a copy of
// poll's global, which is never reassigned: the object stays alive through it.
namespace {
std::mutex deadlineLock;
runtime::Eface* osDeadlineVar = nullptr;
runtime::Eface pollDeadlineErr{};
bool pollDeadlineSet = false;
}  // namespace

// func shareDeadlineError(err error) (internal/poll)
GOLITE_NATIVE("internal/poll.shareDeadlineError", [](vm::Thread*, uint64_t* b) {
  std::lock_guard<std::mutex> g(deadlineLock);
  std::memcpy(&pollDeadlineErr, b, sizeof pollDeadlineErr);
  pollDeadlineSet = true;
  if (osDeadlineVar) runtime::heapMove(osDeadlineVar, &pollDeadlineErr, sizeof pollDeadlineErr);
});
// func useDeadlineError(p *error) (os)
GOLITE_NATIVE("os.useDeadlineError", [](vm::Thread*, uint64_t* b) {
  std::lock_guard<std::mutex> g(deadlineLock);
  osDeadlineVar = reinterpret_cast<runtime::Eface*>(b[0]);
  if (pollDeadlineSet) runtime::heapMove(osDeadlineVar, &pollDeadlineErr, sizeof pollDeadlineErr);
});

// func setNonblock(fd int, nonblocking bool)
GOLITE_NATIVE("os.setNonblock", [](vm::Thread*, uint64_t* b) {
  int fd = int(getInt(b, 0));
  int fl = ::fcntl(fd, F_GETFL);
  if (fl >= 0) ::fcntl(fd, F_SETFL, getBool(b, 1) ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK));
});
// func isNonblock(fd int) bool
GOLITE_NATIVE("os.isNonblock", [](vm::Thread*, uint64_t* b) {
  int fl = ::fcntl(int(getInt(b, 0)), F_GETFL);
  setBool(b, 0, fl >= 0 && (fl & O_NONBLOCK) != 0);
});
// func yield(): a closing file waits for its reads and writes to end.
GOLITE_NATIVE_NOSTACKPTRS("os.yield", [](vm::Thread*, uint64_t*) { runtime::Gosched(); });

// func fastrandu() uint (net's dnsclient.go, runtime.fastrandu)
GOLITE_NATIVE("net.fastrandu", [](vm::Thread*, uint64_t* b) { setUint(b, 0, runtime::fastrand64()); });

}  // namespace golite::stdlib
