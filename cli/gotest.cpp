// golite test, as go test: the package's files and its _test.go files (same package) are
// checked and compiled together with a generated main, which hands every Test, Benchmark
// and Example function to package testing (stdlib/go/testing, golite's own); go test's
// flags reach it as a test binary's -test.* arguments. The summary line go test's own
// command prints (`ok  \tPKG\t0.012s`, or `exit status 1` and `FAIL\tPKG\t...`) is printed
// from the runtime's exit hook, so it follows a test that calls os.Exit, panics or
// deadlocks, as it follows one that returns.
#include "cli/gotest.h"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "frontend/syntax/parse.h"
#include "runtime/proc.h"
#include "runtime/write.h"

namespace golite {

namespace {

// go test's isTest: the name is the prefix, or the prefix followed by a rune that is not
// a lower-case letter (TestFoo, Test_x, Test2; not Testing).
bool isTestName(const std::string& name, const std::string& prefix) {
  if (name.rfind(prefix, 0) != 0) return false;
  if (name.size() == prefix.size()) return true;
  char c = name[prefix.size()];
  return !(c >= 'a' && c <= 'z');
}

// Whether the single parameter is *pkg.NAME for the file's name of package testing.
bool oneParamOf(ast::FuncDecl* fd, const std::string& type) {
  auto& ps = fd->funcType->params;
  if (ps.size() != 1 || ps[0].names.size() > 1 || !fd->funcType->results.empty()) return false;
  ast::Expr* t = ast::unparen(ps[0].typeExpr);
  if (!t || t->kind != ast::NodeKind::StarExpr) return false;
  t = ast::unparen(t->as<ast::StarExpr>()->x);
  return t && t->kind == ast::NodeKind::SelectorExpr && t->as<ast::SelectorExpr>()->sel->name == type;
}

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r");
  return s.substr(a, b - a + 1);
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return s;
}

// An example's expected output: the text after the last `// Output:` (or `// Unordered
// output:`) comment in its body, each following comment line without its `//` and one
// space. *has is false when there is none (the example is compiled, not run).
std::string exampleOutput(const std::string& src, ast::FuncDecl* fd, bool* has, bool* unordered) {
  *has = false;
  *unordered = false;
  std::vector<std::string> lines;
  size_t start = 0;
  for (int ln = 1; start <= src.size(); ln++) {
    size_t nl = src.find('\n', start);
    std::string line = src.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (ln >= fd->body->pos.line && ln <= fd->body->rbrace.line) lines.push_back(line);
    if (nl == std::string::npos || ln > fd->body->rbrace.line) break;
    start = nl + 1;
  }
  int at = -1;
  std::string first;
  for (int i = int(lines.size()) - 1; i >= 0 && at < 0; i--) {
    std::string t = trim(lines[size_t(i)]);
    size_t c = t.find("//");
    if (c == std::string::npos) continue;
    std::string text = trim(t.substr(c + 2));
    std::string l = lower(text);
    for (const char* key : {"output:", "unordered output:"}) {
      if (l.rfind(key, 0) == 0) {
        at = i;
        *unordered = key[0] == 'u';
        first = trim(text.substr(std::string(key).size()));
        break;
      }
    }
  }
  if (at < 0) return "";
  *has = true;
  std::string out = first.empty() ? "" : first + "\n";
  for (size_t i = size_t(at) + 1; i < lines.size(); i++) {
    std::string t = trim(lines[i]);
    if (t.rfind("//", 0) != 0) break;
    std::string text = t.substr(2);
    if (!text.empty() && text[0] == ' ') text = text.substr(1);
    out += text + "\n";
  }
  return out;
}

std::string goQuote(const std::string& s) {
  std::string q = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': q += "\\\""; break;
      case '\\': q += "\\\\"; break;
      case '\n': q += "\\n"; break;
      case '\t': q += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          q += buf;
        } else {
          q += char(c);
        }
    }
  }
  return q + "\"";
}

std::string summaryPkg;
std::chrono::steady_clock::time_point summaryStart;

int printSummary(int status) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - summaryStart).count();
  char buf[512];
  int n;
  if (status == 0) {
    n = std::snprintf(buf, sizeof buf, "ok  \t%s\t%.3fs\n", summaryPkg.c_str(), secs);
  } else {
    n = std::snprintf(buf, sizeof buf, "exit status %d\nFAIL\t%s\t%.3fs\n", status, summaryPkg.c_str(), secs);
  }
  runtime::writeFd(1, buf, size_t(std::max(n, 0)));
  runtime::flushStdout();
  return status == 0 ? 0 : 1;
}

}  // namespace

bool parseTestFlags(const std::vector<std::string>& args, TestFlags& out) {
  // flags taking a value, and the name the test binary knows them by
  static const std::vector<std::string> withValue = {"run", "bench", "count", "benchtime", "timeout"};
  static const std::vector<std::string> boolean = {"v", "short", "failfast", "benchmem"};
  for (size_t i = 0; i < args.size(); i++) {
    const std::string& a = args[i];
    if (a == "-args" || a == "--args") {
      out.binaryArgs.insert(out.binaryArgs.end(), args.begin() + long(i) + 1, args.end());
      break;
    }
    if (a.size() < 2 || a[0] != '-') {
      out.targets.push_back(a);
      continue;
    }
    std::string name = a.substr(a[1] == '-' ? 2 : 1), val;
    bool hasVal = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      val = name.substr(eq + 1);
      name = name.substr(0, eq);
      hasVal = true;
    }
    if (std::find(boolean.begin(), boolean.end(), name) != boolean.end()) {
      if (hasVal && val != "true" && val != "false") {
        std::cerr << "invalid boolean value \"" << val << "\" for -" << name << "\n";
        return false;
      }
      bool on = !hasVal || val == "true";
      if (name == "v") out.verbose = on;
      out.binaryArgs.push_back("-test." + name + "=" + (on ? "true" : "false"));
      continue;
    }
    if (std::find(withValue.begin(), withValue.end(), name) != withValue.end()) {
      if (!hasVal) {
        if (i + 1 >= args.size()) {
          std::cerr << "flag needs an argument: -" << name << "\n";
          return false;
        }
        val = args[++i];
      }
      if (name == "timeout") out.timeout = val;
      else out.binaryArgs.push_back("-test." + name + "=" + val);
      continue;
    }
    std::cerr << "flag provided but not defined: -" << name << "\n";
    return false;
  }
  return true;
}

bool addTestMain(std::vector<ast::File*>& files, const std::vector<std::string>& sources, ast::Arena& arena,
                 Diagnostics& diags, std::string* err, bool* none, const std::vector<ast::File*>& underFiles,
                 const std::vector<std::string>& underSources, const std::string& underPath) {
  std::vector<std::string> tests, benchmarks;
  std::string examples;
  std::string testMain;
  bool anyTestFile = false;
  bool usesUnder = false;
  std::string pkgName = files.empty() || !files[0]->pkgName ? "main" : files[0]->pkgName->name;
  // the package's own files first (an external test package imports it), then its own
  struct Src {
    ast::File* f;
    const std::string* text;
    std::string qual;  // how the generated main names its functions
  };
  std::vector<Src> all;
  for (size_t i = 0; i < underFiles.size(); i++) all.push_back({underFiles[i], &underSources[i], "__golite_pkg."});
  for (size_t i = 0; i < files.size(); i++) all.push_back({files[i], &sources[i], ""});
  for (const Src& s : all) {
    ast::File* f = s.f;
    const std::string& fn = f->filename;
    bool testFile = fn.size() > 8 && fn.compare(fn.size() - 8, 8, "_test.go") == 0;
    for (ast::Node* d : f->decls) {
      if (d->kind != ast::NodeKind::FuncDecl) continue;
      auto* fd = d->as<ast::FuncDecl>();
      if (fd->recv) continue;
      const std::string& name = fd->name->name;
      if (!testFile || !fd->typeParams.empty()) continue;
      anyTestFile = true;
      std::string where = fn + ":" + std::to_string(fd->name->pos.line) + ":" + std::to_string(fd->name->pos.col);
      bool before = !s.qual.empty();
      if (name == "TestMain" && oneParamOf(fd, "M")) {
        testMain = s.qual + name;
      } else if (isTestName(name, "Test")) {
        if (!oneParamOf(fd, "T")) {
          *err = where + ": wrong signature for " + name + ", must be: func " + name + "(t *testing.T)";
          return false;
        }
        tests.push_back(s.qual + name);
      } else if (isTestName(name, "Benchmark")) {
        if (!oneParamOf(fd, "B")) {
          *err = where + ": wrong signature for " + name + ", must be: func " + name + "(b *testing.B)";
          return false;
        }
        benchmarks.push_back(s.qual + name);
      } else if (isTestName(name, "Example")) {
        if (!fd->funcType->params.empty() || !fd->funcType->results.empty() || !fd->body) continue;
        bool has = false, unordered = false;
        std::string out = exampleOutput(*s.text, fd, &has, &unordered);
        if (!has) continue;
        examples += "\t\t{" + goQuote(name) + ", " + s.qual + name + ", " + goQuote(out) + ", " +
                    (unordered ? "true" : "false") + "},\n";
      } else {
        continue;
      }
      if (before) usesUnder = true;
    }
    if (testFile) anyTestFile = true;
  }
  *none = !anyTestFile;
  std::string src = "package " + pkgName + "\n\nimport __golite_testing \"testing\"\n";
  if (testMain.empty()) src += "import __golite_os \"os\"\n";
  if (usesUnder) src += "import __golite_pkg " + goQuote(underPath) + "\n";
  src += "\nfunc " + std::string(kTestMainName) + "() {\n\t__golite_m := __golite_testing.MainStart(\n\t\t[]__golite_testing.InternalTest{\n";
  auto bare = [](const std::string& q) { return q.substr(q.find('.') + 1); };
  for (auto& t : tests) src += "\t\t\t{" + goQuote(bare(t)) + ", " + t + "},\n";
  src += "\t\t},\n\t\t[]__golite_testing.InternalBenchmark{\n";
  for (auto& b : benchmarks) src += "\t\t\t{" + goQuote(bare(b)) + ", " + b + "},\n";
  src += "\t\t},\n\t\t[]__golite_testing.InternalExample{\n" + examples + "\t\t},\n\t)\n";
  if (!testMain.empty()) src += "\t__golite_testing.RunTestMain(__golite_m, " + testMain + ")\n";
  else src += "\t__golite_os.Exit(__golite_m.Run())\n";
  src += "}\n";
  ast::File* gen = parseFile(arena, "_testmain.go", src, diags);
  if (!gen) return false;
  files.push_back(gen);
  return true;
}

void installTestSummary(const std::string& pkg) {
  summaryPkg = pkg;
  summaryStart = std::chrono::steady_clock::now();
  runtime::exitHook = printSummary;
}

}  // namespace golite
