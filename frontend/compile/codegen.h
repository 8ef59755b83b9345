// Internal to the compiler (frontend/compile/compile*.cpp and rtype.cpp): the state of the
// program being compiled and of the function being compiled.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/compile/compile.h"
#include "runtime/runtime.h"
#include "vm/opcodes.h"

namespace golite {

using types::Type;

// The registers a value of type t occupies: its words, or one when it is held
// indirectly (indirect(t): over vm::kIndirectBytes, see vm/opcodes.h).
int words(Type* t);
bool indirect(Type* t);

// Where a value lives while an expression is compiled.
//   Reg: in registers starting at `reg`, at byte offset `off` (fields of a struct held in
//        registers). Never addressed by pointer across a call.
//   Mem: at address R[reg] + off (a heap cell, a pointer's target, a global).
//   MapElem: m[k] being assigned: map in R[reg], key in registers at R[key], the map
//            instructions' extension word (mapExt) in off.
//   Blank: `_`, assignments are dropped.
struct Place {
  // SliceElem: element R[key] of the slice held in R[reg..reg+2], elements of off bytes,
  // bounds-checked when stored to (an assignment's second phase).
  enum Kind { Reg, Mem, MapElem, SliceElem, Blank } kind = Reg;
  int reg = 0;
  int64_t off = 0;
  int key = 0;
  Type* type = nullptr;
  // Mem reached by dereferencing a Go pointer that may be nil: taking its address at
  // offset 0 (&p.f for the first field, &*p) must still panic on nil, as Go's nil check does.
  bool mayBeNil = false;
};

struct FuncState {
  vm::Proto* proto = nullptr;
  FuncState* parent = nullptr;
  ast::Node* node = nullptr;  // FuncDecl or FuncLit (nil for package init / fragments)
  types::Signature* sig = nullptr;
  int top = 0;        // next free register
  int localsTop = 0;  // registers below this hold variables
  std::unordered_map<types::Var*, int> vars;  // variable -> register (value or cell address)
  std::vector<types::Var*> resultVars;        // named results (nil entries for unnamed)
  // Functions with defer statements keep every result in a variable (Place) so deferred
  // calls run after the results are set; all returns jump to one return sequence.
  bool hasDefer = false;
  std::vector<Place> resultPlaces;
  std::vector<size_t> returnJumps;
  int line = 0;  // current source line for the line table

  struct Target {
    ast::Stmt* stmt;
    std::vector<size_t> breaks;     // jumps to patch to the end
    std::vector<size_t> continues;  // jumps to patch to the continue point
    int localsTop;                  // for `continue` of range loops over cells
  };
  std::vector<Target> targets;
  std::map<ast::LabeledStmt*, size_t> labels;
  std::vector<std::pair<size_t, ast::LabeledStmt*>> gotos;
  // fallthrough: jumps to patch to the next case body
  std::vector<size_t>* fallthroughs = nullptr;
  // Variables whose cells are frame objects: their offsets in the frame-object area (one
  // slot a variable: its declaration and its per-iteration copies share it).
  std::unordered_map<types::Var*, int> varSlots;
};

struct Program::Impl {
  types::Universe* universe = nullptr;
  std::vector<std::unique_ptr<vm::Proto>> protos;
  std::vector<std::unique_ptr<runtime::Type>> rtypes;
  std::unordered_map<std::string, runtime::Type*> rtypeByIdentity;  // identityKey -> descriptor
  // A named type's descriptors, and its pointer type's (REPL: refreshMethods).
  std::unordered_map<types::Named*, std::vector<std::pair<Type*, runtime::Type*>>> namedRtypes;
  std::vector<void*> globals;  // heap cells of package-level variables
  // Each cell's type and size, as made (globalCell), for the image cache.
  std::vector<std::pair<const runtime::Type*, size_t>> globalTypes;
  void* globalCell(Type* t);
  std::unordered_map<types::Var*, void*> globalAddr;
  vm::Proto* init = nullptr;
  FuncState initState;
  bool initFinished = false;
  types::Package* pkg = nullptr;  // being compiled
  FuncState* fs = nullptr;        // function being compiled
  std::string file;               // current file name
  std::unordered_map<std::string, vm::Proto*> wrappers;
  int litCounter = 0;
  std::unordered_map<ast::Node*, int> funcLitCount;  // per enclosing top-level func
  std::vector<std::unique_ptr<ast::BlockStmt>> fragments;  // REPL inputs' statement lists
  std::vector<std::unique_ptr<ast::DeclStmt>> fragmentDecls;
  std::vector<std::unique_ptr<ast::GenDecl>> fragmentGenDecls;  // one per var spec, in init order
  std::vector<std::unique_ptr<ast::ValueSpec>> fragmentSpecs;    // specs split per variable
  size_t mapped = 0;  // protos[0, mapped) have their frame maps
  void finishProtos();
  // The standard library's functions are compiled when the program refers to them (as
  // Go's linker keeps only what is reachable): a body waits in lazyBodies, by its proto,
  // until compileReachable finds the proto named by compiled code (a constant, a method
  // of a type descriptor). Of the 1,146 functions an `os` program declares, about 470
  // are reached. The program's own packages are compiled whole, as go build compiles them.
  struct LazyBody {
    types::Func* fn;
    ast::FuncDecl* decl;
    types::Package* pkg;
    std::string file;
  };
  std::unordered_map<const void*, LazyBody> lazyBodies;
  size_t reachScannedProtos = 0, reachScannedTypes = 0;
  std::vector<vm::Proto*> compileReachable();  // the functions it compiled
  std::vector<types::Package*> packages;  // compiled so far
  std::unordered_map<types::Package*, size_t> instancesDone;  // Package::instances compiled
  void compileInstances();

  // ---- protos and emission (compile.cpp) ----
  vm::Proto* newProto(const std::string& name);
  vm::Proto* protoFor(types::Func* f);
  std::string funcName(types::Func* f);
  size_t emit(vm::Instr ins);
  size_t emitABC(vm::Op op, int a, int b, int c) { return emit(vm::makeABC(op, a, b, c)); }
  size_t emitABx(vm::Op op, int a, uint32_t bx) { return emit(vm::makeABx(op, a, bx)); }
  void emitExt(uint64_t x) { emit(vm::makeRaw(x)); }
  size_t emitJump(vm::Op op, int a = 0);
  void patchJump(size_t at, size_t target);
  void patchHere(size_t at) { patchJump(at, here()); }
  size_t here() const { return fs->proto->code.size(); }
  void emitLoop(size_t target);
  // Pointer maps for the frame maps (vm/liveness.cpp): noteDefPtrs records that the
  // instruction at pc writes values of types ts (one after another, each from a word
  // boundary) at its destination; setSignaturePtrs sets p's paramPtrs and resultPtrs (a
  // null type: one word that may be a pointer, an interface's data word).
  void noteDefPtrs(size_t pc, const std::vector<Type*>& ts);
  void setSignaturePtrs(vm::Proto* p, const std::vector<Type*>& params, const std::vector<Type*>& results);
  uint32_t constant(uint64_t v);
  // An address in the pool (recorded in the proto's relocs; never shared with a number).
  uint32_t constPtr(const void* p);
  // A map instruction's extension word for map type t (vm::kMapKeyIndirect when its key
  // is held indirectly).
  uint64_t mapExt(Type* t);
  uint32_t constString(const std::string& s);  // two consecutive words: ptr, len
  int alloc(int words);
  void setLine(const ast::Node* n);
  ast::Pos lastPos;  // the node compiled last (for errors raised without one)
  void error(const ast::Node* n, const std::string& msg);

  // ---- functions and statements (compile.cpp, compile_stmt.cpp) ----
  void declarePackage(types::Package* pkg);
  void compileFunc(vm::Proto* p, ast::FuncType* ft, types::Signature* sig, ast::BlockStmt* body,
                   ast::Node* node, const std::vector<types::Var*>* captures);
  void stmt(ast::Stmt* s);
  void block(const std::vector<ast::Stmt*>& stmts);
  void assign(ast::AssignStmt* s);
  void define(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs);
  void ifStmt(ast::IfStmt* s);
  void forStmt(ast::ForStmt* s);
  bool hasCallOrRecv(ast::Expr* e);
  Type* intOperandType(ast::Expr* e);
  // Values held indirectly (indirect(t)) are copied memory to memory where the compiler
  // can (bigMove, boxing an addressable operand), without a copy in between.
  bool bigMove(const Place& dst, ast::Expr* src);
  int bigCopy(ast::Expr* e);
  void emitMemMove(int dst, int src, Type* t);
  void rangeStmt(ast::RangeStmt* s);
  void switchStmt(ast::SwitchStmt* s);
  void typeSwitchStmt(ast::TypeSwitchStmt* s);
  void returnStmt(ast::ReturnStmt* s);
  void branchStmt(ast::BranchStmt* s);
  void incDec(ast::IncDecStmt* s);
  void declStmt(ast::DeclStmt* s);
  void showValues(ast::Expr* e);  // REPL
  vm::Proto* replShow = nullptr;
  void deferStmt(ast::DeferStmt* s);
  void goStmt(ast::GoStmt* s);
  void sendStmt(ast::SendStmt* s);
  void selectStmt(ast::SelectStmt* s);
  void recvTo(ast::Expr* chanExpr, int dst, bool commaOk);
  // The function value and argument words of a go or defer statement's call, laid out
  // at R[a] (function) and R[a+1..]; returns the number of argument words.
  int callValue(ast::CallExpr* call, int a);
  // Frame objects (vm/frameobj.cpp). frameSlot gives an object of `bytes` bytes a slot in
  // the function's frame-object area (pointer words by rt's map; all of them when rt is
  // null): its byte offset, or -1 when the area is full or the object too big (it then
  // goes to the heap). emitNew emits R[r] = new(t): a frame object when onStack (escape
  // analysis said it does not outlive the frame) and it fits, else the heap. varCell is
  // emitNew for variable v's cell.
  int frameSlot(int64_t bytes, const runtime::Type* rt);
  void emitNew(int r, Type* t, bool onStack);
  // A string operation's buffer (Go's tmpBuf: `bytes` pointer-free bytes) when its result
  // does not escape (onStack) and the frame has room: emits it and returns 1 + the
  // register holding its address (the operand string opcodes take), else 0.
  int stringBuf(bool onStack, int64_t bytes);
  std::unordered_map<int64_t, Type*> stringBufTypes;
  // a + b + c as one concatenation (Go's concatstrings): stringParts lists the operands of
  // a chain of string additions, concat joins R[first] (unless first < 0) and the parts
  // into R[dst..dst+1], in a frame buffer when onStack.
  void stringParts(ast::Expr* e, std::vector<ast::Expr*>& parts);
  void concat(int first, const std::vector<ast::Expr*>& parts, int dst, bool onStack);
  // R[dst] = make(map t, hint R[dst]): its hmap (and, when constHint <= 8, its first
  // bucket) in the frame when onStack and there is room (constHint < 0: not constant).
  void makeMap(Type* t, int dst, bool onStack, int64_t constHint);
  void varCell(int r, types::Var* v);
  int declareVar(types::Var* v);          // allocates its register (and cell), zeroed
  void freshCell(types::Var* v);          // per-iteration copy of a loop variable's cell
  bool boxed(types::Var* v);
  FuncState::Target* findTarget(ast::Stmt* s);

  // ---- expressions (compile_expr.cpp) ----
  int expr(ast::Expr* e);                 // value in some register (do not write to it)
  void exprTo(ast::Expr* e, int dst);     // value into dst..
  int exprAs(ast::Expr* e, Type* target); // value converted to target (interfaces)
  void exprToAs(ast::Expr* e, Type* target, int dst);
  void constTo(ast::Expr* e, int dst);
  void loadConst(const constant::Value& v, Type* t, int dst);
  Place place(ast::Expr* e);
  // The place of a value in registers from reg: Mem at R[reg] when it is held indirectly.
  static Place valuePlace(int reg, Type* t) {
    return Place{indirect(t) ? Place::Mem : Place::Reg, reg, 0, 0, t};
  }
  // The places of a tuple assignment, in the spec's first phase: the operands of index
  // expressions and pointer indirections evaluated (copied, so the assignments cannot
  // change them), the checks (bounds, nil) left to each store.
  std::vector<Place> assignPlaces(const std::vector<ast::Expr*>& lhs);
  bool deferIndexChecks = false;  // place(): slice elements as SliceElem
  int sliceElemAddr(const Place& p);  // R[a] = &element, bounds-checked now
  void load(const Place& p, int dst);
  int read(const Place& p);               // like load, but may return a var register
  void store(const Place& p, int src);
  int address(const Place& p);            // a register holding the place's address
  void emitLoad(int dst, int ptr, int64_t off, Type* t);
  void emitStore(int ptr, int64_t off, int src, Type* t);
  // ADDR (+offset) of a register-held value of `size` bytes at byte offset off; pin: the
  // address may outlive the next instructions (see ADDR in vm/opcodes.h).
  int regAddr(int reg, int64_t off, int64_t size, bool pin);
  void binary(ast::BinaryExpr* e, int dst);
  // Code that jumps when cond is false; returns the jump to patch. Integer comparisons
  // become one compare-and-skip instruction before the jump.
  size_t jumpIfFalse(ast::Expr* cond);
  void compare(ast::Tok op, Type* t, int x, int y, int dst);
  void arith(ast::Tok op, Type* t, int x, int y, int dst);
  void fixInt(Type* t, int reg);          // wrap a register to t's width
  void unary(ast::UnaryExpr* e, int dst);
  void compositeLit(ast::CompositeLit* e, int dst);
  void fillComposite(ast::CompositeLit* e, const Place& p);
  void funcLit(ast::FuncLit* e, int dst);
  // CLOSURE of p at R[a] (its captures in R[a..]), or FCLOSURE in the frame when onStack.
  void emitClosure(int a, vm::Proto* p, bool onStack);
  void selector(ast::SelectorExpr* e, int dst);
  void indexExpr(ast::IndexExpr* e, int dst);
  void sliceExpr(ast::SliceExpr* e, int dst);
  void typeAssert(ast::TypeAssertExpr* e, int dst, bool commaOk);
  // Assignment conversion; boxInFrame: a box it makes is a frame object (boxStack).
  void convertValue(int src, Type* from, Type* to, int dst, bool boxInFrame = false);
  void conversion(ast::CallExpr* e, int dst);
  void zero(int dst, Type* t);
  // Receiver handling for method calls/values: navigates x along sel's path and leaves
  // the receiver the method expects in registers at dst.
  void receiver(ast::Expr* x, types::Selection* sel, types::Func* m, int dst);
  void receiverFrom(Place p, const std::vector<int>& path, types::Func* m, int dst);
  // Follows embedded fields from p (auto-dereferencing pointers); returns the type reached.
  Type* walkEmbedded(Place& p, const std::vector<int>& path);
  // Types the compiler makes itself (backing arrays of literals), owned by the program.
  std::vector<std::unique_ptr<Type>> ownTypes;
  template <class T> T* ownType(T* t) {
    ownTypes.emplace_back(t);
    return t;
  }

  // ---- calls and builtins (compile_call.cpp) ----
  int call(ast::CallExpr* e);             // results at the returned register
  void callTo(ast::CallExpr* e, int dst);
  int argsTo(ast::CallExpr* e, types::Signature* sig, int base);
  void builtin(ast::CallExpr* e, int dst);
  void builtinTuple(ast::CallExpr* e, int dst);
  void appendCall(ast::CallExpr* e, int dst);
  void printCall(ast::CallExpr* e, bool ln);
  void complexParts(Type* t, int re, int im, int dst);
  void appendValues(int s, Type* et, const std::vector<int>& vals, int dst);
  vm::PrintKind printKind(Type* t);
  void minMax(ast::CallExpr* e, int dst, bool isMin);
  // A function that applies a builtin to its parameters (for `defer print(x)`).
  vm::Proto* builtinThunk(ast::CallExpr* e, const std::vector<Type*>& argTypes);

  // ---- runtime types and wrappers (rtype.cpp) ----
  const runtime::Type* rtype(Type* t);
  std::string identityKey(Type* t);
  runtime::Itab* itabFor(Type* iface, Type* concrete);
  std::unordered_set<const void*> itabs;  // the itabs code refers to (the image cache's)
  std::vector<runtime::Method> methodSet(Type* t);
  void refreshMethods(types::Named* n);  // REPL
  int methodIndex(Type* iface, const std::string& id);
  vm::Proto* methodWrapper(Type* recv, types::Func* m, const std::vector<int>& path,
                           bool indirectData, bool boundCell);
  vm::Proto* funcProtoForValue(types::Func* f);
  void installRuntimeErrors();
  std::vector<std::unique_ptr<types::Var>> ownVars;
  types::Var* ownVar(Type* t) {
    ownVars.push_back(std::make_unique<types::Var>());
    ownVars.back()->type = t;
    return ownVars.back().get();
  }
};

// The compiler's own natives (a body-less function golite lacks, the runtime errors'
// methods), named by their Proto::nativeKey; compilerNative finds one by key (the image
// cache links natives again by key), null if there is none.
inline constexpr const char* kUnimplementedNative = "!unimplemented";
void unimplementedNative(vm::Thread*, uint64_t*);
inline constexpr const char* kUncompiledNative = "!uncompiled";  // see lazyBodies
void uncompiledNative(vm::Thread*, uint64_t*);
vm::NativeFn compilerNative(const std::string& key);

// Multi-value expressions (a call with several results, or v, ok forms): their value
// types, and code that evaluates them into consecutive registers.
std::vector<Type*> tupleTypes(ast::Expr* e, size_t n);
int tupleExpr(Program::Impl& m, ast::Expr* e, size_t n);

// The basic kind of t's underlying type (Invalid when it is not basic).
inline types::BasicKind bkind(Type* t) {
  Type* u = underlying(t);
  return u->kind == types::TypeKind::Basic ? u->as<types::Basic>()->bkind : types::BasicKind::Invalid;
}
// Marks in bits the pointer words of a value of type t at byte offset off (rtype.cpp).
void pointerWords(Type* t, int64_t off, std::vector<bool>& bits);
bool isPointerShaped(Type* t);

}  // namespace golite
