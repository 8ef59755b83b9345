// Unit tests of the bytecode compiler and the instruction format: small programs are
// parsed, checked and compiled, and their disassembly shows the instructions the
// compiler is meant to choose.
#include <doctest/doctest.h>

#include "frontend/types/check.h"
#include "frontend/compile/compile.h"
#include "frontend/syntax/parse.h"
#include "vm/liveness.h"
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

// The frame maps' scan half holds only registers written on every path to the safepoint:
// a frame stopped at its entry (a stack check, a preemption) has nothing to scan but its
// parameters, whatever later code does with its other registers. Before, a call's result
// registers counted as live from the entry (calls did not define them), and so did a
// deferring function's results (the return sequence reads them): they were scanned while
// still holding what an earlier, deeper frame left in those stack slots, which kept
// garbage alive and made gccheckmark fail (a word the concurrent mark never saw).
TEST_CASE("a frame stopped at its entry scans only its parameters") {
  ast::Arena nodes;
  types::TypeArena typeArena;
  Diagnostics diags;
  ast::File* file = parseFile(nodes, "t.go", R"(package main
type T struct{ next *T }
type R interface{ Read() (*T, error) }
func get() *T { return &T{} }
func loop(r R, n int) (err error) {
	defer func() {}()
	var last *T
	for i := 0; i < n; i++ {
		if last != nil {
			get()
		}
		t, e := r.Read()
		last = t
		err = e
	}
	return err
}
func unnamed(xs []byte, n int) (*T, []byte) {
	defer func() {}()
	ys := xs[:n]
	return get(), ys
}
func closures(f func() *T, n int) *T {
	var t *T
	for i := 0; i < n; i++ {
		if t == nil {
			t = f()
		}
	}
	return t
}
func calls(f func() *T, g func(), n int) *T {
	var t *T
	for i := 0; i < n; i++ {
		g()
		if i > 5 {
			x := f()
			t = x
		}
	}
	return t
}
func main() {}
)", diags);
  REQUIRE(file != nullptr);
  Checker checker(typeArena, nodes, diags, [](const std::string&) { return nullptr; });
  types::Package* pkg = checker.checkPackage("main", {file});
  REQUIRE(diags.empty());
  Program program;
  program.compilePackage(pkg);
  program.initProto();  // finishes the functions: their frame maps
  int checked = 0;
  for (auto& p : program.protos()) {
    if (p->native || !p->hasFrameMaps || p->frameSize == 0) continue;
    uint16_t callBase;
    const uint64_t* scan = vm::frameMap(p.get(), 0, false, &callBase);
    REQUIRE(scan != nullptr);
    for (uint32_t r = p->paramWords; r < p->frameSize; r++) {
      INFO(p->name << " R" << r);
      CHECK((scan[r / 64] >> (r % 64) & 1) == 0);
    }
    checked++;
  }
  CHECK(checked >= 5);
  // In calls, while g runs (the first call), f's result register (the second call's base)
  // holds whatever it held before: it is written by f's call, further on.
  for (auto& p : program.protos()) {
    if (p->name != "main.calls") continue;
    std::vector<size_t> callPcs;
    for (size_t pc = 0; pc < p->code.size(); pc++)
      if (p->code[pc].op == vm::Op::CALLCL) callPcs.push_back(pc);
    REQUIRE(callPcs.size() == 2);
    uint16_t callBase;
    const uint64_t* scan = vm::frameMap(p.get(), callPcs[0] + 1, true, &callBase);
    REQUIRE(scan != nullptr);
    uint32_t result = p->code[callPcs[1]].a;
    CHECK((scan[result / 64] >> (result % 64) & 1) == 0);
    checked++;
  }
  CHECK(checked == 6);
}
