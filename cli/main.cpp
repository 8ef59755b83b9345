// golite's command line: run, build, test, disasm, version, repl (CLI11). Kept alone in its translation unit
// because CLI11 is slow to compile.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <set>
#include <string>

#include <unistd.h>

#include "cli/driver.h"
#include "cli/load.h"
#include "cli/repl.h"
#include "runtime/mgc.h"
#include "runtime/mheap.h"
#include "vm/vm.h"

namespace {
constexpr const char* kVersion = "golite 0.1.0 (Go 1.22 language subset, go1.19 oracle)";
}


int main(int argc, char** argv) {
  // `golite` alone on a terminal opens a session.
  if (argc == 1 && isatty(0)) return golite::runRepl({true});
  // `golite file.go [args]` and `#!/usr/bin/env golite` scripts, whatever the file is
  // called (the kernel passes the script's path): run the file.
  if (argc >= 2) {
    std::string first = argv[1];
    // A command's bare name is the command, even where a file of that name sits in the
    // working directory (a `run` script beside the program): a script is named by path.
    static const std::set<std::string> commands = {"run", "build", "test", "check", "disasm",
                                                   "version", "env", "help", "repl"};
    bool command = commands.count(first) != 0;
    if (golite::isGoFile(first) || (!command && golite::isScript(first))) {
      golite::RunOptions opts;
      for (int i = 2; i < argc; i++) opts.args.push_back(argv[i]);
      return golite::runFile(first, opts);
    }
  }
  CLI::App app{"golite: a Go interpreter"};
  app.require_subcommand(1);
  std::string file;
  std::vector<std::string> more;
  size_t maxStack = 0;
  int escapeReport = 0;
  std::string escapeMode = "on";

  // run takes its own flags, then the targets: everything from the first word that is not
  // one of its flags belongs to the targets and the program (`golite run x.go -h` passes
  // -h to the program), as with go run.
  auto* run = app.add_subcommand("run", "compile and run a Go program: golite run [flags] file.go... | dir [args]");
  run->add_option("--max-stack", maxStack, "goroutine stack limit in bytes (default 1 GB)");
  std::string timeout, maxHeap;
  run->add_option("--timeout", timeout, "end the program after this long (Go duration: 30s, 2m): its goroutines' stacks, status 2");
  run->add_option("--max-heap", maxHeap, "heap limit (bytes, or with KiB/MiB/GiB): past it, go's out-of-memory fatal error");
  run->add_flag("-m", escapeReport, "print escape analysis decisions (-m -m: with reasons)");
  run->add_option("--escape", escapeMode, "escape analysis: on (default) or off (all to the heap)")
      ->check(CLI::IsMember({"on", "off"}));
  run->prefix_command();

  auto* build = app.add_subcommand("build", "check and compile a Go program without running it");
  build->add_option("file", file, "the .go file or the package folder")->required();
  build->add_option("more", more, "more .go files of the package");
  build->add_flag("-m", escapeReport, "print escape analysis decisions (-m -m: with reasons)");
  std::string output;
  build->add_option("-o", output, "not supported: golite runs programs from source (golite run, or a #! script)");
  build->add_option("--escape", escapeMode, "escape analysis: on (default) or off (all to the heap)")
      ->check(CLI::IsMember({"on", "off"}));

  // test takes go test's single-dash flags (-run X, -v): read by runTests, not CLI11.
  auto* test = app.add_subcommand("test", "run the package's tests as go test does: golite test [-v] [-run re] [-bench re] [dir | files]");
  test->prefix_command();
  test->allow_extras();

  auto* check = app.add_subcommand("check", "type-check a Go program (or package) only, as go vet's type check");
  check->add_option("file", file, "the .go file or the package folder")->required();
  check->add_option("more", more, "more .go files of the package");

  auto* disasm = app.add_subcommand("disasm", "print the bytecode of every function");
  disasm->add_option("file", file, "the .go file or the package folder")->required();
  disasm->add_option("more", more, "more .go files of the package");

  app.add_subcommand("version", "print golite's version");
  app.add_subcommand("env", "print golite's environment, as go env does");
  std::string topic;
  auto* help = app.add_subcommand("help", "help on golite or one of its commands: golite help [command]");
  help->add_option("command", topic, "a command");
  app.add_subcommand("repl", "a live Go session: each input checked, compiled and run once");

  // Usage errors exit 2 with a short message, as go's do (not CLI11's own statuses).
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string msg = e.what();
    bool known = false;
    for (auto* sub : app.get_subcommands({}))
      if (sub->get_name() == argv[1]) known = true;
    if (argc >= 2 && std::string(argv[1]).rfind("-", 0) != 0 && !known)
      std::cerr << "golite " << argv[1] << ": unknown command\n";
    else
      std::cerr << "golite: " << msg << "\n";
    std::cerr << "Run 'golite --help' for usage.\n";
    return 2;
  }

  if (app.got_subcommand("repl")) return golite::runRepl({bool(isatty(0))});
  if (app.got_subcommand("test")) return golite::runTests(test->remaining());
  if (app.got_subcommand("version")) {
    std::cout << kVersion << "\n";
    return 0;
  }
  if (app.got_subcommand("env")) {
    for (auto& [k, v] : golite::environment()) std::cout << k << "=\"" << v << "\"\n";
    return 0;
  }
  if (app.got_subcommand("help")) {
    if (topic.empty()) {  // go help's page
      std::cout << "golite is a Go interpreter: it runs Go programs as the go command builds and runs them.\n\n"
                   "Usage:\n\n\tgolite <command> [arguments]\n\nThe commands are:\n\n";
      for (auto* sub : app.get_subcommands({})) {
        std::string name = sub->get_name();
        std::string desc = sub->get_description();
        if (size_t colon = desc.find(':'); colon != std::string::npos) desc = desc.substr(0, colon);
        std::cout << "\t" << name << std::string(name.size() < 12 ? 12 - name.size() : 1, ' ') << desc << "\n";
      }
      std::cout << "\nUse \"golite help <command>\" for more information about a command.\n";
      return 0;
    }
    for (auto* sub : app.get_subcommands({}))
      if (sub->get_name() == topic) {
        std::cout << (topic == "test" ? golite::testUsage() : sub->help());
        return 0;
      }
    std::cerr << "golite help " << topic << ": unknown help topic. Run 'golite help'.\n";
    return 2;
  }
  golite::RunOptions opts;
  opts.escapeReport = escapeReport;
  opts.escape = escapeMode == "on";
  if (!output.empty()) {
    // There is no executable to write: say so rather than write something else.
    std::cerr << "golite build: -o is not supported: golite runs programs from source; run it with "
                 "golite run, or give the file a #!/usr/bin/env golite line\n";
    return 2;
  }
  if (app.got_subcommand("build") || app.got_subcommand("disasm") || app.got_subcommand("check")) {
    std::vector<std::string> targets{file};
    targets.insert(targets.end(), more.begin(), more.end());
    opts.buildOnly = app.got_subcommand("build") || app.got_subcommand("check");
    opts.checkOnly = app.got_subcommand("check");
    opts.disasm = app.got_subcommand("disasm");
    return golite::runProgram(targets, opts);
  }
  // run: the leading .go files (or one folder) are the program; what follows is its.
  std::vector<std::string> words = run->remaining();
  if (!words.empty() && words[0] == "--") words.erase(words.begin());
  if (words.empty()) {
    std::cerr << "golite run: no go files listed\n";
    return 1;
  }
  std::vector<std::string> targets;
  size_t k = 0;
  if (!golite::isGoFile(words[0])) {
    targets.push_back(words[k++]);
  } else {
    while (k < words.size() && golite::isGoFile(words[k])) targets.push_back(words[k++]);
  }
  if (maxStack) golite::vm::setMaxStack(maxStack);
  if (!timeout.empty()) {
    opts.timeoutNs = golite::parseDuration(timeout);
    opts.timeoutText = timeout;
    if (opts.timeoutNs <= 0) {
      std::cerr << "golite run: invalid --timeout " << timeout << " (want a Go duration such as 30s or 2m)\n";
      return 2;
    }
  }
  if (!maxHeap.empty()) {
    uint64_t bytes = golite::runtime::parseByteSize(maxHeap.c_str());
    if (bytes == 0) {
      std::cerr << "golite run: invalid --max-heap " << maxHeap << " (want bytes, or a size such as 512MiB)\n";
      return 2;
    }
    // The collector works to stay under 90% of it (a soft limit, as GOMEMLIMIT); past the
    // whole of it an allocation is go's out-of-memory fatal error.
    setenv("GOLITE_MEMLIMIT", maxHeap.c_str(), 1);
    golite::runtime::setMemoryLimit(int64_t(bytes / 10 * 9));
  }
  opts.args.assign(words.begin() + long(k), words.end());
  return golite::runProgram(targets, opts);
}
