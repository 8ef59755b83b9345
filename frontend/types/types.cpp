// Type identity, predicates, assignability and conversions, interface completion and
// memory layout: the rules of the Go spec's "Properties of types and values" and of the
// gc compiler's amd64 layout. Mirrors go/types' predicates.go, operand.go (assignableTo),
// conversions.go (convertibleTo), typeset.go (method sets) and gcsizes.go.
//
// Printing lives in typestring.cpp, field and method lookup in lookup.cpp, the universe
// in universe.cpp.
#include <algorithm>
#include <climits>
#include <unordered_set>
#include <utility>

#include "frontend/types/types.h"

namespace golite::types {

namespace {

Basic* invalidType() {
  static Basic fallback(BasicKind::Invalid, 0, "invalid type");
  Universe* u = theUniverse();
  return u ? u->basic[int(BasicKind::Invalid)] : &fallback;
}

Basic* asBasic(Type* t) { return t && t->kind == TypeKind::Basic ? t->as<Basic>() : nullptr; }

bool hasName(Type* t) { return t->kind == TypeKind::Basic || t->kind == TypeKind::Named; }

}  // namespace

Type* underlying(Type* t) {
  // A Named's underlying is never a Named once resolved; while the checker is still
  // resolving `type A B; type B C`, follow the chain (bounded, against cycles).
  for (int i = 0; t && t->kind == TypeKind::Named; i++) {
    Type* u = t->as<Named>()->underlying;
    if (!u || i > 64) return invalidType();
    t = u;
  }
  return t;
}

// ---- identity ---------------------------------------------------------------------------

namespace {

// Spec "Type identity". ifaces holds the interface pairs being compared further up the
// stack: an interface may mention itself through its methods' signatures.
struct Identity {
  bool ignoreTags = false;
  std::vector<std::pair<Interface*, Interface*>> ifaces;

  bool tuples(Tuple* x, Tuple* y) {
    size_t nx = x ? x->vars.size() : 0, ny = y ? y->vars.size() : 0;
    if (nx != ny) return false;
    for (size_t i = 0; i < nx; i++) {
      if (!same(x->vars[i]->type, y->vars[i]->type)) return false;
    }
    return true;
  }

  bool same(Type* x, Type* y) {
    if (x == y) return true;
    if (!x || !y || x->kind != y->kind) return false;
    switch (x->kind) {
      case TypeKind::Basic:
        return x->as<Basic>()->bkind == y->as<Basic>()->bkind;
      case TypeKind::Named:
        return false;  // named types are identical only to themselves
      case TypeKind::TypeParam:
        return false;  // so are type parameters
      case TypeKind::Pointer:
        return same(x->as<Pointer>()->elem, y->as<Pointer>()->elem);
      case TypeKind::Slice:
        return same(x->as<Slice>()->elem, y->as<Slice>()->elem);
      case TypeKind::Array:
        return x->as<Array>()->len == y->as<Array>()->len && same(x->as<Array>()->elem, y->as<Array>()->elem);
      case TypeKind::Map:
        return same(x->as<Map>()->key, y->as<Map>()->key) && same(x->as<Map>()->elem, y->as<Map>()->elem);
      case TypeKind::Chan:
        return x->as<Chan>()->dir == y->as<Chan>()->dir && same(x->as<Chan>()->elem, y->as<Chan>()->elem);
      case TypeKind::Struct: {
        // Same sequence of fields: names, embedding, tags (unless ignored) and types; a
        // non-exported name is only the same as one from the same package.
        auto* a = x->as<Struct>();
        auto* b = y->as<Struct>();
        if (a->fields.size() != b->fields.size()) return false;
        for (size_t i = 0; i < a->fields.size(); i++) {
          Var* f = a->fields[i];
          Var* g = b->fields[i];
          if (f->embedded != g->embedded || f->id() != g->id()) return false;
          if (!ignoreTags) {
            const std::string& tf = i < a->tags.size() ? a->tags[i] : std::string();
            const std::string& tg = i < b->tags.size() ? b->tags[i] : std::string();
            if (tf != tg) return false;
          }
          if (!same(f->type, g->type)) return false;
        }
        return true;
      }
      case TypeKind::Tuple:
        return tuples(x->as<Tuple>(), y->as<Tuple>());
      case TypeKind::Signature: {
        // Parameter and result names and the receiver do not matter.
        auto* a = x->as<Signature>();
        auto* b = y->as<Signature>();
        return a->variadic == b->variadic && tuples(a->params, b->params) && tuples(a->results, b->results);
      }
      case TypeKind::Interface: {
        // Same method sets: same names (ids) and identical signatures. Both sets are sorted
        // the same way, so they can be compared pairwise.
        auto* a = x->as<Interface>();
        auto* b = y->as<Interface>();
        if (a->isComparableBuiltin != b->isComparableBuiltin) return false;
        complete(a);
        complete(b);
        if (a->allMethods.size() != b->allMethods.size()) return false;
        for (auto& p : ifaces) {
          if ((p.first == a && p.second == b) || (p.first == b && p.second == a)) return true;
        }
        ifaces.emplace_back(a, b);
        bool ok = true;
        for (size_t i = 0; ok && i < a->allMethods.size(); i++) {
          Func* f = a->allMethods[i];
          Func* g = b->allMethods[i];
          ok = f->id() == g->id() && same(f->type, g->type);
        }
        ifaces.pop_back();
        return ok;
      }
    }
    return false;
  }
};

bool identicalIgnoreTags(Type* x, Type* y) {
  Identity id;
  id.ignoreTags = true;
  return id.same(x, y);
}

}  // namespace

bool identical(Type* x, Type* y) { return Identity().same(x, y); }

// ---- predicates -------------------------------------------------------------------------

bool isBasic(Type* t, uint16_t info) {
  Basic* b = asBasic(underlying(t));
  return b && (b->info & info) != 0;
}

bool isUntyped(Type* t) { return isBasic(t, IsUntyped); }
bool isInterface(Type* t) {
  Type* u = underlying(t);
  return u && u->kind == TypeKind::Interface;
}
bool isString(Type* t) { return isBasic(t, IsString); }
bool isInteger(Type* t) { return isBasic(t, IsInteger); }
bool isUnsigned(Type* t) { return isBasic(t, IsUnsigned); }
bool isFloat(Type* t) { return isBasic(t, IsFloat); }
bool isNumeric(Type* t) { return isBasic(t, IsNumeric); }
bool isBoolean(Type* t) { return isBasic(t, IsBoolean); }

namespace {

// Types as deep as the source nests them (structs thousands deep compare as in Go); a
// named type met again on the path is an invalid recursive type, which the checker
// reports: it does not make its container incomparable.
bool comparableOn(Type* t, std::vector<Type*>& path) {
  if (t && t->kind == TypeKind::Named) {
    if (std::find(path.begin(), path.end(), t) != path.end()) return true;
    path.push_back(t);
    bool ok = comparableOn(underlying(t), path);
    path.pop_back();
    return ok;
  }
  Type* u = underlying(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic:
      return u->as<Basic>()->bkind != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
      return true;
    case TypeKind::Struct:
      for (Var* f : u->as<Struct>()->fields) {
        if (!comparableOn(f->type, path)) return false;
      }
      return true;
    case TypeKind::Array:
      return comparableOn(u->as<Array>()->elem, path);
    default:  // slices, maps, funcs, tuples
      return false;
  }
}

}  // namespace

bool comparable(Type* t) {
  std::vector<Type*> path;
  return comparableOn(t, path);
}

bool hasNil(Type* t) {
  Type* u = underlying(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic:
      return u->as<Basic>()->bkind == BasicKind::UnsafePointer;
    case TypeKind::Pointer:
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Interface:
      return true;
    default:
      return false;
  }
}

Type* defaultType(Type* t) {
  Basic* b = asBasic(t);
  if (!b) return t;
  BasicKind k;
  switch (b->bkind) {
    case BasicKind::UntypedBool: k = BasicKind::Bool; break;
    case BasicKind::UntypedInt: k = BasicKind::Int; break;
    case BasicKind::UntypedRune: k = BasicKind::Int32; break;
    case BasicKind::UntypedFloat: k = BasicKind::Float64; break;
    case BasicKind::UntypedComplex: k = BasicKind::Complex128; break;
    case BasicKind::UntypedString: k = BasicKind::String; break;
    default: return t;
  }
  Universe* u = theUniverse();
  return u ? u->basic[int(k)] : t;
}

// ---- assignability and conversions ------------------------------------------------------

bool assignableTo(Type* v, Type* t) {
  if (!v || !t) return false;
  if (identical(v, t)) return true;
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  // Invalid operands or targets were reported already; do not report them again.
  if (Basic* b = asBasic(vu); b && b->bkind == BasicKind::Invalid) return true;
  if (Basic* b = asBasic(tu); b && b->bkind == BasicKind::Invalid) return true;

  // An untyped value. For constants the checker also checks representability; here the
  // kinds must merely fit.
  if (Basic* vb = asBasic(vu); vb && (vb->info & IsUntyped)) {
    switch (tu->kind) {
      case TypeKind::Basic: {
        Basic* tb = tu->as<Basic>();
        if (vb->bkind == BasicKind::UntypedNil) return tb->bkind == BasicKind::UnsafePointer;
        if (tb->info & IsUntyped) {
          // Between untyped kinds only towards the "larger" kind (int < rune < float < complex).
          if (tb->bkind == BasicKind::UntypedNil) return false;
          if ((vb->info & IsNumeric) && (tb->info & IsNumeric)) return vb->bkind <= tb->bkind;
          return (vb->info & tb->info & (IsBoolean | IsString)) != 0;
        }
        if (vb->info & IsBoolean) return tb->info & IsBoolean;
        if (vb->info & IsString) return tb->info & IsString;
        return tb->info & IsNumeric;
      }
      case TypeKind::Interface:
        // nil, or a value whose default type (which has no methods) implements t.
        if (vb->bkind == BasicKind::UntypedNil) return true;
        complete(tu->as<Interface>());
        return tu->as<Interface>()->allMethods.empty() && !tu->as<Interface>()->isComparableBuiltin;
      case TypeKind::Pointer:
      case TypeKind::Signature:
      case TypeKind::Slice:
      case TypeKind::Map:
      case TypeKind::Chan:
        return vb->bkind == BasicKind::UntypedNil;
      default:
        return false;
    }
  }

  // Identical underlying types and at least one of v, t not a named type.
  if (identical(vu, tu) && (!hasName(v) || !hasName(t))) return true;

  // t is an interface and v implements it.
  if (tu->kind == TypeKind::Interface && !tu->as<Interface>()->isComparableBuiltin) {
    if (implements(v, tu->as<Interface>())) return true;
  }

  // A bidirectional channel assigned to a channel type with the same element type.
  if (vu->kind == TypeKind::Chan && vu->as<Chan>()->dir == ast::ChanDir::Both && tu->kind == TypeKind::Chan) {
    if (identical(vu->as<Chan>()->elem, tu->as<Chan>()->elem)) return !hasName(v) || !hasName(t);
  }
  return false;
}

namespace {

bool isBytesOrRunes(Type* t) {
  Type* u = underlying(t);
  if (!u || u->kind != TypeKind::Slice) return false;
  Basic* e = asBasic(underlying(u->as<Slice>()->elem));
  return e && (e->bkind == BasicKind::Uint8 || e->bkind == BasicKind::Int32);
}

bool isBasicKind(Type* u, BasicKind k) {
  Basic* b = asBasic(u);
  return b && b->bkind == k;
}

}  // namespace

bool convertibleTo(Type* v, Type* t) {
  if (!v || !t) return false;
  if (assignableTo(v, t)) return true;
  Type* vu = underlying(v);
  Type* tu = underlying(t);

  // Identical underlying types, ignoring struct tags.
  if (identicalIgnoreTags(vu, tu)) return true;

  // Unnamed pointer types whose base types have identical underlying types (tags ignored).
  if (v->kind == TypeKind::Pointer && t->kind == TypeKind::Pointer) {
    if (identicalIgnoreTags(underlying(v->as<Pointer>()->elem), underlying(t->as<Pointer>()->elem))) return true;
  }

  // Numeric conversions: integer or float to integer or float, complex to complex.
  if (isBasic(vu, IsInteger | IsFloat) && isBasic(tu, IsInteger | IsFloat)) return true;
  if (isBasic(vu, IsComplex) && isBasic(tu, IsComplex)) return true;

  // Strings: from an integer (a rune) or []byte/[]rune, and to []byte/[]rune.
  if ((isBasic(vu, IsInteger) || isBytesOrRunes(vu)) && isBasic(tu, IsString)) return true;
  if (isBasic(vu, IsString) && isBytesOrRunes(tu)) return true;

  // unsafe.Pointer to and from any pointer or uintptr.
  if ((vu->kind == TypeKind::Pointer || isBasicKind(vu, BasicKind::Uintptr)) &&
      isBasicKind(tu, BasicKind::UnsafePointer)) {
    return true;
  }
  if (isBasicKind(vu, BasicKind::UnsafePointer) &&
      (tu->kind == TypeKind::Pointer || isBasicKind(tu, BasicKind::Uintptr))) {
    return true;
  }

  // A slice to an array (Go 1.20) or to a pointer to an array (Go 1.17) of the same
  // element type.
  if (vu->kind == TypeKind::Slice) {
    Type* elem = vu->as<Slice>()->elem;
    if (tu->kind == TypeKind::Array && identical(elem, tu->as<Array>()->elem)) return true;
    if (tu->kind == TypeKind::Pointer) {
      Type* a = underlying(tu->as<Pointer>()->elem);
      if (a->kind == TypeKind::Array && identical(elem, a->as<Array>()->elem)) return true;
    }
  }
  return false;
}

// ---- interfaces -------------------------------------------------------------------------

bool methodLess(const Object* a, const Object* b) {
  // The gc compiler's order (types.Sym.Less): exported names first, then by name, then
  // (for non-exported names) by package path.
  bool ea = a->exported(), eb = b->exported();
  if (ea != eb) return ea;
  if (a->name != b->name) return a->name < b->name;
  if (ea) return false;
  const std::string& pa = a->pkg ? a->pkg->path : std::string();
  const std::string& pb = b->pkg ? b->pkg->path : std::string();
  return pa < pb;
}

void complete(Interface* iface) {
  if (iface->completed || iface->building) return;
  // An interface that embeds itself is an error the checker reports; do not loop on it.
  thread_local std::unordered_set<Interface*> inProgress;
  if (!inProgress.insert(iface).second) return;

  std::vector<Func*> all;
  std::unordered_set<std::string> ids;
  auto add = [&](Func* m) {
    if (ids.insert(m->id()).second) all.push_back(m);
  };
  for (Func* m : iface->methods) add(m);
  for (Type* e : iface->embeddeds) {
    Type* u = underlying(e);
    if (!u || u->kind != TypeKind::Interface) continue;
    auto* ei = u->as<Interface>();
    complete(ei);
    if (ei->isComparableBuiltin) iface->isComparableBuiltin = true;
    // Overlapping embedded methods (Go 1.14) must have identical signatures; the checker
    // reports those that do not. The first one wins here.
    for (Func* m : ei->allMethods) add(m);
  }
  std::stable_sort(all.begin(), all.end(), [](Func* a, Func* b) { return methodLess(a, b); });
  iface->allMethods = std::move(all);
  inProgress.erase(iface);
  iface->completed = true;
}

// ---- layout -----------------------------------------------------------------------------

namespace {

constexpr int64_t kMaxSize = INT64_MAX;

int64_t addSat(int64_t a, int64_t b) { return a > kMaxSize - b ? kMaxSize : a + b; }
int64_t mulSat(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  return a > kMaxSize / b ? kMaxSize : a * b;
}
int64_t roundUp(int64_t x, int64_t a) {
  int64_t r = addSat(x, a - 1);
  return r == kMaxSize ? kMaxSize : r / a * a;
}

void layout(Type* t);

void layoutStruct(Struct* s) {
  int64_t off = 0, maxAlign = 1;
  s->offsets.clear();
  for (Var* f : s->fields) {
    layout(f->type);
    int64_t a = f->type->align_, sz = f->type->size_;
    off = roundUp(off, a);
    s->offsets.push_back(off);
    off = addSat(off, sz);
    maxAlign = std::max(maxAlign, a);
  }
  // gc pads a non-empty struct ending in a zero-size field, so that the field's address
  // never points past the object (Go issue 9401).
  if (off > 0 && !s->fields.empty() && s->fields.back()->type->size_ == 0) off = addSat(off, 1);
  s->size_ = roundUp(off, maxAlign);
  s->align_ = maxAlign;
}

void setLayout(Type* t, int64_t size, int64_t align) {
  t->size_ = size;
  t->align_ = align;
}

void basicLayout(Basic* b) {
  switch (b->bkind) {
    case BasicKind::Bool:
    case BasicKind::Int8:
    case BasicKind::Uint8:
      return setLayout(b, 1, 1);
    case BasicKind::Int16:
    case BasicKind::Uint16:
      return setLayout(b, 2, 2);
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32:
    case BasicKind::UntypedRune:
      return setLayout(b, 4, 4);
    case BasicKind::Complex64:
      return setLayout(b, 8, 4);
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex:
      return setLayout(b, 16, 8);
    case BasicKind::String:
    case BasicKind::UntypedString:
      return setLayout(b, 16, 8);
    case BasicKind::UntypedBool:
      return setLayout(b, 1, 1);
    case BasicKind::Invalid:
      return setLayout(b, 1, 1);
    default:  // int, int64, uint, uint64, uintptr, float64, unsafe.Pointer, untyped int/float/nil
      return setLayout(b, 8, 8);
  }
}

void layout(Type* t) {
  if (t->size_ >= 0) return;
  if (t->size_ == -2) return setLayout(t, 0, 1);  // an invalid recursive type
  t->size_ = -2;
  switch (t->kind) {
    case TypeKind::Basic:
      return basicLayout(t->as<Basic>());
    case TypeKind::Named: {
      Type* u = underlying(t);
      layout(u);
      return setLayout(t, u->size_, u->align_);
    }
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
      return setLayout(t, 8, 8);
    case TypeKind::Slice:
      return setLayout(t, 24, 8);
    case TypeKind::Interface:
      return setLayout(t, 16, 8);
    case TypeKind::Array: {
      auto* a = t->as<Array>();
      layout(a->elem);
      return setLayout(t, mulSat(a->elem->size_, std::max<int64_t>(a->len, 0)), a->elem->align_);
    }
    case TypeKind::Struct:
      return layoutStruct(t->as<Struct>());
    case TypeKind::Tuple: {
      int64_t off = 0, maxAlign = 1;
      for (Var* v : t->as<Tuple>()->vars) {
        layout(v->type);
        off = addSat(roundUp(off, v->type->align_), v->type->size_);
        maxAlign = std::max(maxAlign, v->type->align_);
      }
      return setLayout(t, roundUp(off, maxAlign), maxAlign);
    }
  }
}

}  // namespace

int64_t sizeOf(Type* t) {
  layout(t);
  return t->size_;
}

int64_t alignOf(Type* t) {
  layout(t);
  return t->align_;
}

const std::vector<int64_t>& offsetsOf(Struct* s) {
  layout(s);
  if (s->offsets.size() != s->fields.size()) layoutStruct(s);
  return s->offsets;
}

}  // namespace golite::types
