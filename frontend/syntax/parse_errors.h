// Syntax errors in the words of Go's parser, for ANTLR's parser.
//
// GoErrorStrategy replaces ANTLR's messages ("mismatched input ... expecting {...}")
// with the ones cmd/compile/internal/syntax/parser.go prints ("unexpected newline in
// argument list; possibly missing comma or )"). ANTLR knows the rule it was in and the
// tokens it expected; Go's parser knows what it was parsing: the strategy maps the first
// onto the second, case by case, for the errors people make most. ErrorList collects
// the errors of one parse and filters them the way Go's compiler does.
#pragma once

#include <string>
#include <typeinfo>
#include <vector>

#include "antlr4-runtime.h"
#include "frontend/syntax/diag.h"
#include "frontend/syntax/lexer.h"

namespace golite {

inline ast::Pos posOf(const antlr4::Token* t) {
  return {static_cast<int>(t->getLine()), static_cast<int>(t->getCharPositionInLine()) + 1};
}

// The errors of one parse, in the order found; flush() hands them to Diagnostics.
struct ErrorList {
  struct Entry {
    ast::Pos pos;
    std::string msg;
    bool atEOF = false;
  };
  std::vector<Entry> list;

  void add(ast::Pos pos, std::string msg, bool atEOF = false) {
    list.push_back({pos, std::move(msg), atEOF});
  }
  void add(const std::vector<LexError>& errs) {
    for (auto& e : errs) add(e.pos, e.msg);
  }
  // Errors Go's type checker (not its parser) reports: shown only when there are no
  // others, since Go does not type-check a file with syntax errors.
  std::vector<Entry> late;
  void addLate(ast::Pos pos, std::string msg) { late.push_back({pos, std::move(msg)}); }
  bool empty() const { return list.empty() && late.empty(); }

  // Hands the errors to diags as Go's compiler prints them: sorted by position, one
  // syntax error per line, none at EOF after an earlier error.
  void flush(const std::string& file, Diagnostics& diags);
};

// Reports each syntax error ANTLR finds as Go would word it, into an ErrorList; ANTLR's
// recovery then goes on to find more.
class GoErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit GoErrorStrategy(ErrorList& out) : out_(out) {}
  void reportError(antlr4::Parser* p, const antlr4::RecognitionException& e) override;

 protected:
  void reportUnwantedToken(antlr4::Parser* p) override;
  void reportMissingToken(antlr4::Parser* p) override;

 private:
  void report(antlr4::Parser* p, antlr4::Token* tok, const antlr4::misc::IntervalSet& expected);
  ErrorList& out_;
};

// Small helpers over ANTLR parse trees.
namespace parsetree {

using Ctx = antlr4::ParserRuleContext;

// Whether t is a token (a terminal or error node) rather than a rule context. Cheaper
// than a dynamic_cast, which the builder would otherwise do for every node.
inline bool isToken(antlr4::tree::ParseTree* t) {
  const std::type_info& ti = typeid(*t);
  return ti == typeid(antlr4::tree::TerminalNodeImpl) || ti == typeid(antlr4::tree::ErrorNodeImpl);
}

// t as a rule context, or nil for a token.
inline Ctx* R(antlr4::tree::ParseTree* t) { return isToken(t) ? nullptr : static_cast<Ctx*>(t); }

// t's token, or nil for a rule context.
inline antlr4::Token* T(antlr4::tree::ParseTree* t) {
  return isToken(t) ? static_cast<antlr4::tree::TerminalNode*>(t)->getSymbol() : nullptr;
}

// The token type of a terminal node; 0 for a rule node.
inline size_t ttype(antlr4::tree::ParseTree* t) {
  antlr4::Token* k = T(t);
  return k ? k->getType() : 0;
}

inline size_t rid(antlr4::tree::ParseTree* t) {
  Ctx* c = R(t);
  return c ? c->getRuleIndex() : SIZE_MAX;
}

}  // namespace parsetree

}  // namespace golite
