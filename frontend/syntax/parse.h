// Parsing: Go source text to an ast::File, through the ANTLR-generated parser.
//
// The generated lexer is wrapped to insert semicolons by the Go spec's rule; the parse
// tree is converted to golite's AST at once and dropped. Syntax errors are reported as
// `file.go:LINE:COL: syntax error: ...`.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "frontend/syntax/ast.h"
#include "frontend/syntax/diag.h"

namespace golite {

// Parses a whole source file. On syntax errors, returns nullptr and adds them to diags.
ast::File* parseFile(ast::Arena& arena, const std::string& filename, std::string_view src,
                     Diagnostics& diags);

// For the REPL: parses `src` as a sequence of top-level declarations and/or statements
// (the body of an implicit function). Declarations (func, type, import, and const/var at
// top level of the input) go to `decls`; statements to `stmts`. Returns false on errors.
bool parseFragment(ast::Arena& arena, const std::string& filename, std::string_view src,
                   std::vector<ast::Node*>& decls, std::vector<ast::Stmt*>& stmts,
                   Diagnostics& diags);

// Frees the grammar's prediction caches (the DFA states ANTLR learns while parsing, kept
// for the next parse). A script parses everything before it runs: the driver calls this
// then, so the running program does not carry them. Not while a parse is in progress.
void releaseParseCaches();

// Runs fn on a thread with a 512 MB native stack (its pages touched only as deep as fn
// goes) and waits for it; on such a thread already, runs it in place. The parser runs
// there, and so should every pass that recurses over the AST (checker, escape analysis,
// compiler): programs may nest as deep as the parser accepts.
void onLargeStack(const std::function<void()>& fn);

}  // namespace golite
