// The universe scope and the small pieces every scope and object needs.
//
// The universe holds what the spec calls predeclared identifiers: the basic types (with
// `byte` and `rune` as aliases of uint8 and int32), `error`, `any`, `comparable`, the
// constants true/false/iota, nil, and the builtin functions. Mirrors go/types' universe.go.
//
// One universe is built per TypeArena and owned by it; a registry maps arenas to their
// universes and forgets an arena's entry when the arena dies (a sentinel object in the
// arena's storage does that from its destructor), so a new arena at a recycled address
// never sees a dead universe.
#include <mutex>
#include <unordered_map>

#include "frontend/types/types.h"

namespace golite::types {

// ---- objects and scopes ----------------------------------------------------------------

std::string Object::id() const {
  if (exported()) return name;
  std::string path = (pkg && !pkg->path.empty()) ? pkg->path : "_";
  return path + "." + name;
}

Object* Scope::lookupParent(const std::string& name) const {
  for (const Scope* s = this; s; s = s->parent) {
    if (Object* obj = s->lookup(name)) return obj;
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = elems.emplace(obj->name, obj);
  if (!inserted) return it->second;
  ordered.push_back(obj);
  if (!obj->parent) obj->parent = this;
  return nullptr;
}

Scope* TypeArena::newScope(Scope* parent, std::string comment) {
  Scope* s = make<Scope>();
  s->parent = parent;
  s->comment = std::move(comment);
  if (parent) parent->children.push_back(s);
  return s;
}

// ---- the universe ----------------------------------------------------------------------

namespace {

struct BasicDef {
  BasicKind kind;
  uint16_t info;
  const char* name;
};

// Indexed by BasicKind. unsafe.Pointer is not in the universe scope (the checker's unsafe
// package declares it) but lives here so every arena has exactly one of each basic type.
const BasicDef kBasics[] = {
    {BasicKind::Invalid, 0, "invalid type"},
    {BasicKind::Bool, IsBoolean, "bool"},
    {BasicKind::Int, IsInteger, "int"},
    {BasicKind::Int8, IsInteger, "int8"},
    {BasicKind::Int16, IsInteger, "int16"},
    {BasicKind::Int32, IsInteger, "int32"},
    {BasicKind::Int64, IsInteger, "int64"},
    {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
    {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
    {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
    {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
    {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
    {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
    {BasicKind::Float32, IsFloat, "float32"},
    {BasicKind::Float64, IsFloat, "float64"},
    {BasicKind::Complex64, IsComplex, "complex64"},
    {BasicKind::Complex128, IsComplex, "complex128"},
    {BasicKind::String, IsString, "string"},
    {BasicKind::UnsafePointer, 0, "unsafe.Pointer"},
    {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
    {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
    {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
    {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
    {BasicKind::UntypedComplex, IsComplex | IsUntyped, "untyped complex"},
    {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
    {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
};
static_assert(std::size(kBasics) == size_t(BasicKind::UntypedNil) + 1);

struct BuiltinDef {
  BuiltinId id;
  const char* name;
};

const BuiltinDef kBuiltins[] = {
    {BuiltinId::Append, "append"},   {BuiltinId::Cap, "cap"},         {BuiltinId::Clear, "clear"},
    {BuiltinId::Close, "close"},     {BuiltinId::Complex, "complex"}, {BuiltinId::Copy, "copy"},
    {BuiltinId::Delete, "delete"},   {BuiltinId::Imag, "imag"},       {BuiltinId::Len, "len"},
    {BuiltinId::Make, "make"},       {BuiltinId::Max, "max"},         {BuiltinId::Min, "min"},
    {BuiltinId::New, "new"},         {BuiltinId::Panic, "panic"},     {BuiltinId::Print, "print"},
    {BuiltinId::Println, "println"}, {BuiltinId::Real, "real"},       {BuiltinId::Recover, "recover"},
};

std::mutex registryMu;
std::unordered_map<const TypeArena*, Universe*> registry;
Universe* latest = nullptr;

// Lives in the arena's storage; dying with the arena, it unregisters the arena's universe.
struct RegistryEntry {
  const TypeArena* arena;
  Universe* u;
  ~RegistryEntry() {
    std::lock_guard<std::mutex> lock(registryMu);
    registry.erase(arena);
    if (latest == u) latest = nullptr;
  }
};

TypeName* declareType(TypeArena& arena, Scope* scope, const char* name, Type* t, bool alias) {
  auto* obj = arena.make<TypeName>();
  obj->name = name;
  obj->type = t;
  obj->isAlias = alias;
  scope->insert(obj);
  return obj;
}

Universe* build(TypeArena& arena) {
  auto* u = arena.make<Universe>();
  u->scope = arena.newScope(nullptr, "universe");
  Scope* s = u->scope;

  for (const BasicDef& d : kBasics) u->basic[int(d.kind)] = arena.make<Basic>(d.kind, d.info, d.name);
  for (int k = int(BasicKind::Bool); k <= int(BasicKind::String); k++) {
    declareType(arena, s, u->basic[k]->name, u->basic[k], false);
  }
  u->byteType = u->basic[int(BasicKind::Uint8)];
  u->runeType = u->basic[int(BasicKind::Int32)];
  declareType(arena, s, "byte", u->byteType, true);
  declareType(arena, s, "rune", u->runeType, true);

  // type error interface { Error() string }
  auto* errorObj = arena.make<TypeName>();
  errorObj->name = "error";
  auto* errorType = arena.make<Named>();
  errorType->obj = errorObj;
  errorObj->type = errorType;
  auto* errorIface = arena.make<Interface>();
  auto* recv = arena.make<Var>();
  recv->type = errorType;
  recv->isParam = true;
  auto* result = arena.make<Var>();
  result->type = u->basic[int(BasicKind::String)];
  result->isParam = true;
  auto* sig = arena.make<Signature>();
  sig->recv = recv;
  sig->params = arena.make<Tuple>();
  sig->results = arena.make<Tuple>();
  sig->results->vars.push_back(result);
  auto* errorMethod = arena.make<Func>();
  errorMethod->name = "Error";
  errorMethod->type = sig;
  errorMethod->iface = errorIface;
  errorIface->methods.push_back(errorMethod);
  errorType->underlying = errorIface;
  complete(errorIface);
  s->insert(errorObj);
  u->errorType = errorType;
  u->errorMethod = errorMethod;

  u->emptyInterface = arena.make<Interface>();
  complete(u->emptyInterface);
  declareType(arena, s, "any", u->emptyInterface, true);

  // comparable: only valid as a type constraint.
  auto* cmpObj = arena.make<TypeName>();
  cmpObj->name = "comparable";
  auto* cmpType = arena.make<Named>();
  cmpType->obj = cmpObj;
  cmpObj->type = cmpType;
  auto* cmpIface = arena.make<Interface>();
  cmpIface->isComparableBuiltin = true;
  complete(cmpIface);
  cmpType->underlying = cmpIface;
  s->insert(cmpObj);
  u->comparableType = cmpType;

  struct {
    const char* name;
    BasicKind kind;
    constant::Value val;
  } consts[] = {
      {"true", BasicKind::UntypedBool, constant::makeBool(true)},
      {"false", BasicKind::UntypedBool, constant::makeBool(false)},
      // iota's value depends on where it is used; the checker supplies it.
      {"iota", BasicKind::UntypedInt, constant::makeInt64(0)},
  };
  for (auto& c : consts) {
    auto* obj = arena.make<Const>();
    obj->name = c.name;
    obj->type = u->basic[int(c.kind)];
    obj->val = c.val;
    s->insert(obj);
  }

  auto* nil = arena.make<Nil>();
  nil->name = "nil";
  nil->type = u->basic[int(BasicKind::UntypedNil)];
  s->insert(nil);

  for (const BuiltinDef& d : kBuiltins) {
    auto* obj = arena.make<Builtin>();
    obj->name = d.name;
    obj->id = d.id;
    obj->type = u->basic[int(BasicKind::Invalid)];
    s->insert(obj);
  }

  auto* unsafe = arena.make<Package>();
  unsafe->path = unsafe->name = "unsafe";
  unsafe->scope = arena.newScope(nullptr, "package unsafe");
  unsafe->checked = true;
  declareType(arena, unsafe->scope, "Pointer", u->basic[int(BasicKind::UnsafePointer)], false)->pkg = unsafe;
  const BuiltinDef unsafeFuncs[] = {{BuiltinId::Sizeof, "Sizeof"}, {BuiltinId::Alignof, "Alignof"},
                                    {BuiltinId::Offsetof, "Offsetof"}, {BuiltinId::Add, "Add"},
                                    {BuiltinId::Slice, "Slice"}, {BuiltinId::String, "String"},
                                    {BuiltinId::StringData, "StringData"}, {BuiltinId::SliceData, "SliceData"}};
  for (const BuiltinDef& d : unsafeFuncs) {
    auto* obj = arena.make<Builtin>();
    obj->name = d.name;
    obj->id = d.id;
    obj->pkg = unsafe;
    obj->type = u->basic[int(BasicKind::Invalid)];
    unsafe->scope->insert(obj);
  }
  u->unsafePkg = unsafe;
  return u;
}

}  // namespace

Universe* universe(TypeArena& arena) {
  {
    std::lock_guard<std::mutex> lock(registryMu);
    auto it = registry.find(&arena);
    if (it != registry.end()) {
      latest = it->second;
      return it->second;
    }
  }
  Universe* u = build(arena);
  arena.make<RegistryEntry>(&arena, u);
  std::lock_guard<std::mutex> lock(registryMu);
  registry[&arena] = u;
  latest = u;
  return u;
}

Universe* theUniverse() {
  std::lock_guard<std::mutex> lock(registryMu);
  return latest;
}

}  // namespace golite::types
