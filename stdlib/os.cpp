// Package os's natives: its system calls (stdlib/go/os/sys.go). Each returns the C errno
// (0 on success) and leaves the error's making to Go, as Go's os does with syscall's
// results. Reads and writes go through the runtime's fd layer (runtime/write.h), which
// owns the stdout buffer: anything that reaches fd 1 by another way (pwrite, seek, fsync,
// close) flushes that buffer first. A path holding a NUL byte is EINVAL, as in Go.
#include "stdlib/os.h"

#include "runtime/proc.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <random>

#include "runtime/malloc.h"
#include "runtime/value.h"
#include "runtime/write.h"
#include "stdlib/abi.h"
#include "vm/native.h"

extern char** environ;

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

// The Go string at word w as a C path; false (and errno EINVAL) if it holds a NUL.
bool cpath(const uint64_t* base, int w, std::string& out) {
  std::string_view s = getStringView(base, w);
  if (s.find('\0') != std::string_view::npos) return false;
  out.assign(s);
  return true;
}

// Writes a system call's result r (-1 on failure) as the errno result at word w.
void setErrno(uint64_t* base, int w, long r) { setInt(base, w, r < 0 ? errno : 0); }

// Natives of the form f(path string[, int]) (e int): the path at word 0, the call's
// result (-1 with errno on failure) written at word 0.
template <class Call>
void pathCall(uint64_t* base, Call call) {
  std::string p;
  if (!cpath(base, 0, p)) {
    setInt(base, 0, EINVAL);
    return;
  }
  long r;
  do {
    r = call(p.c_str());
  } while (r < 0 && errno == EINTR);
  setErrno(base, 0, r);
}

// Natives of the form f(old, new string) (e int).
template <class Call>
void twoPathCall(uint64_t* base, Call call) {
  std::string a, b;
  if (!cpath(base, 0, a) || !cpath(base, 2, b)) {
    setInt(base, 0, EINVAL);
    return;
  }
  long r;
  do {
    r = call(a.c_str(), b.c_str());
  } while (r < 0 && errno == EINTR);
  setErrno(base, 0, r);
}

// Natives of the form f(fd int[, int]) (e int).
template <class Call>
void fdCall(uint64_t* base, Call call) {
  int fd = int(getInt(base, 0));
  if (fd == 1) runtime::flushStdout();
  long r;
  do {
    r = call(fd);
  } while (r < 0 && errno == EINTR);
  setErrno(base, 0, r);
}

// func write(fd int, b []byte) (n int, e int)
void writeNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoSlice b = getSlice(base, 1);
  int64_t r = writeFd(fd, b.ptr, size_t(b.len));
  setInt(base, 0, r < 0 ? 0 : r);
  setInt(base, 1, r < 0 ? -r : 0);
}

// func writeString(fd int, s string) (n int, e int)
void writeStringNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoString s = getString(base, 1);
  int64_t r = writeFd(fd, s.ptr, size_t(s.len));
  setInt(base, 0, r < 0 ? 0 : r);
  setInt(base, 1, r < 0 ? -r : 0);
}

// func read(fd int, b []byte) (n int, e int)
void readNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoSlice b = getSlice(base, 1);
  int64_t r = readFd(fd, b.ptr, size_t(b.len));
  setInt(base, 0, r < 0 ? 0 : r);
  setInt(base, 1, r < 0 ? -r : 0);
}

// func pread(fd int, b []byte, off int64) (n int, e int); pwrite likewise.
void preadNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoSlice b = getSlice(base, 1);
  off_t off = off_t(getInt(base, 4));
  ssize_t r;
  do {
    r = ::pread(fd, b.ptr, size_t(b.len), off);
  } while (r < 0 && errno == EINTR);
  setInt(base, 0, r < 0 ? 0 : r);
  setErrno(base, 1, r);
}

void pwriteNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoSlice b = getSlice(base, 1);
  off_t off = off_t(getInt(base, 4));
  if (fd == 1) runtime::flushStdout();
  ssize_t r;
  do {
    r = ::pwrite(fd, b.ptr, size_t(b.len), off);
  } while (r < 0 && errno == EINTR);
  setInt(base, 0, r < 0 ? 0 : r);
  setErrno(base, 1, r);
}

// func seek(fd int, off int64, whence int) (ret int64, e int)
void seekNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  off_t off = off_t(getInt(base, 1));
  int whence = int(getInt(base, 2));
  if (fd == 1) runtime::flushStdout();
  off_t r = ::lseek(fd, off, whence);
  setInt(base, 0, r < 0 ? 0 : r);
  setErrno(base, 1, r);
}

// func open(name string, flag int, perm uint32) (fd int, e int)
void openNative(vm::Thread*, uint64_t* base) {
  std::string name;
  if (!cpath(base, 0, name)) {
    setInt(base, 0, -1);
    setInt(base, 1, EINVAL);
    return;
  }
  int flag = int(getInt(base, 2));
  mode_t perm = mode_t(getUint(base, 3) & 07777);
  int fd;
  do {
    fd = ::open(name.c_str(), flag | O_CLOEXEC, perm);
  } while (fd < 0 && errno == EINTR);
  setInt(base, 0, fd < 0 ? -1 : fd);
  setErrno(base, 1, fd);
}

// func closeFd(fd int) (e int): not retried on EINTR (the descriptor is gone either way).
void closeNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  if (fd == 1) runtime::flushStdout();
  setErrno(base, 0, ::close(fd));
}

// func getdents(fd int, buf []byte) (n int, e int): linux_dirent64 records.
void getdentsNative(vm::Thread*, uint64_t* base) {
  int fd = int(getInt(base, 0));
  GoSlice b = getSlice(base, 1);
  long r;
  do {
    r = ::syscall(SYS_getdents64, fd, b.ptr, size_t(b.len));
  } while (r < 0 && errno == EINTR);
  setInt(base, 0, r < 0 ? 0 : r);
  setErrno(base, 1, r);
}

// func readFile(name string) (data []byte, e int, opened bool)
void readFileNative(vm::Thread*, uint64_t* base) {
  std::string name;
  int fd = -1;
  if (cpath(base, 0, name)) {
    do {
      fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
  } else {
    errno = EINVAL;
  }
  if (fd < 0) {
    int e = errno;
    setSlice(base, 0, GoSlice{nullptr, 0, 0});
    setInt(base, 3, e);
    setBool(base, 4, false);
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
  setBool(base, 4, true);
}

// syscall.Stat_t as Go lays it out on linux/amd64 (stdlib/go/syscall): filled field by
// field so that it does not depend on the C library's struct stat layout.
struct GoStat {
  uint64_t dev, ino, nlink;
  uint32_t mode, uid, gid;
  int32_t pad0;
  uint64_t rdev;
  int64_t size, blksize, blocks;
  int64_t atimSec, atimNsec, mtimSec, mtimNsec, ctimSec, ctimNsec;
  int64_t unused[3];
};
static_assert(sizeof(GoStat) == 144);

void fillStat(uint64_t* base, int w, const struct stat& st) {
  auto* g = reinterpret_cast<GoStat*>(base[w]);
  *g = GoStat{};
  g->dev = st.st_dev;
  g->ino = st.st_ino;
  g->nlink = st.st_nlink;
  g->mode = st.st_mode;
  g->uid = st.st_uid;
  g->gid = st.st_gid;
  g->rdev = st.st_rdev;
  g->size = st.st_size;
  g->blksize = st.st_blksize;
  g->blocks = st.st_blocks;
  g->atimSec = st.st_atim.tv_sec;
  g->atimNsec = st.st_atim.tv_nsec;
  g->mtimSec = st.st_mtim.tv_sec;
  g->mtimNsec = st.st_mtim.tv_nsec;
  g->ctimSec = st.st_ctim.tv_sec;
  g->ctimNsec = st.st_ctim.tv_nsec;
}

// func stat(name string, st *syscall.Stat_t) (e int); lstat likewise.
template <bool Follow>
void statNative(vm::Thread*, uint64_t* base) {
  std::string name;
  if (!cpath(base, 0, name)) {
    setInt(base, 0, EINVAL);
    return;
  }
  struct stat st;
  int r;
  do {
    r = Follow ? ::stat(name.c_str(), &st) : ::lstat(name.c_str(), &st);
  } while (r < 0 && errno == EINTR);
  if (r == 0) fillStat(base, 2, st);
  setErrno(base, 0, r);
}

// func fstat(fd int, st *syscall.Stat_t) (e int)
void fstatNative(vm::Thread*, uint64_t* base) {
  struct stat st;
  int r = ::fstat(int(getInt(base, 0)), &st);
  if (r == 0) fillStat(base, 1, st);
  setErrno(base, 0, r);
}

// func readlink(name string, buf []byte) (n int, e int)
void readlinkNative(vm::Thread*, uint64_t* base) {
  std::string name;
  if (!cpath(base, 0, name)) {
    setInt(base, 0, 0);
    setInt(base, 1, EINVAL);
    return;
  }
  GoSlice b = getSlice(base, 2);
  ssize_t r;
  do {
    r = ::readlink(name.c_str(), static_cast<char*>(b.ptr), size_t(b.len));
  } while (r < 0 && errno == EINTR);
  setInt(base, 0, r < 0 ? 0 : r);
  setErrno(base, 1, r);
}

// func chown(name string, uid, gid int, follow bool) (e int)
void chownNative(vm::Thread*, uint64_t* base) {
  uid_t uid = uid_t(getInt(base, 2));
  gid_t gid = gid_t(getInt(base, 3));
  bool follow = getBool(base, 4);
  pathCall(base, [&](const char* p) { return follow ? ::chown(p, uid, gid) : ::lchown(p, uid, gid); });
}

// func utimes(name string, atimeNsec, mtimeNsec int64) (e int)
void utimesNative(vm::Thread*, uint64_t* base) {
  int64_t a = getInt(base, 2), m = getInt(base, 3);
  auto ts = [](int64_t ns) {
    struct timespec t;
    t.tv_sec = ns / 1000000000;
    t.tv_nsec = ns % 1000000000;
    if (t.tv_nsec < 0) {
      t.tv_nsec += 1000000000;
      t.tv_sec--;
    }
    return t;
  };
  struct timespec times[2] = {ts(a), ts(m)};
  pathCall(base, [&](const char* p) { return ::utimensat(AT_FDCWD, p, times, 0); });
}

// func getcwd() (dir string, e int)
void getcwdNative(vm::Thread*, uint64_t* base) {
  std::string buf(4096, '\0');
  for (;;) {
    if (::getcwd(buf.data(), buf.size())) {
      setString(base, 0, runtime::gostring(std::string_view(buf.c_str())));
      setInt(base, 2, 0);
      return;
    }
    if (errno != ERANGE) break;
    buf.resize(buf.size() * 2);
  }
  int e = errno;
  setString(base, 0, GoString{nullptr, 0});
  setInt(base, 2, e);
}

// func Getenv(key string) string
void getenvNative(vm::Thread*, uint64_t* base) {
  std::string key(getStringView(base, 0));
  const char* v = std::getenv(key.c_str());
  setString(base, 0, runtime::gostring(v ? std::string_view(v) : std::string_view()));
}

// func lookupEnv(key string) (string, bool)
void lookupEnvNative(vm::Thread*, uint64_t* base) {
  std::string key(getStringView(base, 0));
  const char* v = std::getenv(key.c_str());
  setString(base, 0, runtime::gostring(v ? std::string_view(v) : std::string_view()));
  setBool(base, 2, v != nullptr);
}

// func setenv(key, value string) (e int): Go refuses an empty key and one holding '=' or
// NUL, and a value holding NUL.
void setenvNative(vm::Thread*, uint64_t* base) {
  std::string_view key = getStringView(base, 0), value = getStringView(base, 2);
  if (key.empty() || key.find_first_of(std::string_view("=\0", 2)) != std::string_view::npos ||
      value.find('\0') != std::string_view::npos) {
    setInt(base, 0, EINVAL);
    return;
  }
  int r = ::setenv(std::string(key).c_str(), std::string(value).c_str(), 1);
  setErrno(base, 0, r);
}

// func unsetenv(key string) (e int): never an error in Go (a key the C library refuses
// cannot have been set).
void unsetenvNative(vm::Thread*, uint64_t* base) {
  std::string key(getStringView(base, 0));
  ::unsetenv(key.c_str());
  setInt(base, 0, 0);
}


// fastrand: splitmix64 over a process-wide counter seeded from the system's entropy.
uint32_t fastrand() {
  static std::atomic<uint64_t> state{(uint64_t(std::random_device{}()) << 32) ^ std::random_device{}()};
  uint64_t z = state.fetch_add(0x9e3779b97f4a7c15, std::memory_order_relaxed) + 0x9e3779b97f4a7c15;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return uint32_t((z ^ (z >> 31)) >> 32);
}

GOLITE_NATIVE("os.runtime_nargs",
              [](vm::Thread*, uint64_t* b) { setInt(b, 0, int64_t(osArgs().size())); });
GOLITE_NATIVE("os.runtime_arg", [](vm::Thread*, uint64_t* b) {
  int64_t i = getInt(b, 0);
  const auto& args = osArgs();
  setString(b, 0, i >= 0 && size_t(i) < args.size() ? runtime::gostring(args[size_t(i)])
                                                     : runtime::GoString{nullptr, 0});
});
GOLITE_NATIVE("os.Exit", [](vm::Thread*, uint64_t* b) { exitProcess(int(getInt(b, 0))); });

GOLITE_NATIVE("os.open", openNative);
GOLITE_NATIVE("os.closeFd", closeNative);
GOLITE_NATIVE("os.read", readNative);
GOLITE_NATIVE("os.write", writeNative);
GOLITE_NATIVE("os.writeString", writeStringNative);
GOLITE_NATIVE("os.pread", preadNative);
GOLITE_NATIVE("os.pwrite", pwriteNative);
GOLITE_NATIVE("os.seek", seekNative);
GOLITE_NATIVE("os.fsync", [](vm::Thread*, uint64_t* b) { fdCall(b, [](int fd) { return ::fsync(fd); }); });
GOLITE_NATIVE("os.ftruncate", [](vm::Thread*, uint64_t* b) {
  off_t size = off_t(getInt(b, 1));
  fdCall(b, [size](int fd) { return ::ftruncate(fd, size); });
});
GOLITE_NATIVE("os.fchmod", [](vm::Thread*, uint64_t* b) {
  mode_t mode = mode_t(getUint(b, 1) & 07777);
  fdCall(b, [mode](int fd) { return ::fchmod(fd, mode); });
});
GOLITE_NATIVE("os.fchown", [](vm::Thread*, uint64_t* b) {
  uid_t uid = uid_t(getInt(b, 1));
  gid_t gid = gid_t(getInt(b, 2));
  fdCall(b, [uid, gid](int fd) { return ::fchown(fd, uid, gid); });
});
GOLITE_NATIVE("os.fchdir", [](vm::Thread*, uint64_t* b) { fdCall(b, [](int fd) { return ::fchdir(fd); }); });
GOLITE_NATIVE("os.getdents", getdentsNative);
GOLITE_NATIVE("os.readFile", readFileNative);

GOLITE_NATIVE("os.stat", statNative<true>);
GOLITE_NATIVE("os.lstat", statNative<false>);
GOLITE_NATIVE("os.fstat", fstatNative);
GOLITE_NATIVE("os.mkdir", [](vm::Thread*, uint64_t* b) {
  mode_t perm = mode_t(getUint(b, 2) & 07777);
  pathCall(b, [perm](const char* p) { return ::mkdir(p, perm); });
});
GOLITE_NATIVE("os.unlink", [](vm::Thread*, uint64_t* b) { pathCall(b, [](const char* p) { return ::unlink(p); }); });
GOLITE_NATIVE("os.rmdir", [](vm::Thread*, uint64_t* b) { pathCall(b, [](const char* p) { return ::rmdir(p); }); });
GOLITE_NATIVE("os.chdir", [](vm::Thread*, uint64_t* b) { pathCall(b, [](const char* p) { return ::chdir(p); }); });
GOLITE_NATIVE("os.chmod", [](vm::Thread*, uint64_t* b) {
  mode_t mode = mode_t(getUint(b, 2) & 07777);
  pathCall(b, [mode](const char* p) { return ::chmod(p, mode); });
});
GOLITE_NATIVE("os.truncate", [](vm::Thread*, uint64_t* b) {
  off_t size = off_t(getInt(b, 2));
  pathCall(b, [size](const char* p) { return ::truncate(p, size); });
});
GOLITE_NATIVE("os.chown", chownNative);
GOLITE_NATIVE("os.utimes", utimesNative);
GOLITE_NATIVE("os.rename", [](vm::Thread*, uint64_t* b) {
  twoPathCall(b, [](const char* o, const char* n) { return ::rename(o, n); });
});
GOLITE_NATIVE("os.link", [](vm::Thread*, uint64_t* b) {
  twoPathCall(b, [](const char* o, const char* n) { return ::link(o, n); });
});
GOLITE_NATIVE("os.symlink", [](vm::Thread*, uint64_t* b) {
  twoPathCall(b, [](const char* o, const char* n) { return ::symlink(o, n); });
});
GOLITE_NATIVE("os.readlink", readlinkNative);
GOLITE_NATIVE("os.getcwd", getcwdNative);

GOLITE_NATIVE("os.Getenv", getenvNative);
GOLITE_NATIVE("os.lookupEnv", lookupEnvNative);
GOLITE_NATIVE("os.setenv", setenvNative);
GOLITE_NATIVE("os.unsetenv", unsetenvNative);
GOLITE_NATIVE("os.clearenv", [](vm::Thread*, uint64_t*) { ::clearenv(); });
GOLITE_NATIVE("os.fastrand", [](vm::Thread*, uint64_t* b) { setUint(b, 0, fastrand()); });

}  // namespace
}  // namespace golite::stdlib::os
