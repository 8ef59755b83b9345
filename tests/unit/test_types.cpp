// Unit tests for frontend/types: the universe, type strings, identity, layout, lookup
// through embedding, method sets and interface satisfaction, assignability, conversions.
//
// Expected type strings and sizes are what go 1.19 prints for the same types with
// fmt's %T and unsafe.Sizeof/Alignof/Offsetof (each case names the Go type it builds).
#include <doctest/doctest.h>

#include "frontend/types/types.h"

using namespace golite;
using namespace golite::types;

namespace {

// Builds types by hand the way the checker would.
struct Fixture {
  TypeArena arena;
  Universe* u = universe(arena);
  Package* mainPkg = newPackage("main", "main");
  Package* otherPkg = newPackage("example.com/other", "other");

  Package* newPackage(const char* path, const char* name) {
    auto* p = arena.make<Package>();
    p->path = path;
    p->name = name;
    p->scope = arena.newScope(u->scope, std::string("package ") + name);
    return p;
  }

  Basic* basic(BasicKind k) { return u->basic[int(k)]; }
  Basic* Int() { return basic(BasicKind::Int); }
  Basic* String() { return basic(BasicKind::String); }
  Basic* Bool() { return basic(BasicKind::Bool); }

  Pointer* ptr(Type* t) { return arena.make<Pointer>(t); }
  Slice* slice(Type* t) { return arena.make<Slice>(t); }
  Array* array(Type* t, int64_t n) { return arena.make<Array>(t, n); }
  Map* map(Type* k, Type* v) { return arena.make<Map>(k, v); }
  Chan* chan(ast::ChanDir d, Type* t) { return arena.make<Chan>(d, t); }

  Var* var(const std::string& name, Type* t, Package* pkg = nullptr) {
    auto* v = arena.make<Var>();
    v->name = name;
    v->type = t;
    v->pkg = pkg ? pkg : mainPkg;
    return v;
  }

  struct F {
    std::string name;  // empty: embedded (named after the type)
    Type* type;
    std::string tag = "";
  };
  Struct* strct(std::vector<F> fs, Package* pkg = nullptr) {
    auto* s = arena.make<Struct>();
    for (auto& f : fs) {
      std::string name = f.name;
      bool embedded = name.empty();
      if (embedded) {
        Type* base = f.type->kind == TypeKind::Pointer ? f.type->as<Pointer>()->elem : f.type;
        name = base->kind == TypeKind::Named ? base->as<Named>()->obj->name : base->as<Basic>()->name;
      }
      Var* v = var(name, f.type, pkg);
      v->isField = true;
      v->embedded = embedded;
      s->fields.push_back(v);
      s->tags.push_back(f.tag);
    }
    return s;
  }

  Tuple* tuple(std::vector<Type*> ts) {
    auto* t = arena.make<Tuple>();
    for (Type* x : ts) t->vars.push_back(var("", x));
    return t;
  }
  Signature* sig(std::vector<Type*> params, std::vector<Type*> results, bool variadic = false) {
    auto* s = arena.make<Signature>();
    s->params = tuple(params);
    s->results = tuple(results);
    s->variadic = variadic;
    return s;
  }

  Named* named(const std::string& name, Type* under, Package* pkg = nullptr) {
    auto* obj = arena.make<TypeName>();
    obj->name = name;
    obj->pkg = pkg ? pkg : mainPkg;
    auto* n = arena.make<Named>();
    n->obj = obj;
    n->underlying = under;
    obj->type = n;
    return n;
  }

  Func* method(Named* recv, const std::string& name, Signature* s, bool ptrRecv = false) {
    auto* f = arena.make<Func>();
    f->name = name;
    f->pkg = recv->obj->pkg;
    f->ptrRecv = ptrRecv;
    s->recv = var("", ptrRecv ? static_cast<Type*>(ptr(recv)) : recv);
    f->type = s;
    recv->methods.push_back(f);
    return f;
  }

  Func* imethod(const std::string& name, Signature* s, Package* pkg = nullptr) {
    auto* f = arena.make<Func>();
    f->name = name;
    f->pkg = pkg ? pkg : mainPkg;
    f->type = s;
    return f;
  }
  Interface* iface(std::vector<Func*> methods, std::vector<Type*> embeddeds = {}) {
    auto* it = arena.make<Interface>();
    for (Func* m : methods) {
      m->iface = it;
      it->methods.push_back(m);
    }
    it->embeddeds = std::move(embeddeds);
    return it;
  }
};

}  // namespace

// ---- universe, scopes, objects ----------------------------------------------------------

TEST_CASE("universe declares the predeclared identifiers") {
  TypeArena arena;
  Universe* u = universe(arena);
  CHECK(universe(arena) == u);
  CHECK(theUniverse() == u);
  Scope* s = u->scope;
  CHECK(s->parent == nullptr);

  for (const char* name : {"bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                           "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
                           "complex128", "string"}) {
    Object* obj = s->lookup(name);
    REQUIRE(obj);
    CHECK(obj->kind == ObjKind::TypeName);
    CHECK(typeString(obj->type) == name);
  }
  CHECK(s->lookup("unsafe.Pointer") == nullptr);
  CHECK(s->lookup("Pointer") == nullptr);

  Object* byteObj = s->lookup("byte");
  REQUIRE(byteObj);
  CHECK(byteObj->as<TypeName>()->isAlias);
  CHECK(byteObj->type == u->basic[int(BasicKind::Uint8)]);
  CHECK(u->byteType == byteObj->type);
  CHECK(s->lookup("rune")->type == u->basic[int(BasicKind::Int32)]);
  CHECK(u->runeType == u->basic[int(BasicKind::Int32)]);

  Object* errorObj = s->lookup("error");
  REQUIRE(errorObj);
  CHECK(errorObj->type == u->errorType);
  CHECK(typeString(u->errorType) == "error");
  Type* eu = underlying(u->errorType);
  REQUIRE(eu->kind == TypeKind::Interface);
  REQUIRE(eu->as<Interface>()->allMethods.size() == 1);
  CHECK(eu->as<Interface>()->allMethods[0] == u->errorMethod);
  CHECK(u->errorMethod->name == "Error");
  CHECK(typeString(u->errorMethod->type) == "func() string");

  Object* anyObj = s->lookup("any");
  REQUIRE(anyObj);
  CHECK(anyObj->as<TypeName>()->isAlias);
  CHECK(anyObj->type == u->emptyInterface);
  CHECK(typeString(anyObj->type) == "interface {}");
  REQUIRE(s->lookup("comparable"));

  Object* t = s->lookup("true");
  REQUIRE(t);
  CHECK(t->kind == ObjKind::Const);
  CHECK(typeString(t->type) == "untyped bool");
  CHECK(constant::boolVal(t->as<Const>()->val));
  CHECK_FALSE(constant::boolVal(s->lookup("false")->as<Const>()->val));
  Object* iota = s->lookup("iota");
  REQUIRE(iota);
  CHECK(iota->type == u->basic[int(BasicKind::UntypedInt)]);
  int64_t iv = -1;
  CHECK(constant::int64Val(iota->as<Const>()->val, &iv));
  CHECK(iv == 0);
  Object* nil = s->lookup("nil");
  REQUIRE(nil);
  CHECK(nil->kind == ObjKind::Nil);
  CHECK(typeString(nil->type) == "untyped nil");

  struct {
    const char* name;
    BuiltinId id;
  } builtins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"clear", BuiltinId::Clear},
      {"close", BuiltinId::Close},   {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
      {"delete", BuiltinId::Delete}, {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
      {"make", BuiltinId::Make},     {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
      {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
  };
  for (auto& b : builtins) {
    Object* obj = s->lookup(b.name);
    REQUIRE(obj);
    CHECK(obj->kind == ObjKind::Builtin);
    CHECK(obj->as<Builtin>()->id == b.id);
  }

  CHECK(typeString(u->basic[int(BasicKind::UntypedInt)]) == "untyped int");
  CHECK(typeString(u->basic[int(BasicKind::UntypedRune)]) == "untyped rune");
  CHECK(typeString(u->basic[int(BasicKind::UntypedFloat)]) == "untyped float");
  CHECK(typeString(u->basic[int(BasicKind::UntypedComplex)]) == "untyped complex");
  CHECK(typeString(u->basic[int(BasicKind::UntypedString)]) == "untyped string");
  CHECK(typeString(u->basic[int(BasicKind::UnsafePointer)]) == "unsafe.Pointer");
}

TEST_CASE("each arena has its own universe") {
  auto a = std::make_unique<TypeArena>();
  Universe* ua = universe(*a);
  TypeArena b;
  Universe* ub = universe(b);
  CHECK(ua != ub);
  CHECK(theUniverse() == ub);
  CHECK(universe(*a) == ua);
  CHECK(theUniverse() == ua);
  a.reset();
  CHECK(theUniverse() == nullptr);
  CHECK(universe(b) == ub);
}

TEST_CASE("scopes insert and look up through parents") {
  Fixture fx;
  Scope* pkg = fx.mainPkg->scope;
  Scope* fn = fx.arena.newScope(pkg, "func f");
  CHECK(pkg->children.size() == 1);
  CHECK(pkg->children[0] == fn);
  Var* x = fx.var("x", fx.Int());
  CHECK(pkg->insert(x) == nullptr);
  CHECK(x->parent == pkg);
  Var* x2 = fx.var("x", fx.String());
  CHECK(pkg->insert(x2) == x);
  CHECK(pkg->lookup("x") == x);
  CHECK(fn->lookup("x") == nullptr);
  CHECK(fn->lookupParent("x") == x);
  CHECK(fn->lookupParent("int") == fx.u->scope->lookup("int"));
  CHECK(fn->lookupParent("nosuch") == nullptr);
  Var* shadow = fx.var("x", fx.Bool());
  CHECK(fn->insert(shadow) == nullptr);
  CHECK(fn->lookupParent("x") == shadow);
  CHECK(pkg->ordered.size() == 1);
}

TEST_CASE("object ids qualify non-exported names by package path") {
  Fixture fx;
  CHECK(fx.var("Exported", fx.Int())->id() == "Exported");
  CHECK(fx.var("x", fx.Int())->id() == "main.x");
  CHECK(fx.var("x", fx.Int(), fx.otherPkg)->id() == "example.com/other.x");
  Var* noPkg = fx.var("y", fx.Int());
  noPkg->pkg = nullptr;
  CHECK(noPkg->id() == "_.y");
}

// ---- type strings -----------------------------------------------------------------------

TEST_CASE("typeString prints what fmt's percent T prints") {
  Fixture fx;
  using ast::ChanDir;
  Named* T = fx.named("T", fx.strct({{"a", fx.Int()}}));
  Type* errorT = fx.u->errorType;

  CHECK(typeString(fx.slice(fx.Int())) == "[]int");
  CHECK(typeString(fx.array(fx.String(), 3)) == "[3]string");
  CHECK(typeString(fx.map(fx.String(), fx.slice(fx.Int()))) == "map[string][]int");
  CHECK(typeString(fx.ptr(T)) == "*main.T");
  CHECK(typeString(T) == "main.T");
  CHECK(typeString(T, fx.mainPkg) == "T");
  CHECK(typeString(fx.ptr(T), fx.mainPkg) == "*T");
  CHECK(typeString(T, fx.otherPkg) == "main.T");
  CHECK(typeString(fx.sig({fx.Int(), fx.slice(fx.String())}, {fx.Int(), errorT}, true)) ==
        "func(int, ...string) (int, error)");
  CHECK(typeString(fx.sig({}, {})) == "func()");
  CHECK(typeString(fx.sig({}, {fx.Int()})) == "func() int");
  CHECK(typeString(fx.slice(fx.sig({fx.Int(), fx.Int()}, {fx.Int()}))) == "[]func(int, int) int");
  CHECK(typeString(fx.sig({fx.sig({fx.Int()}, {fx.Int()})}, {fx.sig({}, {})})) ==
        "func(func(int) int) func()");
  CHECK(typeString(fx.strct({{"a", fx.Int()}, {"B", fx.String(), "tag"}})) == "struct { a int; B string \"tag\" }");
  CHECK(typeString(fx.strct({})) == "struct {}");
  CHECK(typeString(fx.slice(fx.iface({}))) == "[]interface {}");
  CHECK(typeString(fx.slice(fx.iface({fx.imethod("M", fx.sig({}, {})), fx.imethod("N", fx.sig({}, {fx.Int()}))}))) ==
        "[]interface { M(); N() int }");
  CHECK(typeString(fx.chan(ChanDir::Both, fx.Int())) == "chan int");
  CHECK(typeString(fx.chan(ChanDir::Recv, fx.Int())) == "<-chan int");
  CHECK(typeString(fx.chan(ChanDir::Send, fx.Int())) == "chan<- int");
  CHECK(typeString(fx.chan(ChanDir::Both, fx.chan(ChanDir::Recv, fx.Int()))) == "chan (<-chan int)");
  CHECK(typeString(fx.chan(ChanDir::Send, fx.chan(ChanDir::Both, fx.Int()))) == "chan<- chan int");
  CHECK(typeString(fx.chan(ChanDir::Send, fx.chan(ChanDir::Recv, fx.Int()))) == "chan<- <-chan int");
  CHECK(typeString(fx.slice(errorT)) == "[]error");
  CHECK(typeString(fx.slice(fx.u->byteType)) == "[]uint8");
  CHECK(typeString(fx.slice(fx.u->runeType)) == "[]int32");
  CHECK(typeString(fx.slice(fx.basic(BasicKind::UnsafePointer))) == "[]unsafe.Pointer");
  CHECK(typeString(fx.slice(fx.basic(BasicKind::Complex64))) == "[]complex64");
  CHECK(typeString(fx.slice(fx.basic(BasicKind::Uintptr))) == "[]uintptr");

  // struct { E; *T; x string `json:"x"` }
  Named* E = fx.named("E", fx.strct({}));
  CHECK(typeString(fx.strct({{"", E}, {"", fx.ptr(T)}, {"x", fx.String(), "json:\"x\""}})) ==
        "struct { main.E; *main.T; x string \"json:\\\"x\\\"\" }");

  // interface { J; c() } with J interface { z(); M(); a() int; B(x int, y ...string) (r int, err error) }:
  // flattened, exported methods first, non-exported ones qualified.
  Interface* j = fx.iface({fx.imethod("z", fx.sig({}, {})), fx.imethod("M", fx.sig({}, {})),
                           fx.imethod("a", fx.sig({}, {fx.Int()})),
                           fx.imethod("B", fx.sig({fx.Int(), fx.slice(fx.String())}, {fx.Int(), errorT}, true))});
  Named* J = fx.named("J", j);
  CHECK(typeString(fx.slice(J)) == "[]main.J");
  Interface* jc = fx.iface({fx.imethod("c", fx.sig({}, {}))}, {J});
  CHECK(typeString(fx.slice(jc)) ==
        "[]interface { B(int, ...string) (int, error); M(); main.a() int; main.c(); main.z() }");
  CHECK(typeString(jc, fx.mainPkg) == "interface { B(int, ...string) (int, error); M(); a() int; c(); z() }");

  // Types of another package.
  Named* O = fx.named("Buffer", fx.strct({}), fx.otherPkg);
  CHECK(typeString(fx.ptr(O), fx.mainPkg) == "*other.Buffer");
  CHECK(typeString(fx.map(O, T), fx.mainPkg) == "map[other.Buffer]T");

  // Tuples (multi-value expressions in messages).
  CHECK(typeString(fx.tuple({fx.Int(), errorT})) == "(int, error)");
}

// ---- identity ---------------------------------------------------------------------------

TEST_CASE("identical follows the spec's type identity") {
  Fixture fx;
  using ast::ChanDir;
  CHECK(identical(fx.Int(), fx.Int()));
  CHECK_FALSE(identical(fx.Int(), fx.basic(BasicKind::Int64)));
  CHECK(identical(fx.u->byteType, fx.basic(BasicKind::Uint8)));
  CHECK(identical(fx.slice(fx.Int()), fx.slice(fx.Int())));
  CHECK_FALSE(identical(fx.slice(fx.Int()), fx.array(fx.Int(), 0)));
  CHECK(identical(fx.array(fx.Int(), 3), fx.array(fx.Int(), 3)));
  CHECK_FALSE(identical(fx.array(fx.Int(), 3), fx.array(fx.Int(), 4)));
  CHECK(identical(fx.map(fx.String(), fx.Int()), fx.map(fx.String(), fx.Int())));
  CHECK_FALSE(identical(fx.map(fx.String(), fx.Int()), fx.map(fx.Int(), fx.Int())));
  CHECK(identical(fx.chan(ChanDir::Recv, fx.Int()), fx.chan(ChanDir::Recv, fx.Int())));
  CHECK_FALSE(identical(fx.chan(ChanDir::Recv, fx.Int()), fx.chan(ChanDir::Both, fx.Int())));
  CHECK(identical(fx.ptr(fx.Int()), fx.ptr(fx.Int())));

  // Named types are identical only to themselves.
  Named* A = fx.named("A", fx.Int());
  Named* B = fx.named("B", fx.Int());
  CHECK(identical(A, A));
  CHECK_FALSE(identical(A, B));
  CHECK_FALSE(identical(A, fx.Int()));
  CHECK(identical(underlying(A), underlying(B)));

  // Structs: names, tags, embedding, packages of non-exported names.
  CHECK(identical(fx.strct({{"a", fx.Int()}}), fx.strct({{"a", fx.Int()}})));
  CHECK_FALSE(identical(fx.strct({{"a", fx.Int()}}), fx.strct({{"b", fx.Int()}})));
  CHECK_FALSE(identical(fx.strct({{"a", fx.Int(), "x"}}), fx.strct({{"a", fx.Int()}})));
  CHECK(identical(fx.strct({{"a", fx.Int(), "x"}}), fx.strct({{"a", fx.Int(), "x"}})));
  CHECK_FALSE(identical(fx.strct({{"a", fx.Int()}}), fx.strct({{"a", fx.Int()}}, fx.otherPkg)));
  CHECK(identical(fx.strct({{"A", fx.Int()}}), fx.strct({{"A", fx.Int()}}, fx.otherPkg)));
  CHECK(identical(fx.strct({{"", A}}), fx.strct({{"", A}})));
  CHECK_FALSE(identical(fx.strct({{"", A}}), fx.strct({{"A", A}})));
  CHECK_FALSE(identical(fx.strct({{"a", fx.Int()}, {"b", fx.Int()}}), fx.strct({{"a", fx.Int()}})));
  CHECK(convertibleTo(fx.strct({{"a", fx.Int(), "x"}}), fx.strct({{"a", fx.Int()}})));

  // Functions: parameter names do not matter, variadic does.
  CHECK(identical(fx.sig({fx.Int()}, {fx.String()}), fx.sig({fx.Int()}, {fx.String()})));
  CHECK_FALSE(identical(fx.sig({fx.Int()}, {fx.String()}), fx.sig({fx.Int()}, {})));
  CHECK_FALSE(identical(fx.sig({fx.slice(fx.Int())}, {}, true), fx.sig({fx.slice(fx.Int())}, {}, false)));
  CHECK(identical(fx.sig({fx.slice(fx.Int())}, {}, true), fx.sig({fx.slice(fx.Int())}, {}, true)));
  Signature* withNames = fx.sig({fx.Int()}, {});
  withNames->params->vars[0]->name = "n";
  CHECK(identical(withNames, fx.sig({fx.Int()}, {})));

  // Interfaces: by method sets, declared or embedded, in any order.
  Interface* mn = fx.iface({fx.imethod("M", fx.sig({}, {})), fx.imethod("N", fx.sig({}, {fx.Int()}))});
  Interface* nm = fx.iface({fx.imethod("N", fx.sig({}, {fx.Int()})), fx.imethod("M", fx.sig({}, {}))});
  Interface* m = fx.iface({fx.imethod("M", fx.sig({}, {}))});
  Interface* mEmbedsN = fx.iface({fx.imethod("M", fx.sig({}, {}))},
                                 {fx.named("Ner", fx.iface({fx.imethod("N", fx.sig({}, {fx.Int()}))}))});
  CHECK(identical(mn, nm));
  CHECK(identical(mn, mEmbedsN));
  CHECK_FALSE(identical(mn, m));
  CHECK_FALSE(identical(m, fx.iface({fx.imethod("M", fx.sig({fx.Int()}, {}))})));
  CHECK_FALSE(identical(fx.iface({fx.imethod("m", fx.sig({}, {}))}),
                        fx.iface({fx.imethod("m", fx.sig({}, {}), fx.otherPkg)})));
  CHECK(identical(fx.iface({}), fx.u->emptyInterface));
}

// ---- predicates -------------------------------------------------------------------------

TEST_CASE("predicates comparable hasNil defaultType") {
  Fixture fx;
  CHECK(comparable(fx.Int()));
  CHECK(comparable(fx.String()));
  CHECK(comparable(fx.ptr(fx.slice(fx.Int()))));
  CHECK(comparable(fx.chan(ast::ChanDir::Both, fx.Int())));
  CHECK(comparable(fx.u->errorType));
  CHECK(comparable(fx.array(fx.String(), 2)));
  CHECK_FALSE(comparable(fx.array(fx.slice(fx.Int()), 2)));
  CHECK_FALSE(comparable(fx.slice(fx.Int())));
  CHECK_FALSE(comparable(fx.map(fx.Int(), fx.Int())));
  CHECK_FALSE(comparable(fx.sig({}, {})));
  CHECK(comparable(fx.strct({{"a", fx.Int()}, {"b", fx.array(fx.String(), 1)}})));
  CHECK_FALSE(comparable(fx.strct({{"a", fx.Int()}, {"f", fx.sig({}, {})}})));
  CHECK_FALSE(comparable(fx.named("S", fx.strct({{"m", fx.map(fx.Int(), fx.Int())}}))));
  CHECK_FALSE(comparable(fx.basic(BasicKind::UntypedNil)));

  CHECK(hasNil(fx.ptr(fx.Int())));
  CHECK(hasNil(fx.slice(fx.Int())));
  CHECK(hasNil(fx.map(fx.Int(), fx.Int())));
  CHECK(hasNil(fx.chan(ast::ChanDir::Recv, fx.Int())));
  CHECK(hasNil(fx.sig({}, {})));
  CHECK(hasNil(fx.u->errorType));
  CHECK(hasNil(fx.basic(BasicKind::UnsafePointer)));
  CHECK_FALSE(hasNil(fx.Int()));
  CHECK_FALSE(hasNil(fx.strct({})));
  CHECK_FALSE(hasNil(fx.array(fx.Int(), 0)));

  CHECK(defaultType(fx.basic(BasicKind::UntypedBool)) == fx.Bool());
  CHECK(defaultType(fx.basic(BasicKind::UntypedInt)) == fx.Int());
  CHECK(defaultType(fx.basic(BasicKind::UntypedRune)) == fx.u->runeType);
  CHECK(defaultType(fx.basic(BasicKind::UntypedFloat)) == fx.basic(BasicKind::Float64));
  CHECK(defaultType(fx.basic(BasicKind::UntypedComplex)) == fx.basic(BasicKind::Complex128));
  CHECK(defaultType(fx.basic(BasicKind::UntypedString)) == fx.String());
  CHECK(defaultType(fx.basic(BasicKind::UntypedNil)) == fx.basic(BasicKind::UntypedNil));
  CHECK(defaultType(fx.basic(BasicKind::Int8)) == fx.basic(BasicKind::Int8));

  Named* MyInt = fx.named("MyInt", fx.basic(BasicKind::Uint16));
  CHECK(isInteger(MyInt));
  CHECK(isUnsigned(MyInt));
  CHECK(isNumeric(MyInt));
  CHECK_FALSE(isFloat(MyInt));
  CHECK(isFloat(fx.basic(BasicKind::UntypedFloat)));
  CHECK(isUntyped(fx.basic(BasicKind::UntypedFloat)));
  CHECK_FALSE(isUntyped(fx.basic(BasicKind::Float32)));
  CHECK(isString(fx.named("Str", fx.String())));
  CHECK(isBoolean(fx.basic(BasicKind::UntypedBool)));
  CHECK(isInterface(fx.u->errorType));
  CHECK_FALSE(isInterface(fx.ptr(fx.u->errorType)));
  CHECK(isBasic(fx.basic(BasicKind::Complex64), IsNumeric));
  CHECK_FALSE(isBasic(fx.String(), IsNumeric));
}

// ---- layout -----------------------------------------------------------------------------

TEST_CASE("sizes and alignments of basic and composite types") {
  Fixture fx;
  struct {
    BasicKind k;
    int64_t size, align;
  } basics[] = {
      {BasicKind::Bool, 1, 1},       {BasicKind::Int8, 1, 1},        {BasicKind::Uint8, 1, 1},
      {BasicKind::Int16, 2, 2},      {BasicKind::Uint16, 2, 2},      {BasicKind::Int32, 4, 4},
      {BasicKind::Uint32, 4, 4},     {BasicKind::Float32, 4, 4},     {BasicKind::Int, 8, 8},
      {BasicKind::Uint, 8, 8},       {BasicKind::Int64, 8, 8},       {BasicKind::Uint64, 8, 8},
      {BasicKind::Uintptr, 8, 8},    {BasicKind::Float64, 8, 8},     {BasicKind::Complex64, 8, 4},
      {BasicKind::Complex128, 16, 8}, {BasicKind::String, 16, 8},    {BasicKind::UnsafePointer, 8, 8},
  };
  for (auto& b : basics) {
    CAPTURE(fx.basic(b.k)->name);
    CHECK(sizeOf(fx.basic(b.k)) == b.size);
    CHECK(alignOf(fx.basic(b.k)) == b.align);
  }
  CHECK(sizeOf(fx.slice(fx.Int())) == 24);
  CHECK(sizeOf(fx.u->errorType) == 16);
  CHECK(sizeOf(fx.u->emptyInterface) == 16);
  CHECK(sizeOf(fx.map(fx.Int(), fx.Int())) == 8);
  CHECK(sizeOf(fx.chan(ast::ChanDir::Both, fx.Int())) == 8);
  CHECK(sizeOf(fx.sig({}, {})) == 8);
  CHECK(sizeOf(fx.ptr(fx.strct({}))) == 8);
  CHECK(sizeOf(fx.array(fx.basic(BasicKind::Int16), 5)) == 10);
  CHECK(alignOf(fx.array(fx.basic(BasicKind::Int16), 5)) == 2);
  CHECK(sizeOf(fx.named("N", fx.array(fx.String(), 2))) == 32);
  CHECK(sizeOf(fx.array(fx.Int(), int64_t(1) << 62)) == INT64_MAX);  // saturates, no overflow
}

TEST_CASE("struct layout matches unsafe.Sizeof and Offsetof of gc") {
  Fixture fx;
  auto b = [&](BasicKind k) { return fx.basic(k); };
  Type* Bool = b(BasicKind::Bool);
  Type* u8 = b(BasicKind::Uint8);

  // struct { a bool; b int64; c bool }: 24 8, c at 16
  Struct* s1 = fx.strct({{"a", Bool}, {"b", b(BasicKind::Int64)}, {"c", Bool}});
  CHECK(sizeOf(s1) == 24);
  CHECK(alignOf(s1) == 8);
  CHECK(offsetsOf(s1) == std::vector<int64_t>{0, 8, 16});

  // struct { a int32; b struct{} }: 8 4, b at 4 (a trailing zero-size field is padded)
  Struct* s2 = fx.strct({{"a", b(BasicKind::Int32)}, {"b", fx.strct({})}});
  CHECK(sizeOf(s2) == 8);
  CHECK(alignOf(s2) == 4);
  CHECK(offsetsOf(s2) == std::vector<int64_t>{0, 4});

  // struct { a [0]int }: 0 8
  Struct* s3 = fx.strct({{"a", fx.array(fx.Int(), 0)}});
  CHECK(sizeOf(s3) == 0);
  CHECK(alignOf(s3) == 8);

  // struct { a byte; c complex64; d complex128; e [3]int16 }: 40 8, c at 4, d at 16, e at 32
  Struct* s4 = fx.strct({{"a", u8}, {"c", b(BasicKind::Complex64)}, {"d", b(BasicKind::Complex128)},
                         {"e", fx.array(b(BasicKind::Int16), 3)}});
  CHECK(sizeOf(s4) == 40);
  CHECK(alignOf(s4) == 8);
  CHECK(offsetsOf(s4) == std::vector<int64_t>{0, 4, 16, 32});

  // type E struct { T; *I2; x string; Y int } with T struct{ a int }: 40, x at 16, Y at 32
  Named* T = fx.named("T", fx.strct({{"a", fx.Int()}}));
  Named* I2 = fx.named("I2", fx.Int());
  Named* E = fx.named("E", fx.strct({{"", T}, {"", fx.ptr(I2)}, {"x", fx.String()}, {"Y", fx.Int()}}));
  CHECK(sizeOf(E) == 40);
  CHECK(offsetsOf(underlying(E)->as<Struct>()) == std::vector<int64_t>{0, 8, 16, 32});

  // struct { a bool; b [0]int64 }: 16 8
  Struct* s5 = fx.strct({{"a", Bool}, {"b", fx.array(b(BasicKind::Int64), 0)}});
  CHECK(sizeOf(s5) == 16);
  CHECK(alignOf(s5) == 8);

  // struct { a int64; b struct{}; c struct{} }: 16, b and c at 8
  Struct* s6 = fx.strct({{"a", b(BasicKind::Int64)}, {"b", fx.strct({})}, {"c", fx.strct({})}});
  CHECK(sizeOf(s6) == 16);
  CHECK(offsetsOf(s6) == std::vector<int64_t>{0, 8, 8});

  // [3]struct{ a int16; b byte }: 12 2
  Array* s7 = fx.array(fx.strct({{"a", b(BasicKind::Int16)}, {"b", u8}}), 3);
  CHECK(sizeOf(s7) == 12);
  CHECK(alignOf(s7) == 2);

  // struct { a byte; b [2]struct{} }: 2 1
  Struct* s8 = fx.strct({{"a", u8}, {"b", fx.array(fx.strct({}), 2)}});
  CHECK(sizeOf(s8) == 2);
  CHECK(alignOf(s8) == 1);

  // struct {}: 0 1
  CHECK(sizeOf(fx.strct({})) == 0);
  CHECK(alignOf(fx.strct({})) == 1);

  // struct { s string; b bool; e error; p *int; sl []byte; i int16 }: 72, offsets 0 16 24 40 48 72?
  Struct* s9 = fx.strct({{"s", fx.String()}, {"b", Bool}, {"e", fx.u->errorType}, {"p", fx.ptr(fx.Int())},
                         {"sl", fx.slice(u8)}, {"i", b(BasicKind::Int16)}});
  CHECK(offsetsOf(s9) == std::vector<int64_t>{0, 16, 24, 40, 48, 72});
  CHECK(sizeOf(s9) == 80);
}

// ---- lookup -----------------------------------------------------------------------------

TEST_CASE("lookupFieldOrMethod walks embedded fields by depth") {
  Fixture fx;
  // type Inner struct { x int; Y string }
  // func (Inner) Val() int; func (*Inner) Ptr()
  // type Mid struct { *Inner; z bool }
  // type Outer struct { Mid; x float64 }
  Named* Inner = fx.named("Inner", fx.strct({{"x", fx.Int()}, {"Y", fx.String()}}));
  Func* val = fx.method(Inner, "Val", fx.sig({}, {fx.Int()}));
  Func* ptrM = fx.method(Inner, "Ptr", fx.sig({}, {}), true);
  Named* Mid = fx.named("Mid", fx.strct({{"", fx.ptr(Inner)}, {"z", fx.Bool()}}));
  Named* Outer = fx.named("Outer", fx.strct({{"", Mid}, {"x", fx.basic(BasicKind::Float64)}}));

  std::vector<int> index;
  bool indirect = false, ambiguous = false;

  // o.x: the shallower x (depth 0) wins over Inner.x (depth 2).
  Object* obj = lookupFieldOrMethod(Outer, false, fx.mainPkg, "x", &index, &indirect, &ambiguous);
  REQUIRE(obj);
  CHECK(obj == underlying(Outer)->as<Struct>()->fields[1]);
  CHECK(index == std::vector<int>{1});
  CHECK_FALSE(indirect);

  // o.Y is o.Mid.Inner.Y, through the *Inner pointer.
  obj = lookupFieldOrMethod(Outer, false, fx.mainPkg, "Y", &index, &indirect, &ambiguous);
  REQUIRE(obj);
  CHECK(obj == underlying(Inner)->as<Struct>()->fields[1]);
  CHECK(index == std::vector<int>{0, 0, 1});
  CHECK(indirect);

  // o.z, o.Mid, o.Inner
  obj = lookupFieldOrMethod(Outer, false, fx.mainPkg, "z", &index, &indirect);
  CHECK(obj == underlying(Mid)->as<Struct>()->fields[1]);
  CHECK(index == std::vector<int>{0, 1});
  CHECK_FALSE(indirect);
  obj = lookupFieldOrMethod(Outer, false, fx.mainPkg, "Inner", &index, &indirect);
  CHECK(obj == underlying(Mid)->as<Struct>()->fields[0]);
  CHECK(index == std::vector<int>{0, 0});

  // Methods: the index holds only the embedded path.
  obj = lookupFieldOrMethod(Outer, false, fx.mainPkg, "Val", &index, &indirect);
  CHECK(obj == val);
  CHECK(index == std::vector<int>{0, 0});
  CHECK(indirect);
  // Ptr has a pointer receiver but is reached through *Inner: in Outer's method set.
  obj = lookupFieldOrMethod(Outer, false, fx.mainPkg, "Ptr", &index, &indirect);
  CHECK(obj == ptrM);
  CHECK(indirect);

  // On Inner itself, Ptr needs an addressable operand or a pointer.
  obj = lookupFieldOrMethod(Inner, false, fx.mainPkg, "Ptr", &index, &indirect);
  CHECK(obj == nullptr);
  CHECK(indirect);
  obj = lookupFieldOrMethod(Inner, true, fx.mainPkg, "Ptr", &index, &indirect);
  CHECK(obj == ptrM);
  CHECK(index.empty());
  CHECK_FALSE(indirect);
  obj = lookupFieldOrMethod(fx.ptr(Inner), false, fx.mainPkg, "Ptr", &index, &indirect);
  CHECK(obj == ptrM);
  CHECK(indirect);
  obj = lookupFieldOrMethod(fx.ptr(Inner), false, fx.mainPkg, "x", &index, &indirect);
  CHECK(obj == underlying(Inner)->as<Struct>()->fields[0]);
  CHECK(index == std::vector<int>{0});
  CHECK(indirect);

  // Non-exported names are only found from their own package.
  CHECK(lookupFieldOrMethod(Outer, false, fx.otherPkg, "z", &index, &indirect) == nullptr);
  CHECK(lookupFieldOrMethod(Outer, false, fx.otherPkg, "Y", &index, &indirect) != nullptr);
  CHECK(lookupFieldOrMethod(Outer, false, fx.mainPkg, "nosuch", &index, &indirect, &ambiguous) == nullptr);
  CHECK_FALSE(ambiguous);
  CHECK(lookupFieldOrMethod(Outer, false, fx.mainPkg, "_", &index, &indirect) == nullptr);
}

TEST_CASE("lookupFieldOrMethod reports ambiguous selectors") {
  Fixture fx;
  // type A struct { X int }; type B struct { X int }; type C struct { A; B }
  Named* A = fx.named("A", fx.strct({{"X", fx.Int()}}));
  Named* B = fx.named("B", fx.strct({{"X", fx.Int()}}));
  fx.method(A, "M", fx.sig({}, {}));
  fx.method(B, "M", fx.sig({}, {}));
  Named* C = fx.named("C", fx.strct({{"", A}, {"", B}}));
  std::vector<int> index;
  bool indirect = false, ambiguous = false;
  CHECK(lookupFieldOrMethod(C, false, fx.mainPkg, "X", &index, &indirect, &ambiguous) == nullptr);
  CHECK(ambiguous);
  CHECK(lookupFieldOrMethod(C, false, fx.mainPkg, "M", &index, &indirect, &ambiguous) == nullptr);
  CHECK(ambiguous);

  // type D struct { C; X string }: the shallower X resolves it.
  Named* D = fx.named("D", fx.strct({{"", C}, {"X", fx.String()}}));
  CHECK(lookupFieldOrMethod(D, false, fx.mainPkg, "X", &index, &indirect, &ambiguous) ==
        underlying(D)->as<Struct>()->fields[1]);
  CHECK_FALSE(ambiguous);

  // type P struct { A }; type Q struct { A }; type R struct { P; Q }: R.X reaches A twice
  // at depth 2 through different paths: ambiguous.
  Named* P = fx.named("P", fx.strct({{"", A}}));
  Named* Q = fx.named("Q", fx.strct({{"", A}}));
  Named* R = fx.named("R", fx.strct({{"", P}, {"", Q}}));
  CHECK(lookupFieldOrMethod(R, false, fx.mainPkg, "X", &index, &indirect, &ambiguous) == nullptr);
  CHECK(ambiguous);
  CHECK(lookupFieldOrMethod(R, false, fx.mainPkg, "A", &index, &indirect, &ambiguous) == nullptr);
  CHECK(ambiguous);
  CHECK(lookupFieldOrMethod(R, false, fx.mainPkg, "P", &index, &indirect, &ambiguous) != nullptr);
}

TEST_CASE("lookupFieldOrMethod on interfaces and named pointer types") {
  Fixture fx;
  // type I interface { M() int }; type S struct { I }
  Func* m = fx.imethod("M", fx.sig({}, {fx.Int()}));
  Named* I = fx.named("I", fx.iface({m}));
  std::vector<int> index;
  bool indirect = false;
  CHECK(lookupFieldOrMethod(I, false, fx.mainPkg, "M", &index, &indirect) == m);
  CHECK(lookupFieldOrMethod(fx.ptr(I), false, fx.mainPkg, "M", &index, &indirect) == nullptr);
  Named* S = fx.named("S", fx.strct({{"", I}}));
  CHECK(lookupFieldOrMethod(S, false, fx.mainPkg, "M", &index, &indirect) == m);
  CHECK(index == std::vector<int>{0});
  CHECK(lookupFieldOrMethod(fx.u->errorType, false, fx.mainPkg, "Error", &index, &indirect) == fx.u->errorMethod);

  // type T struct { f int }; func (T) M(); type P *T: p.f is found, p.M is not.
  Named* T = fx.named("T", fx.strct({{"f", fx.Int()}}));
  fx.method(T, "M", fx.sig({}, {}));
  Named* P = fx.named("P", fx.ptr(T));
  CHECK(lookupFieldOrMethod(P, false, fx.mainPkg, "f", &index, &indirect) != nullptr);
  CHECK(indirect);
  CHECK(lookupFieldOrMethod(P, false, fx.mainPkg, "M", &index, &indirect) == nullptr);
}

TEST_CASE("lookup terminates on recursive embedding through pointers") {
  Fixture fx;
  // type L struct { *L; v int }
  Named* L = fx.named("L", nullptr);
  L->underlying = fx.strct({{"", fx.ptr(L)}, {"v", fx.Int()}});
  std::vector<int> index;
  bool indirect = false;
  CHECK(lookupFieldOrMethod(L, false, fx.mainPkg, "nosuch", &index, &indirect) == nullptr);
  CHECK(lookupFieldOrMethod(L, false, fx.mainPkg, "v", &index, &indirect) != nullptr);
  CHECK(index == std::vector<int>{1});
  CHECK(sizeOf(L) == 16);
}

// ---- method sets and interfaces ---------------------------------------------------------

TEST_CASE("implements uses the method sets of T and pointer to T") {
  Fixture fx;
  // type Stringer interface { String() string }
  Func* strM = fx.imethod("String", fx.sig({}, {fx.String()}));
  Interface* stringer = fx.iface({strM});
  // type V int; func (V) String() string
  Named* V = fx.named("V", fx.Int());
  fx.method(V, "String", fx.sig({}, {fx.String()}));
  // type P int; func (*P) String() string
  Named* P = fx.named("P", fx.Int());
  fx.method(P, "String", fx.sig({}, {fx.String()}), true);
  // type W int; func (W) String() int
  Named* W = fx.named("W", fx.Int());
  fx.method(W, "String", fx.sig({}, {fx.Int()}));

  Func* missing = nullptr;
  bool wrong = false, ptr = false;
  CHECK(implements(V, stringer, &missing, &wrong, &ptr));
  CHECK(implements(fx.ptr(V), stringer));

  CHECK_FALSE(implements(P, stringer, &missing, &wrong, &ptr));
  CHECK(missing == strM);
  CHECK(wrong);
  CHECK(ptr);
  CHECK(implements(fx.ptr(P), stringer));

  CHECK_FALSE(implements(W, stringer, &missing, &wrong, &ptr));
  CHECK(missing == strM);
  CHECK(wrong);
  CHECK_FALSE(ptr);

  CHECK_FALSE(implements(fx.Int(), stringer, &missing, &wrong, &ptr));
  CHECK(missing == strM);
  CHECK_FALSE(wrong);
  CHECK(implements(fx.Int(), fx.u->emptyInterface));

  // A struct field named String is not a method.
  Named* F = fx.named("F", fx.strct({{"String", fx.sig({}, {fx.String()})}}));
  CHECK_FALSE(implements(F, stringer, &missing, &wrong));
  CHECK_FALSE(wrong);

  // Promotion: struct { P } has only P's value methods (none); struct { *P } has all.
  Named* EmbP = fx.named("EmbP", fx.strct({{"", P}}));
  Named* EmbPtrP = fx.named("EmbPtrP", fx.strct({{"", fx.ptr(P)}}));
  Named* EmbV = fx.named("EmbV", fx.strct({{"", V}}));
  CHECK_FALSE(implements(EmbP, stringer, &missing, &wrong, &ptr));
  CHECK(ptr);
  CHECK(implements(fx.ptr(EmbP), stringer));
  CHECK(implements(EmbPtrP, stringer));
  CHECK(implements(EmbV, stringer));
  // Embedding an interface promotes its methods.
  Named* EmbI = fx.named("EmbI", fx.strct({{"", fx.named("Stringer", stringer)}}));
  CHECK(implements(EmbI, stringer));

  // The first missing method in sorted order is reported.
  Func* a = fx.imethod("A", fx.sig({}, {}));
  Interface* two = fx.iface({strM, a});
  CHECK_FALSE(implements(V, two, &missing));
  CHECK(missing == a);

  // error
  Named* MyErr = fx.named("MyErr", fx.strct({}));
  CHECK_FALSE(implements(MyErr, underlying(fx.u->errorType)->as<Interface>(), &missing));
  CHECK(missing == fx.u->errorMethod);
  fx.method(MyErr, "Error", fx.sig({}, {fx.String()}), true);
  CHECK(implements(fx.ptr(MyErr), underlying(fx.u->errorType)->as<Interface>()));
  CHECK(assignableTo(fx.ptr(MyErr), fx.u->errorType));
  CHECK_FALSE(assignableTo(MyErr, fx.u->errorType));
}

TEST_CASE("interfaces implement interfaces by method set inclusion") {
  Fixture fx;
  Func* r = fx.imethod("Read", fx.sig({fx.slice(fx.u->byteType)}, {fx.Int(), fx.u->errorType}));
  Func* w = fx.imethod("Write", fx.sig({fx.slice(fx.u->byteType)}, {fx.Int(), fx.u->errorType}));
  Func* c = fx.imethod("Close", fx.sig({}, {fx.u->errorType}));
  Named* Reader = fx.named("Reader", fx.iface({r}));
  Named* Writer = fx.named("Writer", fx.iface({w}));
  Named* ReadWriter = fx.named("ReadWriter", fx.iface({}, {Reader, Writer}));
  Named* ReadCloser = fx.named("ReadCloser", fx.iface({c}, {Reader}));

  auto* rw = underlying(ReadWriter)->as<Interface>();
  complete(rw);
  REQUIRE(rw->allMethods.size() == 2);
  CHECK(rw->allMethods[0] == r);
  CHECK(rw->allMethods[1] == w);
  CHECK(typeString(rw) ==
        "interface { Read([]uint8) (int, error); Write([]uint8) (int, error) }");

  Func* missing = nullptr;
  CHECK(implements(ReadWriter, underlying(Reader)->as<Interface>()));
  CHECK(assignableTo(ReadWriter, Reader));
  CHECK_FALSE(implements(Reader, rw, &missing));
  CHECK(missing == w);
  CHECK_FALSE(implements(ReadCloser, rw, &missing));
  CHECK(missing == w);

  // Type assertions: an interface target is always allowed; a concrete one must implement.
  Named* T = fx.named("T", fx.strct({}));
  CHECK(assertableTo(rw, Reader));
  CHECK_FALSE(assertableTo(rw, T, &missing));
  CHECK(missing == r);
  fx.method(T, "Read", fx.sig({fx.slice(fx.u->byteType)}, {fx.Int(), fx.u->errorType}));
  fx.method(T, "Write", fx.sig({fx.slice(fx.u->byteType)}, {fx.Int(), fx.u->errorType}));
  CHECK(assertableTo(rw, T));

  // Overlapping embedded interfaces (Go 1.14): the shared method appears once.
  Named* ReadCloser2 = fx.named("ReadCloser2", fx.iface({}, {ReadCloser, ReadWriter}));
  auto* rc2 = underlying(ReadCloser2)->as<Interface>();
  complete(rc2);
  CHECK(rc2->allMethods.size() == 3);
  CHECK(rc2->allMethods[0] == c);
}

TEST_CASE("complete sorts exported methods first then by name then package") {
  Fixture fx;
  Func* b = fx.imethod("b", fx.sig({}, {}));
  Func* Z = fx.imethod("Z", fx.sig({}, {}));
  Func* aOther = fx.imethod("a", fx.sig({}, {}), fx.otherPkg);
  Func* aMain = fx.imethod("a", fx.sig({}, {}));
  Func* A = fx.imethod("A", fx.sig({}, {}));
  Interface* it = fx.iface({b, Z, aOther, aMain, A});
  complete(it);
  CHECK(it->completed);
  CHECK(it->allMethods == std::vector<Func*>{A, Z, aOther, aMain, b});
  complete(it);
  CHECK(it->allMethods.size() == 5);
}

// ---- assignability and conversions ------------------------------------------------------

TEST_CASE("assignableTo follows the spec") {
  Fixture fx;
  using ast::ChanDir;
  Basic* untypedInt = fx.basic(BasicKind::UntypedInt);
  Basic* untypedFloat = fx.basic(BasicKind::UntypedFloat);
  Basic* untypedNil = fx.basic(BasicKind::UntypedNil);
  Basic* untypedBool = fx.basic(BasicKind::UntypedBool);
  Basic* untypedString = fx.basic(BasicKind::UntypedString);
  Named* MyInt = fx.named("MyInt", fx.Int());
  Named* IntSlice = fx.named("IntSlice", fx.slice(fx.Int()));
  Named* OtherSlice = fx.named("OtherSlice", fx.slice(fx.Int()));

  CHECK(assignableTo(fx.Int(), fx.Int()));
  CHECK_FALSE(assignableTo(fx.Int(), MyInt));
  CHECK_FALSE(assignableTo(MyInt, fx.Int()));
  CHECK(assignableTo(fx.slice(fx.Int()), IntSlice));
  CHECK(assignableTo(IntSlice, fx.slice(fx.Int())));
  CHECK_FALSE(assignableTo(IntSlice, OtherSlice));

  CHECK(assignableTo(untypedInt, MyInt));
  CHECK(assignableTo(untypedInt, fx.basic(BasicKind::Float32)));
  CHECK(assignableTo(untypedFloat, fx.Int()));  // representability is the checker's job
  CHECK_FALSE(assignableTo(untypedInt, fx.String()));
  CHECK_FALSE(assignableTo(fx.basic(BasicKind::UntypedRune), fx.String()));
  CHECK(assignableTo(untypedString, fx.named("Str", fx.String())));
  CHECK(assignableTo(untypedBool, fx.named("Flag", fx.Bool())));
  CHECK_FALSE(assignableTo(untypedBool, fx.Int()));
  CHECK(assignableTo(untypedInt, fx.u->emptyInterface));
  CHECK_FALSE(assignableTo(untypedInt, fx.u->errorType));
  CHECK(assignableTo(untypedInt, untypedFloat));
  CHECK_FALSE(assignableTo(untypedFloat, untypedInt));

  CHECK(assignableTo(untypedNil, fx.ptr(fx.Int())));
  CHECK(assignableTo(untypedNil, IntSlice));
  CHECK(assignableTo(untypedNil, fx.map(fx.Int(), fx.Int())));
  CHECK(assignableTo(untypedNil, fx.chan(ChanDir::Both, fx.Int())));
  CHECK(assignableTo(untypedNil, fx.sig({}, {})));
  CHECK(assignableTo(untypedNil, fx.u->errorType));
  CHECK(assignableTo(untypedNil, fx.basic(BasicKind::UnsafePointer)));
  CHECK_FALSE(assignableTo(untypedNil, fx.Int()));
  CHECK_FALSE(assignableTo(untypedNil, fx.String()));
  CHECK_FALSE(assignableTo(untypedNil, fx.strct({})));

  // Channels: a bidirectional channel goes to a directional one of the same element type.
  CHECK(assignableTo(fx.chan(ChanDir::Both, fx.Int()), fx.chan(ChanDir::Recv, fx.Int())));
  CHECK(assignableTo(fx.chan(ChanDir::Both, fx.Int()), fx.chan(ChanDir::Send, fx.Int())));
  CHECK_FALSE(assignableTo(fx.chan(ChanDir::Recv, fx.Int()), fx.chan(ChanDir::Both, fx.Int())));
  CHECK_FALSE(assignableTo(fx.chan(ChanDir::Send, fx.Int()), fx.chan(ChanDir::Recv, fx.Int())));
  CHECK_FALSE(assignableTo(fx.chan(ChanDir::Both, fx.Int()), fx.chan(ChanDir::Recv, fx.String())));
  Named* RecvChan = fx.named("RecvChan", fx.chan(ChanDir::Recv, fx.Int()));
  Named* BothChan = fx.named("BothChan", fx.chan(ChanDir::Both, fx.Int()));
  CHECK(assignableTo(fx.chan(ChanDir::Both, fx.Int()), RecvChan));
  CHECK_FALSE(assignableTo(BothChan, RecvChan));

  // Everything goes to interface{}.
  CHECK(assignableTo(MyInt, fx.u->emptyInterface));
  CHECK(assignableTo(fx.u->errorType, fx.u->emptyInterface));
  CHECK_FALSE(assignableTo(fx.u->emptyInterface, fx.u->errorType));
  CHECK_FALSE(assignableTo(fx.u->emptyInterface, fx.Int()));
}

TEST_CASE("convertibleTo follows the spec") {
  Fixture fx;
  auto b = [&](BasicKind k) { return fx.basic(k); };
  Named* MyInt = fx.named("MyInt", fx.Int());
  Named* MyFloat = fx.named("MyFloat", b(BasicKind::Float32));
  Named* MyStr = fx.named("MyStr", fx.String());
  Named* MyByte = fx.named("MyByte", b(BasicKind::Uint8));

  CHECK(convertibleTo(MyInt, fx.Int()));
  CHECK(convertibleTo(MyInt, MyFloat));
  CHECK(convertibleTo(b(BasicKind::Float64), b(BasicKind::Uint8)));
  CHECK(convertibleTo(b(BasicKind::Complex64), b(BasicKind::Complex128)));
  CHECK_FALSE(convertibleTo(b(BasicKind::Complex64), b(BasicKind::Float64)));
  CHECK_FALSE(convertibleTo(fx.Bool(), fx.Int()));
  CHECK_FALSE(convertibleTo(b(BasicKind::Float64), fx.String()));

  CHECK(convertibleTo(fx.Int(), fx.String()));
  CHECK(convertibleTo(MyInt, MyStr));
  CHECK(convertibleTo(fx.slice(fx.u->byteType), fx.String()));
  CHECK(convertibleTo(fx.slice(fx.u->runeType), MyStr));
  CHECK(convertibleTo(fx.slice(MyByte), fx.String()));
  CHECK(convertibleTo(fx.String(), fx.slice(fx.u->byteType)));
  CHECK(convertibleTo(MyStr, fx.slice(fx.u->runeType)));
  CHECK_FALSE(convertibleTo(fx.String(), fx.slice(fx.Int())));
  CHECK_FALSE(convertibleTo(fx.slice(fx.Int()), fx.String()));
  CHECK(convertibleTo(b(BasicKind::UntypedString), fx.slice(fx.u->byteType)));
  CHECK(convertibleTo(b(BasicKind::UntypedRune), fx.String()));

  // Pointers to types with identical underlying types.
  Named* P1 = fx.named("P1", fx.strct({{"x", fx.Int()}}));
  Named* P2 = fx.named("P2", fx.strct({{"x", fx.Int(), "json"}}));
  CHECK(convertibleTo(P1, P2));
  CHECK(convertibleTo(fx.ptr(P1), fx.ptr(P2)));
  CHECK_FALSE(convertibleTo(fx.ptr(P1), fx.ptr(fx.Int())));
  Named* NP1 = fx.named("NP1", fx.ptr(P1));
  CHECK_FALSE(convertibleTo(NP1, fx.ptr(P2)));

  // unsafe.Pointer
  Type* up = b(BasicKind::UnsafePointer);
  CHECK(convertibleTo(fx.ptr(fx.Int()), up));
  CHECK(convertibleTo(up, fx.ptr(fx.String())));
  CHECK(convertibleTo(b(BasicKind::Uintptr), up));
  CHECK(convertibleTo(up, b(BasicKind::Uintptr)));
  CHECK_FALSE(convertibleTo(fx.Int(), up));

  // Slices to arrays and array pointers.
  CHECK(convertibleTo(fx.slice(fx.Int()), fx.ptr(fx.array(fx.Int(), 4))));
  CHECK(convertibleTo(fx.slice(fx.Int()), fx.array(fx.Int(), 4)));
  CHECK_FALSE(convertibleTo(fx.slice(fx.Int()), fx.ptr(fx.array(fx.String(), 4))));

  // Interfaces.
  CHECK(convertibleTo(MyInt, fx.u->emptyInterface));
  CHECK_FALSE(convertibleTo(fx.u->emptyInterface, MyInt));
}
