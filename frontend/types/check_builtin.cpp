// Built-in functions: append cap clear close complex copy delete imag len make max min new
// panic print println real recover (types2's builtins.go; min, max and clear per Go 1.21).
#include "frontend/types/check_impl.h"

namespace golite {

using namespace ty;

struct BuiltinInfo {
  const char* name;
  int nargs;
  bool variadic;
};

static const BuiltinInfo kBuiltins[] = {
    {"append", 1, true}, {"cap", 1, false},     {"clear", 1, false},  {"close", 1, false},
    {"complex", 2, false}, {"copy", 2, false},  {"delete", 2, false}, {"imag", 1, false},
    {"len", 1, false},   {"make", 1, true},     {"max", 1, true},     {"min", 1, true},
    {"new", 1, false},   {"panic", 1, false},   {"print", 0, true},   {"println", 0, true},
    {"real", 1, false},  {"recover", 0, false},
    {"unsafe.Sizeof", 1, false}, {"unsafe.Alignof", 1, false}, {"unsafe.Offsetof", 1, false},
    {"unsafe.Add", 2, false}, {"unsafe.Slice", 2, false}, {"unsafe.String", 2, false},
    {"unsafe.StringData", 1, false}, {"unsafe.SliceData", 1, false},
};

static bool isInvalidB(Type* t) {
  return !t || (t->kind == TypeKind::Basic && t->as<Basic>()->bkind == BasicKind::Invalid);
}

bool Checker::Impl::builtin(Operand& x, ast::CallExpr* call, BuiltinId id) {
  const BuiltinInfo& bin = kBuiltins[int(id)];
  if (call->hasEllipsis && id != BuiltinId::Append) {
    errorAt(call, std::string("invalid operation: invalid use of ... with built-in ") + bin.name);
    use(call->args);
    return false;
  }
  bool savedHasCall = hasCallOrRecv;
  if (id == BuiltinId::Len || id == BuiltinId::Cap) hasCallOrRecv = false;
  struct Restore {
    Impl* c;
    bool v;
    bool on;
    ~Restore() { if (on) c->hasCallOrRecv = v; }
  } restore{this, savedHasCall, id == BuiltinId::Len || id == BuiltinId::Cap};

  std::vector<Operand> xlist;
  size_t nargs = call->args.size();
  if (id != BuiltinId::Make && id != BuiltinId::New) {
    xlist = exprList(call->args, false, nullptr);
    nargs = xlist.size();
    if (nargs > 0) {
      x = xlist[0];
      if (x.mode == OpMode::Invalid) return false;
    }
  }
  {
    std::string msg;
    if (int(nargs) < bin.nargs) msg = "not enough";
    else if (!bin.variadic && int(nargs) > bin.nargs) msg = "too many";
    if (!msg.empty()) {
      errorAt(call, "invalid operation: " + msg + " arguments for " + exprString(call) + " (expected " +
                        std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
      return false;
    }
  }
  switch (id) {
    case BuiltinId::Append: {
      Type* S = x.type;
      Type* su = underlying(S);
      if (su->kind != TypeKind::Slice) {
        std::string cause = x.isNil() ? "have untyped nil" : "have " + operandString(x);
        errorAt(x.expr, "first argument to append must be a slice; " + cause);
        return false;
      }
      Type* T = su->as<Slice>()->elem;
      if (nargs == 2 && call->hasEllipsis) {
        Operand y = xlist[1];
        if (y.mode == OpMode::Invalid) return false;
        // append([]byte, string...)
        if (identical(T, uni->byteType) || (T->kind == TypeKind::Basic && T->as<Basic>()->bkind == BasicKind::Uint8)) {
          if (isString(y.type)) {
            if (isUntyped(y.type)) {
              convertUntyped(y, uni->basic[int(BasicKind::String)]);
            }
            x.mode = OpMode::Value;
            x.type = S;
            return true;
          }
        }
      }
      // check the rest as arguments of func(S, ...T)
      auto* sig = ta.make<Signature>();
      auto* p0 = newVar("", {}, S);
      auto* p1 = newVar("", {}, newSlice(T));
      sig->params = newTuple({p0, p1});
      sig->results = newTuple({});
      sig->variadic = true;
      arguments(call, sig, xlist);
      x.mode = OpMode::Value;
      x.type = S;
      return true;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
      OpMode mode = OpMode::Invalid;
      constant::Value val;
      Type* t = underlying(x.type);
      if (t->kind == TypeKind::Pointer && underlying(t->as<Pointer>()->elem)->kind == TypeKind::Array)
        t = underlying(t->as<Pointer>()->elem);
      switch (t->kind) {
        case TypeKind::Basic:
          if (isString(t) && id == BuiltinId::Len) {
            if (x.mode == OpMode::Constant) {
              mode = OpMode::Constant;
              val = constant::makeInt64(int64_t(constant::stringVal(x.val).size()));
            } else {
              mode = OpMode::Value;
            }
          }
          break;
        case TypeKind::Array:
          mode = OpMode::Value;
          if (!hasCallOrRecv) {
            mode = OpMode::Constant;
            val = constant::makeInt64(t->as<Array>()->len);
          }
          break;
        case TypeKind::Slice: case TypeKind::Chan: mode = OpMode::Value; break;
        case TypeKind::Map: if (id == BuiltinId::Len) mode = OpMode::Value; break;
        default: break;
      }
      if (mode == OpMode::Invalid) {
        if (!isInvalidB(underlying(x.type)))
          errorAt(x.expr, "invalid argument: " + operandString(x) + " for " + bin.name);
        return false;
      }
      // the argument keeps a typed annotation (untyped string constant -> string)
      if (isUntyped(x.type)) updateExprType(x.expr, defaultType(x.type), true);
      x.mode = mode;
      x.type = uni->basic[int(BasicKind::Int)];
      x.val = val;
      return true;
    }
    case BuiltinId::Clear: {
      Type* u = underlying(x.type);
      if (u->kind != TypeKind::Map && u->kind != TypeKind::Slice) {
        errorAt(x.expr, "invalid argument: " + operandString(x) + " must be a map or slice");
        return false;
      }
      x.mode = OpMode::NoValue;
      return true;
    }
    case BuiltinId::Close: {
      Type* u = underlying(x.type);
      if (u->kind != TypeKind::Chan) {
        errorAt(x.expr, "invalid operation: cannot close non-channel " + operandString(x));
        return false;
      }
      if (u->as<Chan>()->dir == ast::ChanDir::Recv) {
        errorAt(x.expr, "invalid operation: cannot close receive-only channel " + operandString(x));
        return false;
      }
      x.mode = OpMode::NoValue;
      return true;
    }
    case BuiltinId::Complex: {
      Operand y = xlist[1];
      if (y.mode == OpMode::Invalid) return false;
      int d = (isUntyped(x.type) ? 1 : 0) | (isUntyped(y.type) ? 2 : 0);
      switch (d) {
        case 1: convertUntyped(x, y.type); break;
        case 2: convertUntyped(y, x.type); break;
        case 3:
          if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
            auto toFloat = [&](Operand& o) {
              if (isNumeric(o.type) && constant::sign(constant::imag(o.val)) == 0)
                o.type = uni->basic[int(BasicKind::UntypedFloat)];
            };
            toFloat(x);
            toFloat(y);
          } else {
            convertUntyped(x, uni->basic[int(BasicKind::Float64)]);
            convertUntyped(y, uni->basic[int(BasicKind::Float64)]);
          }
          break;
        default: break;
      }
      if (x.mode == OpMode::Invalid || y.mode == OpMode::Invalid) return false;
      if (!identical(x.type, y.type)) {
        errorAt(x.expr, "invalid operation: " + exprString(call) + " (mismatched types " + qualify(x.type) + " and " +
                            qualify(y.type) + ")");
        return false;
      }
      Type* res = nullptr;
      Type* u = underlying(x.type);
      if (u->kind == TypeKind::Basic) {
        switch (u->as<Basic>()->bkind) {
          case BasicKind::Float32: res = uni->basic[int(BasicKind::Complex64)]; break;
          case BasicKind::Float64: res = uni->basic[int(BasicKind::Complex128)]; break;
          case BasicKind::UntypedFloat: res = uni->basic[int(BasicKind::UntypedComplex)]; break;
          default: break;
        }
      }
      if (!res) {
        errorAt(x.expr, "invalid argument: arguments have type " + qualify(x.type) + ", expected floating-point");
        return false;
      }
      if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
        x.val = constant::binaryOp(constant::toFloat(x.val), constant::Op::Add,
                                   constant::makeImag(constant::toFloat(y.val)));
      } else {
        x.mode = OpMode::Value;
      }
      x.type = res;
      return true;
    }
    case BuiltinId::Copy: {
      Type* du = underlying(x.type);
      Operand y = xlist[1];
      if (y.mode == OpMode::Invalid) return false;
      Type* su = underlying(y.type);
      Type* srcElem = nullptr;
      if (su->kind == TypeKind::Basic && isString(su)) srcElem = uni->byteType;
      else if (su->kind == TypeKind::Slice) srcElem = su->as<Slice>()->elem;
      if (du->kind != TypeKind::Slice || !srcElem) {
        errorAt(x.expr, "invalid argument: copy expects slice arguments; found " + operandString(x) + " and " + operandString(y));
        return false;
      }
      if (!identical(du->as<Slice>()->elem, srcElem)) {
        errorAt(x.expr, "invalid argument: arguments to copy " + operandString(x) + " and " + operandString(y) +
                            " have different element types " + qualify(du->as<Slice>()->elem) + " and " + qualify(srcElem));
        return false;
      }
      if (isUntyped(y.type)) convertUntyped(y, uni->basic[int(BasicKind::String)]);
      x.mode = OpMode::Value;
      x.type = uni->basic[int(BasicKind::Int)];
      return true;
    }
    case BuiltinId::Delete: {
      Type* u = underlying(x.type);
      if (u->kind != TypeKind::Map) {
        errorAt(x.expr, "invalid argument: " + operandString(x) + " is not a map");
        return false;
      }
      Operand k = xlist[1];
      if (k.mode == OpMode::Invalid) return false;
      assignment(k, u->as<Map>()->key, "argument to delete");
      if (k.mode == OpMode::Invalid) return false;
      x.mode = OpMode::NoValue;
      return true;
    }
    case BuiltinId::Imag:
    case BuiltinId::Real: {
      if (isUntyped(x.type)) {
        if (x.mode == OpMode::Constant) {
          if (isNumeric(x.type)) x.type = uni->basic[int(BasicKind::UntypedComplex)];
        } else {
          convertUntyped(x, uni->basic[int(BasicKind::Complex128)]);
          if (x.mode == OpMode::Invalid) return false;
        }
      }
      Type* res = nullptr;
      Type* u = underlying(x.type);
      if (u->kind == TypeKind::Basic) {
        switch (u->as<Basic>()->bkind) {
          case BasicKind::Complex64: res = uni->basic[int(BasicKind::Float32)]; break;
          case BasicKind::Complex128: res = uni->basic[int(BasicKind::Float64)]; break;
          case BasicKind::UntypedComplex: res = uni->basic[int(BasicKind::UntypedFloat)]; break;
          default: break;
        }
      }
      if (!res) {
        errorAt(x.expr, "invalid argument: argument has type " + qualify(x.type) + ", expected complex type");
        return false;
      }
      if (x.mode == OpMode::Constant) {
        x.val = id == BuiltinId::Real ? constant::real(x.val) : constant::imag(x.val);
      } else {
        x.mode = OpMode::Value;
      }
      x.type = res;
      return true;
    }
    case BuiltinId::Make: {
      ast::Expr* arg0 = call->args[0];
      Type* T = varType(arg0);
      if (isInvalidB(T)) {
        use(std::vector<ast::Expr*>(call->args.begin() + 1, call->args.end()));
        return false;
      }
      size_t min = 0;
      switch (underlying(T)->kind) {
        case TypeKind::Slice: min = 2; break;
        case TypeKind::Map: case TypeKind::Chan: min = 1; break;
        default:
          errorAt(arg0, "invalid argument: cannot make " + exprString(arg0) + "; type must be slice, map, or channel");
          use(std::vector<ast::Expr*>(call->args.begin() + 1, call->args.end()));
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        errorAt(call, "invalid operation: " + exprString(call) + " expects " + std::to_string(min) + " or " +
                          std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
        return false;
      }
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < call->args.size(); i++) {
        int64_t s;
        if (index(call->args[i], -1, &s) && s >= 0) sizes.push_back(s);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1])
        errorAt(call->args[1], "invalid argument: length and capacity swapped");
      x.mode = OpMode::Value;
      x.type = T;
      return true;
    }
    case BuiltinId::Max:
    case BuiltinId::Min: {
      // Go 1.21: all operands of one ordered type (untyped constants take the others' type).
      for (size_t i = 0; i < xlist.size(); i++) {
        Operand& a = xlist[i];
        if (a.mode == OpMode::Invalid) return false;
        if (!isBasic(a.type, IsOrdered)) {
          errorAt(a.expr, "invalid argument: " + operandString(a) + " cannot be ordered");
          return false;
        }
        if (i > 0) {
          Operand& r = xlist[0];
          // match types as a binary operation would
          convertUntyped(r, a.type);
          if (r.mode == OpMode::Invalid) return false;
          convertUntyped(a, r.type);
          if (a.mode == OpMode::Invalid) return false;
          if (!identical(r.type, a.type)) {
            errorAt(a.expr, "invalid argument: mismatched types " + qualify(r.type) + " (previous argument) and " +
                                qualify(a.type) + " (type of " + exprString(a.expr) + ")");
            return false;
          }
          if (r.mode == OpMode::Constant && a.mode == OpMode::Constant) {
            bool less = constant::compare(a.val, constant::Op::Lss, r.val);
            if ((id == BuiltinId::Min) == less) r.val = a.val;
          } else {
            r.mode = OpMode::Value;
          }
        }
      }
      Operand r = xlist[0];
      // re-type the untyped operands of a typed result
      if (!isUntyped(r.type))
        for (auto& a : xlist)
          if (isUntyped(a.type)) convertUntyped(a, r.type);
      x.mode = r.mode;
      x.type = r.type;
      x.val = r.val;
      if (x.mode != OpMode::Constant) {
        x.mode = OpMode::Value;
        for (auto& a : xlist) updateExprType(a.expr, defaultType(a.type), true);
        if (isUntyped(x.type)) x.type = defaultType(x.type);
      }
      return true;
    }
    case BuiltinId::New: {
      Type* T = varType(call->args[0]);
      if (isInvalidB(T)) return false;
      x.mode = OpMode::Value;
      x.type = newPointer(T);
      return true;
    }
    case BuiltinId::Panic: {
      assignment(x, emptyIface, "argument to panic");
      if (x.mode == OpMode::Invalid) return false;
      x.mode = OpMode::NoValue;
      return true;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (size_t i = 0; i < nargs; i++) {
        Operand a = xlist[i];
        assignment(a, nullptr, std::string("argument to ") + bin.name);
        if (a.mode == OpMode::Invalid) return false;
      }
      x.mode = OpMode::NoValue;
      return true;
    }
    case BuiltinId::Recover:
      x.mode = OpMode::Value;
      x.type = emptyIface;
      return true;
    case BuiltinId::Sizeof:
    case BuiltinId::Alignof: {
      assignment(x, nullptr, std::string("argument to ") + bin.name);
      if (x.mode == OpMode::Invalid) return false;
      int64_t v = id == BuiltinId::Sizeof ? sizeOf(x.type) : alignOf(x.type);
      x.mode = OpMode::Constant;
      x.val = constant::makeInt64(v);
      x.type = universe(ta)->basic[int(BasicKind::Uintptr)];
      return true;
    }
    case BuiltinId::Offsetof: {
      auto* sel = ast::unparen(call->args[0]);
      if (sel->kind != ast::NodeKind::SelectorExpr || !sel->as<ast::SelectorExpr>()->selection ||
          sel->as<ast::SelectorExpr>()->selection->kind != SelectionKind::FieldVal) {
        errorAt(call->args[0], "invalid argument: " + exprString(call->args[0]) + " is not a selector expression");
        return false;
      }
      auto* s = sel->as<ast::SelectorExpr>();
      Type* t = s->x->type;
      int64_t off = 0;
      auto& path = s->selection->index;
      for (size_t i = 0; i < path.size(); i++) {
        Type* u = underlying(t);
        if (u->kind == TypeKind::Pointer) {
          if (i > 0) {
            errorAt(call->args[0], "invalid argument: field " + s->sel->name + " is embedded via a pointer in " +
                                       exprString(s->x));
            return false;
          }
          u = underlying(u->as<Pointer>()->elem);
        }
        if (u->kind != TypeKind::Struct) return false;
        auto* st = u->as<Struct>();
        off += offsetsOf(st)[path[i]];
        t = st->fields[path[i]]->type;
      }
      x.mode = OpMode::Constant;
      x.val = constant::makeInt64(off);
      x.type = universe(ta)->basic[int(BasicKind::Uintptr)];
      return true;
    }
    case BuiltinId::Add: {
      Type* up = universe(ta)->basic[int(BasicKind::UnsafePointer)];
      assignment(x, up, "argument to unsafe.Add");
      if (x.mode == OpMode::Invalid) return false;
      Operand n = xlist[1];
      if (!isValidIndex(n, "length", true)) return false;
      x.mode = OpMode::Value;
      x.type = up;
      return true;
    }
    case BuiltinId::Slice: {
      Type* pt = x.type ? underlying(x.type) : nullptr;
      if (!pt || pt->kind != TypeKind::Pointer) {
        errorAt(call->args[0], "invalid argument: " + exprString(call->args[0]) + " is not a pointer");
        return false;
      }
      Operand n = xlist[1];
      if (!isValidIndex(n, "length", false)) return false;
      x.mode = OpMode::Value;
      x.type = ta.make<Slice>(pt->as<Pointer>()->elem);
      return true;
    }
    case BuiltinId::String: {  // unsafe.String(ptr *byte, len IntegerType) string
      Type* bytePtr = ta.make<Pointer>(universe(ta)->basic[int(BasicKind::Uint8)]);
      assignment(x, bytePtr, "argument to unsafe.String");
      if (x.mode == OpMode::Invalid) return false;
      Operand n = xlist[1];
      if (!isValidIndex(n, "length", false)) return false;
      x.mode = OpMode::Value;
      x.type = universe(ta)->basic[int(BasicKind::String)];
      return true;
    }
    case BuiltinId::StringData: {  // unsafe.StringData(str string) *byte
      assignment(x, universe(ta)->basic[int(BasicKind::String)], "argument to unsafe.StringData");
      if (x.mode == OpMode::Invalid) return false;
      x.mode = OpMode::Value;
      x.type = ta.make<Pointer>(universe(ta)->basic[int(BasicKind::Uint8)]);
      return true;
    }
    case BuiltinId::SliceData: {  // unsafe.SliceData(slice []T) *T
      Type* st = x.type ? underlying(x.type) : nullptr;
      if (!st || st->kind != TypeKind::Slice) {
        errorAt(call->args[0], "invalid argument: " + exprString(call->args[0]) + " is not a slice");
        return false;
      }
      x.mode = OpMode::Value;
      x.type = ta.make<Pointer>(st->as<Slice>()->elem);
      return true;
    }
  }
  return false;
}

}  // namespace golite
