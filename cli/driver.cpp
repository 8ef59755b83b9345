// The pipeline driver: source files to a checked, compiled program (see driver.h).
#include "cli/driver.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>

#include <malloc.h>
#include <map>
#include <sstream>

#include "frontend/types/check.h"
#include "frontend/compile/compile.h"
#include "frontend/escape/escape.h"
#include "frontend/syntax/parse.h"
#include "stdlib/os.h"
#include "stdlib/sources.h"
#include "vm/vm.h"

namespace golite {

namespace {

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

void printDiagnostics(Diagnostics& diags) {
  std::stable_sort(diags.list.begin(), diags.list.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.file != b.file) return false;
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
  });
  size_t n = 0;
  for (auto& d : diags.list) {
    if (n++ == Diagnostics::kMax) {
      std::cerr << "too many errors\n";
      break;
    }
    std::cerr << d.str() << "\n";
  }
}

// Loads, parses and checks packages, remembering the order in which they finished so
// the compiler can take dependencies first.
struct Loader {
  ast::Arena nodes;
  types::TypeArena typeArena;
  Diagnostics diags;
  std::map<std::string, types::Package*> loaded;
  std::vector<types::Package*> order;
  std::vector<std::unique_ptr<Checker>> checkers;

  Checker::Importer importer() {
    return [this](const std::string& path) { return import(path); };
  }

  types::Package* import(const std::string& path) {
    auto it = loaded.find(path);
    if (it != loaded.end()) return it->second;
    const auto& sources = stdlib::packageSources(path);
    if (sources.empty()) return nullptr;
    loaded[path] = nullptr;  // an import cycle finds nullptr
    std::vector<ast::File*> files;
    for (const auto& src : sources) {
      ast::File* f = parseFile(nodes, "$GOROOT/src/" + src.name, src.text, diags);
      if (f) files.push_back(f);
    }
    checkers.push_back(std::make_unique<Checker>(typeArena, nodes, diags, importer()));
    types::Package* pkg = checkers.back()->checkPackage(path, files);
    loaded[path] = pkg;
    order.push_back(pkg);
    return pkg;
  }
};

}  // namespace

int runFile(const std::string& path, const RunOptions& opts) {
  std::string src;
  if (!readFile(path, src)) {
    std::cerr << "golite: cannot read " << path << "\n";
    return 1;
  }
  // A #! line (scripts) is not Go: blank it, keeping line numbers.
  if (src.size() >= 2 && src[0] == '#' && src[1] == '!') {
    size_t nl = src.find('\n');
    src.replace(0, nl == std::string::npos ? src.size() : nl, nl == std::string::npos ? src.size() : nl, ' ');
  }
  std::string display = path;
  if (display.rfind("./", 0) == 0) display = display.substr(2);

  Loader loader;
  ast::File* file = parseFile(loader.nodes, display, src, loader.diags);
  if (!file) {
    printDiagnostics(loader.diags);
    return 1;
  }
  Checker checker(loader.typeArena, loader.nodes, loader.diags, loader.importer());
  checker.allowBodylessFuncs(opts.buildOnly);
  types::Package* mainPkg = checker.checkPackage("main", {file});
  if (!loader.diags.empty()) {
    printDiagnostics(loader.diags);
    return 1;
  }
  // go build compiles a package other than main and discards the result; so does golite
  // build (Go's escape tests are such packages). Running one is an error.
  bool isMain = !file->pkgName || file->pkgName->name == "main";
  if (!isMain && !opts.buildOnly) {
    std::cerr << "package " << file->pkgName->name << " is not a main package\n";
    return 1;
  }
  // Escape analysis, package by package in the order they were checked (imports first),
  // so calls into a package use its functions' summaries. -m reports on the main file.
  if (opts.escape) {
    // Go names a file in the current directory ./x.go. Messages come in gc's order: each
    // decision as it is made, batch by batch.
    std::string shown = display.find('/') == std::string::npos ? "./" + display : display;
    escape::Analyzer analyzer;
    analyzer.setShownFile(shown);
    std::vector<escape::Message> msgs;
    for (types::Package* p : loader.order) analyzer.analyzePackage(p, 0, msgs);
    analyzer.analyzePackage(mainPkg, opts.escapeReport, msgs);
    // Only -m reports: the analysis also records some messages (self-assignments,
    // devirtualization) at report level 0, and for imported packages.
    if (opts.escapeReport > 0)
      for (const auto& m : msgs)
        std::cerr << shown << ":" << m.line << ":" << m.col << ": " << m.text << "\n";
  }
  Program program;
  vm::Proto* mainFn = nullptr;
  try {
    for (types::Package* p : loader.order) program.compilePackage(p);
    program.compilePackage(mainPkg);
    if (isMain) mainFn = program.mainProto(mainPkg);
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  if (!isMain) return 0;  // build only, checked above
  if (!mainFn) {
    std::cerr << "function main is undeclared in the main package\n";
    return 1;
  }
  vm::Proto* init = program.initProto();
  if (opts.buildOnly) return 0;
  if (opts.disasm) {
    for (auto& p : program.protos())
      if (p->file == display || p.get() == init) std::cout << vm::disassemble(p.get()) << "\n";
    return 0;
  }
  std::vector<std::string> args{display};
  args.insert(args.end(), opts.args.begin(), opts.args.end());
  stdlib::os::setOSArgs(args);
  // The grammar's prediction caches, and what parsing left freed in malloc's arenas, go
  // back before the program runs.
  releaseParseCaches();
  malloc_trim(0);
  return vm::runMain(init, mainFn);
}

}  // namespace golite
