// Package os's natives; its reads and writes go through the runtime's fd layer
// (runtime/write.h), which owns the stdout buffer.
#include "stdlib/os.h"

#include "runtime/proc.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "runtime/malloc.h"
#include "runtime/value.h"
#include "runtime/write.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::os {
namespace {

std::vector<std::string>& argsStore() {
  static std::vector<std::string> args;
  return args;
}

}  // namespace

void setOSArgs(std::vector<std::string> args) { argsStore() = std::move(args); }
const std::vector<std::string>& osArgs() { return argsStore(); }

namespace {

using namespace abi;
using runtime::exitProcess;
using runtime::readFd;
using runtime::writeFd;

// func write(fd int, b []byte) (n int, errno int)
void writeNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoSlice b = getSlice(base, 1);
  int64_t r = writeFd(fd, b.ptr, size_t(b.len));
  setInt(base, 0, r < 0 ? 0 : r);
  setInt(base, 1, r < 0 ? -r : 0);
}

// func writeString(fd int, s string) (n int, errno int)
void writeStringNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoString s = getString(base, 1);
  int64_t r = writeFd(fd, s.ptr, size_t(s.len));
  setInt(base, 0, r < 0 ? 0 : r);
  setInt(base, 1, r < 0 ? -r : 0);
}

// func read(fd int, b []byte) (n int, errno int)
void readNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoSlice b = getSlice(base, 1);
  int64_t r = readFd(fd, b.ptr, size_t(b.len));
  setInt(base, 0, r < 0 ? 0 : r);
  setInt(base, 1, r < 0 ? -r : 0);
}

std::string cstr(std::string_view s) { return std::string(s); }

// func open(name string, flag int, perm uint32) (fd int, errno int)
void openNative(vm::Thread*, uint64_t* base) {
  std::string name = cstr(getStringView(base, 0));
  int flag = int(getInt(base, 2));
  mode_t perm = mode_t(getUint(base, 3) & 0777);
  int fd;
  do {
    fd = ::open(name.c_str(), flag | O_CLOEXEC, perm);
  } while (fd < 0 && errno == EINTR);
  setInt(base, 0, fd < 0 ? -1 : fd);
  setInt(base, 1, fd < 0 ? errno : 0);
}

// func closeFd(fd int) (errno int)
void closeNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  if (fd == 1) runtime::flushStdout();
  int r = ::close(fd);
  setInt(base, 0, r < 0 ? errno : 0);
}

// func errnoString(errno int) string: Go's syscall error texts are the C library's.
void errnoStringNative(vm::Thread*, uint64_t* base) {
  int e = int(getInt(base, 0));
  const char* s = strerrordesc_np(e);
  std::string text = s ? s : "errno " + std::to_string(e);
  // Go's table spells these in lower case.
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z')) {
    text[0] = char(text[0] + ('a' - 'A'));
  }
  setString(base, 0, runtime::gostring(text));
}

// func readFile(name string) (data []byte, errno int)
void readFileNative(vm::Thread*, uint64_t* base) {
  std::string name = cstr(getStringView(base, 0));
  int fd;
  do {
    fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    setSlice(base, 0, GoSlice{nullptr, 0, 0});
    setInt(base, 3, errno);
    return;
  }
  std::string data;
  char chunk[1 << 16];
  int err = 0;
  for (;;) {
    ssize_t r = ::read(fd, chunk, sizeof chunk);
    if (r < 0) {
      if (errno == EINTR) continue;
      err = errno;
      break;
    }
    if (r == 0) break;
    data.append(chunk, size_t(r));
  }
  ::close(fd);
  void* p = runtime::mallocgc(data.size() ? data.size() : 1, nullptr, false);
  std::memcpy(p, data.data(), data.size());
  setSlice(base, 0, GoSlice{p, int64_t(data.size()), int64_t(data.size())});
  setInt(base, 3, err);
}

// func Getenv(key string) string
void getenvNative(vm::Thread*, uint64_t* base) {
  std::string key = cstr(getStringView(base, 0));
  const char* v = std::getenv(key.c_str());
  setString(base, 0, runtime::gostring(v ? std::string_view(v) : std::string_view()));
}

// func lookupEnv(key string) (string, bool)
void lookupEnvNative(vm::Thread*, uint64_t* base) {
  std::string key = cstr(getStringView(base, 0));
  const char* v = std::getenv(key.c_str());
  setString(base, 0, runtime::gostring(v ? std::string_view(v) : std::string_view()));
  setBool(base, 2, v != nullptr);
}

// func setenv(key, value string) (errno int)
void setenvNative(vm::Thread*, uint64_t* base) {
  std::string key = cstr(getStringView(base, 0));
  std::string value = cstr(getStringView(base, 2));
  int r = ::setenv(key.c_str(), value.c_str(), 1);
  setInt(base, 0, r < 0 ? errno : 0);
}

// func unsetenv(key string) (errno int)
void unsetenvNative(vm::Thread*, uint64_t* base) {
  std::string key = cstr(getStringView(base, 0));
  int r = ::unsetenv(key.c_str());
  setInt(base, 0, r < 0 ? errno : 0);
}

// func remove(name string) (errno int)
void removeNative(vm::Thread*, uint64_t* base) {
  std::string name = cstr(getStringView(base, 0));
  int r = ::unlink(name.c_str());
  if (r < 0 && (errno == EISDIR || errno == EPERM)) r = ::rmdir(name.c_str());
  setInt(base, 0, r < 0 ? errno : 0);
}

void mkdirNative(vm::Thread*, uint64_t* base) {
  std::string name = cstr(getStringView(base, 0));
  int r = ::mkdir(name.c_str(), mode_t(getInt(base, 2)));
  setInt(base, 0, r < 0 ? errno : 0);
}

// removeAll(path) errno: the path and everything below it (std::filesystem::remove_all);
// a path that does not exist is no error, as in Go.
void removeAllNative(vm::Thread*, uint64_t* base) {
  std::string name = cstr(getStringView(base, 0));
  std::error_code ec;
  std::filesystem::remove_all(name, ec);
  setInt(base, 0, ec ? ec.value() : 0);
}

GOLITE_NATIVE("os.mkdir", mkdirNative);
GOLITE_NATIVE("os.removeAll", removeAllNative);
GOLITE_NATIVE("os.runtime_nargs",
              [](vm::Thread*, uint64_t* b) { setInt(b, 0, int64_t(osArgs().size())); });
GOLITE_NATIVE("os.runtime_arg", [](vm::Thread*, uint64_t* b) {
  int64_t i = getInt(b, 0);
  const auto& args = osArgs();
  setString(b, 0, i >= 0 && size_t(i) < args.size() ? runtime::gostring(args[size_t(i)])
                                                     : runtime::GoString{nullptr, 0});
});
GOLITE_NATIVE("os.write", writeNative);
GOLITE_NATIVE("os.writeString", writeStringNative);
GOLITE_NATIVE("os.read", readNative);
GOLITE_NATIVE("os.open", openNative);
GOLITE_NATIVE("os.closeFd", closeNative);
GOLITE_NATIVE("os.errnoString", errnoStringNative);
GOLITE_NATIVE("os.readFile", readFileNative);
GOLITE_NATIVE("os.Getenv", getenvNative);
GOLITE_NATIVE("os.lookupEnv", lookupEnvNative);
GOLITE_NATIVE("os.setenv", setenvNative);
GOLITE_NATIVE("os.unsetenv", unsetenvNative);
GOLITE_NATIVE("os.remove", removeNative);
GOLITE_NATIVE("os.Getpid", [](vm::Thread*, uint64_t* b) { setInt(b, 0, ::getpid()); });
GOLITE_NATIVE("os.Exit", [](vm::Thread*, uint64_t* b) { exitProcess(int(getInt(b, 0))); });

}  // namespace
}  // namespace golite::stdlib::os
