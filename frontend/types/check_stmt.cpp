// Statements: blocks and scopes, assignments, if/for/range/switch/type switch/select,
// go/defer, return, and the terminating-statement analysis behind `missing return`
// (types2's stmt.go and return.go, Go 1.19; range over integers per Go 1.22).
#include <map>

#include "frontend/types/check_impl.h"

namespace golite {

using namespace ty;
using ast::NodeKind;
using ast::Tok;

static const unsigned kBreakOk = unsigned(StmtCtx::BreakOk);
static const unsigned kContinueOk = unsigned(StmtCtx::ContinueOk);
static const unsigned kFallthroughOk = unsigned(StmtCtx::FallthroughOk);
static const unsigned kFinalSwitchCase = unsigned(StmtCtx::FinalSwitchCase);
static const unsigned kInTypeSwitch = unsigned(StmtCtx::InTypeSwitch);

static bool isInvalidS(Type* t) {
  return !t || (t->kind == TypeKind::Basic && t->as<Basic>()->bkind == BasicKind::Invalid);
}

void Checker::Impl::openScope(const char* comment) { scope = newScope(scope, comment); }

void Checker::Impl::closeScope() { scope = scope->parent; }

static std::vector<ast::Stmt*> trimTrailingEmpty(const std::vector<ast::Stmt*>& list) {
  size_t n = list.size();
  while (n > 0 && list[n - 1]->kind == NodeKind::EmptyStmt) n--;
  return std::vector<ast::Stmt*>(list.begin(), list.begin() + n);
}

void Checker::Impl::stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list0) {
  bool ok = ctxt & kFallthroughOk;
  unsigned inner = ctxt & ~kFallthroughOk;
  auto list = trimTrailingEmpty(list0);
  for (size_t i = 0; i < list.size(); i++) {
    unsigned in = inner;
    if (ok && i + 1 == list.size()) in |= kFallthroughOk;
    stmt(in, list[i]);
  }
}

void Checker::Impl::simpleStmt(ast::Stmt* s) {
  if (s) stmt(0, s);
}

void Checker::Impl::suspendedCall(const char* keyword, ast::CallExpr* call) {
  Operand x;
  std::string msg;
  switch (rawExpr(x, call, nullptr)) {
    case 0: msg = "requires function call, not conversion"; break;
    case 1: msg = "discards result of"; break;
    default: return;
  }
  errorAt(x.expr, std::string(keyword) + " " + msg + " " + operandString(x));
}

// The Go value a constant case stands for, for duplicate detection.
static bool sameCaseValue(const constant::Value& a, const constant::Value& b) {
  using constant::Kind;
  bool an = a.kind() == Kind::Int || a.kind() == Kind::Float;
  bool bn = b.kind() == Kind::Int || b.kind() == Kind::Float;
  if (an && bn) return constant::compare(a, constant::Op::Eql, b);
  if (a.kind() == Kind::String && b.kind() == Kind::String) return constant::stringVal(a) == constant::stringVal(b);
  return false;
}

void Checker::Impl::caseValues(Operand& x, const std::vector<ast::Expr*>& values,
                               std::vector<std::pair<Operand, Pos>>& seen) {
  for (ast::Expr* e : values) {
    Operand v;
    expr(v, e);
    if (x.mode == OpMode::Invalid || v.mode == OpMode::Invalid) continue;
    convertUntyped(v, x.type);
    if (v.mode == OpMode::Invalid) continue;
    Operand res = v;
    comparison(res, x, Tok::Eql, true);
    if (res.mode == OpMode::Invalid) continue;
    // the comparison result is an untyped bool that is never materialized
    untyped.erase(e);
    if (v.mode != OpMode::Constant) continue;
    bool dup = false;
    for (auto& [o, p] : seen) {
      if (sameCaseValue(o.val, v.val) && identical(o.type, v.type) && !inInstance) {
        std::string file = curFile ? curFile->filename : "";
        if (file.find('/') == std::string::npos) file = "./" + file;
        errorAt(v.expr, "duplicate case " + operandString(v) + " in expression switch\n\t" + file + ":" +
                            std::to_string(p.line) + ":" + std::to_string(p.col) + ": previous case");
        dup = true;
        break;
      }
    }
    if (!dup) seen.push_back({v, startPos(v.expr)});
  }
}

void Checker::Impl::switchStmt(unsigned inner, ast::SwitchStmt* s) {
  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (x.mode != OpMode::Invalid && !comparable(x.type) && !hasNil(x.type)) {
      errorAt(x.expr, "cannot switch on " + operandString(x) + " (" + qualify(x.type) + " is not comparable)");
      x.mode = OpMode::Invalid;
    }
  } else {
    x.mode = OpMode::Constant;
    x.type = uni->basic[int(BasicKind::Bool)];
    x.val = constant::makeBool(true);
    // a synthetic `true` for messages
    auto* t = na.make<ast::Ident>(s->clauses.empty() ? s->pos : s->clauses[0]->pos);
    t->name = "true";
    x.expr = t;
  }
  const ast::CaseClause* first = nullptr;
  for (auto* c : s->clauses) {
    if (c->isDefault) {
      if (first) {
        std::string file = curFile ? curFile->filename : "";
        if (file.find('/') == std::string::npos) file = "./" + file;
        error(c->pos, "multiple defaults (first at " + file + ":" + std::to_string(first->pos.line) + ":" +
                          std::to_string(first->pos.col) + ")");
      } else {
        first = c;
      }
    }
  }
  std::vector<std::pair<Operand, Pos>> seen;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    auto* clause = s->clauses[i];
    unsigned in = inner;
    if (i + 1 < s->clauses.size()) in |= kFallthroughOk;
    else in |= kFinalSwitchCase;
    caseValues(x, clause->list, seen);
    openScope("case");
    stmtList(in, clause->body);
    closeScope();
  }
}

void Checker::Impl::typeSwitchStmt(unsigned inner, ast::TypeSwitchStmt* s) {
  ast::Ident* lhs = s->binding;
  if (lhs) {
    if (lhs->name == "_") {
      error(lhs->pos, "no new variable on left side of :=", true);
      lhs = nullptr;
    } else {
      lhs->defines = true;
      lhs->obj = nullptr;
    }
  }
  Operand x;
  expr(x, s->x);
  if (x.mode == OpMode::Invalid) return;
  Operand* sx = nullptr;
  if (underlying(x.type)->kind == TypeKind::Interface) sx = &x;
  else errorAt(x.expr, operandString(x) + " is not an interface");

  const ast::CaseClause* first = nullptr;
  for (auto* c : s->clauses) {
    if (c->isDefault) {
      if (first) error(c->pos, "multiple defaults in switch");
      else first = c;
    }
  }
  std::vector<Var*> lhsVars;
  std::vector<std::pair<Type*, ast::Expr*>> seen;
  for (auto* clause : s->clauses) {
    Type* T = nullptr;
    for (ast::Expr* e : clause->list) {
      ast::Expr* u = ast::unparen(e);
      bool isNilCase = false;
      if (u->kind == NodeKind::Ident) {
        Object* o = lookup(u->as<ast::Ident>()->name);
        isNilCase = o && o->kind == ObjKind::Nil;
      }
      if (isNilCase) {
        T = nullptr;
        Operand dummy;
        expr(dummy, e);
        e->type = x.type;  // nil stands for the operand's (interface) type
        e->mode = ast::Mode::Value;
        untyped.erase(e);
      } else {
        T = varType(e);
        if (isInvalidS(T)) continue;
      }
      bool dup = false;
      for (auto& [t, other] : seen) {
        if (((!T && !t) || (T && t && identical(T, t))) && !inInstance) {
          std::string file = curFile ? curFile->filename : "";
          if (file.find('/') == std::string::npos) file = "./" + file;
          Pos op = startPos(other);
          errorAt(e, "duplicate case " + (T ? qualify(T) : std::string("nil")) + " in type switch\n\t" + file + ":" +
                         std::to_string(op.line) + ":" + std::to_string(op.col) + ": previous case");
          dup = true;
          break;
        }
      }
      if (dup) continue;
      seen.push_back({T, e});
      if (sx && T) typeAssertion(e, *sx, T, true);
    }
    openScope("case");
    if (lhs) {
      if (clause->list.size() != 1 || !T) T = x.type;
      Var* v = newVar(lhs->name, lhs->pos, T);
      declare(scope, nullptr, v);
      clause->implicit = v;
      lhsVars.push_back(v);
    }
    stmtList(inner, clause->body);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (Var* v : lhsVars) {
      if (v->used) used = true;
      v->used = true;
    }
    if (!used) error(lhs->pos, "declared and not used: " + lhs->name, true);
    if (!lhsVars.empty()) lhs->obj = lhsVars[0];
  }
}

void Checker::Impl::rangeStmt(unsigned inner, ast::RangeStmt* s) {
  ast::Expr* sKey = s->key;
  ast::Expr* sValue = s->value;
  Operand x;
  expr(x, s->x);
  Type *key = nullptr, *val = nullptr;
  if (x.mode != OpMode::Invalid) {
    std::string cause;
    Type* u = underlying(x.type);
    if (u->kind == TypeKind::Chan) {
      if (sValue) errorAt(sValue, "range over " + operandString(x) + " permits only one iteration variable", true);
      if (u->as<Chan>()->dir == ast::ChanDir::Send) cause = "receive from send-only channel";
    }
    Type* t = u;
    if (t->kind == TypeKind::Pointer && underlying(t->as<Pointer>()->elem)->kind == TypeKind::Array)
      t = underlying(t->as<Pointer>()->elem);
    switch (t->kind) {
      case TypeKind::Basic:
        if (isString(t)) {
          key = uni->basic[int(BasicKind::Int)];
          val = uni->runeType;
          if (isUntyped(x.type)) convertUntyped(x, uni->basic[int(BasicKind::String)]);
        } else if (isInteger(t)) {
          // Go 1.22: range over an integer n yields 0..n-1 of n's type
          if (isUntyped(x.type)) {
            convertUntyped(x, uni->basic[int(BasicKind::Int)]);
          }
          key = x.type;
          if (sValue) {
            errorAt(sValue, "range over " + operandString(x) + " permits only one iteration variable", true);
          }
        }
        break;
      case TypeKind::Array: key = uni->basic[int(BasicKind::Int)]; val = t->as<Array>()->elem; break;
      case TypeKind::Slice: key = uni->basic[int(BasicKind::Int)]; val = t->as<Slice>()->elem; break;
      case TypeKind::Map: key = t->as<Map>()->key; val = t->as<Map>()->elem; break;
      case TypeKind::Chan: key = t->as<Chan>()->elem; val = uni->basic[0]; break;
      default: break;
    }
    if (!key || !cause.empty()) {
      if (cause.empty()) errorAt(x.expr, "cannot range over " + operandString(x), true);
      else errorAt(x.expr, "cannot range over " + operandString(x) + " (" + cause + ")", true);
      key = nullptr;
      val = nullptr;
    }
  }
  openScope("range");
  ast::Expr* lhs[2] = {sKey, sValue};
  Type* rhs[2] = {key, val};
  if (s->tok == Tok::Define) {
    std::vector<Var*> vars;
    std::vector<ast::Ident*> ids;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Var* obj;
      ast::Ident* id = nullptr;
      if (lhs[i]->kind == NodeKind::Ident) {
        id = lhs[i]->as<ast::Ident>();
        obj = newVar(id->name, id->pos, nullptr);
        id->defines = true;
        id->obj = id->name == "_" ? nullptr : obj;
        if (id->name != "_") {
          vars.push_back(obj);
          ids.push_back(id);
        }
      } else {
        errorAt(lhs[i], "cannot declare " + exprString(lhs[i]));
        obj = newVar("_", lhs[i]->pos, nullptr);
      }
      if (Type* t = rhs[i]) {
        Operand o;
        o.mode = OpMode::Value;
        o.expr = lhs[i];
        o.type = t;
        initVar(obj, o, "range clause");
      } else {
        obj->type = uni->basic[0];
        obj->used = true;
      }
      lhs[i]->type = obj->type;
      lhs[i]->mode = ast::Mode::Variable;
    }
    if (!vars.empty()) {
      for (size_t i = 0; i < vars.size(); i++) declare(scope, ids[i], vars[i]);
    } else {
      error(s->pos, "no new variables on left side of :=");
    }
  } else {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      if (Type* t = rhs[i]) {
        Operand o;
        o.mode = OpMode::Value;
        o.expr = lhs[i];
        o.type = t;
        // assignVar re-checks lhs[i] as an expression; keep it from seeing o's annotation
        assignVar(lhs[i], o);
      }
    }
  }
  stmt(inner, s->body);
  closeScope();
}

void Checker::Impl::stmt(unsigned ctxt, ast::Stmt* s) {
  unsigned inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  switch (s->kind) {
    case NodeKind::EmptyStmt: case NodeKind::BadStmt: break;
    case NodeKind::DeclStmt: declStmt(s->as<ast::DeclStmt>()->decl); break;
    case NodeKind::LabeledStmt:
      if (!funcs.empty()) funcs.back().hasLabel = true;
      stmt(ctxt, s->as<ast::LabeledStmt>()->stmt);
      break;
    case NodeKind::ExprStmt: {
      Operand x;
      int kind = rawExpr(x, s->as<ast::ExprStmt>()->x, nullptr);
      std::string msg;
      switch (x.mode) {
        case OpMode::Builtin: msg = "must be called"; break;
        case OpMode::TypeExpr: msg = "is not an expression"; break;
        default:
          // A REPL input's top-level expression is shown: its value(s), typed (an untyped
          // constant by its default type).
          if (replTop() && x.mode != OpMode::NoValue && x.mode != OpMode::Invalid) {
            if (x.mode == OpMode::NilValue) {
              errorAt(x.expr, "use of untyped nil");
              return;
            }
            if (isUntyped(x.type)) convertUntyped(x, defaultType(x.type));
            if (x.mode == OpMode::Invalid) return;
            s->as<ast::ExprStmt>()->show = true;
            return;
          }
          if (kind == 2) return;
          msg = "is not used";
      }
      errorAt(x.expr, operandString(x) + " " + msg);
      break;
    }
    case NodeKind::SendStmt: {
      auto* ss = s->as<ast::SendStmt>();
      Operand ch, val;
      expr(ch, ss->chan);
      expr(val, ss->value);
      if (ch.mode == OpMode::Invalid || val.mode == OpMode::Invalid) return;
      Type* u = underlying(ch.type);
      if (u->kind != TypeKind::Chan) {
        errorAt(s, "invalid operation: cannot send to non-channel " + operandString(ch));
        return;
      }
      if (u->as<Chan>()->dir == ast::ChanDir::Recv) {
        errorAt(s, "invalid operation: cannot send to receive-only channel " + operandString(ch));
        return;
      }
      assignment(val, u->as<Chan>()->elem, "send");
      break;
    }
    case NodeKind::IncDecStmt: {
      auto* ids = s->as<ast::IncDecStmt>();
      Operand x;
      expr(x, ids->x);
      if (x.mode == OpMode::Invalid) return;
      if (!isNumeric(x.type)) {
        const char* op = ids->inc ? "++" : "--";
        errorAt(ids->x, "invalid operation: " + exprString(ids->x) + op + " (non-numeric type " + qualify(x.type) + ")");
        return;
      }
      // x++ is x += 1: check the implicit operation for constant overflow of typed consts
      assignVar(ids->x, x);
      break;
    }
    case NodeKind::AssignStmt: {
      auto* as = s->as<ast::AssignStmt>();
      if (as->tok == Tok::Assign) {
        assignVars(as->lhs, as->rhs);
        return;
      }
      if (as->tok == Tok::Define) {
        shortVarDecl(s, as->lhs, as->rhs);
        return;
      }
      if (as->lhs.size() != 1 || as->rhs.size() != 1) {
        errorAt(s, std::string("assignment operation ") + opString(as->tok) + " requires single-valued expressions");
        return;
      }
      Operand x;
      binary(x, nullptr, as->lhs[0], as->rhs[0], ast::assignOpBase(as->tok));
      assignVar(as->lhs[0], x);
      break;
    }
    case NodeKind::GoStmt: suspendedCall("go", s->as<ast::GoStmt>()->call); break;
    case NodeKind::DeferStmt:
      if (!funcs.empty()) funcs.back().hasDefer = true;
      suspendedCall("defer", s->as<ast::DeferStmt>()->call);
      break;
    case NodeKind::ReturnStmt: {
      auto* rs = s->as<ast::ReturnStmt>();
      Signature* sig = funcs.empty() ? nullptr : funcs.back().sig;
      if (!sig) break;
      auto& res = sig->results->vars;
      if (rs->results.empty() && !res.empty() && !res[0]->name.empty()) {
        for (Var* obj : res) {
          Object* alt = lookup(obj->name);
          if (alt && alt != obj) {
            std::string file = curFile ? curFile->filename : "";
            if (file.find('/') == std::string::npos) file = "./" + file;
            error(s->pos, "result parameter " + obj->name + " not in scope at return\n\t" + file + ":" +
                              std::to_string(alt->pos.line) + ":" + std::to_string(alt->pos.col) +
                              ": inner declaration of " + objString(alt));
          }
        }
      } else {
        initVars(res, rs->results, rs);
      }
      break;
    }
    case NodeKind::BranchStmt: break;  // checked by checkBranches
    case NodeKind::BlockStmt:
      openScope("block");
      stmtList(inner, s->as<ast::BlockStmt>()->stmts);
      closeScope();
      break;
    case NodeKind::IfStmt: {
      auto* is = s->as<ast::IfStmt>();
      // The if's implicit block holds only what its init declares; without an init it
      // would be empty, and an else-if chain of them would make every name looked up in
      // the chain walk one empty scope per link (quadratic in the chain's length).
      if (is->init) openScope("if");
      simpleStmt(is->init);
      Operand x;
      expr(x, is->cond);
      if (x.mode != OpMode::Invalid && !isBoolean(x.type)) errorAt(is->cond, "non-boolean condition in if statement");
      stmt(inner, is->body);
      if (is->els) stmt(inner, is->els);
      if (is->init) closeScope();
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* ss = s->as<ast::SwitchStmt>();
      inner |= kBreakOk;
      openScope("switch");
      simpleStmt(ss->init);
      switchStmt(inner, ss);
      closeScope();
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* ts = s->as<ast::TypeSwitchStmt>();
      inner |= kBreakOk;
      openScope("type switch");
      simpleStmt(ts->init);
      typeSwitchStmt(inner | kInTypeSwitch, ts);
      closeScope();
      break;
    }
    case NodeKind::SelectStmt: {
      auto* ss = s->as<ast::SelectStmt>();
      inner |= kBreakOk;
      const ast::CommClause* first = nullptr;
      for (auto* c : ss->clauses) {
        if (!c->comm) {
          if (first) error(c->pos, "multiple defaults in select");
          else first = c;
        }
      }
      for (auto* clause : ss->clauses) {
        bool valid = false;
        ast::Expr* rhs = nullptr;
        ast::Stmt* comm = clause->comm;
        if (!comm || comm->kind == NodeKind::SendStmt) valid = true;
        else if (comm->kind == NodeKind::AssignStmt) {
          auto* as = comm->as<ast::AssignStmt>();
          if (as->rhs.size() == 1) rhs = as->rhs[0];
        } else if (comm->kind == NodeKind::ExprStmt) {
          rhs = comm->as<ast::ExprStmt>()->x;
        }
        if (rhs) {
          ast::Expr* u = ast::unparen(rhs);
          if (u->kind == NodeKind::UnaryExpr && u->as<ast::UnaryExpr>()->op == Tok::Arrow) valid = true;
        }
        if (!valid) {
          errorAt(comm, "select case must be send or receive (possibly with assignment)");
          continue;
        }
        openScope("case");
        if (comm) stmt(inner, comm);
        stmtList(inner, clause->body);
        closeScope();
      }
      break;
    }
    case NodeKind::ForStmt: {
      auto* fs = s->as<ast::ForStmt>();
      inner |= kBreakOk | kContinueOk;
      openScope("for");
      simpleStmt(fs->init);
      if (fs->cond) {
        Operand x;
        expr(x, fs->cond);
        if (x.mode != OpMode::Invalid && !isBoolean(x.type)) errorAt(fs->cond, "non-boolean condition in for statement");
      }
      simpleStmt(fs->post);
      if (fs->post && fs->post->kind == NodeKind::AssignStmt && fs->post->as<ast::AssignStmt>()->tok == Tok::Define)
        use(fs->post->as<ast::AssignStmt>()->lhs);
      stmt(inner, fs->body);
      closeScope();
      break;
    }
    case NodeKind::RangeStmt:
      inner |= kBreakOk | kContinueOk;
      rangeStmt(inner, s->as<ast::RangeStmt>());
      break;
    default:
      errorAt(s, "invalid statement");
  }
}

// ---------------------------------------------------------------------------------------
// terminating statements (spec: Terminating statements)

bool Checker::Impl::isTerminating(ast::Stmt* s, const std::string& label) {
  switch (s->kind) {
    case NodeKind::LabeledStmt: {
      auto* ls = s->as<ast::LabeledStmt>();
      return isTerminating(ls->stmt, ls->label->name);
    }
    case NodeKind::ExprStmt: {
      ast::Expr* x = ast::unparen(s->as<ast::ExprStmt>()->x);
      if (x->kind == NodeKind::CallExpr) {
        auto* c = x->as<ast::CallExpr>();
        return c->callKind == ast::CallKind::Builtin && c->builtinId == int(BuiltinId::Panic);
      }
      return false;
    }
    case NodeKind::ReturnStmt: return true;
    case NodeKind::BranchStmt: {
      Tok t = s->as<ast::BranchStmt>()->tok;
      return t == Tok::Goto || t == Tok::Fallthrough;
    }
    case NodeKind::BlockStmt: return isTerminatingList(s->as<ast::BlockStmt>()->stmts, "");
    case NodeKind::IfStmt: {
      auto* is = s->as<ast::IfStmt>();
      return is->els && isTerminating(is->body, "") && isTerminating(is->els, "");
    }
    case NodeKind::SwitchStmt: return isTerminatingSwitch(s->as<ast::SwitchStmt>()->clauses, label);
    case NodeKind::TypeSwitchStmt: return isTerminatingSwitch(s->as<ast::TypeSwitchStmt>()->clauses, label);
    case NodeKind::SelectStmt:
      for (auto* cc : s->as<ast::SelectStmt>()->clauses)
        if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
      return true;
    case NodeKind::ForStmt: {
      auto* fs = s->as<ast::ForStmt>();
      return !fs->cond && !hasBreak(fs->body, label, true);
    }
    default: return false;
  }
}

bool Checker::Impl::isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label) {
  for (int i = int(list.size()) - 1; i >= 0; i--)
    if (list[i]->kind != NodeKind::EmptyStmt) return isTerminating(list[i], label);
  return false;
}

bool Checker::Impl::isTerminatingSwitch(const std::vector<ast::CaseClause*>& body, const std::string& label) {
  bool hasDefault = false;
  for (auto* cc : body) {
    if (cc->isDefault) hasDefault = true;
    if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
  }
  return hasDefault;
}

bool Checker::Impl::hasBreak(ast::Stmt* s, const std::string& label, bool implicit) {
  switch (s->kind) {
    case NodeKind::LabeledStmt: return hasBreak(s->as<ast::LabeledStmt>()->stmt, label, implicit);
    case NodeKind::BranchStmt: {
      auto* b = s->as<ast::BranchStmt>();
      if (b->tok == Tok::Break) {
        if (!b->label) return implicit;
        if (b->label->name == label) return true;
      }
      return false;
    }
    case NodeKind::BlockStmt: return hasBreakList(s->as<ast::BlockStmt>()->stmts, label, implicit);
    case NodeKind::IfStmt: {
      auto* is = s->as<ast::IfStmt>();
      return hasBreak(is->body, label, implicit) || (is->els && hasBreak(is->els, label, implicit));
    }
    case NodeKind::SwitchStmt:
      if (!label.empty())
        for (auto* cc : s->as<ast::SwitchStmt>()->clauses)
          if (hasBreakList(cc->body, label, false)) return true;
      return false;
    case NodeKind::TypeSwitchStmt:
      if (!label.empty())
        for (auto* cc : s->as<ast::TypeSwitchStmt>()->clauses)
          if (hasBreakList(cc->body, label, false)) return true;
      return false;
    case NodeKind::SelectStmt:
      if (!label.empty())
        for (auto* cc : s->as<ast::SelectStmt>()->clauses)
          if (hasBreakList(cc->body, label, false)) return true;
      return false;
    case NodeKind::ForStmt:
      return !label.empty() && hasBreak(s->as<ast::ForStmt>()->body, label, false);
    case NodeKind::RangeStmt:
      return !label.empty() && hasBreak(s->as<ast::RangeStmt>()->body, label, false);
    default: return false;
  }
}

bool Checker::Impl::hasBreakList(const std::vector<ast::Stmt*>& list, const std::string& label, bool implicit) {
  for (auto* s : list)
    if (hasBreak(s, label, implicit)) return true;
  return false;
}

}  // namespace golite
