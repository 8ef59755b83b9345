// The type checker's view of Go: types, objects (named entities), scopes and packages.
//
// Shaped after go/types so a reader who knows it finds their way: Basic, Named, Pointer,
// Slice, Array, Map, Chan, Struct, Tuple, Signature and Interface types; Var, Const,
// TypeName, Func, PkgName, Builtin, Nil and Label objects; a Scope tree rooted in the
// universe. Types and objects are owned by a TypeArena and live as long as the program or
// REPL session, so the compiler and later REPL lines can keep pointers to them.
//
// Layout (size, alignment, field offsets) follows the gc compiler on 64-bit targets:
// int/uint/uintptr/pointers are 8 bytes, string 16, slice 24, interface 16, map/chan/func 8.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/syntax/ast.h"
#include "frontend/types/constant.h"

namespace golite::types {

enum class TypeKind : uint8_t {
  Basic, Named, Pointer, Slice, Array, Map, Chan, Struct, Tuple, Signature, Interface,
  TypeParam,
};

enum class BasicKind : uint8_t {
  Invalid,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString,
  UntypedNil,
};

// Basic type properties (go/types' BasicInfo).
enum BasicInfo : uint16_t {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
};

struct Object;
struct Var;
struct Func;
struct TypeName;
struct Scope;
struct Package;

struct Type {
  TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  template <class T> T* as() { return static_cast<T*>(this); }
  template <class T> const T* as() const { return static_cast<const T*>(this); }

  // Layout caches, filled by sizeOf/alignOf (-1: not computed yet).
  int64_t size_ = -1;
  int64_t align_ = -1;
  // The compiler's runtime type descriptor for this type (a runtime::Type*), once made.
  void* rtype = nullptr;
};

struct Basic : Type {
  Basic(BasicKind k, uint16_t info, const char* name) : Type(TypeKind::Basic), bkind(k), info(info), name(name) {}
  BasicKind bkind;
  uint16_t info;
  const char* name;  // "int", "untyped int", "byte" for the byte alias object's type is uint8
};

struct Pointer : Type {
  explicit Pointer(Type* e) : Type(TypeKind::Pointer), elem(e) {}
  Type* elem;
};

struct Slice : Type {
  explicit Slice(Type* e) : Type(TypeKind::Slice), elem(e) {}
  Type* elem;
};

struct Array : Type {
  Array(Type* e, int64_t n) : Type(TypeKind::Array), elem(e), len(n) {}
  Type* elem;
  int64_t len;
  // The compiler's pointer bitmap of one element, once worked out (compile/rtype.cpp).
  std::vector<bool> elemPointerWords;
  bool elemPointerWordsKnown = false;
};

struct Map : Type {
  Map(Type* k, Type* e) : Type(TypeKind::Map), key(k), elem(e) {}
  Type* key;
  Type* elem;
};

struct Chan : Type {
  Chan(ast::ChanDir d, Type* e) : Type(TypeKind::Chan), dir(d), elem(e) {}
  ast::ChanDir dir;
  Type* elem;
};

struct Struct : Type {
  Struct() : Type(TypeKind::Struct) {}
  std::vector<Var*> fields;         // Var::isField; Var::embedded for embedded fields
  std::vector<std::string> tags;    // same length as fields ("" when absent)
  std::vector<int64_t> offsets;     // filled by layout (offsetsOf)
};

struct Tuple : Type {
  Tuple() : Type(TypeKind::Tuple) {}
  std::vector<Var*> vars;
};

struct Signature : Type {
  Signature() : Type(TypeKind::Signature) {}
  Var* recv = nullptr;   // methods only; nil for function types
  Tuple* params = nullptr;
  Tuple* results = nullptr;
  bool variadic = false;  // the last param's type is a Slice
};

struct Interface : Type {
  Interface() : Type(TypeKind::Interface) {}
  std::vector<Func*> methods;    // explicitly declared methods
  std::vector<Type*> embeddeds;  // embedded interfaces
  // The full method set (declared plus embedded), sorted by methodLess as the gc compiler
  // sorts interface and itab methods (exported names first, then by name, then by package
  // path). Filled by complete().
  std::vector<Func*> allMethods;
  bool completed = false;
  // Being built by the checker (its declaration is in progress: a method signature may
  // name a type embedding it): complete() waits until it is whole.
  bool building = false;
  bool isComparableBuiltin = false;  // `comparable`
  // A constraint's type terms: each entry is one union (`~int | string`) the type set is
  // restricted to; several entries intersect. Empty: no restriction (only methods).
  struct Term {
    bool tilde = false;  // ~T: every type whose underlying type is T
    Type* type = nullptr;
  };
  std::vector<std::vector<Term>> unions;
  bool implicit = false;  // written as a bare type set in a type parameter list: [T ~int]
};

// A type parameter of a generic function or type. It appears only in a generic
// declaration's own signature and constraints, which inference reads: golite compiles
// each instance apart, with the parameters bound to their type arguments (check_generic.cpp).
struct TypeParam : Type {
  TypeParam() : Type(TypeKind::TypeParam) {}
  TypeName* obj = nullptr;
  int index = 0;
  Type* constraint = nullptr;  // an Interface, or a Named one
};

struct Generic;

struct Named : Type {
  Named() : Type(TypeKind::Named) {}
  TypeName* obj = nullptr;
  Type* underlying = nullptr;   // never a Named once resolved
  std::vector<Func*> methods;   // declared methods, in declaration order
  Generic* generic = nullptr;   // a generic type (only its instances are used)
  Named* origin = nullptr;      // an instance: the generic type, and its type arguments
  std::vector<Type*> targs;
};

// ---- objects --------------------------------------------------------------------------

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

struct Object {
  ObjKind kind;
  explicit Object(ObjKind k) : kind(k) {}
  virtual ~Object() = default;
  template <class T> T* as() { return static_cast<T*>(this); }

  std::string name;
  Type* type = nullptr;
  Package* pkg = nullptr;   // nil for universe objects
  Scope* parent = nullptr;  // the scope the object is declared in (nil for fields/methods)
  ast::Pos pos;
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
  // Go's unique method/field id: the name, qualified by package path when unexported.
  std::string id() const;
};

struct Var : Object {
  Var() : Object(ObjKind::Var) {}
  bool isField = false;
  bool embedded = false;   // an embedded struct field
  bool isParam = false;    // a parameter, result or receiver
  bool isGlobal = false;   // a package-level variable
  bool used = false;       // for `declared and not used`
  // Set by the checker: referenced from a function literal other than the function that
  // declares it. Such variables live in heap cells shared with the closures.
  bool captured = false;
  // Set by the checker: its address is taken (&x, x.M() with a pointer receiver, x[:] of
  // an array). Such variables live in heap cells (escape analysis will refine this).
  bool addrTaken = false;
  // Set by escape analysis (frontend/escape) to false when the variable's memory cell
  // (it is captured, its address is taken, or it is an array or a large value) cannot
  // outlive its function's frame: the compiler may put the cell in the frame. True (the
  // heap) when the pass is off.
  bool escapes = true;
  // The function literal or declaration that declares the variable (nil for globals).
  ast::Node* declFunc = nullptr;
  // Compiler data: the frame slot or global index assigned to the variable.
  int32_t slot = -1;
};

struct Const : Object {
  Const() : Object(ObjKind::Const) {}
  constant::Value val;
};

struct TypeName : Object {
  TypeName() : Object(ObjKind::TypeName) {}
  bool isAlias = false;
};

struct Func : Object {
  Func() : Object(ObjKind::Func) {}
  ast::FuncDecl* decl = nullptr;  // nil for interface methods
  // For methods: true when the receiver is a pointer (*T).
  bool ptrRecv = false;
  // The interface that declares this method, for interface methods.
  Interface* iface = nullptr;
  // Compiler data: the compiled function (a vm::Proto*), once compiled.
  void* proto = nullptr;
  // For functions without a body (stdlib natives): the native registry key "pkg.Name"
  // or "pkg.T.Method".
  std::string nativeName;
  Generic* generic = nullptr;  // a generic function (only its instances are compiled)
  Func* origin = nullptr;      // an instance: the generic function, its type arguments
  std::vector<Type*> targs;
};

// What a generic function or type keeps to be instantiated: its type parameters, its
// declaration, where the declaration's names resolve, and the instances made so far.
struct Generic {
  std::vector<TypeParam*> tparams;
  ast::Node* decl = nullptr;          // the FuncDecl or TypeSpec
  Scope* scope = nullptr;             // the declaration's file scope
  ast::File* file = nullptr;
  void* checker = nullptr;            // the Checker::Impl of the declaring package
  std::vector<ast::FuncDecl*> methods;  // a generic type's methods
  struct Instance {
    std::vector<Type*> targs;
    Object* obj;  // the instance Func, or the instance Named's TypeName
  };
  std::vector<Instance> instances;
};

struct PkgName : Object {
  PkgName() : Object(ObjKind::PkgName) {}
  Package* imported = nullptr;
  bool used = false;
};

enum class BuiltinId : uint8_t {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic,
  Print, Println, Real, Recover,
  // package unsafe
  Sizeof, Alignof, Offsetof, Add, Slice, String, StringData, SliceData,
};

struct Builtin : Object {
  Builtin() : Object(ObjKind::Builtin) {}
  BuiltinId id;
};

struct Nil : Object {
  Nil() : Object(ObjKind::Nil) {}
};

struct Label : Object {
  Label() : Object(ObjKind::Label) {}
  ast::LabeledStmt* stmt = nullptr;
  bool used = false;
};

// ---- selections -----------------------------------------------------------------------

enum class SelectionKind : uint8_t { FieldVal, MethodVal, MethodExpr };

// x.f where f is a field or method (not a package member): go/types' Selection.
struct Selection {
  SelectionKind kind;
  Type* recv = nullptr;      // the type of x (for MethodExpr, the type T in T.M)
  Object* obj = nullptr;     // the Var (field) or Func (method)
  // The path of field indices from x's type to obj: embedded fields walked, then for a
  // field its own index last; for a method, only the embedded path (method itself last
  // as -1 is not included).
  std::vector<int> index;
  // True if any pointer indirection is needed along the path (including auto-deref of x).
  bool indirect = false;
};

// ---- scopes and packages --------------------------------------------------------------

struct Scope {
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  std::unordered_map<std::string, Object*> elems;
  std::vector<Object*> ordered;  // insertion order
  bool isFunc = false;           // a function's outermost scope
  std::string comment;           // for debugging: "universe", "package main", "func f"
  Object* lookup(const std::string& name) const {
    auto it = elems.find(name);
    return it == elems.end() ? nullptr : it->second;
  }
  // Looks up name in this scope and its parents.
  Object* lookupParent(const std::string& name) const;
  // Inserts obj; returns the existing object if the name is already declared here.
  Object* insert(Object* obj);
};

struct Package {
  std::string path;  // "main", "fmt", "strings", ...
  std::string name;
  Scope* scope = nullptr;
  std::vector<ast::File*> files;
  std::vector<Package*> imports;
  // Package-level variables in initialization order (Go's dependency order), and the
  // ValueSpec/assignments that initialize them, for the compiler's init function.
  struct InitEntry {
    std::vector<Var*> lhs;  // the variables (blank ones as nil)
    ast::Expr* rhs;         // the initializer (one expr; for `var a, b = f()` one call)
  };
  std::vector<InitEntry> initOrder;
  std::vector<ast::FuncDecl*> initFuncs;  // func init() in source order
  bool checked = false;
  // Instances of this package's generic functions and methods, in the order they were
  // made (by this package or any importing it): each is a copy of the generic
  // declaration, checked with the type parameters bound to the type arguments.
  struct Instance {
    ast::FuncDecl* decl;
    Func* fn;
    std::string file;
  };
  std::vector<Instance> instances;
};

// ---- arena ----------------------------------------------------------------------------

// Owns types, objects and scopes. One per program / REPL session.
class TypeArena {
 public:
  template <class T, class... A> T* make(A&&... args) {
    auto p = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = p.get();
    if constexpr (std::is_base_of_v<Type, T>) types_.push_back(std::move(p));
    else if constexpr (std::is_base_of_v<Object, T>) objects_.push_back(std::move(p));
    else misc_.push_back(std::unique_ptr<void, void (*)(void*)>(p.release(), [](void* q) { delete static_cast<T*>(q); }));
    return raw;
  }
  Scope* newScope(Scope* parent, std::string comment = "");

 private:
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<void, void (*)(void*)>> misc_;
};

// ---- the universe ---------------------------------------------------------------------

// The predeclared types (indexed by BasicKind), `error`, `any`, and the universe scope.
struct Universe {
  Scope* scope = nullptr;
  // Package unsafe: Pointer, Sizeof, Alignof, Offsetof, Add, Slice (made by the checker,
  // not loaded from source).
  Package* unsafePkg = nullptr;
  Basic* basic[int(BasicKind::UntypedNil) + 1] = {};
  Basic* byteType = nullptr;  // alias of uint8: same Basic object as basic[Uint8]
  Basic* runeType = nullptr;  // alias of int32
  Named* errorType = nullptr;
  Named* comparableType = nullptr;      // the constraint `comparable`
  Interface* emptyInterface = nullptr;  // interface{} (also `any`)
  // Checking of generic instances' bodies waiting to run (see check_generic.cpp); any
  // checker of the program drains it.
  std::vector<std::function<void()>> pendingInstances;
  Func* errorMethod = nullptr;          // error.Error
};
// Built once per arena; the universe lives in the given arena.
Universe* universe(TypeArena& arena);
Universe* theUniverse();  // the universe most recently built

// ---- predicates and operations (frontend/types/types.cpp) -----------------------------------

Type* underlying(Type* t);
bool identical(Type* x, Type* y);
bool isBasic(Type* t, uint16_t info);  // underlying is a Basic with any of these bits
bool isUntyped(Type* t);
bool isInterface(Type* t);
bool isString(Type* t);
bool isInteger(Type* t);
bool isUnsigned(Type* t);
bool isFloat(Type* t);
bool isNumeric(Type* t);
bool isBoolean(Type* t);
bool comparable(Type* t);   // == defined (may still panic at run time for interfaces)
bool hasNil(Type* t);       // pointer, slice, map, chan, func, interface, unsafe.Pointer
// The default type of an untyped type (untyped int -> int, untyped rune -> int32, ...).
Type* defaultType(Type* t);

// Go's type string: "int", "[]string", "map[string]int", "*main.T", "func(int) string",
// "struct { a int; b string }", "interface { M() }", "interface {}", "chan<- int".
// The form is the gc compiler's, which fmt's %T prints (see typestring.cpp). Named types
// (and non-exported interface methods) are qualified by package name ("main.T") unless
// their package is relativeTo: %T passes nullptr; the checker's error messages pass the
// package being checked (as go/types does with its qualifier).
std::string typeString(Type* t, const Package* relativeTo = nullptr);

// Layout, gc compiler rules for amd64.
int64_t sizeOf(Type* t);
int64_t alignOf(Type* t);
const std::vector<int64_t>& offsetsOf(Struct* s);

// Field and method lookup through embedding (go/types' LookupFieldOrMethod), with Go's
// depth rules and ambiguity detection. Returns nullptr if not found or ambiguous
// (*ambiguous set). `addressable` controls whether pointer-receiver methods of a
// non-pointer T are found (indirect results still reported in *indirect).
Object* lookupFieldOrMethod(Type* t, bool addressable, const Package* pkg, const std::string& name,
                            std::vector<int>* index, bool* indirect, bool* ambiguous = nullptr);

// The method set of T, for interface satisfaction and itabs: when T is not a pointer,
// value-receiver methods (including promoted ones); when T is *N, all methods.
// If `t` implements `iface`, returns true; otherwise sets *missing to the first missing
// method (in allMethods order) and *wrongType when a method of that name exists but has a
// different signature or is not in the method set because it has a pointer receiver;
// *ptrRecv is set (together with *wrongType) in the pointer-receiver case only.
bool implements(Type* t, Interface* iface, Func** missing = nullptr, bool* wrongType = nullptr,
                bool* ptrRecv = nullptr);
bool assertableTo(Interface* iface, Type* t, Func** missing = nullptr);
// Go's assignability rule (spec: Assignability) for a value of type v to type t.
bool assignableTo(Type* v, Type* t);
bool convertibleTo(Type* v, Type* t);

// Completes an interface: fills allMethods from methods and embeddeds (idempotent).
void complete(Interface* iface);
// The gc compiler's method order (types.Sym.Less): exported names first, then by name,
// then by package path. Interface::allMethods is sorted by it; method tables of concrete
// types for itabs should be too.
bool methodLess(const Object* a, const Object* b);

}  // namespace golite::types
