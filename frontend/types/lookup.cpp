// Field and method lookup through embedded fields, and interface satisfaction.
// Mirrors go/types' lookup.go.
//
// Lookup is breadth-first over embedding depth (spec "Selectors"): at depth 0 the type's
// own methods and fields, at depth 1 those of its embedded fields, and so on. The first
// depth holding the name decides; two hits at that depth (or one hit reached through an
// embedded type that occurs twice at the depth) make the selector ambiguous. A type seen
// once is not searched again (embedding cycles through pointers end there).
//
// Method sets (spec "Method sets"): T has the value-receiver methods of T, *T all methods;
// a method promoted through an embedded *E, or reached through any pointer on the way,
// counts as reachable through a pointer, so pointer-receiver methods promoted that way
// belong to T's method set too.
#include <unordered_set>

#include "frontend/types/types.h"

namespace golite::types {

namespace {

// Reports whether obj denotes name as seen from package pkg: a non-exported name matches
// only in its own package.
bool sameId(const Object* obj, const Package* pkg, const std::string& name) {
  if (obj->name != name) return false;
  if (obj->exported()) return true;
  if (!pkg || !obj->pkg) return pkg == obj->pkg;
  return pkg->path == obj->pkg->path;
}

struct EmbeddedType {
  Type* typ;
  std::vector<int> index;  // the embedded field path leading here
  bool indirect;           // a pointer was followed on the way
  bool multiples;          // typ occurs more than once at this depth
};

// Merges entries of identical types at one depth, marking them as multiples.
std::vector<EmbeddedType> consolidateMultiples(std::vector<EmbeddedType> list) {
  if (list.size() <= 1) return list;
  std::vector<EmbeddedType> out;
  for (auto& e : list) {
    bool found = false;
    for (auto& o : out) {
      if (identical(o.typ, e.typ)) {
        o.multiples = true;
        found = true;
        break;
      }
    }
    if (!found) out.push_back(std::move(e));
  }
  return out;
}

std::pair<Type*, bool> deref(Type* t) {
  if (t && t->kind == TypeKind::Pointer) return {t->as<Pointer>()->elem, true};
  return {t, false};
}

Func* lookupInterfaceMethod(Interface* it, const Package* pkg, const std::string& name) {
  complete(it);
  for (Func* m : it->allMethods) {
    if (sameId(m, pkg, name)) return m;
  }
  return nullptr;
}

// go/types' lookupFieldOrMethod. Results as there: obj found; obj null with *ambiguous
// set on a collision; obj null with *indirect set when a pointer-receiver method was
// found but x is neither a pointer nor addressable.
Object* lookupImpl(Type* T, bool addressable, const Package* pkg, const std::string& name,
                   std::vector<int>& index, bool& indirect, bool& ambiguous) {
  index.clear();
  indirect = false;
  ambiguous = false;
  if (name == "_") return nullptr;

  auto [typ, isPtr] = deref(T);
  // *I where I is an interface has no methods.
  if (isPtr && isInterface(typ)) return nullptr;

  std::vector<EmbeddedType> current{{typ, {}, isPtr, false}};
  std::unordered_set<Named*> seen;
  Object* obj = nullptr;

  auto hit = [&](Object* o, const EmbeddedType& e, int fieldIndex) -> bool {
    index = e.index;
    if (fieldIndex >= 0) index.push_back(fieldIndex);
    if (obj || e.multiples) {
      ambiguous = true;
      return false;
    }
    obj = o;
    indirect = e.indirect;
    return true;
  };

  while (!current.empty()) {
    std::vector<EmbeddedType> next;
    for (const EmbeddedType& e : current) {
      Type* t = e.typ;
      if (!t) continue;
      if (t->kind == TypeKind::Named) {
        auto* named = t->as<Named>();
        if (!seen.insert(named).second) continue;
        Func* method = nullptr;
        for (Func* m : named->methods) {
          if (sameId(m, pkg, name)) {
            method = m;
            break;
          }
        }
        if (method) {
          if (!hit(method, e, -1)) return nullptr;
          continue;  // a type cannot have both a method and a field (or interface method) named so
        }
      }
      Type* u = underlying(t);
      if (u->kind == TypeKind::Struct) {
        auto& fields = u->as<Struct>()->fields;
        for (int i = 0; i < int(fields.size()); i++) {
          Var* f = fields[i];
          if (sameId(f, pkg, name)) {
            if (!hit(f, e, i)) return nullptr;
            continue;
          }
          // Search embedded fields at the next depth, unless something matched already (then
          // it is either the answer or a collision at this depth).
          if (!obj && f->embedded) {
            auto [ft, fptr] = deref(f->type);
            std::vector<int> idx = e.index;
            idx.push_back(i);
            next.push_back({ft, std::move(idx), e.indirect || fptr, e.multiples});
          }
        }
      } else if (u->kind == TypeKind::Interface) {
        if (Func* m = lookupInterfaceMethod(u->as<Interface>(), pkg, name)) {
          if (!hit(m, e, -1)) return nullptr;
        }
      }
    }
    if (obj) {
      // spec: x.m() with a pointer-receiver m needs x addressable (then it is (&x).m()) or a
      // pointer on the way.
      if (obj->kind == ObjKind::Func && obj->as<Func>()->ptrRecv && !indirect && !addressable) {
        index.clear();
        indirect = true;
        return nullptr;
      }
      return obj;
    }
    current = consolidateMultiples(std::move(next));
  }
  return nullptr;
}

}  // namespace

Object* lookupFieldOrMethod(Type* t, bool addressable, const Package* pkg, const std::string& name,
                            std::vector<int>* index, bool* indirect, bool* ambiguous) {
  std::vector<int> idx;
  bool ind = false, amb = false;
  Object* obj = nullptr;
  if (t) {
    // Methods cannot belong to a named pointer type: for `type P *S`, p.f finds S's fields
    // but not S's methods.
    if (t->kind == TypeKind::Named && underlying(t)->kind == TypeKind::Pointer) {
      obj = lookupImpl(underlying(t), false, pkg, name, idx, ind, amb);
      if (obj && obj->kind == ObjKind::Func) {
        obj = nullptr;
        idx.clear();
        ind = false;
      }
    } else {
      obj = lookupImpl(t, addressable, pkg, name, idx, ind, amb);
    }
  }
  if (index) *index = std::move(idx);
  if (indirect) *indirect = ind;
  if (ambiguous) *ambiguous = amb;
  return obj;
}

bool implements(Type* t, Interface* iface, Func** missing, bool* wrongType, bool* ptrRecv) {
  if (missing) *missing = nullptr;
  if (wrongType) *wrongType = false;
  if (ptrRecv) *ptrRecv = false;
  complete(iface);
  Type* u = underlying(t);
  if (!u || (u->kind == TypeKind::Basic && u->as<Basic>()->bkind == BasicKind::Invalid)) return true;

  auto fail = [&](Func* m, bool wrong, bool ptr) {
    if (missing) *missing = m;
    if (wrongType) *wrongType = wrong;
    if (ptrRecv) *ptrRecv = ptr;
    return false;
  };

  if (u->kind == TypeKind::Interface) {
    // An interface implements iface when its method set is a superset.
    auto* ut = u->as<Interface>();
    for (Func* m : iface->allMethods) {
      Func* f = lookupInterfaceMethod(ut, m->pkg, m->name);
      if (!f) return fail(m, false, false);
      if (!identical(f->type, m->type)) return fail(m, true, false);
    }
    return true;
  }

  for (Func* m : iface->allMethods) {
    std::vector<int> idx;
    bool indirect = false;
    Object* obj = lookupFieldOrMethod(t, false, m->pkg, m->name, &idx, &indirect);
    bool found = obj != nullptr;
    // Not in T's method set: in *T's? (Then the method has a pointer receiver.)
    if (!found) obj = lookupFieldOrMethod(t, true, m->pkg, m->name, &idx, &indirect);
    if (!obj || obj->kind != ObjKind::Func) return fail(m, false, false);
    if (!found) return fail(m, true, true);
    if (!identical(obj->type, m->type)) return fail(m, true, false);
  }
  return true;
}

bool assertableTo(Interface* iface, Type* t, Func** missing) {
  if (missing) *missing = nullptr;
  // x.(T) with an interface T is checked at run time only.
  if (isInterface(t)) return true;
  return implements(t, iface, missing);
}

}  // namespace golite::types
