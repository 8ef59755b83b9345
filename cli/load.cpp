// Package files and modules (see load.h), after Go's go/build: file name suffixes and
// build constraint lines (go/build/constraint), and the go command's module lookup.
#include "cli/load.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace golite {

namespace fs = std::filesystem;

namespace {

const std::set<std::string>& knownOS() {
  static const std::set<std::string> s = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
                                          "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd",
                                          "plan9", "solaris", "windows", "zos"};
  return s;
}

const std::set<std::string>& knownArch() {
  static const std::set<std::string> s = {
      "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64",
      "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390",
      "s390x", "sparc", "sparc64", "wasm"};
  return s;
}

// The GOARCH files are chosen for: amd64 (what go builds here), or the one packageFiles
// is asked for.
std::string goarch = "amd64";

bool tagSatisfied(const std::string& tag) {
  if (tag == "linux" || tag == goarch || tag == "unix" || tag == "gc") return true;
  // Go's own packages read for no real target (see packageFiles): their pure-Go variants.
  if (goarch == "sparc64" && (tag == "purego" || tag == "math_big_pure_go")) return true;
  if (tag.rfind("go1.", 0) == 0) {
    int minor = 0;
    for (size_t i = 4; i < tag.size(); i++) {
      if (tag[i] < '0' || tag[i] > '9') return false;
      minor = minor * 10 + (tag[i] - '0');
    }
    return minor >= 1 && minor <= 22;
  }
  return false;
}

// A //go:build expression: ||, &&, !, parentheses and tags.
struct ConstraintParser {
  const std::string& s;
  size_t i = 0;
  bool bad = false;
  void space() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) i++;
  }
  bool orExpr() {
    bool v = andExpr();
    for (space(); s.compare(i, 2, "||") == 0; space()) {
      i += 2;
      v = andExpr() || v;
    }
    return v;
  }
  bool andExpr() {
    bool v = notExpr();
    for (space(); s.compare(i, 2, "&&") == 0; space()) {
      i += 2;
      v = notExpr() && v;
    }
    return v;
  }
  bool notExpr() {
    space();
    if (i < s.size() && s[i] == '!') {
      i++;
      return !notExpr();
    }
    if (i < s.size() && s[i] == '(') {
      i++;
      bool v = orExpr();
      space();
      if (i < s.size() && s[i] == ')') i++;
      else bad = true;
      return v;
    }
    size_t start = i;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '.')) i++;
    if (i == start) {
      bad = true;
      return false;
    }
    return tagSatisfied(s.substr(start, i - start));
  }
};

// A // +build line: space-separated options, any of which holds; each a comma-separated
// list of terms that all hold; a term a tag or !tag.
bool plusBuildOK(const std::string& line) {
  std::istringstream in(line);
  std::string opt;
  bool any = false;
  while (in >> opt) {
    bool all = true;
    std::stringstream terms(opt);
    std::string t;
    while (std::getline(terms, t, ',')) {
      bool neg = !t.empty() && t[0] == '!';
      if (neg) t = t.substr(1);
      if (tagSatisfied(t) == neg) all = false;
    }
    any = any || all;
  }
  return any;
}

}  // namespace

bool buildConstraintsOK(const std::string& filename, const std::string& src) {
  // The name: x_GOOS.go, x_GOARCH.go, x_GOOS_GOARCH.go (the part before the first _ does
  // not count: linux.go is no constraint).
  std::string base = fs::path(filename).filename().string();
  if (base.size() > 3 && base.compare(base.size() - 3, 3, ".go") == 0) base.resize(base.size() - 3);
  std::vector<std::string> parts;
  std::stringstream ss(base);
  for (std::string p; std::getline(ss, p, '_');) parts.push_back(p);
  if (parts.size() >= 2 && parts.back() == "test") parts.pop_back();
  if (parts.size() >= 3 && knownOS().count(parts[parts.size() - 2]) && knownArch().count(parts.back())) {
    if (parts[parts.size() - 2] != "linux" || parts.back() != goarch) return false;
  } else if (parts.size() >= 2) {
    const std::string& last = parts.back();
    if (knownOS().count(last) && last != "linux") return false;
    if (knownArch().count(last) && last != goarch) return false;
  }
  // The comment lines before the package clause.
  std::istringstream in(src);
  std::string line;
  std::vector<std::string> plus;
  bool inBlock = false;
  while (std::getline(in, line)) {
    size_t a = line.find_first_not_of(" \t\r");
    if (a == std::string::npos) continue;
    std::string t = line.substr(a);
    if (inBlock) {
      if (t.find("*/") != std::string::npos) inBlock = false;
      continue;
    }
    if (t.rfind("/*", 0) == 0) {
      if (t.find("*/", 2) == std::string::npos) inBlock = true;
      continue;
    }
    if (t.rfind("//", 0) != 0) break;  // the package clause, or other code
    if (t.rfind("//go:build", 0) == 0 && (t.size() == 10 || t[10] == ' ' || t[10] == '\t')) {
      ConstraintParser p{t, 10};
      bool v = p.orExpr();
      return p.bad ? false : v;
    }
    if (t.rfind("// +build", 0) == 0) plus.push_back(t.substr(9));
  }
  for (const auto& p : plus)
    if (!plusBuildOK(p)) return false;
  return true;
}

std::optional<Module> findModule(const std::string& dir) {
  std::error_code ec;
  fs::path d = fs::absolute(dir, ec);
  if (ec) return std::nullopt;
  d = d.lexically_normal();
  for (;;) {
    fs::path mod = d / "go.mod";
    if (fs::is_regular_file(mod, ec)) {
      std::ifstream in(mod);
      std::string line;
      while (std::getline(in, line)) {
        size_t a = line.find_first_not_of(" \t");
        if (a == std::string::npos || line.compare(a, 6, "module") != 0) continue;
        std::string rest = line.substr(a + 6);
        if (size_t c = rest.find("//"); c != std::string::npos) rest.resize(c);
        rest.erase(0, rest.find_first_not_of(" \t"));
        rest.erase(rest.find_last_not_of(" \t\r") + 1);
        if (rest.size() >= 2 && (rest[0] == '"' || rest[0] == '`')) rest = rest.substr(1, rest.size() - 2);
        std::string root = d.string();
        if (root.size() > 1 && root.back() == '/') root.pop_back();
        return Module{root, rest};
      }
      return Module{d.string(), ""};
    }
    if (!d.has_parent_path() || d.parent_path() == d) return std::nullopt;
    d = d.parent_path();
  }
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

std::vector<std::string> packageFiles(const std::string& dir, const std::string& arch, bool tests) {
  goarch = arch;
  struct Restore {
    ~Restore() { goarch = "amd64"; }
  } restore;
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string n = e.path().filename().string();
    if (n.size() <= 3 || n.compare(n.size() - 3, 3, ".go") != 0) continue;
    if (n[0] == '.' || n[0] == '_') continue;
    if (!tests && n.size() > 8 && n.compare(n.size() - 8, 8, "_test.go") == 0) continue;
    if (!e.is_regular_file(ec)) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    if (!buildConstraintsOK(n, s.str())) continue;
    names.push_back(n);
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool isScript(const std::string& path) {
  if (path.empty() || path[0] == '-') return false;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  char c[2] = {0, 0};
  in.read(c, 2);
  return c[0] == '#' && c[1] == '!';
}

std::string importPathOf(const Module& m, const std::string& dir) {
  std::error_code ec;
  fs::path d = fs::absolute(dir, ec).lexically_normal();
  std::string rel = d.lexically_relative(m.root).string();
  if (rel == "." || rel.empty()) return m.path;
  if (!rel.empty() && rel.back() == '/') rel.pop_back();
  return m.path + "/" + rel;
}

}  // namespace golite
