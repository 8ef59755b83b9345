// One generic walker over the AST (Go's go/ast Inspect), so a pass that only needs to
// traverse the tree does not write its own switch over every node kind.
//
// Children are visited in source order; null children are skipped. A Field (parameter,
// result, struct field, interface method) is not a Node: its names, type and tag are
// visited as children of the node that holds it.
#pragma once

#include <functional>

#include "frontend/syntax/ast.h"

namespace golite::ast {

// Calls f on each direct child of n.
void forEachChild(Node* n, const std::function<void(Node*)>& f);

// Visits n and, each time f returns true, that node's children, depth first.
void inspect(Node* n, const std::function<bool(Node*)>& f);

}  // namespace golite::ast
