// The strings and unicode/utf8 natives, called through the native ABI as the VM calls them,
// against Go 1.19's results in data/natives_cases.txt (regenerate with
// data/natives_cases.go).
#include <doctest/doctest.h>

#include <deque>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/value.h"
#include "stdlib/strconv.h"
#include "vm/native.h"

using namespace golite;

namespace {

enum class Result { String, Int, Bool, RuneSize };

struct NativeCase {
  const char* native;
  Result result;
};

const std::map<std::string, NativeCase>& natives() {
  static const std::map<std::string, NativeCase> m = {
      {"ToUpper", {"strings.ToUpper", Result::String}},
      {"ToLower", {"strings.ToLower", Result::String}},
      {"ToTitle", {"strings.ToTitle", Result::String}},
      {"Index", {"strings.Index", Result::Int}},
      {"LastIndex", {"strings.LastIndex", Result::Int}},
      {"IndexByte", {"strings.IndexByte", Result::Int}},
      {"Contains", {"strings.Contains", Result::Bool}},
      {"Count", {"strings.Count", Result::Int}},
      {"EqualFold", {"strings.EqualFold", Result::Bool}},
      {"Replace", {"strings.Replace", Result::String}},
      {"Repeat", {"strings.repeat", Result::String}},
      {"RuneCountInString", {"unicode/utf8.RuneCountInString", Result::Int}},
      {"ValidString", {"unicode/utf8.ValidString", Result::Bool}},
      {"DecodeRuneInString", {"unicode/utf8.DecodeRuneInString", Result::RuneSize}},
      {"DecodeLastRuneInString", {"unicode/utf8.DecodeLastRuneInString", Result::RuneSize}},
  };
  return m;
}

std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> parts;
  std::stringstream ss(line);
  std::string part;
  while (std::getline(ss, part, '\t')) parts.push_back(part);
  return parts;
}

}  // namespace

TEST_CASE("strings and utf8 natives match Go through the native ABI") {
  std::string path = __FILE__;
  path = path.substr(0, path.rfind('/')) + "/data/natives_cases.txt";
  std::ifstream file(path);
  REQUIRE(file.good());
  std::string line;
  int n = 0;
  std::deque<std::string> keep;  // argument strings live as long as the frame uses them
  while (std::getline(file, line)) {
    n++;
    std::vector<std::string> f = splitTabs(line);
    auto it = natives().find(f[0]);
    REQUIRE_MESSAGE(it != natives().end(), f[0]);
    vm::NativeFn fn = vm::findNative(it->second.native);
    REQUIRE_MESSAGE(bool(fn), it->second.native);
    uint64_t frame[16] = {};
    int w = 0;
    size_t i = 1;
    for (; f[i] != "="; i++) {
      if (f[i][0] == '"') {
        std::string s;
        REQUIRE(stdlib::strconv::unquote(f[i], &s));
        keep.push_back(s);
        frame[w++] = reinterpret_cast<uint64_t>(keep.back().data());
        frame[w++] = keep.back().size();
      } else {
        frame[w++] = uint64_t(std::stoll(f[i]));
      }
    }
    std::string want = f[i + 1];
    fn(nullptr, frame);
    std::string got;
    switch (it->second.result) {
      case Result::String: {
        runtime::GoString s{reinterpret_cast<const uint8_t*>(frame[0]), int64_t(frame[1])};
        stdlib::strconv::appendQuote(got, s.view(), '"', false, false);
        break;
      }
      case Result::Int:
        got = std::to_string(int64_t(frame[0]));
        break;
      case Result::Bool:
        got = frame[0] & 1 ? "true" : "false";
        break;
      case Result::RuneSize:
        got = std::to_string(int32_t(uint32_t(frame[0]))) + " " + std::to_string(int64_t(frame[1]));
        break;
    }
    CHECK_MESSAGE(got == want, "line " << n << ": " << line << ": got " << got);
  }
  CHECK(n > 1000);
}
