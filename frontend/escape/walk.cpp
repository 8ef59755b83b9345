// The traversal that builds the escape graph from the checked AST (Go's escape/stmt.go,
// expr.go, assign.go, call.go): each expression is evaluated into a hole, the destination
// its value flows to. `&x` takes an address (derefs - 1), `*p` and `p.f` through a pointer
// dereference (+1), and what no location receives (a comparison's operands, a call's
// integer result) goes to the blank hole.
#include <functional>

#include "frontend/escape/batch.h"
#include "frontend/syntax/walk.h"

namespace golite::escape {

using namespace types;
using ast::NodeKind;

namespace {

Var* localVar(ast::Expr* e) {
  e = ast::unparen(e);
  if (!e || e->kind != NodeKind::Ident) return nullptr;
  auto* id = e->as<ast::Ident>();
  if (!id->obj || id->obj->kind != ObjKind::Var) return nullptr;
  Var* v = id->obj->as<Var>();
  if (v->isGlobal || v->isField || !v->declFunc) return nullptr;
  return v;
}

// The dereferences a walk down the field path `path` from type t takes (a pointer-typed
// step is a deref); *end receives the type reached.
int pathDerefs(Type* t, const std::vector<int>& path, Type** end) {
  int n = 0;
  for (int idx : path) {
    Type* u = underlying(t);
    if (u->kind == TypeKind::Pointer) {
      n++;
      u = underlying(u->as<Pointer>()->elem);
    }
    if (u->kind != TypeKind::Struct) break;
    t = u->as<Struct>()->fields[idx]->type;
  }
  *end = t;
  return n;
}

bool isBlank(ast::Expr* e) {
  e = ast::unparen(e);
  return e && e->kind == NodeKind::Ident && e->as<ast::Ident>()->name == "_";
}

Type* elemOf(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Slice: return u->as<types::Slice>()->elem;
    case TypeKind::Array: return u->as<Array>()->elem;
    case TypeKind::Pointer: return elemOf(u->as<Pointer>()->elem);
    case TypeKind::Map: return u->as<Map>()->elem;
    case TypeKind::Chan: return u->as<Chan>()->elem;
    default: return nullptr;
  }
}

}  // namespace

// ---- functions -----------------------------------------------------------------------------

void Batch::walkFunc(FuncInfo* fn) {
  FuncInfo* savedFn = curfn;
  int savedDepth = loopDepth;
  auto savedLabels = std::move(labels);
  labels.clear();
  curfn = fn;
  loopDepth = 1;
  impl->file = &fn->file;
  fn->state = FuncInfo::Started;
  if (!fn->body) {
    curfn = savedFn;
    loopDepth = savedDepth;
    labels = std::move(savedLabels);
    return;
  }
  // Labels a later goto jumps back to start a loop.
  ast::inspect(fn->body, [&](ast::Node* n) {
    if (n->kind == NodeKind::FuncLit) return false;
    if (n->kind == NodeKind::LabeledStmt) labels[n->as<ast::LabeledStmt>()] = 2;
    if (n->kind == NodeKind::BranchStmt) {
      auto* b = n->as<ast::BranchStmt>();
      if (b->tok == ast::Tok::Goto && b->target && b->target->kind == NodeKind::LabeledStmt) {
        auto it = labels.find(b->target->as<ast::LabeledStmt>());
        if (it != labels.end()) it->second = 1;
      }
    }
    return true;
  });
  block(fn->body->stmts);
  curfn = savedFn;
  loopDepth = savedDepth;
  labels = std::move(savedLabels);
}

void Batch::closureExpr(Hole k, ast::FuncLit* lit) {
  FuncInfo* fn = impl->lits[lit];
  k = spill(k, Site::Closure, lit, lit->pos);
  closures.push_back(PendingClosure{k, fn});
  for (Var* cv : lit->captures) {
    Location* loc = varLoc(cv);
    if (!loc->captured) {
      loc->captured = true;
      // Assignments before the capture, in the same loop, do not matter.
      if (loc->loopDepth == loopDepth) loc->reassigned = false;
    }
    capturedBy[cv].push_back(k.dst);  // the closure's location
  }
  walkFunc(fn);
}

// ---- statements ----------------------------------------------------------------------------

void Batch::block(const std::vector<ast::Stmt*>& l) {
  int old = loopDepth;
  for (ast::Stmt* s : l) stmt(s);
  loopDepth = old;
}

Hole Batch::dcl(Var* v) {
  Location* loc = varLoc(v);
  loc->loopDepth = loopDepth;
  return Hole{loc};
}

void Batch::stmt(ast::Stmt* s) {
  if (!s) return;
  stmtPos = s->pos;
  switch (s->kind) {
    case NodeKind::BlockStmt: block(s->as<ast::BlockStmt>()->stmts); break;
    case NodeKind::LabeledStmt: {
      auto* ls = s->as<ast::LabeledStmt>();
      auto it = labels.find(ls);
      if (it != labels.end() && it->second == 1) loopDepth++;
      stmt(ls->stmt);
      break;
    }
    case NodeKind::ExprStmt: {
      ast::Expr* x = ast::unparen(s->as<ast::ExprStmt>()->x);
      if (x->kind == NodeKind::CallExpr && x->as<ast::CallExpr>()->callKind != ast::CallKind::Conversion)
        call(nullptr, x->as<ast::CallExpr>());
      else
        discard(x);
      break;
    }
    case NodeKind::SendStmt: {
      auto* ss = s->as<ast::SendStmt>();
      discard(ss->chan);
      assignHeap(ss->value, elemOf(ss->chan->type), ss->pos, ss, "send");
      break;
    }
    case NodeKind::IncDecStmt: {
      std::vector<ast::Expr*> lhs{s->as<ast::IncDecStmt>()->x};
      reassigned({addrHole(lhs[0])}, s, &lhs);
      break;
    }
    case NodeKind::AssignStmt: {
      auto* as = s->as<ast::AssignStmt>();
      bool define = as->tok == ast::Tok::Define;
      if (define)
        for (ast::Expr* l : as->lhs) {
          auto* id = ast::unparen(l);
          if (id->kind == NodeKind::Ident && id->as<ast::Ident>()->defines && id->as<ast::Ident>()->obj)
            dcl(id->as<ast::Ident>()->obj->as<Var>());
        }
      if (as->lhs.size() == as->rhs.size()) {
        assignList(as->lhs, as->rhs, as, as->lhs.size() == 1 ? "assign" : "assign-pair");
        break;
      }
      // v1, v2 = f(), or a comma-ok form.
      ast::Expr* r = ast::unparen(as->rhs[0]);
      std::vector<Hole> ks;
      for (ast::Expr* l : as->lhs) ks.push_back(addrHole(l));
      if (r->kind == NodeKind::CallExpr && r->as<ast::CallExpr>()->callKind == ast::CallKind::Call) {
        call(&ks, r->as<ast::CallExpr>());
      } else {
        // v, ok = x.(T) / m[k] / <-c: the value goes to v.
        Hole k = ks[0];
        if (r->kind == NodeKind::TypeAssertExpr) expr(note(k, as, "assign-pair-dot-type"), r);
        else discard(r);
      }
      reassigned(ks, as, &as->lhs);
      break;
    }
    case NodeKind::DeclStmt: {
      auto* gd = s->as<ast::DeclStmt>()->decl;
      if (gd->tok != ast::Tok::Var) break;
      for (ast::Node* n : gd->specs) {
        auto* vs = n->as<ast::ValueSpec>();
        for (ast::Ident* id : vs->names)
          if (id->obj && id->name != "_") dcl(id->obj->as<Var>());
        if (vs->values.empty()) continue;
        std::vector<ast::Expr*> lhs(vs->names.begin(), vs->names.end());
        if (vs->values.size() == vs->names.size()) {
          assignList(lhs, vs->values, vs, lhs.size() == 1 ? "assign" : "assign-pair", true);
        } else {
          std::vector<Hole> ks;
          for (ast::Expr* l : lhs) ks.push_back(addrHole(l));
          ast::Expr* r = ast::unparen(vs->values[0]);
          if (r->kind == NodeKind::CallExpr) call(&ks, r->as<ast::CallExpr>());
          else if (r->kind == NodeKind::TypeAssertExpr) expr(note(ks[0], vs, "assign-pair-dot-type"), r);
          else discard(r);
        }
      }
      break;
    }
    case NodeKind::GoStmt: goDefer(s, s->as<ast::GoStmt>()->call, true); break;
    case NodeKind::DeferStmt: goDefer(s, s->as<ast::DeferStmt>()->call, false); break;
    case NodeKind::ReturnStmt: {
      auto* rs = s->as<ast::ReturnStmt>();
      if (rs->results.empty()) break;
      std::vector<Hole> ks;
      for (Location* r : curfn->results) ks.push_back(Hole{r});
      auto& rv = curfn->sig->results->vars;
      if (rs->results.size() == rv.size()) {
        for (size_t i = 0; i < rv.size(); i++) {
          // gc converts a result where it stands.
          exprTo(note(ks[i], rs, "return"), rs->results[i], rv[i]->type, gcPos(rs->results[i]));
        }
      } else {
        // return f() with several results: gc assigns them to temporaries first and
        // returns those.
        ast::Expr* r = ast::unparen(rs->results[0]);
        if (r->kind != NodeKind::CallExpr) {
          discard(r);
          break;
        }
        std::vector<Location*> temps = typecheckTemps(rv.size());
        std::vector<Hole> tks;
        std::string names;
        for (Location* t : temps) {
          tks.push_back(Hole{t});
          names += (names.empty() ? "" : ", ") + t->name;
        }
        call(&tks, r->as<ast::CallExpr>());
        for (size_t i = 0; i < temps.size(); i++) flow(note(ks[i], "return " + names, rs->pos, "return"), temps[i]);
      }
      break;
    }
    case NodeKind::IfStmt: {
      auto* is = s->as<ast::IfStmt>();
      stmt(is->init);
      discard(is->cond);
      // gc drops the branch a constant condition never takes before escape analysis.
      bool constCond = is->cond && is->cond->mode == ast::Mode::Constant &&
                       is->cond->val.kind() == constant::Kind::Bool;
      bool condVal = constCond && constant::boolVal(is->cond->val);
      if (!constCond || condVal) block(is->body->stmts);
      if (is->els && (!constCond || !condVal)) {
        int old = loopDepth;
        stmt(is->els);
        loopDepth = old;
      }
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* ss = s->as<ast::SwitchStmt>();
      stmt(ss->init);
      discard(ss->tag);
      for (ast::CaseClause* cc : ss->clauses) {
        for (ast::Expr* e : cc->list) discard(e);
        block(cc->body);
      }
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* ts = s->as<ast::TypeSwitchStmt>();
      stmt(ts->init);
      std::vector<Hole> ks;
      if (ts->binding)
        for (ast::CaseClause* cc : ts->clauses) {
          if (!cc->implicit) continue;
          Hole k = dcl(cc->implicit);
          if (hasPointers(cc->implicit->type)) ks.push_back(dotType(k, cc->implicit->type, cc, "switch case"));
        }
      expr(teeHole(ks), ts->x);
      for (ast::CaseClause* cc : ts->clauses) block(cc->body);
      break;
    }
    case NodeKind::SelectStmt: {
      for (ast::CommClause* cc : s->as<ast::SelectStmt>()->clauses) {
        int old = loopDepth;
        stmt(cc->comm);
        for (ast::Stmt* b : cc->body) stmt(b);
        loopDepth = old;
      }
      break;
    }
    case NodeKind::ForStmt: {
      auto* fs = s->as<ast::ForStmt>();
      int old = loopDepth;
      stmt(fs->init);
      loopDepth++;
      // Per-iteration loop variables (Go 1.22) are declared inside the loop.
      if (fs->init && fs->init->kind == NodeKind::AssignStmt)
        for (ast::Expr* l : fs->init->as<ast::AssignStmt>()->lhs)
          if (Var* v = localVar(l); v && fs->init->as<ast::AssignStmt>()->tok == ast::Tok::Define)
            varLoc(v)->loopDepth = loopDepth;
      discard(fs->cond);
      stmt(fs->post);
      block(fs->body->stmts);
      loopDepth = old;
      break;
    }
    case NodeKind::RangeStmt: {
      auto* rs = s->as<ast::RangeStmt>();
      int old = loopDepth;
      Location* tmp = newLoc(Site::Temp, nullptr, {}, false);
      expr(Hole{tmp}, rs->x);
      loopDepth++;
      std::vector<Hole> ks;
      for (ast::Expr* e : {rs->key, rs->value}) {
        if (e && rs->tok == ast::Tok::Define) {
          if (Var* v = localVar(e)) {
            ks.push_back(dcl(v));
            continue;
          }
        }
        ks.push_back(e ? addrHole(e) : discardHole());
      }
      Type* xt = rs->x->type ? underlying(rs->x->type) : nullptr;
      if (xt && xt->kind == TypeKind::Array) flow(note(ks[1], "for loop", rs->rangePos, "range"), tmp);
      else flow(note(ks[1].deref(), "for loop", rs->rangePos, "range-deref"), tmp);
      std::vector<ast::Expr*> lhs{rs->key, rs->value};
      reassigned(ks, rs, &lhs);
      block(rs->body->stmts);
      loopDepth = old;
      break;
    }
    default: break;
  }
}

// The hole for an assignment's destination.
Hole Batch::addrHole(ast::Expr* e) {
  e = ast::unparen(e);
  if (!e || isBlank(e)) return discardHole();
  switch (e->kind) {
    case NodeKind::Ident: {
      if (Var* v = localVar(e)) return Hole{varLoc(v)};
      return heapHole();  // a global
    }
    case NodeKind::SelectorExpr: {
      auto* sel = e->as<ast::SelectorExpr>();
      if (!sel->selection) return heapHole();  // pkg.Var
      // Through a pointer anywhere on the path: the heap; else the variable's own hole.
      if (sel->selection->indirect) {
        discard(sel->x);
        return heapHole();
      }
      return addrHole(sel->x);
    }
    case NodeKind::IndexExpr: {
      auto* ix = e->as<ast::IndexExpr>();
      Type* xt = underlying(ix->x->type);
      if (xt->kind == TypeKind::Map) {
        discard(ix->x);
        assignHeap(ix->index, xt->as<Map>()->key, ix->pos, ix, "key of map put");
        return heapHole();
      }
      discard(ix->index);
      if (xt->kind == TypeKind::Array) return addrHole(ix->x);
      discard(ix->x);
      return heapHole();
    }
    case NodeKind::StarExpr:
      discard(e->as<ast::StarExpr>()->x);
      return heapHole();
    default: return heapHole();
  }
}

void Batch::reassigned(const std::vector<Hole>& ks, ast::Node* where, const std::vector<ast::Expr*>* lhs) {
  for (size_t i = 0; i < ks.size(); i++) {
    Location* loc = ks[i].dst;
    if (loc->site != Site::Var) continue;
    // A variable's own definition does not reassign it (a range's does: it repeats).
    if (where->kind != NodeKind::RangeStmt && lhs && i < lhs->size()) {
      auto* l = ast::unparen((*lhs)[i]);
      if (l && l->kind == NodeKind::Ident && l->as<ast::Ident>()->defines) continue;
    }
    loc->reassigned = true;
  }
}

namespace {

// gc ignores `x.f = x.g`-like assignments within one object (escape/utils.go).
bool sameSafeExpr(ast::Expr* a, ast::Expr* b) {
  a = ast::unparen(a);
  b = ast::unparen(b);
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case NodeKind::Ident: return a->as<ast::Ident>()->obj && a->as<ast::Ident>()->obj == b->as<ast::Ident>()->obj;
    case NodeKind::SelectorExpr:
      return a->as<ast::SelectorExpr>()->sel->name == b->as<ast::SelectorExpr>()->sel->name &&
             sameSafeExpr(a->as<ast::SelectorExpr>()->x, b->as<ast::SelectorExpr>()->x);
    case NodeKind::StarExpr: return sameSafeExpr(a->as<ast::StarExpr>()->x, b->as<ast::StarExpr>()->x);
    case NodeKind::IndexExpr: {
      auto* x = a->as<ast::IndexExpr>();
      auto* y = b->as<ast::IndexExpr>();
      if (underlying(x->x->type)->kind != TypeKind::Array) return false;
      return sameSafeExpr(x->x, y->x) && sameSafeExpr(x->index, y->index);
    }
    case NodeKind::BasicLit: return a->as<ast::BasicLit>()->text == b->as<ast::BasicLit>()->text;
    default: return false;
  }
}

bool mayAffectMemory(ast::Expr* n) {
  n = ast::unparen(n);
  if (!n) return false;
  if (n->mode == ast::Mode::Constant) return false;
  switch (n->kind) {
    case NodeKind::Ident:
    case NodeKind::BasicLit: return false;
    case NodeKind::BinaryExpr:
      return mayAffectMemory(n->as<ast::BinaryExpr>()->x) || mayAffectMemory(n->as<ast::BinaryExpr>()->y);
    case NodeKind::IndexExpr:
      return mayAffectMemory(n->as<ast::IndexExpr>()->x) || mayAffectMemory(n->as<ast::IndexExpr>()->index);
    case NodeKind::UnaryExpr: return mayAffectMemory(n->as<ast::UnaryExpr>()->x);
    case NodeKind::SelectorExpr: return mayAffectMemory(n->as<ast::SelectorExpr>()->x);
    case NodeKind::StarExpr: return mayAffectMemory(n->as<ast::StarExpr>()->x);
    default: return true;
  }
}

// The pointer a destination is reached through: `p` of `p.f` / `*p` / `p.f` with p a
// pointer (gc's ODEREF / ODOTPTR operand), when it is a plain name.
ast::Expr* derefBase(ast::Expr* e) {
  e = ast::unparen(e);
  if (e->kind == NodeKind::StarExpr) return ast::unparen(e->as<ast::StarExpr>()->x);
  if (e->kind == NodeKind::SelectorExpr) {
    auto* s = e->as<ast::SelectorExpr>();
    if (s->selection && s->selection->kind == SelectionKind::FieldVal && s->selection->index.size() == 1 &&
        underlying(s->x->type)->kind == TypeKind::Pointer)
      return ast::unparen(s->x);
  }
  return nullptr;
}

bool isSelfAssign(ast::Expr* dst, ast::Expr* src) {
  dst = ast::unparen(dst);
  src = ast::unparen(src);
  if (!dst || !src) return false;
  // b.buf = b.buf[1:2]: a slice of the same pointer's field.
  if (src->kind == NodeKind::SliceExpr) {
    ast::Expr* dx = derefBase(dst);
    auto* se = src->as<ast::SliceExpr>();
    Type* st = underlying(se->x->type);
    if (dx && dx->kind == NodeKind::Ident && st->kind != TypeKind::Array) {
      ast::Expr* sx = derefBase(se->x);
      if (sx && sx->kind == NodeKind::Ident && sx->as<ast::Ident>()->obj == dx->as<ast::Ident>()->obj)
        return true;
    }
  }
  if (dst->kind != src->kind) return false;
  switch (dst->kind) {
    case NodeKind::SelectorExpr: {
      auto* d = dst->as<ast::SelectorExpr>();
      auto* s = src->as<ast::SelectorExpr>();
      // Fields both (gc's ODOT/ODOTPTR): s.F = s.m takes a method value, a new closure
      // that holds s and must be accounted for (it escaped into s's own field).
      if (!d->selection || !s->selection || d->selection->kind != SelectionKind::FieldVal ||
          s->selection->kind != SelectionKind::FieldVal)
        return false;
      return sameSafeExpr(d->x, s->x);
    }
    case NodeKind::IndexExpr: {
      auto* d = dst->as<ast::IndexExpr>();
      auto* s = src->as<ast::IndexExpr>();
      if (underlying(d->x->type)->kind == TypeKind::Map) return false;
      if (mayAffectMemory(d->index) || mayAffectMemory(s->index)) return false;
      return sameSafeExpr(d->x, s->x);
    }
    default: return false;
  }
}

}  // namespace

void Batch::assignList(const std::vector<ast::Expr*>& dsts, const std::vector<ast::Expr*>& srcs,
                       ast::Node* where, const char* why, bool varDecl) {
  std::vector<Hole> ks;
  for (ast::Expr* d : dsts) ks.push_back(addrHole(d));
  for (size_t i = 0; i < ks.size(); i++) {
    ast::Expr* src = i < srcs.size() ? srcs[i] : nullptr;
    Hole k = ks[i];
    // A uintptr stored in a reflect.SliceHeader's or StringHeader's Data through a
    // pointer is a pointer stored in the heap (gc's rule 6 of unsafe.Pointer).
    if (src && isReflectHeaderData(dsts[i])) {
      unsafeValue(note(heapHole(), where, why), src);
      continue;
    }
    if (src && isSelfAssign(dsts[i], src)) {
      impl->warn(gcPos(where), funcName(curfn) + " ignoring self-assignment in " + nodeString(where, impl->pkg));
      k = discardHole();
    }
    Type* to = dsts[i]->type;
    if (Var* v = localVar(dsts[i])) to = v->type;
    if (!to || isBlank(dsts[i])) to = src ? src->type : nullptr;
    // gc places the conversion of an assigned value at the statement's first operand.
    // (in a var declaration, at the value).
    ast::Pos convPos = varDecl && src ? gcPos(src) : dsts[0]->pos;
    if (src) exprTo(note(k, where, why), src, to, convPos);
  }
  reassigned(ks, where, &dsts);
}

// ---- expressions ---------------------------------------------------------------------------

void Batch::exprTo(Hole k, ast::Expr* e, Type* to, ast::Pos convPos) {
  if (!e) return;
  Type* from = e->type;
  if (to && from && isInterface(to) && !isInterface(from) &&
      !(from->kind == TypeKind::Basic && from->as<Basic>()->bkind == BasicKind::UntypedNil)) {
    if (!isDirectIface(from)) k = spill(k, Site::Box, e, convPos);
    if (explaining()) k = note(k, nodeString(e, impl->pkg, &tempNames), convPos, "interface-converted");
  } else if (explaining() && to && from && isInterface(to) && isInterface(from) && !identical(to, from)) {
    k = note(k, nodeString(e, impl->pkg, &tempNames), convPos, "interface-converted");
  }
  expr(k, e);
}

void Batch::receiver(Hole k, ast::SelectorExpr* sel, bool ptrRecv) {
  // The receiver expression: x, its embedded fields along the path (dereferencing
  // pointers), then & or * to match the method's receiver.
  // gc's nodes from the outside in: the & or *, then each embedded field.
  Type* t;
  pathDerefs(sel->x->type, sel->selection->index, &t);
  bool isPtr = underlying(t)->kind == TypeKind::Pointer;
  // The implicit & or * is placed at the selector's dot.
  if (ptrRecv && !isPtr) k = note(k.addr(), nodeString(sel->x, impl->pkg), sel->dot, "address-of");
  if (!ptrRecv && isPtr) k = note(k.deref(), nodeString(sel->x, impl->pkg), sel->dot, "indirection");
  expr(fieldPath(k, sel->x->type, sel->selection->index, sel->x), sel->x);
}

// The hole for x, given the hole for x.f1.f2... (the field path): a "dot" for each step
// within a value, a dereference ("dot of pointer") for each through a pointer.
Hole Batch::fieldPath(Hole k, Type* xt, const std::vector<int>& path, ast::Node* where) {
  std::vector<bool> viaPtr;
  Type* t = xt;
  for (int idx : path) {
    Type* u = underlying(t);
    bool ptr = u->kind == TypeKind::Pointer;
    if (ptr) u = underlying(u->as<Pointer>()->elem);
    if (u->kind != TypeKind::Struct) break;
    viaPtr.push_back(ptr);
    t = u->as<Struct>()->fields[idx]->type;
  }
  for (size_t i = viaPtr.size(); i-- > 0;)
    k = viaPtr[i] ? deref(k, where, "dot of pointer") : note(k, where, "dot");
  return k;
}

void Batch::expr(Hole k, ast::Expr* e) {
  if (!e) return;
  if (e->mode == ast::Mode::Constant || e->mode == ast::Mode::TypeExpr) return;
  if (k.derefs >= 0 && e->type && !isUntyped(e->type) && !hasPointers(e->type)) k.dst = &blankLoc;

  switch (e->kind) {
    case NodeKind::Ident: {
      if (Var* v = localVar(e)) flow(k, varLoc(v));
      break;
    }
    case NodeKind::ParenExpr: expr(k, e->as<ast::ParenExpr>()->x); break;
    case NodeKind::BasicLit: break;
    case NodeKind::FuncLit: closureExpr(k, e->as<ast::FuncLit>()); break;
    case NodeKind::CompositeLit: {
      auto* lit = e->as<ast::CompositeLit>();
      Type* t = e->type;
      if (!t) break;
      Type* u = underlying(t);
      if (u->kind == TypeKind::Pointer) {  // an elided &T{...} inside an outer literal
        k = spill(k, Site::PtrLit, lit, lit->lbrace);
        t = u->as<Pointer>()->elem;
        u = underlying(t);
      }
      auto value = [](ast::Expr* el) {
        return el->kind == NodeKind::KeyValueExpr ? el->as<ast::KeyValueExpr>()->value : el;
      };
      switch (u->kind) {
        case TypeKind::Struct: {
          auto* st = u->as<Struct>();
          Hole ek = note(k, lit, "struct literal element");
          for (size_t i = 0; i < lit->elts.size(); i++) {
            int64_t fi = i < lit->indices.size() ? lit->indices[i] : int64_t(i);
            Type* ft = fi >= 0 && size_t(fi) < st->fields.size() ? st->fields[fi]->type : nullptr;
            ast::Expr* v = value(lit->elts[i]);
            exprTo(ek, v, ft, gcPos(v));
          }
          break;
        }
        case TypeKind::Array: {
          Hole ek = note(k, lit, "array literal element");
          for (ast::Expr* el : lit->elts) exprTo(ek, value(el), u->as<Array>()->elem, gcPos(value(el)));
          break;
        }
        case TypeKind::Slice: {
          Hole kk = note(spill(k, Site::SliceLit, lit, lit->lbrace), lit, "slice-literal-element");
          for (ast::Expr* el : lit->elts)
            exprTo(kk, value(el), u->as<types::Slice>()->elem, gcPos(value(el)));
          break;
        }
        case TypeKind::Map: {
          spill(k, Site::MapLit, lit, lit->lbrace);
          auto* mt = u->as<Map>();
          for (ast::Expr* el : lit->elts) {
            if (el->kind != NodeKind::KeyValueExpr) continue;
            auto* kv = el->as<ast::KeyValueExpr>();
            assignHeap(kv->key, mt->key, gcPos(kv->key), lit, "map literal key");
            assignHeap(kv->value, mt->elem, gcPos(kv->value), lit, "map literal value");
          }
          break;
        }
        default: break;
      }
      break;
    }
    case NodeKind::SelectorExpr: {
      auto* sel = e->as<ast::SelectorExpr>();
      Selection* s = sel->selection;
      if (!s) break;  // pkg.Name: a global, a function or a constant
      if (s->kind == SelectionKind::FieldVal) {
        expr(fieldPath(k, sel->x->type, s->index, sel), sel->x);
        break;
      }
      if (s->kind == SelectionKind::MethodExpr) break;
      // A method value: a closure binding the receiver.
      Hole closureK = spill(k, Site::MethodValue, sel, sel->dot);
      auto* m = s->obj->as<Func>();
      Callee c;
      if (!m->iface) {
        c.fn = m;
        auto it = impl->funcs.find(m);
        if (it != impl->funcs.end()) c.info = it->second;
      }
      std::vector<Hole> ks;
      auto* msig = m->type->as<Signature>();
      for (size_t i = 0; i < msig->results->vars.size(); i++) ks.push_back(heapHole());
      std::vector<Leaks> tags;
      bool mutual = c.info && c.info->state < FuncInfo::Tagged;
      if (c.fn && !mutual) tags = impl->tagsOf(c.fn);
      Hole paramK = c.fn ? tagHole(&ks, c, 0, mutual ? nullptr : &tags) : heapHole();
      receiver(teeHole({paramK, closureK}), sel, m->ptrRecv);
      break;
    }
    case NodeKind::IndexExpr: {
      auto* ix = e->as<ast::IndexExpr>();
      if (ix->instance) {  // F[int]: a function value
        expr(k, ix->x);
        break;
      }
      Type* xt = underlying(ix->x->type);
      bool ptrToArray = xt->kind == TypeKind::Pointer && underlying(xt->as<Pointer>()->elem)->kind == TypeKind::Array;
      if (xt->kind == TypeKind::Array) expr(note(k, ix, "fixed-array-index-of"), ix->x);
      else if (ptrToArray)  // p[i] is (*p)[i], the * placed at p
        expr(note(note(k, ix, "fixed-array-index-of").deref(), nodeString(ix->x, impl->pkg), ix->x->pos, "indirection"), ix->x);
      else if (xt->kind == TypeKind::Map) discard(ix->x);
      else expr(deref(k, ix, "dot of pointer"), ix->x);
      if (xt->kind == TypeKind::Map) exprTo(discardHole(), ix->index, xt->as<Map>()->key, ix->pos);
      else discard(ix->index);
      break;
    }
    case NodeKind::SliceExpr: {
      auto* se = e->as<ast::SliceExpr>();
      Type* xt = underlying(se->x->type);
      Hole sk = note(k, se, "slice");
      // a[:] is (&a)[:], the & placed where the operand starts.
      if (xt->kind == TypeKind::Array)
        expr(note(sk.addr(), nodeString(se->x, impl->pkg), se->x->pos, "address-of"), se->x);
      else expr(sk, se->x);
      discard(se->lo);
      discard(se->hi);
      discard(se->max);
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* ta = e->as<ast::TypeAssertExpr>();
      expr(dotType(k, e->type, e, "dot"), ta->x);
      break;
    }
    case NodeKind::StarExpr: expr(deref(k, e, "indirection"), e->as<ast::StarExpr>()->x); break;
    case NodeKind::UnaryExpr: {
      auto* ue = e->as<ast::UnaryExpr>();
      if (ue->op == ast::Tok::And) {
        ast::Expr* x = ast::unparen(ue->x);
        if (x->kind == NodeKind::CompositeLit) {
          expr(spill(k, Site::PtrLit, ue, ue->pos), x);
        } else {
          expr(addr(k, ue, "address-of"), x);
        }
      } else {
        discard(ue->x);
      }
      break;
    }
    case NodeKind::BinaryExpr: {
      auto* be = e->as<ast::BinaryExpr>();
      if (be->op == ast::Tok::Add && e->type && isString(e->type)) {
        spill(k, Site::AddStr, be, be->opPos);
        // gc flattens a + b + c into one concatenation.
        std::function<void(ast::Expr*)> operands = [&](ast::Expr* x) {
          ast::Expr* u = ast::unparen(x);
          if (u->kind == NodeKind::BinaryExpr && u->as<ast::BinaryExpr>()->op == ast::Tok::Add &&
              u->mode != ast::Mode::Constant) {
            operands(u->as<ast::BinaryExpr>()->x);
            operands(u->as<ast::BinaryExpr>()->y);
          } else {
            discard(x);
          }
        };
        operands(be->x);
        operands(be->y);
        break;
      }
      discard(be->x);
      discard(be->y);
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = e->as<ast::CallExpr>();
      if (c->callKind == ast::CallKind::Conversion) {
        ast::Expr* x = c->args.empty() ? nullptr : c->args[0];
        if (!x) break;
        Type* to = e->type;
        Type* from = x->type;
        Type* tu = underlying(to);
        Type* fu = from ? underlying(from) : nullptr;
        bool toUnsafe = tu->kind == TypeKind::Basic && tu->as<Basic>()->bkind == BasicKind::UnsafePointer;
        bool fromUintptr = fu && fu->kind == TypeKind::Basic && fu->as<Basic>()->bkind == BasicKind::Uintptr;
        if (toUnsafe && fromUintptr) {
          unsafeValue(k, x);
        } else if (isInterface(to) && from && !isInterface(from)) {
          Hole kk = k;
          if (!isDirectIface(from)) kk = spill(k, Site::ConvIface, c, c->lparen);
          expr(note(kk, c, "interface-converted"), x);
        } else if (fu && ((isString(to) && (fu->kind == TypeKind::Slice || isInteger(from))) ||
                          (tu->kind == TypeKind::Slice && isString(from)))) {
          spill(k, Site::StrConv, c, c->lparen);
          discard(x);
        } else {
          expr(k, x);
        }
        break;
      }
      std::vector<Hole> ks{k};
      call(&ks, c);
      break;
    }
    case NodeKind::KeyValueExpr: break;
    default: break;
  }
}

// p.Data, p a *reflect.SliceHeader or *reflect.StringHeader: a uintptr that is a pointer
// (gc's IsReflectHeaderDataField, through a pointer).
bool Batch::isReflectHeaderData(ast::Expr* e) {
  e = ast::unparen(e);
  if (!e || e->kind != NodeKind::SelectorExpr || !e->type) return false;
  auto* sel = e->as<ast::SelectorExpr>();
  Type* u = underlying(e->type);
  if (sel->sel->name != "Data" || u->kind != TypeKind::Basic || u->as<Basic>()->bkind != BasicKind::Uintptr) return false;
  Type* xt = sel->x->type;
  if (!xt || xt->kind != TypeKind::Pointer && underlying(xt)->kind != TypeKind::Pointer) return false;
  Type* st = underlying(xt)->as<Pointer>()->elem;
  if (st->kind != TypeKind::Named) return false;
  Object* o = st->as<Named>()->obj;
  return o->pkg && o->pkg->path == "reflect" && (o->name == "SliceHeader" || o->name == "StringHeader");
}

// A uintptr expression converted back to unsafe.Pointer: the pointers it was computed
// from flow on (gc's unsafeValue).
void Batch::unsafeValue(Hole k, ast::Expr* n) {
  n = ast::unparen(n);
  if (!n || n->mode == ast::Mode::Constant) return;
  switch (n->kind) {
    case NodeKind::SelectorExpr:
      if (isReflectHeaderData(n)) {
        expr(deref(k, n, "reflect.Header.Data"), n->as<ast::SelectorExpr>()->x);
        return;
      }
      break;
    case NodeKind::CallExpr: {
      auto* c = n->as<ast::CallExpr>();
      if (c->callKind == ast::CallKind::Conversion && !c->args.empty() && c->args[0]->type) {
        Type* fu = underlying(c->args[0]->type);
        if (fu->kind == TypeKind::Basic && fu->as<Basic>()->bkind == BasicKind::UnsafePointer) expr(k, c->args[0]);
        else discard(c->args[0]);
        return;
      }
      break;
    }
    case NodeKind::UnaryExpr: {
      auto* u = n->as<ast::UnaryExpr>();
      if (u->op == ast::Tok::Add || u->op == ast::Tok::Sub || u->op == ast::Tok::Xor) {
        unsafeValue(k, u->x);
        return;
      }
      break;
    }
    case NodeKind::BinaryExpr: {
      auto* b = n->as<ast::BinaryExpr>();
      switch (b->op) {
        case ast::Tok::Add: case ast::Tok::Sub: case ast::Tok::Or: case ast::Tok::Xor:
        case ast::Tok::Mul: case ast::Tok::Quo: case ast::Tok::Rem: case ast::Tok::And:
        case ast::Tok::AndNot:
          unsafeValue(k, b->x);
          unsafeValue(k, b->y);
          return;
        case ast::Tok::Shl: case ast::Tok::Shr:
          unsafeValue(k, b->x);
          discard(b->y);
          return;
        default: break;
      }
      break;
    }
    default: break;
  }
  discard(n);
}

// Where gc places the implicit conversion of a call's i-th argument: at the position of
// the last argument up to i that is not a variable (gc's current position while it
// converts), else at the call.

ast::Pos Batch::argPos(ast::CallExpr* c, size_t i) {
  ast::Pos p = c->lparen;
  for (size_t j = 0; j <= i && j < c->args.size(); j++) {
    ast::Expr* a = ast::unparen(c->args[j]);
    // A variable is a shared node to gc, with no position of its use; constants and
    // nil are nodes of their own.
    bool variable = a->kind == NodeKind::Ident && a->as<ast::Ident>()->obj &&
                    a->as<ast::Ident>()->obj->kind == ObjKind::Var;
    if (!variable) p = gcPos(a);
  }
  return p;
}

// ---- calls ---------------------------------------------------------------------------------

ast::Expr* Batch::staticValue(ast::Expr* e, bool* viaInterface) {
  e = ast::unparen(e);
  for (int guard = 0; guard < 16; guard++) {
    Var* v = localVar(e);
    if (!v || v->isParam || v->addrTaken || impl->reassignedVars.count(v)) break;
    auto it = impl->staticInit.find(v);
    if (it == impl->staticInit.end()) break;
    if (viaInterface && isInterface(v->type)) *viaInterface = true;
    e = ast::unparen(it->second);
  }
  return e;
}

Callee Batch::staticCallee(ast::CallExpr* c) {
  Callee r;
  ast::Expr* f = staticValue(c->fun, nullptr);
  switch (f->kind) {
    case NodeKind::FuncLit: {
      r.info = impl->lits[f->as<ast::FuncLit>()];
      if (r.info) r.sig = r.info->sig;
      return r;
    }
    case NodeKind::Ident: {
      auto* id = f->as<ast::Ident>();
      if (id->obj && id->obj->kind == ObjKind::Func) r.fn = id->obj->as<Func>();
      break;
    }
    case NodeKind::SelectorExpr: {
      auto* s = f->as<ast::SelectorExpr>();
      if (!s->selection) {
        if (s->sel->obj && s->sel->obj->kind == ObjKind::Func) r.fn = s->sel->obj->as<Func>();
      } else if (s->selection->kind != SelectionKind::FieldVal && s->selection->obj &&
                 s->selection->obj->kind == ObjKind::Func && !s->selection->obj->as<Func>()->iface) {
        r.fn = s->selection->obj->as<Func>();
      }
      break;
    }
    default: break;
  }
  if (r.fn) {
    r.sig = r.fn->type->as<Signature>();
    auto it = impl->funcs.find(r.fn);
    if (it != impl->funcs.end()) r.info = it->second;
  }
  return r;
}

Hole Batch::tagHole(const std::vector<Hole>* ks, const Callee& c, int paramIndex,
                    const std::vector<Leaks>* tags) {
  if (!c.fn && !c.info) return heapHole();
  if (c.info && c.info->state < FuncInfo::Tagged) {
    // In this batch: flow straight into the parameter.
    Location* p = paramIndex < int(c.info->params.size()) ? c.info->params[paramIndex] : nullptr;
    return p ? Hole{p} : discardHole();
  }
  if (!tags || paramIndex >= int(tags->size())) return heapHole();
  const Leaks& esc = (*tags)[paramIndex];
  std::vector<Hole> tks;
  if (int x = esc.heap(); x >= 0) tks.push_back(heapHole().shift(x));
  if (ks)
    for (int i = 0; i < kNumEscResults && i < int(ks->size()); i++)
      if (int x = esc.result(i); x >= 0) tks.push_back((*ks)[i].shift(x));
  return teeHole(tks);
}

void Batch::call(const std::vector<Hole>* ks, ast::CallExpr* c, PendingClosure* wrap) {
  if (c->callKind == ast::CallKind::Builtin) {
    builtinCall(ks, c);
    return;
  }
  if (c->callKind == ast::CallKind::Conversion) {
    if (ks && !ks->empty()) expr((*ks)[0], c);
    else discard(c);
    return;
  }
  ast::Expr* fun = ast::unparen(c->fun);
  Callee callee = staticCallee(c);
  if (fun->kind == NodeKind::FuncLit && callee.info) callee.info->closureCalled = true;
  auto* sel = fun->kind == NodeKind::SelectorExpr ? fun->as<ast::SelectorExpr>() : nullptr;
  bool methodCall = sel && sel->selection && sel->selection->kind == SelectionKind::MethodVal;
  bool methodExpr = sel && sel->selection && sel->selection->kind == SelectionKind::MethodExpr;
  // Devirtualization (gc's pass before this one): a method call on an interface variable
  // that only ever holds one concrete type T calls T's method on x.(T).
  Type* devirt = nullptr;
  std::vector<int> devirtPath;
  bool partialDevirt = false;
  if (methodCall && sel->selection->obj->as<Func>()->iface) {
    bool converted = false;
    ast::Expr* r = staticValue(sel->x, &converted);
    if (r->kind == NodeKind::CallExpr && r->as<ast::CallExpr>()->callKind == ast::CallKind::Conversion &&
        isInterface(r->type) && !r->as<ast::CallExpr>()->args.empty()) {
      r = ast::unparen(r->as<ast::CallExpr>()->args[0]);
      converted = true;
    }
    if (converted && r->type && !isInterface(r->type) && r->type->kind != TypeKind::Tuple) {
      std::vector<int> idx;
      bool indirect = false;
      Object* o = lookupFieldOrMethod(r->type, false, impl->pkg, sel->sel->name, &idx, &indirect);
      if (o && o->kind == ObjKind::Func) {
        Func* cm = o->as<Func>();
        std::string what = exprString(sel, impl->pkg) + " to " + typeStr(r->type, impl->pkg);
        if (cm->iface) {
          impl->devirtualized(c->lparen, "partially devirtualizing " + what);
          partialDevirt = true;
          devirt = r->type;
          devirtPath = idx;
        } else {
          impl->devirtualized(c->lparen, "devirtualizing " + what);
          devirt = r->type;
          devirtPath = idx;
          callee = Callee{};
          callee.fn = cm;
          callee.sig = cm->type->as<Signature>();
          auto it = impl->funcs.find(cm);
          if (it != impl->funcs.end()) callee.info = it->second;
        }
      }
    }
  }
  Type* ftype = underlying(fun->type);
  Signature* sig = callee.sig ? callee.sig : (ftype && ftype->kind == TypeKind::Signature ? ftype->as<Signature>() : nullptr);
  if (!sig) return;
  bool mutual = callee.info && callee.info->state < FuncInfo::Tagged;
  std::vector<Leaks> tags;
  if (callee.fn && !mutual) tags = impl->tagsOf(callee.fn);
  const std::vector<Leaks>* tp = (callee.fn && !mutual) ? &tags : nullptr;

  // Results of a function in this batch flow to their destinations directly.
  if (ks && mutual)
    for (size_t i = 0; i < callee.info->results.size() && i < ks->size(); i++) flow((*ks)[i], callee.info->results[i]);

  // Under go/defer, the operands' temporaries, named in gc's order (callee, receiver,
  // arguments) before any is analysed, so each note prints the wrapped call whole.
  const std::vector<ast::Expr*>& args = c->args;
  std::vector<Var*> params;
  if (methodExpr && sig->recv) params.push_back(sig->recv);
  for (Var* v : sig->params->vars) params.push_back(v);
  bool variadic = sig->variadic && !c->hasEllipsis;
  size_t nfixed = variadic ? params.size() - 1 : params.size();
  bool spread = args.size() == 1 && params.size() > 1 && ast::unparen(args[0])->kind == NodeKind::CallExpr &&
                args[0]->type && args[0]->type->kind == TypeKind::Tuple;
  if (wrap) {
    if (!devirt && !methodCall && !methodExpr && !callee.fn) wrapperTemp(wrap, c->fun, c->fun->type, c, c->lparen);
    if (devirt || methodCall) {
      auto* m = sel->selection->obj->as<Func>();
      Type* rt = m->iface ? sel->x->type : m->type->as<Signature>()->recv->type;
      wrapperTemp(wrap, sel->x, rt, c, c->lparen);
    }
    if (!spread)
      for (size_t i = 0; i < args.size(); i++) {
        Type* to = i < nfixed ? params[i]->type : underlying(params.back()->type)->as<types::Slice>()->elem;
        wrapperTemp(wrap, args[i], to, c, argPos(c, i));
      }
  }

  // The callee and the receiver.
  if (devirt) {
    // The receiver is x.(T), then T's embedded fields down to the method (partially: to
    // the embedded interface, whose value goes to the heap as any interface receiver).
    Func* cm = partialDevirt ? sel->selection->obj->as<Func>() : callee.fn;
    int shift = (!isInterface(devirt) && !isDirectIface(devirt)) ? 1 : 0;
    Type* t;
    shift += pathDerefs(devirt, devirtPath, &t);
    if (!partialDevirt && !cm->ptrRecv && underlying(t)->kind == TypeKind::Pointer) shift++;
    Hole rk = note((partialDevirt ? heapHole() : tagHole(ks, callee, 0, tp)).shift(shift), c, "call parameter");
    argument(rk, sel->x, nullptr, c->lparen, wrap);
  } else if (methodCall) {
    auto* m = sel->selection->obj->as<Func>();
    // An interface method's receiver is the interface value: it goes to the heap.
    Hole rk = note(m->iface ? heapHole() : tagHole(ks, callee, 0, tp), c, "call parameter");
    if (wrap) {
      Location* tmp = exprTemps.count(sel->x) ? exprTemps[sel->x] : nullptr;
      if (tmp) {
        Hole tk = tempHole(tmp, sel->x);
        if (m->iface) expr(tk, sel->x);
        else receiver(tk, sel, m->ptrRecv);
        flow(rk, tmp);
      } else if (m->iface) {
        expr(rk, sel->x);
      } else {
        receiver(rk, sel, m->ptrRecv);
      }
    } else if (m->iface) {
      expr(rk, sel->x);
    } else {
      receiver(rk, sel, m->ptrRecv);
    }
  } else {
    if (!methodExpr) argument(discardHole(), c->fun, nullptr, c->lparen, callee.fn ? nullptr : wrap);
  }
  int base = methodCall ? 1 : 0;  // tag index of params[0]

  // f(g()) with a multi-valued g: gc assigns g's results to temporaries, which flow into
  // the parameters (under go/defer, through the wrapper's own temporaries).
  if (spread) {
    std::vector<Location*> temps = typecheckTemps(params.size());
    std::vector<Hole> tks;
    for (Location* t : temps) tks.push_back(Hole{t});
    call(&tks, ast::unparen(args[0])->as<ast::CallExpr>(), nullptr);
    for (size_t i = 0; i < params.size(); i++) {
      Location* from = temps[i];
      if (wrap) {
        Location* w = newLoc(Site::Temp, nullptr, c->lparen, false);
        w->name = ".autotmp_" + std::to_string(curfn->dcls++);
        w->width = sizeOf(params[i]->type);
        wrap->temps.push_back(w);
        flow(note(Hole{w}, w->name + " = " + from->name, c->lparen, "assign"), from);
        from = w;
      }
      flow(note(tagHole(ks, callee, base + int(i), tp), c, "call parameter"), from);
    }
    return;
  }
  for (size_t i = 0; i < nfixed && i < args.size(); i++)
    argument(note(tagHole(ks, callee, base + int(i), tp), c, "call parameter"), args[i], params[i]->type,
             argPos(c, i), wrap);
  if (variadic) {
    Type* elem = underlying(params.back()->type)->as<types::Slice>()->elem;
    Hole pk = note(tagHole(ks, callee, base + int(nfixed), tp), c, "call parameter");
    if (args.size() > nfixed) {
      // Under go/defer the operands go to their temporaries first; gc builds the slice
      // from them inside the wrapper, when the call runs, and reports that. golite builds
      // it at the statement and keeps it until then, so there it stays on the heap
      // whatever the report says.
      std::vector<Location*> held(args.size(), nullptr);
      if (wrap) {
        impl->heapNodes.insert(c);
        for (size_t i = nfixed; i < args.size(); i++) {
          auto it = exprTemps.find(args[i]);
          if (it == exprTemps.end()) continue;
          held[i] = it->second;
          Hole tk = tempHole(held[i], args[i]);
          exprTo(tk, args[i], elem, argPos(c, i));
        }
      }
      Hole dk = spill(pk, Site::DDD, c, c->lparen);
      dk = note(dk, "... argument", c->lparen, "slice-literal-element");
      for (size_t i = nfixed; i < args.size(); i++) {
        if (held[i]) flow(dk, held[i]);
        else exprTo(dk, args[i], elem, argPos(c, i));
      }
    }
  }
}

void Batch::builtinCall(const std::vector<Hole>* ks, ast::CallExpr* c) {
  Hole k = ks && !ks->empty() ? (*ks)[0] : discardHole();
  auto& a = c->args;
  auto param = [&](Hole h) { return note(h, c, "call parameter"); };
  switch (BuiltinId(c->builtinId)) {
    case BuiltinId::Append: {
      if (a.empty()) break;
      Type* st = c->type;
      Type* elem = st ? elemOf(st) : nullptr;
      Hole appendee = k;
      if (elem && hasPointers(elem)) appendee = teeHole({k, deref(heapHole(), c, "appendee slice")});
      expr(param(appendee), a[0]);
      if (c->hasEllipsis) {
        Hole appended = discardHole();
        if (a.size() > 1 && a[1]->type && underlying(a[1]->type)->kind == TypeKind::Slice && elem &&
            hasPointers(elem))
          appended = deref(heapHole(), c, "appended slice...");
        if (a.size() > 1) expr(param(appended), a[1]);
      } else {
        for (size_t i = 1; i < a.size(); i++) exprTo(param(heapHole()), a[i], elem, argPos(c, i));
      }
      break;
    }
    case BuiltinId::Copy: {
      if (a.size() < 2) break;
      discard(a[0]);
      Hole copied = discardHole();
      Type* yt = a[1]->type ? underlying(a[1]->type) : nullptr;
      if (yt && yt->kind == TypeKind::Slice && hasPointers(yt->as<types::Slice>()->elem))
        copied = deref(heapHole(), c, "copied slice");
      expr(param(copied), a[1]);
      break;
    }
    case BuiltinId::Panic:
      if (!a.empty()) {
        // gc converts panic's operand at the call, or where typechecking a &T{...} left
        // off: its last name or literal.
        ast::Pos at = c->lparen;
        ast::Expr* x = ast::unparen(a[0]);
        if (x->kind == NodeKind::UnaryExpr && ast::unparen(x->as<ast::UnaryExpr>()->x)->kind == NodeKind::CompositeLit)
          ast::inspect(a[0], [&](ast::Node* n) {
            if (n->kind == NodeKind::Ident || n->kind == NodeKind::BasicLit) at = n->pos;
            return true;
          });
        exprTo(param(heapHole()), a[0], theUniverse()->emptyInterface, at);
      }
      break;
    case BuiltinId::New: spill(k, Site::New, c, c->lparen); break;
    case BuiltinId::Add:
    case BuiltinId::Slice:
    case BuiltinId::String:
      // unsafe.Add(p, n), unsafe.Slice(p, n), unsafe.String(p, n): the result points
      // where p does (gc's OUNSAFEADD, OUNSAFESLICE, OUNSAFESTRING).
      if (a.size() == 2) {
        expr(param(k), a[0]);
        discard(a[1]);
      }
      break;
    case BuiltinId::StringData:
    case BuiltinId::SliceData:
      // The data pointer of a string or slice: what it points to flows on.
      if (a.size() == 1) expr(param(k), a[0]);
      break;
    case BuiltinId::Make: {
      Type* t = a.empty() ? nullptr : underlying(a[0]->type);
      if (!t) break;
      if (t->kind == TypeKind::Slice) {
        spill(k, Site::MakeSlice, c, c->lparen);
      } else if (t->kind == TypeKind::Map) {
        spill(k, Site::MakeMap, c, c->lparen);
      }
      for (size_t i = 1; i < a.size(); i++) discard(a[i]);
      break;
    }
    default:
      for (ast::Expr* x : a) discard(x);
      break;
  }
}

void Batch::goDefer(ast::Stmt* stmt, ast::CallExpr* c, bool isGo) {
  Hole k = heapHole();
  if (!isGo && loopDepth == 1) k = later(discardHole());
  ast::Expr* fun = ast::unparen(c->fun);
  Type* ft = fun->type ? underlying(fun->type) : nullptr;
  bool methodCall = fun->kind == NodeKind::SelectorExpr && fun->as<ast::SelectorExpr>()->selection &&
                    fun->as<ast::SelectorExpr>()->selection->kind == SelectionKind::MethodVal;
  // go/defer f() with no arguments and results: the function value itself is kept.
  if (c->callKind == ast::CallKind::Call && ft && ft->kind == TypeKind::Signature && !methodCall &&
      ft->as<Signature>()->params->vars.empty() && ft->as<Signature>()->results->vars.empty()) {
    expr(k, c->fun);
    return;
  }
  // Otherwise gc wraps the call in a closure: the callee and arguments are evaluated at
  // the statement into temporaries the closure captures by value, so what they point to
  // lives as long as the wrapper (for go, the heap), and the call inside passes them on as
  // an ordinary call would.
  PendingClosure w;
  w.usePos = c->lparen;
  if (c->callKind == ast::CallKind::Builtin) {
    // defer close(c), defer delete(m, k), go println(x), defer panic(v).
    bool isPanic = BuiltinId(c->builtinId) == BuiltinId::Panic;
    for (ast::Expr* a : c->args)
      wrapperTemp(&w, a, isPanic ? theUniverse()->emptyInterface : a->type, c, c->lparen);
    for (ast::Expr* a : c->args) {
      Hole pk = isPanic ? note(heapHole(), c, "call parameter") : discardHole();
      argument(pk, a, isPanic ? theUniverse()->emptyInterface : a->type, c->lparen, &w);
    }
  } else {
    call(nullptr, c, &w);
  }
  Hole wk = spill(k, Site::Wrapper, stmt, stmt->pos);
  w.wrapper = wk.dst;
  w.k = wk;
  closures.push_back(std::move(w));
}

std::vector<Location*> Batch::typecheckTemps(size_t n) {
  // Named as gc's typechecker names them: after the parameters, results and the locals
  // declared by earlier statements, and the temporaries made before.
  int base = curfn->nparams;
  for (ast::Pos p : curfn->localPos)
    if (p.line < stmtPos.line || (p.line == stmtPos.line && p.col < stmtPos.col)) base++;
  std::vector<Location*> temps;
  for (size_t i = 0; i < n; i++) {
    Location* t = newLoc(Site::Temp, nullptr, stmtPos, false);
    t->name = ".autotmp_" + std::to_string(base + curfn->tcUsed++);
    temps.push_back(t);
  }
  return temps;
}

void Batch::wrapperTemp(PendingClosure* wrap, ast::Expr* a, Type* t, ast::CallExpr* c, ast::Pos convPos) {
  ast::Expr* u = ast::unparen(a);
  // Constants stay in the wrapper (not once converted to an interface), and so do
  // functions named as such.
  if (u->mode == ast::Mode::TypeExpr) return;
  if (u->mode == ast::Mode::Constant && !(t && isInterface(t))) return;
  if (t && t->kind == TypeKind::Basic && t->as<Basic>()->bkind == BasicKind::UntypedNil) return;
  if (u->kind == NodeKind::Ident && u->as<ast::Ident>()->obj && u->as<ast::Ident>()->obj->kind == ObjKind::Func)
    return;
  if (u->kind == NodeKind::Ident && u->as<ast::Ident>()->name == "nil") return;
  // A variable has no position of its own to gc: the temporary takes the call's; an
  // operand converted to an interface, the conversion's.
  ast::Pos pos = u->kind == NodeKind::Ident ? c->lparen : gcPos(u);
  if (t && isInterface(t) && u->type && !isInterface(u->type)) pos = convPos;
  Location* tmp = newLoc(Site::Temp, nullptr, pos, false);
  tmp->name = ".autotmp_" + std::to_string(curfn->dcls++);
  tmp->width = t ? sizeOf(t) : 8;
  wrap->temps.push_back(tmp);
  tempNames[a] = tmp->name;
  exprTemps[a] = tmp;
}

Hole Batch::tempHole(Location* tmp, ast::Expr* a) {
  return note(Hole{tmp}, tmp->name + " = " + nodeString(a, impl->pkg), tmp->pos, "assign");
}

void Batch::argument(Hole k, ast::Expr* a, Type* to, ast::Pos convPos, PendingClosure* wrap) {
  auto it = wrap ? exprTemps.find(a) : exprTemps.end();
  if (it == exprTemps.end()) {
    exprTo(k, a, to, convPos);
    return;
  }
  // Held in a temporary the go/defer wrapper captures by value.
  Location* tmp = it->second;
  Hole tk = tempHole(tmp, a);
  exprTo(tk, a, to, convPos);
  flow(k, tmp);
}

}  // namespace golite::escape
