// Package syscall's natives (stdlib/go/syscall): Errno's text and the process's ids; and
// internal/syscall/unix's (stdlib/go/internal/syscall/unix): getrandom, fcntl's flags, the
// kernel's version. The system calls proper are package os's (stdlib/os.cpp).
#include <fcntl.h>
#include <sys/random.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include <cstring>
#include <string>

#include "runtime/value.h"
#include "stdlib/abi.h"
#include "vm/native.h"

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

// func fcntlGetfl(fd int) (flags int, e int)
void fcntlGetflNative(vm::Thread*, uint64_t* base) {
  int r = ::fcntl(int(getInt(base, 0)), F_GETFL);
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
GOLITE_NATIVE("internal/syscall/unix.fcntlGetfl", fcntlGetflNative);
GOLITE_NATIVE("internal/syscall/unix.KernelVersion", kernelVersionNative);

}  // namespace
}  // namespace golite::stdlib::syscall
