// golite's command line: run, build, disasm, version (CLI11). Kept alone in its translation unit
// because CLI11 is slow to compile.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/driver.h"
#include "vm/vm.h"

namespace {
constexpr const char* kVersion = "golite 0.1.0 (Go 1.22 language subset, go1.19 oracle)";
}

int main(int argc, char** argv) {
  // `golite file.go [args]` and `#!/usr/bin/env golite` scripts: run the file.
  if (argc >= 2) {
    std::string first = argv[1];
    if (first.size() > 3 && first.compare(first.size() - 3, 3, ".go") == 0) {
      golite::RunOptions opts;
      for (int i = 2; i < argc; i++) opts.args.push_back(argv[i]);
      return golite::runFile(first, opts);
    }
  }
  CLI::App app{"golite: a Go interpreter"};
  app.require_subcommand(1);
  std::string file;
  std::vector<std::string> args;
  size_t maxStack = 0;
  int escapeReport = 0;
  std::string escapeMode = "on";

  auto* run = app.add_subcommand("run", "compile and run a Go program");
  run->add_option("file", file, "the .go file")->required();
  run->add_option("args", args, "arguments for the program (os.Args[1:])");
  run->add_option("--max-stack", maxStack, "goroutine stack limit in bytes (default 1 GB)");
  run->add_flag("-m", escapeReport, "print escape analysis decisions (-m -m: with reasons)");
  run->add_option("--escape", escapeMode, "escape analysis: on (default) or off (all to the heap)")
      ->check(CLI::IsMember({"on", "off"}));
  run->prefix_command();  // everything after the file goes to the program

  auto* build = app.add_subcommand("build", "check and compile a Go program without running it");
  build->add_option("file", file, "the .go file")->required();
  build->add_flag("-m", escapeReport, "print escape analysis decisions (-m -m: with reasons)");
  build->add_option("--escape", escapeMode, "escape analysis: on (default) or off (all to the heap)")
      ->check(CLI::IsMember({"on", "off"}));

  auto* disasm = app.add_subcommand("disasm", "print the bytecode of every function");
  disasm->add_option("file", file, "the .go file")->required();

  app.add_subcommand("version", "print golite's version");

  CLI11_PARSE(app, argc, argv);

  if (app.got_subcommand("version")) {
    std::cout << kVersion << "\n";
    return 0;
  }
  golite::RunOptions opts;
  opts.escapeReport = escapeReport;
  opts.escape = escapeMode == "on";
  if (app.got_subcommand("build")) {
    opts.buildOnly = true;
    return golite::runFile(file, opts);
  }
  if (app.got_subcommand("disasm")) {
    opts.disasm = true;
    return golite::runFile(file, opts);
  }
  if (maxStack) {
    golite::vm::setMaxStack(maxStack);
  }
  opts.args = args;
  for (const auto& extra : run->remaining()) opts.args.push_back(extra);
  return golite::runFile(file, opts);
}
