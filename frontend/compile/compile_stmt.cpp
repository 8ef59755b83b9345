// The bytecode compiler, part 2: statements.
#include "frontend/compile/codegen.h"
#include "frontend/syntax/walk.h"

namespace golite {

using namespace types;
using vm::Op;

void Program::Impl::block(const std::vector<ast::Stmt*>& stmts) {
  int savedLocals = fs->localsTop;
  for (ast::Stmt* s : stmts) stmt(s);
  fs->localsTop = savedLocals;
  fs->top = savedLocals;
}

FuncState::Target* Program::Impl::findTarget(ast::Stmt* s) {
  for (auto it = fs->targets.rbegin(); it != fs->targets.rend(); ++it)
    if (!s || it->stmt == s) return &*it;
  return nullptr;
}

void Program::Impl::stmt(ast::Stmt* s) {
  using K = ast::NodeKind;
  setLine(s);
  fs->top = fs->localsTop;
  switch (s->kind) {
    case K::EmptyStmt:
    case K::BadStmt:
      break;
    case K::ExprStmt: {
      auto* es = s->as<ast::ExprStmt>();
      if (es->show) {
        showValues(es->x);
        break;
      }
      expr(es->x);
      break;
    }
    case K::AssignStmt:
      assign(s->as<ast::AssignStmt>());
      break;
    case K::IncDecStmt:
      incDec(s->as<ast::IncDecStmt>());
      break;
    case K::DeclStmt:
      declStmt(s->as<ast::DeclStmt>());
      break;
    case K::BlockStmt:
      block(s->as<ast::BlockStmt>()->stmts);
      break;
    case K::IfStmt:
      ifStmt(s->as<ast::IfStmt>());
      break;
    case K::ForStmt:
      forStmt(s->as<ast::ForStmt>());
      break;
    case K::RangeStmt:
      rangeStmt(s->as<ast::RangeStmt>());
      break;
    case K::SwitchStmt:
      switchStmt(s->as<ast::SwitchStmt>());
      break;
    case K::TypeSwitchStmt:
      typeSwitchStmt(s->as<ast::TypeSwitchStmt>());
      break;
    case K::ReturnStmt:
      returnStmt(s->as<ast::ReturnStmt>());
      break;
    case K::BranchStmt:
      branchStmt(s->as<ast::BranchStmt>());
      break;
    case K::LabeledStmt: {
      auto* ls = s->as<ast::LabeledStmt>();
      fs->labels[ls] = here();
      stmt(ls->stmt);
      break;
    }
    case K::GoStmt:
      goStmt(s->as<ast::GoStmt>());
      break;
    case K::DeferStmt:
      deferStmt(s->as<ast::DeferStmt>());
      break;
    case K::SelectStmt:
      selectStmt(s->as<ast::SelectStmt>());
      break;
    case K::SendStmt:
      sendStmt(s->as<ast::SendStmt>());
      break;
    default:
      error(s, "unexpected statement");
  }
  fs->top = fs->localsTop;
}

static bool isBlank(ast::Expr* e) {
  e = ast::unparen(e);
  return e->kind == ast::NodeKind::Ident && e->as<ast::Ident>()->name == "_";
}

// The value types a multi-value expression produces: a call's results, or v, ok forms.
std::vector<Type*> tupleTypes(ast::Expr* e, size_t n) {
  std::vector<Type*> ts;
  if (e->type && e->type->kind == TypeKind::Tuple) {
    for (Var* v : e->type->as<Tuple>()->vars) ts.push_back(v->type);
  } else {
    ts.push_back(e->type);
    if (n == 2) ts.push_back(theUniverse()->basic[int(BasicKind::Bool)]);
  }
  return ts;
}

// Evaluates a multi-value expression (call, or comma-ok form) into consecutive registers.
int tupleExpr(Program::Impl& m, ast::Expr* e, size_t n) {
  ast::Expr* x = ast::unparen(e);
  if (n == 2 && (!e->type || e->type->kind != TypeKind::Tuple)) {
    int w = words(e->type);
    int r = m.alloc(w + 1);
    switch (x->kind) {
      case ast::NodeKind::IndexExpr: {  // v, ok := m[k]
        auto* ix = x->as<ast::IndexExpr>();
        Type* mt = underlying(ix->x->type);
        int mr = m.expr(ix->x);
        int kr = m.exprAs(ix->index, mt->as<Map>()->key);
        int pr = m.alloc(2);
        m.emitABC(Op::MAPGET2, pr, mr, kr);
        m.emitExt(m.mapExt(mt));
        m.emitLoad(r, pr, 0, e->type);
        m.emitABC(Op::MOV, r + w, pr + 1, 0);
        return r;
      }
      case ast::NodeKind::TypeAssertExpr:
        m.typeAssert(x->as<ast::TypeAssertExpr>(), r, true);
        return r;
      case ast::NodeKind::UnaryExpr:  // v, ok := <-c
        m.recvTo(x->as<ast::UnaryExpr>()->x, r, true);
        return r;
      default:
        m.error(e, "comma-ok form not supported yet");
    }
  }
  return m.call(x->as<ast::CallExpr>());
}

void Program::Impl::assign(ast::AssignStmt* s) {
  if (s->tok == ast::Tok::Define) {
    define(s->lhs, s->rhs);
    return;
  }
  ast::Tok op = ast::assignOpBase(s->tok);
  if (op != ast::Tok::None) {
    Place p = place(s->lhs[0]);
    Type* t = s->lhs[0]->type;
    if (p.kind == Place::Reg && p.off % 8 == 0 && sizeOf(t) % 8 == 0 && !isString(t) &&
        op != ast::Tok::Shl && op != ast::Tok::Shr) {
      int r = p.reg + int(p.off / 8);
      int y = exprAs(s->rhs[0], t);
      arith(op, t, r, y, r);
      return;
    }
    int cur = alloc(words(t));
    load(p, cur);
    if (op == ast::Tok::Add && isString(t)) {  // s += a + b: one concatenation, s + a + b
      std::vector<ast::Expr*> parts;
      stringParts(s->rhs[0], parts);
      concat(cur, parts, cur, false);
      store(p, cur);
      return;
    }
    int y = exprAs(s->rhs[0], (op == ast::Tok::Shl || op == ast::Tok::Shr) ? s->rhs[0]->type : t);
    if (op == ast::Tok::Shl || op == ast::Tok::Shr) {
      if (!isUnsigned(s->rhs[0]->type) && s->rhs[0]->mode != ast::Mode::Constant)
        emitABC(Op::SHCHK, y, 0, 0);
    }
    arith(op, t, cur, y, cur);
    store(p, cur);
    return;
  }
  if (s->lhs.size() == s->rhs.size()) {
    if (s->lhs.size() == 1) {
      if (isBlank(s->lhs[0])) {
        // _ = x: evaluated for its effects; a big addressable value only has its address
        // taken (and nil-checked), not loaded.
        if (indirect(s->rhs[0]->type) && s->rhs[0]->mode == ast::Mode::Variable) address(place(s->rhs[0]));
        else expr(s->rhs[0]);
        return;
      }
      Place p = place(s->lhs[0]);
      ast::Expr* r = ast::unparen(s->rhs[0]);
      bool direct = r->kind == ast::NodeKind::CallExpr
                        ? r->as<ast::CallExpr>()->callKind == ast::CallKind::Call
                        : r->kind == ast::NodeKind::BinaryExpr && r->as<ast::BinaryExpr>()->op != ast::Tok::LAnd &&
                              r->as<ast::BinaryExpr>()->op != ast::Tok::LOr;
      if (direct && p.kind == Place::Reg && p.off == 0 && sizeOf(p.type) == 8 &&
          identical(s->rhs[0]->type, p.type) && s->rhs[0]->mode != ast::Mode::Constant) {
        // x = a op b / x = f(): compute straight into the variable's register (the
        // result is written last, after every operand was read).
        exprTo(s->rhs[0], p.reg);
        return;
      }
      if (bigMove(p, s->rhs[0])) return;
      int v = exprAs(s->rhs[0], s->lhs[0]->type);
      store(p, v);
      return;
    }
    std::vector<Place> places = assignPlaces(s->lhs);
    std::vector<int> vals;
    for (size_t k = 0; k < s->rhs.size(); k++) {
      Type* t = isBlank(s->lhs[k]) ? s->rhs[k]->type : s->lhs[k]->type;
      int r = alloc(words(t));
      exprToAs(s->rhs[k], t, r);
      vals.push_back(r);
    }
    for (size_t k = 0; k < places.size(); k++)
      if (places[k].kind != Place::Blank) store(places[k], vals[k]);
    return;
  }
  // a, b = f()  /  v, ok = m[k]
  std::vector<Place> places = assignPlaces(s->lhs);
  int r = tupleExpr(*this, s->rhs[0], s->lhs.size());
  std::vector<Type*> ts = tupleTypes(s->rhs[0], s->lhs.size());
  int off = 0;
  for (size_t k = 0; k < places.size(); k++) {
    if (places[k].kind != Place::Blank) {
      int tmp = alloc(words(places[k].type));
      convertValue(r + off, ts[k], places[k].type, tmp);
      store(places[k], tmp);
    }
    off += words(ts[k]);
  }
}

std::vector<Place> Program::Impl::assignPlaces(const std::vector<ast::Expr*>& lhs) {
  std::vector<Place> places;
  for (ast::Expr* l : lhs) {
    deferIndexChecks = true;
    places.push_back(isBlank(l) ? Place{Place::Blank} : place(l));
    deferIndexChecks = false;
  }
  // A pointer still in a variable's register would be read after an earlier assignment
  // of this statement changed it (`p, *p = f()`): copy it now.
  for (Place& p : places) {
    if (p.kind == Place::Mem && p.reg < fs->localsTop) {
      int r = alloc(1);
      emitABC(Op::MOV, r, p.reg, 0);
      p.reg = r;
    }
  }
  return places;
}

void Program::Impl::define(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs) {
  // New variables get their registers first, so the right-hand side's temporaries sit
  // above them; the right side refers to the old variables by object, never by name.
  std::vector<Place> places;
  std::vector<Type*> types;
  for (ast::Expr* l : lhs) {
    auto* id = ast::unparen(l)->as<ast::Ident>();
    Var* v = id->obj ? id->obj->as<Var>() : nullptr;
    if (!v) {
      places.push_back(Place{Place::Blank});
      continue;
    }
    if (id->defines) {
      if (lhs.size() == 1 && rhs.size() == 1 && !boxed(v) && !v->isGlobal) {
        int w = words(v->type);
        int r = alloc(w);
        fs->vars[v] = r;
        fs->localsTop = fs->top;
        exprToAs(rhs[0], v->type, r);
        return;
      }
      declareVar(v);
    }
    places.push_back(place(l));
  }
  if (rhs.empty()) return;  // var x T
  if (lhs.size() == 1 && rhs.size() == 1 && bigMove(places[0], rhs[0])) return;
  if (lhs.size() == rhs.size()) {
    std::vector<int> vals;
    for (size_t k = 0; k < rhs.size(); k++) {
      Type* t = places[k].kind == Place::Blank ? rhs[k]->type : places[k].type;
      int r = alloc(words(t));
      exprToAs(rhs[k], t, r);
      vals.push_back(r);
    }
    for (size_t k = 0; k < places.size(); k++)
      if (places[k].kind != Place::Blank) store(places[k], vals[k]);
    return;
  }
  int r = tupleExpr(*this, rhs[0], lhs.size());
  std::vector<Type*> ts = tupleTypes(rhs[0], lhs.size());
  int off = 0;
  for (size_t k = 0; k < places.size(); k++) {
    if (places[k].kind != Place::Blank) {
      int tmp = alloc(words(places[k].type));
      convertValue(r + off, ts[k], places[k].type, tmp);
      store(places[k], tmp);
    }
    off += words(ts[k]);
  }
}

// REPL: an input's top-level expression; each of its values is printed as
// `VALUE  // TYPE` by the native golite.replShow (stdlib/fmt.cpp), which gets the value in
// an interface and the type's name.
void Program::Impl::showValues(ast::Expr* e) {
  Universe* u = theUniverse();
  Type* stringType = u->basic[int(BasicKind::String)];
  if (!replShow) {
    replShow = newProto("golite.replShow");
    replShow->native = vm::findNative("golite.replShow");
    if (!replShow->native) error(e, "internal error: golite.replShow is not registered");
    replShow->paramWords = 4;
    replShow->frameSize = 8;
    setSignaturePtrs(replShow, {u->emptyInterface, stringType}, {});
    vm::giveStaticClosure(replShow);
  }
  std::vector<Type*> ts;
  int r;
  if (e->type->kind == TypeKind::Tuple) {
    size_t n = e->type->as<Tuple>()->vars.size();
    r = tupleExpr(*this, e, n);
    ts = tupleTypes(e, n);
  } else {
    r = expr(e);
    ts = {e->type};
  }
  int off = 0;
  for (Type* t : ts) {
    int a = alloc(4);
    convertValue(r + off, t, u->emptyInterface, a);
    emitABx(Op::LOADK2, a + 2, constString(typeString(t)));
    emitABx(Op::CALL, a, constPtr(replShow));
    off += words(t);
  }
}

void Program::Impl::declStmt(ast::DeclStmt* s) {
  ast::GenDecl* d = s->decl;
  if (d->tok != ast::Tok::Var) return;  // const and type declarations emit no code
  for (ast::Node* n : d->specs) {
    auto* vs = n->as<ast::ValueSpec>();
    fs->top = fs->localsTop;
    std::vector<ast::Expr*> lhs(vs->names.begin(), vs->names.end());
    if (vs->values.empty()) {
      for (ast::Ident* id : vs->names)
        if (id->obj) declareVar(id->obj->as<Var>());
      continue;
    }
    define(lhs, vs->values);
  }
}

void Program::Impl::incDec(ast::IncDecStmt* s) {
  Place p = place(s->x);
  Type* t = s->x->type;
  if (p.kind == Place::Reg && p.off % 8 == 0 && sizeOf(t) == 8 && isInteger(t)) {
    int r = p.reg + int(p.off / 8);
    emitABC(Op::ADDI, r, r, s->inc ? 1 : uint16_t(-1));
    return;
  }
  int cur = alloc(words(t));
  load(p, cur);
  if (isFloat(t)) {
    int one = alloc(1);
    bool f32 = underlying(t)->as<Basic>()->bkind == BasicKind::Float32;
    loadConst(constant::makeInt64(1), t, one);
    emitABC(f32 ? (s->inc ? Op::FADD32 : Op::FSUB32) : (s->inc ? Op::FADD : Op::FSUB), cur, cur, one);
  } else if (BasicKind k = bkind(t); k == BasicKind::Complex64 || k == BasicKind::Complex128) {
    int one = alloc(words(t));
    loadConst(constant::makeInt64(1), t, one);
    arith(s->inc ? ast::Tok::Add : ast::Tok::Sub, t, cur, one, cur);
  } else {
    emitABC(Op::ADDI, cur, cur, s->inc ? 1 : uint16_t(-1));
    fixInt(t, cur);
  }
  store(p, cur);
}

void Program::Impl::ifStmt(ast::IfStmt* s) {
  int savedLocals = fs->localsTop;
  if (s->init) stmt(s->init);
  setLine(s->cond);
  fs->top = fs->localsTop;
  size_t jf = jumpIfFalse(s->cond);
  block(s->body->stmts);
  if (s->els) {
    size_t jend = emitJump(Op::JMP);
    patchHere(jf);
    stmt(s->els);
    patchHere(jend);
  } else {
    patchHere(jf);
  }
  fs->localsTop = fs->top = savedLocals;
}

// The loop variables a for statement's init declares (for per-iteration copies).
static std::vector<Var*> initVars(ast::Stmt* init) {
  std::vector<Var*> vs;
  if (init && init->kind == ast::NodeKind::AssignStmt) {
    auto* a = init->as<ast::AssignStmt>();
    if (a->tok == ast::Tok::Define)
      for (ast::Expr* l : a->lhs) {
        auto* id = ast::unparen(l)->as<ast::Ident>();
        if (id->defines && id->obj) vs.push_back(id->obj->as<Var>());
      }
  }
  return vs;
}

void Program::Impl::forStmt(ast::ForStmt* s) {
  int savedLocals = fs->localsTop;
  if (s->init) stmt(s->init);
  std::vector<Var*> loopVars = initVars(s->init);
  size_t start = here();
  size_t jexit = SIZE_MAX;
  if (s->cond) {
    setLine(s->cond);
    fs->top = fs->localsTop;
    jexit = jumpIfFalse(s->cond);
  }
  fs->targets.push_back({s, {}, {}, fs->localsTop});
  block(s->body->stmts);
  FuncState::Target t = std::move(fs->targets.back());
  fs->targets.pop_back();
  for (size_t j : t.continues) patchHere(j);
  fs->top = fs->localsTop;
  for (Var* v : loopVars) freshCell(v);
  if (s->post) stmt(s->post);
  emitLoop(start);
  if (jexit != SIZE_MAX) patchHere(jexit);
  for (size_t j : t.breaks) patchHere(j);
  fs->localsTop = fs->top = savedLocals;
}

// Whether e contains a call that is not a conversion or a constant builtin, or a receive:
// then len(e) of an array is not a constant (the spec's rule for len).
bool Program::Impl::hasCallOrRecv(ast::Expr* e) {
  bool found = false;
  ast::inspect(e, [&](ast::Node* n) {
    if (found) return false;
    if (n->kind == ast::NodeKind::CallExpr) {
      auto* c = n->as<ast::CallExpr>();
      if (c->callKind != ast::CallKind::Conversion && c->mode != ast::Mode::Constant) found = true;
    } else if (n->kind == ast::NodeKind::UnaryExpr && n->as<ast::UnaryExpr>()->op == ast::Tok::Arrow) {
      found = true;
    } else if (n->kind == ast::NodeKind::FuncLit) {
      return false;
    }
    return !found;
  });
  return found;
}

// dst = src for a value held indirectly when src is addressable or a literal: copied
// memory to memory, with no copy in between.
bool Program::Impl::bigMove(const Place& dst, ast::Expr* src) {
  if (dst.kind != Place::Mem || !indirect(dst.type) || !identical(src->type, dst.type)) return false;
  if (ast::unparen(src)->kind == ast::NodeKind::CompositeLit) {
    // A literal: built in a new object (its elements are all evaluated before the
    // assignment), then copied.
    int tmp = bigCopy(src);
    emitMemMove(address(dst), tmp, dst.type);
    return true;
  }
  if (src->mode != ast::Mode::Variable) return false;
  int d = address(dst);
  int sp = address(place(src));
  emitMemMove(d, sp, dst.type);
  return true;
}

// A register holding a new object with the value of e, a big value that is addressable
// or a composite literal (built in place), never passing through registers.
int Program::Impl::bigCopy(ast::Expr* e) {
  int obj = alloc(1);
  ast::Expr* lit = ast::unparen(e);
  if (lit->kind == ast::NodeKind::CompositeLit) {
    emitABx(Op::NEW, obj, constPtr(rtype(e->type)));
    fillComposite(lit->as<ast::CompositeLit>(), Place{Place::Mem, obj, 0, 0, e->type});
  } else {
    int src = address(place(e));
    emitABx(Op::NEW, obj, constPtr(rtype(e->type)));
    emitMemMove(obj, src, e->type);
  }
  return obj;
}

// *dst = *src for a value of type t, memory to memory (no registers hold it on the way):
// copy() of one element of t's size, with the write barrier.
void Program::Impl::emitMemMove(int dst, int src, Type* t) {
  int64_t size = sizeOf(t);
  if (size == 0) return;
  Type* intT = theUniverse()->basic[int(BasicKind::Int)];
  int d = alloc(3);
  int sr = alloc(3);
  emitABC(Op::MOV, d, dst, 0);
  emitABC(Op::MOV, sr, src, 0);
  loadConst(constant::makeInt64(1), intT, d + 1);
  emitABC(Op::MOV, d + 2, d + 1, 0);
  emitABC(Op::MOV, sr + 1, d + 1, 0);
  emitABC(Op::MOV, sr + 2, d + 1, 0);
  int n = alloc(1);
  emitABC(Op::COPY, n, d, sr);
  emitExt(uint64_t(size));
}

void Program::Impl::rangeStmt(ast::RangeStmt* s) {
  int savedLocals = fs->localsTop;
  Type* xt = underlying(s->x->type);
  Universe* u = theUniverse();
  Type* intT = u->basic[int(BasicKind::Int)];
  bool define = s->tok == ast::Tok::Define;
  ast::Expr* key = s->key && !isBlank(s->key) ? s->key : nullptr;
  ast::Expr* val = s->value && !isBlank(s->value) ? s->value : nullptr;

  // Per-iteration variables: declared fresh each iteration when defined here.
  auto bind = [&](ast::Expr* target, int src, Type* srcType) {
    if (!target) return;
    if (define) {
      Var* v = ast::unparen(target)->as<ast::Ident>()->obj->as<Var>();
      auto it = fs->vars.find(v);
      if (boxed(v)) {
        int cell = it->second;
        varCell(cell, v);
        emitStore(cell, 0, src, v->type);
      } else {
        int w = words(v->type);
        if (w == 1) emitABC(Op::MOV, it->second, src, 0);
        else if (w) emitABC(Op::MOVN, it->second, src, w);
      }
    } else {
      Place p = place(target);
      int tmp = alloc(words(target->type));
      convertValue(src, srcType, target->type, tmp);
      store(p, tmp);
    }
  };
  // Both iteration variables at once: with `=`, the places on the left are evaluated
  // before either is assigned (for i, x[i] = range y).
  auto bindPair = [&](int kreg, Type* kt, int vreg, Type* vt) {
    if (define || !key || !val) {
      bind(key, kreg, kt);
      bind(val, vreg, vt);
      return;
    }
    Place pk = place(key);
    Place pv = place(val);
    int tk = alloc(words(key->type));
    convertValue(kreg, kt, key->type, tk);
    int tv = alloc(words(val->type));
    convertValue(vreg, vt, val->type, tv);
    store(pk, tk);
    store(pv, tv);
  };
  auto declare = [&](ast::Expr* target) {
    if (!target || !define) return;
    Var* v = ast::unparen(target)->as<ast::Ident>()->obj->as<Var>();
    if (boxed(v)) {
      fs->vars[v] = alloc(1);
    } else {
      fs->vars[v] = alloc(words(v->type));
    }
    fs->localsTop = fs->top;
  };

  std::vector<size_t> exits;
  size_t start, cont;
  auto body = [&](size_t& contAt) {
    fs->targets.push_back({s, {}, {}, fs->localsTop});
    block(s->body->stmts);
    FuncState::Target t = std::move(fs->targets.back());
    fs->targets.pop_back();
    contAt = here();
    for (size_t j : t.continues) patchHere(j);
    for (size_t j : t.breaks) exits.push_back(j);
  };

  if (xt->kind == TypeKind::Basic && isInteger(xt)) {
    // for i := range n
    int n = alloc(1);
    exprTo(s->x, n);
    int i = alloc(1);
    emitABC(Op::ZERO, i, 1, 0);
    fs->localsTop = fs->top;
    declare(key);
    start = here();
    int c = alloc(1);
    emitABC(Op::LT, c, i, n);
    exits.push_back(emitJump(Op::JF, c));
    fs->top = fs->localsTop;
    bind(key, i, s->x->type);
    body(cont);
    emitABC(Op::ADDI, i, i, 1);
    emitLoop(start);
  } else if (xt->kind == TypeKind::Slice || xt->kind == TypeKind::Array ||
             (xt->kind == TypeKind::Pointer && underlying(xt->as<Pointer>()->elem)->kind == TypeKind::Array)) {
    Type* elemT;
    int base, len;
    bool isSlice = xt->kind == TypeKind::Slice;
    if (isSlice) {
      elemT = xt->as<Slice>()->elem;
      base = alloc(3);
      exprTo(s->x, base);
      len = base + 1;
    } else {
      Array* at = (xt->kind == TypeKind::Array ? xt : underlying(xt->as<Pointer>()->elem))->as<Array>();
      elemT = at->elem;
      base = alloc(1);
      if (xt->kind == TypeKind::Pointer) {
        exprTo(s->x, base);
      } else if (val) {
        // Ranging over an array value iterates over a copy, made memory to memory (an
        // array may be larger than a frame's registers).
        Place p = place(s->x);
        int src = address(p);
        emitABx(Op::NEW, base, constPtr(rtype(s->x->type)));
        emitMemMove(base, src, s->x->type);
      } else {
        // Only the length is needed: the spec does not evaluate the range expression
        // when len(x) is constant (an array without calls or receives in it).
        if (hasCallOrRecv(s->x)) expr(s->x);
        emitABC(Op::ZERO, base, 1, 0);
      }
      len = alloc(1);
      loadConst(constant::makeInt64(at->len), intT, len);
    }
    int i = alloc(1);
    emitABC(Op::ZERO, i, 1, 0);
    int ev = val ? alloc(words(elemT)) : -1;
    fs->localsTop = fs->top;
    declare(key);
    declare(val);
    start = here();
    int c = alloc(1);
    emitABC(Op::LT, c, i, len);
    exits.push_back(emitJump(Op::JF, c));
    fs->top = fs->localsTop;
    if (val) {
      int addr = alloc(1);
      int64_t esize = sizeOf(elemT);
      if (isSlice) {
        emitABC(Op::INDEXADDR, addr, base, i);
        emitExt(uint64_t(esize));
      } else {
        int k = alloc(1);
        loadConst(constant::makeInt64(esize), intT, k);
        emitABC(Op::MUL, k, k, i);
        emitABC(Op::ADD, addr, base, k);
      }
      emitLoad(ev, addr, 0, elemT);
    }
    bindPair(i, intT, ev, elemT);
    fs->top = fs->localsTop;
    body(cont);
    emitABC(Op::ADDI, i, i, 1);
    emitLoop(start);
  } else if (xt->kind == TypeKind::Basic && isString(xt)) {
    int str = alloc(2);
    exprTo(s->x, str);
    int i = alloc(1);
    emitABC(Op::ZERO, i, 1, 0);
    int rn = alloc(2);  // rune, next index
    fs->localsTop = fs->top;
    declare(key);
    declare(val);
    start = here();
    int c = alloc(1);
    emitABC(Op::LT, c, i, str + 1);
    exits.push_back(emitJump(Op::JF, c));
    fs->top = fs->localsTop;
    emitABC(Op::STRRANGE, rn, str, i);
    bindPair(i, intT, rn, u->basic[int(BasicKind::Int32)]);
    body(cont);
    emitABC(Op::MOV, i, rn + 1, 0);
    emitLoop(start);
  } else if (xt->kind == TypeKind::Map) {
    Map* mt = xt->as<Map>();
    int mr = alloc(1);
    exprTo(s->x, mr);
    int it = alloc(12);
    emitABC(Op::MAPITER, it, mr, 0);
    emitExt(constPtr(rtype(xt)));
    int kv = alloc(words(mt->key));
    int vv = alloc(words(mt->elem));
    fs->localsTop = fs->top;
    declare(key);
    declare(val);
    start = here();
    exits.push_back(emitJump(Op::JF, it));
    fs->top = fs->localsTop;
    if (key) emitLoad(kv, it, 0, mt->key);
    if (val) emitLoad(vv, it + 1, 0, mt->elem);
    bindPair(kv, mt->key, vv, mt->elem);
    fs->top = fs->localsTop;
    body(cont);
    emitABC(Op::MAPNEXT, it, 0, 0);
    emitLoop(start);
  } else if (xt->kind == TypeKind::Chan) {
    Type* et = xt->as<Chan>()->elem;
    int c = alloc(1);
    exprTo(s->x, c);
    int w = words(et);
    int v = alloc(w + 1);
    fs->localsTop = fs->top;
    declare(key);
    start = here();
    if (indirect(et)) {
      zero(v, et);
      emitABC(Op::RECV, v, c, 1 | vm::kChanIndirect | 0x8000);
    } else {
      noteDefPtrs(emitABC(Op::RECV, v, c, w | 0x8000), {et, universe->basic[int(BasicKind::Bool)]});
    }
    exits.push_back(emitJump(Op::JF, v + w));
    fs->top = fs->localsTop;
    bind(key, v, et);
    fs->top = fs->localsTop;
    body(cont);
    emitLoop(start);
  } else {
    error(s, "range over " + typeString(s->x->type) + " is not supported yet");
  }
  for (size_t j : exits) patchHere(j);
  fs->localsTop = fs->top = savedLocals;
}

void Program::Impl::switchStmt(ast::SwitchStmt* s) {
  int savedLocals = fs->localsTop;
  if (s->init) stmt(s->init);
  fs->top = fs->localsTop;
  Type* tagT = s->tag ? s->tag->type : nullptr;
  int tag = -1;
  if (s->tag) {
    tag = alloc(words(tagT));
    exprTo(s->tag, tag);
    fs->localsTop = fs->top;
  }
  // Tests first, in source order; then the bodies.
  std::vector<std::vector<size_t>> toBody(s->clauses.size());
  int defaultIdx = -1;
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    ast::CaseClause* cc = s->clauses[ci];
    if (cc->isDefault) defaultIdx = int(ci);
    for (ast::Expr* e : cc->list) {
      setLine(e);
      fs->top = fs->localsTop;
      int c;
      if (s->tag) {
        Type* et = e->type;
        c = alloc(1);
        if (isInterface(tagT) && !isInterface(et)) {
          int v = exprAs(e, tagT);
          compare(ast::Tok::Eql, tagT, tag, v, c);
        } else if (!isInterface(tagT) && isInterface(et)) {
          int tv = alloc(words(et));
          convertValue(tag, tagT, et, tv);
          int v = expr(e);
          compare(ast::Tok::Eql, et, tv, v, c);
        } else {
          int v = exprAs(e, tagT);
          compare(ast::Tok::Eql, tagT, tag, v, c);
        }
      } else {
        c = expr(e);
      }
      toBody[ci].push_back(emitJump(Op::JT, c));
    }
  }
  fs->top = fs->localsTop;
  size_t toDefault = emitJump(Op::JMP);
  fs->targets.push_back({s, {}, {}, fs->localsTop});
  std::vector<size_t> ends;
  std::vector<size_t> falls;
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    for (size_t j : falls) patchHere(j);
    falls.clear();
    for (size_t j : toBody[ci]) patchHere(j);
    if (int(ci) == defaultIdx) patchHere(toDefault);
    auto* saved = fs->fallthroughs;
    fs->fallthroughs = &falls;
    block(s->clauses[ci]->body);
    fs->fallthroughs = saved;
    if (falls.empty()) ends.push_back(emitJump(Op::JMP));
  }
  if (defaultIdx < 0) patchHere(toDefault);
  FuncState::Target t = std::move(fs->targets.back());
  fs->targets.pop_back();
  for (size_t j : ends) patchHere(j);
  for (size_t j : t.breaks) patchHere(j);
  fs->localsTop = fs->top = savedLocals;
}

void Program::Impl::typeSwitchStmt(ast::TypeSwitchStmt* s) {
  int savedLocals = fs->localsTop;
  if (s->init) stmt(s->init);
  fs->top = fs->localsTop;
  Type* xt = s->x->type;
  bool hasItab = !underlying(xt)->as<Interface>()->allMethods.empty();
  int x = alloc(2);
  exprTo(s->x, x);
  int dt = alloc(1);
  emitABC(hasItab ? Op::DYNTYPEI : Op::DYNTYPE, dt, x, 0);
  fs->localsTop = fs->top;
  std::vector<std::vector<size_t>> toBody(s->clauses.size());
  int defaultIdx = -1;
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    ast::CaseClause* cc = s->clauses[ci];
    if (cc->isDefault) defaultIdx = int(ci);
    for (ast::Expr* e : cc->list) {
      fs->top = fs->localsTop;
      int c = alloc(1);
      if (e->mode != ast::Mode::TypeExpr) {  // nil
        int z = alloc(1);
        emitABC(Op::ZERO, z, 1, 0);
        emitABC(Op::EQ, c, dt, z);
      } else if (isInterface(e->type)) {
        emitABC(Op::MOV, c, dt, 0);
        emitABx(Op::IMPLEMENTS, c, constPtr(rtype(e->type)));
      } else {
        int k = alloc(1);
        emitABx(Op::LOADK, k, constPtr(rtype(e->type)));
        emitABC(Op::EQ, c, dt, k);
      }
      toBody[ci].push_back(emitJump(Op::JT, c));
    }
  }
  fs->top = fs->localsTop;
  size_t toDefault = emitJump(Op::JMP);
  fs->targets.push_back({s, {}, {}, fs->localsTop});
  std::vector<size_t> ends;
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    ast::CaseClause* cc = s->clauses[ci];
    for (size_t j : toBody[ci]) patchHere(j);
    if (int(ci) == defaultIdx) patchHere(toDefault);
    int clauseLocals = fs->localsTop;
    if (Var* v = cc->implicit) {
      bool used = true;
      (void)used;
      int r = declareVar(v);
      Type* vt = v->type;
      Place p{boxed(v) ? Place::Mem : Place::Reg, r, 0, 0, vt};
      bool single = cc->list.size() == 1 && cc->list[0]->mode == ast::Mode::TypeExpr;
      if (single && indirect(vt)) {
        emitMemMove(address(p), x + 1, vt);  // from the box to the variable's cell
      } else {
        int tmp = alloc(words(vt));
        if (single && !isInterface(vt)) {
          emitABC(Op::UNBOX, tmp, x + 1, words(vt));
          emitExt(constPtr(rtype(vt)));
        } else {
          convertValue(x, xt, vt, tmp);
        }
        store(p, tmp);
      }
      fs->top = fs->localsTop;
    }
    block(cc->body);
    fs->localsTop = fs->top = clauseLocals;
    ends.push_back(emitJump(Op::JMP));
  }
  if (defaultIdx < 0) patchHere(toDefault);
  FuncState::Target t = std::move(fs->targets.back());
  fs->targets.pop_back();
  for (size_t j : ends) patchHere(j);
  for (size_t j : t.breaks) patchHere(j);
  fs->localsTop = fs->top = savedLocals;
}

void Program::Impl::returnStmt(ast::ReturnStmt* s) {
  Signature* sig = fs->sig;
  if (!sig) error(s, "return outside function");
  auto& rvars = sig->results->vars;
  int total = 0;
  for (Var* v : rvars) total += words(v->type);
  if (rvars.empty()) {
    if (fs->hasDefer) fs->returnJumps.push_back(emitJump(Op::JMP));
    else emitABC(Op::RET, 0, 0, 0);
    return;
  }
  if (fs->hasDefer && s->results.empty()) {
    fs->returnJumps.push_back(emitJump(Op::JMP));
    return;
  }
  int r = alloc(total);
  if (s->results.empty()) {
    int off = 0;
    for (size_t k = 0; k < rvars.size(); k++) {
      Var* v = fs->resultVars[k];
      if (v) {
        Place p{boxed(v) ? Place::Mem : Place::Reg, fs->vars[v], 0, 0, v->type};
        load(p, r + off);
      } else {
        zero(r + off, rvars[k]->type);
      }
      off += words(rvars[k]->type);
    }
  } else if (s->results.size() == 1 && rvars.size() == 1 && !fs->hasDefer && total == 1 &&
             !isInterface(rvars[0]->type)) {
    // return x: straight from wherever x is.
    int v = expr(s->results[0]);
    emitABC(Op::RET, v, 1, 0);
    return;
  } else if (s->results.size() == rvars.size()) {
    int off = 0;
    for (size_t k = 0; k < rvars.size(); k++) {
      exprToAs(s->results[k], rvars[k]->type, r + off);
      off += words(rvars[k]->type);
    }
  } else {
    int t = call(ast::unparen(s->results[0])->as<ast::CallExpr>());
    auto* tup = s->results[0]->type->as<Tuple>();
    int off = 0, soff = 0;
    for (size_t k = 0; k < rvars.size(); k++) {
      convertValue(t + soff, tup->vars[k]->type, rvars[k]->type, r + off);
      off += words(rvars[k]->type);
      soff += words(tup->vars[k]->type);
    }
  }
  if (fs->hasDefer) {
    // Set the result variables, then take the shared return sequence (deferred calls).
    int off = 0;
    for (auto& rp : fs->resultPlaces) {
      store(rp, r + off);
      off += words(rp.type);
    }
    fs->returnJumps.push_back(emitJump(Op::JMP));
    return;
  }
  emitABC(Op::RET, r, total, 0);
}

void Program::Impl::branchStmt(ast::BranchStmt* s) {
  switch (s->tok) {
    case ast::Tok::Break: {
      FuncState::Target* t = findTarget(s->target);
      if (!t) error(s, "break is not in a loop, switch, or select");
      t->breaks.push_back(emitJump(Op::JMP));
      break;
    }
    case ast::Tok::Continue: {
      ast::Stmt* target = s->target;
      FuncState::Target* t = nullptr;
      for (auto it = fs->targets.rbegin(); it != fs->targets.rend(); ++it) {
        bool loop = it->stmt->kind == ast::NodeKind::ForStmt || it->stmt->kind == ast::NodeKind::RangeStmt;
        if (loop && (!target || it->stmt == target)) {
          t = &*it;
          break;
        }
      }
      if (!t) error(s, "continue is not in a loop");
      t->continues.push_back(emitJump(Op::JMP));
      break;
    }
    case ast::Tok::Goto: {
      size_t at = emitJump(Op::JMP);
      ast::Stmt* target = s->target;
      if (!target || target->kind != ast::NodeKind::LabeledStmt) error(s, "goto target unknown");
      fs->gotos.push_back({at, target->as<ast::LabeledStmt>()});
      break;
    }
    case ast::Tok::Fallthrough:
      if (!fs->fallthroughs) error(s, "fallthrough statement out of place");
      fs->fallthroughs->push_back(emitJump(Op::JMP));
      break;
    default:
      error(s, "unexpected branch");
  }
}

int Program::Impl::callValue(ast::CallExpr* c, int a) {
  ast::Expr* fun = ast::unparen(c->fun);
  alloc(1);
  if (c->callKind == ast::CallKind::Builtin || c->callKind == ast::CallKind::Conversion) {
    // defer/go of a builtin: wrap it in a function of its evaluated arguments.
    std::vector<Type*> argTypes;
    for (ast::Expr* e : c->args) argTypes.push_back(e->type);
    vm::Proto* p = builtinThunk(c, argTypes);
    emitABx(Op::FUNCVAL, a, constPtr(p));
    int off = 0;
    for (ast::Expr* e : c->args) {
      int w = words(e->type);
      int slot = alloc(w);
      exprTo(e, slot);
      fs->top = slot + w;
      off += w;
    }
    return off;
  }
  Signature* sig = underlying(fun->type)->as<Signature>();
  if (fun->kind == ast::NodeKind::SelectorExpr && fun->as<ast::SelectorExpr>()->selection &&
      fun->as<ast::SelectorExpr>()->selection->kind == SelectionKind::MethodVal) {
    auto* se = fun->as<ast::SelectorExpr>();
    Func* m = se->selection->obj->as<Func>();
    Place probe{Place::Reg, 0, 0, 0, se->x->type};
    Type* cur = se->x->type;
    for (int k : se->selection->index) {
      Type* u = underlying(cur);
      if (u->kind == TypeKind::Pointer) u = underlying(u->as<Pointer>()->elem);
      if (u->kind != TypeKind::Struct || k < 0 || size_t(k) >= u->as<Struct>()->fields.size()) break;
      cur = u->as<Struct>()->fields[k]->type;
    }
    (void)probe;
    if (isInterface(cur)) {
      // The method is looked up now; the receiver is the interface's data word.
      int iv = alloc(2);
      receiver(se->x, se->selection, m, iv);
      emitABC(Op::IMETHOD, a, iv, methodIndex(cur, m->id()));
      int pw = argsTo(c, sig, a + 2);
      return 1 + pw;
    }
    // A concrete method: the method itself with the receiver as first argument.
    emitABx(Op::FUNCVAL, a, constPtr(funcProtoForValue(m)));
    Type* recvT = m->type->as<Signature>()->recv->type;
    int rw = words(recvT);
    int r = alloc(rw);
    receiver(se->x, se->selection, m, r);
    fs->top = r + rw;
    int pw = argsTo(c, sig, r + rw);
    return rw + pw;
  }
  exprTo(fun, a);
  fs->top = a + 1;
  return argsTo(c, sig, a + 1);
}

void Program::Impl::goStmt(ast::GoStmt* s) {
  int a = fs->top;
  int n = callValue(s->call, a);
  setLine(s);
  emitABC(Op::GO, a, n, 0);
}

void Program::Impl::sendStmt(ast::SendStmt* s) {
  int c = alloc(1);
  exprTo(s->chan, c);
  Type* et = underlying(s->chan->type)->as<Chan>()->elem;
  int v = alloc(std::max(1, words(et)));
  exprToAs(s->value, et, v);
  setLine(s);
  // c: the element's words, for the frame maps; an indirect one is sent from its address.
  emitABC(Op::SEND, c, v, words(et) | (indirect(et) ? vm::kChanIndirect : 0));
}

void Program::Impl::recvTo(ast::Expr* chanExpr, int dst, bool commaOk) {
  int c = expr(chanExpr);
  Type* et = underlying(chanExpr->type)->as<Chan>()->elem;
  if (indirect(et)) {
    // Received into a new object (it must not be shared with the sender's).
    zero(dst, et);
    emitABC(Op::RECV, dst, c, 1 | vm::kChanIndirect | (commaOk ? 0x8000 : 0));
    return;
  }
  size_t at = emitABC(Op::RECV, dst, c, words(et) | (commaOk ? 0x8000 : 0));
  if (commaOk) noteDefPtrs(at, {et, universe->basic[int(BasicKind::Bool)]});
  else noteDefPtrs(at, {et});
}

// select: every channel and value to send is evaluated once, in source order; then the
// runtime picks a ready case (uniformly at random) or parks on all of them.
void Program::Impl::selectStmt(ast::SelectStmt* s) {
  int savedLocals = fs->localsTop;
  struct Case {
    ast::CommClause* clause;
    bool send;
    int chan;  // register with the channel
    int elem;  // register of the value to send / receive buffer
    Type* elemType;
    ast::Expr* recvExpr = nullptr;  // the <-c expression, for receives
  };
  std::vector<Case> cases;
  ast::CommClause* deflt = nullptr;
  for (ast::CommClause* cc : s->clauses) {
    if (!cc->comm) {
      deflt = cc;
      continue;
    }
    setLine(cc);
    Case c{cc, false, 0, 0, nullptr};
    if (cc->comm->kind == ast::NodeKind::SendStmt) {
      auto* ss = cc->comm->as<ast::SendStmt>();
      c.send = true;
      c.chan = alloc(1);
      exprTo(ss->chan, c.chan);
      c.elemType = underlying(ss->chan->type)->as<Chan>()->elem;
      c.elem = alloc(std::max(1, words(c.elemType)));
      exprToAs(ss->value, c.elemType, c.elem);
    } else {
      ast::Expr* rx = nullptr;
      if (cc->comm->kind == ast::NodeKind::ExprStmt) rx = cc->comm->as<ast::ExprStmt>()->x;
      else rx = cc->comm->as<ast::AssignStmt>()->rhs[0];
      rx = ast::unparen(rx);
      ast::Expr* chanExpr = rx->as<ast::UnaryExpr>()->x;
      c.recvExpr = rx;
      c.chan = alloc(1);
      exprTo(chanExpr, c.chan);
      c.elemType = underlying(chanExpr->type)->as<Chan>()->elem;
      c.elem = alloc(std::max(1, words(c.elemType)));
      zero(c.elem, c.elemType);
    }
    cases.push_back(c);
  }
  fs->localsTop = fs->top;
  // The case array: sends first, then receives (Go's order in selectgo).
  std::vector<Case*> order;
  for (auto& c : cases)
    if (c.send) order.push_back(&c);
  int nsends = int(order.size());
  for (auto& c : cases)
    if (!c.send) order.push_back(&c);
  int nrecvs = int(order.size()) - nsends;
  int base = alloc(std::max<int>(2, 2 * int(order.size())));
  for (size_t k = 0; k < order.size(); k++) {
    emitABC(Op::MOV, base + 2 * int(k), order[k]->chan, 0);
    if (indirect(order[k]->elemType))  // the value's own address
      emitABC(Op::MOV, base + 2 * int(k) + 1, order[k]->elem, 0);
    else
      emitABC(Op::ADDR, base + 2 * int(k) + 1, order[k]->elem, std::max(1, words(order[k]->elemType)));
  }
  setLine(s);
  // SELECT reads the values to send through those addresses: the frame maps' uses.
  for (int k = 0; k < nsends; k++)
    fs->proto->selectSends.push_back({uint32_t(here()), {uint32_t(order[size_t(k)]->elem),
                                                        uint32_t(words(order[size_t(k)]->elemType))}});
  emitABC(Op::SELECT, base, nsends, nrecvs);
  emitExt(deflt ? 0 : 1);
  int chosen = alloc(2);
  emitABC(Op::MOV2, chosen, base, 0);
  fs->localsTop = fs->top;
  fs->targets.push_back({s, {}, {}, fs->localsTop});
  std::vector<size_t> ends;
  auto bodyOf = [&](ast::CommClause* cc, Case* c) {
    int clauseLocals = fs->localsTop;
    if (c && !c->send && cc->comm->kind == ast::NodeKind::AssignStmt) {
      auto* as = cc->comm->as<ast::AssignStmt>();
      Type* bt = theUniverse()->basic[int(BasicKind::Bool)];
      int vals[2] = {c->elem, chosen + 1};
      Type* vts[2] = {c->elemType, bt};
      if (as->tok == ast::Tok::Define) {
        for (size_t k = 0; k < as->lhs.size(); k++) {
          auto* id = ast::unparen(as->lhs[k])->as<ast::Ident>();
          if (!id->obj) continue;
          Var* v = id->obj->as<Var>();
          int r = declareVar(v);
          int tmp = alloc(words(v->type));
          convertValue(vals[k], vts[k], v->type, tmp);
          store(Place{boxed(v) ? Place::Mem : Place::Reg, r, 0, 0, v->type}, tmp);
          fs->top = fs->localsTop;
        }
      } else {
        for (size_t k = 0; k < as->lhs.size(); k++) {
          if (isBlank(as->lhs[k])) continue;
          Place p = place(as->lhs[k]);
          int tmp = alloc(words(p.type));
          convertValue(vals[k], vts[k], p.type, tmp);
          store(p, tmp);
          fs->top = fs->localsTop;
        }
      }
    }
    block(cc->body);
    fs->localsTop = fs->top = clauseLocals;
    ends.push_back(emitJump(Op::JMP));
  };
  for (size_t k = 0; k < order.size(); k++) {
    fs->top = fs->localsTop;
    int t = alloc(2);
    loadConst(constant::makeInt64(int64_t(k)), theUniverse()->basic[int(BasicKind::Int)], t);
    emitABC(Op::EQ, t + 1, chosen, t);
    size_t skip = emitJump(Op::JF, t + 1);
    fs->top = fs->localsTop;
    bodyOf(order[k]->clause, order[k]);
    patchHere(skip);
  }
  if (deflt) {
    fs->top = fs->localsTop;
    bodyOf(deflt, nullptr);
  }
  FuncState::Target t = std::move(fs->targets.back());
  fs->targets.pop_back();
  for (size_t j : ends) patchHere(j);
  for (size_t j : t.breaks) patchHere(j);
  fs->localsTop = fs->top = savedLocals;
}

void Program::Impl::deferStmt(ast::DeferStmt* s) {
  int a = fs->top;
  int n = callValue(s->call, a);
  setLine(s);
  emitABC(Op::DEFER, a, n, 0);
}

}  // namespace golite
