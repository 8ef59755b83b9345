// Which files a package build takes (cli/load.cpp): Go's build constraints for linux/amd64.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "cli/load.h"

using golite::buildConstraintsOK;

TEST_CASE("file name suffixes select the OS and architecture") {
  CHECK(buildConstraintsOK("x.go", "package p\n"));
  CHECK(buildConstraintsOK("x_linux.go", "package p\n"));
  CHECK(buildConstraintsOK("x_amd64.go", "package p\n"));
  CHECK(buildConstraintsOK("x_linux_amd64.go", "package p\n"));
  CHECK_FALSE(buildConstraintsOK("x_windows.go", "package p\n"));
  CHECK_FALSE(buildConstraintsOK("x_arm64.go", "package p\n"));
  CHECK_FALSE(buildConstraintsOK("x_linux_arm64.go", "package p\n"));
  CHECK_FALSE(buildConstraintsOK("x_darwin_amd64.go", "package p\n"));
  CHECK_FALSE(buildConstraintsOK("x_windows_test.go", "package p\n"));
  // The part before the first underscore is the file's name, not a constraint.
  CHECK(buildConstraintsOK("windows.go", "package p\n"));
  CHECK(buildConstraintsOK("x_unknown.go", "package p\n"));
}

TEST_CASE("//go:build lines are expressions over the build tags") {
  CHECK_FALSE(buildConstraintsOK("g.go", "//go:build ignore\n\npackage main\n"));
  CHECK(buildConstraintsOK("g.go", "// Copyright\n\n//go:build linux && amd64\n\npackage p\n"));
  CHECK_FALSE(buildConstraintsOK("g.go", "//go:build !linux\n\npackage p\n"));
  CHECK(buildConstraintsOK("g.go", "//go:build (darwin || linux) && !cgo\n\npackage p\n"));
  CHECK(buildConstraintsOK("g.go", "//go:build go1.18\n\npackage p\n"));
  CHECK_FALSE(buildConstraintsOK("g.go", "//go:build go1.99\n\npackage p\n"));
  CHECK(buildConstraintsOK("g.go", "//go:build unix && gc\n\npackage p\n"));
  // After the package clause a comment is not a constraint.
  CHECK(buildConstraintsOK("g.go", "package p\n\n//go:build ignore\n"));
}

TEST_CASE("// +build lines: spaces are or, commas and, lines and") {
  CHECK(buildConstraintsOK("b.go", "// +build linux,!cgo darwin\n\npackage p\n"));
  CHECK_FALSE(buildConstraintsOK("b.go", "// +build windows plan9\n\npackage p\n"));
  CHECK_FALSE(buildConstraintsOK("b.go", "// +build linux\n// +build arm\n\npackage p\n"));
  // A //go:build line wins over +build lines.
  CHECK(buildConstraintsOK("b.go", "//go:build linux\n// +build windows\n\npackage p\n"));
}

TEST_CASE("a folder's package files and its module") {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "golite_test_load";
  fs::remove_all(root);
  fs::create_directories(root / "sub");
  auto write = [](const fs::path& p, const char* text) { std::ofstream(p) << text; };
  write(root / "go.mod", "module example.com/m // the module\n\ngo 1.19\n");
  write(root / "sub" / "b.go", "package sub\n");
  write(root / "sub" / "a.go", "package sub\n");
  write(root / "sub" / "a_test.go", "package sub\n");
  write(root / "sub" / "c_windows.go", "package sub\n");
  write(root / "sub" / "gen.go", "//go:build ignore\npackage main\n");
  write(root / "sub" / "notes.txt", "");
  auto files = golite::packageFiles((root / "sub").string());
  CHECK(files == std::vector<std::string>{"a.go", "b.go"});
  auto m = golite::findModule((root / "sub").string());
  REQUIRE(m);
  CHECK(m->path == "example.com/m");
  CHECK(golite::importPathOf(*m, (root / "sub").string()) == "example.com/m/sub");
  CHECK(golite::importPathOf(*m, root.string()) == "example.com/m");
  fs::remove_all(root);
}
