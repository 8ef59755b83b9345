// Which files make up a package, as `go list` selects them: a directory's .go files minus
// tests and files whose build constraints exclude them (GOOS=linux, GOARCH=amd64), and the
// module (go.mod) a directory belongs to, through which its local packages are imported.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace golite {

// Whether a file is built for linux/amd64 with the gc toolchain: its name's _GOOS /
// _GOARCH / _GOOS_GOARCH suffix, then its //go:build line (or, without one, its // +build
// lines) before the package clause. Tags: linux, amd64, unix, gc, go1.1 ... go1.22.
bool buildConstraintsOK(const std::string& filename, const std::string& src);

// A module: the folder holding its go.mod and the path its `module` line declares.
struct Module {
  std::string root;
  std::string path;
};
// The module containing dir: the nearest go.mod in dir or a folder above it.
std::optional<Module> findModule(const std::string& dir);

// Reads a whole file into out; false when it cannot be read.
bool readFile(const std::string& path, std::string& out);

// Whether a command-line word names a Go file (x.go) rather than a folder.
inline bool isGoFile(const std::string& a) { return a.size() > 3 && a.compare(a.size() - 3, 3, ".go") == 0; }
// A file starting with `#!` (a script naming golite as its interpreter), any name.
bool isScript(const std::string& path);

// The names (sorted, as go orders them) of the Go files of the package in dir that a
// build uses: not _test.go, not excluded by build constraints. Empty when there are none
// or dir cannot be read.
// arch: the GOARCH to choose files for (Go's own packages are read for one whose files are
// pure Go: see Loader::goSourceDir).
// tests: the _test.go files too (golite test), else without them.
std::vector<std::string> packageFiles(const std::string& dir, const std::string& arch = "amd64", bool tests = false);

// The import path of the package in dir (inside module m), e.g. example.com/m/util.
std::string importPathOf(const Module& m, const std::string& dir);

}  // namespace golite
