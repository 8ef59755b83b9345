// Type expressions: names, pointers, arrays, slices, maps, channels, structs, function
// signatures and interfaces (types2's typexpr.go, signature.go, struct.go, interface.go).
#include <set>

#include "frontend/types/check_impl.h"

namespace golite {

using namespace ty;
using ast::NodeKind;

Var* Checker::Impl::newVar(const std::string& name, Pos pos, Type* t) {
  auto* v = ta.make<Var>();
  v->name = name;
  v->pos = pos;
  v->pkg = pkg;
  v->type = t;
  if (!funcs.empty()) v->declFunc = funcs.back().node;
  // REPL statements declare package-level variables
  if (inRepl && funcs.size() == 1 && scope == replScope) v->isGlobal = true;
  return v;
}

Pointer* Checker::Impl::newPointer(Type* t) { return ta.make<Pointer>(t); }
Slice* Checker::Impl::newSlice(Type* t) { return ta.make<Slice>(t); }
Tuple* Checker::Impl::newTuple(std::vector<Var*> vars) {
  auto* t = ta.make<Tuple>();
  t->vars = std::move(vars);
  return t;
}

Type* Checker::Impl::typ(ast::Expr* e) { return definedType(e, nullptr); }

// Whether an interface restricts its type set (type terms, comparable): such interfaces
// are constraints only. *cmp: because of comparable.
static bool constraintOnly(Type* t, bool* cmp, int depth = 0) {
  Type* u = underlying(t);
  if (!u || u->kind != TypeKind::Interface || depth > 32) return false;
  auto* it = u->as<Interface>();
  if (it->isComparableBuiltin) {
    *cmp = true;
    return true;
  }
  if (!it->unions.empty()) return true;
  for (Type* e : it->embeddeds)
    if (constraintOnly(e, cmp, depth + 1)) return true;
  return false;
}

Type* Checker::Impl::varType(ast::Expr* e) {
  Type* t = definedType(e, nullptr);
  bool cmp = false;
  if (constraintOnly(t, &cmp))
    errorAt(e, "cannot use type " + qualify(t) + " outside a type constraint: " +
                   (cmp ? "interface is (or embeds) comparable" : "interface contains type constraints"));
  return t;
}

Type* Checker::Impl::definedType(ast::Expr* e, Named* def) {
  Type* t = typInternal(e, def);
  if (!t) t = uni->basic[0];
  e->mode = ast::Mode::TypeExpr;
  e->type = t;
  return t;
}

static bool isInvalid(Type* t) {
  return !t || (t->kind == TypeKind::Basic && t->as<Basic>()->bkind == BasicKind::Invalid);
}

Type* Checker::Impl::typInternal(ast::Expr* e0, Named* def) {
  switch (e0->kind) {
    case NodeKind::BadExpr: return uni->basic[0];
    case NodeKind::Ident:
    case NodeKind::SelectorExpr: {
      Operand x;
      if (e0->kind == NodeKind::Ident) ident(x, e0->as<ast::Ident>(), def, true);
      else selector(x, e0->as<ast::SelectorExpr>());
      switch (x.mode) {
        case OpMode::TypeExpr:
          if (x.type->kind == TypeKind::Named && x.type->as<Named>()->generic) {
            errorAt(e0, "cannot use generic type " + genericString(x.type->as<Named>()->obj, x.type->as<Named>()->generic) +
                            " without instantiation");
            return uni->basic[0];
          }
          return x.type;
        case OpMode::Invalid: return uni->basic[0];
        case OpMode::NoValue: errorAt(e0, operandString(x) + " used as type"); return uni->basic[0];
        default: errorAt(e0, operandString(x) + " is not a type"); return uni->basic[0];
      }
    }
    case NodeKind::ParenExpr: return definedType(e0->as<ast::ParenExpr>()->x, def);
    case NodeKind::IndexExpr: {  // List[int]: an instance of a generic type
      auto* ix = e0->as<ast::IndexExpr>();
      Operand x;
      ast::Expr* base = ast::unparen(ix->x);
      if (base->kind == NodeKind::Ident) ident(x, base->as<ast::Ident>(), nullptr, true);
      else if (base->kind == NodeKind::SelectorExpr) selector(x, base->as<ast::SelectorExpr>());
      else exprOrType(x, base);
      if (x.mode == OpMode::Invalid) return uni->basic[0];
      if (x.mode != OpMode::TypeExpr || x.type->kind != TypeKind::Named || !x.type->as<Named>()->generic) {
        errorAt(ix->x, exprString(ix->x) + (x.mode == OpMode::TypeExpr ? " is not a generic type" : " is not a type"));
        return uni->basic[0];
      }
      base->mode = ast::Mode::TypeExpr;
      base->type = x.type;
      Named* gen = x.type->as<Named>();
      std::vector<Type*> targs = typeArgs(ix);
      for (Type* t : targs)
        if (isInvalid(t)) return uni->basic[0];
      if (!typeArgCount(gen->generic, "type " + exprString(ix->x), targs.size(), ix, false)) return uni->basic[0];
      std::vector<ast::Expr*> xlist{ix->index};
      xlist.insert(xlist.end(), ix->extra.begin(), ix->extra.end());
      if (!anyTypeParam(targs) && !checkTypeArgs(gen->generic, targs, xlist, ix->lbrack)) return uni->basic[0];
      return instantiateType(gen, targs, ix);
    }
    case NodeKind::ArrayType: {
      auto* a = e0->as<ast::ArrayType>();
      if (!a->len) return newSlice(varType(a->elem));
      if (a->len->kind == NodeKind::Ellipsis) {
        errorAt(a->len, "invalid use of [...] array (outside a composite literal)");
        varType(a->elem);
        return uni->basic[0];
      }
      int64_t n = arrayLength(a->len);
      Type* elem = varType(a->elem);
      if (n < 0) return uni->basic[0];
      return ta.make<Array>(elem, n);
    }
    case NodeKind::Ellipsis:
      errorAt(e0, "invalid use of '...'");
      return uni->basic[0];
    case NodeKind::StructType: return structType(e0->as<ast::StructType>());
    case NodeKind::StarExpr: {
      auto* p = ta.make<Pointer>(nullptr);
      p->elem = varType(e0->as<ast::StarExpr>()->x);
      return p;
    }
    case NodeKind::UnaryExpr: break;
    case NodeKind::FuncType: return funcType(e0->as<ast::FuncType>(), nullptr, nullptr, nullptr);
    case NodeKind::InterfaceType: return interfaceType(e0->as<ast::InterfaceType>(), def);
    case NodeKind::MapType: {
      auto* m = e0->as<ast::MapType>();
      Type* k = varType(m->key);
      Type* v = varType(m->value);
      auto* mt = ta.make<Map>(k, v);
      if (!isInvalid(k)) pendingMapKeys.push_back({m->key, mt});
      return mt;
    }
    case NodeKind::ChanType: {
      auto* c = e0->as<ast::ChanType>();
      return ta.make<Chan>(c->dir, varType(c->elem));
    }
    default: break;
  }
  errorAt(e0, exprString(e0) + " is not a type");
  return uni->basic[0];
}

int64_t Checker::Impl::arrayLength(ast::Expr* e) {
  if (e->kind == NodeKind::Ident) {
    auto* name = e->as<ast::Ident>();
    Object* obj = lookup(name->name);
    if (!obj) {
      errorAt(name, "undeclared name " + name->name + " for array length");
      return -1;
    }
    if (obj->kind != ObjKind::Const) {
      errorAt(name, "invalid array length " + name->name);
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != OpMode::Constant) {
    if (x.mode != OpMode::Invalid) errorAt(e, "array length " + operandString(x) + " must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    constant::Value v = constant::toInt(x.val);
    if (v.kind() == constant::Kind::Int) {
      if (constant::representable(v, constant::Repr::Int64)) {
        int64_t n;
        if (constant::int64Val(v, &n) && n >= 0) return n;
        errorAt(e, "invalid array length " + operandString(x));
        return -1;
      }
    }
  }
  errorAt(e, "array length " + operandString(x) + " must be integer");
  return -1;
}

// The name an embedded field takes from its type expression.
static ast::Ident* embeddedFieldIdent(ast::Expr* e) {
  e = ast::unparen(e);
  switch (e->kind) {
    case NodeKind::Ident: return e->as<ast::Ident>();
    case NodeKind::StarExpr: return embeddedFieldIdent(e->as<ast::StarExpr>()->x);
    case NodeKind::SelectorExpr: return e->as<ast::SelectorExpr>()->sel;
    case NodeKind::IndexExpr: return embeddedFieldIdent(e->as<ast::IndexExpr>()->x);  // Base[T]
    default: return nullptr;
  }
}

Struct* Checker::Impl::structType(ast::StructType* st) {
  auto* s = ta.make<Struct>();
  std::map<std::string, Var*> seen;
  auto add = [&](ast::Ident* id, Type* t, bool embedded, Pos pos, const std::string& tag) {
    auto* f = ta.make<Var>();
    f->name = id ? id->name : "_";
    f->pos = pos;
    f->pkg = pkg;
    f->type = t;
    f->isField = true;
    f->embedded = embedded;
    if (id && !embedded) {
      id->obj = f;
      id->defines = true;
    }
    if (f->name != "_") {
      auto it = seen.find(f->name);
      if (it != seen.end()) {
        error(pos, f->name + " redeclared\n\t" + (curFile ? (curFile->filename.find('/') == std::string::npos ? "./" : "") + curFile->filename : "") +
                       ":" + std::to_string(it->second->pos.line) + ":" + std::to_string(it->second->pos.col) +
                       ": other declaration of " + f->name);
      } else {
        seen[f->name] = f;
      }
    }
    s->fields.push_back(f);
    s->tags.push_back(tag);
  };
  for (auto& fld : st->fields) {
    std::string tag;
    if (fld.tag) tag = constant::stringVal(constant::makeFromLiteral(fld.tag->text, constant::LitKind::String));
    Type* t = varType(fld.typeExpr);
    if (!fld.names.empty()) {
      for (ast::Ident* id : fld.names) add(id, t, false, id->pos, tag);
      continue;
    }
    ast::Ident* name = embeddedFieldIdent(fld.typeExpr);
    if (!name) {
      errorAt(fld.typeExpr, "invalid embedded field type " + exprString(fld.typeExpr));
      continue;
    }
    Pos epos = startPos(fld.typeExpr);
    add(name, t, true, name->pos, tag);
    // embedded type restrictions
    bool isPtr = false;
    Type* base = deref(t, &isPtr);
    if (!isInvalid(t)) {
      Type* u = underlying(base);
      if (u && u->kind == TypeKind::Basic && u->as<Basic>()->bkind == BasicKind::UnsafePointer) {
        error(epos, "embedded field type cannot be unsafe.Pointer");
      } else if (isPtr && u && u->kind == TypeKind::Pointer) {
        error(epos, "embedded field type cannot be a pointer");
      } else if (isPtr && u && u->kind == TypeKind::Interface) {
        error(epos, "embedded field type cannot be a pointer to an interface");
      } else if (!isPtr && base->kind == TypeKind::Pointer) {
        error(epos, "embedded field type cannot be a pointer");
      }
    }
  }
  return s;
}

Signature* Checker::Impl::funcType(ast::FuncType* ft, ast::Field* recv, ast::Node* declFunc, Scope** scopeOut) {
  auto* sig = ta.make<Signature>();
  Scope* fs = nullptr;
  if (scopeOut) {
    fs = newScope(scope, "function");
    fs->isFunc = true;
    *scopeOut = fs;
  }
  auto mkParam = [&](ast::Ident* id, Type* t, Pos pos) {
    auto* v = ta.make<Var>();
    v->name = id ? id->name : "";
    v->pos = pos;
    v->pkg = pkg;
    v->type = t;
    v->isParam = true;
    v->used = true;
    v->declFunc = declFunc;
    if (id && fs) {
      declare(fs, id, v);
    } else if (id) {
      id->obj = id->name == "_" ? nullptr : v;
      id->defines = true;
    }
    return v;
  };
  if (recv) {
    Type* rt = varType(recv->typeExpr);
    ast::Ident* id = recv->names.empty() ? nullptr : recv->names[0];
    sig->recv = mkParam(id, rt, id ? id->pos : recv->pos);
  }
  auto collect = [&](std::vector<ast::Field>& list, bool variadicOk, bool* variadic) {
    std::vector<Var*> vars;
    for (size_t i = 0; i < list.size(); i++) {
      auto& f = list[i];
      ast::Expr* te = f.typeExpr;
      Type* t;
      if (te && te->kind == NodeKind::Ellipsis) {
        auto* el = te->as<ast::Ellipsis>();
        Type* et = varType(el->elt);
        if (variadicOk && i + 1 == list.size() && f.names.size() <= 1) {
          *variadic = true;
        } else {
          errorAt(te, "can only use ... with final parameter in list");
        }
        t = newSlice(et);
        te->mode = ast::Mode::TypeExpr;
        te->type = t;
      } else {
        t = varType(te);
      }
      if (f.names.empty()) {
        vars.push_back(mkParam(nullptr, t, f.pos));
      } else {
        for (ast::Ident* id : f.names) vars.push_back(mkParam(id, t, id->pos));
      }
    }
    return vars;
  };
  bool variadic = false, dummy = false;
  sig->params = newTuple(collect(ft->params, true, &variadic));
  sig->results = newTuple(collect(ft->results, false, &dummy));
  sig->variadic = variadic;
  ft->mode = ast::Mode::TypeExpr;
  ft->type = sig;
  return sig;
}

Interface* Checker::Impl::interfaceType(ast::InterfaceType* it, Named* def) {
  auto* iface = ta.make<Interface>();
  std::set<std::string> names;
  bool ok = true;
  // A defined interface type is its underlying type from here on, as in types2: its
  // methods' signatures may name types that embed it (`type I interface{ M() J }` with
  // `type J interface{ I }`). Those are completed once it is whole; an embedding cycle
  // (I embeds J embeds I) is validType's to report.
  if (def && !def->underlying) def->underlying = iface;
  iface->building = true;
  for (auto& m : it->methods) {
    if (m.names.empty()) {
      ast::Expr* te = ast::unparen(m.typeExpr);
      bool termSyntax = (te->kind == NodeKind::BinaryExpr && te->as<ast::BinaryExpr>()->op == ast::Tok::Or) ||
                        (te->kind == NodeKind::UnaryExpr && te->as<ast::UnaryExpr>()->op == ast::Tok::Tilde);
      if (termSyntax) {  // a constraint's type set: ~int | string
        iface->unions.emplace_back();
        typeTerms(m.typeExpr, iface->unions.back());
        continue;
      }
      Type* t = typ(m.typeExpr);
      if (isInvalid(t)) continue;
      Type* u = t->kind == TypeKind::Named ? t->as<Named>()->underlying : t;
      if (u && u->kind == TypeKind::Interface && !u->as<Interface>()->completed) {
        // Still being built (or waiting for one that is): completed later.
        ok = false;
        iface->embeddeds.push_back(t);
        continue;
      }
      if (!u) {
        // an interface embedding itself, directly or not
        Object* o = t->as<Named>()->obj;
        std::vector<Object*> cycle;
        for (size_t i = 0; i < objPath.size(); i++)
          if (objPath[i] == o) cycle.assign(objPath.begin() + i, objPath.end());
        if (cycle.empty()) cycle.push_back(o);
        cycleError(cycle);
        continue;
      }
      if (u->kind != TypeKind::Interface) {  // a single-type term: interface{ int }
        iface->unions.push_back({Interface::Term{false, t}});
        continue;
      }
      iface->embeddeds.push_back(t);
      continue;
    }
    ast::Ident* name = m.names[0];
    if (name->name == "_") {
      errorAt(name, "methods must have a unique non-blank name");
      continue;
    }
    auto* fn = ta.make<Func>();
    fn->name = name->name;
    fn->pos = name->pos;
    fn->pkg = pkg;
    fn->iface = iface;
    name->obj = fn;
    name->defines = true;
    Signature* sig = funcType(m.typeExpr->as<ast::FuncType>(), nullptr, nullptr, nullptr);
    // the receiver of an interface method is the interface (or its defined type)
    auto* rv = ta.make<Var>();
    rv->name = "";
    rv->pkg = pkg;
    rv->isParam = true;
    rv->type = def ? static_cast<Type*>(def) : iface;
    sig->recv = rv;
    fn->type = sig;
    if (!names.insert(fn->name).second) {
      error(name->pos, "duplicate method " + fn->name);
      continue;
    }
    iface->methods.push_back(fn);
  }
  iface->building = false;
  if (ok) complete(iface);
  else pendingIfaces.push_back(iface);
  return iface;
}

}  // namespace golite
