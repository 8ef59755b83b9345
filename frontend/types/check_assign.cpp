// Assignments and initializations: assignability with Go's messages, `=`, `:=`, var and
// const initialization, multi-value assignment (types2's assignments.go, Go 1.19).
#include <set>

#include "frontend/types/check_impl.h"

namespace golite {

using namespace ty;
using ast::NodeKind;

static bool isInvalidA(Type* t) {
  return !t || (t->kind == TypeKind::Basic && t->as<Basic>()->bkind == BasicKind::Invalid);
}

void Checker::Impl::assignment(Operand& x, Type* T, const std::string& context) {
  singleValue(x);
  switch (x.mode) {
    case OpMode::Invalid: return;
    case OpMode::Constant: case OpMode::Variable: case OpMode::MapIndex: case OpMode::Value:
    case OpMode::NilValue: case OpMode::CommaOk: case OpMode::CommaErr: break;
    default:
      errorAt(x.expr, "cannot assign " + operandString(x) + " to " + qualify(T) + " in " + context);
      x.mode = OpMode::Invalid;
      return;
  }
  if (isUntyped(x.type)) {
    Type* target = T;
    if (x.isNil()) {
      if (!T) {
        errorAt(x.expr, "use of untyped nil in " + context);
        x.mode = OpMode::Invalid;
        return;
      }
    } else if (!T || isNonTypeParamInterface(T)) {
      target = defaultType(x.type);
    }
    constant::Value val;
    bool hasVal = false;
    int code = 0;
    Type* nt = implicitTypeAndValue(x, target, &val, &hasVal, &code);
    if (code != 0) {
      std::string msg = "cannot use " + operandString(x) + " as " + qualify(target) + " value in " + context;
      if (code == 1) msg += " (truncated)";
      else if (code == 2) msg += " (overflows)";
      errorAt(x.expr, msg);
      x.mode = OpMode::Invalid;
      return;
    }
    if (hasVal) {
      x.val = val;
      updateExprVal(x.expr, val);
    }
    if (nt != x.type) {
      x.type = nt;
      updateExprType(x.expr, nt, false);
    }
  }
  if (!T) return;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    // Go 1.19 says "as type T in <context>"; golite uses Go 1.20's "as T value in" for the
    // contexts Go 1.20 reworded (DESIGN.md section 10, tests/conformance/regen.sh).
    bool reworded = context.compare(0, 10, "assignment") == 0 || context.compare(0, 8, "argument") == 0 ||
                    context == "variable declaration" || context == "return statement";
    std::string msg = "cannot use " + operandString(x) + " as " +
                      (reworded ? qualify(T) + " value" : "type " + qualify(T)) + " in " + context;
    if (!reason.empty()) msg += ":\n\t" + reason;
    errorAt(x.expr, msg);
    x.mode = OpMode::Invalid;
  }
}

void Checker::Impl::initConst(Const* lhs, Operand& x) {
  if (x.mode == OpMode::Invalid || isInvalidA(x.type) || (lhs->type && isInvalidA(lhs->type))) {
    if (!lhs->type) lhs->type = uni->basic[0];
    return;
  }
  if (x.mode != OpMode::Constant) {
    errorAt(x.expr, operandString(x) + " is not constant");
    if (!lhs->type) lhs->type = uni->basic[0];
    return;
  }
  if (!lhs->type) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.mode == OpMode::Invalid) return;
  lhs->val = x.val;
}

Type* Checker::Impl::initVar(Var* lhs, Operand& x, const std::string& context) {
  if (x.mode == OpMode::Invalid || isInvalidA(x.type) || (lhs->type && isInvalidA(lhs->type))) {
    if (!lhs->type) lhs->type = uni->basic[0];
    lhs->used = true;
    return nullptr;
  }
  if (!lhs->type) {
    Type* t = x.type;
    if (isUntyped(t)) {
      if (t == uni->basic[int(BasicKind::UntypedNil)]) {
        errorAt(x.expr, "use of untyped nil in " + context);
        lhs->type = uni->basic[0];
        return nullptr;
      }
      t = defaultType(t);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
  if (x.mode == OpMode::Invalid) {
    lhs->used = true;
    return nullptr;
  }
  return x.type;
}

Type* Checker::Impl::assignVar(ast::Expr* lhs, Operand& x) {
  if (x.mode == OpMode::Invalid || isInvalidA(x.type)) {
    useLHS({lhs});
    return nullptr;
  }
  ast::Expr* u = ast::unparen(lhs);
  if (u->kind == NodeKind::Ident && u->as<ast::Ident>()->name == "_") {
    auto* id = u->as<ast::Ident>();
    id->obj = nullptr;
    assignment(x, nullptr, "assignment to _ identifier");
    if (x.mode == OpMode::Invalid) return nullptr;
    // the blank identifier takes the value's type
    lhs->type = x.type;
    lhs->mode = ast::Mode::Variable;
    return x.type;
  }
  Var* v = nullptr;
  bool vUsed = false;
  if (u->kind == NodeKind::Ident) {
    if (Object* obj = lookup(u->as<ast::Ident>()->name))
      if (obj->kind == ObjKind::Var && obj->pkg == pkg) {
        v = obj->as<Var>();
        vUsed = v->used;
      }
  }
  Operand z;
  expr(z, lhs);
  if (v) v->used = vUsed;
  if (z.mode == OpMode::Invalid || isInvalidA(z.type)) return nullptr;
  switch (z.mode) {
    case OpMode::Variable: case OpMode::MapIndex: break;
    default: {
      if (z.expr->kind == NodeKind::SelectorExpr) {
        auto* sel = z.expr->as<ast::SelectorExpr>();
        if (sel->x->mode == ast::Mode::MapIndex) {
          errorAt(z.expr, "cannot assign to struct field " + exprString(z.expr) + " in map");
          return nullptr;
        }
      }
      errorAt(z.expr, "cannot assign to " + operandString(z));
      return nullptr;
    }
  }
  assignment(x, z.type, "assignment");
  if (x.mode == OpMode::Invalid) return nullptr;
  return x.type;
}

void Checker::Impl::assignError(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals) {
  auto measure = [](size_t n, const char* unit) {
    return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
  };
  std::string vars = measure(nvars, "variable");
  std::string vals = measure(nvals, "value");
  ast::Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    ast::Expr* u = ast::unparen(rhs0);
    if (u->kind == NodeKind::CallExpr) {
      errorAt(rhs0, "assignment mismatch: " + vars + " but " + exprString(u->as<ast::CallExpr>()->fun) + " returns " + vals);
      return;
    }
  }
  errorAt(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::Impl::initVars(const std::vector<Var*>& lhs, const std::vector<ast::Expr*>& origRhs, ast::ReturnStmt* ret) {
  bool commaOk = false;
  std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2 && !ret, &commaOk);
  if (lhs.size() != rhs.size()) {
    for (Var* v : lhs) {
      v->used = true;
      if (!v->type) v->type = uni->basic[0];
    }
    for (auto& x : rhs)
      if (x.mode == OpMode::Invalid) return;
    if (ret) {
      Pos at = ret->pos;
      std::string q = "not enough";
      if (rhs.size() > lhs.size()) {
        at = startPos(rhs[lhs.size()].expr);
        q = "too many";
      } else if (!rhs.empty()) {
        at = startPos(rhs.back().expr);
      }
      std::vector<Type*> have, want;
      for (auto& x : rhs) have.push_back(x.type);
      for (Var* v : lhs) want.push_back(v->type);
      error(at, q + " return values\n\thave " + typesSummary(have, false) + "\n\twant " + typesSummary(want, false));
      return;
    }
    assignError(origRhs, lhs.size(), rhs.size());
    return;
  }
  std::string context = ret ? "return statement" : "assignment";
  if (commaOk) {
    for (size_t i = 0; i < 2; i++) initVar(lhs[i], rhs[i], context);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++)
    if (!initVar(lhs[i], rhs[i], context)) ok = false;
  if (!ok)
    for (Var* v : lhs) v->used = true;
}

void Checker::Impl::assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& origRhs) {
  bool commaOk = false;
  std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2, &commaOk);
  if (lhs.size() != rhs.size()) {
    useLHS(lhs);
    for (auto& x : rhs)
      if (x.mode == OpMode::Invalid) return;
    assignError(origRhs, lhs.size(), rhs.size());
    return;
  }
  if (commaOk) {
    for (size_t i = 0; i < 2; i++) assignVar(lhs[i], rhs[i]);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++)
    if (!assignVar(lhs[i], rhs[i])) ok = false;
  if (!ok) {
    for (ast::Expr* l : lhs) {
      ast::Expr* u = ast::unparen(l);
      if (u->kind == NodeKind::Ident)
        if (Object* obj = lookup(u->as<ast::Ident>()->name))
          if (obj->kind == ObjKind::Var && obj->pkg == pkg) obj->as<Var>()->used = true;
    }
  }
}

void Checker::Impl::shortVarDecl(ast::Node* pos, const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs) {
  std::set<std::string> seen;
  std::vector<Var*> lhsVars(lhs.size(), nullptr);
  std::vector<Var*> newVars;
  std::vector<ast::Ident*> newIdents;
  bool hasErr = false;
  for (size_t i = 0; i < lhs.size(); i++) {
    ast::Expr* l = lhs[i];
    if (l->kind != NodeKind::Ident) {
      useLHS({l});
      errorAt(l, "non-name " + exprString(l) + " on left side of :=");
      hasErr = true;
      continue;
    }
    auto* id = l->as<ast::Ident>();
    const std::string& name = id->name;
    if (name != "_") {
      if (seen.count(name)) {
        errorAt(l, name + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
      seen.insert(name);
    }
    // At a REPL input's top level, `x := ...` always declares (a new session variable).
    if (Object* alt = replTop() ? nullptr : scope->lookup(name)) {
      id->obj = alt;
      id->defines = false;
      if (alt->kind == ObjKind::Var) {
        lhsVars[i] = alt->as<Var>();
        // a redeclared variable captured by a closure is still captured (useVar logic)
        bool u = alt->as<Var>()->used;
        useVar(alt->as<Var>());
        alt->as<Var>()->used = u;
      } else {
        errorAt(l, "cannot assign to " + exprString(l));
        hasErr = true;
      }
      continue;
    }
    Var* v = newVar(name, id->pos, nullptr);
    lhsVars[i] = v;
    if (name != "_") {
      newVars.push_back(v);
      newIdents.push_back(id);
    }
    id->defines = true;
    id->obj = name == "_" ? nullptr : v;
  }
  for (size_t i = 0; i < lhsVars.size(); i++)
    if (!lhsVars[i]) lhsVars[i] = newVar("_", lhs[i]->pos, nullptr);
  initVars(lhsVars, rhs, nullptr);
  // record types on the lhs identifiers
  for (size_t i = 0; i < lhs.size(); i++) {
    if (lhs[i]->kind == NodeKind::Ident && lhsVars[i]->type) {
      lhs[i]->type = lhsVars[i]->type;
      lhs[i]->mode = ast::Mode::Variable;
    }
  }
  if (newVars.empty() && !hasErr) {
    // types2 reports at the := operator; gofmt puts it one space after the last lhs name
    Pos p = startPos(pos);
    if (!lhs.empty() && lhs.back()->kind == NodeKind::Ident) {
      p = lhs.back()->pos;
      p.col += int(lhs.back()->as<ast::Ident>()->name.size()) + 1;
    }
    error(p, "no new variables on left side of :=", true);
    return;
  }
  for (size_t i = 0; i < newVars.size(); i++) declare(scope, newIdents[i], newVars[i]);
}

}  // namespace golite
