// Unit tests of the bytecode compiler and the instruction format: small programs are
// parsed, checked and compiled, and their disassembly shows the instructions the
// compiler is meant to choose.
#include <doctest/doctest.h>

#include "frontend/types/check.h"
#include "frontend/compile/compile.h"
#include "frontend/syntax/parse.h"
#include "vm/proto.h"

using namespace golite;

namespace {

// Compiles a one-file program without imports; returns the disassembly of function fn.
std::string compileAndDisasm(const std::string& src, const std::string& fn) {
  ast::Arena nodes;
  types::TypeArena typeArena;
  Diagnostics diags;
  ast::File* file = parseFile(nodes, "t.go", src, diags);
  REQUIRE(file != nullptr);
  Checker checker(typeArena, nodes, diags, [](const std::string&) { return nullptr; });
  types::Package* pkg = checker.checkPackage("main", {file});
  for (auto& d : diags.list) INFO(d.str());
  REQUIRE(diags.empty());
  Program program;
  program.compilePackage(pkg);
  for (auto& p : program.protos())
    if (p->name == fn) return vm::disassemble(p.get());
  FAIL("function not compiled: " << fn);
  return "";
}

}  // namespace

TEST_CASE("instructions encode 32-bit jumps and constant indices in b and c") {
  vm::Instr i = vm::makeABx(vm::Op::JMP, 0, uint32_t(-5));
  CHECK(i.sbx() == -5);
  i = vm::makeABx(vm::Op::LOADK, 3, 70000);
  CHECK(i.bx() == 70000u);
  CHECK(i.a == 3);
  CHECK(std::string(vm::opName(vm::Op::RUNDEFERS)) == "RUNDEFERS");
}

TEST_CASE("integer conditions compile to compare-and-skip, constants to immediates") {
  std::string d = compileAndDisasm(R"(package main
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func main() { fib(10) }
)", "main.fib");
  CHECK(d.find("SKIPLTI") != std::string::npos);
  CHECK(d.find("ADDI") != std::string::npos);
  CHECK(d.find("CALL") != std::string::npos);
  CHECK(d.find("LT ") == std::string::npos);  // no materialized boolean
}

TEST_CASE("a function with defer returns through its deferred calls") {
  std::string d = compileAndDisasm(R"(package main
func f() (r int) {
	defer func() { r++ }()
	return 1
}
func main() { f() }
)", "main.f");
  CHECK(d.find("DEFER") != std::string::npos);
  CHECK(d.find("RUNDEFERS") != std::string::npos);
  CHECK(d.find("CLOSURE") != std::string::npos);  // the literal captures r
}

TEST_CASE("captured variables live in heap cells, others in registers") {
  std::string d = compileAndDisasm(R"(package main
func counter() func() int {
	n := 0
	return func() int { n++; return n }
}
func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}
func main() { counter()(); sum(nil) }
)", "main.counter");
  CHECK(d.find("NEW") != std::string::npos);
  std::string s = compileAndDisasm(R"(package main
func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}
func main() { sum(nil) }
)", "main.sum");
  CHECK(s.find("NEW") == std::string::npos);
  CHECK(s.find("LOOP") != std::string::npos);  // the back-edge polls for preemption
}

TEST_CASE("interface method calls go through the itab, channels through the runtime") {
  std::string d = compileAndDisasm(R"(package main
type S interface{ M() int }
type T struct{}
func (T) M() int { return 1 }
func use(s S, c chan int) int {
	c <- s.M()
	return <-c
}
func main() { c := make(chan int, 1); use(T{}, c) }
)", "main.use");
  CHECK(d.find("CALLI") != std::string::npos);
  CHECK(d.find("SEND") != std::string::npos);
  CHECK(d.find("RECV") != std::string::npos);
}
