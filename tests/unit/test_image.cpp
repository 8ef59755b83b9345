// Unit tests of the program image (frontend/compile/image.cpp): a compiled program written
// out and read back is the same program, with every address relocated to the new one's
// objects; damaged images are refused or read without a crash.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "frontend/compile/compile.h"
#include "frontend/syntax/parse.h"
#include "frontend/types/check.h"
#include "runtime/panic.h"
#include "runtime/type.h"
#include "vm/proto.h"

using namespace golite;

namespace {

constexpr const char* kProgram = R"(package main

type Shape interface{ Area() int }

type Rect struct {
	W, H int
	Tag  string `json:"tag"`
}

func (r Rect) Area() int { return r.W * r.H }

var shapes = []Shape{Rect{2, 3, "a"}, &Rect{4, 5, "b"}}
var counts = map[string]int{"x": 1}

func total(ss []Shape) (n int) {
	defer func() { n++ }()
	for _, s := range ss {
		n += s.Area()
	}
	return
}

func main() {
	f := func(k string) int { return counts[k] }
	println(total(shapes), f("x"), "done")
}
)";

// kProgram compiled, once: a process has one program whose methods the runtime's error
// types carry (the first compiled), as golite runs one. Kept, as every Program here: the
// runtime knows their descriptors (itabs).
struct Compiled {
  Program* program = new Program;
  vm::Proto* init = nullptr;
  vm::Proto* mainFn = nullptr;
  std::string image;
};
const Compiled& compiled() {
  static const Compiled c = [] {
    Compiled c;
    // Run with the other tests in one process, an earlier test's program gave the
    // runtime's error types their methods: this one gives them its own, as the one
    // program of a golite run does.
    for (runtime::Type* t : runtime::runtimeErrorTypes) t->methods.clear();
    static ast::Arena nodes;  // the checked trees outlive the tests (types point into them)
    static types::TypeArena typeArena;
    Diagnostics diags;
    ast::File* file = parseFile(nodes, "img.go", kProgram, diags);
    REQUIRE(file != nullptr);
    Checker checker(typeArena, nodes, diags, [](const std::string&) { return nullptr; });
    types::Package* pkg = checker.checkPackage("main", {file});
    for (auto& d : diags.list) INFO(d.str());
    REQUIRE(diags.empty());
    c.program->compilePackage(pkg);
    c.mainFn = c.program->mainProto(pkg);
    c.init = c.program->initProto();
    REQUIRE(c.mainFn != nullptr);
    REQUIRE(c.program->saveImage(c.init, c.mainFn, c.image));
    return c;
  }();
  return c;
}

// What a constant-pool address names, comparable across two programs: a proto or a type
// by its name, a string by its text, anything else by its kind.
std::string named(const Program& program, const vm::Proto& p, uint64_t v) {
  for (const auto& q : program.protos())
    if (reinterpret_cast<uint64_t>(q.get()) == v) return "proto " + q->name;
  for (const auto& s : p.strings)
    if (reinterpret_cast<uint64_t>(s->data()) == v) return "string " + *s;
  return "other";
}

}  // namespace

TEST_CASE("a program's image reads back as the same program") {
  const Compiled& c = compiled();
  const Program& original = *c.program;
  vm::Proto* init = c.init;
  const std::string& image = c.image;

  auto* loaded = new Program;
  vm::Proto *init2 = nullptr, *main2 = nullptr;
  REQUIRE(loaded->loadImage(image, init2, main2));
  REQUIRE(loaded->protos().size() == original.protos().size());
  CHECK(init2->name == init->name);
  CHECK(main2->name == "main.main");
  std::map<std::string, int> kinds;  // what the relocated constants name, counted
  for (size_t i = 0; i < original.protos().size(); i++) {
    const vm::Proto& a = *original.protos()[i];
    const vm::Proto& b = *loaded->protos()[i];
    CAPTURE(a.name);
    CHECK(a.name == b.name);
    CHECK(a.file == b.file);
    CHECK(a.line == b.line);
    CHECK(a.lines == b.lines);
    CHECK(a.frameSize == b.frameSize);
    CHECK(a.paramWords == b.paramWords);
    CHECK(a.resultWords == b.resultWords);
    CHECK(a.liveAt == b.liveAt);
    CHECK(a.liveBits == b.liveBits);
    CHECK(a.paramPtrs == b.paramPtrs);
    CHECK(a.relocs == b.relocs);
    CHECK((a.native == b.native));
    CHECK((a.staticClosure != nullptr) == (b.staticClosure != nullptr));
    REQUIRE(a.code.size() == b.code.size());
    for (size_t k = 0; k < a.code.size(); k++) CHECK(a.code[k].raw() == b.code[k].raw());
    REQUIRE(a.consts.size() == b.consts.size());
    for (size_t k = 0; k < a.consts.size(); k++) {
      bool reloc = std::find(a.relocs.begin(), a.relocs.end(), uint32_t(k)) != a.relocs.end();
      if (!reloc) {
        CHECK(a.consts[k] == b.consts[k]);
        continue;
      }
      // An address: of the new program's own object, naming what the old one named.
      CHECK(a.consts[k] != b.consts[k]);
      std::string what = named(original, a, a.consts[k]);
      CHECK(what == named(*loaded, b, b.consts[k]));
      kinds[what.substr(0, what.find(' '))]++;
    }
  }
  CHECK(kinds["proto"] > 0);
  CHECK(kinds["string"] > 0);
  CHECK(kinds["other"] > 0);  // descriptors, itabs and global cells
}

TEST_CASE("a damaged image is refused or read, never a crash") {
  const std::string& image = compiled().image;
  // Every failed load's Program is kept, as the driver keeps it: the runtime may know
  // its descriptors (itabs made while reading).
  vm::Proto *i2 = nullptr, *m2 = nullptr;
  for (size_t n = 0; n < image.size(); n += 1 + n / 64) {
    auto* p = new Program;
    CHECK_MESSAGE(!p->loadImage(std::string_view(image.data(), n), i2, m2), "prefix ", n);
  }
  CHECK(!(new Program)->loadImage(image + "x", i2, m2));  // trailing bytes
  uint32_t seed = 4242;
  for (int trial = 0; trial < 300; trial++) {
    std::string bad = image;
    seed = seed * 1664525 + 1013904223;
    bad[seed % bad.size()] ^= char(1 + (seed >> 24) % 255);
    (void)(new Program)->loadImage(bad, i2, m2);
  }
}
