// The standard library's Go sources, embedded in the golite binary at build time from
// stdlib/go/<import path>/*.go. Functions declared there without a body are implemented
// natively in C++ and bound by name ("fmt.Println", "strings.Builder.WriteString") through
// the native registry (vm/native.h).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace golite::stdlib {

// Views of text inside the golite binary (never freed).
struct SourceFile {
  std::string_view name;  // e.g. "fmt/print.go"
  std::string_view text;
};

// The files of a standard package, or an empty list if there is no such package.
const std::vector<SourceFile>& packageSources(const std::string& path);

}  // namespace golite::stdlib
