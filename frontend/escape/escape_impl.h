// The escape analysis' graph, shared by its files (escape.cpp: batches, solver, report;
// walk.cpp: the AST traversal that builds the graph; fmt.cpp: expressions as gc prints them).
// The names follow Go's cmd/compile/internal/escape, so its comments explain these too.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/escape/escape.h"
#include "frontend/syntax/ast.h"
#include "frontend/types/types.h"

namespace golite::escape {

// What a location stands for.
enum class Site : uint8_t {
  Var,          // a variable (local, parameter, result)
  Result,       // an unnamed result (~r0, ...)
  Temp,         // a temporary of the analysis (no message)
  New,          // new(T)
  PtrLit,       // &T{...}
  SliceLit,     // []T{...}: its backing array
  MapLit,       // map[K]V{...}
  MakeSlice,    // make([]T, n)
  MakeMap,      // make(map[K]V)
  Closure,      // func literal
  MethodValue,  // x.M as a value
  ConvIface,    // an explicit conversion to an interface: its box
  Box,          // an implicit conversion to an interface: its box (node: the operand)
  StrConv,      // string(b), []byte(s), []rune(s), string(r), string(runes)
  AddStr,       // a + b + c on strings
  DDD,          // the ... argument slice of a variadic call (node: the call)
  Wrapper,      // the closure a go or defer statement with arguments makes (no message)
};

// Parameter leaks (Go's leaks): [0] to the heap, [1..7] to result i-1; each the least
// number of dereferences plus one, 0 for none.
constexpr int kNumEscResults = 7;
struct Leaks {
  std::array<uint8_t, 1 + kNumEscResults> v{};
  int get(int i) const { return int(v[i]) - 1; }
  void set(int i, int derefs) { v[i] = uint8_t(std::min(derefs, 254) + 1); }
  void add(int i, int derefs) {
    int old = get(i);
    if (old < 0 || derefs < old) set(i, derefs);
  }
  int heap() const { return get(0); }
  int result(int i) const { return get(1 + i); }
  bool empty() const {
    for (uint8_t x : v)
      if (x) return false;
    return true;
  }
  // A heap leak with derefs x makes result leaks with derefs >= x redundant.
  void optimize() {
    int h = heap();
    if (h < 0) return;
    for (int i = 0; i < kNumEscResults; i++)
      if (result(i) >= h) v[1 + i] = 0;
  }
};

struct FuncInfo;

struct Location;

// Why a value flows where it does, for -m -m's explanations (gc's note): the expression or
// statement responsible, as gc prints it, its position and the reason ("assign", "call
// parameter", "address-of"...). Notes form a chain, the innermost first; the batch owns
// them, and records them only when -m -m asks.
struct Note {
  const Note* next;
  std::string where;
  ast::Pos pos;
  const char* why;
  const std::string* file;  // where pos is
};

struct Edge {
  Location* src;
  int derefs;  // >= -1
  const Note* notes;
};

struct Location {
  Site site = Site::Temp;
  types::Var* var = nullptr;  // Site::Var
  ast::Node* node = nullptr;  // the site's expression (or the var's declaration)
  ast::Pos pos;               // where the report puts it
  FuncInfo* curfn = nullptr;
  std::vector<Edge> edges;    // incoming
  int loopDepth = 0;
  int resultIndex = 0;  // 1 + index for results
  bool isParam = false;
  std::string name;     // Result: ~r0 ...; a go/defer temporary: .autotmp_N
  int64_t width = 0;    // a go/defer temporary: its size (for -m -m)

  int derefs = 0;
  uint32_t walkgen = 0;
  Location* dst = nullptr;
  int dstEdgeIdx = 0;
  bool queued = false;
  bool escapes = false;
  bool transient = false;
  Leaks paramEsc;
  bool captured = false;
  bool reassigned = false;
  bool addrtaken = false;
};

// A flow destination: where a value goes, with how many dereferences (-1: its address).
struct Hole {
  Location* dst = nullptr;
  int derefs = 0;
  bool addrtaken = false;
  const Note* notes = nullptr;
  Hole shift(int delta) const {
    Hole k = *this;
    k.derefs += delta;
    if (k.derefs < -1) k.derefs = -1;
    k.addrtaken = delta < 0;
    return k;
  }
  Hole deref() const { return shift(1); }
  Hole addr() const { return shift(-1); }
};

// A function being analysed: a declaration or a function literal.
struct FuncInfo {
  ast::Node* node = nullptr;  // FuncDecl or FuncLit
  types::Func* obj = nullptr; // declarations only
  types::Signature* sig = nullptr;
  ast::FuncType* ftype = nullptr;
  ast::BlockStmt* body = nullptr;
  std::string file;           // the file it is declared in
  FuncInfo* outer = nullptr;  // for literals: the function containing it
  std::vector<FuncInfo*> closures;  // literals directly or indirectly inside, in source order
  bool closureCalled = false;       // a literal called where it is written
  enum State { Unknown, Planned, Started, Tagged } state = Unknown;
  std::vector<Location*> params;    // receiver and parameters (nullptr for unnamed)
  std::vector<Location*> results;   // one per result
  std::vector<Leaks> tags;          // per receiver/parameter, once tagged
  // gc's temporaries are named .autotmp_N, N the count of the function's declarations
  // when it is made. The typechecker's (for multi-valued calls) come in source order, after
  // the parameters and results (nparams) and the locals declared so far (localPos);
  // escape analysis's own (go/defer operands) after every declaration and all of those
  // (dcls counts on from there).
  int nparams = 0;
  std::vector<ast::Pos> localPos;
  int tcUsed = 0;
  int dcls = 0;
};

struct Impl;

}  // namespace golite::escape
