// One batch of escape analysis: a strongly connected set of functions of the call graph
// (with the function literals inside them), analysed together (Go's escape.batch and
// escape.escape). escape.cpp holds the graph and the solver, walk.cpp the traversal.
#pragma once

#include <deque>
#include <memory>

#include "frontend/escape/escape_impl.h"

namespace golite::escape {

// The names of the temporaries gc gives a go/defer call's operands, by operand.
using TempNames = std::unordered_map<const ast::Expr*, std::string>;

// What the analysis keeps between batches and packages.
struct Impl {
  std::vector<std::unique_ptr<FuncInfo>> owned;
  std::unordered_map<types::Func*, FuncInfo*> funcs;    // declarations with bodies
  // Declarations without a body marked //go:noescape, in packages analysed without a
  // report (imported ones): no parameter leaks.
  std::unordered_set<types::Func*> noescape;
  std::unordered_map<ast::FuncLit*, FuncInfo*> lits;
  std::unordered_map<ast::Node*, FuncInfo*> byNode;     // FuncDecl or FuncLit -> info
  // Local variables never assigned after their definition nor address-taken, with the
  // expression that defines them (Go's ir.StaticValue follows these).
  std::unordered_map<types::Var*, ast::Expr*> staticInit;
  std::unordered_set<types::Var*> reassignedVars;
  // Sites some batch found escaping (a node analysed twice keeps the heap).
  std::unordered_set<ast::Expr*> heapNodes;
  types::Package* pkg = nullptr;
  int report = 0;
  std::vector<Message>* out = nullptr;
  const std::string* file = nullptr;  // the file of the function being reported

  FuncInfo* infoFor(ast::Node* n) {
    auto it = byNode.find(n);
    return it == byNode.end() ? nullptr : it->second;
  }
  // The tags of a function outside the batch being analysed: its summary, or for a
  // function without a Go body (a native) every pointer parameter leaking to the heap.
  std::vector<Leaks> tagsOf(types::Func* fn);
  void warn(ast::Pos pos, std::string text);
  // gc devirtualizes the whole package before its escape analysis: these messages come
  // first, in source order.
  std::vector<Message> devirt;
  void devirtualized(ast::Pos pos, std::string text);
};

// A function a call reaches, when it is known statically.
struct Callee {
  types::Func* fn = nullptr;  // a declared function or method
  FuncInfo* info = nullptr;   // its analysis (a literal has only this)
  types::Signature* sig = nullptr;
};

struct Batch {
  Impl* impl;
  std::vector<std::unique_ptr<Location>> allLocs;  // in creation order (the report's order)
  Location heapLoc;
  Location blankLoc;
  // A closure whose captured variables flow into it once the batch is walked: a func
  // literal (fn), or the wrapper a go or defer statement makes (wrapper, with the
  // temporaries holding the call's operands).
  struct PendingClosure {
    Hole k;
    FuncInfo* fn = nullptr;
    Location* wrapper = nullptr;
    std::vector<Location*> temps;
    ast::Pos usePos;       // a wrapper: where its body uses the temporaries
  };
  std::vector<PendingClosure> closures;
  std::unordered_map<types::Var*, Location*> varLocs;
  // Which closures capture each variable (the compiler shares the cell with them).
  std::unordered_map<types::Var*, std::vector<Location*>> capturedBy;

  // The traversal's state (Go's escape).
  FuncInfo* curfn = nullptr;
  int loopDepth = 1;
  ast::Pos stmtPos;  // the statement being walked
  std::unordered_map<ast::LabeledStmt*, int> labels;  // 1 looping, 2 not

  // -m -m's notes (owned here; holes and edges point at them).
  std::deque<Note> noteStore;
  // The temporaries of go/defer calls' operands (gc's .autotmp_N), by operand.
  TempNames tempNames;
  std::unordered_map<const ast::Expr*, Location*> exprTemps;

  explicit Batch(Impl* i) : impl(i) {
    heapLoc.escapes = true;
    heapLoc.site = Site::Temp;
    blankLoc.site = Site::Temp;
  }

  // ---- graph (escape.cpp)
  Location* newLoc(Site site, ast::Node* n, ast::Pos pos, bool transient);
  Location* varLoc(types::Var* v);  // creates it in the declaring function if needed
  Hole heapHole() { return Hole{&heapLoc}; }
  // Notes for -m -m: why a value flows into k (nothing is recorded otherwise).
  bool explaining() const { return impl->report >= 2; }
  Hole note(Hole k, ast::Node* where, const char* why);
  Hole note(Hole k, std::string where, ast::Pos pos, const char* why);
  Hole addr(Hole k, ast::Node* where, const char* why) { return note(k.addr(), where, why); }
  Hole deref(Hole k, ast::Node* where, const char* why) { return note(k.deref(), where, why); }
  // The explanations of -m -m (gc's explainPath / explainFlow / explainLoc).
  std::string explainLoc(Location* l);
  std::string locString(Location* l);  // the location's node as gc prints it
  void explainPath(Location* root, Location* src);
  void explainFlow(ast::Pos pos, Location* dst, Location* src, int derefs, const Note* notes);
  Hole discardHole() { return Hole{&blankLoc}; }
  void flow(Hole k, Location* src);
  Hole teeHole(const std::vector<Hole>& ks);
  Hole later(Hole k);
  Hole spill(Hole k, Site site, ast::Node* n, ast::Pos pos);
  Hole dotType(Hole k, types::Type* t, ast::Node* where, const char* why);

  void initFunc(FuncInfo* fn);
  void run(const std::vector<FuncInfo*>& fns);
  void flowClosure(const PendingClosure& c);
  // A func literal's captured variables in gc's order, with their first references.
  const std::vector<std::pair<types::Var*, ast::Pos>>& captureOrder(ast::FuncLit* lit);
  std::unordered_map<ast::FuncLit*, std::vector<std::pair<types::Var*, ast::Pos>>> captureOrders;
  void walkAll();
  void walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& todo);
  bool outlives(Location* l, Location* other);
  void leakTo(Location* l, Location* sink, int derefs);
  void finish(const std::vector<FuncInfo*>& fns);
  std::string heapAllocReason(Location* loc);

  // ---- traversal (walk.cpp)
  void walkFunc(FuncInfo* fn);
  void block(const std::vector<ast::Stmt*>& l);
  void stmt(ast::Stmt* s);
  void expr(Hole k, ast::Expr* e);
  // e assigned to a destination of type `to`: an implicit conversion to an interface
  // boxes it (site at `convPos`).
  void exprTo(Hole k, ast::Expr* e, types::Type* to, ast::Pos convPos);
  void discard(ast::Expr* e) {
    if (e) expr(discardHole(), e);
  }
  void assignHeap(ast::Expr* e, types::Type* to, ast::Pos convPos, ast::Node* where, const char* why) {
    exprTo(note(heapHole(), where, why), e, to, convPos);
  }
  Hole addrHole(ast::Expr* e);
  Hole dcl(types::Var* v);
  void reassigned(const std::vector<Hole>& ks, ast::Node* where, const std::vector<ast::Expr*>* lhs);
  void assignList(const std::vector<ast::Expr*>& dsts, const std::vector<ast::Expr*>& srcs,
                  ast::Node* where, const char* why, bool varDecl = false);
  // wrap: the go/defer wrapper that will hold the call's evaluated operands, or nullptr.
  void call(const std::vector<Hole>* ks, ast::CallExpr* call, PendingClosure* wrap = nullptr);
  // An operand of a call, flowing into k. Under go/defer (wrap), it is evaluated into a
  // temporary the wrapper captures (gc's .autotmp_N), which then flows into k.
  void argument(Hole k, ast::Expr* a, types::Type* to, ast::Pos convPos, PendingClosure* wrap);
  // Names a temporary for operand a of a wrapped call (none for constants and functions).
  // The hole of a go/defer temporary, which operand a is assigned to.
  Hole tempHole(Location* tmp, ast::Expr* a);
  // n temporaries for a multi-valued call's results (gc's typechecker makes them).
  std::vector<Location*> typecheckTemps(size_t n);
  void wrapperTemp(PendingClosure* wrap, ast::Expr* a, types::Type* t, ast::CallExpr* call, ast::Pos convPos);
  void builtinCall(const std::vector<Hole>* ks, ast::CallExpr* call);
  void goDefer(ast::Stmt* stmt, ast::CallExpr* call, bool isGo);
  // e, or what the local variable e is bound to once and for all (gc's ir.StaticValue);
  // *viaInterface is set when a variable on the way has an interface type.
  ast::Expr* staticValue(ast::Expr* e, bool* viaInterface);
  Callee staticCallee(ast::CallExpr* call);
  Hole tagHole(const std::vector<Hole>* ks, const Callee& c, int paramIndex,
               const std::vector<Leaks>* tags);
  void receiver(Hole k, ast::SelectorExpr* sel, bool ptrRecv);
  Hole fieldPath(Hole k, types::Type* xt, const std::vector<int>& path, ast::Node* where);
  void closureExpr(Hole k, ast::FuncLit* lit);
  bool isReflectHeaderData(ast::Expr* e);
  void unsafeValue(Hole k, ast::Expr* n);
  ast::Pos argPos(ast::CallExpr* c, size_t i);
};

// Expressions in the form gc's -m messages print them (fmt.cpp).
std::string exprString(ast::Expr* e, const types::Package* rel);
std::string typeStr(types::Type* t, const types::Package* rel);
// A statement or expression as gc prints the `where` of a -m -m note, after its own
// rewrites: method calls as method expressions ((*T).M(x, ...)), the extra arguments of a
// variadic call as one `... argument...`.
std::string nodeString(ast::Node* n, const types::Package* rel, const TempNames* temps = nullptr);
// Where gc places a node: an expression's operator, paren, bracket or brace; an
// assignment's operator.
ast::Pos gcPos(ast::Node* n);
// A function as gc names it in messages: f, (*T).M, T.M, f.func1.
std::string funcName(FuncInfo* fn);

// Type predicates the analysis needs (escape.cpp).
bool hasPointers(types::Type* t);
bool isDirectIface(types::Type* t);

}  // namespace golite::escape
