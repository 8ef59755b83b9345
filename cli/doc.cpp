// Doc comments read from Go source text (see doc.h). The search is textual, over gofmt-
// formatted source: package-level declarations start in column one, members of a
// parenthesized group with one tab.
#include "cli/doc.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "stdlib/sources.h"

namespace golite {

namespace {

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r");
  return s.substr(a, b + 1 - a);
}

bool startsWith(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

// Bracket depth change over a line, outside string and rune literals and // comments.
// Stops at a `{` reached at depth 0 when stopAtBody (a func's body), setting *body.
int depthDelta(const std::string& s, int depth, bool stopAtBody, size_t* body) {
  char quote = 0;
  for (size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (quote) {
      if (c == '\\' && quote != '`') i++;
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'' || c == '`') quote = c;
    else if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') break;
    else if (c == '{' && depth == 0 && stopAtBody) {
      *body = i;
      return depth;
    } else if (c == '(' || c == '[' || c == '{') depth++;
    else if (c == ')' || c == ']' || c == '}') depth--;
  }
  return depth;
}

// The comment lines right above lines[idx] (directives left out).
std::string commentAbove(const SourceLines& lines, int idx) {
  std::vector<std::string> out;
  for (int i = idx - 1; i >= 0; i--) {
    std::string t = trim(lines[size_t(i)]);
    if (!startsWith(t, "//")) break;
    if (startsWith(t, "//go:") || startsWith(t, "//line ")) continue;
    t = t.substr(2);
    if (!t.empty() && t[0] == ' ') t = t.substr(1);
    out.push_back(t);
  }
  std::reverse(out.begin(), out.end());
  std::string doc;
  for (auto& l : out) doc += l + "\n";
  return doc;
}

}  // namespace

DocText declAt(const SourceLines& lines, int line) {
  DocText d;
  int idx = line - 1;
  if (idx < 0 || size_t(idx) >= lines.size()) return d;
  const std::string& first = lines[size_t(idx)];
  bool isFunc = startsWith(first, "func");
  if (!first.empty() && first[0] == '\t') {
    // A member of a group: the whole group and its comment, as go doc shows them.
    for (int i = idx - 1; i >= 0; i--) {
      const std::string& g = lines[size_t(i)];
      if (g.empty() || g[0] == '\t' || startsWith(g, "//")) continue;
      if (startsWith(g, "const (") || startsWith(g, "var (") || startsWith(g, "type (")) {
        for (size_t j = size_t(i); j < lines.size(); j++) {
          d.decl += lines[j];
          if (startsWith(lines[j], ")")) break;
          d.decl += "\n";
        }
        d.doc = commentAbove(lines, i);
        return d;
      }
      break;
    }
  }
  int depth = 0;
  for (size_t i = size_t(idx); i < lines.size(); i++) {
    const std::string& l = lines[i];
    size_t body = std::string::npos;
    depth = depthDelta(l, depth, isFunc, &body);
    std::string part = i == size_t(idx) ? trim(l) : l;
    if (body != std::string::npos) {
      part = trim(l.substr(0, body));
      d.decl += part;
      break;
    }
    d.decl += part;
    if (depth <= 0) break;
    d.decl += "\n";
  }
  d.doc = commentAbove(lines, idx);
  return d;
}

std::string hideUnexportedFields(const std::string& decl) {
  if (decl.find("struct {\n") == std::string::npos) return decl;
  std::string out, comments;
  bool hidden = false;
  size_t start = 0;
  while (start < decl.size()) {
    size_t end = decl.find('\n', start);
    if (end == std::string::npos) end = decl.size();
    std::string l = decl.substr(start, end - start);
    std::string t = trim(l);
    bool field = start > 0 && l.size() > 1 && l[0] == '\t' && l[1] != '\t' && l[1] != '}';
    if (field && startsWith(t, "//")) {
      comments += l + "\n";
    } else if (field && !t.empty() && (std::islower(static_cast<unsigned char>(t[0])) || t[0] == '_')) {
      comments.clear();
      hidden = true;
    } else {
      if (t == "}" && hidden) out += "\t// Has unexported fields.\n";
      out += comments + l + (end < decl.size() ? "\n" : "");
      comments.clear();
    }
    start = end + 1;
  }
  return out;
}

bool findDecl(const SourceLines& lines, const std::string& name, DocText& out) {
  size_t dot = name.find('.');
  if (dot != std::string::npos) {
    std::regex method("^func \\([^)]*?\\b\\*?" + name.substr(0, dot) + "(\\[[^\\]]*\\])?\\) " +
                      name.substr(dot + 1) + "[(\\[]");
    for (size_t i = 0; i < lines.size(); i++)
      if (std::regex_search(lines[i], method)) {
        out = declAt(lines, int(i) + 1);
        return true;
      }
    return false;
  }
  std::regex top("^(func " + name + "[(\\[]|(type|var|const) (\\w+, )*" + name + "\\b)");
  std::regex member("^\t(\\w+, )*" + name + "\\b");
  bool inGroup = false;
  for (size_t i = 0; i < lines.size(); i++) {
    const std::string& l = lines[i];
    if (startsWith(l, "const (") || startsWith(l, "var (") || startsWith(l, "type (")) {
      inGroup = true;
      continue;
    }
    if (inGroup && startsWith(l, ")")) inGroup = false;
    if (std::regex_search(l, top) || (inGroup && std::regex_search(l, member))) {
      out = declAt(lines, int(i) + 1);
      return true;
    }
  }
  return false;
}

std::vector<SourceLines> goSourceFiles(const std::string& importPath) {
  namespace fs = std::filesystem;
  std::vector<std::string> roots;
  if (const char* g = std::getenv("GOROOT")) roots.push_back(std::string(g) + "/src");
  roots.push_back("/usr/lib/go/src");
  roots.push_back("/usr/local/go/src");
  std::vector<SourceLines> files;
  for (const std::string& root : roots) {
    std::error_code ec;
    fs::path dir = fs::path(root) / importPath;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> names;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      std::string n = e.path().filename().string();
      if (n.size() > 3 && n.compare(n.size() - 3, 3, ".go") == 0 && n.find("_test.go") == std::string::npos)
        names.push_back(e.path());
    }
    std::sort(names.begin(), names.end());
    std::vector<SourceLines> constrained;  // files with a build constraint: searched last
    for (const fs::path& p : names) {
      std::ifstream in(p);
      SourceLines lines;
      bool tagged = false;
      for (std::string l; std::getline(in, l);) {
        if (startsWith(l, "//go:build")) tagged = true;
        lines.push_back(l);
      }
      (tagged ? constrained : files).push_back(std::move(lines));
    }
    for (auto& f : constrained) files.push_back(std::move(f));
    break;
  }
  if (files.empty()) {  // a package Go 1.19's tree has not (slices, maps, cmp): golite's own source
    for (const auto& src : stdlib::packageSources(importPath)) {
      SourceLines lines;
      std::istringstream in{std::string(src.text)};
      for (std::string l; std::getline(in, l);) lines.push_back(l);
      files.push_back(std::move(lines));
    }
  }
  return files;
}

std::string packageDoc(const std::vector<SourceLines>& files) {
  for (const SourceLines& f : files)
    for (size_t i = 0; i < f.size(); i++)
      if (startsWith(f[i], "package ")) {
        std::string doc = commentAbove(f, int(i));
        if (startsWith(doc, "Package ")) return doc;
        break;
      }
  return "";
}

std::string formatDoc(const DocText& d) {
  std::string out = d.decl + "\n";
  size_t start = 0;
  while (start < d.doc.size()) {
    size_t end = d.doc.find('\n', start);
    std::string l = d.doc.substr(start, end - start);
    out += l.empty() ? "\n" : "    " + l + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace golite
