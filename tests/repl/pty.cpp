// golite repl on a pseudo-terminal: what piped sessions cannot show. Each scenario starts
// `golite repl` on a new pty (HOME a fresh folder, so the history file is the test's),
// types into it and waits for what the terminal must show: prompts and continuation
// prompts, TAB completion of package members and of a variable's fields, a goroutine's
// output printed above the line being edited (the line then redrawn), Ctrl-C
// interrupting a running input (a loop, a sleep, a channel receive) and dropping a
// half-typed one, Ctrl-D ending the session
// with status 0, and the history saved in ~/.golite_history and recalled with the up
// arrow in the next session.
//
//   repl_pty path/to/golite
//
// Waits are for output, with a generous timeout (a loaded CI machine), never fixed sleeps
// standing in for it.
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string golite;
std::string home;
int failures = 0;

class Repl {
 public:
  Repl() {
    struct winsize ws {};
    ws.ws_row = 40;
    ws.ws_col = 200;
    pid_ = forkpty(&fd_, nullptr, nullptr, &ws);
    if (pid_ == 0) {
      setenv("HOME", home.c_str(), 1);
      setenv("TERM", "xterm", 1);
      execl(golite.c_str(), "golite", "repl", static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~Repl() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    close(fd_);
  }

  void send(const std::string& s) { (void)!write(fd_, s.data(), s.size()); }

  // Reads until `want` has appeared after the last expect's match; false after 20 s.
  bool expect(const std::string& want) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    for (;;) {
      size_t at = seen_.find(want, mark_);
      if (at != std::string::npos) {
        mark_ = at + want.size();
        return true;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return false;
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, int(left.count())) <= 0) continue;
      char buf[4096];
      ssize_t n = read(fd_, buf, sizeof buf);
      if (n <= 0) return seen_.find(want, mark_) != std::string::npos;
      seen_.append(buf, size_t(n));
    }
  }

  // The exit status, or -1 if it does not end within 20 s.
  int wait() {
    for (int i = 0; i < 2000; i++) {
      char buf[4096];
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, 0) > 0) (void)!read(fd_, buf, sizeof buf);
      int st = 0;
      if (waitpid(pid_, &st, WNOHANG) == pid_) {
        pid_ = -1;
        return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
      }
      usleep(10000);
    }
    return -1;
  }

  const std::string& seen() const { return seen_; }
  size_t mark() const { return mark_; }

 private:
  int fd_ = -1;
  pid_t pid_ = -1;
  std::string seen_;
  size_t mark_ = 0;
};

void check(bool ok, const char* what, const Repl& r) {
  if (ok) return;
  failures++;
  std::fprintf(stderr, "FAIL: %s\n--- terminal so far ---\n%s\n---\n", what, r.seen().c_str());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: repl_pty path/to/golite\n");
    return 2;
  }
  golite = argv[1];
  char tmpl[] = "/tmp/golite_pty_XXXXXX";
  if (!mkdtemp(tmpl)) return 2;
  home = tmpl;

  {
    Repl r;
    check(r.expect("> "), "first prompt", r);
    r.send("x := 21\r");
    check(r.expect("> "), "prompt after a declaration", r);
    r.send("x * 2\r");
    check(r.expect("42  // int"), "an expression's value and type", r);
    r.send("1 +\r");
    check(r.expect(". "), "continuation prompt after a trailing operator", r);
    r.send("2\r");
    check(r.expect("3  // int"), "the continued input's value", r);

    r.send("import \"strings\"\r");
    check(r.expect("> "), "prompt after an import", r);
    r.send("strings.ToUp\t");
    check(r.expect("per"), "TAB completes a package member", r);
    r.send("(\"go\")\r");
    check(r.expect("\"GO\"  // string"), "the completed call runs", r);
    r.send("type P struct{ Alpha int }\r");
    check(r.expect("> "), "prompt after a type", r);
    r.send("p := P{7}\r");
    check(r.expect("> "), "prompt after p", r);
    r.send("p.Al\t");
    check(r.expect("pha"), "TAB completes a field", r);
    r.send("\r");
    check(r.expect("7  // int"), "the completed field's value", r);

    // A goroutine prints while the user is typing: its line appears, then the prompt and
    // the half-typed line are drawn again, and the input goes on.
    r.send("import \"time\"\r");
    check(r.expect("> "), "prompt after import time", r);
    r.send("go func() { time.Sleep(500 * time.Millisecond); fmt.Println(\"late line\") }()\r");
    check(r.expect("> "), "prompt after starting a goroutine", r);
    r.send("x + ");
    check(r.expect("late line"), "the goroutine's output shows while the prompt waits", r);
    check(r.expect("> x + "), "the half-typed line is redrawn below it", r);
    r.send("1\r");
    check(r.expect("22  // int"), "the input goes on after the redraw", r);

    r.send("for {}\r");
    check(r.expect("for {}"), "a loop forever starts", r);
    usleep(300000);
    r.send("\x03");
    check(r.expect("interrupted"), "Ctrl-C interrupts the running input", r);
    r.send("x\r");
    check(r.expect("21  // int"), "the session goes on after the interrupt", r);
    r.send("import \"time\"\r");
    r.send("func slow() { defer fmt.Println(\"slow deferred\"); time.Sleep(time.Hour) }\r");
    r.send("slow()\r");
    check(r.expect("slow()"), "a sleep of an hour starts", r);
    usleep(300000);
    r.send("\x03");
    check(r.expect("slow deferred"), "Ctrl-C cancels a sleep: the input unwinds, its deferred calls run", r);
    check(r.expect("interrupted"), "Ctrl-C interrupts a sleeping input", r);
    r.send("go func() { time.Sleep(time.Hour) }()\r");
    r.send("never := make(chan int)\r");
    r.send("<-never\r");
    check(r.expect("<-never"), "a receive that waits starts", r);
    usleep(300000);
    r.send("\x03");
    check(r.expect("interrupted"), "Ctrl-C interrupts an input parked in a channel receive", r);
    r.send("go func() { never <- 7 }()\r");
    r.send("<-never\r");
    check(r.expect("7  // int"), "the cancelled receive left the channel: the next one gets the value", r);
    r.send("1 +\r");
    check(r.expect(". "), "continuation prompt", r);
    r.send("\x03");
    check(r.expect("> "), "Ctrl-C at the prompt gives a fresh prompt", r);
    r.send("5\r");
    check(r.expect("5  // int"), "the dropped input does not run", r);
    // Ctrl-D only once the prompt is up: typed between two prompts, while the terminal is
    // in cooked mode, the line discipline would take it as an end of file of its own.
    check(r.expect("> "), "a prompt after the input", r);
    r.send("\x04");
    check(r.wait() == 0, "Ctrl-D ends the session with status 0", r);
  }

  std::ifstream hist(home + "/.golite_history");
  std::stringstream hs;
  hs << hist.rdbuf();
  if (hs.str().find("strings.ToUpper") == std::string::npos) {
    failures++;
    std::fprintf(stderr, "FAIL: the history file holds the inputs\n%s\n", hs.str().c_str());
  }

  {
    Repl r;
    check(r.expect("> "), "second session's prompt", r);
    r.send("\x1b[A\r");  // up arrow: the last input of the first session, `5`
    check(r.expect("5  // int"), "the up arrow recalls the previous session's input", r);
    r.send(":quit\r");
    check(r.wait() == 0, ":quit ends the session with status 0", r);
  }

  std::filesystem::remove_all(home);
  if (failures) return 1;
  std::printf("repl_pty: all scenarios passed\n");
  return 0;
}
