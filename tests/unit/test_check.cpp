// Unit tests for the type checker (frontend/types/check*.cpp): Go programs and what go 1.19's
// `go build` says about them, plus the annotations the compiler reads.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "frontend/types/check.h"
#include "frontend/syntax/parse.h"
#include "stdlib/sources.h"

using namespace golite;

namespace {

// Parses and checks one file named x.go; imports come from the embedded standard library.
struct Run {
  types::TypeArena ta;
  ast::Arena na;
  Diagnostics diags;
  std::map<std::string, types::Package*> cache;
  std::vector<std::unique_ptr<std::string>> keep;
  types::Package* pkg = nullptr;
  ast::File* file = nullptr;

  types::Package* import(const std::string& path) {
    auto it = cache.find(path);
    if (it != cache.end()) return it->second;
    const auto& srcs = stdlib::packageSources(path);
    if (srcs.empty()) return nullptr;
    Diagnostics d;
    std::vector<ast::File*> files;
    for (const auto& s : srcs)
      if (auto* f = parseFile(na, std::string(s.name), s.text, d)) files.push_back(f);
    Checker c(ta, na, d, [this](const std::string& p) { return import(p); });
    types::Package* p = c.checkPackage(path, files);
    cache[path] = p;
    return p;
  }

  explicit Run(const std::string& src) {
    keep.push_back(std::make_unique<std::string>(src));
    file = parseFile(na, "x.go", *keep.back(), diags);
    REQUIRE(file != nullptr);
    Checker c(ta, na, diags, [this](const std::string& p) { return import(p); });
    pkg = c.checkPackage("main", {file});
  }

  std::string errors() const {
    std::string s;
    for (const auto& d : diags.list) s += d.str() + "\n";
    return s;
  }
  std::string first() const { return diags.list.empty() ? "" : diags.list[0].str(); }

  ast::FuncDecl* func(const std::string& name) {
    for (ast::Node* d : file->decls)
      if (d->kind == ast::NodeKind::FuncDecl && d->as<ast::FuncDecl>()->name->name == name) return d->as<ast::FuncDecl>();
    return nullptr;
  }
  ast::Stmt* stmt(const std::string& fn, size_t i) { return func(fn)->body->stmts.at(i); }
};

std::string typeOf(ast::Expr* e) { return e && e->type ? types::typeString(e->type) : "<nil>"; }

}  // namespace

TEST_CASE("check: a correct program has no errors") {
  Run r(R"(package main

import "fmt"

type T struct{ a, b int }

func (t *T) Sum() int { return t.a + t.b }

func main() {
	t := T{1, 2}
	fmt.Println(t.Sum(), len("abc"))
	for i := range 3 {
		_ = i
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println(v)
	}
}
)");
  CHECK(r.errors() == "");
}

TEST_CASE("check: untyped constants take the context type or their default type") {
  Run r(R"(package main

func main() {
	var x interface{} = 1
	var f float64 = 2
	g := f + 1
	var s uint
	h := 1 << s
	var k int64 = 1 << s
	_, _, _, _ = x, g, h, k
}
)");
  REQUIRE(r.errors() == "");
  auto* v0 = r.stmt("main", 0)->as<ast::DeclStmt>()->decl->specs[0]->as<ast::ValueSpec>();
  CHECK(typeOf(v0->values[0]) == "int");
  auto* v1 = r.stmt("main", 1)->as<ast::DeclStmt>()->decl->specs[0]->as<ast::ValueSpec>();
  CHECK(typeOf(v1->values[0]) == "float64");
  auto* a2 = r.stmt("main", 2)->as<ast::AssignStmt>();
  auto* sum = a2->rhs[0]->as<ast::BinaryExpr>();
  CHECK(typeOf(sum->y) == "float64");
  CHECK(a2->lhs[0]->as<ast::Ident>()->defines);
  auto* a4 = r.stmt("main", 4)->as<ast::AssignStmt>();
  CHECK(typeOf(a4->rhs[0]) == "int");
  CHECK(typeOf(a4->rhs[0]->as<ast::BinaryExpr>()->x) == "int");
  auto* v5 = r.stmt("main", 5)->as<ast::DeclStmt>()->decl->specs[0]->as<ast::ValueSpec>();
  CHECK(typeOf(v5->values[0]->as<ast::BinaryExpr>()->x) == "int64");
}

TEST_CASE("check: unused variables and imports") {
  Run r(R"(package main

import "os"

func main() {
	x := 1
}
)");
  CHECK(r.errors() ==
        "x.go:3:8: \"os\" imported and not used\n"
        "x.go:6:2: declared and not used: x\n");
}

TEST_CASE("check: assignability messages") {
  Run r(R"(package main

type I interface{ M() }
type T struct{}

func (t *T) M() {}

func main() {
	x := 1
	var y string
	y = x
	var i I = T{}
	var b byte = 300
	_, _, _ = y, i, b
}
)");
  CHECK(r.errors() ==
        "x.go:11:6: cannot use x (variable of type int) as string value in assignment\n"
        "x.go:12:12: cannot use T{} (value of type T) as I value in variable declaration:\n"
        "\tT does not implement I (M method has pointer receiver)\n"
        // go prints "byte": golite's universe has one Basic for uint8 and byte
        "x.go:13:15: cannot use 300 (untyped int constant) as uint8 value in variable declaration (overflows)\n");
}

TEST_CASE("check: call arity and missing return") {
  Run r(R"(package main

func f(a, b int) (int, string) { return 1, "" }

func g() int {
}

func main() {
	f(1, 2, 3)
	a, b, c := f(1, 2)
}
)");
  CHECK(r.errors() ==
        "x.go:6:1: missing return\n"
        "x.go:9:10: too many arguments in call to f\n\thave (number, number, number)\n\twant (int, int)\n"
        "x.go:10:13: assignment mismatch: 3 variables but f returns 2 values\n");
}

TEST_CASE("check: closures record their captured variables") {
  Run r(R"(package main

func main() {
	x, y := 1, 2
	f := func() int {
		g := func() int { return y }
		return x + g()
	}
	_ = f
}
)");
  REQUIRE(r.errors() == "");
  auto* lit = r.stmt("main", 1)->as<ast::AssignStmt>()->rhs[0]->as<ast::FuncLit>();
  REQUIRE(lit->captures.size() == 2);
  CHECK(lit->captures[0]->name == "y");
  CHECK(lit->captures[1]->name == "x");
  CHECK(lit->captures[0]->captured);
}

TEST_CASE("check: package initialization order follows dependencies") {
  Run r(R"(package main

var a = b + 1
var b = f()
var c, d = g()

func f() int { return c }
func g() (int, int) { return 1, 2 }

func main() {}
)");
  REQUIRE(r.errors() == "");
  REQUIRE(r.pkg->initOrder.size() == 3);
  CHECK(r.pkg->initOrder[0].lhs.size() == 2);
  CHECK(r.pkg->initOrder[0].lhs[0]->name == "c");
  CHECK(r.pkg->initOrder[1].lhs[0]->name == "b");
  CHECK(r.pkg->initOrder[2].lhs[0]->name == "a");
}

TEST_CASE("check: labels and branch targets") {
  Run r(R"(package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue outer
		case 2:
			break outer
		}
	}
}
)");
  REQUIRE(r.errors() == "");
  auto* ls = r.stmt("main", 0)->as<ast::LabeledStmt>();
  auto* loop = ls->stmt->as<ast::ForStmt>();
  auto* sw = loop->body->stmts[0]->as<ast::SwitchStmt>();
  CHECK(sw->clauses[0]->body[0]->as<ast::BranchStmt>()->target == loop);
  CHECK(sw->clauses[1]->body[0]->as<ast::BranchStmt>()->target == loop);

  Run bad(R"(package main

func main() {
L:
	for {
	}
}
)");
  CHECK(bad.first() == "x.go:4:1: label L defined and not used");
}

TEST_CASE("check: constants, overflow and division by zero") {
  Run r(R"(package main

const big = 1 << 100
const c = big >> 98
const d int8 = 1000
const e = 10 / 0

func main() {}
)");
  CHECK(r.errors() ==
        "x.go:5:16: cannot use 1000 (untyped int constant) as int8 value in constant declaration (overflows)\n"
        "x.go:6:16: invalid operation: division by zero\n");
}

TEST_CASE("check: type switches bind a variable per clause") {
  Run r(R"(package main

func main() {
	var x interface{} = 1
	switch v := x.(type) {
	case int:
		_ = v + 1
	case string, bool:
		_ = v
	}
}
)");
  REQUIRE(r.errors() == "");
  auto* ts = r.stmt("main", 1)->as<ast::TypeSwitchStmt>();
  REQUIRE(ts->clauses[0]->implicit);
  CHECK(types::typeString(ts->clauses[0]->implicit->type) == "int");
  CHECK(types::typeString(ts->clauses[1]->implicit->type) == "interface {}");
}

TEST_CASE("check: composite literal indices") {
  Run r(R"(package main

type P struct{ x, y int }

func main() {
	a := [...]int{2: 1, 5, 0: 7}
	p := P{y: 1}
	_, _ = a, p
}
)");
  REQUIRE(r.errors() == "");
  auto* lit = r.stmt("main", 0)->as<ast::AssignStmt>()->rhs[0]->as<ast::CompositeLit>();
  CHECK(lit->indices == std::vector<int64_t>{2, 3, 0});
  CHECK(types::typeString(lit->type) == "[4]int");
  auto* plit = r.stmt("main", 1)->as<ast::AssignStmt>()->rhs[0]->as<ast::CompositeLit>();
  CHECK(plit->indices == std::vector<int64_t>{1});
}

TEST_CASE("check: main must be declared") {
  Run r("package main\n\nfunc f() {}\n");
  CHECK(r.errors().find("function main is undeclared in the main package") != std::string::npos);
}

TEST_CASE("check: selections, promoted fields and address-taken variables") {
  Run r(R"(package main

type Inner struct{ v int }

func (p *Inner) Inc() { p.v++ }

type Outer struct {
	Inner
	name string
}

func main() {
	var o Outer
	o.Inc()
	_ = o.v
	var a [3]int
	s := a[:]
	n := 1
	p := &n
	_, _ = s, p
}
)");
  REQUIRE(r.errors() == "");
  auto* call = r.stmt("main", 1)->as<ast::ExprStmt>()->x->as<ast::CallExpr>();
  auto* sel = call->fun->as<ast::SelectorExpr>();
  REQUIRE(sel->selection);
  CHECK(sel->selection->kind == types::SelectionKind::MethodVal);
  CHECK(sel->selection->index == std::vector<int>{0});
  auto* o = r.stmt("main", 0)->as<ast::DeclStmt>()->decl->specs[0]->as<ast::ValueSpec>()->names[0];
  REQUIRE(o->obj);
  CHECK(o->defines);
  CHECK(o->obj->as<types::Var>()->addrTaken);
  auto* fv = r.stmt("main", 2)->as<ast::AssignStmt>()->rhs[0]->as<ast::SelectorExpr>();
  REQUIRE(fv->selection);
  CHECK(fv->selection->kind == types::SelectionKind::FieldVal);
  CHECK(fv->selection->index == std::vector<int>{0, 0});
  auto* a = r.stmt("main", 3)->as<ast::DeclStmt>()->decl->specs[0]->as<ast::ValueSpec>()->names[0];
  CHECK(a->obj->as<types::Var>()->addrTaken);
  auto* n = r.stmt("main", 5)->as<ast::AssignStmt>()->lhs[0]->as<ast::Ident>();
  CHECK(n->obj->as<types::Var>()->addrTaken);
  CHECK(call->callKind == ast::CallKind::Call);
}
