// Deep copies of syntax trees, without the checker's annotations.
//
// Two users: the parser repeats a const spec's expressions for each implicit repetition
// (`const ( a = iota; b )`: b gets its own copy, annotated with its own iota), and the
// checker instantiates a generic function or method by checking a fresh copy of its
// declaration with the type parameters bound to the type arguments (check_generic.cpp).
#pragma once

#include "frontend/syntax/ast.h"

namespace golite::ast {

Expr* cloneExpr(Arena& arena, Expr* e);
FuncDecl* cloneFuncDecl(Arena& arena, FuncDecl* d);

}  // namespace golite::ast
