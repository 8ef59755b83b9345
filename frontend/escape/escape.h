// Escape analysis: which allocations and variables can live in their function's frame
// (DESIGN.md section 8; Go's cmd/compile/internal/escape). See escape.cpp for how.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontend/types/types.h"

namespace golite::escape {

// One line of the `-m` report, in the words of go build -gcflags=-m.
struct Message {
  std::string file;
  int line = 0;
  int col = 0;
  std::string text;
};

// A file as gc's messages name it: ./x.go for a file in the current directory.
std::string shownFileName(const std::string& file);

// Holds the parameter summaries ("tags") of every function analysed so far, so that a
// package's calls into packages analysed before it use their callees' summaries.
class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  // Analyses every function of pkg (packages it imports first), bottom-up over the call
  // graph, and records the decisions on the AST (ast::Expr::stackAlloc, boxStack,
  // CallExpr::variadicStack, types::Var::escapes). With report >= 1 the decisions on pkg's
  // functions are appended to out (report >= 2 adds the flow explanations, as -m -m).
  void analyzePackage(types::Package* pkg, int report, std::vector<Message>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace golite::escape
