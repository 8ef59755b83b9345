// Package os's process natives (stdlib/go/os/exec.go): starting a process, waiting for it,
// pipes.
//
// A process is started with posix_spawn (glibc's is vfork-like and reports a failed exec
// as its result), never with a fork that would copy golite's threads' state. The child's
// descriptors are arranged by file actions in two passes, as Go's forkAndExecInChild
// does: every wanted descriptor is first duplicated above all of them, then moved down to
// its place, so fds[i] = j with j < i cannot be overwritten before it is read. Everything
// golite opens is close-on-exec, so the child gets only what it was given.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "runtime/proc.h"
#include "runtime/value.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::os {

namespace {

using namespace abi;

std::vector<std::string> stringSlice(const uint64_t* base, int w) {
  GoSlice s = getSlice(base, w);
  std::vector<std::string> out;
  const auto* strs = static_cast<const runtime::GoString*>(s.ptr);
  for (int64_t i = 0; i < s.len; i++) out.emplace_back(reinterpret_cast<const char*>(strs[i].ptr), size_t(strs[i].len));
  return out;
}

std::vector<char*> cstrings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (auto& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

}  // namespace

// func spawn(name string, argv, env []string, dir string, fds []int, setpgid bool, pgid int,
//            setsid bool) (pid int, errno int)
void spawnNative(vm::Thread*, uint64_t* b) {
  std::string name(getStringView(b, 0));
  std::vector<std::string> argv = stringSlice(b, 2);
  std::vector<std::string> env = stringSlice(b, 5);
  std::string dir(getStringView(b, 8));
  GoSlice fdsS = getSlice(b, 10);
  std::vector<int> fds;
  for (int64_t i = 0; i < fdsS.len; i++) fds.push_back(int(static_cast<const int64_t*>(fdsS.ptr)[i]));
  bool setpgid = getBool(b, 13);
  int pgid = int(getInt(b, 14));
  bool setsid = getBool(b, 15);
  for (const auto* s : {&name, &dir})
    if (s->find('\0') != std::string::npos) {
      setInt(b, 0, -1);
      setInt(b, 1, EINVAL);
      return;
    }

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  int high = int(fds.size());
  for (int fd : fds) high = std::max(high, fd + 1);
  for (size_t i = 0; i < fds.size(); i++)
    if (fds[i] >= 0) posix_spawn_file_actions_adddup2(&fa, fds[i], high + int(i));
  for (size_t i = 0; i < fds.size(); i++) {
    if (fds[i] < 0) {
      posix_spawn_file_actions_addclose(&fa, int(i));
      continue;
    }
    posix_spawn_file_actions_adddup2(&fa, high + int(i), int(i));
    posix_spawn_file_actions_addclose(&fa, high + int(i));
  }
  if (!dir.empty()) posix_spawn_file_actions_addchdir_np(&fa, dir.c_str());
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
  sigset_t none, all;
  sigemptyset(&none);
  sigfillset(&all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &all);  // golite's handlers are not the child's
  if (setpgid) {
    flags |= POSIX_SPAWN_SETPGROUP;
    posix_spawnattr_setpgroup(&attr, pgid);
  }
  if (setsid) flags |= POSIX_SPAWN_SETSID;
  posix_spawnattr_setflags(&attr, flags);

  std::vector<char*> av = cstrings(argv);
  std::vector<char*> ev = cstrings(env);
  pid_t pid = -1;
  int err = posix_spawn(&pid, name.c_str(), &fa, &attr, av.data(), ev.data());
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  setInt(b, 0, err == 0 ? pid : -1);
  setInt(b, 1, err);
}
GOLITE_NATIVE("os.spawn", spawnNative);

// func wait4(pid int, status *syscall.WaitStatus, rusage *syscall.Rusage) (errno int):
// blocks as a system call does (the P is handed off meanwhile).
GOLITE_NATIVE("os.wait4", [](vm::Thread*, uint64_t* b) {
  pid_t pid = pid_t(getInt(b, 0));
  auto* status = reinterpret_cast<uint32_t*>(b[1]);
  auto* ru = reinterpret_cast<struct rusage*>(b[2]);
  int st = 0;
  struct rusage usage {};
  runtime::entersyscall();
  pid_t r = ::wait4(pid, &st, 0, &usage);
  int err = errno;
  runtime::exitsyscall();
  if (r < 0) {
    setInt(b, 0, err);
    return;
  }
  if (status) *status = uint32_t(st);
  if (ru) *ru = usage;  // pointer-free: no write barrier needed
  setInt(b, 0, 0);
});

// func pipe2() (r, w int, errno int): non-blocking ends, for the poller (os/poll.go).
GOLITE_NATIVE("os.pipe2", [](vm::Thread*, uint64_t* b) {
  int p[2];
  if (::pipe2(p, O_CLOEXEC | O_NONBLOCK) != 0) {
    setInt(b, 0, -1);
    setInt(b, 1, -1);
    setInt(b, 2, errno);
    return;
  }
  setInt(b, 0, p[0]);
  setInt(b, 1, p[1]);
  setInt(b, 2, 0);
});

}  // namespace golite::stdlib::os
