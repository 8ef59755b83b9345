// golite's abstract syntax tree.
//
// The ANTLR parse tree is turned into this tree at once (frontend/syntax/parse.cpp) and dropped:
// the parse tree costs ~180 bytes per source byte, this tree a small fraction of that.
// The shape follows Go's go/ast, so a reader who knows go/ast knows this file.
//
// Nodes are owned by an Arena that lives as long as the program (or the REPL session):
// nodes point at each other with plain pointers and are never freed one by one.
//
// The type checker (frontend/types/check*.cpp) annotates the tree in place: every Expr gets its
// mode, type and (for constants) value; every Ident its Object; every selector its
// Selection. The compiler reads those annotations and nothing else of the checker.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontend/types/constant.h"

namespace golite::types {
struct Type;
struct Object;
struct Var;
struct Func;
struct Scope;
struct Selection;
}  // namespace golite::types

namespace golite::ast {

struct Pos {
  int line = 0;
  int col = 0;
};

enum class NodeKind : uint8_t {
  // expressions
  BadExpr, Ident, BasicLit, CompositeLit, FuncLit, ParenExpr, SelectorExpr, IndexExpr,
  SliceExpr, TypeAssertExpr, CallExpr, StarExpr, UnaryExpr, BinaryExpr, KeyValueExpr,
  Ellipsis, ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType,
  // statements
  BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt, AssignStmt,
  GoStmt, DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt, CaseClause, SwitchStmt,
  TypeSwitchStmt, CommClause, SelectStmt, ForStmt, RangeStmt,
  // declarations
  ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl, File,
};

// Token kinds for operators and statement keywords that the tree records.
enum class Tok : uint8_t {
  None,
  Add, Sub, Mul, Quo, Rem, And, Or, Xor, Shl, Shr, AndNot,    // + - * / % & | ^ << >> &^
  LAnd, LOr, Arrow, Inc, Dec,                                 // && || <- ++ --
  Eql, Neq, Lss, Leq, Gtr, Geq, Not,                          // == != < <= > >= !
  Assign, Define,                                             // = :=
  AddAssign, SubAssign, MulAssign, QuoAssign, RemAssign,      // += -= *= /= %=
  AndAssign, OrAssign, XorAssign, ShlAssign, ShrAssign, AndNotAssign,
  Break, Continue, Goto, Fallthrough,
  Import, Const, Type, Var,
  Tilde,                                                      // ~ (a constraint's term)
};
const char* tokString(Tok t);
// For an op-assignment token (+=), the binary operator (+); Tok::None otherwise.
Tok assignOpBase(Tok t);

struct Node {
  NodeKind kind;
  Pos pos;
  explicit Node(NodeKind k) : kind(k) {}
  virtual ~Node() = default;
  template <class T> T* as() { return static_cast<T*>(this); }
  template <class T> const T* as() const { return static_cast<const T*>(this); }
};

// How the checker classified an expression (go/types' operand modes).
enum class Mode : uint8_t {
  Invalid,   // not checked, or erroneous
  NoValue,   // a call with no results
  Builtin,   // a builtin function name (only valid as the callee of a call)
  TypeExpr,  // the expression denotes a type
  Constant,  // a compile-time constant; Expr::val holds it
  Variable,  // an addressable location
  MapIndex,  // m[k]: assignable but not addressable
  Value,     // any other computed value
  CommaOk,   // a value that may be used in a two-value assignment (v, ok := ...)
};

struct Expr : Node {
  using Node::Node;
  // Filled in by the checker. After checking, `type` is never an untyped type except for
  // the untyped nil in a comparison or conversion context the checker resolved (it records
  // the target type instead) — untyped constants carry their final (context or default)
  // type.
  types::Type* type = nullptr;
  Mode mode = Mode::Invalid;
  constant::Value val;  // set when mode == Constant
  // Escape analysis (frontend/escape) sets these when storage the expression allocates
  // cannot outlive its function's frame, so the compiler may put it in the frame instead
  // of the heap; both stay false (the heap) when the pass is off.
  //   stackAlloc: the expression's own allocation: new(T), &T{...}, a slice literal's
  //     backing array, a map literal, make([]T, n) / make(map...), a function literal's
  //     closure, a method value, an explicit conversion to an interface, string/[]byte/
  //     []rune conversions, a string concatenation's result.
  //   boxStack: the box made when this (non-interface, not pointer-shaped) operand is
  //     implicitly converted to an interface (an assignment, argument, return, ...).
  bool stackAlloc = false;
  bool boxStack = false;
};

struct Stmt : Node {
  using Node::Node;
};

// ---- expressions ----------------------------------------------------------------------

struct BadExpr : Expr {
  BadExpr() : Expr(NodeKind::BadExpr) {}
};

struct Ident : Expr {
  Ident() : Expr(NodeKind::Ident) {}
  std::string name;
  types::Object* obj = nullptr;  // the object denoted or declared (nil for `_` definitions)
  bool defines = false;          // this occurrence declares obj (var, :=, param, ...)
};

enum class LitKind : uint8_t { Int, Float, Imag, Char, String };

struct BasicLit : Expr {
  BasicLit() : Expr(NodeKind::BasicLit) {}
  LitKind litKind = LitKind::Int;
  std::string text;  // the literal's source text, quotes included
};

struct KeyValueExpr : Expr {
  KeyValueExpr() : Expr(NodeKind::KeyValueExpr) {}
  Expr* key = nullptr;
  Expr* value = nullptr;
};

struct CompositeLit : Expr {
  CompositeLit() : Expr(NodeKind::CompositeLit) {}
  Expr* typeExpr = nullptr;  // nil when elided inside an outer literal
  std::vector<Expr*> elts;   // elements; keyed ones are KeyValueExpr
  // Checker: for array/slice literals, the index of each element (keys resolved);
  // for struct literals, the field index of each element.
  std::vector<int64_t> indices;
  Pos lbrace;  // where gc places the literal (escape analysis reports it there)
  Pos rbrace;
};

struct BlockStmt;
struct FuncType;

struct FuncLit : Expr {
  FuncLit() : Expr(NodeKind::FuncLit) {}
  FuncType* funcType = nullptr;
  BlockStmt* body = nullptr;
  // Checker: variables of enclosing functions this literal (or literals nested in it)
  // refers to, in first-use order. The compiler builds the closure from these.
  std::vector<types::Var*> captures;
};

struct ParenExpr : Expr {
  ParenExpr() : Expr(NodeKind::ParenExpr) {}
  Expr* x = nullptr;
};

struct SelectorExpr : Expr {
  SelectorExpr() : Expr(NodeKind::SelectorExpr) {}
  Expr* x = nullptr;
  Ident* sel = nullptr;
  Pos dot;  // where gc places the selector
  types::Selection* selection = nullptr;  // nil for a qualified identifier (pkg.Name): see sel->obj
};

// x[i], or an instantiation x[A, B, ...] of a generic function or type: index is the
// first type argument and extra holds the others.
struct IndexExpr : Expr {
  IndexExpr() : Expr(NodeKind::IndexExpr) {}
  Pos lbrack;  // where gc places the index expression
  Expr* x = nullptr;
  Expr* index = nullptr;
  std::vector<Expr*> extra;
  // Checker: the expression is a generic function instantiated (F[int]); x (an Ident or a
  // SelectorExpr) now denotes the instance, and the compiler evaluates x.
  bool instance = false;
};

struct SliceExpr : Expr {
  SliceExpr() : Expr(NodeKind::SliceExpr) {}
  Pos lbrack;  // where gc places the slice expression
  Expr* x = nullptr;
  Expr* lo = nullptr;
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
};

struct TypeAssertExpr : Expr {
  TypeAssertExpr() : Expr(NodeKind::TypeAssertExpr) {}
  Expr* x = nullptr;
  Expr* typeExpr = nullptr;  // nil for x.(type) in a type switch
  Pos dot;                   // where gc places the assertion
};

enum class CallKind : uint8_t { Unknown, Call, Conversion, Builtin };

struct CallExpr : Expr {
  CallExpr() : Expr(NodeKind::CallExpr) {}
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(xs...)
  Pos lparen;  // where gc places the call
  // Escape analysis: the slice a variadic call builds for its `...` arguments does not
  // outlive the caller's frame.
  bool variadicStack = false;
  Pos rparen;
  CallKind callKind = CallKind::Unknown;  // checker
  int builtinId = -1;                     // checker: types::BuiltinId when callKind == Builtin
};

struct StarExpr : Expr {  // *x: dereference, or pointer type
  StarExpr() : Expr(NodeKind::StarExpr) {}
  Expr* x = nullptr;
};

struct UnaryExpr : Expr {  // + - ! ^ & <-
  UnaryExpr() : Expr(NodeKind::UnaryExpr) {}
  Tok op = Tok::None;
  Expr* x = nullptr;
};

struct BinaryExpr : Expr {
  BinaryExpr() : Expr(NodeKind::BinaryExpr) {}
  Tok op = Tok::None;
  Pos opPos;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

// `...T` as the type of a final parameter, or `[...]T`'s length (elt nil).
struct Ellipsis : Expr {
  Ellipsis() : Expr(NodeKind::Ellipsis) {}
  Expr* elt = nullptr;
};

// ---- type expressions -----------------------------------------------------------------

struct Field {
  Pos pos;
  std::vector<Ident*> names;  // empty: an embedded field, or an unnamed parameter
  Expr* typeExpr = nullptr;
  BasicLit* tag = nullptr;    // struct tags only
};

struct ArrayType : Expr {  // [len]elem, [...]elem (len is an Ellipsis), []elem (len nil)
  ArrayType() : Expr(NodeKind::ArrayType) {}
  Expr* len = nullptr;
  Expr* elem = nullptr;
};

struct StructType : Expr {
  StructType() : Expr(NodeKind::StructType) {}
  std::vector<Field> fields;
};

struct FuncType : Expr {
  FuncType() : Expr(NodeKind::FuncType) {}
  std::vector<Field> params;
  std::vector<Field> results;
};

struct InterfaceType : Expr {
  InterfaceType() : Expr(NodeKind::InterfaceType) {}
  // A method has one name and a FuncType; an embedded interface, a constraint's type
  // term (`~int`, a UnaryExpr with op Tilde) or union (`int | string`, a BinaryExpr with
  // op Or) has no names.
  std::vector<Field> methods;
};

struct MapType : Expr {
  MapType() : Expr(NodeKind::MapType) {}
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  ChanType() : Expr(NodeKind::ChanType) {}
  ChanDir dir = ChanDir::Both;
  Expr* elem = nullptr;
};

// ---- statements -----------------------------------------------------------------------

struct GenDecl;

struct BadStmt : Stmt {
  BadStmt() : Stmt(NodeKind::BadStmt) {}
};

struct DeclStmt : Stmt {
  DeclStmt() : Stmt(NodeKind::DeclStmt) {}
  GenDecl* decl = nullptr;
};

struct EmptyStmt : Stmt {
  EmptyStmt() : Stmt(NodeKind::EmptyStmt) {}
};

struct LabeledStmt : Stmt {
  LabeledStmt() : Stmt(NodeKind::LabeledStmt) {}
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
  ExprStmt() : Stmt(NodeKind::ExprStmt) {}
  Expr* x = nullptr;
  bool show = false;  // REPL: print the value(s) (set by the checker)
};

struct SendStmt : Stmt {
  SendStmt() : Stmt(NodeKind::SendStmt) {}
  Expr* chan = nullptr;
  Expr* value = nullptr;
  Pos arrow;  // the <- (where gc places the statement)
};

struct IncDecStmt : Stmt {
  IncDecStmt() : Stmt(NodeKind::IncDecStmt) {}
  Expr* x = nullptr;
  bool inc = true;
  Pos opPos;  // the ++ or -- (where gc places the statement)
};

struct AssignStmt : Stmt {
  AssignStmt() : Stmt(NodeKind::AssignStmt) {}
  std::vector<Expr*> lhs;
  Tok tok = Tok::Assign;  // Assign, Define or an op-assignment
  std::vector<Expr*> rhs;
  Pos opPos;  // the assignment operator (where gc places the statement)
};

struct GoStmt : Stmt {
  GoStmt() : Stmt(NodeKind::GoStmt) {}
  CallExpr* call = nullptr;
};

struct DeferStmt : Stmt {
  DeferStmt() : Stmt(NodeKind::DeferStmt) {}
  CallExpr* call = nullptr;
};

struct ReturnStmt : Stmt {
  ReturnStmt() : Stmt(NodeKind::ReturnStmt) {}
  std::vector<Expr*> results;
};

struct BranchStmt : Stmt {  // break, continue, goto, fallthrough
  BranchStmt() : Stmt(NodeKind::BranchStmt) {}
  Tok tok = Tok::Break;
  Ident* label = nullptr;
  Stmt* target = nullptr;  // checker: the statement a break/continue/goto refers to
};

struct BlockStmt : Stmt {
  BlockStmt() : Stmt(NodeKind::BlockStmt) {}
  std::vector<Stmt*> stmts;
  Pos rbrace;
};

struct IfStmt : Stmt {
  IfStmt() : Stmt(NodeKind::IfStmt) {}
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* els = nullptr;  // nil, an IfStmt or a BlockStmt
};

struct CaseClause : Stmt {  // a case of an expression or type switch
  CaseClause() : Stmt(NodeKind::CaseClause) {}
  std::vector<Expr*> list;  // empty for default
  bool isDefault = false;
  std::vector<Stmt*> body;
  types::Var* implicit = nullptr;  // type switch: the clause's own copy of the bound variable
  Pos colon;  // where gc places the clause's own variable
};

struct SwitchStmt : Stmt {
  SwitchStmt() : Stmt(NodeKind::SwitchStmt) {}
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // nil: switch true
  std::vector<CaseClause*> clauses;
};

struct TypeSwitchStmt : Stmt {  // switch init; x := y.(type) { ... }
  TypeSwitchStmt() : Stmt(NodeKind::TypeSwitchStmt) {}
  Stmt* init = nullptr;
  Ident* binding = nullptr;  // x, or nil
  Expr* x = nullptr;         // y (the operand of .(type))
  std::vector<CaseClause*> clauses;
};

struct CommClause : Stmt {
  CommClause() : Stmt(NodeKind::CommClause) {}
  Stmt* comm = nullptr;  // SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] = / := <-c); nil: default
  std::vector<Stmt*> body;
};

struct SelectStmt : Stmt {
  SelectStmt() : Stmt(NodeKind::SelectStmt) {}
  std::vector<CommClause*> clauses;
};

struct ForStmt : Stmt {
  ForStmt() : Stmt(NodeKind::ForStmt) {}
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

struct RangeStmt : Stmt {
  RangeStmt() : Stmt(NodeKind::RangeStmt) {}
  Expr* key = nullptr;    // may be nil
  Expr* value = nullptr;  // may be nil
  Tok tok = Tok::None;    // Define, Assign, or None (for range x)
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  Pos rangePos;  // the range keyword (where gc places the loop's assignment)
};

// ---- declarations ---------------------------------------------------------------------

struct ImportSpec : Node {
  ImportSpec() : Node(NodeKind::ImportSpec) {}
  Ident* name = nullptr;  // nil, `.`, `_` or a rename
  std::string path;       // unquoted
  Pos pathPos;
};

struct ValueSpec : Node {  // in const and var declarations
  ValueSpec() : Node(NodeKind::ValueSpec) {}
  std::vector<Ident*> names;
  Expr* typeExpr = nullptr;
  std::vector<Expr*> values;
  int iota = 0;  // the spec's index within its const group
  // Parser: for a const spec without values, the type and values repeated from the
  // previous spec (Go's implicit repetition). Left nil for the checker to fill otherwise.
  bool implicit = false;
};

struct TypeSpec : Node {
  TypeSpec() : Node(NodeKind::TypeSpec) {}
  Ident* name = nullptr;
  bool alias = false;  // type A = B
  Expr* typeExpr = nullptr;
  // A generic type's parameters: names and their constraint (a type, `~T`, or a union of
  // those as a BinaryExpr with op Or).
  std::vector<Field> typeParams;
};

struct GenDecl : Node {
  GenDecl() : Node(NodeKind::GenDecl) {}
  Tok tok = Tok::Var;  // Import, Const, Type, Var
  std::vector<Node*> specs;
};

struct FuncDecl : Node {
  FuncDecl() : Node(NodeKind::FuncDecl) {}
  Field* recv = nullptr;  // method receiver, or nil
  Ident* name = nullptr;
  FuncType* funcType = nullptr;
  BlockStmt* body = nullptr;  // nil: implemented natively (stdlib) or external
  // The //go: directives in the comment lines right above it ("go:noescape", ...), by
  // name; go:linkname whole ("go:linkname local importpath.name": linkTarget).
  std::vector<std::string> directives;
  // The "importpath.name" a //go:linkname directive links this function to, or "".
  std::string linkTarget() const;
  std::vector<Field> typeParams;  // a generic function's type parameters
  // A generic function, or a method of a generic type (its receiver names type
  // parameters: `func (l *List[T]) Push(v T)`). Only its instances are compiled.
  bool generic = false;
};

struct File : Node {
  File() : Node(NodeKind::File) {}
  std::string filename;
  Ident* pkgName = nullptr;
  std::vector<GenDecl*> imports;
  std::vector<Node*> decls;  // GenDecl or FuncDecl, in source order (imports included)
};

// Owns every node of a program (or REPL session). Nodes are allocated with make<T>().
class Arena {
 public:
  template <class T, class... A> T* make(Pos pos, A&&... args) {
    auto p = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = p.get();
    raw->pos = pos;
    nodes_.push_back(std::move(p));
    return raw;
  }
  Field* makeField() {
    fields_.push_back(std::make_unique<Field>());
    return fields_.back().get();
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<std::unique_ptr<Field>> fields_;
};

// Strips any ParenExpr wrappers.
inline Expr* unparen(Expr* e) {
  while (e && e->kind == NodeKind::ParenExpr) e = e->as<ParenExpr>()->x;
  return e;
}

}  // namespace golite::ast
