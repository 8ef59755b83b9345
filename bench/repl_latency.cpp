// REPL latency: from Enter to the printed result of a one-line expression, input by input.
//
//   build/repl_latency build/golite pipe [N]   # stdin and stdout are pipes
//   build/repl_latency build/golite pty [N]    # a pseudo-terminal: prompt, line editing
//
// Starts one `golite repl`, declares `x := 3`, then sends N (default 1000) one-line
// expressions, each different (`x*K + K`, `len("...K")`, a call of a session func), one
// at a time: the clock starts when the line (with its newline) is written and stops when
// its `  // int` result line has been read. Prints the median, 90th percentile and
// maximum in milliseconds.
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

int toRepl = -1, fromRepl = -1;
std::string buffered;

// Reads until `want` is in what has been read since the last call; false on EOF/timeout.
bool readUntil(const std::string& want) {
  for (;;) {
    size_t at = buffered.find(want);
    if (at != std::string::npos) {
      buffered.erase(0, at + want.size());
      return true;
    }
    pollfd p{fromRepl, POLLIN, 0};
    if (poll(&p, 1, 30000) <= 0) return false;
    char buf[8192];
    ssize_t n = read(fromRepl, buf, sizeof buf);
    if (n <= 0) return false;
    buffered.append(buf, size_t(n));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: repl_latency path/to/golite pipe|pty [N]\n");
    return 2;
  }
  const char* golite = argv[1];
  bool pty = std::strcmp(argv[2], "pty") == 0;
  int n = argc > 3 ? std::atoi(argv[3]) : 1000;
  pid_t pid;
  if (pty) {
    int master;
    pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
      setenv("HOME", "/tmp", 1);  // the history file goes there
      execl(golite, "golite", "repl", static_cast<char*>(nullptr));
      _exit(127);
    }
    toRepl = fromRepl = master;
  } else {
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) return 2;
    pid = fork();
    if (pid == 0) {
      dup2(in[0], 0);
      dup2(out[1], 1);
      close(in[1]);
      close(out[0]);
      execl(golite, "golite", "repl", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(in[0]);
    close(out[1]);
    toRepl = in[1];
    fromRepl = out[0];
  }
  auto sendLine = [](const std::string& s) { (void)!write(toRepl, s.data(), s.size()); };
  const char* enter = pty ? "\r" : "\n";
  sendLine(std::string("x := 3") + enter + "func sq(v int) int { return v * v }" + enter + "x" + enter);
  if (!readUntil("3  // int")) {
    std::fprintf(stderr, "repl_latency: no answer from golite repl\n");
    return 1;
  }
  std::vector<double> ms;
  for (int k = 0; k < n; k++) {
    std::string expr;
    switch (k % 3) {
      case 0: expr = "x*" + std::to_string(k) + " + " + std::to_string(k); break;
      case 1: expr = "len(\"" + std::string(size_t(k % 50), 'a') + "\")"; break;
      default: expr = "sq(" + std::to_string(k) + ")"; break;
    }
    auto t0 = std::chrono::steady_clock::now();
    sendLine(expr + enter);
    if (!readUntil("  // int")) {
      std::fprintf(stderr, "repl_latency: input %d got no answer\n", k);
      return 1;
    }
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  sendLine(std::string(":quit") + enter);
  int st = 0;
  waitpid(pid, &st, 0);
  std::sort(ms.begin(), ms.end());
  std::printf("repl latency (%s, %d inputs): median %.2f ms, p90 %.2f ms, max %.2f ms\n", pty ? "pty" : "pipe", n,
              ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.back());
  return 0;
}
