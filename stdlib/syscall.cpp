// Package syscall's natives (stdlib/go/syscall): Errno's text, the process's ids, the
// environment, the raw system-call entry points Syscall, Syscall6, RawSyscall and
// RawSyscall6 (Go's asm_linux_amd64.s), over which the Go side writes its sockets, pipes
// and file-descriptor calls, and Read and Write, which share package os's stdout buffer;
// and internal/syscall/unix's (stdlib/go/internal/syscall/unix): getrandom and the kernel's
// version. Package os's own system calls are natives of stdlib/os.cpp.
#include <sys/random.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include <cstring>
#include <string>

#include "runtime/proc.h"
#include "runtime/value.h"
#include "runtime/write.h"
#include "stdlib/abi.h"
#include "vm/native.h"

extern char** environ;

namespace golite::stdlib::syscall {
namespace {

using namespace abi;

// func errstr(e int) string: Go's table is the C library's texts with the first letter
// in lower case (unless the word is an acronym: "RPC struct is bad"); "errno N" where
// the table has none.
void errstrNative(vm::Thread*, uint64_t* base) {
  int e = int(getInt(base, 0));
  const char* s = e > 0 ? strerrordesc_np(e) : nullptr;
  std::string text = s ? s : "errno " + std::to_string(e);
  if (text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = char(text[0] + ('a' - 'A'));
  setString(base, 0, runtime::gostring(text));
}

GOLITE_NATIVE("syscall.errstr", errstrNative);
GOLITE_NATIVE("syscall.Getpagesize", [](vm::Thread*, uint64_t* b) { setInt(b, 0, ::getpagesize()); });
GOLITE_NATIVE("syscall.Getpid", [](vm::Thread*, uint64_t* b) { setInt(b, 0, ::getpid()); });
GOLITE_NATIVE("syscall.Getppid", [](vm::Thread*, uint64_t* b) { setInt(b, 0, ::getppid()); });
GOLITE_NATIVE("syscall.Getuid", [](vm::Thread*, uint64_t* b) { setInt(b, 0, ::getuid()); });
GOLITE_NATIVE("syscall.Geteuid", [](vm::Thread*, uint64_t* b) { setInt(b, 0, ::geteuid()); });
GOLITE_NATIVE("syscall.Getgid", [](vm::Thread*, uint64_t* b) { setInt(b, 0, ::getgid()); });
GOLITE_NATIVE("syscall.Getegid", [](vm::Thread*, uint64_t* b) { setInt(b, 0, ::getegid()); });

// func Getenv(key string) (value string, found bool): the C library's environment, which
// is the one package os reads and writes (stdlib/os.cpp).
void getenvNative(vm::Thread*, uint64_t* base) {
  std::string key(getStringView(base, 0));
  const char* v = std::getenv(key.c_str());
  setString(base, 0, runtime::gostring(v ? std::string_view(v) : std::string_view()));
  setBool(base, 2, v != nullptr);
}

GOLITE_NATIVE("syscall.Getenv", getenvNative);

int64_t environLen() {
  int64_t n = 0;
  for (char** e = environ; e && *e; ++e) ++n;
  return n;
}

// func environLen() int, environAt(i int) string: Environ's entries.
GOLITE_NATIVE("syscall.environLen", [](vm::Thread*, uint64_t* b) { setInt(b, 0, environLen()); });
GOLITE_NATIVE("syscall.environAt", [](vm::Thread*, uint64_t* b) {
  int64_t i = getInt(b, 0);
  const char* e = i >= 0 && i < environLen() ? environ[i] : nullptr;
  setString(b, 0, runtime::gostring(e ? std::string_view(e) : std::string_view()));
});

// --- raw system calls ---------------------------------------------------------------------
//
// func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno), and Syscall6 with six
// arguments: as Go's on linux/amd64, r1 is the kernel's result and err 0 on success; on
// failure r1 is -1, r2 0 and err the errno. (The C library's syscall(2) does not give
// rdx, Go's r2; no call golite's packages make reads it.) The arguments are addresses and
// numbers the Go side has prepared; the objects they point to stay reachable from the
// caller's frame, and the collector does not move objects, so the kernel may write them.
//
// Syscall and Syscall6 tell the scheduler around the call (entersyscall, exitsyscall), so
// that a call which blocks (accept, a read of a socket or a pipe) lets sysmon hand this
// M's P to another M meanwhile; RawSyscall and RawSyscall6 do not, for calls that never
// block. errno is read before exitsyscall, which may make system calls of its own.

template <int N, bool kBlocking>
void syscallNative(vm::Thread*, uint64_t* base) {
  long trap = long(getUint(base, 0));
  long a[6] = {0, 0, 0, 0, 0, 0};
  for (int i = 0; i < N; i++) a[i] = long(getUint(base, 1 + i));
  bool inGo = kBlocking && runtime::getg() != nullptr;
  if (inGo) runtime::entersyscall();
  long r = ::syscall(trap, a[0], a[1], a[2], a[3], a[4], a[5]);
  int e = r == -1 ? errno : 0;
  if (inGo) runtime::exitsyscall();
  setUint(base, 0, e != 0 ? ~uint64_t(0) : uint64_t(r));
  setUint(base, 1, 0);
  setUint(base, 2, uint64_t(e));
}

GOLITE_NATIVE("syscall.Syscall", (syscallNative<3, true>));
GOLITE_NATIVE("syscall.Syscall6", (syscallNative<6, true>));
GOLITE_NATIVE("syscall.RawSyscall", (syscallNative<3, false>));
GOLITE_NATIVE("syscall.RawSyscall6", (syscallNative<6, false>));

// func readFd(fd int, p []byte) (n int, err Errno): read(2), except that fd 0 flushes the
// stdout buffer first, as package os's reads do (runtime/write.h).
void readFdNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoSlice p = getSlice(base, 1);
  int64_t r;
  if (fd == 0) {
    r = runtime::readFd(fd, p.ptr, size_t(p.len));
  } else {
    bool inGo = runtime::getg() != nullptr;
    if (inGo) runtime::entersyscall();
    ssize_t n = ::read(fd, p.ptr, size_t(p.len));
    r = n < 0 ? -int64_t(errno) : int64_t(n);
    if (inGo) runtime::exitsyscall();
  }
  setInt(base, 0, r < 0 ? -1 : r);
  setUint(base, 1, r < 0 ? uint64_t(-r) : 0);
}

// func writeFd(fd int, p []byte) (n int, err Errno): write(2), except that fds 1 and 2 go
// through the stdout buffer as package os's and fmt's writes do, so that their order is
// kept (runtime/write.h).
void writeFdNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoSlice p = getSlice(base, 1);
  int64_t r;
  if (fd == 1 || fd == 2) {
    r = runtime::writeFd(fd, p.ptr, size_t(p.len));
  } else {
    bool inGo = runtime::getg() != nullptr;
    if (inGo) runtime::entersyscall();
    ssize_t n = ::write(fd, p.ptr, size_t(p.len));
    r = n < 0 ? -int64_t(errno) : int64_t(n);
    if (inGo) runtime::exitsyscall();
  }
  setInt(base, 0, r < 0 ? -1 : r);
  setUint(base, 1, r < 0 ? uint64_t(-r) : 0);
}

GOLITE_NATIVE("syscall.readFd", readFdNative);
GOLITE_NATIVE("syscall.writeFd", writeFdNative);

// func getrandom(p []byte, flags uintptr) (n int, e int): one call, as Go's (a short
// read is the caller's to retry; EINTR is retried here, as the runtime's signals cause it).
void getrandomNative(vm::Thread*, uint64_t* base) {
  GoSlice p = getSlice(base, 0);
  auto flags = unsigned(getUint(base, 3));
  ssize_t r;
  do {
    r = ::getrandom(p.ptr, size_t(p.len), flags);
  } while (r < 0 && errno == EINTR);
  setInt(base, 0, r < 0 ? 0 : r);
  setInt(base, 1, r < 0 ? errno : 0);
}

// func KernelVersion() (major int, minor int): from uname's release, "6.1.0-13-amd64".
void kernelVersionNative(vm::Thread*, uint64_t* base) {
  struct utsname u;
  int major = 0, minor = 0;
  if (::uname(&u) == 0 && std::sscanf(u.release, "%d.%d", &major, &minor) != 2) major = minor = 0;
  setInt(base, 0, major);
  setInt(base, 1, minor);
}

GOLITE_NATIVE("internal/syscall/unix.getrandom", getrandomNative);
GOLITE_NATIVE("internal/syscall/unix.KernelVersion", kernelVersionNative);

}  // namespace
}  // namespace golite::stdlib::syscall
