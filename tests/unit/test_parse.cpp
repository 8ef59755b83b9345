// Unit tests for the parser (grammar/GoLite.g4, frontend/syntax/lexer.cpp, frontend/syntax/parse.cpp):
// Go snippets, the AST they become (printed as S-expressions), where nodes sit, and the
// syntax errors go 1.19's compiler reports for broken ones.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "frontend/syntax/parse.h"

using namespace golite;
using namespace golite::ast;

namespace {

// Prints an AST compactly: (op x y), (call f args), (lit type elts), {stmts}.
struct Printer {
  std::ostringstream o;

  void fields(const std::vector<Field>& fs) {
    o << "[";
    for (size_t i = 0; i < fs.size(); i++) {
      if (i) o << " ";
      o << "(";
      for (auto* n : fs[i].names) o << n->name << " ";
      expr(fs[i].typeExpr);
      if (fs[i].tag) o << " " << fs[i].tag->text;
      o << ")";
    }
    o << "]";
  }
  void exprs(const std::vector<Expr*>& v) {
    for (auto* x : v) o << " ", expr(x);
  }
  void expr(Expr* x) {
    if (!x) {
      o << "nil";
      return;
    }
    switch (x->kind) {
      case NodeKind::Ident: o << x->as<Ident>()->name; break;
      case NodeKind::BasicLit: o << x->as<BasicLit>()->text; break;
      case NodeKind::CompositeLit:
        o << "(lit ", expr(x->as<CompositeLit>()->typeExpr), exprs(x->as<CompositeLit>()->elts),
            o << ")";
        break;
      case NodeKind::FuncLit:
        o << "(funclit ", expr(x->as<FuncLit>()->funcType), o << " ", stmt(x->as<FuncLit>()->body),
            o << ")";
        break;
      case NodeKind::ParenExpr: o << "(paren ", expr(x->as<ParenExpr>()->x), o << ")"; break;
      case NodeKind::SelectorExpr:
        o << "(sel ", expr(x->as<SelectorExpr>()->x),
            o << " " << x->as<SelectorExpr>()->sel->name << ")";
        break;
      case NodeKind::IndexExpr:
        o << "(index ", expr(x->as<IndexExpr>()->x), o << " ", expr(x->as<IndexExpr>()->index),
            o << ")";
        break;
      case NodeKind::SliceExpr: {
        auto* s = x->as<SliceExpr>();
        o << (s->slice3 ? "(slice3 " : "(slice "), expr(s->x), o << " ", expr(s->lo), o << " ",
            expr(s->hi);
        o << " ", expr(s->max), o << ")";
        break;
      }
      case NodeKind::TypeAssertExpr:
        o << "(assert ", expr(x->as<TypeAssertExpr>()->x), o << " ",
            expr(x->as<TypeAssertExpr>()->typeExpr), o << ")";
        break;
      case NodeKind::CallExpr: {
        auto* c = x->as<CallExpr>();
        o << "(call ", expr(c->fun), exprs(c->args), o << (c->hasEllipsis ? " ...)" : ")");
        break;
      }
      case NodeKind::StarExpr: o << "(* ", expr(x->as<StarExpr>()->x), o << ")"; break;
      case NodeKind::UnaryExpr:
        o << "(" << tokString(x->as<UnaryExpr>()->op) << "u ", expr(x->as<UnaryExpr>()->x),
            o << ")";
        break;
      case NodeKind::BinaryExpr: {
        auto* b = x->as<BinaryExpr>();
        o << "(" << tokString(b->op) << " ", expr(b->x), o << " ", expr(b->y), o << ")";
        break;
      }
      case NodeKind::KeyValueExpr:
        o << "(kv ", expr(x->as<KeyValueExpr>()->key), o << " ", expr(x->as<KeyValueExpr>()->value),
            o << ")";
        break;
      case NodeKind::Ellipsis: o << "(... ", expr(x->as<Ellipsis>()->elt), o << ")"; break;
      case NodeKind::ArrayType:
        o << "(array ", expr(x->as<ArrayType>()->len), o << " ", expr(x->as<ArrayType>()->elem),
            o << ")";
        break;
      case NodeKind::StructType:
        o << "(struct ", fields(x->as<StructType>()->fields), o << ")";
        break;
      case NodeKind::FuncType:
        o << "(func ", fields(x->as<FuncType>()->params), o << " ",
            fields(x->as<FuncType>()->results), o << ")";
        break;
      case NodeKind::InterfaceType:
        o << "(interface ", fields(x->as<InterfaceType>()->methods), o << ")";
        break;
      case NodeKind::MapType:
        o << "(map ", expr(x->as<MapType>()->key), o << " ", expr(x->as<MapType>()->value),
            o << ")";
        break;
      case NodeKind::ChanType: {
        auto* c = x->as<ChanType>();
        o << (c->dir == ChanDir::Both   ? "(chan "
              : c->dir == ChanDir::Send ? "(chan<- "
                                        : "(<-chan ");
        expr(c->elem), o << ")";
        break;
      }
      default: o << "(bad)";
    }
  }
  void stmts(const std::vector<Stmt*>& v) {
    for (auto* s : v) o << " ", stmt(s);
  }
  void block(BlockStmt* b) {
    o << "{";
    for (size_t i = 0; i < b->stmts.size(); i++) o << (i ? " " : ""), stmt(b->stmts[i]);
    o << "}";
  }
  void clauses(const std::vector<CaseClause*>& cs) {
    for (auto* c : cs) {
      o << " (" << (c->isDefault ? "default" : "case");
      exprs(c->list), o << ":", stmts(c->body), o << ")";
    }
  }
  void stmt(Stmt* s) {
    if (!s) {
      o << "nil";
      return;
    }
    switch (s->kind) {
      case NodeKind::DeclStmt: decl(s->as<DeclStmt>()->decl); break;
      case NodeKind::EmptyStmt: o << "(empty)"; break;
      case NodeKind::LabeledStmt:
        o << "(label " << s->as<LabeledStmt>()->label->name << " ",
            stmt(s->as<LabeledStmt>()->stmt), o << ")";
        break;
      case NodeKind::ExprStmt: expr(s->as<ExprStmt>()->x); break;
      case NodeKind::SendStmt:
        o << "(send ", expr(s->as<SendStmt>()->chan), o << " ", expr(s->as<SendStmt>()->value),
            o << ")";
        break;
      case NodeKind::IncDecStmt:
        o << (s->as<IncDecStmt>()->inc ? "(++ " : "(-- "), expr(s->as<IncDecStmt>()->x), o << ")";
        break;
      case NodeKind::AssignStmt: {
        auto* a = s->as<AssignStmt>();
        o << "(" << tokString(a->tok), exprs(a->lhs), o << " |", exprs(a->rhs), o << ")";
        break;
      }
      case NodeKind::GoStmt: o << "(go ", expr(s->as<GoStmt>()->call), o << ")"; break;
      case NodeKind::DeferStmt: o << "(defer ", expr(s->as<DeferStmt>()->call), o << ")"; break;
      case NodeKind::ReturnStmt:
        o << "(return", exprs(s->as<ReturnStmt>()->results), o << ")";
        break;
      case NodeKind::BranchStmt: {
        auto* b = s->as<BranchStmt>();
        o << "(" << tokString(b->tok) << (b->label ? " " + b->label->name : "") << ")";
        break;
      }
      case NodeKind::BlockStmt: block(s->as<BlockStmt>()); break;
      case NodeKind::IfStmt: {
        auto* i = s->as<IfStmt>();
        o << "(if ", stmt(i->init), o << " ", expr(i->cond), o << " ", stmt(i->body), o << " ",
            stmt(i->els), o << ")";
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* w = s->as<SwitchStmt>();
        o << "(switch ", stmt(w->init), o << " ", expr(w->tag), clauses(w->clauses), o << ")";
        break;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* w = s->as<TypeSwitchStmt>();
        o << "(typeswitch ", stmt(w->init),
            o << " " << (w->binding ? w->binding->name : "nil") << " ";
        expr(w->x), clauses(w->clauses), o << ")";
        break;
      }
      case NodeKind::SelectStmt:
        o << "(select";
        for (auto* c : s->as<SelectStmt>()->clauses)
          o << " (", stmt(c->comm), o << ":", stmts(c->body), o << ")";
        o << ")";
        break;
      case NodeKind::ForStmt: {
        auto* f = s->as<ForStmt>();
        o << "(for ", stmt(f->init), o << " ", expr(f->cond), o << " ", stmt(f->post), o << " ",
            stmt(f->body), o << ")";
        break;
      }
      case NodeKind::RangeStmt: {
        auto* r = s->as<RangeStmt>();
        o << "(range ", expr(r->key), o << " ", expr(r->value),
            o << " " << tokString(r->tok) << " ";
        expr(r->x), o << " ", stmt(r->body), o << ")";
        break;
      }
      default: o << "(badstmt)";
    }
  }
  void decl(Node* n) {
    if (n->kind == NodeKind::FuncDecl) {
      auto* f = n->as<FuncDecl>();
      o << "(funcdecl ";
      if (f->recv) fields({*f->recv}), o << " ";
      o << f->name->name << " ", expr(f->funcType), o << " ", stmt(f->body), o << ")";
      return;
    }
    auto* g = n->as<GenDecl>();
    o << "(" << tokString(g->tok);
    for (auto* sp : g->specs) {
      o << " ";
      if (sp->kind == NodeKind::ImportSpec) {
        auto* i = sp->as<ImportSpec>();
        o << "(" << (i->name ? i->name->name : "nil") << " \"" << i->path << "\")";
      } else if (sp->kind == NodeKind::TypeSpec) {
        auto* t = sp->as<TypeSpec>();
        o << "(" << t->name->name << (t->alias ? " = " : " "), expr(t->typeExpr), o << ")";
      } else {
        auto* v = sp->as<ValueSpec>();
        o << "(";
        for (auto* nn : v->names) o << nn->name << " ";
        expr(v->typeExpr), exprs(v->values), o << ")";
      }
    }
    o << ")";
  }
};

struct Parsed {
  Arena arena;
  Diagnostics diags;
  File* file = nullptr;

  explicit Parsed(const std::string& src) { file = parseFile(arena, "x.go", src, diags); }

  std::string errors() const {
    std::string s;
    for (auto& d : diags.list) s += (s.empty() ? "" : "\n") + d.str();
    return s;
  }
  // The body of the first function, printed.
  std::string body() {
    REQUIRE_MESSAGE(file, errors());
    for (auto* d : file->decls) {
      if (d->kind == NodeKind::FuncDecl) {
        Printer p;
        p.stmts(d->as<FuncDecl>()->body->stmts);
        return p.o.str().substr(1);
      }
    }
    return "";
  }
  FuncDecl* func(size_t i = 0) {
    REQUIRE_MESSAGE(file, errors());
    for (auto* d : file->decls) {
      if (d->kind == NodeKind::FuncDecl && i-- == 0) return d->as<FuncDecl>();
    }
    FAIL("no such function");
    return nullptr;
  }
  std::string decl(size_t i) {
    REQUIRE_MESSAGE(file, errors());
    Printer p;
    p.decl(file->decls.at(i));
    return p.o.str();
  }
};

// Parses `package p; func f() { <stmts> }` and prints the body.
std::string body(const std::string& stmts) {
  Parsed p("package p\n\nfunc f() {\n" + stmts + "\n}\n");
  return p.body();
}

// The first expression statement of the body, as a node.
Expr* firstExpr(Parsed& p) {
  Stmt* s = p.func()->body->stmts.at(0);
  if (s->kind == NodeKind::ExprStmt) return s->as<ExprStmt>()->x;
  return s->as<AssignStmt>()->rhs.at(0);
}

std::string errorsOf(const std::string& src) {
  Parsed p(src);
  CHECK(p.file == nullptr);
  return p.errors();
}

}  // namespace

TEST_CASE("parse: package clause and imports") {
  Parsed p(
      "package main\n"
      "import \"fmt\"\n"
      "import (\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n\t\"unicode/utf8\")\n"
      "func main() {}\n");
  REQUIRE_MESSAGE(p.file, p.errors());
  CHECK(p.file->pkgName->name == "main");
  CHECK(p.file->filename == "x.go");
  REQUIRE(p.file->imports.size() == 2);
  CHECK(p.file->decls.size() == 3);
  CHECK(p.file->decls[0] == p.file->imports[0]);
  CHECK(p.decl(0) == "(import (nil \"fmt\"))");
  CHECK(p.decl(1) == "(import (m \"math\") (. \"strings\") (_ \"os\") (nil \"unicode/utf8\"))");
  auto* spec = p.file->imports[1]->specs[0]->as<ImportSpec>();
  CHECK(spec->pos.line == 4);
  CHECK(spec->pos.col == 2);
  CHECK(spec->pathPos.col == 4);
}

TEST_CASE("parse: const groups carry iota and clone implicit repetitions") {
  Parsed p(
      "package p\n"
      "const (\n"
      "\tA = iota * 10\n"
      "\tB\n"
      "\t_\n"
      "\tC, D int = iota, -iota\n"
      "\tE, F\n"
      ")\n"
      "const G = 1\n");
  REQUIRE_MESSAGE(p.file, p.errors());
  CHECK(
      p.decl(0) ==
      "(const (A nil (* iota 10)) (B nil (* iota 10)) (_ nil (* iota 10)) (C D int iota (-u iota)) "
      "(E F int iota (-u iota)))");
  auto* g = p.file->decls[0]->as<GenDecl>();
  auto spec = [&](int i) { return g->specs[i]->as<ValueSpec>(); };
  for (int i = 0; i < 5; i++) CHECK(spec(i)->iota == i);
  CHECK_FALSE(spec(0)->implicit);
  CHECK(spec(1)->implicit);
  CHECK(spec(2)->implicit);
  CHECK_FALSE(spec(3)->implicit);
  CHECK(spec(4)->implicit);
  // Each repetition has its own copy of the expressions (the checker annotates them).
  CHECK(spec(1)->values[0] != spec(0)->values[0]);
  CHECK(spec(2)->values[0] != spec(1)->values[0]);
  CHECK(spec(4)->typeExpr != spec(3)->typeExpr);
  // ...at the original's position, as Go reports errors there.
  CHECK(spec(1)->values[0]->pos.line == 3);
  CHECK(p.file->decls[1]->as<GenDecl>()->specs[0]->as<ValueSpec>()->iota == 0);
}

TEST_CASE("parse: type declarations") {
  Parsed p(
      "package p\n"
      "type (\n"
      "\tT struct {\n\t\ta, b int\n\t\t*U\n\t\tpkg.V `json:\"v\"`\n\t\tc []map[string]chan<- int \"tag\"\n\t}\n"
      "\tI interface {\n\t\tM(x int) (y int, err error)\n\t\tfmt.Stringer\n\t\tJ\n\t}\n"
      "\tA = T\n"
      "\tF func(int, ...string) error\n"
      "\tG func(a, b int, c ...string) (int, bool)\n"
      "\tC chan (<-chan int)\n"
      "\tD <-chan <-chan int\n"
      "\tE chan<- chan int\n"
      "\tX [4][]*T\n"
      ")\n");
  REQUIRE_MESSAGE(p.file, p.errors());
  CHECK(
      p.decl(0) ==
      "(type (T (struct [(a b int) ((* U)) ((sel pkg V) `json:\"v\"`) (c (array nil (map string (chan<- int))) "
      "\"tag\")])) "
      "(I (interface [(M (func [(x int)] [(y int) (err error)])) ((sel fmt Stringer)) (J)])) "
      "(A = T) "
      "(F (func [(int) ((... string))] [(error)])) "
      "(G (func [(a b int) (c (... string))] [(int) (bool)])) "
      "(C (chan (paren (<-chan int)))) "
      "(D (<-chan (<-chan int))) "
      "(E (chan<- (chan int))) "
      "(X (array 4 (array nil (* T)))))");
}

TEST_CASE("parse: functions and methods") {
  Parsed p(
      "package p\n"
      "func (t *T) M(a, b int) (r int) { return a }\n"
      "func (T) N() {}\n"
      "func ext(x int) int\n"
      "func g() (int, error) { return 0, nil }\n");
  REQUIRE_MESSAGE(p.file, p.errors());
  CHECK(p.decl(0) == "(funcdecl [(t (* T))] M (func [(a b int)] [(r int)]) {(return a)})");
  CHECK(p.decl(1) == "(funcdecl [(T)] N (func [] []) {})");
  CHECK(p.decl(2) == "(funcdecl ext (func [(x int)] [(int)]) nil)");
  CHECK(p.decl(3) == "(funcdecl g (func [] [(int) (error)]) {(return 0 nil)})");
  FuncDecl* m = p.func(0);
  CHECK(m->pos.line == 2);
  CHECK(m->pos.col == 1);
  CHECK(m->name->pos.col == 13);
  CHECK(m->body->rbrace.col == 44);
}

TEST_CASE("parse: simple statements") {
  CHECK(
      body("x := 1\ny, z = z, y\nx += 2\nx <<= 1\nx++\ny--\nch <- v\nf()\n_ = <-ch") ==
      "(:= x | 1) (= y z | z y) (+= x | 2) (<<= x | 1) (++ x) (-- y) (send ch v) (call f) (= _ | (<-u ch))");
  CHECK(body("var a, b int = 1, 2\nconst c = 3\ntype t int") ==
        "(var (a b int 1 2)) (const (c nil 3)) (type (t int))");
  CHECK(body("go f(1)\ndefer g()\nreturn\nreturn 1, 2") ==
        "(go (call f 1)) (defer (call g)) (return) (return 1 2)");
}

TEST_CASE("parse: if statements and composite literals in headers") {
  CHECK(body("if v, ok := m[k]; ok {\n} else if x {\n} else {\n}") ==
        "(if (:= v ok | (index m k)) ok {} (if nil x {} {}))");
  CHECK(body("if x == (T{}) {\n}") == "(if nil (== x (paren (lit T))) {} nil)");
  CHECK(body("if x == []int{1}[0] {\n}") ==
        "(if nil (== x (index (lit (array nil int) 1) 0)) {} nil)");
  CHECK(body("if f(T{1}) {\n}") == "(if nil (call f (lit T 1)) {} nil)");
  CHECK(body("if func() bool { return T{} == x }() {\n}") ==
        "(if nil (call (funclit (func [] [(bool)]) {(return (== (lit T) x))})) {} nil)");
  // The spec's rule: a bare type name followed by { in a header starts the block.
  CHECK(errorsOf("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n") ==
        "x.go:3:14: syntax error: unexpected { at end of statement");
}

TEST_CASE("parse: for statements") {
  CHECK(body("for {\n}") == "(for nil nil nil {})");
  CHECK(body("for x < 3 {\n}") == "(for nil (< x 3) nil {})");
  CHECK(body("for i := 0; i < n; i++ {\n}") == "(for (:= i | 0) (< i n) (++ i) {})");
  CHECK(body("for ; ; {\n}") == "(for nil nil nil {})");
  CHECK(body("for _, v := range []int{1, 2} {\n}") ==
        "(range _ v := (lit (array nil int) 1 2) {})");
  CHECK(body("for k = range m {\n}") == "(range k nil = m {})");
  CHECK(body("for range ch {\n}") == "(range nil nil  ch {})");
  CHECK(body("for i := range 10 {\n}") == "(range i nil := 10 {})");
  Parsed p("package p\nfunc f() {\n\tfor i := range 10 {\n\t}\n}\n");
  CHECK(p.func()->body->stmts[0]->pos.col == 2);
}

TEST_CASE("parse: switch statements") {
  CHECK(body("switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ncase 3:\ndefault:\n\tg()\n}") ==
        "(switch (:= x | (call f)) x (case 1 2: (fallthrough)) (case 3:) (default: (call g)))");
  CHECK(body("switch {\ncase x > 1:\n}") == "(switch nil nil (case (> x 1):))");
  CHECK(
      body(
          "switch y := v.(type) {\ncase int, *T:\ncase nil:\ncase []int, map[string]int, func(), chan int:\n}") ==
      "(typeswitch nil y v (case int (* T):) (case nil:) (case (array nil int) (map string int) (func [] []) "
      "(chan int):))");
  CHECK(body("switch x := 1; v.(type) {\n}") == "(typeswitch (:= x | 1) nil v)");
  CHECK(errorsOf("package p\nfunc f() {\n\t_ = v.(type)\n}\n") ==
        "x.go:3:6: invalid AST: use of .(type) outside type switch");
}

TEST_CASE("parse: select, labels and branches") {
  CHECK(
      body(
          "select {\ncase v := <-c:\n\t_ = v\ncase v, ok = <-c:\ncase d <- 1:\ncase <-e:\ndefault:\n}") ==
      "(select ((:= v | (<-u c)): (= _ | v)) ((= v ok | (<-u c)):) ((send d 1):) ((<-u e):) (nil:))");
  CHECK(body("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t}\n\tgoto L\nM:\n") ==
        "(label L (for nil nil nil {(break L) (continue L)})) (goto L) (label M (empty))");
  CHECK(errorsOf("package p\nfunc f() {\n\tselect {\n\tcase x := 3:\n\t}\n}\n") ==
        "x.go:4:9: select case must be send or receive (possibly with assignment)");
}

TEST_CASE("parse: operator precedence and unary operators") {
  CHECK(body("_ = a + b*c - d") == "(= _ | (- (+ a (* b c)) d))");
  CHECK(body("_ = a || b && c == d") == "(= _ | (|| a (&& b (== c d))))");
  CHECK(body("_ = -x[0] * +2 + ^3 &^ 4 << 1") ==
        "(= _ | (+ (* (-u (index x 0)) (+u 2)) (<< (&^ (^u 3) 4) 1)))");
  CHECK(body("_ = !ok != (a < b)") == "(= _ | (!= (!u ok) (paren (< a b))))");
  CHECK(body("_ = *p + &x") == "(= _ | (+ (* p) (&u x)))");
  CHECK(body("_ = <-ch + 1") == "(= _ | (+ (<-u ch) 1))");
  CHECK(body("_ = a | b ^ c % d") == "(= _ | (^ (| a b) (% c d)))");
}

TEST_CASE("parse: conversions, method expressions and channel types in expressions") {
  CHECK(body("_ = []byte(s)") == "(= _ | (call (array nil byte) s))");
  CHECK(body("_ = (*T)(p)") == "(= _ | (call (paren (* T)) p))");
  CHECK(body("_ = func()(x)") == "(= _ | (func [] [(x)]))");
  CHECK(body("_ = (func())(x)") == "(= _ | (call (paren (func [] [])) x))");
  CHECK(body("_ = chan int(nil)") == "(= _ | (call (chan int) nil))");
  CHECK(body("_ = <-chan int(nil)") == "(= _ | (<-u (call (chan int) nil)))");
  CHECK(body("_ = (<-chan int)(nil)") == "(= _ | (call (paren (<-chan int)) nil))");
  CHECK(body("_ = make(<-chan <-chan int)") == "(= _ | (call make (<-chan (<-chan int))))");
  CHECK(body("_ = make(chan<- chan int, 1)") == "(= _ | (call make (chan<- (chan int)) 1))");
  CHECK(body("_ = T.M") == "(= _ | (sel T M))");
  CHECK(body("_ = (*T).M") == "(= _ | (sel (paren (* T)) M))");
  CHECK(body("_ = interface{}(x)") == "(= _ | (call (interface []) x))");
  CHECK(body("_ = map[string]int(nil)") == "(= _ | (call (map string int) nil))");
  CHECK(body("_ = new(struct{ a int })") == "(= _ | (call new (struct [(a int)])))");
  CHECK(body("f(xs...)\nf(a, b,\n)") == "(call f xs ...) (call f a b)");
}

TEST_CASE("parse: index, slice and assertion suffixes") {
  CHECK(
      body("_ = a[i]\n_ = a[:]\n_ = a[1:]\n_ = a[:2]\n_ = a[1:2:3]\n_ = x.(T)\n_ = x.(*T).f") ==
      "(= _ | (index a i)) (= _ | (slice a nil nil nil)) (= _ | (slice a 1 nil nil)) (= _ | (slice a nil 2 nil)) "
      "(= _ | (slice3 a 1 2 3)) (= _ | (assert x T)) (= _ | (sel (assert x (* T)) f))");
  CHECK(errorsOf("package p\nfunc f() {\n\t_ = a[1::3]\n\t_ = a[1:2:]\n}\n") ==
        "x.go:3:10: middle index required in 3-index slice\n"
        "x.go:4:12: final index required in 3-index slice");
}

TEST_CASE("parse: composite literals") {
  CHECK(body("_ = T{a: 1, b: 2}") == "(= _ | (lit T (kv a 1) (kv b 2)))");
  CHECK(body("_ = pkg.T{1, 2,\n}") == "(= _ | (lit (sel pkg T) 1 2))");
  CHECK(body("_ = [...]int{1, 2, 3}") == "(= _ | (lit (array (... nil) int) 1 2 3))");
  CHECK(body("_ = [][]int{{1}, {2, 3}, nil}") ==
        "(= _ | (lit (array nil (array nil int)) (lit nil 1) (lit nil 2 3) nil))");
  CHECK(body("_ = map[string]T{\"a\": {x: 1}, \"b\": {}}") ==
        "(= _ | (lit (map string T) (kv \"a\" (lit nil (kv x 1))) (kv \"b\" (lit nil))))");
  CHECK(body("_ = map[[2]int]string{{1, 2}: \"x\"}") ==
        "(= _ | (lit (map (array 2 int) string) (kv (lit nil 1 2) \"x\")))");
  CHECK(body("_ = &T{}\n_ = struct{}{}") == "(= _ | (&u (lit T))) (= _ | (lit (struct [])))");
  Parsed p("package p\nfunc f() {\n\t_ = [][]int{\n\t\t{1},\n\t}\n}\n");
  auto* lit = firstExpr(p)->as<CompositeLit>();
  CHECK(lit->pos.col == 6);
  CHECK(lit->rbrace.line == 5);
  auto* inner = lit->elts[0]->as<CompositeLit>();
  CHECK(inner->typeExpr == nullptr);
  CHECK(inner->pos.line == 4);
  CHECK(inner->pos.col == 3);
}

TEST_CASE("parse: function literals and types as operands") {
  CHECK(body("f := func(a int) (int, error) {\n\treturn a, nil\n}") ==
        "(:= f | (funclit (func [(a int)] [(int) (error)]) {(return a nil)}))");
  CHECK(body("go func() {}()") == "(go (call (funclit (func [] []) {})))");
  CHECK(body("var g func() *T") == "(var (g (func [] [((* T))])))");
  CHECK(body("_ = []func(){}") == "(= _ | (lit (array nil (func [] []))))");
}

TEST_CASE("parse: basic literals keep their kind and text") {
  Parsed p(
      "package p\nfunc f() {\n\t_ = []any{42, 0x1F, 0b101, 0o17, 017, 1_000, 1.5, .5, 1e3, 0x1p-2, 2i, 1.5i, 'a', '\\n', "
      "'\\u00e9', \"s\\t\", `raw\nline`}\n}\n");
  auto* lit = firstExpr(p)->as<CompositeLit>();
  std::vector<std::pair<LitKind, std::string>> want = {
      {LitKind::Int, "42"},          {LitKind::Int, "0x1F"},          {LitKind::Int, "0b101"},
      {LitKind::Int, "0o17"},        {LitKind::Int, "017"},           {LitKind::Int, "1_000"},
      {LitKind::Float, "1.5"},       {LitKind::Float, ".5"},          {LitKind::Float, "1e3"},
      {LitKind::Float, "0x1p-2"},    {LitKind::Imag, "2i"},           {LitKind::Imag, "1.5i"},
      {LitKind::Char, "'a'"},        {LitKind::Char, "'\\n'"},        {LitKind::Char, "'\\u00e9'"},
      {LitKind::String, "\"s\\t\""}, {LitKind::String, "`raw\nline`"}};
  REQUIRE(lit->elts.size() == want.size());
  for (size_t i = 0; i < want.size(); i++) {
    auto* b = lit->elts[i]->as<BasicLit>();
    CHECK(b->litKind == want[i].first);
    CHECK(b->text == want[i].second);
  }
}

TEST_CASE("parse: positions follow go/types conventions") {
  Parsed p(
      "package p\n\nfunc f() {\n\tx := a +\tb*c\n\tfmt.Println(x, \"é\", y)\n\t/* é */ z := -y\n}\n");
  auto& ss = p.func()->body->stmts;
  auto* as = ss[0]->as<AssignStmt>();
  CHECK(as->pos.line == 4);
  CHECK(as->pos.col == 2);
  auto* bin = as->rhs[0]->as<BinaryExpr>();
  CHECK(bin->pos.col == 7);  // the left operand's start
  CHECK(bin->opPos.col == 9);
  auto* mul = bin->y->as<BinaryExpr>();
  CHECK(mul->pos.col == 11);  // a tab counts as one column
  CHECK(mul->opPos.col == 12);
  auto* call = ss[1]->as<ExprStmt>()->x->as<CallExpr>();
  CHECK(call->pos.col == 2);  // the function's start
  CHECK(call->fun->as<SelectorExpr>()->sel->pos.col == 6);
  CHECK(call->args[2]->pos.col == 23);  // columns count bytes: "é" is two
  CHECK(call->rparen.col == 24);
  auto* neg = ss[2]->as<AssignStmt>()->rhs[0];
  CHECK(neg->pos.col == 16);  // after a comment holding a two-byte character
}

TEST_CASE("parse: semicolons are inserted at line ends") {
  CHECK(body("x := 1 // comment\ny := 2 /* c */\nz := 3; w := 4") ==
        "(:= x | 1) (:= y | 2) (:= z | 3) (:= w | 4)");
  CHECK(body("x := 1 /* multi\nline */ y := 2") == "(:= x | 1) (:= y | 2)");
  CHECK(body("f(a,\n\tb)\nx++\nreturn") == "(call f a b) (++ x) (return)");
  CHECK(body("x := a +\n\tb") == "(:= x | (+ a b))");
  CHECK(body("if x {\n\treturn\n}") == "(if nil x {(return)} nil)");
  CHECK(body("x := `a\nb`\ny := `c\n` + `d`\nz := 1") ==
        "(:= x | `a\nb`) (:= y | (+ `c\n` `d`)) (:= z | 1)");
  Parsed raw("package p\nvar s = `a\nb`\nvar t = 1\n");
  REQUIRE_MESSAGE(raw.file, raw.errors());
  CHECK(raw.file->decls[1]->pos.line == 4);
  // The last line needs no newline.
  Parsed p("package p\nfunc f() { return }");
  CHECK(p.file != nullptr);
  Parsed q("package p\nvar x = 1");
  CHECK(q.file != nullptr);
}

TEST_CASE("parse: syntax errors in the words of go 1.19") {
  CHECK(
      errorsOf("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n") ==
      "x.go:6:17: syntax error: unexpected newline in argument list; possibly missing comma or )");
  CHECK(errorsOf("package p\nfunc f() {\n\tx := \n}\n") ==
        "x.go:4:1: syntax error: unexpected }, expecting expression");
  CHECK(errorsOf("package p\nfunc f() {\n\tf(1, 2)\n") ==
        "x.go:4:1: syntax error: unexpected EOF, expecting }");
  CHECK(
      errorsOf("package p\nfunc f() {\n\tx := []int{1,\n2\n}\n}\n") ==
      "x.go:4:2: syntax error: unexpected newline in composite literal; possibly missing comma or }");
  CHECK(errorsOf("package p\nvar x\n") ==
        "x.go:2:6: syntax error: unexpected newline, expecting type");
  CHECK(errorsOf("package p\nx := 1\n") ==
        "x.go:2:1: syntax error: non-declaration statement outside function body");
  CHECK(errorsOf("func main() {}\n") == "x.go:1:1: syntax error: package statement must be first");
  CHECK(errorsOf("package p\nfunc f()\n{\n}\n") ==
        "x.go:3:1: syntax error: unexpected semicolon or newline before {");
  CHECK(errorsOf("package p\nfunc f() {\n\tx := 1 2\n}\n") ==
        "x.go:3:9: syntax error: unexpected literal 2 at end of statement");
  CHECK(errorsOf("package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n") ==
        "x.go:3:7: syntax error: cannot use x := 1 as value");
  CHECK(errorsOf("package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n") ==
        "x.go:3:7: syntax error: cannot use assignment (x) = (1) as value");
  CHECK(errorsOf("package p\nfunc f() {\n\tif {\n\t}\n}\n") ==
        "x.go:3:5: syntax error: missing condition in if statement");
  CHECK(errorsOf("package p\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n") ==
        "x.go:3:23: syntax error: cannot declare in post statement of for loop");
  CHECK(errorsOf("package p\nfunc f(a, []int, c string) {}\n") ==
        "x.go:2:11: syntax error: mixed named and unnamed parameters");
  CHECK(errorsOf("package p\nfunc (a, b T) M() {}\n") ==
        "x.go:2:15: method has multiple receivers");
  CHECK(
      errorsOf("package p\nfunc f() {\n\tdefer (g())\n\tgo 1\n}\n") ==
      "x.go:3:8: expression in defer must not be parenthesized\nx.go:4:5: expression in go must be function call");
  CHECK(errorsOf("package p\nfunc f() {\n\tswitch x {\n\tcase 1\n\t}\n}\n") ==
        "x.go:4:8: syntax error: unexpected newline, expecting :");
  CHECK(errorsOf("package p\nfunc f() {\n\tif x {\n\t} else return\n}\n") ==
        "x.go:4:9: syntax error: else must be followed by if or statement block");
  // One syntax error a line, sorted by position.
  CHECK(
      errorsOf("package p\nfunc f() {\n\tx := ) )\n\ty := ]\n}\n") ==
      "x.go:3:7: syntax error: unexpected ), expecting expression\nx.go:4:7: syntax error: unexpected ], expecting expression");
}

TEST_CASE("parse: lexical errors in the words of go 1.19") {
  CHECK(errorsOf("package p\nvar s = \"abc\nvar t = 1\n") == "x.go:2:13: newline in string");
  CHECK(errorsOf("package p\nvar s = `abc") == "x.go:2:9: string not terminated");
  CHECK(errorsOf("package p\nvar c = 'ab'\n") ==
        "x.go:2:9: more than one character in rune literal");
  CHECK(errorsOf("package p\nvar c = ''\n") == "x.go:2:10: empty rune literal or unescaped '");
  CHECK(errorsOf("package p\nvar s = \"\\q\"\n") == "x.go:2:11: unknown escape");
  CHECK(errorsOf("package p\nvar s = \"\\xZZ\"\n") ==
        "x.go:2:12: invalid character 'Z' in hexadecimal escape");
  CHECK(errorsOf("package p\nvar n = 08\n") == "x.go:2:10: invalid digit '8' in octal literal");
  CHECK(errorsOf("package p\nvar n = 0x\n") == "x.go:2:11: hexadecimal literal has no digits");
  CHECK(errorsOf("package p\nvar n = 1_\n") == "x.go:2:10: '_' must separate successive digits");
  CHECK(errorsOf("package p\nvar n = 0x1.5\n") ==
        "x.go:2:14: hexadecimal mantissa requires a 'p' exponent");
  CHECK(errorsOf("package p\nvar n = 1e\n") == "x.go:2:11: exponent has no digits");
  CHECK(
      errorsOf("package p\nvar n = 1 @ 2\n") ==
      "x.go:2:11: invalid character U+0040 '@'\nx.go:2:13: syntax error: unexpected literal 2 after top level declaration");
  CHECK(errorsOf("package p\n/* unterminated") == "x.go:2:1: comment not terminated");
  CHECK(errorsOf("package p\nvar a\x7f"
                 "b = 1\n") == "x.go:2:6: invalid character U+007F in identifier");
  // Non-ASCII letters make identifiers; non-ASCII text is fine in strings and comments.
  Parsed utf("package p\n// héllo ☺\nvar é = \"☺\"\n");
  CHECK_MESSAGE(utf.file != nullptr, utf.errors());
  CHECK(errorsOf(std::string("package p\nvar s = \"a\xff\"\n")) ==
        "x.go:2:11: invalid UTF-8 encoding");
  CHECK(errorsOf(std::string("package p\nvar s = 1\0\n", 21)) ==
        "x.go:2:10: invalid NUL character");
  // A leading byte order mark is allowed.
  Parsed bom("\xEF\xBB\xBFpackage p\n");
  CHECK(bom.file != nullptr);
}

TEST_CASE("parse: deep nesting is an error, not a crash") {
  // 10,000 brackets open at once are accepted, one more is not.
  std::string parens =
      "package p\nvar x = " + std::string(10001, '(') + "1" + std::string(10001, ')') + "\n";
  std::string err = errorsOf(parens);
  CHECK(err.find("x.go:2:") == 0);
  CHECK(err.find("syntax error: nesting too deep") != std::string::npos);

  std::string blocks =
      "package p\nfunc f() {\n" + std::string(10001, '{') + std::string(10001, '}') + "\n}\n";
  CHECK(errorsOf(blocks).find("syntax error: nesting too deep") != std::string::npos);

  std::string nots = "package p\nvar x = " + std::string(200000, '!') + "true\n";
  CHECK(errorsOf(nots).find("syntax error: nesting too deep") != std::string::npos);

  // A flat chain of operators counts apart from nesting: 100,000 pass, one more is refused.
  std::string chain = "package p\nvar x = 1";
  for (int i = 0; i < 100001; i++) chain += " + 1";
  CHECK(errorsOf(chain + "\n").find("syntax error: nesting too deep") != std::string::npos);

  std::string ptrs = "package p\nvar x " + std::string(100000, '*') + "int\n";
  CHECK(errorsOf(ptrs).find("syntax error: nesting too deep") != std::string::npos);
}

TEST_CASE("parse: moderate nesting and huge literals are fine") {
  std::string parens =
      "package p\nvar x = " + std::string(10000, '(') + "1" + std::string(10000, ')') + "\n";
  Parsed p(parens);
  CHECK_MESSAGE(p.file != nullptr, p.errors());
  // Chains are not nesting: else-if links and labels in a row, as many as Go takes.
  std::string elseifs = "package p\nfunc f(x bool) {\n\tif x {\n\t}";
  for (int i = 0; i < 20000; i++) elseifs += " else if x {\n\t}";
  Parsed e(elseifs + "\n}\n");
  CHECK_MESSAGE(e.file != nullptr, e.errors());
  std::string labels = "package p\nfunc f() {\n";
  for (int i = 0; i < 20000; i++) labels += "L" + std::to_string(i) + ":\n";
  Parsed l(labels + "\tf()\n}\n");
  CHECK_MESSAGE(l.file != nullptr, l.errors());
  // A nest of index expressions (prediction once scanned to the closing bracket at
  // every level: quadratic), and a generic type's composite literal read as an index
  // expression followed by a literal value, as Go's parser does.
  std::string index = "package p\nvar x = ";
  for (int i = 0; i < 9000; i++) index += "a[";
  Parsed ix(index + "0" + std::string(9000, ']') + "\n");
  CHECK_MESSAGE(ix.file != nullptr, ix.errors());
  Parsed g("package p\nvar x = pkg.Pair[int, []string]{1, nil}\n");
  REQUIRE_MESSAGE(g.file != nullptr, g.errors());
  Printer gp;
  Expr* lit = g.file->decls[0]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0];
  gp.expr(lit);
  CHECK(gp.o.str() == "(lit (index (sel pkg Pair) int) 1 nil)");
  CHECK(lit->as<CompositeLit>()->typeExpr->as<IndexExpr>()->extra.size() == 1);
  CHECK(errorsOf("package p\nvar y = a[1:2]{}\n") == "x.go:2:15: syntax error: unexpected { at end of statement");
  std::string chain = "package p\nvar x = 1";
  for (int i = 0; i < 100000; i++) chain += " + 1";
  Parsed q(chain + "\n");
  CHECK_MESSAGE(q.file != nullptr, q.errors());

  std::string big = "package p\nvar s = \"" + std::string(1 << 20, 'a') + "\"\nvar r = `" +
                    std::string(1 << 20, '\n') + "`\n";
  Parsed b(big);
  REQUIRE_MESSAGE(b.file != nullptr, b.errors());
  auto* s = b.file->decls[0]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<BasicLit>();
  CHECK(s->text.size() == (1 << 20) + 2);
  auto* r = b.file->decls[1]->as<GenDecl>()->specs[0]->as<ValueSpec>();
  CHECK(r->pos.line == 3);
}

TEST_CASE("parse: REPL fragments mix declarations and statements") {
  Arena arena;
  Diagnostics diags;
  std::vector<Node*> decls;
  std::vector<Stmt*> stmts;
  std::string src =
      "x := 1\n"
      "import \"fmt\"\n"
      "func double(a int) int { return a * 2 }\n"
      "var y = 2\n"
      "type T struct{}\n"
      "fmt.Println(x + double(y))\n"
      "func() { x++ }()\n"
      "func (T) M() {}\n";
  REQUIRE(parseFragment(arena, "<repl>", src, decls, stmts, diags));
  Printer p;
  for (auto* d : decls) p.decl(d), p.o << "; ";
  for (auto* s : stmts) p.stmt(s), p.o << "; ";
  CHECK(
      p.o.str() ==
      "(import (nil \"fmt\")); (funcdecl double (func [(a int)] [(int)]) {(return (* a 2))}); (var (y nil 2)); "
      "(type (T (struct []))); (funcdecl [(T)] M (func [] []) {}); "
      "(:= x | 1); (call (sel fmt Println) (+ x (call double y))); (call (funclit (func [] []) {(++ x)})); ");
  CHECK(stmts[1]->pos.line == 6);

  std::vector<Node*> d2;
  std::vector<Stmt*> s2;
  CHECK_FALSE(parseFragment(arena, "<repl>", "fmt.Println(\"a\"\n", d2, s2, diags));
  REQUIRE(diags.list.size() == 1);
  CHECK(
      diags.list[0].str() ==
      "<repl>:1:16: syntax error: unexpected newline in argument list; possibly missing comma or )");
  CHECK(d2.empty());
  CHECK(s2.empty());
}
