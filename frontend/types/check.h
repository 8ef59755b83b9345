// The type checker: resolves names, computes types and constant values, and reports the
// errors Go's compiler reports, in its words (go 1.19's `go build`, i.e. types2).
//
// It annotates the AST in place (see ast.h: Expr::mode/type/val, Ident::obj,
// SelectorExpr::selection, CallExpr::callKind, CompositeLit::indices, FuncLit::captures,
// BranchStmt::target, CaseClause::implicit) and fills Package::initOrder. The compiler
// reads only those annotations.
//
// Packages are checked once; imports of standard-library packages are loaded through the
// Importer (their Go sources are embedded in the binary, see stdlib/sources.h).
//
// For the REPL the checker keeps its state between calls: checkFragment() takes new
// declarations and statements into an already checked package without re-checking what
// came before.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "frontend/syntax/ast.h"
#include "frontend/syntax/diag.h"
#include "frontend/types/types.h"

namespace golite {

class Checker {
 public:
  // Returns the checked package for an import path, or nullptr (the checker then reports
  // `package X is not in std`). The importer parses and checks with the same arenas.
  using Importer = std::function<types::Package*(const std::string& path)>;

  Checker(types::TypeArena& types, ast::Arena& nodes, Diagnostics& diags, Importer importer);
  ~Checker();

  // Checks a whole package made of the given files. Returns the package (even with errors;
  // look at diags).
  types::Package* checkPackage(const std::string& path, const std::vector<ast::File*>& files);

  // REPL: declarations and statements entered after `pkg` was checked. Statements are
  // checked as the body of a function `fn` whose scope persists between calls (so `x := 1`
  // on one line is visible on the next). Variables declared by statements become
  // package-level variables (Var::isGlobal) so later lines and closures can reach them.
  // Errors name `filename` (a file given to :load, else the session's "<repl>").
  bool checkFragment(types::Package* pkg, const std::vector<ast::Node*>& decls,
                     const std::vector<ast::Stmt*>& stmts, const std::string& filename = "<repl>");

  // `golite build` compiles a package the way `go tool compile` does: a function declared
  // without a body (implemented in assembly, or linked by name) is not an error there.
  void allowBodylessFuncs(bool on);

  // The message for an import the importer could not provide (a module-aware loader
  // knows why); an empty answer keeps the checker's own (`package X is not in GOROOT`).
  void setImportError(std::function<std::string(const std::string& path)> why);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace golite
