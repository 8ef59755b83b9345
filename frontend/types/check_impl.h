// The type checker's private state, shared by the check_*.cpp files.
//
// The checker is a port of the Go 1.19 compiler's type checker (cmd/compile/internal/types2)
// without type parameters: same algorithm, same error words and positions. A reader who
// knows types2 finds its functions here under the same names (rawExpr, exprInternal,
// updateExprType, implicitTypeAndValue, assignment, initVars, shortVarDecl, objDecl,
// funcBody, stmt, ...).
//
// Invariants:
//  - Every expression checked through rawExpr gets its annotation (mode, type, val). Untyped
//    expressions are remembered in `untyped` until their final type is known; then
//    updateExprType writes the final type down the tree. Whatever is still untyped when a
//    package is done gets its default type.
//  - Package-level objects are declared by collectObjects and type-checked lazily (objDecl)
//    the first time they are needed, with Go's colour-based cycle detection.
//  - Function bodies are checked after all package-level declarations; function literals
//    at once, within their enclosing function (so captures are known at once).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/types/check.h"

namespace golite {

namespace ty = types;
using ast::Pos;

// types2's operand modes, plus the compiler's nilvalue and commaerr.
enum class OpMode : uint8_t {
  Invalid, NoValue, Builtin, TypeExpr, Constant, Variable, MapIndex, Value, NilValue, CommaOk,
  CommaErr,
};

struct Operand {
  OpMode mode = OpMode::Invalid;
  ast::Expr* expr = nullptr;
  ty::Type* type = nullptr;
  constant::Value val;
  ty::BuiltinId id{};
  // A generic function not instantiated yet (F, pkg.F, or F[A] with only some type
  // arguments given, which are in targs): a call infers the rest.
  ty::Func* generic = nullptr;
  std::vector<ty::Type*> targs;
  bool isNil() const { return mode == OpMode::NilValue; }
};

// What is known about a package-level object's declaration.
struct DeclInfo {
  ast::File* file = nullptr;
  ty::Scope* fileScope = nullptr;
  std::vector<ty::Var*> lhs;  // for `var a, b = f()`: all the variables (else empty)
  ast::Expr* vtype = nullptr; // type expression of a const or var, if any
  ast::Expr* init = nullptr;  // initializer of a const or var, if any
  int iota = -1;              // const spec index
  bool inherited = false;     // const spec repeats the previous spec's expressions
  ast::TypeSpec* tdecl = nullptr;
  ast::FuncDecl* fdecl = nullptr;
  // Package-level objects this declaration refers to (vars, consts, funcs), in order.
  std::vector<ty::Object*> deps;
  std::unordered_set<ty::Object*> depSet;
  void addDep(ty::Object* o) {
    if (depSet.insert(o).second) deps.push_back(o);
  }
};

struct UntypedInfo {
  bool isLhs = false;  // the lhs of a shift
  OpMode mode = OpMode::Invalid;
  ty::Basic* type = nullptr;
  constant::Value val;
  bool hasVal = false;
};

// The function being checked: a FuncDecl or FuncLit body.
struct FuncCtx {
  ast::Node* node = nullptr;      // FuncDecl or FuncLit
  ast::FuncLit* lit = nullptr;    // when a literal
  ty::Signature* sig = nullptr;
  ty::Scope* scope = nullptr;     // the function's outermost scope
  bool hasLabel = false;
  bool hasDefer = false;
};

enum class StmtCtx : unsigned {
  BreakOk = 1 << 0,
  ContinueOk = 1 << 1,
  FallthroughOk = 1 << 2,
  FinalSwitchCase = 1 << 3,
  InTypeSwitch = 1 << 4,
};

struct Err {
  int fileIndex = 0;
  std::string file;
  Pos pos;
  std::string msg;
  bool soft = false;
};

struct Checker::Impl {
  Impl(ty::TypeArena& t, ast::Arena& n, Diagnostics& d, Importer imp);

  ty::TypeArena& ta;
  ast::Arena& na;
  Diagnostics& diags;
  Importer importer;
  std::function<std::string(const std::string&)> importError;
  ty::Universe* uni;

  // ---- per package ----
  ty::Package* pkg = nullptr;
  bool isStd = false;  // bodyless functions allowed
  bool bodylessOK = false;  // Checker::allowBodylessFuncs
  std::vector<ast::File*> files;
  std::map<ty::Object*, DeclInfo*> objMap;
  std::vector<std::unique_ptr<DeclInfo>> declInfos;
  std::unordered_map<ty::Object*, int> objOrder;  // source order of package-level objects
  std::unordered_map<ty::Object*, int> color;     // 0 white, 1 grey, 2 black
  std::vector<ty::Object*> objPath;
  std::vector<ty::PkgName*> imports;               // for unused-import errors
  std::unordered_map<ty::PkgName*, ast::ImportSpec*> importSpecs;
  std::vector<std::pair<ast::FuncDecl*, ty::Func*>> funcBodies;
  std::vector<ty::Interface*> pendingIfaces;
  std::vector<std::pair<ast::Expr*, ty::Map*>> pendingMapKeys;
  std::unordered_map<ast::Expr*, UntypedInfo> untyped;
  std::unordered_map<ty::TypeName*, std::vector<ty::Func*>> methodsByBase;
  std::unordered_map<ty::Func*, ty::Scope*> sigScopes_;
  std::vector<Err> errs;
  bool tooMany = false;
  bool stopReporting = false;
  int firstErrCount = 0;

  // ---- current context ----
  ast::File* curFile = nullptr;
  int curFileIndex = 0;
  ty::Scope* scope = nullptr;
  DeclInfo* decl = nullptr;                 // the package-level declaration being checked
  std::optional<constant::Value> iota;      // inside a const declaration
  std::vector<FuncCtx> funcs;               // enclosing functions, innermost last
  bool hasCallOrRecv = false;
  Pos errpos;  // when set, errors go here (const decl with inherited expressions)
  bool useErrpos = false;

  // ---- errors (check.cpp) ----
  void error(Pos p, const std::string& msg, bool soft = false);
  void errorAt(ast::Node* n, const std::string& msg, bool soft = false);
  void softErrorAt(ast::Node* n, const std::string& msg) { errorAt(n, msg, true); }
  void flushErrors();
  std::string qualify(ty::Type* t);  // types2's type string relative to the package
  std::string signatureString(ty::Func* f);  // "M(x int) string"
  ty::Interface* emptyIface = nullptr;       // interface{} (not `any`) for panic/recover
  std::string operandString(const Operand& x);
  std::string exprString(ast::Expr* e);
  std::string objString(ty::Object* o);

  // ---- REPL ----
  ast::File* replFile = nullptr;
  ty::Scope* replFileScope = nullptr;
  ty::Scope* replScope = nullptr;
  ty::Signature* replSig = nullptr;
  bool inRepl = false;
  // Checking a REPL input: a name declared again at the session's top level (a func, a
  // type, a variable) replaces the old one instead of being an error.
  bool replReplaces = false;
  // At the top level of a REPL input's statements (not inside a block or a func literal).
  bool replTop() const { return inRepl && funcs.size() == 1 && scope == replScope; }
  bool checkFragment(ty::Package* p, const std::vector<ast::Node*>& decls, const std::vector<ast::Stmt*>& stmts,
                     const std::string& filename);

  // ---- driver (check.cpp) ----
  ty::Package* checkPackage(const std::string& path, const std::vector<ast::File*>& fs);
  void collectObjects();
  void packageObjects();
  void processFuncBodies();
  void checkMapKeys();
  void unusedImports();
  void initOrder();
  void recordUntyped();
  void checkBranches(ast::BlockStmt* body);
  void checkMain();
  ty::Scope* newScope(ty::Scope* parent, const std::string& comment);
  void enterFile(ast::File* f);  // curFile and its index in files
  void declare(ty::Scope* s, ast::Ident* id, ty::Object* obj);
  ty::Object* lookup(const std::string& name);
  void addDeclDep(ty::Object* o);

  // ---- declarations (check_decl.cpp) ----
  void objDecl(ty::Object* obj);
  void constDecl(ty::Const* obj, ast::Expr* typ, ast::Expr* init, bool inherited);
  void varDecl(ty::Var* obj, const std::vector<ty::Var*>& lhs, ast::Expr* typ, ast::Expr* init);
  void typeDecl(ty::TypeName* obj, ast::TypeSpec* spec);
  void funcDecl(ty::Func* obj, DeclInfo* d);
  void collectMethods();
  void declStmt(ast::GenDecl* d);
  bool cycleCheck(ty::Object* obj);
  void cycleError(const std::vector<ty::Object*>& cycle);
  void validType(ty::Named* t);
  void resolvePendingUnderlying();
  std::vector<std::pair<ty::Named*, ty::Named*>> pendingUnderlying;
  void funcBody(ast::Node* node, ast::FuncLit* lit, ty::Signature* sig, ast::BlockStmt* body,
                ty::Scope* fscope);
  void usage(ty::Scope* s);

  // ---- generics (check_generic.cpp) ----
  // Methods declared on a generic type, by the type's name: copied for each instance.
  std::unordered_map<ty::TypeName*, std::vector<ast::FuncDecl*>> genericMethodsByBase;
  int instDepth = 0;       // nesting of instantiations in progress (against endless ones)
  int inInstance = 0;      // checking an instance's body (go accepts duplicate type cases there)
  int inTemplate = 0;      // checking a generic body never instantiated (checkUninstantiated)
  void checkUninstantiated();
  void templateBody(ast::FuncDecl* src, ty::Generic* g, DeclInfo* d);
  bool checking = false;   // inside checkPackage or checkFragment
  ty::Generic* newGeneric(ast::Node* decl, const std::vector<ast::Field>& params, ty::Scope** scopeOut);
  void genericFuncDecl(ty::Func* obj, DeclInfo* d);
  void genericTypeDecl(ty::TypeName* obj, ast::TypeSpec* spec);
  ty::Type* constraintType(ast::Expr* e);
  void typeTerms(ast::Expr* e, std::vector<ty::Interface::Term>& out);
  std::vector<ty::Type*> typeArgs(ast::IndexExpr* e);
  bool typeArgCount(ty::Generic* g, const std::string& what, size_t n, ast::Node* at, bool partialOk);
  // Errors at the explicit type argument (xlist) that fails, else at pos (a call's `(`).
  bool checkTypeArgs(ty::Generic* g, const std::vector<ty::Type*>& targs, const std::vector<ast::Expr*>& xlist,
                     Pos pos);
  bool satisfies(ty::Type* t, ty::Type* constraint, const std::vector<ty::Type*>& targs, ty::Generic* g,
                 std::string* why);
  ty::Scope* bindTypeParams(ty::Scope* parent, const std::vector<ast::Ident*>& names,
                            const std::vector<ty::Type*>& targs);
  ty::Named* instantiateType(ty::Named* gen, const std::vector<ty::Type*>& targs, ast::Node* at);
  ty::Func* instantiateFunc(ty::Func* gen, const std::vector<ty::Type*>& targs, ast::Node* at);
  void instanceMethods(ty::Named* inst);
  void instanceMethod(ty::Named* inst, ast::FuncDecl* method);
  bool infer(ty::Func* gen, std::vector<ty::Type*>& targs, std::vector<Operand>& args, ast::CallExpr* call);
  void useInstance(ast::Expr* fun, ty::Func* inst);
  bool notInstantiated(Operand& x);
  void drainInstances();
  void queueInstanceBody(ast::FuncDecl* fd, ty::Func* fn, DeclInfo* d, ast::File* file);
  // After work done for another package's checker: its untyped expressions and errors
  // are settled now (its own checkPackage has returned).
  void settle();
  std::string genericString(ty::Object* obj, ty::Generic* g);

  // ---- type expressions (check_typexpr.cpp) ----
  ty::Type* typ(ast::Expr* e);
  ty::Type* varType(ast::Expr* e);
  ty::Type* definedType(ast::Expr* e, ty::Named* def);
  ty::Type* typInternal(ast::Expr* e, ty::Named* def);
  ty::Signature* funcType(ast::FuncType* ft, ast::Field* recv, ast::Node* declFunc,
                          ty::Scope** scopeOut);
  ty::Struct* structType(ast::StructType* st);
  ty::Interface* interfaceType(ast::InterfaceType* it, ty::Named* def);
  int64_t arrayLength(ast::Expr* e);
  ty::Var* newVar(const std::string& name, Pos pos, ty::Type* t);
  ty::Pointer* newPointer(ty::Type* t);
  ty::Slice* newSlice(ty::Type* t);
  ty::Tuple* newTuple(std::vector<ty::Var*> vars);

  // ---- expressions (check_expr.cpp) ----
  int rawExpr(Operand& x, ast::Expr* e, ty::Type* hint);
  int exprInternal(Operand& x, ast::Expr* e, ty::Type* hint);
  void record(Operand& x);
  void recordTypeAndValue(ast::Expr* e, OpMode mode, ty::Type* t, const constant::Value* val);
  void rememberUntyped(ast::Expr* e, bool lhs, OpMode mode, ty::Basic* t, const constant::Value* val);
  void expr(Operand& x, ast::Expr* e);
  void multiExpr(Operand& x, ast::Expr* e);
  void exprWithHint(Operand& x, ast::Expr* e, ty::Type* hint);
  void exprOrType(Operand& x, ast::Expr* e);
  void exclude(Operand& x, unsigned modeset);
  void singleValue(Operand& x);
  void ident(Operand& x, ast::Ident* e, ty::Named* def, bool wantType);
  void useVar(ty::Var* v);
  void unary(Operand& x, ast::UnaryExpr* e);
  void binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, ast::Tok op);
  void shift(Operand& x, Operand& y, ast::Expr* e, ast::Tok op);
  void comparison(Operand& x, Operand& y, ast::Tok op, bool switchCase);
  void overflow(Operand& x, Pos opPos);
  void representable(Operand& x, ty::Basic* t);
  int representation(Operand& x, ty::Basic* t, constant::Value* out);
  void invalidConversion(int code, Operand& x, ty::Type* t);
  void updateExprType(ast::Expr* e, ty::Type* t, bool final);
  void updateExprType0(ast::Expr* parent, ast::Expr* e, ty::Type* t, bool final);
  void updateExprVal(ast::Expr* e, const constant::Value& v);
  void convertUntyped(Operand& x, ty::Type* target);
  ty::Type* implicitTypeAndValue(Operand& x, ty::Type* target, constant::Value* val, bool* hasVal, int* code);
  void compositeLit(Operand& x, ast::CompositeLit* e, ty::Type* hint);
  int64_t indexedElts(ast::CompositeLit* lit, ty::Type* elem, int64_t length);
  void funcLit(Operand& x, ast::FuncLit* e);
  void typeAssertion(ast::Expr* e, Operand& x, ty::Type* T, bool typeSwitch);
  std::string missingMethodReason(ty::Type* V, ty::Type* T, ty::Func* m, ty::Func* alt);
  ty::Func* missingMethod(ty::Type* V, ty::Interface* T, bool statik, ty::Func** alt);
  bool implementsErr(ty::Type* V, ty::Type* T, std::string* reason);
  bool assignableTo(Operand& x, ty::Type* T, std::string* reason);
  std::string incomparableCause(ty::Type* t);
  std::string kindString(ty::Type* t);
  void use(const std::vector<ast::Expr*>& es);
  void useLHS(const std::vector<ast::Expr*>& es);
  void markAddrTaken(ast::Expr* e);

  // ---- index, slice, selectors, calls (check_call.cpp) ----
  bool indexExpr(Operand& x, ast::IndexExpr* e);
  void sliceExpr(Operand& x, ast::SliceExpr* e);
  bool isValidIndex(Operand& x, const char* what, bool allowNegative);
  bool index(ast::Expr* e, int64_t max, int64_t* out);
  void selector(Operand& x, ast::SelectorExpr* e);
  int callExpr(Operand& x, ast::CallExpr* e);
  void conversion(Operand& x, ty::Type* T);
  bool convertibleTo(Operand& x, ty::Type* T, std::string* cause);
  std::vector<Operand> exprList(const std::vector<ast::Expr*>& elist, bool allowCommaOk, bool* commaOk);
  void arguments(ast::CallExpr* call, ty::Signature* sig, std::vector<Operand>& args);
  std::string typesSummary(const std::vector<ty::Type*>& list, bool variadic);
  bool builtin(Operand& x, ast::CallExpr* call, ty::BuiltinId id);

  // ---- assignments (check_assign.cpp) ----
  void assignment(Operand& x, ty::Type* T, const std::string& context);
  void initConst(ty::Const* lhs, Operand& x);
  ty::Type* initVar(ty::Var* lhs, Operand& x, const std::string& context);
  ty::Type* assignVar(ast::Expr* lhs, Operand& x);
  void assignError(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals);
  void initVars(const std::vector<ty::Var*>& lhs, const std::vector<ast::Expr*>& rhs,
                ast::ReturnStmt* ret);
  void assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs);
  void shortVarDecl(ast::Node* pos, const std::vector<ast::Expr*>& lhs,
                    const std::vector<ast::Expr*>& rhs);

  // ---- statements (check_stmt.cpp) ----
  void stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list);
  void stmt(unsigned ctxt, ast::Stmt* s);
  void openScope(const char* comment);
  void closeScope();
  void simpleStmt(ast::Stmt* s);
  void caseValues(Operand& x, const std::vector<ast::Expr*>& values,
                  std::vector<std::pair<Operand, Pos>>& seen);
  void rangeStmt(unsigned ctxt, ast::RangeStmt* s);
  void typeSwitchStmt(unsigned ctxt, ast::TypeSwitchStmt* s);
  void switchStmt(unsigned ctxt, ast::SwitchStmt* s);
  void suspendedCall(const char* keyword, ast::CallExpr* call);
  bool isTerminating(ast::Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label);
  bool isTerminatingSwitch(const std::vector<ast::CaseClause*>& body, const std::string& label);
  bool hasBreak(ast::Stmt* s, const std::string& label, bool implicit);
  bool hasBreakList(const std::vector<ast::Stmt*>& list, const std::string& label, bool implicit);
};

// The checker's state that checking another declaration changes; restored on scope exit.
struct SavedState {
  explicit SavedState(Checker::Impl& c)
      : c(c), scope(c.scope), decl(c.decl), iota(c.iota), funcs(std::move(c.funcs)), file(c.curFile),
        fileIndex(c.curFileIndex), useErrpos(c.useErrpos), errpos(c.errpos), hasCall(c.hasCallOrRecv) {
    c.funcs.clear();
    c.iota.reset();
    c.useErrpos = false;
  }
  ~SavedState() {
    c.scope = scope;
    c.decl = decl;
    c.iota = iota;
    c.funcs = std::move(funcs);
    c.curFile = file;
    c.curFileIndex = fileIndex;
    c.useErrpos = useErrpos;
    c.errpos = errpos;
    c.hasCallOrRecv = hasCall;
  }
  Checker::Impl& c;
  ty::Scope* scope;
  DeclInfo* decl;
  std::optional<constant::Value> iota;
  std::vector<FuncCtx> funcs;
  ast::File* file;
  int fileIndex;
  bool useErrpos;
  Pos errpos;
  bool hasCall;
};

// Helpers (check.cpp).
Pos startPos(ast::Node* n);
ty::Type* deref(ty::Type* t, bool* isPtr = nullptr);
bool isTyped(ty::Type* t);
bool isConstType(ty::Type* t);
bool hasName(ty::Type* t);
bool isNonTypeParamInterface(ty::Type* t);
bool anyTypeParam(const std::vector<ty::Type*>& ts);  // some type mentions a type parameter
std::string opString(ast::Tok t);
constant::Op constOp(ast::Tok t);

}  // namespace golite
