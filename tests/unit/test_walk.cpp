// The AST walker (frontend/syntax/walk.h): it reaches every kind of node, in source order,
// and inspect's answer prunes the walk.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "frontend/syntax/parse.h"
#include "frontend/syntax/walk.h"

using namespace golite;
using namespace golite::ast;

namespace {

// Every node kind the parser makes (all but BadExpr and BadStmt), in one program.
const char* kEveryKind = R"(package main

import "fmt"

type S struct {
	a int `tag`
	b []string
}

type I interface{ M(x int) (y int) }

const c = 1

var m map[string]chan<- [2]*S

func (s *S) M(x int) (y int) { return x }

func main() {
	var v = S{a: 1}
	_ = func(xs ...int) {}
	x := (v.a + -c)
	x++
	ch := make(chan int, 1)
	ch <- x
	sl := []int{1, 2, 3}[1:2]
	var e interface{} = sl[0]
	if n, ok := e.(int); ok {
		_ = n
	} else {
		return
	}
	switch x {
	case 1:
		fallthrough
	default:
	}
	switch t := e.(type) {
	case int:
		_ = t
	}
	select {
	case y := <-ch:
		_ = y
	default:
	}
	for i := 0; i < 1; i++ {
	}
	for range sl {
	}
	go fmt.Println(*(&x))
	defer fmt.Println()
	fmt.Println()
	goto L
L:
}
)";

struct Parsed {
  Arena arena;
  Diagnostics diags;
  File* file = nullptr;
  explicit Parsed(const std::string& src) { file = parseFile(arena, "x.go", src, diags); }
};

}  // namespace

TEST_CASE("the walker visits every node kind the parser makes") {
  Parsed p(kEveryKind);
  REQUIRE(p.file);
  std::set<NodeKind> seen;
  inspect(p.file, [&](Node* n) {
    seen.insert(n->kind);
    return true;
  });
  std::string missing;  // indices into NodeKind of the kinds never reached
  for (int k = int(NodeKind::BadExpr); k <= int(NodeKind::File); k++) {
    auto kind = NodeKind(k);
    if (kind == NodeKind::BadExpr || kind == NodeKind::BadStmt) continue;
    if (!seen.count(kind)) missing += std::to_string(k) + " ";
  }
  CHECK(missing == "");
}

TEST_CASE("the walker visits identifiers in source order") {
  Parsed p("package main\n\nfunc f(a, b int) int { return a + g(b, c)[d] }\n");
  REQUIRE(p.file);
  std::string names;
  inspect(p.file, [&](Node* n) {
    if (n->kind == NodeKind::Ident) names += n->as<Ident>()->name + " ";
    return true;
  });
  CHECK(names == "main f a b int int a g b c d ");
}

TEST_CASE("inspect does not descend where the visitor says no") {
  Parsed p("package main\n\nfunc f() { x := func() { y := 1; _ = y }; _ = x }\n");
  REQUIRE(p.file);
  std::string names;
  inspect(p.file, [&](Node* n) {
    if (n->kind == NodeKind::Ident) names += n->as<Ident>()->name + " ";
    return n->kind != NodeKind::FuncLit;
  });
  CHECK(names == "main f x _ x ");
}
