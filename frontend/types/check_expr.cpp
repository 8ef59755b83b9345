// Expressions: identifiers, literals, operators, untyped-constant typing, composite and
// function literals, type assertions, and the recording of annotations on the AST.
// Mirrors types2's expr.go and the identifier part of typexpr.go (Go 1.19).
//
// How untyped values get their final type: rawExpr records every expression; an untyped one
// goes to `untyped` instead of being final. When the context fixes its type (assignment,
// operand of a typed binary operation, comparison, ...) updateExprType walks down the
// expression and records the final type on each untyped node (for constant expressions
// only the root: the operands are never materialized). What is left untyped when the
// package is done receives its default type (recordUntyped).
#include <algorithm>

#include "frontend/types/check_impl.h"

namespace golite {

using namespace ty;
using ast::NodeKind;
using ast::Tok;

enum { kConversion, kExpression, kStatement };
enum ConvCode { kOk = 0, kTruncatedFloat, kNumericOverflow, kInvalidConstVal, kInvalidUntypedConversion };

static bool isInvalidType(Type* t) {
  return !t || (t->kind == TypeKind::Basic && t->as<Basic>()->bkind == BasicKind::Invalid);
}

static ast::Mode astMode(OpMode m) {
  switch (m) {
    case OpMode::Invalid: return ast::Mode::Invalid;
    case OpMode::NoValue: return ast::Mode::NoValue;
    case OpMode::Builtin: return ast::Mode::Builtin;
    case OpMode::TypeExpr: return ast::Mode::TypeExpr;
    case OpMode::Constant: return ast::Mode::Constant;
    case OpMode::Variable: return ast::Mode::Variable;
    case OpMode::MapIndex: return ast::Mode::MapIndex;
    case OpMode::Value: return ast::Mode::Value;
    case OpMode::NilValue: return ast::Mode::Value;
    case OpMode::CommaOk: return ast::Mode::CommaOk;
    case OpMode::CommaErr: return ast::Mode::Value;
  }
  return ast::Mode::Invalid;
}

// ---------------------------------------------------------------------------------------
// recording

void Checker::Impl::recordTypeAndValue(ast::Expr* e, OpMode mode, Type* t, const constant::Value* val) {
  if (!e) return;
  e->mode = astMode(mode);
  e->type = t;
  if (mode == OpMode::Constant && val) e->val = *val;
}

void Checker::Impl::rememberUntyped(ast::Expr* e, bool lhs, OpMode mode, Basic* t, const constant::Value* val) {
  UntypedInfo info;
  info.isLhs = lhs;
  info.mode = mode;
  info.type = t;
  if (val) {
    info.val = *val;
    info.hasVal = true;
  }
  untyped[e] = info;
  // provisional annotation, overwritten with the final type later
  e->mode = astMode(mode);
  e->type = t;
  if (val) e->val = *val;
}

void Checker::Impl::record(Operand& x) {
  Type* t = x.type;
  const constant::Value* val = nullptr;
  switch (x.mode) {
    case OpMode::Invalid: t = uni->basic[0]; break;
    case OpMode::NoValue:
      if (!t || t->kind != TypeKind::Tuple) t = newTuple({});
      break;
    case OpMode::Constant: val = &x.val; break;
    default: break;
  }
  if (!x.expr) return;
  if (t && t->kind == TypeKind::Basic && isUntyped(t)) {
    rememberUntyped(x.expr, false, x.mode, t->as<Basic>(), val);
  } else {
    recordTypeAndValue(x.expr, x.mode, t, val);
  }
}

// ---------------------------------------------------------------------------------------
// entry points

int Checker::Impl::rawExpr(Operand& x, ast::Expr* e, Type* hint) {
  int kind = exprInternal(x, e, hint);
  record(x);
  return kind;
}

void Checker::Impl::expr(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  notInstantiated(x);
  exclude(x, 1u << int(OpMode::NoValue) | 1u << int(OpMode::Builtin) | 1u << int(OpMode::TypeExpr));
  singleValue(x);
}

void Checker::Impl::multiExpr(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  notInstantiated(x);
  exclude(x, 1u << int(OpMode::NoValue) | 1u << int(OpMode::Builtin) | 1u << int(OpMode::TypeExpr));
}

void Checker::Impl::exprWithHint(Operand& x, ast::Expr* e, Type* hint) {
  rawExpr(x, e, hint);
  notInstantiated(x);
  exclude(x, 1u << int(OpMode::NoValue) | 1u << int(OpMode::Builtin) | 1u << int(OpMode::TypeExpr));
  singleValue(x);
}

void Checker::Impl::exprOrType(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, 1u << int(OpMode::NoValue));
  singleValue(x);
}

void Checker::Impl::exclude(Operand& x, unsigned modeset) {
  if (modeset & (1u << int(x.mode))) {
    std::string msg;
    switch (x.mode) {
      case OpMode::NoValue:
        msg = (modeset & (1u << int(OpMode::TypeExpr))) ? " used as value" : " used as value or type";
        msg = operandString(x) + msg;
        break;
      case OpMode::Builtin: msg = operandString(x) + " must be called"; break;
      case OpMode::TypeExpr: msg = operandString(x) + " is not an expression"; break;
      default: break;
    }
    errorAt(x.expr, msg);
    x.mode = OpMode::Invalid;
  }
}

void Checker::Impl::singleValue(Operand& x) {
  if (x.mode == OpMode::Value && x.type && x.type->kind == TypeKind::Tuple) {
    errorAt(x.expr, "multiple-value " + operandString(x) + " in single-value context");
    x.mode = OpMode::Invalid;
  }
}

void Checker::Impl::use(const std::vector<ast::Expr*>& es) {
  for (ast::Expr* e : es) {
    if (!e) continue;
    if (e->kind == NodeKind::Ident && e->as<ast::Ident>()->name == "_") continue;
    Operand x;
    rawExpr(x, e, nullptr);
  }
}

void Checker::Impl::useLHS(const std::vector<ast::Expr*>& es) {
  for (ast::Expr* e : es) {
    Var* v = nullptr;
    bool vUsed = false;
    ast::Expr* u = ast::unparen(e);
    if (u->kind == NodeKind::Ident) {
      auto* id = u->as<ast::Ident>();
      if (id->name == "_") continue;
      if (Object* obj = lookup(id->name))
        if (obj->kind == ObjKind::Var && obj->pkg == pkg) {
          v = obj->as<Var>();
          vUsed = v->used;
        }
    }
    Operand x;
    rawExpr(x, e, nullptr);
    if (v) v->used = vUsed;
  }
}

// ---------------------------------------------------------------------------------------
// identifiers

void Checker::Impl::useVar(Var* v) {
  if (v->pkg == pkg) v->used = true;
  if (v->isGlobal || v->isField || !v->declFunc) return;
  for (int i = int(funcs.size()) - 1; i >= 0; i--) {
    if (funcs[i].node == v->declFunc) break;
    if (funcs[i].lit) {
      auto& caps = funcs[i].lit->captures;
      if (std::find(caps.begin(), caps.end(), v) == caps.end()) caps.push_back(v);
      v->captured = true;
    }
  }
}

void Checker::Impl::ident(Operand& x, ast::Ident* e, Named* def, bool wantType) {
  x.mode = OpMode::Invalid;
  x.expr = e;
  x.type = uni->basic[0];
  Object* obj = lookup(e->name);
  if (!obj) {
    if (e->name == "_") errorAt(e, "cannot use _ as value or type");
    else errorAt(e, "undefined: " + e->name);
    return;
  }
  e->obj = obj;
  Type* t = obj->type;
  if (!t || (obj->kind == ObjKind::TypeName && wantType)) {
    objDecl(obj);
    t = obj->type;
  }
  if (!t) {
    t = uni->basic[0];
    obj->type = t;
  }
  switch (obj->kind) {
    case ObjKind::PkgName:
      errorAt(e, "use of package " + obj->name + " not in selector");
      obj->as<PkgName>()->used = true;
      return;
    case ObjKind::Const:
      addDeclDep(obj);
      if (isInvalidType(t)) return;
      if (obj->name == "iota" && !obj->pkg) {
        if (!iota) {
          errorAt(e, "cannot use iota outside constant declaration");
          return;
        }
        x.val = *iota;
      } else {
        x.val = obj->as<Const>()->val;
      }
      x.mode = OpMode::Constant;
      break;
    case ObjKind::TypeName:
      x.mode = OpMode::TypeExpr;
      break;
    case ObjKind::Var:
      useVar(obj->as<Var>());
      addDeclDep(obj);
      if (isInvalidType(t)) return;
      x.mode = OpMode::Variable;
      break;
    case ObjKind::Func:
      addDeclDep(obj);
      x.mode = OpMode::Value;
      if (obj->as<Func>()->generic) x.generic = obj->as<Func>();
      if (obj->name == "init" && obj->pkg == pkg && !obj->as<Func>()->decl->recv) {
        // spec: init functions cannot be referred to
      }
      break;
    case ObjKind::Builtin:
      x.id = obj->as<Builtin>()->id;
      x.mode = OpMode::Builtin;
      break;
    case ObjKind::Nil:
      x.mode = OpMode::NilValue;
      break;
    default: return;
  }
  x.type = t;
}

// ---------------------------------------------------------------------------------------
// constants

void Checker::Impl::overflow(Operand& x, Pos opPos) {
  if (x.val.kind() == constant::Kind::Unknown) {
    error(opPos, "constant result is not representable");
    return;
  }
  if (isTyped(x.type)) {
    representable(x, underlying(x.type)->as<Basic>());
    return;
  }
  if (x.val.kind() == constant::Kind::Int && constant::bitLen(x.val) > 512) {
    std::string name;
    if (x.expr && x.expr->kind == NodeKind::BinaryExpr) {
      switch (x.expr->as<ast::BinaryExpr>()->op) {
        case Tok::Add: name = "addition"; break;
        case Tok::Sub: name = "subtraction"; break;
        case Tok::Xor: name = "bitwise XOR"; break;
        case Tok::Mul: name = "multiplication"; break;
        case Tok::Shl: name = "shift"; break;
        default: break;
      }
    } else if (x.expr && x.expr->kind == NodeKind::UnaryExpr && x.expr->as<ast::UnaryExpr>()->op == Tok::Xor) {
      name = "bitwise complement";
    }
    error(opPos, "constant " + name + " overflow");
    x.val = constant::makeUnknown();
  }
}

static bool reprFor(Basic* t, constant::Repr* r) {
  using constant::Repr;
  switch (t->bkind) {
    case BasicKind::Int: case BasicKind::Int64: *r = Repr::Int64; return true;
    case BasicKind::Int8: *r = Repr::Int8; return true;
    case BasicKind::Int16: *r = Repr::Int16; return true;
    case BasicKind::Int32: *r = Repr::Int32; return true;
    case BasicKind::Uint: case BasicKind::Uint64: case BasicKind::Uintptr: *r = Repr::Uint64; return true;
    case BasicKind::Uint8: *r = Repr::Uint8; return true;
    case BasicKind::Uint16: *r = Repr::Uint16; return true;
    case BasicKind::Uint32: *r = Repr::Uint32; return true;
    case BasicKind::Float32: *r = Repr::Float32; return true;
    case BasicKind::Float64: *r = Repr::Float64; return true;
    case BasicKind::Complex64: *r = Repr::Complex64; return true;
    case BasicKind::Complex128: *r = Repr::Complex128; return true;
    case BasicKind::Bool: case BasicKind::UntypedBool: *r = Repr::Bool; return true;
    case BasicKind::String: case BasicKind::UntypedString: *r = Repr::String; return true;
    case BasicKind::UntypedInt: case BasicKind::UntypedRune: *r = Repr::UntypedInt; return true;
    case BasicKind::UntypedFloat: *r = Repr::UntypedFloat; return true;
    case BasicKind::UntypedComplex: *r = Repr::UntypedComplex; return true;
    default: return false;
  }
}

int Checker::Impl::representation(Operand& x, Basic* t, constant::Value* out) {
  constant::Repr r;
  constant::Value v = x.val;
  bool ok = false;
  if (x.val.kind() == constant::Kind::Unknown) {
    *out = v;
    return kOk;
  }
  if (reprFor(t, &r)) ok = constant::representable(x.val, r, &v);
  if (!ok) {
    if (isNumeric(x.type) && isNumeric(t)) {
      if (!isInteger(x.type) && isInteger(t)) return kTruncatedFloat;
      return kNumericOverflow;
    }
    return kInvalidConstVal;
  }
  *out = v;
  return kOk;
}

void Checker::Impl::invalidConversion(int code, Operand& x, Type* t) {
  std::string msg;
  switch (code) {
    case kTruncatedFloat: msg = operandString(x) + " truncated to " + qualify(t); break;
    case kNumericOverflow: msg = operandString(x) + " overflows " + qualify(t); break;
    default: msg = "cannot convert " + operandString(x) + " to " + qualify(t); break;
  }
  errorAt(x.expr, msg);
}

void Checker::Impl::representable(Operand& x, Basic* t) {
  constant::Value v;
  int code = representation(x, t, &v);
  if (code != kOk) {
    invalidConversion(code, x, t);
    x.mode = OpMode::Invalid;
    return;
  }
  x.val = v;
}

void Checker::Impl::updateExprType(ast::Expr* e, Type* t, bool final) { updateExprType0(nullptr, e, t, final); }

void Checker::Impl::updateExprType0(ast::Expr* parent, ast::Expr* x, Type* t, bool final) {
  auto it = untyped.find(x);
  if (it == untyped.end()) return;
  UntypedInfo old = it->second;
  switch (x->kind) {
    case NodeKind::CallExpr:
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::SelectorExpr:
      break;
    case NodeKind::ParenExpr:
      updateExprType0(x, x->as<ast::ParenExpr>()->x, t, final);
      break;
    case NodeKind::UnaryExpr:
      if (old.hasVal) break;
      updateExprType0(x, x->as<ast::UnaryExpr>()->x, t, final);
      break;
    case NodeKind::BinaryExpr: {
      if (old.hasVal) break;
      auto* b = x->as<ast::BinaryExpr>();
      switch (b->op) {
        case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq: break;
        case Tok::Shl: case Tok::Shr: updateExprType0(x, b->x, t, final); break;
        default:
          updateExprType0(x, b->x, t, final);
          updateExprType0(x, b->y, t, final);
      }
      break;
    }
    default: return;
  }
  if (!final && isUntyped(t)) {
    it = untyped.find(x);
    if (it != untyped.end()) {
      it->second.type = underlying(t)->as<Basic>();
      x->type = it->second.type;
    }
    return;
  }
  untyped.erase(x);
  if (old.isLhs) {
    if (!isInteger(t)) {
      errorAt(x, "invalid operation: " + exprString(parent) + " (shift of type " + qualify(t) + ")");
      return;
    }
  }
  if (old.hasVal) {
    Operand c;
    c.mode = old.mode;
    c.expr = x;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(c, t);
    if (c.mode == OpMode::Invalid) return;
    old.val = c.val;
  }
  recordTypeAndValue(x, old.mode, t, old.hasVal ? &old.val : nullptr);
}

void Checker::Impl::updateExprVal(ast::Expr* e, const constant::Value& v) {
  auto it = untyped.find(e);
  if (it != untyped.end()) {
    it->second.val = v;
    it->second.hasVal = true;
  }
}

void Checker::Impl::convertUntyped(Operand& x, Type* target) {
  constant::Value val;
  bool hasVal = false;
  int code = 0;
  Type* nt = implicitTypeAndValue(x, target, &val, &hasVal, &code);
  if (code != 0) {
    Type* t = underlying(target);
    invalidConversion(code, x, t);
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

Type* Checker::Impl::implicitTypeAndValue(Operand& x, Type* target, constant::Value* val, bool* hasVal, int* code) {
  *code = 0;
  *hasVal = false;
  if (x.mode == OpMode::Invalid || isTyped(x.type) || isInvalidType(target)) return x.type;
  if (isUntyped(target)) {
    auto xk = x.type->as<Basic>()->bkind;
    auto tk = target->as<Basic>()->bkind;
    if (isNumeric(x.type) && isNumeric(target)) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *code = kInvalidUntypedConversion;
      return nullptr;
    }
    return x.type;
  }
  if (x.isNil()) {
    if (hasNil(target)) return target;
    *code = kInvalidUntypedConversion;
    return nullptr;
  }
  Type* u = underlying(target);
  switch (u->kind) {
    case TypeKind::Basic: {
      if (x.mode == OpMode::Constant) {
        constant::Value v;
        int c = representation(x, u->as<Basic>(), &v);
        if (c != kOk) {
          *code = c;
          return nullptr;
        }
        *val = v;
        *hasVal = true;
        return target;
      }
      switch (x.type->as<Basic>()->bkind) {
        case BasicKind::UntypedBool:
          if (!isBoolean(target)) { *code = kInvalidUntypedConversion; return nullptr; }
          break;
        case BasicKind::UntypedInt: case BasicKind::UntypedRune: case BasicKind::UntypedFloat:
        case BasicKind::UntypedComplex:
          if (!isNumeric(target)) { *code = kInvalidUntypedConversion; return nullptr; }
          break;
        case BasicKind::UntypedString:
          if (!isString(target)) { *code = kInvalidUntypedConversion; return nullptr; }
          break;
        default:
          *code = kInvalidUntypedConversion;
          return nullptr;
      }
      break;
    }
    case TypeKind::Interface: {
      auto* it = u->as<Interface>();
      complete(it);
      if (!it->allMethods.empty()) {
        *code = kInvalidUntypedConversion;
        return nullptr;
      }
      return defaultType(x.type);
    }
    default:
      *code = kInvalidUntypedConversion;
      return nullptr;
  }
  return target;
}

// ---------------------------------------------------------------------------------------
// operators

static bool allBoolean(Type* t) { return isBoolean(t); }
static bool allString(Type* t) { return isString(t); }
static bool allOrdered(Type* t) { return isBasic(t, IsOrdered); }

void Checker::Impl::unary(Operand& x, ast::UnaryExpr* e) {
  expr(x, e->x);
  if (x.mode == OpMode::Invalid) return;
  switch (e->op) {
    case Tok::And: {
      ast::Expr* u = ast::unparen(e->x);
      if (u->kind != NodeKind::CompositeLit && x.mode != OpMode::Variable) {
        errorAt(x.expr, "invalid operation: cannot take address of " + operandString(x));
        x.mode = OpMode::Invalid;
        return;
      }
      markAddrTaken(e->x);
      x.mode = OpMode::Value;
      x.type = newPointer(x.type);
      return;
    }
    case Tok::Arrow: {
      Type* u = underlying(x.type);
      if (u->kind != TypeKind::Chan) {
        errorAt(x.expr, "invalid operation: cannot receive from non-channel " + operandString(x));
        x.mode = OpMode::Invalid;
        return;
      }
      auto* ch = u->as<Chan>();
      if (ch->dir == ast::ChanDir::Send) {
        errorAt(x.expr, "invalid operation: cannot receive from send-only channel " + operandString(x));
        x.mode = OpMode::Invalid;
        return;
      }
      x.mode = OpMode::CommaOk;
      x.type = ch->elem;
      hasCallOrRecv = true;
      return;
    }
    default: break;
  }
  bool ok = true;
  switch (e->op) {
    case Tok::Add: case Tok::Sub: ok = isNumeric(x.type); break;
    case Tok::Xor: ok = isInteger(x.type); break;
    case Tok::Not: ok = isBoolean(x.type); break;
    default: ok = false;
  }
  if (!ok) {
    errorAt(x.expr, "invalid operation: operator " + opString(e->op) + " not defined on " + operandString(x));
    x.mode = OpMode::Invalid;
    return;
  }
  if (x.mode == OpMode::Constant) {
    if (x.val.kind() == constant::Kind::Unknown) return;
    unsigned prec = 0;
    if (isUnsigned(x.type)) prec = unsigned(sizeOf(x.type) * 8);
    x.val = constant::unaryOp(constOp(e->op), x.val, prec);
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = OpMode::Value;
}

static bool isComparisonTok(Tok t) {
  return t == Tok::Eql || t == Tok::Neq || t == Tok::Lss || t == Tok::Leq || t == Tok::Gtr || t == Tok::Geq;
}

std::string Checker::Impl::kindString(Type* t) {
  switch (underlying(t)->kind) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    default: return qualify(t);
  }
}

std::string Checker::Impl::incomparableCause(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Slice: case TypeKind::Signature: case TypeKind::Map:
      return kindString(t) + " can only be compared to nil";
    default: break;
  }
  // types2's comparable(..., reportf): the first offending field or element
  std::function<std::string(Type*)> why = [&](Type* t) -> std::string {
    Type* u = underlying(t);
    switch (u->kind) {
      case TypeKind::Struct:
        for (Var* f : u->as<Struct>()->fields)
          if (!comparable(f->type)) {
            std::string r = why(f->type);
            return "struct containing " + qualify(f->type) + " cannot be compared";
          }
        return "";
      case TypeKind::Array:
        if (!comparable(u->as<Array>()->elem)) return qualify(t) + " cannot be compared";
        return "";
      default: return "";
    }
  };
  return why(t);
}

void Checker::Impl::comparison(Operand& x, Operand& y, Tok op, bool switchCase) {
  if (switchCase) op = Tok::Eql;
  Operand* errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + qualify(x.type) + " and " + qualify(y.type);
    goto Error;
  }
  if (op == Tok::Eql || op == Tok::Neq) {
    if (x.isNil() || y.isNil()) {
      Type* t = x.isNil() ? y.type : x.type;
      if (!hasNil(t)) {
        errOp = &y;
        goto Error;
      }
    } else if (!comparable(x.type)) {
      errOp = &x;
      cause = incomparableCause(x.type);
      goto Error;
    } else if (!comparable(y.type)) {
      errOp = &y;
      cause = incomparableCause(y.type);
      goto Error;
    }
  } else {
    if (!allOrdered(x.type)) {
      errOp = &x;
      goto Error;
    }
    if (!allOrdered(y.type)) {
      errOp = &y;
      goto Error;
    }
  }
  if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
    x.val = constant::makeBool(constant::compare(x.val, constOp(op), y.val));
  } else {
    x.mode = OpMode::Value;
    updateExprType(x.expr, defaultType(x.type), true);
    updateExprType(y.expr, defaultType(y.type), true);
  }
  x.type = uni->basic[int(BasicKind::UntypedBool)];
  return;

Error:
  if (cause.empty()) cause = "operator " + opString(op) + " not defined on " + kindString(errOp->type);
  if (switchCase) {
    errorAt(x.expr, "invalid case " + exprString(x.expr) + " in switch on " + exprString(y.expr) + " (" + cause + ")");
  } else {
    errorAt(errOp->expr, "invalid operation: " + exprString(x.expr) + " " + opString(op) + " " + exprString(y.expr) +
                             " (" + cause + ")");
  }
  x.mode = OpMode::Invalid;
}

void Checker::Impl::shift(Operand& x, Operand& y, ast::Expr* e, Tok op) {
  constant::Value xval;
  bool haveX = false;
  if (x.mode == OpMode::Constant) {
    xval = constant::toInt(x.val);
    haveX = true;
  }
  if (isInteger(x.type) || (isUntyped(x.type) && haveX && xval.kind() == constant::Kind::Int)) {
    // ok
  } else {
    errorAt(x.expr, "invalid operation: shifted operand " + operandString(x) + " must be integer");
    x.mode = OpMode::Invalid;
    return;
  }
  if (y.mode == OpMode::Constant) {
    constant::Value yval = constant::toInt(y.val);
    if (yval.kind() == constant::Kind::Int && constant::sign(yval) < 0) {
      errorAt(y.expr, "invalid operation: negative shift count " + operandString(y));
      x.mode = OpMode::Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      representable(y, uni->basic[int(BasicKind::Uint)]);
      if (y.mode == OpMode::Invalid) {
        x.mode = OpMode::Invalid;
        return;
      }
      // The count of a shift done at run time is that uint (not the constant's default
      // type: 1<<(M+0.) with M = MaxUint would round to 2**64 as a float64).
      if (x.mode != OpMode::Constant) convertUntyped(y, uni->basic[int(BasicKind::Uint)]);
    }
  } else {
    if (isInteger(y.type)) {
    } else if (isUntyped(y.type)) {
      convertUntyped(y, uni->basic[int(BasicKind::Uint)]);
      if (y.mode == OpMode::Invalid) {
        x.mode = OpMode::Invalid;
        return;
      }
    } else {
      errorAt(y.expr, "invalid operation: shift count " + operandString(y) + " must be integer");
      x.mode = OpMode::Invalid;
      return;
    }
  }
  if (x.mode == OpMode::Constant) {
    if (y.mode == OpMode::Constant) {
      if (x.val.kind() == constant::Kind::Unknown || y.val.kind() == constant::Kind::Unknown) {
        x.val = constant::makeUnknown();
        if (!isInteger(x.type)) x.type = uni->basic[int(BasicKind::UntypedInt)];
        return;
      }
      const uint64_t shiftBound = 1023 - 1 + 52;
      uint64_t s;
      if (!constant::uint64Val(constant::toInt(y.val), &s) || s > shiftBound) {
        errorAt(y.expr, "invalid operation: invalid shift count " + operandString(y));
        x.mode = OpMode::Invalid;
        return;
      }
      if (!isInteger(x.type)) x.type = uni->basic[int(BasicKind::UntypedInt)];
      x.val = constant::shift(xval, constOp(op), s);
      x.expr = e;
      overflow(x, e ? e->as<ast::BinaryExpr>()->opPos : Pos{});
      return;
    }
    if (isUntyped(x.type)) {
      auto it = untyped.find(x.expr);
      if (it != untyped.end()) it->second.isLhs = true;
      x.mode = OpMode::Value;
      return;
    }
  }
  if (!isInteger(x.type)) {
    errorAt(x.expr, "invalid operation: shifted operand " + operandString(x) + " must be integer");
    x.mode = OpMode::Invalid;
    return;
  }
  x.mode = OpMode::Value;
}

void Checker::Impl::binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, Tok op) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.mode == OpMode::Invalid) return;
  if (y.mode == OpMode::Invalid) {
    x.mode = OpMode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (op == Tok::Shl || op == Tok::Shr) {
    shift(x, y, e, op);
    return;
  }
  auto canMix = [&](Operand& a, Operand& b) {
    if (isNonTypeParamInterface(a.type) || isNonTypeParamInterface(b.type)) return true;
    if (allBoolean(a.type) != allBoolean(b.type)) return false;
    if (allString(a.type) != allString(b.type)) return false;
    if (a.isNil() && !hasNil(b.type)) return false;
    if (b.isNil() && !hasNil(a.type)) return false;
    return true;
  };
  if (canMix(x, y)) {
    convertUntyped(x, y.type);
    if (x.mode == OpMode::Invalid) return;
    convertUntyped(y, x.type);
    if (y.mode == OpMode::Invalid) {
      x.mode = OpMode::Invalid;
      return;
    }
  }
  if (isComparisonTok(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (!isInvalidType(x.type) && !isInvalidType(y.type)) {
      if (e) {
        errorAt(x.expr, "invalid operation: " + exprString(e) + " (mismatched types " + qualify(x.type) + " and " +
                            qualify(y.type) + ")");
      } else {
        errorAt(x.expr, "invalid operation: " + exprString(lhs) + " " + opString(op) + "= " + exprString(rhs) +
                            " (mismatched types " + qualify(x.type) + " and " + qualify(y.type) + ")");
      }
    }
    x.mode = OpMode::Invalid;
    return;
  }
  bool ok;
  switch (op) {
    case Tok::Add: ok = isNumeric(x.type) || isString(x.type); break;
    case Tok::Sub: case Tok::Mul: case Tok::Quo: ok = isNumeric(x.type); break;
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot: ok = isInteger(x.type); break;
    case Tok::LAnd: case Tok::LOr: ok = isBoolean(x.type); break;
    default: ok = false;
  }
  if (!ok) {
    errorAt(x.expr, "invalid operation: operator " + opString(op) + " not defined on " + operandString(x));
    x.mode = OpMode::Invalid;
    return;
  }
  if (op == Tok::Quo || op == Tok::Rem) {
    if ((x.mode == OpMode::Constant || isInteger(x.type)) && y.mode == OpMode::Constant &&
        y.val.kind() != constant::Kind::Unknown && constant::sign(y.val) == 0) {
      errorAt(y.expr, "invalid operation: division by zero");
      x.mode = OpMode::Invalid;
      return;
    }
  }
  if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
    if (x.val.kind() == constant::Kind::Unknown || y.val.kind() == constant::Kind::Unknown) {
      x.val = constant::makeUnknown();
      return;
    }
    bool intDiv = op == Tok::Quo && isInteger(x.type);
    x.val = constant::binaryOp(x.val, constOp(op), y.val, intDiv);
    x.expr = e;
    overflow(x, e && e->kind == NodeKind::BinaryExpr ? e->as<ast::BinaryExpr>()->opPos : Pos{});
    return;
  }
  x.mode = OpMode::Value;
}

// ---------------------------------------------------------------------------------------
// address-taken variables

void Checker::Impl::markAddrTaken(ast::Expr* e) {
  for (;;) {
    e = ast::unparen(e);
    switch (e->kind) {
      case NodeKind::Ident: {
        auto* id = e->as<ast::Ident>();
        if (id->obj && id->obj->kind == ObjKind::Var) id->obj->as<Var>()->addrTaken = true;
        return;
      }
      case NodeKind::SelectorExpr: {
        auto* s = e->as<ast::SelectorExpr>();
        if (!s->selection || s->selection->kind != SelectionKind::FieldVal) return;
        // a path through a pointer does not take the root's address
        if (s->selection->indirect) return;
        e = s->x;
        continue;
      }
      case NodeKind::IndexExpr: {
        auto* ix = e->as<ast::IndexExpr>();
        Type* t = ix->x->type;
        if (!t || underlying(t)->kind != TypeKind::Array) return;
        e = ix->x;
        continue;
      }
      default: return;
    }
  }
}

// ---------------------------------------------------------------------------------------
// interfaces: missing methods and assignability

Func* Checker::Impl::missingMethod(Type* V, Interface* T, bool statik, Func** alt) {
  *alt = nullptr;
  complete(T);
  if (T->allMethods.empty()) return nullptr;
  Type* vu = underlying(V);
  if (vu && vu->kind == TypeKind::Interface) {
    auto* vi = vu->as<Interface>();
    complete(vi);
    for (Func* m : T->allMethods) {
      Func* f = nullptr;
      for (Func* g : vi->allMethods)
        if (g->id() == m->id()) f = g;
      if (!f) {
        if (!statik) continue;
        return m;
      }
      if (!identical(f->type, m->type)) {
        *alt = f;
        return m;
      }
    }
    return nullptr;
  }
  for (Func* m : T->allMethods) {
    std::vector<int> index;
    bool indirect = false;
    Object* obj = lookupFieldOrMethod(V, false, m->pkg, m->name, &index, &indirect);
    bool found = obj != nullptr;
    if (!found) obj = lookupFieldOrMethod(newPointer(V), false, m->pkg, m->name, &index, &indirect);
    if (!obj || obj->kind != ObjKind::Func) return m;
    Func* f = obj->as<Func>();
    if (!f->type) objDecl(f);
    if (!found || !identical(f->type, m->type)) {
      *alt = f;
      return m;
    }
  }
  return nullptr;
}

static std::string funcString(Checker::Impl* c, Func* f) { return c->signatureString(f); }

std::string Checker::Impl::missingMethodReason(Type* V, Type* T, Func* m, Func* alt) {
  std::string mname = m->name + " method";
  if (alt) {
    if (m->name != alt->name)
      return "(missing " + mname + ")\n\t\thave " + funcString(this, alt) + "\n\t\twant " + funcString(this, m);
    if (identical(m->type, alt->type)) return "(" + mname + " has pointer receiver)";
    return "(wrong type for " + mname + ")\n\t\thave " + funcString(this, alt) + "\n\t\twant " + funcString(this, m);
  }
  auto isIfacePtr = [](Type* t) {
    Type* u = underlying(t);
    return u->kind == TypeKind::Pointer && isInterface(u->as<Pointer>()->elem);
  };
  if (isIfacePtr(V)) return "(type " + qualify(V) + " is pointer to interface, not interface)";
  if (isIfacePtr(T)) return "(type " + qualify(T) + " is pointer to interface, not interface)";
  return "(missing " + mname + ")";
}

bool Checker::Impl::implementsErr(Type* V, Type* T, std::string* reason) {
  Type* vu = underlying(V);
  Type* tu = underlying(T);
  if (isInvalidType(vu) || isInvalidType(tu)) return true;
  if (tu->kind != TypeKind::Interface) {
    if (reason) *reason = qualify(V) + " does not implement " + qualify(T) + " (" + qualify(T) + " is not an interface)";
    return false;
  }
  auto* ti = tu->as<Interface>();
  complete(ti);
  if (ti->allMethods.empty()) return true;
  Func* alt = nullptr;
  Func* m = missingMethod(V, ti, true, &alt);
  if (m) {
    if (reason)
      *reason = qualify(V) + " does not implement " + qualify(T) + " " + missingMethodReason(V, T, m, alt);
    return false;
  }
  return true;
}

bool Checker::Impl::assignableTo(Operand& x, Type* T, std::string* reason) {
  if (x.mode == OpMode::Invalid || isInvalidType(T)) return true;
  Type* V = x.type;
  if (identical(V, T)) return true;
  Type* Vu = underlying(V);
  Type* Tu = underlying(T);
  if (isUntyped(Vu)) {
    constant::Value v;
    bool hv;
    int code;
    return implicitTypeAndValue(x, T, &v, &hv, &code) != nullptr;
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return true;
  auto isIfacePtr = [](Type* t) {
    return t->kind == TypeKind::Pointer && isInterface(t->as<Pointer>()->elem);
  };
  if (Tu->kind == TypeKind::Interface || isIfacePtr(Tu)) {
    std::string r;
    if (!implementsErr(V, T, &r)) {
      if (reason) *reason = r;
      return false;
    }
    return true;
  }
  if (Vu->kind == TypeKind::Interface) {
    if (implementsErr(T, V, nullptr)) {
      if (reason) *reason = "need type assertion";
      return false;
    }
  }
  if (Vu->kind == TypeKind::Chan && Vu->as<Chan>()->dir == ast::ChanDir::Both) {
    if (Tu->kind == TypeKind::Chan && identical(Vu->as<Chan>()->elem, Tu->as<Chan>()->elem))
      return !hasName(V) || !hasName(T);
  }
  return false;
}

void Checker::Impl::typeAssertion(ast::Expr* e, Operand& x, Type* T, bool typeSwitch) {
  Type* xu = underlying(x.type);
  auto* vi = xu->as<Interface>();
  if (isInterface(T) || inInstance) return;  // in generic code the assertion just fails
  Func* alt = nullptr;
  Func* m = missingMethod(T, vi, false, &alt);
  if (!m) return;
  std::string cause = missingMethodReason(T, x.type, m, alt);
  if (typeSwitch) {
    errorAt(e, "impossible type switch case: " + exprString(e) + "\n\t" + operandString(x) + " cannot have dynamic type " +
                   qualify(T) + " " + cause);
    return;
  }
  errorAt(e, "impossible type assertion: " + exprString(e) + "\n\t" + qualify(T) + " does not implement " +
                 qualify(x.type) + " " + cause);
}

// ---------------------------------------------------------------------------------------
// literals

void Checker::Impl::funcLit(Operand& x, ast::FuncLit* e) {
  Scope* fscope = nullptr;
  Signature* sig = funcType(e->funcType, nullptr, e, &fscope);
  // types2 checks the body "later", but before the enclosing scope changes: checking it now
  // gives the same result and lets captures be recorded at once.
  auto savedIota = iota;
  funcBody(e, e, sig, e->body, fscope);
  iota = savedIota;
  // captures of a nested literal are captures of the enclosing literals too (useVar did it)
  x.mode = OpMode::Value;
  x.type = sig;
}

static bool constKey(const constant::Value& a, const constant::Value& b) {
  return constant::compare(a, constant::Op::Eql, b);
}

int64_t Checker::Impl::indexedElts(ast::CompositeLit* lit, Type* elem, int64_t length) {
  std::vector<int64_t> visitedIdx;
  std::set<int64_t> visited;
  int64_t index = 0, max = 0;
  lit->indices.clear();
  for (ast::Expr* e : lit->elts) {
    int64_t validIndex = -1;
    ast::Expr* eval = e;
    if (e->kind == NodeKind::KeyValueExpr) {
      auto* kv = e->as<ast::KeyValueExpr>();
      int64_t i;
      if (this->index(kv->key, length, &i)) {
        if (i >= 0) {
          index = i;
          validIndex = i;
        } else {
          errorAt(e, "index " + exprString(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && index >= length) {
      errorAt(e, "index " + std::to_string(index) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = index;
    }
    if (validIndex >= 0) {
      if (visited.count(validIndex)) {
        errorAt(e, "duplicate index " + std::to_string(validIndex) + " in array or slice literal");
      } else {
        visited.insert(validIndex);
      }
    }
    lit->indices.push_back(index);
    index++;
    if (index > max) max = index;
    Operand x;
    exprWithHint(x, eval, elem);
    assignment(x, elem, "array or slice literal");
  }
  return max;
}

void Checker::Impl::compositeLit(Operand& x, ast::CompositeLit* e, Type* hint) {
  Type *typ = nullptr, *base = nullptr;
  if (e->typeExpr) {
    if (e->typeExpr->kind == NodeKind::ArrayType && e->typeExpr->as<ast::ArrayType>()->len &&
        e->typeExpr->as<ast::ArrayType>()->len->kind == NodeKind::Ellipsis) {
      auto* at = e->typeExpr->as<ast::ArrayType>();
      typ = ta.make<Array>(varType(at->elem), -1);
      base = typ;
    } else {
      typ = this->typ(e->typeExpr);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    base = deref(underlying(typ));
    if (base != underlying(typ)) {
      // *T implies &T{}
    }
  } else {
    errorAt(e, "missing type in composite literal");
    x.mode = OpMode::Invalid;
    return;
  }
  Type* u = underlying(base);
  switch (u->kind) {
    case TypeKind::Struct: {
      auto* st = u->as<Struct>();
      if (e->elts.empty()) break;
      auto& fields = st->fields;
      e->indices.clear();
      if (e->elts[0]->kind == NodeKind::KeyValueExpr) {
        std::vector<bool> visited(fields.size());
        for (ast::Expr* el : e->elts) {
          if (el->kind != NodeKind::KeyValueExpr) {
            errorAt(el, "mixture of field:value and value elements in struct literal");
            e->indices.push_back(-1);
            continue;
          }
          auto* kv = el->as<ast::KeyValueExpr>();
          Operand v;
          expr(v, kv->value);
          if (kv->key->kind != NodeKind::Ident) {
            errorAt(kv, "invalid field name " + exprString(kv->key) + " in struct literal");
            e->indices.push_back(-1);
            continue;
          }
          auto* key = kv->key->as<ast::Ident>();
          int idx = -1;
          for (size_t i = 0; i < fields.size(); i++) {
            Var* f = fields[i];
            if (f->name == key->name && (f->exported() || f->pkg == pkg)) {
              idx = int(i);
              break;
            }
          }
          e->indices.push_back(idx);
          if (idx < 0) {
            errorAt(kv->key, "unknown field '" + key->name + "' in struct literal of type " + qualify(base));
            continue;
          }
          Var* fld = fields[idx];
          key->obj = fld;
          kv->key->type = fld->type;
          kv->key->mode = ast::Mode::Variable;
          assignment(v, fld->type, "struct literal");
          if (visited[idx]) {
            errorAt(kv, "duplicate field name " + key->name + " in struct literal");
            continue;
          }
          visited[idx] = true;
        }
      } else {
        for (size_t i = 0; i < e->elts.size(); i++) {
          ast::Expr* el = e->elts[i];
          if (el->kind == NodeKind::KeyValueExpr) {
            errorAt(el, "mixture of field:value and value elements in struct literal");
            e->indices.push_back(-1);
            continue;
          }
          Operand v;
          expr(v, el);
          if (i >= fields.size()) {
            errorAt(v.expr, "too many values in " + qualify(base) + "{…}");
            break;
          }
          e->indices.push_back(int64_t(i));
          Var* fld = fields[i];
          if (!fld->exported() && fld->pkg != pkg) {
            errorAt(v.expr, "implicit assignment to unexported field " + fld->name + " in " + qualify(typ) + " literal");
            continue;
          }
          assignment(v, fld->type, "struct literal");
        }
        if (e->elts.size() < fields.size()) error(e->rbrace, "too few values in " + qualify(base) + "{…}");
      }
      break;
    }
    case TypeKind::Array: {
      auto* at = u->as<Array>();
      int64_t n = indexedElts(e, at->elem, at->len);
      if (at->len < 0) {
        at->len = n;
        if (e->typeExpr) {
          e->typeExpr->type = at;
          e->typeExpr->mode = ast::Mode::TypeExpr;
        }
      }
      break;
    }
    case TypeKind::Slice: indexedElts(e, u->as<Slice>()->elem, -1); break;
    case TypeKind::Map: {
      auto* mt = u->as<Map>();
      bool keyIsIface = isInterface(mt->key);
      std::vector<std::pair<constant::Value, Type*>> seen;
      for (ast::Expr* el : e->elts) {
        if (el->kind != NodeKind::KeyValueExpr) {
          errorAt(el, "missing key in map literal");
          continue;
        }
        auto* kv = el->as<ast::KeyValueExpr>();
        Operand k;
        exprWithHint(k, kv->key, mt->key);
        assignment(k, mt->key, "map literal");
        if (k.mode == OpMode::Invalid) continue;
        if (k.mode == OpMode::Constant) {
          bool dup = false;
          for (auto& [v, t] : seen) {
            if (v.kind() == k.val.kind() || (v.kind() != constant::Kind::String && k.val.kind() != constant::Kind::String &&
                                             v.kind() != constant::Kind::Bool && k.val.kind() != constant::Kind::Bool)) {
              if (constKey(v, k.val) && (!keyIsIface || identical(t, k.type))) dup = true;
            }
          }
          seen.push_back({k.val, k.type});
          if (dup && !inInstance) {  // in generic code such keys are no constants
            errorAt(k.expr, "duplicate key " + constant::toString(k.val) + " in map literal");
            continue;
          }
        }
        Operand v;
        exprWithHint(v, kv->value, mt->elem);
        assignment(v, mt->elem, "map literal");
      }
      break;
    }
    default: {
      for (ast::Expr* el : e->elts) {
        if (el->kind == NodeKind::KeyValueExpr) el = el->as<ast::KeyValueExpr>()->value;
        use({el});
      }
      if (!isInvalidType(u)) {
        errorAt(e, "invalid composite literal type " + qualify(typ));
        x.mode = OpMode::Invalid;
        return;
      }
      x.mode = OpMode::Invalid;
      return;
    }
  }
  x.mode = OpMode::Value;
  x.type = typ;
}

// ---------------------------------------------------------------------------------------
// exprInternal

int Checker::Impl::exprInternal(Operand& x, ast::Expr* e, Type* hint) {
  x.mode = OpMode::Invalid;
  x.type = uni->basic[0];
  x.expr = e;
  switch (e->kind) {
    case NodeKind::BadExpr: goto Error;
    case NodeKind::Ident: ident(x, e->as<ast::Ident>(), nullptr, false); break;
    case NodeKind::Ellipsis:
      errorAt(e, "invalid use of '...'");
      goto Error;
    case NodeKind::BasicLit: {
      auto* b = e->as<ast::BasicLit>();
      constant::LitKind lk;
      BasicKind bk;
      switch (b->litKind) {
        case ast::LitKind::Int: lk = constant::LitKind::Int; bk = BasicKind::UntypedInt; break;
        case ast::LitKind::Float: lk = constant::LitKind::Float; bk = BasicKind::UntypedFloat; break;
        case ast::LitKind::Imag: lk = constant::LitKind::Imag; bk = BasicKind::UntypedComplex; break;
        case ast::LitKind::Char: lk = constant::LitKind::Rune; bk = BasicKind::UntypedRune; break;
        default: lk = constant::LitKind::String; bk = BasicKind::UntypedString; break;
      }
      if (b->litKind != ast::LitKind::String && b->litKind != ast::LitKind::Char && b->text.size() > 10000) {
        errorAt(e, "excessively long constant: " + b->text.substr(0, 10) + "... (" + std::to_string(b->text.size()) +
                       " chars)");
        goto Error;
      }
      std::string err;
      x.val = constant::makeFromLiteral(b->text, lk, &err);
      if (x.val.kind() == constant::Kind::Unknown) {
        errorAt(e, "malformed constant: " + b->text);
        goto Error;
      }
      x.mode = OpMode::Constant;
      x.type = uni->basic[int(bk)];
      break;
    }
    case NodeKind::FuncLit: funcLit(x, e->as<ast::FuncLit>()); break;
    case NodeKind::CompositeLit:
      compositeLit(x, e->as<ast::CompositeLit>(), hint);
      if (x.mode == OpMode::Invalid) goto Error;
      break;
    case NodeKind::ParenExpr: {
      int kind = rawExpr(x, e->as<ast::ParenExpr>()->x, nullptr);
      x.expr = e;
      return kind;
    }
    case NodeKind::SelectorExpr: selector(x, e->as<ast::SelectorExpr>()); break;
    case NodeKind::IndexExpr:
      indexExpr(x, e->as<ast::IndexExpr>());
      if (x.mode == OpMode::Invalid) goto Error;
      break;
    case NodeKind::SliceExpr:
      sliceExpr(x, e->as<ast::SliceExpr>());
      if (x.mode == OpMode::Invalid) goto Error;
      break;
    case NodeKind::TypeAssertExpr: {
      auto* ta_ = e->as<ast::TypeAssertExpr>();
      expr(x, ta_->x);
      if (x.mode == OpMode::Invalid) goto Error;
      if (underlying(x.type)->kind != TypeKind::Interface) {
        errorAt(x.expr, "invalid operation: " + operandString(x) + " is not an interface");
        goto Error;
      }
      if (!ta_->typeExpr) {
        errorAt(e, "invalid AST: use of .(type) outside type switch");
        goto Error;
      }
      Type* T = varType(ta_->typeExpr);
      if (isInvalidType(T)) goto Error;
      typeAssertion(e, x, T, false);
      x.mode = OpMode::CommaOk;
      x.type = T;
      break;
    }
    case NodeKind::CallExpr: {
      int k = callExpr(x, e->as<ast::CallExpr>());
      return k;
    }
    case NodeKind::StarExpr: {
      auto* s = e->as<ast::StarExpr>();
      exprOrType(x, s->x);
      switch (x.mode) {
        case OpMode::Invalid: goto Error;
        case OpMode::TypeExpr:
          x.type = newPointer(x.type);
          break;
        default: {
          Type* u = underlying(x.type);
          if (u->kind != TypeKind::Pointer) {
            errorAt(x.expr, "invalid operation: cannot indirect " + operandString(x));
            goto Error;
          }
          x.mode = OpMode::Variable;
          x.type = u->as<Pointer>()->elem;
        }
      }
      break;
    }
    case NodeKind::UnaryExpr: {
      auto* u = e->as<ast::UnaryExpr>();
      unary(x, u);
      if (x.mode == OpMode::Invalid) goto Error;
      if (u->op == Tok::Arrow) {
        x.expr = e;
        return kStatement;
      }
      break;
    }
    case NodeKind::BinaryExpr: {
      auto* b = e->as<ast::BinaryExpr>();
      binary(x, e, b->x, b->y, b->op);
      if (x.mode == OpMode::Invalid) goto Error;
      break;
    }
    case NodeKind::KeyValueExpr:
      errorAt(e, "invalid AST: no key:value expected");
      goto Error;
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType:
    case NodeKind::InterfaceType: case NodeKind::MapType: case NodeKind::ChanType:
      x.mode = OpMode::TypeExpr;
      x.type = this->typ(e);
      break;
    default:
      errorAt(e, "invalid expression");
      goto Error;
  }
  x.expr = e;
  return kExpression;
Error:
  x.mode = OpMode::Invalid;
  x.expr = e;
  return kStatement;
}

}  // namespace golite
