// Generics: type parameters, constraints, type inference and instantiation.
//
// How golite implements them: full instantiation ("monomorphization"), not gc's GC-shape
// stenciling with dictionaries. An instance F[int] of a generic function is a copy of F's
// declaration (ast::cloneFuncDecl) checked in a scope where each type parameter's name is
// an alias of its type argument: inside F[int], `T` simply is `int`. The compiler and the
// escape analysis then see an ordinary function (Package::instances lists them), so every
// operation in an instance is compiled for its concrete types at full speed, with no
// dictionary lookups and no boxing, and the register VM needs nothing new. The price is
// code size: each distinct type-argument list gets its own copy (bench/generics measures
// 200 instantiations). Instances are made once per type-argument list and shared by
// every package (Generic::instances).
//
// A generic type List[T] works the same way: each instance is a Named of its own whose
// underlying type is the declaration's type expression checked with T bound, and whose
// methods are copies of the generic methods, made with the instance.
//
// The generic declaration itself is checked only as far as inference needs: its type
// parameters (TypeParam types) with their constraints, and its signature in terms of
// them. Its body is checked in each instance; an error there is reported at the generic
// source's position, as go reports errors of generic bodies. A body no instance reaches
// is checked once with the parameters as they are (checkUninstantiated), for the errors
// that do not depend on what the parameters allow.
//
// Inference, in Go 1.21's order: typed arguments are unified with the parameter types;
// constraints with a core type (`~[]E`) infer more (S known gives E, E known gives S);
// type parameters still free take the default type of the untyped constants passed for
// them (the "largest" kind: int < rune < float < complex); core types once more.
//
// The checker that owns the generic declaration (its package's) makes the instances, so
// an instance's names resolve in its own package; bodies are checked later, from
// Universe::pendingInstances, which every checker drains before it finishes a package.
#include <algorithm>

#include "frontend/syntax/clone.h"
#include "frontend/types/check_impl.h"

namespace golite {

using namespace ty;
using ast::NodeKind;

namespace {

bool isInvalidT(Type* t) { return !t || (t->kind == TypeKind::Basic && t->as<Basic>()->bkind == BasicKind::Invalid); }

bool sameTypes(const std::vector<Type*>& a, const std::vector<Type*>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (!identical(a[i], b[i])) return false;
  return true;
}

// Whether t mentions a type parameter (an instance made while checking a generic
// signature is "open": it stands for its shape only and gets no methods).
bool hasTypeParam(Type* t, int depth = 0) {
  if (!t || depth > 32) return false;
  switch (t->kind) {
    case TypeKind::TypeParam: return true;
    case TypeKind::Named:
      for (Type* a : t->as<Named>()->targs)
        if (hasTypeParam(a, depth + 1)) return true;
      return false;
    case TypeKind::Pointer: return hasTypeParam(t->as<Pointer>()->elem, depth + 1);
    case TypeKind::Slice: return hasTypeParam(t->as<Slice>()->elem, depth + 1);
    case TypeKind::Array: return hasTypeParam(t->as<Array>()->elem, depth + 1);
    case TypeKind::Chan: return hasTypeParam(t->as<Chan>()->elem, depth + 1);
    case TypeKind::Map: return hasTypeParam(t->as<Map>()->key, depth + 1) || hasTypeParam(t->as<Map>()->elem, depth + 1);
    case TypeKind::Tuple:
      for (Var* v : t->as<Tuple>()->vars)
        if (hasTypeParam(v->type, depth + 1)) return true;
      return false;
    case TypeKind::Signature: {
      auto* s = t->as<Signature>();
      return hasTypeParam(s->params, depth + 1) || hasTypeParam(s->results, depth + 1);
    }
    case TypeKind::Struct:
      for (Var* f : t->as<Struct>()->fields)
        if (hasTypeParam(f->type, depth + 1)) return true;
      return false;
    default: return false;
  }
}

// The names a generic method's receiver gives the type's parameters: (l *List[T, _]).
std::vector<ast::Ident*> receiverTypeParams(ast::FuncDecl* fd) {
  std::vector<ast::Ident*> names;
  ast::Expr* rt = ast::unparen(fd->recv->typeExpr);
  if (rt && rt->kind == NodeKind::StarExpr) rt = ast::unparen(rt->as<ast::StarExpr>()->x);
  if (!rt || rt->kind != NodeKind::IndexExpr) return names;
  auto* ix = rt->as<ast::IndexExpr>();
  auto add = [&](ast::Expr* e) {
    e = ast::unparen(e);
    names.push_back(e && e->kind == NodeKind::Ident ? e->as<ast::Ident>() : nullptr);
  };
  add(ix->index);
  for (ast::Expr* e : ix->extra) add(e);
  return names;
}

std::vector<ast::Ident*> paramNames(const std::vector<ast::Field>& fields) {
  std::vector<ast::Ident*> names;
  for (auto& f : fields)
    for (ast::Ident* id : f.names) names.push_back(id);
  return names;
}

}  // namespace

bool anyTypeParam(const std::vector<Type*>& ts) {
  for (Type* t : ts)
    if (hasTypeParam(t)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// declarations

// Declares the type parameters of a generic declaration in a new scope (returned in
// *scopeOut, a child of the current scope) and checks their constraints.
Generic* Checker::Impl::newGeneric(ast::Node* declNode, const std::vector<ast::Field>& params, Scope** scopeOut) {
  auto* g = ta.make<Generic>();
  g->decl = declNode;
  g->scope = scope;
  g->file = curFile;
  g->checker = this;
  Scope* s = newScope(scope, "type parameters");
  for (auto& f : params) {
    for (ast::Ident* id : f.names) {
      auto* tn = ta.make<TypeName>();
      tn->name = id->name;
      tn->pos = id->pos;
      tn->pkg = pkg;
      auto* tp = ta.make<TypeParam>();
      tp->obj = tn;
      tp->index = int(g->tparams.size());
      tn->type = tp;
      g->tparams.push_back(tp);
      declare(s, id, tn);
    }
  }
  Scope* saved = scope;
  scope = s;
  size_t k = 0;
  for (auto& f : params) {
    Type* c = constraintType(f.typeExpr);
    for (size_t i = 0; i < f.names.size(); i++) g->tparams[k++]->constraint = c;
  }
  scope = saved;
  *scopeOut = s;
  return g;
}

void Checker::Impl::genericFuncDecl(Func* obj, DeclInfo* d) {
  ast::FuncDecl* fd = d->fdecl;
  Scope* tscope = nullptr;
  Generic* g = newGeneric(fd, fd->typeParams, &tscope);
  g->scope = d->fileScope;
  obj->generic = g;
  Scope* saved = scope;
  scope = tscope;
  Scope* fscope = nullptr;
  obj->type = funcType(fd->funcType, nullptr, fd, &fscope);
  scope = saved;
  if (!fd->body && !bodylessOK) error(obj->pos, "missing function body");
}

void Checker::Impl::genericTypeDecl(TypeName* obj, ast::TypeSpec* spec) {
  auto* named = ta.make<Named>();
  named->obj = obj;
  named->underlying = uni->basic[0];  // only instances have one
  obj->type = named;
  Scope* tscope = nullptr;
  Generic* g = newGeneric(spec, spec->typeParams, &tscope);
  named->generic = g;
  auto it = genericMethodsByBase.find(obj);
  if (it != genericMethodsByBase.end()) g->methods = it->second;
}

// A constraint: an interface type, or a type set written without `interface{}` (`~int`,
// `int | string`, `[]E`), which stands for interface{ that }.
Type* Checker::Impl::constraintType(ast::Expr* e) {
  ast::Expr* u = ast::unparen(e);
  bool termSyntax = u && ((u->kind == NodeKind::BinaryExpr && u->as<ast::BinaryExpr>()->op == ast::Tok::Or) ||
                          (u->kind == NodeKind::UnaryExpr && u->as<ast::UnaryExpr>()->op == ast::Tok::Tilde));
  if (!termSyntax) {
    Type* t = typ(e);
    if (isInvalidT(t)) return uni->emptyInterface;
    if (underlying(t)->kind == TypeKind::Interface) return t;
  }
  auto* iface = ta.make<Interface>();
  iface->implicit = true;
  iface->unions.emplace_back();
  typeTerms(e, iface->unions.back());
  complete(iface);
  return iface;
}

// The terms of a union (t1 | ~t2 | ...), in order.
void Checker::Impl::typeTerms(ast::Expr* e, std::vector<Interface::Term>& out) {
  e = ast::unparen(e);
  if (e->kind == NodeKind::BinaryExpr && e->as<ast::BinaryExpr>()->op == ast::Tok::Or) {
    typeTerms(e->as<ast::BinaryExpr>()->x, out);
    typeTerms(e->as<ast::BinaryExpr>()->y, out);
    return;
  }
  Interface::Term term;
  if (e->kind == NodeKind::UnaryExpr && e->as<ast::UnaryExpr>()->op == ast::Tok::Tilde) {
    term.tilde = true;
    ast::Expr* x = e->as<ast::UnaryExpr>()->x;
    term.type = typ(x);
    if (!isInvalidT(term.type) && !identical(underlying(term.type), term.type))
      errorAt(x, "invalid use of ~ (underlying type of " + qualify(term.type) + " is " +
                     qualify(underlying(term.type)) + ")");
  } else {
    term.type = typ(e);
  }
  e->mode = ast::Mode::TypeExpr;
  out.push_back(term);
}

std::string Checker::Impl::genericString(Object* obj, Generic* g) {
  std::string s = obj->name + "[";
  for (size_t i = 0; i < g->tparams.size(); i++) {
    if (i) s += ", ";
    TypeParam* tp = g->tparams[i];
    s += tp->obj->name;
    bool last = i + 1 == g->tparams.size() || g->tparams[i + 1]->constraint != tp->constraint;
    if (last) s += " " + qualify(tp->constraint);
  }
  return s + "]";
}

// ---------------------------------------------------------------------------------------
// type arguments and constraints

std::vector<Type*> Checker::Impl::typeArgs(ast::IndexExpr* e) {
  std::vector<Type*> targs;
  targs.push_back(varType(e->index));
  for (ast::Expr* x : e->extra) targs.push_back(varType(x));
  return targs;
}

bool Checker::Impl::typeArgCount(Generic* g, const std::string& what, size_t n, ast::Node* at, bool partialOk) {
  size_t want = g->tparams.size();
  if (n > want && partialOk) {  // a function's: at the first extra type argument
    auto* ix = at->as<ast::IndexExpr>();
    ast::Expr* extra = want == 0 ? ix->index : ix->extra.size() >= n - want ? ix->extra[ix->extra.size() - (n - want)] : ix->index;
    errorAt(extra, "got " + std::to_string(n) + " type arguments but want " + std::to_string(want));
    return false;
  }
  if (n > want) {
    errorAt(at, "too many type arguments for " + what + ": have " + std::to_string(n) + ", want " +
                    std::to_string(want));
    return false;
  }
  if (n < want && !partialOk) {
    errorAt(at, "not enough type arguments for " + what + ": have " + std::to_string(n) + ", want " +
                    std::to_string(want));
    return false;
  }
  return true;
}

namespace {

// t with the type parameters of g replaced by targs (a null entry stays a parameter).
struct Subst {
  TypeArena& ta;
  Generic* g;
  const std::vector<Type*>& targs;
  Checker::Impl* c;

  Type* operator()(Type* t, int depth = 0) {
    if (!t || depth > 32 || !hasTypeParam(t)) return t;
    switch (t->kind) {
      case TypeKind::TypeParam: {
        auto* tp = t->as<TypeParam>();
        if (size_t(tp->index) < g->tparams.size() && g->tparams[tp->index] == tp && targs[tp->index])
          return targs[tp->index];
        return t;
      }
      case TypeKind::Pointer: return ta.make<Pointer>((*this)(t->as<Pointer>()->elem, depth + 1));
      case TypeKind::Slice: return ta.make<Slice>((*this)(t->as<Slice>()->elem, depth + 1));
      case TypeKind::Array: return ta.make<Array>((*this)(t->as<Array>()->elem, depth + 1), t->as<Array>()->len);
      case TypeKind::Chan: return ta.make<Chan>(t->as<Chan>()->dir, (*this)(t->as<Chan>()->elem, depth + 1));
      case TypeKind::Map:
        return ta.make<Map>((*this)(t->as<Map>()->key, depth + 1), (*this)(t->as<Map>()->elem, depth + 1));
      case TypeKind::Signature: {
        auto* s = t->as<Signature>();
        auto* n = ta.make<Signature>();
        n->variadic = s->variadic;
        auto tuple = [&](Tuple* tu) {
          auto* r = ta.make<Tuple>();
          for (Var* v : tu->vars) {
            auto* w = ta.make<Var>(*v);
            w->type = (*this)(v->type, depth + 1);
            r->vars.push_back(w);
          }
          return r;
        };
        n->params = tuple(s->params);
        n->results = tuple(s->results);
        return n;
      }
      case TypeKind::Struct: {
        auto* s = t->as<Struct>();
        auto* n = ta.make<Struct>();
        for (Var* f : s->fields) {
          auto* g2 = ta.make<Var>(*f);
          g2->type = (*this)(f->type, depth + 1);
          n->fields.push_back(g2);
        }
        n->tags = s->tags;
        return n;
      }
      case TypeKind::Named: {
        auto* n = t->as<Named>();
        if (!n->origin) return t;
        std::vector<Type*> args;
        for (Type* a : n->targs) args.push_back((*this)(a, depth + 1));
        if (anyTypeParam(args)) return t;
        return c->instantiateType(n->origin, args, nullptr);
      }
      default: return t;
    }
  }
};

void termsString(std::string& s, const std::vector<Interface::Term>& terms, Checker::Impl* c) {
  for (size_t i = 0; i < terms.size(); i++) {
    if (i) s += " | ";
    if (terms[i].tilde) s += "~";
    s += c->qualify(terms[i].type);
  }
}

}  // namespace

// Whether type argument t satisfies constraint (whose terms may mention g's parameters,
// bound to targs). *why says why not, in go's words.
bool Checker::Impl::satisfies(Type* t, Type* constraint, const std::vector<Type*>& targs, Generic* g,
                              std::string* why) {
  Type* cu = underlying(constraint);
  if (!cu || cu->kind != TypeKind::Interface) return true;
  auto* iface = cu->as<Interface>();
  Subst subst{ta, g, targs, this};
  std::string cname = qualify(constraint);
  // type terms, of this interface and of the interfaces it embeds
  std::vector<Interface*> stack{iface};
  bool needComparable = false;
  while (!stack.empty()) {
    Interface* it = stack.back();
    stack.pop_back();
    if (it->isComparableBuiltin) needComparable = true;
    for (Type* e : it->embeddeds)
      if (Type* eu = underlying(e); eu && eu->kind == TypeKind::Interface) stack.push_back(eu->as<Interface>());
    for (auto& u : it->unions) {
      bool ok = false;
      for (auto& term : u) {
        Type* tt = subst(term.type);
        std::string ignored;
        if (!term.tilde && underlying(tt)->kind == TypeKind::Interface)  // Integer | Float
          ok = satisfies(t, tt, targs, g, &ignored);
        else if (term.tilde ? identical(underlying(t), underlying(tt)) : identical(t, tt))
          ok = true;
        if (ok) break;
      }
      if (!ok) {
        std::string terms;
        termsString(terms, u, this);
        if (isInterface(t) && !isInvalidT(t))
          *why = qualify(t) + " does not satisfy " + cname;
        else if (u.size() == 1 && u[0].tilde && identical(underlying(t), t))
          *why = qualify(t) + " does not satisfy " + cname + " (possibly missing ~ for " + qualify(t) + " in " + cname + ")";
        else
          *why = qualify(t) + " does not satisfy " + cname + " (" + qualify(t) + " missing in " + terms + ")";
        return false;
      }
    }
  }
  if (needComparable && !comparable(t)) {
    *why = qualify(t) + " does not satisfy comparable";
    return false;
  }
  if (!iface->allMethods.empty()) {
    Interface* want = iface;
    bool open = false;
    for (Func* m : iface->allMethods)
      if (hasTypeParam(m->type)) open = true;
    if (open) {  // methods mentioning type parameters: compare with them substituted
      for (Func* m : iface->allMethods) {
        std::vector<int> index;
        bool indirect = false;
        Object* o = lookupFieldOrMethod(t, false, m->pkg, m->name, &index, &indirect);
        if (!o || o->kind != ObjKind::Func || (indirect && t->kind != TypeKind::Pointer && o->as<Func>()->ptrRecv)) {
          *why = qualify(t) + " does not satisfy " + cname + " (missing method " + m->name + ")";
          return false;
        }
        if (!identical(subst(m->type), o->type)) {
          *why = qualify(t) + " does not satisfy " + cname + " (wrong type for method " + m->name + ")";
          return false;
        }
      }
      return true;
    }
    Func* missing = nullptr;
    bool wrongType = false, ptrRecv = false;
    if (!implements(t, want, &missing, &wrongType, &ptrRecv)) {
      std::string m = missing ? missing->name : "?";
      if (ptrRecv)
        *why = qualify(t) + " does not satisfy " + cname + " (method " + m + " has pointer receiver)";
      else if (wrongType)
        *why = qualify(t) + " does not satisfy " + cname + " (wrong type for method " + m + ")";
      else
        *why = qualify(t) + " does not satisfy " + cname + " (missing method " + m + ")";
      return false;
    }
  }
  return true;
}

bool Checker::Impl::checkTypeArgs(Generic* g, const std::vector<Type*>& targs, const std::vector<ast::Expr*>& xlist,
                                  Pos pos) {
  for (size_t i = 0; i < targs.size() && i < g->tparams.size(); i++) {
    if (isInvalidT(targs[i])) return false;
    std::string why;
    if (!satisfies(targs[i], g->tparams[i]->constraint, targs, g, &why)) {
      error(i < xlist.size() ? startPos(xlist[i]) : pos, why);
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// instantiation

Scope* Checker::Impl::bindTypeParams(Scope* parent, const std::vector<ast::Ident*>& names,
                                     const std::vector<Type*>& targs) {
  Scope* s = newScope(parent, "instance");
  for (size_t i = 0; i < names.size() && i < targs.size(); i++) {
    if (!names[i] || names[i]->name == "_") continue;
    auto* tn = ta.make<TypeName>();
    tn->name = names[i]->name;
    tn->pos = names[i]->pos;
    tn->pkg = pkg;
    tn->isAlias = true;
    tn->type = targs[i];
    s->insert(tn);
    tn->parent = s;
  }
  return s;
}

Named* Checker::Impl::instantiateType(Named* gen, const std::vector<Type*>& targs, ast::Node* at) {
  Generic* g = gen->generic;
  for (auto& inst : g->instances)
    if (sameTypes(inst.targs, targs)) return inst.obj->type->as<Named>();
  auto* owner = static_cast<Checker::Impl*>(g->checker);
  if (owner != this) {
    Named* n = owner->instantiateType(gen, targs, at);
    owner->settle();
    return n;
  }
  auto* tn = ta.make<TypeName>();
  tn->name = gen->obj->name;
  tn->pos = gen->obj->pos;
  tn->pkg = gen->obj->pkg;
  auto* n = ta.make<Named>();
  n->obj = tn;
  tn->type = n;
  n->origin = gen;
  n->targs = targs;
  g->instances.push_back({targs, tn});
  if (instDepth > 64) {
    errorAt(at ? at : g->decl, "instantiation cycle");
    n->underlying = uni->basic[0];
    return n;
  }
  instDepth++;
  {
    SavedState saved(*this);
    auto* spec = g->decl->as<ast::TypeSpec>();
    scope = bindTypeParams(g->scope, paramNames(spec->typeParams), targs);
    enterFile(g->file);
    decl = nullptr;
    Type* rhs = definedType(ast::cloneExpr(na, spec->typeExpr), n);
    Type* u = underlying(rhs);
    n->underlying = u;
    if (u && u->kind == TypeKind::Interface) {
      // its methods' receivers are the instance
      for (Func* m : u->as<Interface>()->methods)
        if (m->type && m->type->kind == TypeKind::Signature && m->type->as<Signature>()->recv)
          m->type->as<Signature>()->recv->type = n;
    }
    if (!anyTypeParam(targs)) {
      validType(n);
      instanceMethods(n);
    }
  }
  instDepth--;
  return n;
}

// The methods of a new instance: copies of the generic type's methods, their receivers'
// type parameter names bound to the instance's type arguments. Signatures now (method
// sets must be complete), bodies later.
void Checker::Impl::instanceMethods(Named* n) {
  for (ast::FuncDecl* md : n->origin->generic->methods) instanceMethod(n, md);
}

void Checker::Impl::instanceMethod(Named* n, ast::FuncDecl* md) {
  SavedState saved(*this);
  {
    Object* tmpl = md->name->obj;
    auto dit = tmpl ? objMap.find(tmpl) : objMap.end();
    if (dit == objMap.end()) return;
    DeclInfo* d = dit->second;
    ast::FuncDecl* fd = ast::cloneFuncDecl(na, md);
    fd->generic = false;
    auto* m = ta.make<Func>();
    m->name = md->name->name;
    m->pos = md->name->pos;
    m->pkg = pkg;
    m->decl = fd;
    m->origin = tmpl->as<Func>();
    m->targs = n->targs;
    m->ptrRecv = tmpl->as<Func>()->ptrRecv;
    fd->name->obj = m;
    fd->name->defines = true;
    std::vector<ast::Ident*> names = receiverTypeParams(fd);
    for (size_t i = 0; i < names.size(); i++)  // (s *Stack[_]): a name of its own to bind
      if (names[i] && names[i]->name == "_") names[i]->name = "_#" + std::to_string(i);
    scope = bindTypeParams(d->fileScope, names, n->targs);
    enterFile(d->file);
    decl = d;
    Scope* fscope = nullptr;
    m->type = funcType(fd->funcType, fd->recv, fd, &fscope);
    sigScopes_[m] = fscope;
    if (m->name != "_") n->methods.push_back(m);
    if (!fd->body) return;
    queueInstanceBody(fd, m, d, d->file);
  }
}

Func* Checker::Impl::instantiateFunc(Func* gen, const std::vector<Type*>& targs, ast::Node* at) {
  Generic* g = gen->generic;
  for (auto& inst : g->instances)
    if (sameTypes(inst.targs, targs)) return inst.obj->as<Func>();
  auto* owner = static_cast<Checker::Impl*>(g->checker);
  if (owner != this) {
    Func* f = owner->instantiateFunc(gen, targs, at);
    owner->settle();
    return f;
  }
  auto* src = g->decl->as<ast::FuncDecl>();
  ast::FuncDecl* fd = ast::cloneFuncDecl(na, src);
  fd->generic = false;
  fd->typeParams.clear();
  auto* fn = ta.make<Func>();
  fn->name = gen->name;
  fn->pos = gen->pos;
  fn->pkg = gen->pkg;
  fn->decl = fd;
  fn->origin = gen;
  fn->targs = targs;
  fd->name->obj = fn;
  fd->name->defines = true;
  g->instances.push_back({targs, fn});
  DeclInfo* d = objMap.count(gen) ? objMap[gen] : nullptr;
  {
    SavedState saved(*this);
    scope = bindTypeParams(g->scope, paramNames(src->typeParams), targs);
    enterFile(g->file);
    decl = d;
    Scope* fscope = nullptr;
    fn->type = funcType(fd->funcType, nullptr, fd, &fscope);
    sigScopes_[fn] = fscope;
  }
  if (!fd->body) {
    fn->nativeName = gen->nativeName;
    return fn;
  }
  if (anyTypeParam(targs)) return fn;  // made while checking a generic body: never compiled
  queueInstanceBody(fd, fn, d, g->file);
  return fn;
}

// An instance's body joins the package's instances (compiled later) and waits to be
// checked, in the declaring file, by this checker.
void Checker::Impl::queueInstanceBody(ast::FuncDecl* fd, Func* fn, DeclInfo* d, ast::File* file) {
  pkg->instances.push_back({fd, fn, file ? file->filename : ""});
  uni->pendingInstances.push_back([this, fd, fn, d, file] {
    SavedState saved(*this);
    enterFile(file);
    decl = d;
    inInstance++;
    funcBody(fd, nullptr, fn->type->as<Signature>(), fd->body, sigScopes_[fn]);
    inInstance--;
    settle();
  });
}

void Checker::Impl::settle() {
  if (checking) return;
  recordUntyped();
  flushErrors();
}

// A generic function, or a generic type's method, that no instance reaches is checked
// once with its type parameters as they are (TypeParam types), for the errors that do
// not depend on what the parameters allow: undefined names, unused variables, missing
// returns, argument and result counts. golite's checker has no full type-set semantics
// for operations on type parameters (each instance is checked for its own types), so
// other complaints about such a body are left unsaid rather than risked wrong.
void Checker::Impl::checkUninstantiated() {
  std::vector<Object*> objs;
  for (auto& [o, d] : objMap)
    if (o->kind == ObjKind::Func && d->fdecl && d->fdecl->generic && d->fdecl->body) objs.push_back(o);
  std::sort(objs.begin(), objs.end(), [&](Object* a, Object* b) { return objOrder[a] < objOrder[b]; });
  auto closed = [](Generic* g) {
    for (auto& inst : g->instances)
      if (!anyTypeParam(inst.targs)) return true;
    return false;
  };
  for (Object* o : objs) {
    DeclInfo* d = objMap[o];
    Generic* g = o->as<Func>()->generic;
    if (d->fdecl->recv) {  // a method: its type's generic
      ast::Expr* rt = ast::unparen(d->fdecl->recv->typeExpr);
      if (rt && rt->kind == NodeKind::StarExpr) rt = ast::unparen(rt->as<ast::StarExpr>()->x);
      ast::Expr* b = rt && rt->kind == NodeKind::IndexExpr ? ast::unparen(rt->as<ast::IndexExpr>()->x) : nullptr;
      Object* tn = b && b->kind == NodeKind::Ident ? pkg->scope->lookup(b->as<ast::Ident>()->name) : nullptr;
      g = tn && tn->kind == ObjKind::TypeName && tn->type && tn->type->kind == TypeKind::Named
              ? tn->type->as<Named>()->generic
              : nullptr;
    }
    if (!g || closed(g)) continue;
    templateBody(d->fdecl, g, d);
  }
  drainInstances();
}

void Checker::Impl::templateBody(ast::FuncDecl* src, Generic* g, DeclInfo* d) {
  SavedState saved(*this);
  ast::FuncDecl* fd = ast::cloneFuncDecl(na, src);
  std::vector<ast::Ident*> names = fd->recv ? receiverTypeParams(fd) : paramNames(fd->typeParams);
  for (size_t i = 0; i < names.size(); i++)
    if (names[i] && names[i]->name == "_") names[i]->name = "_#" + std::to_string(i);
  std::vector<Type*> targs(g->tparams.begin(), g->tparams.end());
  scope = bindTypeParams(d->fileScope, names, targs);
  enterFile(d->file);
  decl = d;
  inTemplate++;
  inInstance++;
  Scope* fscope = nullptr;
  Signature* sig = funcType(fd->funcType, fd->recv, fd, &fscope);
  funcBody(fd, nullptr, sig, fd->body, fscope);
  inInstance--;
  inTemplate--;
}

// Checks the bodies of the instances made so far (and of those they make).
void Checker::Impl::drainInstances() {
  while (!uni->pendingInstances.empty()) {
    auto work = std::move(uni->pendingInstances.front());
    uni->pendingInstances.erase(uni->pendingInstances.begin());
    work();
  }
}

// The expression naming a generic function now names its instance.
void Checker::Impl::useInstance(ast::Expr* fun, Func* inst) {
  for (ast::Expr* e = fun; e;) {
    e->type = inst->type;
    e->mode = ast::Mode::Value;
    switch (e->kind) {
      case NodeKind::ParenExpr: e = e->as<ast::ParenExpr>()->x; continue;
      case NodeKind::IndexExpr:
        e->as<ast::IndexExpr>()->instance = true;
        e = e->as<ast::IndexExpr>()->x;
        continue;
      case NodeKind::Ident: e->as<ast::Ident>()->obj = inst; return;
      case NodeKind::SelectorExpr: e->as<ast::SelectorExpr>()->sel->obj = inst; return;
      default: return;
    }
  }
}

// A generic function used as a value must be instantiated (F[int]).
bool Checker::Impl::notInstantiated(Operand& x) {
  if (!x.generic || x.mode == OpMode::Invalid) return false;
  errorAt(x.expr, "cannot use generic function " + exprString(x.expr) + " without instantiation");
  x.mode = OpMode::Invalid;
  x.generic = nullptr;
  return true;
}

// ---------------------------------------------------------------------------------------
// inference

namespace {

struct Unifier {
  Generic* g;
  std::vector<Type*>& bound;

  int paramIndex(Type* t) {
    if (!t || t->kind != TypeKind::TypeParam) return -1;
    auto* tp = t->as<TypeParam>();
    if (size_t(tp->index) < g->tparams.size() && g->tparams[tp->index] == tp) return tp->index;
    return -1;
  }

  // Unifies x (which may mention g's type parameters) with the concrete type y. Only a
  // structural mismatch fails; assignability is the caller's business afterwards.
  bool unify(Type* x, Type* y, int depth = 0) {
    if (!x || !y || depth > 32) return true;
    int i = paramIndex(x);
    if (i >= 0) {
      if (!bound[i]) bound[i] = y;
      return true;
    }
    if (!hasTypeParam(x)) return true;
    if (x->kind == TypeKind::Named) {
      if (y->kind != TypeKind::Named) return unify(underlying(x), y, depth + 1);  // Func2[A, R] against func(int) int
      auto* a = x->as<Named>();
      auto* b = y->as<Named>();
      if (!a->origin || a->origin != b->origin || a->targs.size() != b->targs.size()) return false;
      for (size_t k = 0; k < a->targs.size(); k++)
        if (!unify(a->targs[k], b->targs[k], depth + 1)) return false;
      return true;
    }
    if (y->kind == TypeKind::Named) y = underlying(y);  // inexact: []T against MySlice
    if (x->kind != y->kind) return false;
    switch (x->kind) {
      case TypeKind::Pointer: return unify(x->as<Pointer>()->elem, y->as<Pointer>()->elem, depth + 1);
      case TypeKind::Slice: return unify(x->as<Slice>()->elem, y->as<Slice>()->elem, depth + 1);
      case TypeKind::Array:
        return x->as<Array>()->len == y->as<Array>()->len && unify(x->as<Array>()->elem, y->as<Array>()->elem, depth + 1);
      case TypeKind::Chan: return unify(x->as<Chan>()->elem, y->as<Chan>()->elem, depth + 1);
      case TypeKind::Map:
        return unify(x->as<Map>()->key, y->as<Map>()->key, depth + 1) &&
               unify(x->as<Map>()->elem, y->as<Map>()->elem, depth + 1);
      case TypeKind::Signature: {
        auto* a = x->as<Signature>();
        auto* b = y->as<Signature>();
        if (a->params->vars.size() != b->params->vars.size() || a->results->vars.size() != b->results->vars.size() ||
            a->variadic != b->variadic)
          return false;
        for (size_t k = 0; k < a->params->vars.size(); k++)
          if (!unify(a->params->vars[k]->type, b->params->vars[k]->type, depth + 1)) return false;
        for (size_t k = 0; k < a->results->vars.size(); k++)
          if (!unify(a->results->vars[k]->type, b->results->vars[k]->type, depth + 1)) return false;
        return true;
      }
      case TypeKind::Struct: {
        auto* a = x->as<Struct>();
        auto* b = y->as<Struct>();
        if (a->fields.size() != b->fields.size()) return false;
        for (size_t k = 0; k < a->fields.size(); k++)
          if (!unify(a->fields[k]->type, b->fields[k]->type, depth + 1)) return false;
        return true;
      }
      default: return true;
    }
  }
};

// The single type term of a constraint, if it has exactly one (its core type).
const Interface::Term* coreTerm(Type* constraint) {
  Type* u = underlying(constraint);
  if (!u || u->kind != TypeKind::Interface) return nullptr;
  auto* it = u->as<Interface>();
  const Interface::Term* found = nullptr;
  for (auto& un : it->unions) {
    if (un.size() != 1 || found) return nullptr;
    found = &un[0];
  }
  for (Type* e : it->embeddeds) {
    const Interface::Term* t = coreTerm(e);
    if (t) {
      if (found) return nullptr;
      found = t;
    }
  }
  return found;
}

int untypedRank(Type* t) {
  switch (t->as<Basic>()->bkind) {
    case BasicKind::UntypedInt: return 1;
    case BasicKind::UntypedRune: return 2;
    case BasicKind::UntypedFloat: return 3;
    case BasicKind::UntypedComplex: return 4;
    default: return 0;
  }
}

}  // namespace

// Infers the type arguments of a call of gen not given in targs (which is resized to
// all of them) from the arguments; false (with an error reported) when it cannot.
bool Checker::Impl::infer(Func* gen, std::vector<Type*>& targs, std::vector<Operand>& args, ast::CallExpr* call) {
  Generic* g = gen->generic;
  size_t n = g->tparams.size();
  targs.resize(n, nullptr);
  auto* sig = gen->type->as<Signature>();
  auto& params = sig->params->vars;
  Unifier u{g, targs};
  auto paramType = [&](size_t i) -> Type* {
    if (params.empty()) return nullptr;
    if (sig->variadic && i + 1 >= params.size()) {
      Type* last = params.back()->type;
      if (call->hasEllipsis) return i + 1 == params.size() ? last : nullptr;
      return last->kind == TypeKind::Slice ? last->as<Slice>()->elem : last;
    }
    return i < params.size() ? params[i]->type : nullptr;
  };
  for (auto& a : args)
    if (a.mode == OpMode::Invalid) return false;
  // typed arguments
  for (size_t i = 0; i < args.size(); i++) {
    Type* pt = paramType(i);
    if (!pt || !args[i].type || isUntyped(args[i].type)) continue;
    if (args[i].generic) continue;
    std::vector<Type*> before = targs;
    if (!u.unify(pt, args[i].type)) {
      Subst subst{ta, g, targs, this};
      errorAt(args[i].expr, "type " + qualify(args[i].type) + " of " + exprString(args[i].expr) +
                                " does not match " + qualify(subst(pt)));
      return false;
    }
  }
  // core types of constraints: S ~[]E with S known gives E, and E known gives S
  auto coreTypes = [&] {
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t k = 0; k < n; k++) {
        const Interface::Term* term = coreTerm(g->tparams[k]->constraint);
        if (!term) continue;
        std::vector<Type*> before = targs;
        if (targs[k]) {
          u.unify(term->type, term->tilde ? underlying(targs[k]) : targs[k]);
        } else {
          Subst subst{ta, g, targs, this};
          Type* t = subst(term->type);
          if (!hasTypeParam(t)) targs[k] = t;
        }
        if (before != targs) changed = true;
      }
    }
  };
  coreTypes();
  // untyped constants: each type parameter still free takes the default type of the
  // "largest" constant kind passed for it (int < rune < float < complex)
  std::vector<Type*> untypedFor(n, nullptr);
  for (size_t i = 0; i < args.size(); i++) {
    Type* pt = paramType(i);
    int k = u.paramIndex(pt);
    if (k < 0 || targs[k] || !args[i].type || !isUntyped(args[i].type)) continue;
    if (args[i].mode == OpMode::NilValue) continue;
    if (!untypedFor[k] || untypedRank(args[i].type) > untypedRank(untypedFor[k])) untypedFor[k] = args[i].type;
  }
  for (size_t k = 0; k < n; k++)
    if (!targs[k] && untypedFor[k]) targs[k] = defaultType(untypedFor[k]);
  coreTypes();
  for (size_t k = 0; k < n; k++) {
    if (targs[k]) continue;
    std::string at = g->file ? g->file->filename : "";
    if (at.find('/') == std::string::npos) at = "./" + at;
    Pos p = g->tparams[k]->obj->pos;
    error(call->lparen, "in call to " + exprString(call->fun) + ", cannot infer " + g->tparams[k]->obj->name +
                      " (declared at " + at + ":" + std::to_string(p.line) + ":" + std::to_string(p.col) + ")");
    return false;
  }
  return true;
}

}  // namespace golite
