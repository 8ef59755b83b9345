// Calls, conversions, selectors, index and slice expressions (types2's call.go,
// conversions.go and index.go, Go 1.19, without type parameters).
#include <algorithm>

#include "frontend/types/check_impl.h"

namespace golite {

using namespace ty;
using ast::NodeKind;

static bool isInvalidT(Type* t) {
  return !t || (t->kind == TypeKind::Basic && t->as<Basic>()->bkind == BasicKind::Invalid);
}

// ---------------------------------------------------------------------------------------
// index and slice

bool Checker::Impl::isValidIndex(Operand& x, const char* what, bool allowNegative) {
  if (x.mode == OpMode::Invalid) return false;
  convertUntyped(x, uni->basic[int(BasicKind::Int)]);
  if (x.mode == OpMode::Invalid) return false;
  if (!isInteger(x.type)) {
    errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandString(x) + " must be integer");
    return false;
  }
  if (x.mode == OpMode::Constant) {
    if (!allowNegative && constant::sign(x.val) < 0) {
      errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandString(x) + " must not be negative");
      return false;
    }
    constant::Value v;
    if (!constant::representable(x.val, constant::Repr::Int64, &v)) {
      errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandString(x) + " overflows int");
      return false;
    }
    x.val = v;
  }
  return true;
}

// Checks an index expression; returns false if it is invalid. *out is its constant value,
// or -1 when it is not constant.
bool Checker::Impl::index(ast::Expr* e, int64_t max, int64_t* out) {
  *out = -1;
  Operand x;
  expr(x, e);
  if (!isValidIndex(x, "index", false)) return false;
  if (x.mode != OpMode::Constant) return true;
  if (x.val.kind() == constant::Kind::Unknown) return false;
  int64_t v = 0;
  constant::int64Val(x.val, &v);
  if (max >= 0 && v >= max) {
    errorAt(x.expr, "invalid argument: index " + constant::toString(x.val) + " out of bounds [0:" + std::to_string(max) + "]");
    return false;
  }
  *out = v;
  return true;
}

bool Checker::Impl::indexExpr(Operand& x, ast::IndexExpr* e) {
  exprOrType(x, e->x);
  if (x.generic) {  // F[A, ...]: instantiated now if every type argument is given
    Func* gen = x.generic;
    std::vector<Type*> targs = x.targs;
    for (Type* t : typeArgs(e)) targs.push_back(t);
    for (Type* t : targs)
      if (isInvalidT(t)) {
        x.mode = OpMode::Invalid;
        x.generic = nullptr;
        return false;
      }
    if (!typeArgCount(gen->generic, "func " + exprString(e->x), targs.size(), e, true)) {
      x.mode = OpMode::Invalid;
      x.generic = nullptr;
      return false;
    }
    x.expr = e;
    if (targs.size() < gen->generic->tparams.size()) {
      x.targs = targs;  // the call infers the rest
      return false;
    }
    x.generic = nullptr;
    x.targs.clear();
    std::vector<ast::Expr*> xlist{e->index};
    xlist.insert(xlist.end(), e->extra.begin(), e->extra.end());
    if (!checkTypeArgs(gen->generic, targs, xlist, e->lbrack)) {
      x.mode = OpMode::Invalid;
      return false;
    }
    Func* inst = instantiateFunc(gen, targs, e);
    useInstance(e, inst);
    x.mode = OpMode::Value;
    x.type = inst->type;
    return false;
  }
  switch (x.mode) {
    case OpMode::Invalid: use({e->index}); return false;
    case OpMode::TypeExpr: {
      Type* t = x.type;
      if (t->kind != TypeKind::Named || !t->as<Named>()->generic) {
        errorAt(e, exprString(e->x) + " is not a generic type");
        x.mode = OpMode::Invalid;
        return false;
      }
      x.type = typInternal(e, nullptr);
      if (isInvalidT(x.type)) x.mode = OpMode::Invalid;
      return false;
    }
    default: break;
  }
  bool valid = false;
  int64_t length = -1;
  Type* u = underlying(x.type);
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u)) {
        valid = true;
        if (x.mode == OpMode::Constant) length = int64_t(constant::stringVal(x.val).size());
        x.mode = OpMode::Value;
        x.type = uni->byteType;
      }
      break;
    case TypeKind::Array:
      valid = true;
      length = u->as<Array>()->len;
      if (x.mode != OpMode::Variable) x.mode = OpMode::Value;
      x.type = u->as<Array>()->elem;
      break;
    case TypeKind::Pointer: {
      Type* b = underlying(u->as<Pointer>()->elem);
      if (b->kind == TypeKind::Array) {
        valid = true;
        length = b->as<Array>()->len;
        x.mode = OpMode::Variable;
        x.type = b->as<Array>()->elem;
      }
      break;
    }
    case TypeKind::Slice:
      valid = true;
      x.mode = OpMode::Variable;
      x.type = u->as<Slice>()->elem;
      break;
    case TypeKind::Map: {
      Operand key;
      expr(key, e->index);
      assignment(key, u->as<Map>()->key, "map index");
      x.mode = OpMode::MapIndex;
      x.type = u->as<Map>()->elem;
      x.expr = e;
      return false;
    }
    default: break;
  }
  if (!valid) {
    errorAt(e, "invalid operation: cannot index " + operandString(x));
    x.mode = OpMode::Invalid;
    return false;
  }
  int64_t v;
  index(e->index, length, &v);
  return false;
}

void Checker::Impl::sliceExpr(Operand& x, ast::SliceExpr* e) {
  expr(x, e->x);
  if (x.mode == OpMode::Invalid) {
    use({e->lo, e->hi, e->max});
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type* u = underlying(x.type);
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u)) {
        if (e->slice3) {
          errorAt(e->max ? static_cast<ast::Node*>(e->max) : e, "invalid operation: 3-index slice of string");
          x.mode = OpMode::Invalid;
          return;
        }
        valid = true;
        if (x.mode == OpMode::Constant) length = int64_t(constant::stringVal(x.val).size());
        if (isUntyped(x.type)) x.type = uni->basic[int(BasicKind::String)];
      }
      break;
    case TypeKind::Array:
      valid = true;
      length = u->as<Array>()->len;
      if (x.mode != OpMode::Variable) {
        errorAt(x.expr, "invalid operation: " + operandString(x) + " (slice of unaddressable value)");
        x.mode = OpMode::Invalid;
        return;
      }
      markAddrTaken(e->x);
      x.type = newSlice(u->as<Array>()->elem);
      break;
    case TypeKind::Pointer: {
      Type* b = underlying(u->as<Pointer>()->elem);
      if (b->kind == TypeKind::Array) {
        valid = true;
        length = b->as<Array>()->len;
        x.type = newSlice(b->as<Array>()->elem);
      }
      break;
    }
    case TypeKind::Slice: valid = true; break;
    default: break;
  }
  if (!valid) {
    errorAt(x.expr, "invalid operation: cannot slice " + operandString(x));
    x.mode = OpMode::Invalid;
    return;
  }
  x.mode = OpMode::Value;
  if (e->slice3 && (!e->hi || !e->max)) {
    errorAt(e, "invalid AST: 2nd and 3rd index required in 3-index slice");
    x.mode = OpMode::Invalid;
    return;
  }
  ast::Expr* idx[3] = {e->lo, e->hi, e->max};
  int64_t ind[3];
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    if (idx[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t r;
      if (index(idx[i], max, &r) && r >= 0) v = r;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; i++) {
    if (ind[i] > 0) {
      bool done = false;
      for (int j = i + 1; j < 3; j++) {
        if (ind[j] >= 0 && ind[j] < ind[i] && idx[j]) {
          errorAt(idx[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
          done = true;
          break;
        }
      }
      if (done) break;
    }
  }
}

// ---------------------------------------------------------------------------------------
// selectors

void Checker::Impl::selector(Operand& x, ast::SelectorExpr* e) {
  const std::string& sel = e->sel->name;
  if (e->x->kind == NodeKind::Ident) {
    auto* id = e->x->as<ast::Ident>();
    Object* obj = lookup(id->name);
    if (obj && obj->kind == ObjKind::PkgName) {
      auto* pn = obj->as<PkgName>();
      id->obj = pn;
      pn->used = true;
      Package* ip = pn->imported;
      Object* exp = ip->scope->lookup(sel);
      if (!exp) {
        errorAt(e->sel, "undefined: " + ip->name + "." + sel);
        goto Error;
      }
      if (!exp->exported()) errorAt(e->sel, "name " + sel + " not exported by package " + ip->name);
      e->sel->obj = exp;
      switch (exp->kind) {
        case ObjKind::Const:
          x.mode = OpMode::Constant;
          x.type = exp->type;
          x.val = exp->as<Const>()->val;
          break;
        case ObjKind::TypeName:
          x.mode = OpMode::TypeExpr;
          x.type = exp->type;
          break;
        case ObjKind::Var:
          x.mode = OpMode::Variable;
          x.type = exp->type;
          break;
        case ObjKind::Func:
          x.mode = OpMode::Value;
          x.type = exp->type;
          if (exp->as<Func>()->generic) x.generic = exp->as<Func>();
          break;
        case ObjKind::Builtin:
          x.mode = OpMode::Builtin;
          x.type = exp->type;
          x.id = exp->as<Builtin>()->id;
          break;
        default: goto Error;
      }
      x.expr = e;
      return;
    }
  }
  {
    exprOrType(x, e->x);
    switch (x.mode) {
      case OpMode::Builtin:
        errorAt(e, "cannot select on " + operandString(x));
        goto Error;
      case OpMode::Invalid: goto Error;
      default: break;
    }
    std::vector<int> index;
    bool indirect = false, ambiguous = false;
    Object* obj = lookupFieldOrMethod(x.type, x.mode == OpMode::Variable, pkg, sel, &index, &indirect, &ambiguous);
    if (!obj) {
      if (isInvalidT(underlying(x.type))) goto Error;
      if (ambiguous) {
        errorAt(e->sel, "ambiguous selector " + exprString(x.expr) + "." + sel);
        goto Error;
      }
      if (indirect) {
        errorAt(e->sel, "cannot call pointer method " + sel + " on " + qualify(x.type));
        goto Error;
      }
      std::string why;
      Type* xu = underlying(x.type);
      if (xu->kind == TypeKind::Pointer && isInterface(xu->as<Pointer>()->elem)) {
        why = "type " + qualify(x.type) + " is pointer to interface, not interface";
      } else {
        why = "type " + qualify(x.type) + " has no field or method " + sel;
        if (!sel.empty()) {
          std::string cc = sel;
          if (cc[0] >= 'A' && cc[0] <= 'Z') cc[0] = char(cc[0] - 'A' + 'a');
          else if (cc[0] >= 'a' && cc[0] <= 'z') cc[0] = char(cc[0] - 'a' + 'A');
          std::vector<int> i2;
          bool ind2, amb2;
          if (cc != sel && lookupFieldOrMethod(x.type, x.mode == OpMode::Variable, pkg, cc, &i2, &ind2, &amb2))
            why += ", but does have " + cc;
        }
      }
      errorAt(e->sel, exprString(x.expr) + "." + sel + " undefined (" + why + ")");
      goto Error;
    }
    if (obj->kind == ObjKind::Func && !obj->type) objDecl(obj);
    e->sel->obj = obj;
    auto* s = ta.make<Selection>();
    s->recv = x.type;
    s->obj = obj;
    s->index = index;
    s->indirect = indirect;
    if (x.mode == OpMode::TypeExpr) {
      if (obj->kind != ObjKind::Func) {
        errorAt(e->sel, exprString(x.expr) + "." + sel + " undefined (type " + qualify(x.type) + " has no method " + sel + ")");
        goto Error;
      }
      auto* m = obj->as<Func>();
      s->kind = SelectionKind::MethodExpr;
      e->selection = s;
      auto* sig = m->type->as<Signature>();
      if (!sig->recv && !m->iface) {
        errorAt(e, "illegal cycle in method declaration");
        goto Error;
      }
      std::vector<Var*> params;
      Var* rv = ta.make<Var>();
      rv->name = "";
      rv->pkg = pkg;
      rv->type = x.type;
      rv->isParam = true;
      params.push_back(rv);
      for (Var* p : sig->params->vars) params.push_back(p);
      auto* nsig = ta.make<Signature>();
      nsig->params = newTuple(params);
      nsig->results = sig->results;
      nsig->variadic = sig->variadic;
      x.mode = OpMode::Value;
      x.type = nsig;
      addDeclDep(m);
    } else if (obj->kind == ObjKind::Var) {
      s->kind = SelectionKind::FieldVal;
      e->selection = s;
      if (x.mode == OpMode::Variable || indirect) x.mode = OpMode::Variable;
      else x.mode = OpMode::Value;
      x.type = obj->type;
    } else {
      auto* m = obj->as<Func>();
      s->kind = SelectionKind::MethodVal;
      e->selection = s;
      // a pointer method called on an addressable value takes its address
      if (m->ptrRecv && !m->iface && x.mode == OpMode::Variable) {
        bool isPtr = false;
        deref(x.type, &isPtr);
        if (!isPtr && index.empty()) markAddrTaken(e->x);
        else if (!isPtr && !indirect) markAddrTaken(e->x);
      }
      x.mode = OpMode::Value;
      auto* sig = m->type->as<Signature>();
      auto* nsig = ta.make<Signature>();
      nsig->params = sig->params;
      nsig->results = sig->results;
      nsig->variadic = sig->variadic;
      x.type = nsig;
      addDeclDep(m);
    }
    x.expr = e;
    return;
  }
Error:
  x.mode = OpMode::Invalid;
  x.expr = e;
}

// ---------------------------------------------------------------------------------------
// calls

std::vector<Operand> Checker::Impl::exprList(const std::vector<ast::Expr*>& elist, bool allowCommaOk, bool* commaOk) {
  std::vector<Operand> xlist;
  if (commaOk) *commaOk = false;
  if (elist.size() == 1) {
    Operand x;
    multiExpr(x, elist[0]);
    if (x.mode != OpMode::Invalid && x.type && x.type->kind == TypeKind::Tuple) {
      for (Var* v : x.type->as<Tuple>()->vars) {
        Operand o;
        o.mode = OpMode::Value;
        o.expr = elist[0];
        o.type = v->type;
        xlist.push_back(o);
      }
      return xlist;
    }
    xlist.push_back(x);
    if (allowCommaOk && (x.mode == OpMode::MapIndex || x.mode == OpMode::CommaOk || x.mode == OpMode::CommaErr)) {
      xlist[0].mode = OpMode::Value;
      Operand o;
      o.mode = OpMode::Value;
      o.expr = elist[0];
      o.type = uni->basic[int(BasicKind::UntypedBool)];
      xlist.push_back(o);
      if (commaOk) *commaOk = true;
    }
    return xlist;
  }
  for (ast::Expr* e : elist) {
    Operand x;
    expr(x, e);
    xlist.push_back(x);
  }
  return xlist;
}

std::string Checker::Impl::typesSummary(const std::vector<Type*>& list, bool variadic) {
  std::string res = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i) res += ", ";
    Type* t = list[i];
    std::string s;
    if (isInvalidT(t)) {
      s = "<T>";
    } else if (isUntyped(t)) {
      if (isNumeric(t)) s = "number";
      else {
        s = t->as<Basic>()->name;
        if (s.compare(0, 8, "untyped ") == 0) s = s.substr(8);
      }
    } else if (variadic && i + 1 == list.size() && t->kind == TypeKind::Slice) {
      s = "..." + qualify(t->as<Slice>()->elem);
    }
    if (s.empty()) s = qualify(t);
    res += s;
  }
  return res + ")";
}

void Checker::Impl::arguments(ast::CallExpr* call, Signature* sig, std::vector<Operand>& args) {
  for (auto& a : args) {
    if (a.mode == OpMode::TypeExpr) {
      errorAt(a.expr, operandString(a) + " used as value");
      return;
    }
    if (a.mode == OpMode::Invalid) return;
  }
  size_t nargs = args.size();
  size_t npars = sig->params->vars.size();
  bool ddd = call->hasEllipsis;
  std::vector<Type*> ptypes;
  for (Var* v : sig->params->vars) ptypes.push_back(v->type);
  if (sig->variadic) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        errorAt(call, "cannot use ... with " + std::to_string(nargs) + "-valued " + exprString(call->args[0]));
        return;
      }
    } else {
      if (nargs + 1 >= npars) {
        Type* et = ptypes.back()->as<Slice>()->elem;
        ptypes.pop_back();
        while (ptypes.size() < nargs) ptypes.push_back(et);
        npars = nargs;
      } else {
        npars--;
      }
    }
  } else if (ddd) {
    errorAt(call, "cannot use ... in call to non-variadic " + exprString(call->fun));
    return;
  }
  if (nargs != npars) {
    Pos at = startPos(call);
    std::string q = "not enough";
    if (nargs > npars) {
      at = startPos(args[npars].expr);
      q = "too many";
    } else if (nargs > 0) {
      at = startPos(args[nargs - 1].expr);
    }
    std::vector<Type*> have, want;
    for (auto& a : args) have.push_back(a.type);
    for (Var* v : sig->params->vars) want.push_back(v->type);
    error(at, q + " arguments in call to " + exprString(call->fun) + "\n\thave " + typesSummary(have, false) +
                  "\n\twant " + typesSummary(want, sig->variadic));
    return;
  }
  std::string context = "argument to " + exprString(call->fun);
  for (size_t i = 0; i < args.size(); i++) assignment(args[i], ptypes[i], context);
}

int Checker::Impl::callExpr(Operand& x, ast::CallExpr* call) {
  exprOrType(x, call->fun);
  switch (x.mode) {
    case OpMode::Invalid:
      use(call->args);
      x.expr = call;
      return 2;
    case OpMode::TypeExpr: {
      Type* T = x.type;
      x.mode = OpMode::Invalid;
      call->callKind = ast::CallKind::Conversion;
      if (T->kind == TypeKind::Named && T->as<Named>()->generic) {
        errorAt(call->fun, "cannot use generic type " + genericString(T->as<Named>()->obj, T->as<Named>()->generic) +
                               " without instantiation");
        use(call->args);
        x.expr = call;
        return 0;
      }
      size_t n = call->args.size();
      if (n == 0) {
        errorAt(call, "missing argument in conversion to " + qualify(T));
      } else if (n == 1) {
        expr(x, call->args[0]);
        if (x.mode != OpMode::Invalid) {
          if (call->hasEllipsis) {
            errorAt(call->args[0], "invalid use of ... in type conversion to " + qualify(T));
          } else {
            conversion(x, T);
          }
        }
      } else {
        use(call->args);
        errorAt(call->args[n - 1], "too many arguments in conversion to " + qualify(T));
      }
      x.expr = call;
      return 0;
    }
    case OpMode::Builtin: {
      BuiltinId id = x.id;
      call->callKind = ast::CallKind::Builtin;
      call->builtinId = int(id);
      if (!builtin(x, call, id)) x.mode = OpMode::Invalid;
      x.expr = call;
      if (x.mode != OpMode::Invalid && x.mode != OpMode::Constant) hasCallOrRecv = true;
      switch (id) {
        case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Complex: case BuiltinId::Imag:
        case BuiltinId::Len: case BuiltinId::Make: case BuiltinId::New: case BuiltinId::Real:
        case BuiltinId::Max: case BuiltinId::Min:
          return 1;
        default: return 2;
      }
    }
    default: break;
  }
  call->callKind = ast::CallKind::Call;
  if (x.generic) {  // a generic function: infer the type arguments, call the instance
    Func* gen = x.generic;
    std::vector<Type*> targs = x.targs;
    x.generic = nullptr;
    x.targs.clear();
    std::vector<Operand> args = exprList(call->args, false, nullptr);
    std::vector<ast::Expr*> xlist;  // the explicit type arguments, F[A, B](...)
    if (ast::Expr* f = ast::unparen(call->fun); f->kind == NodeKind::IndexExpr) {
      xlist.push_back(f->as<ast::IndexExpr>()->index);
      for (ast::Expr* a : f->as<ast::IndexExpr>()->extra) xlist.push_back(a);
    }
    if (!infer(gen, targs, args, call) || !checkTypeArgs(gen->generic, targs, xlist, call->lparen)) {
      x.mode = OpMode::Invalid;
      x.expr = call;
      return 2;
    }
    Func* inst = instantiateFunc(gen, targs, call);
    useInstance(call->fun, inst);
    // F[int](x): the call is of the instance's name itself
    if (ast::Expr* f = ast::unparen(call->fun); f->kind == NodeKind::IndexExpr) call->fun = f->as<ast::IndexExpr>()->x;
    auto* sig = inst->type->as<Signature>();
    arguments(call, sig, args);
    size_t nres = sig->results->vars.size();
    x.mode = nres == 0 ? OpMode::NoValue : OpMode::Value;
    x.type = nres == 0 ? nullptr : nres == 1 ? sig->results->vars[0]->type : sig->results;
    x.expr = call;
    hasCallOrRecv = true;
    return 2;
  }
  Type* u = underlying(x.type);
  if (u->kind != TypeKind::Signature) {
    errorAt(x.expr, "invalid operation: cannot call non-function " + operandString(x));
    x.mode = OpMode::Invalid;
    x.expr = call;
    return 2;
  }
  auto* sig = u->as<Signature>();
  std::vector<Operand> args = exprList(call->args, false, nullptr);
  arguments(call, sig, args);
  size_t nres = sig->results ? sig->results->vars.size() : 0;
  if (nres == 0) {
    x.mode = OpMode::NoValue;
    x.type = nullptr;
  } else if (nres == 1) {
    x.mode = OpMode::Value;
    x.type = sig->results->vars[0]->type;
  } else {
    x.mode = OpMode::Value;
    x.type = sig->results;
  }
  x.expr = call;
  hasCallOrRecv = true;
  return 2;
}

// ---------------------------------------------------------------------------------------
// conversions

bool Checker::Impl::convertibleTo(Operand& x, Type* T, std::string* cause) {
  if (assignableTo(x, T, cause)) return true;
  if (cause) cause->clear();
  return ty::convertibleTo(x.type, T);
}

void Checker::Impl::conversion(Operand& x, Type* T) {
  bool constArg = x.mode == OpMode::Constant;
  bool ok = false;
  std::string cause;
  if (constArg && isConstType(T)) {
    Type* tu = underlying(T);
    auto* t = tu->as<Basic>();
    constant::Value v;
    Operand tmp = x;
    if (representation(tmp, t, &v) == 0) {
      x.val = v;
      ok = true;
    } else if (isInteger(x.type) && isString(t)) {
      uint64_t i;
      uint32_t cp = 0xFFFD;
      if (constant::uint64Val(constant::toInt(x.val), &i) && i <= 0x10FFFF) cp = uint32_t(i);
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      std::string s;
      if (cp < 0x80) s += char(cp);
      else if (cp < 0x800) { s += char(0xC0 | (cp >> 6)); s += char(0x80 | (cp & 0x3F)); }
      else if (cp < 0x10000) { s += char(0xE0 | (cp >> 12)); s += char(0x80 | ((cp >> 6) & 0x3F)); s += char(0x80 | (cp & 0x3F)); }
      else { s += char(0xF0 | (cp >> 18)); s += char(0x80 | ((cp >> 12) & 0x3F)); s += char(0x80 | ((cp >> 6) & 0x3F)); s += char(0x80 | (cp & 0x3F)); }
      x.val = constant::makeString(s);
      ok = true;
    }
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = OpMode::Value;
  }
  if (!ok) {
    if (!cause.empty())
      errorAt(x.expr, "cannot convert " + operandString(x) + " to type " + qualify(T) + ":\n\t" + cause);
    else
      errorAt(x.expr, "cannot convert " + operandString(x) + " to type " + qualify(T));
    x.mode = OpMode::Invalid;
    return;
  }
  if (isUntyped(x.type)) {
    Type* final = T;
    if (x.type == uni->basic[int(BasicKind::UntypedNil)]) {
    } else if (isNonTypeParamInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type);
    } else if (x.mode == OpMode::Constant && isInteger(x.type) && isString(T)) {
      // string(1<<100): the operand stays untyped (it may not fit any integer type)
      final = nullptr;
    }
    if (final) updateExprType(x.expr, final, true);
  }
  if (x.mode == OpMode::NilValue) x.mode = OpMode::Value;
  x.type = T;
}

}  // namespace golite
