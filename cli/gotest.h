// golite test: go test's way of running a package's Test, Benchmark and Example
// functions (see gotest.cpp).
#pragma once

#include <string>
#include <vector>

#include "frontend/syntax/ast.h"
#include "frontend/syntax/diag.h"

namespace golite {

// go test's flags, read from `golite test`'s arguments; the rest are the targets.
struct TestFlags {
  std::vector<std::string> targets;    // a folder, or .go files (none: the current folder)
  std::vector<std::string> binaryArgs;  // -test.v, -test.run=..., then what follows -args
  bool verbose = false;
  std::string timeout = "10m";  // -timeout: go test's default
};
// Reads go test's flags (-v, -run, -bench, -count, -benchtime, -short, -failfast,
// -args ...); false (a message printed, go's usage status 2) on a bad one.
bool parseTestFlags(const std::vector<std::string>& args, TestFlags& out);

// Turns the parsed files of a package and its _test.go files into a program that runs
// the tests: a generated file (_testmain.go) declares kTestMainName, calling package testing with every Test, Benchmark
// and Example function found. sources are the files' texts (examples' `// Output:`
// comments are read there). Returns false with a go-style message in *err when a test
// function has the wrong signature; *none is set when there is nothing to run.
// The generated entry point's name: the package's own main (if any) stays an ordinary
// function tests may call, as in go test.
constexpr const char* kTestMainName = "__golite_testmain";
// With an external test package (package x_test), files are its files, and underFiles
// (with underSources) those of the package under test (package x, its internal tests
// included), which it imports as underPath: their tests are named through it.
bool addTestMain(std::vector<ast::File*>& files, const std::vector<std::string>& sources, ast::Arena& arena,
                 Diagnostics& diags, std::string* err, bool* none, const std::vector<ast::File*>& underFiles = {},
                 const std::vector<std::string>& underSources = {}, const std::string& underPath = "");

// From now on the process ends as go test ends a package: `ok  \tPKG\tTIMEs` after a
// passing run, `exit status N` and `FAIL\tPKG\tTIMEs` (status 1) after a failing one.
void installTestSummary(const std::string& pkg);

}  // namespace golite
