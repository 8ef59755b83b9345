// fmt's scanner against the real Go: data/scan_cases.txt holds what Go 1.19's Sscan,
// Sscanln and Sscanf stored and returned for each input (regenerate it with
// data/scan_cases.go). The operands are pointers built from hand-made type descriptors.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <deque>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/type.h"
#include "runtime/value.h"
#include "stdlib/fmt_scan.h"
#include "stdlib/format.h"
#include "stdlib/strconv.h"

using namespace golite;
using runtime::Eface;
using runtime::Kind;
using runtime::Type;

namespace {

struct ScanTypes {
  std::deque<Type> all;
  Type* add(Kind k, const char* name, uint64_t size) {
    Type& t = all.emplace_back();
    t.kind = k;
    t.str = name;
    t.name = name;
    t.size = size;
    t.align = uint8_t(size > 8 ? 8 : size);
    Type& p = all.emplace_back();
    p.kind = Kind::Pointer;
    p.str = std::string("*") + name;
    p.size = 8;
    p.elem = &t;
    p.tflag = runtime::TFlagDirectIface;
    return &p;
  }
  Type* ptrTo(const std::string& name) {
    if (name == "int") return add(Kind::Int, "int", 8);
    if (name == "int8") return add(Kind::Int8, "int8", 1);
    if (name == "int32") return add(Kind::Int32, "int32", 4);
    if (name == "uint") return add(Kind::Uint, "uint", 8);
    if (name == "uint8") return add(Kind::Uint8, "uint8", 1);
    if (name == "float64") return add(Kind::Float64, "float64", 8);
    if (name == "float32") return add(Kind::Float32, "float32", 4);
    if (name == "string") return add(Kind::String, "string", 16);
    if (name == "bool") return add(Kind::Bool, "bool", 1);
    if (name == "complex128") return add(Kind::Complex128, "complex128", 16);
    if (name == "bytes") {
      Type* p = add(Kind::Uint8, "uint8", 1);
      Type& s = all.emplace_back();
      s.kind = Kind::Slice;
      s.str = "[]uint8";
      s.size = 24;
      s.elem = p->elem;
      p->elem = &s;
      p->str = "*[]uint8";
      return p;
    }
    return nullptr;
  }
};

// The operand after the scan, as the generator printed it.
std::string show(const Type* pt, const void* p) {
  const Type* t = pt->elem;
  std::string out;
  if (t->kind == Kind::String) {
    runtime::GoString s;
    std::memcpy(&s, p, sizeof s);
    stdlib::strconv::appendQuote(out, s.view(), '"', false, false);
  } else if (t->kind == Kind::Slice) {
    runtime::GoSlice s;
    std::memcpy(&s, p, sizeof s);
    stdlib::strconv::appendQuote(out, std::string_view(static_cast<const char*>(s.ptr), size_t(s.len)),
                                 '"', false, false);
  } else {
    stdlib::fmt::formatValue(nullptr, out, t, p, 'v');
  }
  return out;
}

std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> parts;
  std::stringstream ss(line);
  std::string part;
  while (std::getline(ss, part, '\t')) parts.push_back(part);
  return parts;
}

}  // namespace

TEST_CASE("fmt scans every case as Go 1.19 does") {
  std::string path = __FILE__;
  path = path.substr(0, path.rfind('/')) + "/data/scan_cases.txt";
  std::ifstream file(path);
  REQUIRE(file.good());
  std::string line;
  int n = 0;
  while (std::getline(file, line)) {
    n++;
    std::vector<std::string> f = splitTabs(line);
    REQUIRE(f.size() == 7);
    std::string input, format;
    REQUIRE(stdlib::strconv::unquote(f[1], &input));
    REQUIRE(stdlib::strconv::unquote(f[2], &format));
    ScanTypes types;
    std::vector<Eface> args;
    std::vector<std::vector<uint64_t>> storage;
    std::stringstream ts(f[3]);
    std::string tn;
    while (std::getline(ts, tn, ',')) {
      Type* pt = types.ptrTo(tn);
      REQUIRE(pt);
      storage.emplace_back(4, 0);
      args.push_back(Eface{pt, storage.back().data()});
    }
    stdlib::fmt::ScanMode mode = f[0] == "scan"     ? stdlib::fmt::ScanMode::Scan
                                 : f[0] == "scanln" ? stdlib::fmt::ScanMode::Scanln
                                                    : stdlib::fmt::ScanMode::Scanf;
    stdlib::fmt::StringRuneSource src(input);
    stdlib::fmt::ScanResult r = stdlib::fmt::scan(nullptr, src, mode, format, args.data(), args.size());
    std::string err = "nil";
    switch (r.err) {
      case stdlib::fmt::ScanErr::None: break;
      case stdlib::fmt::ScanErr::Eof: err = "\"EOF\""; break;
      case stdlib::fmt::ScanErr::UnexpectedEof: err = "\"unexpected EOF\""; break;
      default:
        err.clear();
        stdlib::strconv::appendQuote(err, r.message, '"', false, false);
    }
    std::string vals;
    for (size_t i = 0; i < args.size(); i++) {
      if (i) vals += "|";
      vals += show(args[i].type, args[i].data);
    }
    std::string got = std::to_string(r.n) + "\t" + err + "\t" + vals;
    std::string want = f[4] + "\t" + f[5] + "\t" + f[6];
    CHECK_MESSAGE(got == want, "line " << n << ": " << line);
  }
  CHECK(n > 40);
}
