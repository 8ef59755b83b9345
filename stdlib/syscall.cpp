// Package syscall's natives (stdlib/go/syscall): Errno's text and the process's ids. The
// system calls proper are package os's (stdlib/os.cpp).
#include <unistd.h>

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

}  // namespace
}  // namespace golite::stdlib::syscall
