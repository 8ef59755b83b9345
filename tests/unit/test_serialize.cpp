// Unit tests for the parse cache's encoding of trees (frontend/syntax/serialize.cpp): what
// the parser built comes back whole (re-encoding the decoded tree gives the same bytes,
// so every field the encoding carries survived), and damaged bytes give nullptr, never a
// crash or a partial tree.
#include <doctest/doctest.h>

#include <string>

#include "frontend/syntax/parse.h"
#include "frontend/syntax/serialize.h"
#include "frontend/syntax/walk.h"
#include "stdlib/sources.h"

using namespace golite;
using namespace golite::ast;

namespace {

// Every kind of node the parser makes, and the fields that are easy to lose.
const char* kAllShapes = R"go(package main

import (
	"fmt"
	str "strings"
	_ "os"
)

type (
	Point struct {
		X, Y int `json:"x"`
		*Embedded
	}
	List[T any] struct{ items []T }
	Num interface{ ~int | ~float64 }
	Alias = map[string][]chan<- int
	Fn func(a, b int, c ...string) (r int, err error)
	I interface {
		fmt.Stringer
		M(<-chan int) bool
	}
	Arr [3]*Point
)

const (
	A = iota * 10
	B
	C
)

var x, y = 1, 2.5i

//go:noinline
func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Map[S ~[]E, E any, R any](s S, f func(E) R) []R { return nil }

func main() {
	p := &Point{X: 1, Y: 2}
	q := [...]int{1, 2, 3}
	s := q[1:2:3]
	m := map[string]int{"a": 1}
	ch := make(chan int, 1)
	ch <- 1
	v, ok := <-ch
	_ = Map[[]int, int, string]
	var i interface{} = p
	switch t := i.(type) {
	case *Point, nil:
		fmt.Println(t)
	default:
	}
	switch {
	case v > 0 && ok:
		fallthrough
	case !ok:
	}
	select {
	case ch <- 2:
	case w := <-ch:
		_ = w
	default:
	}
outer:
	for k := range m {
		for i := 0; i < 3; i++ {
			if i == 1 {
				continue outer
			} else if i == 2 {
				break outer
			} else {
				goto done
			}
		}
		_ = k
	}
done:
	go func() {}()
	defer fmt.Println(str.ToUpper("x"), s, -x, ^y, *p, 'c', "s", `raw`, 0x1p-2)
	x++
	y -= 1
	x <<= 2
	var _ = struct{}{}
	_ = (func(int) int)(nil)
	_ = i.(fmt.Stringer)
	return
}
)go";

// The nodes of a tree in walk order (walk.cpp, not the codec), each as its kind, position
// and text: two trees that print alike have the same shape, places, names and literals.
std::string flatten(File* f) {
  std::string out;
  for (Node* d : f->decls) {
    inspect(d, [&](Node* n) {
      out += std::to_string(int(n->kind)) + "@" + std::to_string(n->pos.line) + ":" + std::to_string(n->pos.col);
      if (n->kind == NodeKind::Ident) out += "=" + n->as<Ident>()->name;
      if (n->kind == NodeKind::BasicLit) out += "=" + n->as<BasicLit>()->text;
      if (n->kind == NodeKind::BinaryExpr || n->kind == NodeKind::UnaryExpr)
        out += "op" + std::to_string(int(n->kind == NodeKind::BinaryExpr ? n->as<BinaryExpr>()->op : n->as<UnaryExpr>()->op));
      out += " ";
      return true;
    });
  }
  return out;
}

std::string roundTrip(const std::string& name, const std::string& src) {
  Arena arena;
  Diagnostics diags;
  File* f = parseFile(arena, name, src, diags);
  REQUIRE_MESSAGE(f, name);
  std::string bytes = encodeFile(f);
  File* g = decodeFile(arena, bytes, name);
  REQUIRE_MESSAGE(g, name);
  CHECK(g->filename == name);
  CHECK(g->imports.size() == f->imports.size());
  CHECK(encodeFile(g) == bytes);
  CHECK(flatten(g) == flatten(f));
  return bytes;
}

}  // namespace

TEST_CASE("a parsed file comes back whole from its encoding") {
  std::string bytes = roundTrip("shapes.go", kAllShapes);
  Arena arena;
  File* g = decodeFile(arena, bytes, "shapes.go");
  REQUIRE(g);
  CHECK(g->pkgName->name == "main");
  REQUIRE(g->imports.size() == 1);
  CHECK(g->imports[0]->specs.size() == 3);
  auto* push = g->decls[4]->as<FuncDecl>();
  REQUIRE(push->kind == NodeKind::FuncDecl);
  CHECK(push->recv != nullptr);
  CHECK(push->generic);
  REQUIRE(push->directives.size() == 1);
  CHECK(push->directives[0] == "go:noinline");
}

TEST_CASE("every file of golite's own standard library survives encoding") {
  int files = 0;
  for (const char* pkg : {"fmt", "strings", "sort", "time", "sync", "slices", "unicode", "strconv", "flag", "testing"}) {
    for (const auto& src : stdlib::packageSources(pkg)) {
      roundTrip(std::string(src.name), std::string(src.text));
      files++;
    }
  }
  CHECK(files > 20);
}

TEST_CASE("damaged encodings decode to nothing, never to a crash") {
  std::string bytes = roundTrip("shapes.go", kAllShapes);
  Arena arena;
  for (size_t n = 0; n < bytes.size(); n++)
    CHECK_MESSAGE(decodeFile(arena, std::string_view(bytes.data(), n), "x.go") == nullptr, "prefix ", n);
  CHECK(decodeFile(arena, bytes + "x", "x.go") == nullptr);  // trailing bytes
  // Flipped bytes: a tree may still come out (a changed name or position is well-formed),
  // but decoding must end, and never read past the input.
  uint32_t seed = 12345;
  for (int trial = 0; trial < 2000; trial++) {
    std::string bad = bytes;
    seed = seed * 1664525 + 1013904223;
    bad[seed % bad.size()] ^= char(1 + (seed >> 24) % 255);
    (void)decodeFile(arena, bad, "x.go");
  }
  CHECK(decodeFile(arena, "", "x.go") == nullptr);
  CHECK(decodeFile(arena, std::string(64, '\xff'), "x.go") == nullptr);
}
