// Declarations: package-level objects resolved lazily with cycle detection (objDecl), const,
// var, type and func declarations, local declaration statements, function bodies and the
// `declared but not used` report. Mirrors types2's decl.go and parts of stmt.go.
#include <algorithm>
#include <functional>

#include "frontend/types/check_impl.h"

namespace golite {

using namespace ty;
using ast::NodeKind;

static std::string relFile(const std::string& f) {
  if (f.find('/') == std::string::npos) return "./" + f;
  return f;
}

static std::string posStr(ast::File* f, Pos p) {
  return relFile(f ? f->filename : "") + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

// ---------------------------------------------------------------------------------------
// objDecl

void Checker::Impl::objDecl(Object* obj) {
  int& c = color[obj];
  if (c == 0 && obj->type) {
    c = 2;
    return;
  }
  if (c == 2) return;
  if (c >= 3) {  // grey: a cycle
    switch (obj->kind) {
      case ObjKind::Const:
      case ObjKind::Var:
        if (!cycleCheck(obj) || !obj->type) obj->type = uni->basic[0];
        break;
      case ObjKind::TypeName:
        if (!cycleCheck(obj)) obj->type = uni->basic[0];
        break;
      case ObjKind::Func:
        cycleCheck(obj);
        if (!obj->type) obj->type = uni->basic[0];
        break;
      default: break;
    }
    return;
  }
  auto it = objMap.find(obj);
  if (it == objMap.end()) return;
  DeclInfo* d = it->second;

  // grey, with the index of obj in objPath
  color[obj] = 3 + int(objPath.size());
  objPath.push_back(obj);

  {
  SavedState saved(*this);  // the environment, restored at the end of the block
  scope = d->fileScope;
  enterFile(d->file);

  switch (obj->kind) {
    case ObjKind::Const:
      decl = d;
      constDecl(obj->as<Const>(), d->vtype, d->init, d->inherited);
      break;
    case ObjKind::Var:
      decl = d;
      varDecl(obj->as<Var>(), d->lhs, d->vtype, d->init);
      break;
    case ObjKind::TypeName:
      typeDecl(obj->as<TypeName>(), d->tdecl);
      break;
    case ObjKind::Func:
      funcDecl(obj->as<Func>(), d);
      break;
    default: break;
  }

  }

  objPath.pop_back();
  color[obj] = 2;
}

// validCycle: reports whether the cycle through obj is valid (types2 decl.go).
bool Checker::Impl::cycleCheck(Object* obj) {
  int start = color[obj] - 3;
  std::vector<Object*> cycle(objPath.begin() + start, objPath.end());
  int nval = 0, ndef = 0;
  for (Object* o : cycle) {
    if (o->kind == ObjKind::Const || o->kind == ObjKind::Var) nval++;
    else if (o->kind == ObjKind::TypeName) {
      bool alias = o->as<TypeName>()->isAlias;
      if (!alias) ndef++;
    }
  }
  if (nval == int(cycle.size())) return true;
  if (nval == 0 && ndef > 0) return true;
  cycleError(cycle);
  return false;
}

void Checker::Impl::cycleError(const std::vector<Object*>& cycle) {
  size_t i = 0;
  for (size_t j = 1; j < cycle.size(); j++) {
    Pos a = cycle[j]->pos, b = cycle[i]->pos;
    if (a.line < b.line || (a.line == b.line && a.col < b.col)) i = j;
  }
  Object* obj = cycle[i];
  std::string msg;
  if (obj->kind == ObjKind::TypeName) msg = "invalid recursive type " + obj->name;
  else msg = "illegal cycle in declaration of " + obj->name;
  Pos p0 = obj->pos;
  for (size_t k = 0; k < cycle.size(); k++) {
    msg += "\n\t" + posStr(curFile, obj->pos) + ": " + obj->name + " refers to";
    i++;
    if (i >= cycle.size()) i = 0;
    obj = cycle[i];
  }
  msg += "\n\t" + posStr(curFile, obj->pos) + ": " + obj->name;
  error(p0, msg);
}

// validType reports direct recursion of a type through arrays, struct fields and embedded
// interfaces.
void Checker::Impl::validType(Named* t) {
  std::vector<Named*> path;
  std::set<Named*> done;
  std::function<bool(Type*)> check = [&](Type* typ) -> bool {
    if (!typ) return true;
    switch (typ->kind) {
      case TypeKind::Array: return check(typ->as<Array>()->elem);
      case TypeKind::Struct:
        for (Var* f : typ->as<Struct>()->fields)
          if (!check(f->type)) return false;
        return true;
      case TypeKind::Interface:  // embedded interfaces (method signatures may recur)
        for (Type* e : typ->as<Interface>()->embeddeds)
          if (!check(e)) return false;
        return true;
      case TypeKind::Named: {
        auto* n = typ->as<Named>();
        if (done.count(n)) return true;
        if (!n->obj || n->obj->pkg != pkg) return true;
        for (size_t i = 0; i < path.size(); i++) {
          if (path[i] == n) {
            std::vector<Object*> cycle;
            for (size_t j = i; j < path.size(); j++) cycle.push_back(path[j]->obj);
            cycleError(cycle);
            // break the cycle so that later passes terminate
            n->underlying = uni->basic[0];
            return false;
          }
        }
        path.push_back(n);
        bool ok = check(n->underlying);
        path.pop_back();
        if (ok) done.insert(n);
        return ok;
      }
      default: return true;
    }
  };
  check(t);
}

// ---------------------------------------------------------------------------------------
// const, var, type, func

void Checker::Impl::constDecl(Const* obj, ast::Expr* typExpr, ast::Expr* init, bool inherited) {
  auto savedIota = iota;
  bool savedUse = useErrpos;
  Pos savedPos = errpos;
  iota = obj->val;  // collectObjects/declStmt stored iota here
  useErrpos = false;
  obj->val = constant::makeUnknown();

  bool done = false;
  if (typExpr) {
    Type* t = typ(typExpr);
    if (!isConstType(t)) {
      if (!(underlying(t)->kind == TypeKind::Basic && underlying(t)->as<Basic>()->bkind == BasicKind::Invalid))
        errorAt(typExpr, "invalid constant type " + qualify(t));
      obj->type = uni->basic[0];
      done = true;
    } else {
      obj->type = t;
    }
  }
  if (!done) {
    Operand x;
    if (init) {
      if (inherited) {
        errpos = obj->pos;
        useErrpos = true;
      }
      expr(x, init);
    }
    initConst(obj, x);
  }
  iota = savedIota;
  useErrpos = savedUse;
  errpos = savedPos;
}

void Checker::Impl::varDecl(Var* obj, const std::vector<Var*>& lhs, ast::Expr* typExpr, ast::Expr* init) {
  if (typExpr) obj->type = varType(typExpr);
  if (!init) {
    if (!typExpr) obj->type = uni->basic[0];
    return;
  }
  if (lhs.size() <= 1) {
    Operand x;
    expr(x, init);
    initVar(obj, x, "variable declaration");
    return;
  }
  if (typExpr)
    for (Var* v : lhs) v->type = obj->type;
  initVars(lhs, {init}, nullptr);
}

void Checker::Impl::typeDecl(TypeName* obj, ast::TypeSpec* spec) {
  if (!spec->typeParams.empty()) {
    genericTypeDecl(obj, spec);
    return;
  }
  if (spec->alias) {
    obj->type = uni->basic[0];  // guard against cycles
    Type* rhs = typ(spec->typeExpr);
    obj->type = rhs;
    return;
  }
  auto* named = ta.make<Named>();
  named->obj = obj;
  obj->type = named;
  Type* rhs = definedType(spec->typeExpr, named);
  Type* u = rhs;
  while (u && u->kind == TypeKind::Named && u->as<Named>()->underlying) u = u->as<Named>()->underlying;
  if (!u) u = uni->basic[0];
  if (u->kind == TypeKind::Named) {
    // `type T2 T1` while T1 is still being declared: its underlying type is known later
    named->underlying = nullptr;
    pendingUnderlying.push_back({named, u->as<Named>()});
  } else {
    named->underlying = u;
    validType(named);
  }

  // methods
  auto mit = methodsByBase.find(obj);
  if (mit != methodsByBase.end()) {
    std::map<std::string, Func*> seen;
    for (Func* m : mit->second) {
      if (m->name != "_") {
        auto s = seen.find(m->name);
        if (s != seen.end()) {
          error(m->pos, obj->name + "." + m->name + " redeclared in this block\n\t" + posStr(curFile, s->second->pos) +
                            ": other declaration of " + m->name);
          continue;
        }
        seen[m->name] = m;
      }
      named->methods.push_back(m);
    }
    if (u->kind == TypeKind::Struct) {
      for (Var* f : u->as<Struct>()->fields) {
        auto s = seen.find(f->name);
        if (s != seen.end())
          error(s->second->pos, "field and method with the same name " + f->name + "\n\t" + posStr(curFile, f->pos) +
                                    ": other declaration of " + f->name);
      }
    }
  }
}

void Checker::Impl::funcDecl(Func* obj, DeclInfo* d) {
  ast::FuncDecl* fd = d->fdecl;
  if (fd->generic) {
    if (!fd->recv) {
      genericFuncDecl(obj, d);
    } else {
      // a method of a generic type: a template, copied for each instance of the type
      auto* sig = ta.make<Signature>();
      sig->params = newTuple({});
      sig->results = newTuple({});
      obj->type = sig;
    }
    return;
  }
  obj->type = uni->basic[0];  // guard against cycles
  Scope* fscope = nullptr;
  Signature* sig = funcType(fd->funcType, fd->recv, fd, &fscope);
  obj->type = sig;
  sigScopes_[obj] = fscope;
  if (sig->recv) {
    // the receiver's base type must be a defined type of this package
    Type* rt = sig->recv->type;
    bool ptr = false;
    Type* base = deref(rt, &ptr);
    ast::Expr* rexpr = fd->recv->typeExpr;
    if (base->kind == TypeKind::Named) {
      Named* n = base->as<Named>();
      if (n->obj->pkg != pkg) {
        errorAt(rexpr, "cannot define new methods on non-local type " + qualify(base));
      } else if (n->underlying && (n->underlying->kind == TypeKind::Pointer || n->underlying->kind == TypeKind::Interface)) {
        errorAt(rexpr, "invalid receiver type " + qualify(rt) + " (pointer or interface type)");
      }
    } else if (base->kind == TypeKind::Basic && base->as<Basic>()->bkind != BasicKind::Invalid) {
      errorAt(rexpr, "cannot define new methods on non-local type " + qualify(base));
    } else if (base->kind != TypeKind::Basic) {
      errorAt(rexpr, "invalid receiver type " + qualify(rt));
    }
  }
  if (!fd->body) {
    if (bodylessOK) {
      // declared only (go tool compile leaves it to the linker)
    } else if (!isStd) {
      error(obj->pos, "missing function body");
    } else {
      std::string nn = pkg->path + ".";
      if (sig->recv) {
        Type* base = deref(sig->recv->type);
        if (base->kind == TypeKind::Named) nn += base->as<Named>()->obj->name + ".";
      }
      obj->nativeName = nn + obj->name;
    }
    return;
  }
  funcBodies.push_back({fd, obj});
}

// Sets the underlying types left open by typeDecl (`type T2 T1` inside T1's declaration).
void Checker::Impl::resolvePendingUnderlying() {
  auto pending = std::move(pendingUnderlying);
  pendingUnderlying.clear();
  for (auto& [named, rhs] : pending) {
    std::vector<Named*> chain{named};
    Type* u = rhs;
    while (u && u->kind == TypeKind::Named && !u->as<Named>()->underlying) {
      Named* n = u->as<Named>();
      if (std::find(chain.begin(), chain.end(), n) != chain.end()) {
        u = nullptr;
        break;
      }
      chain.push_back(n);
      // find what n is waiting for
      Named* next = nullptr;
      for (auto& [a, b] : pending)
        if (a == n) next = b;
      u = next;
    }
    if (u && u->kind == TypeKind::Named) u = u->as<Named>()->underlying;
    if (!u) {
      std::vector<Object*> cycle;
      for (Named* n : chain) cycle.push_back(n->obj);
      if (!named->underlying) cycleError(cycle);
      for (Named* n : chain)
        if (!n->underlying) n->underlying = uni->basic[0];
      continue;
    }
    named->underlying = u;
  }
  for (auto& [named, rhs] : pending) validType(named);
}

// ---------------------------------------------------------------------------------------
// local declarations

void Checker::Impl::declStmt(ast::GenDecl* gd) {
  ast::ValueSpec* lastConst = nullptr;
  for (ast::Node* sn : gd->specs) {
    if (gd->tok == ast::Tok::Const) {
      auto* vs = sn->as<ast::ValueSpec>();
      ast::Expr* vtype = vs->typeExpr;
      const std::vector<ast::Expr*>* values = &vs->values;
      bool inherited = vs->implicit;
      if (vs->values.empty() && !vs->typeExpr && lastConst) {
        vtype = lastConst->typeExpr;
        values = &lastConst->values;
        inherited = true;
      } else if (!vs->implicit) {
        lastConst = vs;
      }
      std::vector<Const*> lhs;
      for (size_t i = 0; i < vs->names.size(); i++) {
        auto* c = ta.make<Const>();
        c->name = vs->names[i]->name;
        c->pos = vs->names[i]->pos;
        c->pkg = pkg;
        c->val = constant::makeInt64(vs->iota);
        lhs.push_back(c);
        ast::Expr* init = i < values->size() ? (*values)[i] : nullptr;
        constDecl(c, vtype, init, inherited);
      }
      if (values->size() > vs->names.size()) {
        errorAt((*values)[vs->names.size()], "extra init expr");
      } else if (values->size() < vs->names.size()) {
        if (!values->empty() || !vs->typeExpr)
          error(vs->names[values->size()]->pos, "missing init expr for " + vs->names[values->size()]->name);
      }
      for (size_t i = 0; i < lhs.size(); i++) declare(scope, vs->names[i], lhs[i]);
    } else if (gd->tok == ast::Tok::Var) {
      auto* vs = sn->as<ast::ValueSpec>();
      std::vector<Var*> lhs0;
      for (ast::Ident* id : vs->names) {
        Var* v = newVar(id->name, id->pos, nullptr);
        lhs0.push_back(v);
      }
      const auto& values = vs->values;
      for (size_t i = 0; i < lhs0.size(); i++) {
        std::vector<Var*> lhs;
        ast::Expr* init = nullptr;
        if (values.size() == vs->names.size()) init = values[i];
        else if (values.size() == 1) { lhs = lhs0; init = values[0]; }
        else if (i < values.size()) init = values[i];
        varDecl(lhs0[i], lhs, vs->typeExpr, init);
        if (values.size() == 1) break;
      }
      if (!vs->typeExpr || !values.empty()) {
        size_t l = vs->names.size(), r = values.size();
        if (l < r) errorAt(values[l], "extra init expr " + exprString(values[l]));
        else if (l > r && r != 1) error(vs->names[r]->pos, "missing init expr for " + vs->names[r]->name);
      }
      for (Var* v : lhs0) if (!v->type) v->type = uni->basic[0];
      for (size_t i = 0; i < lhs0.size(); i++) declare(scope, vs->names[i], lhs0[i]);
    } else if (gd->tok == ast::Tok::Type) {
      auto* ts = sn->as<ast::TypeSpec>();
      auto* tn = ta.make<TypeName>();
      tn->name = ts->name->name;
      tn->pos = ts->name->pos;
      tn->pkg = pkg;
      tn->isAlias = ts->alias;
      declare(scope, ts->name, tn);
      typeDecl(tn, ts);
      resolvePendingUnderlying();
      for (Interface* it : pendingIfaces) complete(it);
      pendingIfaces.clear();
    }
  }
}

// ---------------------------------------------------------------------------------------
// function bodies

void Checker::Impl::funcBody(ast::Node* node, ast::FuncLit* lit, Signature* sig, ast::BlockStmt* body,
                             Scope* fscope) {
  Scope* savedScope = scope;
  bool savedHasCall = hasCallOrRecv;
  FuncCtx ctx;
  ctx.node = node;
  ctx.lit = lit;
  ctx.sig = sig;
  ctx.scope = fscope;
  funcs.push_back(ctx);
  scope = fscope;
  hasCallOrRecv = false;

  checkBranches(body);
  stmtList(0, body->stmts);

  if (sig->results && !sig->results->vars.empty() && !isTerminatingList(body->stmts, "")) {
    error(body->rbrace, "missing return");
  }
  checkMapKeys();
  usage(fscope);

  funcs.pop_back();
  scope = savedScope;
  hasCallOrRecv = savedHasCall;
}

void Checker::Impl::usage(Scope* s) {
  std::vector<Var*> unused;
  for (Object* o : s->ordered) {
    if (o->kind != ObjKind::Var) continue;
    Var* v = o->as<Var>();
    if (!v->used && !v->isParam && !v->isGlobal) unused.push_back(v);
  }
  std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) {
    return a->pos.line < b->pos.line || (a->pos.line == b->pos.line && a->pos.col < b->pos.col);
  });
  for (Var* v : unused) error(v->pos, "declared and not used: " + v->name, true);
  for (Scope* c : s->children)
    if (!c->isFunc) usage(c);
}

}  // namespace golite
