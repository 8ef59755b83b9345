// Diagnostics: compile errors as the user sees them, `file.go:LINE:COL: message`.
#pragma once

#include <string>
#include <vector>

#include "frontend/syntax/ast.h"

namespace golite {

struct Diagnostic {
  std::string file;
  ast::Pos pos;
  std::string msg;
  std::string str() const {
    return file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col) + ": " + msg;
  }
};

// Collects errors in report order. Go's checker stops after 10 errors; so do we.
struct Diagnostics {
  std::vector<Diagnostic> list;
  static constexpr size_t kMax = 10;
  void error(const std::string& file, ast::Pos pos, std::string msg) {
    list.push_back({file, pos, std::move(msg)});
  }
  bool empty() const { return list.empty(); }
  bool full() const { return list.size() >= kMax; }
};

}  // namespace golite
