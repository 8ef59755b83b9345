// From a Go file to a running program: parse, check (loading the standard packages it
// imports), compile, run. Used by the CLI and by tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace golite {

struct RunOptions {
  std::vector<std::string> args;  // os.Args[1:]
  bool disasm = false;            // print the bytecode instead of running
  bool buildOnly = false;         // golite build: check and compile, do not run
  int escapeReport = 0;           // -m: print escape decisions (2: with explanations)
  bool escape = true;             // --escape=off: every allocation goes to the heap
  bool test = false;              // golite test: the _test.go files too, run as go test runs them
  bool checkOnly = false;         // golite check: parse and type-check, nothing more
  int64_t timeoutNs = 0;          // --timeout (golite test: -timeout, default 10m): 0 = none
  std::string timeoutText;        // as written, for the message
};

// Go's duration syntax ("1m30s", "500ms", "2h"): nanoseconds, or -1 when malformed.
int64_t parseDuration(const std::string& s);

// Returns the process exit status: 0, 1 for compile errors (printed to stderr), 2 for an
// unrecovered panic or fatal error.
int runFile(const std::string& path, const RunOptions& opts);
// The same for go run's targets: .go files of one folder (the package
// command-line-arguments), or one folder (a package of the module its go.mod declares;
// the module's own packages are imported from its folders).
int runProgram(const std::vector<std::string>& targets, const RunOptions& opts);
// golite test [flags] [folder | files]: go test's command line and output.
int runTests(const std::vector<std::string>& args);
std::string testUsage();
// golite env: the settings golite runs with, as go env lists its own.
std::vector<std::pair<std::string, std::string>> environment();

}  // namespace golite
