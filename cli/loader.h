// Loading a program's packages: the Loader (parse and check, imports first, standard
// packages from the embedded sources, a module's from its folders) and go's way of
// printing the diagnostics. Shared by the run driver (driver.cpp) and the REPL (repl.cpp).
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/load.h"
#include "cli/parsecache.h"
#include "frontend/syntax/diag.h"
#include "frontend/syntax/parse.h"
#include "frontend/types/check.h"
#include "stdlib/sources.h"
#include "runtime/mheap.h"
#include "vm/native.h"

namespace golite {

// An import cycle's diagnostic: this prefix, then the chain (go prints the chain, then
// the reason).
constexpr std::string_view kImportCycle = "import cycle not allowed: ";

// Runs fn on the front end's large stack (onLargeStack), allocating from the calling
// thread's cache: the Go heap objects the compiler makes (package variables' cells, static
// closures) come from the cache of the thread that waits, as if it ran there, and no
// cache the scheduler does not know belongs to another thread meanwhile.
inline void onFrontEndStack(const std::function<void()>& fn) {
  runtime::mcache* cache = runtime::getMCache();
  onLargeStack([&] {
    runtime::mcache* own = runtime::swapMCache(cache);
    struct Restore {
      runtime::mcache* own;
      ~Restore() { runtime::swapMCache(own); }
    } restore{own};
    fn();
  });
}

// Prints diagnostics as go does: package-loading errors alone, else every error by
// position, at most Diagnostics::kMax.
void printDiagnostics(Diagnostics& diags);

// Loads, parses and checks packages, remembering the order in which they finished so
// the compiler can take dependencies first. Imports are the standard library's packages
// (embedded sources) and, inside a module, the module's own packages (its folders).
struct Loader {
  ast::Arena nodes;
  types::TypeArena typeArena;
  Diagnostics diags;
  std::map<std::string, types::Package*> loaded;
  std::vector<types::Package*> order;
  std::vector<std::unique_ptr<Checker>> checkers;
  std::optional<Module> module;
  std::vector<std::string> loading;  // the import paths being loaded, outermost first
  std::string mainPath = "command-line-arguments";
  std::vector<std::string> dirs;  // the folders packages were read from (the image cache's)

  std::unique_ptr<Checker> checker() {
    auto c = std::make_unique<Checker>(typeArena, nodes, diags, [this](const std::string& p) { return import(p); });
    c->setImportError([this](const std::string& p) { return importError(p); });
    return c;
  }

  bool inModule(const std::string& path) const {
    return module && !module->path.empty() &&
           (path == module->path || path.rfind(module->path + "/", 0) == 0);
  }

  // The importing package: the one being loaded, or the main package.
  const std::string& importer() const { return loading.empty() ? mainPath : loading.back(); }

  // The internal rule: a/b/internal/c may be imported only from a/b and below.
  static bool internalAllowed(const std::string& from, const std::string& path) {
    size_t k = path.rfind("/internal/");
    size_t cut = std::string::npos;
    if (k != std::string::npos) cut = k;
    else if (path.size() >= 9 && path.compare(path.size() - 9, 9, "/internal") == 0) cut = path.size() - 9;
    if (cut == std::string::npos) return true;
    std::string parent = path.substr(0, cut);
    return from == parent || from.rfind(parent + "/", 0) == 0;
  }

  // Why import(path) found nothing, in the go command's words.
  std::string importError(const std::string& path) {
    if (stdInternalDenied(path)) return "use of internal package " + path + " not allowed";
    if (auto it = goSourceErrors.find(path); it != goSourceErrors.end()) return it->second;
    if (auto it = goSourceErrors.find("vendor/" + path); it != goSourceErrors.end() && isStdPath(importer()))
      return it->second;
    if (inModule(path) && !internalAllowed(importer(), path)) return "use of internal package " + path + " not allowed";
    if (std::find(loading.begin(), loading.end(), path) != loading.end()) {
      std::string chain = std::string(kImportCycle) + "package " + mainPath;
      for (const auto& l : loading) chain += "\n\timports " + l;
      return chain + "\n\timports " + path;
    }
    std::string first = path.substr(0, path.find('/'));
    if (first.find('.') == std::string::npos && !inModule(path)) return "";  // the checker's GOROOT message
    if (!module)
      return "no required module provides package " + path +
             ": go.mod file not found in current directory or any parent directory; see 'go help modules'";
    return "no required module provides package " + path + "; to add it:\n\tgo get " + path;
  }

  // A standard package's path: its first element has no dot, and it is neither the main
  // package nor one of the module's.
  bool isStdPath(const std::string& p) const {
    return p != mainPath && p.substr(0, p.find('/')).find('.') == std::string::npos && !inModule(p);
  }

  // The standard library's internal packages are its own: a program may not import them.
  bool stdInternalDenied(const std::string& path) const {
    bool internal = path.rfind("internal/", 0) == 0 || path.find("/internal/") != std::string::npos ||
                    (path.size() > 9 && path.compare(path.size() - 9, 9, "/internal") == 0);
    if (!internal || path.substr(0, path.find('/')).find('.') != std::string::npos) return false;
    const std::string& from = importer();
    bool fromStd = from != mainPath && from.substr(0, from.find('/')).find('.') == std::string::npos &&
                   !inModule(from);
    return !fromStd;
  }

  types::Package* import(const std::string& path) {
    if (stdInternalDenied(path)) return nullptr;
    // The standard library's own copies of golang.org/x packages, in $GOROOT/src/vendor
    // (crypto/ecdsa imports golang.org/x/crypto/cryptobyte): for its packages only, as go.
    if (path.substr(0, path.find('/')).find('.') != std::string::npos && isStdPath(importer())) {
      std::string vendored = "vendor/" + path;
      if (auto v = loaded.find(vendored); v != loaded.end()) return v->second;
      if (std::string dir = goSourceDir(vendored); !dir.empty()) return importGoSource(vendored, dir);
    }
    auto it = loaded.find(path);
    if (it != loaded.end()) return it->second;
    const auto& sources = stdlib::packageSources(path);
    std::vector<ast::File*> files;
    if (!sources.empty()) {
      loaded[path] = nullptr;  // an import cycle finds nullptr
      for (const auto& src : sources) {
        ast::File* f = parseCached(nodes, "$GOROOT/src/" + std::string(src.name), src.text, diags);
        if (f) files.push_back(f);
      }
    } else if (std::string dir = goSourceDir(path); !dir.empty()) {
      return importGoSource(path, dir);
    } else if (inModule(path)) {
      if (!internalAllowed(importer(), path)) return nullptr;
      std::string dir = module->root + path.substr(module->path.size());
      std::vector<std::string> names = packageFiles(dir);
      dirs.push_back(dir);
      if (names.empty()) return nullptr;
      loaded[path] = nullptr;
      files = parseFiles(dir, names, [](const std::string& full) { return displayName(full); });
    } else {
      return nullptr;
    }
    loading.push_back(path);
    checkers.push_back(checker());
    types::Package* pkg = checkers.back()->checkPackage(path, files);
    loading.pop_back();
    loaded[path] = pkg;
    order.push_back(pkg);
    return pkg;
  }

  // A standard package golite has no source of its own for: Go's, as the golang-1.19-src
  // package installs it. Its files are chosen as for linux/sparc64, a 64-bit target gc
  // has no assembly for, with the purego and math_big_pure_go tags: Go's packages then
  // take their pure-Go files (crc32_otherarch.go, count_generic.go, arith_decl_pure.go
  // ...) rather than assembly golite cannot run. A package that
  // does not compile (it needs reflect, or runtime internals golite lacks) is reported at
  // the import as not supported, with its first error, not with all of them.
  // Whether fd is linked (//go:linkname) to a function of a package its file imports:
  // the compiler makes it that function (mime/multipart's readMIMEHeader, net/textproto's).
  static bool linksToImport(ast::File* f, ast::FuncDecl* fd) {
    std::string target = fd->linkTarget();
    if (target.empty()) return false;
    std::string pkg = target.substr(0, target.rfind('.'));
    for (ast::GenDecl* g : f->imports)
      for (ast::Node* s : g->specs)
        if (s->kind == ast::NodeKind::ImportSpec && s->as<ast::ImportSpec>()->path == pkg) return true;
    return false;
  }

  types::Package* importGoSource(const std::string& path, const std::string& dir) {
    std::vector<std::string> names = packageFiles(dir, "sparc64");
    dirs.push_back(dir);
    if (names.empty()) return nullptr;
    loaded[path] = nullptr;
    std::vector<Diagnostic> outer;
    std::swap(outer, diags.list);
    std::vector<ast::File*> files =
        parseFiles(dir, names, [&](const std::string& full) { return "$GOROOT/src/" + path + full.substr(dir.size()); });
    // golite's additions to a package of Go's, in stdlib/go/internal/overlay/PATH (what
    // golite's own packages must share with it: internal/poll's deadline error and os's).
    for (const auto& src : stdlib::packageSources("internal/overlay/" + path))
      if (ast::File* f = parseCached(nodes, "$GOROOT/src/" + std::string(src.name), src.text, diags)) files.push_back(f);
    // A function without a body is Go's assembly or a link into Go's runtime: unless golite
    // has a native of that name, the package cannot work (its calls would fail).
    for (ast::File* f : files) {
      for (ast::Node* d : f->decls) {
        if (d->kind != ast::NodeKind::FuncDecl) continue;
        auto* fd = d->as<ast::FuncDecl>();
        if (fd->body || fd->recv || !diags.list.empty()) continue;
        if (!vm::findNative(path + "." + fd->name->name) && !linksToImport(f, fd))
          diags.error(f->filename, fd->pos, "function " + fd->name->name + " has no body (assembly or Go's runtime)");
      }
    }
    types::Package* pkg = nullptr;
    if (diags.list.empty()) {
      loading.push_back(path);
      checkers.push_back(checker());
      pkg = checkers.back()->checkPackage(path, files);
      loading.pop_back();
    }
    if (!diags.list.empty()) {
      const Diagnostic& d = diags.list[0];
      std::string why = "Go's source of it does not compile here: " + d.str();
      if (d.msg.rfind("package ", 0) == 0 && d.msg.find(" is not supported by golite yet") != std::string::npos)
        why = "it imports " + d.msg.substr(8, d.msg.find(' ', 8) - 8) + ", which is not";  // a dependency's failure
      goSourceErrors[path] = "package " + path + " is not supported by golite yet (" + why + ")";
      pkg = nullptr;
    } else {
      order.push_back(pkg);
    }
    diags.list = std::move(outer);
    loaded[path] = pkg;
    return pkg;
  }
  std::map<std::string, std::string> goSourceErrors;  // why a package from Go's source failed

  // Go's source folder of a standard package (an import path whose first element has no
  // dot), in $GOROOT/src or where Debian's golang-1.19-src puts it; empty if none.
  static std::string goSourceDir(const std::string& path) {
    std::string first = path.substr(0, path.find('/'));
    if (first.find('.') != std::string::npos || path == "main") return "";
    std::vector<std::string> roots;
    if (const char* g = std::getenv("GOROOT")) roots.push_back(std::string(g) + "/src");
    roots.push_back("/usr/lib/go-1.19/src");
    for (const std::string& r : roots) {
      std::error_code ec;
      if (std::filesystem::is_directory(r + "/" + path, ec)) return r + "/" + path;
    }
    return "";
  }

  // Parses the files names of folder dir (unreadable ones skipped), each named in messages
  // by shown(its path), through the parse cache.
  template <class Shown>
  std::vector<ast::File*> parseFiles(const std::string& dir, const std::vector<std::string>& names, Shown shown) {
    std::vector<ast::File*> files;
    for (const auto& n : names) {
      std::string text;
      std::string full = dir + "/" + n;
      if (!readFile(full, text)) continue;
      if (ast::File* f = parseCached(nodes, shown(full), text, diags)) files.push_back(f);
    }
    return files;
  }

  // A file's name in messages: relative to the working directory when inside it.
  static std::string displayName(const std::string& path) {
    std::error_code ec;
    std::filesystem::path p = std::filesystem::absolute(path, ec).lexically_normal();
    std::filesystem::path cwd = std::filesystem::current_path(ec);
    std::string rel = p.lexically_relative(cwd).string();
    if (!rel.empty() && rel.rfind("..", 0) != 0) return rel;
    return path.rfind("./", 0) == 0 ? path.substr(2) : path;
  }
};


}  // namespace golite
