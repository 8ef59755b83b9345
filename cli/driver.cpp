// The pipeline driver: source files to a checked, compiled program (see driver.h).
#include "cli/driver.h"
#include "cli/parsecache.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>

#include <malloc.h>
#include <map>
#include <sstream>
#include <string_view>

#include "cli/cachefile.h"
#include "cli/gotest.h"
#include "cli/imagecache.h"
#include "cli/load.h"
#include "cli/loader.h"
#include "frontend/types/check.h"
#include "frontend/compile/compile.h"
#include "frontend/escape/escape.h"
#include "frontend/syntax/parse.h"
#include "runtime/proc.h"
#include "runtime/write.h"
#include "stdlib/os.h"
#include "stdlib/sources.h"
#include "vm/vm.h"

namespace golite {

namespace {

// Whether a diagnostic is a package-loading error: go reports those alone, before
// (instead of) any type error.
bool isLoadError(const Diagnostic& d) {
  return d.msg.rfind("no required module provides package", 0) == 0 ||
         d.msg.rfind("use of internal package", 0) == 0 ||
         d.msg.rfind(kImportCycle, 0) == 0 ||
         (d.msg.rfind("package ", 0) == 0 && (d.msg.find(" is not in GOROOT") != std::string::npos ||
                                               d.msg.find(" is not supported by golite yet") != std::string::npos));
}

}  // namespace

void printDiagnostics(Diagnostics& diags) {
  if (std::any_of(diags.list.begin(), diags.list.end(), isLoadError)) {
    for (const auto& d : diags.list) {
      if (!isLoadError(d)) continue;
      // An import cycle is the package's, not a line's: go names the chain.
      if (d.msg.rfind(kImportCycle, 0) == 0)
        std::cerr << d.msg.substr(kImportCycle.size()) << ": import cycle not allowed\n";
      else std::cerr << d.str() << "\n";
    }
    return;
  }
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
    // A missing main is the linker's complaint to go, named by the symbol it lacks.
    if (d.pos.line == 0 && d.msg == "function main is undeclared in the main package")
      std::cerr << "runtime.main_main\u00b7f: " << d.msg << "\n";
    else
      std::cerr << d.str() << "\n";
  }
}

namespace {

// The main package's sources: the files named on the command line, or a folder's.
struct MainSources {
  std::vector<std::string> paths;     // as read
  std::vector<std::string> displays;  // as messages name them
  std::string dir;                    // their folder
  bool fromDir = false;
};

// Resolves `golite run` targets (one folder, or .go files of one folder) as go run does;
// on failure prints go's message and returns false.
bool mainSources(const std::vector<std::string>& targets, MainSources& out, bool tests = false, bool quiet = false) {
  std::ostringstream discard;
  std::ostream& err = quiet ? discard : std::cerr;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (targets.size() == 1 && !isGoFile(targets[0]) && !isScript(targets[0])) {
    const std::string& d = targets[0];
    if (!fs::is_directory(d, ec)) {
      err << "golite: cannot find package " << d << "\n";
      return false;
    }
    out.dir = d;
    out.fromDir = true;
    for (const auto& n : packageFiles(d, "amd64", tests)) {
      std::string full = (fs::path(d) / n).string();
      out.paths.push_back(full);
      out.displays.push_back(Loader::displayName(full));
    }
    if (out.paths.empty()) {
      err << "no Go files in " << fs::absolute(d, ec).lexically_normal().string() << "\n";
      return false;
    }
    return true;
  }
  for (const std::string& f : targets) {
    std::string fdir = fs::path(f).parent_path().string();
    if (fdir.empty()) fdir = ".";
    if (out.paths.empty()) {
      out.dir = fdir;
    } else if (fs::absolute(fdir, ec).lexically_normal() != fs::absolute(out.dir, ec).lexically_normal()) {
      err << "named files must all be in one directory; have " << out.dir << "/ and " << fdir << "/\n";
      return false;
    }
    out.paths.push_back(f);
    out.displays.push_back(f.rfind("./", 0) == 0 ? f.substr(2) : f);
  }
  return true;
}

}  // namespace

int runFile(const std::string& path, const RunOptions& opts) { return runProgram({path}, opts); }

int64_t parseDuration(const std::string& s) {
  if (s == "0") return 0;
  size_t i = 0;
  double total = 0;
  if (s.empty()) return -1;
  while (i < s.size()) {
    size_t start = i;
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) i++;
    if (i == start) return -1;
    double v = std::strtod(s.substr(start, i - start).c_str(), nullptr);
    size_t u = i;
    while (i < s.size() && !((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) i++;
    std::string unit = s.substr(u, i - u);
    double scale;
    if (unit == "ns") scale = 1;
    else if (unit == "us" || unit == "\u00b5s") scale = 1e3;
    else if (unit == "ms") scale = 1e6;
    else if (unit == "s") scale = 1e9;
    else if (unit == "m") scale = 60e9;
    else if (unit == "h") scale = 3600e9;
    else return -1;
    total += v * scale;
  }
  return int64_t(total);
}

namespace {

// --timeout: past it, every goroutine's stack and status 2, as go test's -timeout panic.
void startTimeout(int64_t ns, bool test, const std::string& text) {
  static std::string header;
  header = test ? "panic: test timed out after " + text : "panic: program timed out after " + text + " (--timeout)";
  std::thread([ns] {
    std::this_thread::sleep_for(std::chrono::nanoseconds(ns));
    runtime::flushStdout();
    runtime::printGoroutines(header.c_str());
    runtime::exitProcess(2);
  }).detach();
}

}  // namespace

// Parses, checks, analyses and compiles the program: an exit status, or -1 when init and
// mainFn are ready to run.
// pre, when not null: the targets' sources as the image cache resolved and read them (they
// are not read twice).
static int buildProgram(const std::vector<std::string>& targets, const RunOptions& opts, Loader& loader,
                        Program& program, vm::Proto*& init, vm::Proto*& mainFn, std::string& display,
                        const MainSources* pre = nullptr, const std::vector<std::string>* preContents = nullptr) {
  MainSources ms;
  if (pre) ms = *pre;
  else if (!mainSources(targets, ms, opts.test)) return 1;
  // The main module is the working directory's, as for the go command; files named on the
  // command line are the package command-line-arguments, and may import its packages.
  loader.module = findModule(".");
  if (ms.fromDir) {
    if (!loader.module) {
      std::cerr << "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n";
      return 1;
    }
    std::error_code ec;
    std::string rel = std::filesystem::absolute(ms.dir, ec).lexically_normal().lexically_relative(loader.module->root).string();
    if (rel.rfind("..", 0) == 0) {
      std::cerr << "directory " << ms.dir << " is outside main module or its selected dependencies\n";
      return 1;
    }
    loader.mainPath = importPathOf(*loader.module, ms.dir);
    loader.dirs.push_back(ms.dir);  // a file added to the folder is the package's too
  }
  std::vector<ast::File*> files;
  std::vector<std::string> sources;  // the texts of files (golite test reads examples' output comments)
  std::vector<ast::File*> extFiles;  // golite test: an external test package's files, and texts
  std::vector<std::string> extSources;
  std::string firstPkg, firstFile;
  for (size_t i = 0; i < ms.paths.size(); i++) {
    std::string src;
    if (preContents) src = (*preContents)[i];
    else if (!readFile(ms.paths[i], src)) {
      std::cerr << "golite: cannot read " << ms.paths[i] << "\n";
      return 1;
    }
    // A #! line (scripts) is not Go: blank it, keeping line numbers.
    if (src.size() >= 2 && src[0] == '#' && src[1] == '!') {
      size_t nl = src.find('\n');
      src.replace(0, nl == std::string::npos ? src.size() : nl, nl == std::string::npos ? src.size() : nl, ' ');
    }
    ast::File* f = parseCached(loader.nodes, ms.displays[i], src, loader.diags);
    if (!f) continue;
    std::string name = f->pkgName ? f->pkgName->name : "";
    if (opts.test && name.size() > 5 && name.compare(name.size() - 5, 5, "_test") == 0) {
      // go test's external test package (package x_test): it imports the package under
      // test, which a module's folder can give it by import path
      if (!ms.fromDir) {
        std::cerr << "golite: skipping " << ms.displays[i] << ": an external test package (package " << name
                  << ") needs its folder as a module's package: golite test in the folder\n";
        continue;
      }
      extFiles.push_back(f);
      extSources.push_back(std::move(src));
      continue;
    }
    if (firstPkg.empty()) {
      firstPkg = name;
      firstFile = ms.displays[i];
    } else if (name != firstPkg && !name.empty()) {
      std::error_code ec;
      std::string where = std::filesystem::absolute(ms.dir, ec).lexically_normal().string();
      if (where.size() > 1 && where.back() == '/') where.pop_back();
      std::cerr << "found packages " << firstPkg << " (" << std::filesystem::path(firstFile).filename().string()
                << ") and " << name << " (" << std::filesystem::path(ms.displays[i]).filename().string() << ") in "
                << where << "\n";
      return 1;
    }
    files.push_back(f);
    sources.push_back(std::move(src));
  }
  std::string testPkg = ms.fromDir ? loader.mainPath : "command-line-arguments";
  if (opts.test && loader.diags.empty() && !extFiles.empty() && !files.empty()) {
    // The package under test (its internal tests included) is checked first, as the
    // package of its import path; the external test package becomes the program.
    loader.loading.push_back(loader.mainPath);
    loader.checkers.push_back(loader.checker());
    types::Package* under = loader.checkers.back()->checkPackage(loader.mainPath, files);
    loader.loading.pop_back();
    loader.loaded[loader.mainPath] = under;
    loader.order.push_back(under);
    if (!loader.diags.empty()) {
      std::cerr << "# " << testPkg << " [" << testPkg << ".test]\n";
      printDiagnostics(loader.diags);
      std::cout << "FAIL\t" << testPkg << " [build failed]\n";
      return 2;
    }
    std::string err;
    bool none = false;
    bool ok = addTestMain(extFiles, extSources, loader.nodes, loader.diags, &err, &none, files, sources,
                          loader.mainPath);
    if (!ok && !err.empty()) {
      std::cerr << "# " << testPkg << "\n" << err << "\n";
      std::cout << "FAIL\t" << testPkg << " [setup failed]\n";
      return 2;
    }
    files = extFiles;
    firstPkg = files[0]->pkgName->name;
  } else if (opts.test && loader.diags.empty() && !files.empty()) {
    std::string err;
    bool none = false;
    bool ok = addTestMain(files, sources, loader.nodes, loader.diags, &err, &none);
    if (none) {
      std::cout << "?   \t" << testPkg << "\t[no test files]\n";
      return 0;
    }
    if (!ok && !err.empty()) {
      std::cerr << "# " << testPkg << "\n" << err << "\n";
      std::cout << "FAIL\t" << testPkg << " [setup failed]\n";
      return 2;
    }
  }
  if (!loader.diags.empty() || files.empty()) {
    printDiagnostics(loader.diags);
    if (opts.test) {  // go test's status for a package that does not build
      std::cout << "FAIL\t" << testPkg << " [build failed]\n";
      return 2;
    }
    return 1;
  }
  display = opts.test ? testPkg : ms.displays[0];  // golite test: the package, for the summary
  ast::File* file = files[0];
  // A folder's package other than main: go run's refusal, with its import path.
  if (ms.fromDir && firstPkg != "main" && !opts.buildOnly && !opts.test) {
    std::cerr << "package " << loader.mainPath << " is not a main package\n";
    return 1;
  }
  std::unique_ptr<Checker> checkerPtr = loader.checker();
  Checker& checker = *checkerPtr;
  checker.allowBodylessFuncs(opts.buildOnly);
  types::Package* mainPkg = checker.checkPackage("main", files);
  if (!loader.diags.empty()) {
    if (opts.test) std::cerr << "# " << testPkg << " [" << testPkg << ".test]\n";
    printDiagnostics(loader.diags);
    if (opts.test) {
      std::cout << "FAIL\t" << testPkg << " [build failed]\n";
      return 2;
    }
    return 1;
  }
  if (opts.checkOnly) return 0;
  // go build compiles a package other than main and discards the result; so does golite
  // build (Go's escape tests are such packages). Running one is an error.
  bool isMain = !file->pkgName || file->pkgName->name == "main" || opts.test;
  if (!isMain && !opts.buildOnly) {
    std::cerr << "package " << file->pkgName->name << " is not a main package\n";
    return 1;
  }
  // Escape analysis, package by package in the order they were checked (imports first),
  // so calls into a package use its functions' summaries. -m reports on the main file.
  if (opts.escape) {
    // Go names a file in the current directory ./x.go. Messages come in gc's order: each
    // decision as it is made, batch by batch.
    escape::Analyzer analyzer;
    std::vector<escape::Message> msgs;
    for (types::Package* p : loader.order) analyzer.analyzePackage(p, 0, msgs);
    analyzer.analyzePackage(mainPkg, opts.escapeReport, msgs);
    // Only -m reports: the analysis also records some messages (self-assignments,
    // devirtualization) at report level 0, and for imported packages.
    if (opts.escapeReport > 0)
      for (const auto& m : msgs)
        std::cerr << escape::shownFileName(m.file) << ":" << m.line << ":" << m.col << ": " << m.text << "\n";
  }
  try {
    for (types::Package* p : loader.order) program.compilePackage(p);
    program.compilePackage(mainPkg);
    if (isMain) mainFn = program.mainProto(mainPkg, opts.test ? kTestMainName : "main");
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  if (!isMain) return 0;  // build only, checked above
  if (!mainFn) {
    std::cerr << "function main is undeclared in the main package\n";
    return 1;
  }
  init = program.initProto();
  if (opts.buildOnly) return 0;
  if (opts.disasm) {
    for (auto& p : program.protos())
      if (p->file == display || p.get() == init) std::cout << vm::disassemble(p.get()) << "\n";
    return 0;
  }
  return -1;
}

// The front end's memory (every package's syntax trees, types and checker state) is not
// used once the program is compiled: nothing the VM runs points into it. Freed while the
// program starts, on a thread of its own (a large program's front end is most of its
// RSS: 150 MB with net/http), then returned to the OS. Under the sanitizers it is freed
// before the program runs, so that a use of it would be reported.
static void releaseFrontEnd(std::unique_ptr<Loader> loader) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  loader.reset();
  malloc_trim(0);
#else
  std::thread([l = std::move(loader)]() mutable {
    l.reset();
    malloc_trim(0);
  }).detach();
#endif
}

int runProgram(const std::vector<std::string>& targets, const RunOptions& opts) {
  auto loaderOwner = std::make_unique<Loader>();
  Loader& loader = *loaderOwner;
  auto program = std::make_unique<Program>();
  vm::Proto* init = nullptr;
  vm::Proto* mainFn = nullptr;
  std::string display;
  // A program run before, unchanged: its image (cli/imagecache.h), without a front end.
  std::optional<ImageCache> images;
  bool loaded = false;
  MainSources ms;
  std::vector<std::string> contents;
  if (!opts.disasm && !opts.buildOnly && opts.escapeReport == 0 && !opts.test && !opts.checkOnly) {
    bool readable = mainSources(targets, ms, false, true);  // its complaints come with the build's
    contents.resize(ms.paths.size());
    for (size_t i = 0; readable && i < ms.paths.size(); i++) readable = readFile(ms.paths[i], contents[i]);
    if (readable) {
      images.emplace(ms.displays, contents, opts.escape);
      onFrontEndStack([&] { loaded = images->load(*program, init, mainFn, display); });
      // An image that did not check out may have made descriptors, itabs and global cells
      // the runtime now knows: that Program is kept (never freed), a fresh one builds.
      if (!loaded && (init || !program->protos().empty())) {
        (void)program.release();
        program = std::make_unique<Program>();
        init = mainFn = nullptr;
      }
    }
  }
  if (!loaded) {
    // The front end runs on a large stack of its own: the checker, escape analysis and
    // the compiler recurse over the AST as deep as the parser lets a program nest (a flat
    // chain of 100,000 operators). -1: built, run it.
    int status = -1;
    onFrontEndStack([&] {
      status = buildProgram(targets, opts, loader, *program, init, mainFn, display, images ? &ms : nullptr,
                            images ? &contents : nullptr);
    });
    if (status >= 0) return status;
    if (images) images->store(*program, init, mainFn, display, loader.dirs);
  }
  std::vector<std::string> args{opts.test ? display + ".test" : display};
  args.insert(args.end(), opts.args.begin(), opts.args.end());
  if (opts.test) {
    args.push_back("-test.pkg=" + display);
    installTestSummary(display);
  }
  stdlib::os::setOSArgs(args);
  if (opts.timeoutNs > 0) startTimeout(opts.timeoutNs, opts.test, opts.timeoutText);
  // The grammar's prediction caches, and what parsing (or reading the image) left freed
  // in malloc's arenas, go back before the program runs; a front end that ran is freed.
  releaseParseCaches();
  malloc_trim(0);
  if (!loaded) releaseFrontEnd(std::move(loaderOwner));
  return vm::runMain(init, mainFn);
}

std::string testUsage() {
  return "usage: golite test [-v] [-run regexp] [-bench regexp] [-count n] [-benchtime t] [-short] [-failfast]\n"
         "                   [folder | files] [-args ...]\n"
         "\n"
         "Runs the Test, Benchmark and Example functions of the package in folder (default: the\n"
         "current one) or of the named files, as go test does, with package testing.\n"
         "  -v            print each test's name and log as it runs\n"
         "  -run regexp   run only the tests and examples matching regexp\n"
         "  -bench regexp run the benchmarks matching regexp (-bench . : all)\n"
         "  -count n      run each test n times\n"
         "  -benchtime t  run each benchmark for duration t (1s) or t = Nx iterations\n"
         "  -short        testing.Short() reports true\n"
         "  -failfast     stop after the first failing test\n"
         "  -args ...     the rest goes to the tests (os.Args)\n";
}

std::vector<std::pair<std::string, std::string>> environment() {
  const char* root = std::getenv("GOROOT");
  std::error_code ec;
  std::string goroot = root && *root ? root : std::filesystem::exists("/usr/lib/go-1.19/src", ec) ? "/usr/lib/go-1.19" : "";
  const char* gogc = std::getenv("GOGC");
  const char* debug = std::getenv("GODEBUG");
  const char* procs = std::getenv("GOMAXPROCS");
  auto mod = findModule(".");
  return {{"GOARCH", "amd64"},
          {"GOOS", "linux"},
          {"GOVERSION", "go1.19-golite"},
          {"GOROOT", goroot},
          {"GOMOD", mod ? (std::filesystem::path(mod->root) / "go.mod").string() : "/dev/null"},
          {"GOGC", gogc ? gogc : ""},
          {"GODEBUG", debug ? debug : ""},
          {"GOMAXPROCS", procs ? procs : ""},
          {"GOLITECACHE", cache::baseDir()}};  // the caches' folder: parse-*, image-*
}

int runTests(const std::vector<std::string>& argv) {
  TestFlags flags;
  if (!parseTestFlags(argv, flags)) {
    std::cerr << testUsage();
    return 2;
  }
  RunOptions opts;
  opts.test = true;
  opts.args = flags.binaryArgs;
  opts.timeoutNs = parseDuration(flags.timeout);
  opts.timeoutText = flags.timeout;
  if (opts.timeoutNs < 0) {
    std::cerr << "invalid value \"" << flags.timeout << "\" for flag -timeout: parse error\n" << testUsage();
    return 2;
  }
  std::vector<std::string> targets = flags.targets;
  if (targets.empty()) targets.push_back(".");
  return runProgram(targets, opts);
}

}  // namespace golite
