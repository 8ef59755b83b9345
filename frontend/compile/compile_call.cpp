// The bytecode compiler, part 4: calls, conversions and builtins.
//
// A call's arguments are evaluated straight into the registers where the callee's frame
// will begin (the top of the caller's frame), in the callee's parameter layout; results
// come back in the same registers.
#include "frontend/compile/codegen.h"

namespace golite {

using namespace types;
using vm::Op;

static Type* intType() { return theUniverse()->basic[int(BasicKind::Int)]; }

int Program::Impl::argsTo(ast::CallExpr* e, Signature* sig, int base) {
  auto& params = sig->params->vars;
  int total = 0;
  for (Var* v : params) total += words(v->type);
  // f(g()) with a multi-value g: spread its results over the parameters.
  if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == TypeKind::Tuple) {
    auto* tup = e->args[0]->type->as<Tuple>();
    fs->top = base + total;
    if (uint32_t(fs->top) > fs->proto->frameSize) fs->proto->frameSize = fs->top;
    int r = call(ast::unparen(e->args[0])->as<ast::CallExpr>());
    int off = 0, soff = 0;
    size_t nfixed = sig->variadic ? params.size() - 1 : params.size();
    for (size_t k = 0; k < nfixed; k++) {
      convertValue(r + soff, tup->vars[k]->type, params[k]->type, base + off);
      off += words(params[k]->type);
      soff += words(tup->vars[k]->type);
    }
    if (sig->variadic) {
      Type* et = params.back()->type->as<Slice>()->elem;
      int64_t n = int64_t(tup->vars.size() - nfixed);
      int slot = base + off;
      if (n == 0) {
        emitABC(Op::ZERO, slot, 3, 0);
      } else {
        int arr = alloc(1);
        auto* arrT = ownType(new Array(et, n));
        emitNew(arr, arrT, e->variadicStack);
        int64_t esz = sizeOf(et);
        for (int64_t k = 0; k < n; k++) {
          Type* vt = tup->vars[nfixed + k]->type;
          int tmp = alloc(words(et));
          convertValue(r + soff, vt, et, tmp);
          emitStore(arr, k * esz, tmp, et);
          soff += words(vt);
        }
        emitABC(Op::MOV, slot, arr, 0);
        loadConst(constant::makeInt64(n), intType(), slot + 1);
        emitABC(Op::MOV, slot + 2, slot + 1, 0);
      }
    }
    fs->top = base + total;
    return total;
  }
  size_t nfixed = sig->variadic ? params.size() - 1 : params.size();
  int off = 0;
  fs->top = base;
  for (size_t k = 0; k < nfixed; k++) {
    int w = words(params[k]->type);
    int slot = alloc(w);
    exprToAs(e->args[k], params[k]->type, slot);
    fs->top = slot + w;
    off += w;
  }
  if (sig->variadic) {
    int slot = alloc(3);
    if (e->hasEllipsis) {
      exprTo(e->args.back(), slot);
    } else {
      Type* et = params.back()->type->as<Slice>()->elem;
      int64_t n = int64_t(e->args.size() - nfixed);
      if (n == 0) {
        emitABC(Op::ZERO, slot, 3, 0);
      } else {
        int arr = alloc(1);
        auto* arrT = ownType(new Array(et, n));
        emitNew(arr, arrT, e->variadicStack);
        int64_t esz = sizeOf(et);
        for (int64_t k = 0; k < n; k++) {
          int save = fs->top;
          int v = exprAs(e->args[nfixed + k], et);
          emitStore(arr, k * esz, v, et);
          fs->top = save;
        }
        emitABC(Op::MOV, slot, arr, 0);
        loadConst(constant::makeInt64(n), intType(), slot + 1);
        emitABC(Op::MOV, slot + 2, slot + 1, 0);
      }
    }
    fs->top = slot + 3;
  }
  fs->top = base + total;
  return total;
}

int Program::Impl::call(ast::CallExpr* e) {
  setLine(e);
  if (e->callKind == ast::CallKind::Conversion) {
    int r = alloc(words(e->type));
    conversion(e, r);
    return r;
  }
  if (e->callKind == ast::CallKind::Builtin) {
    int r = alloc(e->type && e->mode != ast::Mode::NoValue ? words(e->type) : 0);
    builtin(e, r);
    return r;
  }
  ast::Expr* fun = ast::unparen(e->fun);
  Signature* sig = underlying(fun->type)->as<Signature>();
  int resultWords = 0;
  std::vector<Type*> resultTypes;
  for (Var* v : sig->results->vars) {
    resultWords += words(v->type);
    resultTypes.push_back(v->type);
  }

  // Static call of a declared function.
  Func* static_ = nullptr;
  if (fun->kind == ast::NodeKind::Ident && fun->as<ast::Ident>()->obj &&
      fun->as<ast::Ident>()->obj->kind == ObjKind::Func)
    static_ = fun->as<ast::Ident>()->obj->as<Func>();
  if (fun->kind == ast::NodeKind::SelectorExpr && !fun->as<ast::SelectorExpr>()->selection &&
      fun->as<ast::SelectorExpr>()->sel->obj && fun->as<ast::SelectorExpr>()->sel->obj->kind == ObjKind::Func)
    static_ = fun->as<ast::SelectorExpr>()->sel->obj->as<Func>();
  if (static_) {
    int a = fs->top;
    argsTo(e, sig, a);
    setLine(e);
    emitABx(Op::CALL, a, constPtr(protoFor(static_)));
    fs->top = a + resultWords;
    if (uint32_t(fs->top) > fs->proto->frameSize) fs->proto->frameSize = fs->top;
    return a;
  }
  // Method call x.M(...).
  if (fun->kind == ast::NodeKind::SelectorExpr && fun->as<ast::SelectorExpr>()->selection &&
      fun->as<ast::SelectorExpr>()->selection->kind == SelectionKind::MethodVal) {
    auto* se = fun->as<ast::SelectorExpr>();
    Func* m = se->selection->obj->as<Func>();
    // Find the type the method is reached on after the embedded path.
    Type* cur = se->x->type;
    for (int k : se->selection->index) {
      Type* u = underlying(cur);
      if (u->kind == TypeKind::Pointer) u = underlying(u->as<Pointer>()->elem);
      if (u->kind != TypeKind::Struct || k < 0 || size_t(k) >= u->as<Struct>()->fields.size()) break;
      cur = u->as<Struct>()->fields[k]->type;
    }
    if (isInterface(cur)) {
      int iv = alloc(2);
      receiver(se->x, se->selection, m, iv);
      int a = fs->top;
      int nargs = argsTo(e, sig, a + 1);
      setLine(e);
      fs->proto->calliArgs.push_back({uint32_t(here()), uint32_t(1 + nargs)});
      noteDefPtrs(emitABC(Op::CALLI, a, iv, methodIndex(cur, m->id())), resultTypes);
      fs->top = a + resultWords;
      if (uint32_t(fs->top) > fs->proto->frameSize) fs->proto->frameSize = fs->top;
      return a;
    }
    Type* recvT = m->type->as<Signature>()->recv->type;
    int a = fs->top;
    int rw = words(recvT);
    alloc(rw);
    receiver(se->x, se->selection, m, a);
    fs->top = a + rw;
    argsTo(e, sig, a + rw);
    setLine(e);
    emitABx(Op::CALL, a, constPtr(protoFor(m)));
    fs->top = a + resultWords;
    if (uint32_t(fs->top) > fs->proto->frameSize) fs->proto->frameSize = fs->top;
    return a;
  }
  // A function value.
  int f = alloc(1);
  exprTo(fun, f);
  int a = fs->top;
  int nargs = argsTo(e, sig, a);
  setLine(e);
  noteDefPtrs(emitABC(Op::CALLCL, a, f, nargs + 1), resultTypes);  // c: argument words + 1
  fs->top = a + resultWords;
  if (uint32_t(fs->top) > fs->proto->frameSize) fs->proto->frameSize = fs->top;
  return a;
}

void Program::Impl::callTo(ast::CallExpr* e, int dst) {
  if (e->callKind == ast::CallKind::Conversion) {
    conversion(e, dst);
    return;
  }
  if (e->callKind == ast::CallKind::Builtin) {
    builtin(e, dst);
    return;
  }
  int r = call(e);
  int w = e->type && e->type->kind != TypeKind::Tuple ? words(e->type) : 0;
  if (w == 1) emitABC(Op::MOV, dst, r, 0);
  else if (w == 2) emitABC(Op::MOV2, dst, r, 0);
  else if (w == 3) emitABC(Op::MOV3, dst, r, 0);
  else if (w > 3) emitABC(Op::MOVN, dst, r, w);
}

void Program::Impl::conversion(ast::CallExpr* e, int dst) {
  Type* to = e->type;
  ast::Expr* arg = e->args[0];
  Type* from = arg->type;
  if (e->mode == ast::Mode::Constant) {
    loadConst(e->val, to, dst);
    return;
  }
  if (isInterface(to)) {
    // An explicit conversion's box lives in the frame when escape analysis says so (the
    // flag is on the conversion; an implicit one's is on its operand).
    if (e->stackAlloc && from && !isInterface(from) && bkind(from) != BasicKind::UntypedNil) {
      convertValue(expr(arg), from, to, dst, true);
      return;
    }
    exprToAs(arg, to, dst);
    return;
  }
  Type* tu = underlying(to);
  Type* fu = underlying(from);
  BasicKind tk = bkind(to), fk = bkind(from);
  if (tk == BasicKind::String && fk != BasicKind::String && fk != BasicKind::UntypedString) {
    int v = expr(arg);
    int buf = stringBuf(e->stackAlloc, runtime::tmpStringBufSize);
    if (isInteger(from)) {
      emitABC(Op::INT2STR, dst, v, buf);
    } else if (fu->kind == TypeKind::Slice) {
      BasicKind ek = bkind(fu->as<Slice>()->elem);
      emitABC(ek == BasicKind::Int32 ? Op::RUNES2STR : Op::BYTES2STR, dst, v, buf);
    } else {
      error(e, "unsupported conversion to string");
    }
    return;
  }
  if (tu->kind == TypeKind::Slice && (fk == BasicKind::String || fk == BasicKind::UntypedString)) {
    int v = expr(arg);
    BasicKind ek = bkind(tu->as<Slice>()->elem);
    bool runes = ek == BasicKind::Int32;
    int buf = stringBuf(e->stackAlloc, runes ? int64_t(sizeof(runtime::tmpRuneBuf)) : runtime::tmpStringBufSize);
    emitABC(runes ? Op::STR2RUNES : Op::STR2BYTES, dst, v, buf);
    return;
  }
  if (tk == BasicKind::Complex64 || tk == BasicKind::Complex128) {  // from complex: no other
    int v = expr(arg);
    if (tk == fk && tk == BasicKind::Complex64) emitABC(Op::MOV, dst, v, 0);
    else if (tk == fk) emitABC(Op::MOV2, dst, v, 0);
    else if (tk == BasicKind::Complex64) emitABC(Op::C128TO64, dst, v, 0);
    else emitABC(Op::C64TO128, dst, v, 0);
    return;
  }
  if (isNumeric(to) && isNumeric(from)) {
    int v = expr(arg);
    bool tf = isFloat(to), ff = isFloat(from);
    if (!tf && !ff) {
      emitABC(Op::MOV, dst, v, 0);
      fixInt(to, dst);
    } else if (tf && !ff) {
      emitABC(isUnsigned(from) ? Op::U2F : Op::I2F, dst, v, 0);
      if (tk == BasicKind::Float32) emitABC(Op::F2F32, dst, dst, 0);
    } else if (!tf && ff) {
      int s = v;
      if (fk == BasicKind::Float32) {
        emitABC(Op::F322F, dst, v, 0);
        s = dst;
      }
      emitABC(isUnsigned(to) ? Op::F2U : Op::F2I, dst, s, 0);
      fixInt(to, dst);
    } else {
      if (tk == fk) emitABC(Op::MOV, dst, v, 0);
      else if (tk == BasicKind::Float32) emitABC(Op::F2F32, dst, v, 0);
      else emitABC(Op::F322F, dst, v, 0);
    }
    return;
  }
  if (tu->kind == TypeKind::Pointer && fu->kind == TypeKind::Slice) {
    // (*[N]T)(s): panics unless len(s) >= N.
    int64_t n = underlying(tu->as<Pointer>()->elem)->as<Array>()->len;
    int v = expr(arg);
    emitABC(Op::SLICE2ARR, dst, v, 0);
    emitExt(uint64_t(n));
    return;
  }
  // Same memory representation (named types, pointers, channel directions, ...).
  exprTo(arg, dst);
}

// ---- builtins --------------------------------------------------------------------------

vm::PrintKind Program::Impl::printKind(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = u->as<Basic>()->bkind;
      if (k == BasicKind::Bool || k == BasicKind::UntypedBool) return vm::PrintKind::Bool;
      if (k == BasicKind::String || k == BasicKind::UntypedString) return vm::PrintKind::String;
      if (k == BasicKind::Float32) return vm::PrintKind::Float32;
      if (k == BasicKind::Float64 || k == BasicKind::UntypedFloat) return vm::PrintKind::Float;
      if (k == BasicKind::Complex64) return vm::PrintKind::Complex64;
      if (k == BasicKind::Complex128 || k == BasicKind::UntypedComplex) return vm::PrintKind::Complex;
      if (k == BasicKind::UnsafePointer) return vm::PrintKind::Pointer;
      if (isUnsigned(t)) return vm::PrintKind::Uint;
      return vm::PrintKind::Int;
    }
    case TypeKind::Interface:
      return u->as<Interface>()->allMethods.empty() ? vm::PrintKind::Eface : vm::PrintKind::Iface;
    case TypeKind::Slice:
      return vm::PrintKind::Slice;
    default:
      return vm::PrintKind::Pointer;
  }
}

void Program::Impl::printCall(ast::CallExpr* e, bool ln) {
  for (size_t k = 0; k < e->args.size(); k++) {
    int save = fs->top;
    int v = expr(e->args[k]);
    emitABC(Op::PRINT, v, int(printKind(e->args[k]->type)), ln && k > 0 ? 1 : 0);
    fs->top = save;
  }
  if (ln) emitABC(Op::PRINTNL, 0, 0, 0);
}

void Program::Impl::minMax(ast::CallExpr* e, int dst, bool isMin) {
  Type* t = e->type;
  exprToAs(e->args[0], t, dst);
  for (size_t k = 1; k < e->args.size(); k++) {
    int save = fs->top;
    int v = alloc(words(t));
    exprToAs(e->args[k], t, v);
    int c = alloc(1);
    if (isFloat(t)) {
      bool f32 = underlying(t)->as<Basic>()->bkind == BasicKind::Float32;
      if (f32) {
        emitABC(Op::F322F, dst, dst, 0);
        emitABC(Op::F322F, v, v, 0);
      }
      emitABC(isMin ? Op::FMIN : Op::FMAX, dst, dst, v);
      if (f32) emitABC(Op::F2F32, dst, dst, 0);
    } else {
      compare(isMin ? ast::Tok::Lss : ast::Tok::Gtr, t, v, dst, c);
      size_t skip = emitJump(Op::JF, c);
      int w = words(t);
      if (w == 1) emitABC(Op::MOV, dst, v, 0);
      else emitABC(Op::MOV2, dst, v, 0);
      patchHere(skip);
    }
    fs->top = save;
  }
}

void Program::Impl::appendCall(ast::CallExpr* e, int dst) {
  Type* st = e->type;
  Type* et = underlying(st)->as<Slice>()->elem;
  int64_t esz = sizeOf(et);
  int s = alloc(3);
  exprTo(e->args[0], s);
  if (e->hasEllipsis) {
    // append(s, t...) / append(bytes, str...)
    ast::Expr* src = e->args[1];
    int t = expr(src);
    int oldLen = alloc(1);
    emitABC(Op::MOV, oldLen, s + 1, 0);
    emitABC(Op::GROW, s, t + 1, 0);
    emitExt(constPtr(rtype(et)));
    // dst slice = s[oldLen:]
    int idx = alloc(3);
    emitABC(Op::MOV, idx, oldLen, 0);
    emitABC(Op::MOV, idx + 1, s + 1, 0);
    emitABC(Op::MOV, idx + 2, s + 2, 0);
    int tail = alloc(3);
    emitABC(Op::SLICE, tail, s, idx);
    emitExt(uint64_t(esz) | (uint64_t(7) << 32));
    int n = alloc(1);
    if (isString(src->type)) {
      emitABC(Op::COPYSTR, n, tail, t);
    } else {
      emitABC(Op::COPY, n, tail, t);
      emitExt(uint64_t(esz));
    }
    emitABC(Op::MOV3, dst, s, 0);
    return;
  }
  size_t n = e->args.size() - 1;
  if (n == 0) {
    emitABC(Op::MOV3, dst, s, 0);
    return;
  }
  std::vector<int> vals;
  for (size_t k = 1; k < e->args.size(); k++) {
    int v = alloc(words(et));
    exprToAs(e->args[k], et, v);
    vals.push_back(v);
  }
  appendValues(s, et, vals, dst);
}

// append's second half: the slice in s (3 registers) grown by the values in vals (already
// of the element type et), into dst.
void Program::Impl::appendValues(int s, Type* et, const std::vector<int>& vals, int dst) {
  int64_t esz = sizeOf(et);
  size_t n = vals.size();
  int cnt = alloc(1);
  loadConst(constant::makeInt64(int64_t(n)), intType(), cnt);
  emitABC(Op::GROW, s, cnt, 0);
  emitExt(constPtr(rtype(et)));
  // Elements go at len-n .. len-1.
  int base = alloc(1);
  int off = alloc(1);
  emitABC(Op::SUB, off, s + 1, cnt);
  loadConst(constant::makeInt64(esz), intType(), base);
  emitABC(Op::MUL, off, off, base);
  emitABC(Op::ADD, base, s, off);
  for (size_t k = 0; k < n; k++) emitStore(base, int64_t(k) * esz, vals[k], et);
  emitABC(Op::MOV3, dst, s, 0);
}

void Program::Impl::builtin(ast::CallExpr* e, int dst) {
  auto id = BuiltinId(e->builtinId);
  setLine(e);
  if (e->mode == ast::Mode::Constant) {
    loadConst(e->val, e->type, dst);
    return;
  }
  if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == TypeKind::Tuple) {
    builtinTuple(e, dst);
    return;
  }
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      ast::Expr* x = e->args[0];
      Type* u = underlying(x->type);
      if (u->kind == TypeKind::Pointer) u = underlying(u->as<Pointer>()->elem);
      if (u->kind == TypeKind::Array) {
        expr(x);  // evaluated for side effects (a nil pointer is fine)
        loadConst(constant::makeInt64(u->as<Array>()->len), intType(), dst);
        return;
      }
      int v = expr(x);
      if (u->kind == TypeKind::Map) {
        emitABC(Op::MAPLEN, dst, v, 0);
        return;
      }
      if (u->kind == TypeKind::Chan) {
        emitABC(id == BuiltinId::Len ? Op::CHANLEN : Op::CHANCAP, dst, v, 0);
        return;
      }
      emitABC(Op::MOV, dst, v + (id == BuiltinId::Len ? 1 : 2), 0);
      return;
    }
    case BuiltinId::Append:
      appendCall(e, dst);
      return;
    case BuiltinId::Copy: {
      int d = expr(e->args[0]);
      int s = expr(e->args[1]);
      if (isString(e->args[1]->type)) {
        emitABC(Op::COPYSTR, dst, d, s);
      } else {
        emitABC(Op::COPY, dst, d, s);
        emitExt(uint64_t(sizeOf(underlying(e->args[0]->type)->as<Slice>()->elem)));
      }
      return;
    }
    case BuiltinId::Delete: {
      Type* mt = underlying(e->args[0]->type);
      int m = expr(e->args[0]);
      int k = exprAs(e->args[1], mt->as<Map>()->key);
      emitABC(Op::MAPDEL, 0, m, k);
      emitExt(mapExt(mt));
      return;
    }
    case BuiltinId::Make: {
      Type* t = e->args[0]->type;
      Type* u = underlying(t);
      if (u->kind == TypeKind::Slice) {
        // make([]T, n) with constant sizes that does not escape: a frame array [cap]T.
        bool constSizes = true;
        for (size_t k = 1; k < e->args.size(); k++)
          if (e->args[k]->mode != ast::Mode::Constant) constSizes = false;
        if (e->stackAlloc && constSizes) {
          Type* et = u->as<Slice>()->elem;
          auto sizeArg = [&](size_t k) {
            int64_t v = -1;
            if (!constant::int64Val(constant::toInt(e->args[k]->val), &v)) v = -1;
            return v;
          };
          int64_t n = sizeArg(1), c = e->args.size() > 2 ? sizeArg(2) : n;
          int64_t esz = sizeOf(et);
          if (n >= 0 && c >= n && (esz == 0 || c <= int64_t(vm::kMaxFrameObjBytes) / esz)) {
            auto* arrT = ownType(new Array(et, c));
            int p = alloc(1);
            emitNew(p, arrT, true);
            emitABC(Op::MOV, dst, p, 0);
            loadConst(constant::makeInt64(n), intType(), dst + 1);
            loadConst(constant::makeInt64(c), intType(), dst + 2);
            return;
          }
        }
        int len = alloc(1);
        exprToAs(e->args[1], intType(), len);
        int cap = len;
        if (e->args.size() > 2) {
          cap = alloc(1);
          exprToAs(e->args[2], intType(), cap);
        }
        emitABC(Op::MAKESLICE, dst, len, cap);
        emitExt(constPtr(rtype(u->as<Slice>()->elem)));
        return;
      }
      if (u->kind == TypeKind::Map) {
        int64_t hint = 0;
        if (e->args.size() > 1) {
          exprToAs(e->args[1], intType(), dst);
          ast::Expr* h = e->args[1];
          if (h->mode != ast::Mode::Constant || !constant::int64Val(constant::toInt(h->val), &hint)) hint = -1;
        } else {
          emitABC(Op::ZERO, dst, 1, 0);
        }
        makeMap(t, dst, e->stackAlloc, hint);
        return;
      }
      if (e->args.size() > 1) exprToAs(e->args[1], intType(), dst);
      else emitABC(Op::ZERO, dst, 1, 0);
      emitABx(Op::MAKECHAN, dst, constPtr(rtype(t)));
      return;
    }
    case BuiltinId::New:
      emitNew(dst, e->args[0]->type, e->stackAlloc);
      return;
    case BuiltinId::Panic: {
      int v = alloc(2);
      exprToAs(e->args[0], universe->emptyInterface, v);
      setLine(e);
      emitABC(Op::PANIC, v, 0, 0);
      return;
    }
    case BuiltinId::Print:
      printCall(e, false);
      return;
    case BuiltinId::Println:
      printCall(e, true);
      return;
    case BuiltinId::Min:
      minMax(e, dst, true);
      return;
    case BuiltinId::Max:
      minMax(e, dst, false);
      return;
    case BuiltinId::Clear: {
      Type* u = underlying(e->args[0]->type);
      int v = expr(e->args[0]);
      if (u->kind == TypeKind::Map) {
        emitABC(Op::MAPCLEAR, 0, v, 0);
        emitExt(constPtr(rtype(u)));
        return;
      }
      // Slices: zero the elements, i.e. copy from a zeroed array of the same length.
      Type* et = u->as<Slice>()->elem;
      int z = alloc(3);
      emitABC(Op::MAKESLICE, z, v + 1, v + 1);
      emitExt(constPtr(rtype(et)));
      int n = alloc(1);
      emitABC(Op::COPY, n, v, z);
      emitExt(uint64_t(sizeOf(et)));
      return;
    }
    case BuiltinId::Recover:
      emitABC(Op::RECOVER, dst, 0, 0);
      return;
    case BuiltinId::Complex: {
      Type* ft = bkind(e->type) == BasicKind::Complex64 ? universe->basic[int(BasicKind::Float32)]
                                                         : universe->basic[int(BasicKind::Float64)];
      int re = exprAs(e->args[0], ft);
      int im = exprAs(e->args[1], ft);
      complexParts(e->type, re, im, dst);
      return;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      bool imag = id == BuiltinId::Imag;
      int v = expr(e->args[0]);
      if (bkind(e->args[0]->type) == BasicKind::Complex64) emitABC(imag ? Op::CIMAG64 : Op::CREAL64, dst, v, 0);
      else emitABC(Op::MOV, dst, imag ? v + 1 : v, 0);
      return;
    }
    case BuiltinId::Close: {
      int c = expr(e->args[0]);
      emitABC(Op::CLOSE, c, 0, 0);
      return;
    }
    case BuiltinId::Add: {  // unsafe.Add(ptr, len): ADD keeps ptr's pointer bit
      int p = expr(e->args[0]);
      int n = exprAs(e->args[1], intOperandType(e->args[1]));
      emitABC(Op::ADD, dst, p, n);
      return;
    }
    case BuiltinId::Slice: {  // unsafe.Slice(ptr, len)
      int p = expr(e->args[0]);
      int n = exprAs(e->args[1], intOperandType(e->args[1]));
      emitABC(Op::UNSAFESLICE, dst, p, n);
      emitExt(uint64_t(sizeOf(underlying(e->args[0]->type)->as<Pointer>()->elem)));
      return;
    }
    case BuiltinId::String: {  // unsafe.String(ptr, len): unsafe.Slice's checks, its words
      int p = expr(e->args[0]);
      int n = exprAs(e->args[1], intOperandType(e->args[1]));
      int t = alloc(3);
      emitABC(Op::UNSAFESLICE, t, p, n);
      emitExt(uint64_t(1) | (uint64_t(1) << 63));  // bytes; String's messages
      emitABC(Op::MOV2, dst, t, 0);
      return;
    }
    case BuiltinId::StringData:  // the pointer word of a string or a slice
    case BuiltinId::SliceData: {
      int v = expr(e->args[0]);
      emitABC(Op::MOV, dst, v, 0);
      return;
    }
    default:
      error(e, "builtin not supported yet");
  }
}

// The type a length operand of unsafe.Add or unsafe.Slice is taken in: its own integer
// type (converted to int by the word's bits), int for an untyped constant.
Type* Program::Impl::intOperandType(ast::Expr* e) {
  Type* t = e->type;
  if (!t || e->mode == ast::Mode::Constant) return universe->basic[int(BasicKind::Int)];
  return t;
}

// complex(re, im) of type t: the parts side by side (complex128), or packed (complex64).
void Program::Impl::complexParts(Type* t, int re, int im, int dst) {
  if (bkind(t) == BasicKind::Complex64) {
    emitABC(Op::CPACK64, dst, re, im);
    return;
  }
  int tmp = alloc(2);
  emitABC(Op::MOV, tmp, re, 0);
  emitABC(Op::MOV, tmp + 1, im, 0);
  emitABC(Op::MOV2, dst, tmp, 0);
}

// A builtin applied to a multi-value call: copy(f()), delete(g()), print(h()).
void Program::Impl::builtinTuple(ast::CallExpr* e, int dst) {
  auto id = BuiltinId(e->builtinId);
  auto& vars = e->args[0]->type->as<Tuple>()->vars;
  int r = call(ast::unparen(e->args[0])->as<ast::CallExpr>());
  std::vector<int> regs;
  int off = 0;
  for (Var* v : vars) {
    regs.push_back(r + off);
    off += words(v->type);
  }
  switch (id) {
    case BuiltinId::Copy:
      if (isString(vars[1]->type)) {
        emitABC(Op::COPYSTR, dst, regs[0], regs[1]);
      } else {
        emitABC(Op::COPY, dst, regs[0], regs[1]);
        emitExt(uint64_t(sizeOf(underlying(vars[0]->type)->as<Slice>()->elem)));
      }
      return;
    case BuiltinId::Delete: {
      Type* mt = underlying(vars[0]->type);
      int k = alloc(words(mt->as<Map>()->key));
      convertValue(regs[1], vars[1]->type, mt->as<Map>()->key, k);
      emitABC(Op::MAPDEL, 0, regs[0], k);
      emitExt(mapExt(mt));
      return;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      bool ln = id == BuiltinId::Println;
      for (size_t k = 0; k < vars.size(); k++)
        emitABC(Op::PRINT, regs[k], int(printKind(vars[k]->type)), ln && k > 0 ? 1 : 0);
      if (ln) emitABC(Op::PRINTNL, 0, 0, 0);
      return;
    }
    case BuiltinId::Complex:
      complexParts(e->type, regs[0], regs[1], dst);
      return;
    case BuiltinId::Append: {
      // append(f()): f's first result is the slice, the others its new elements.
      Type* et = underlying(e->type)->as<Slice>()->elem;
      int s = alloc(3);
      convertValue(regs[0], vars[0]->type, e->type, s);
      std::vector<int> vals;
      for (size_t k = 1; k < vars.size(); k++) {
        int v = alloc(words(et));
        convertValue(regs[k], vars[k]->type, et, v);
        vals.push_back(v);
      }
      if (vals.empty()) emitABC(Op::MOV3, dst, s, 0);
      else appendValues(s, et, vals, dst);
      return;
    }
    default:
      error(e, "this builtin with a multi-value argument is not supported yet");
  }
}

vm::Proto* Program::Impl::builtinThunk(ast::CallExpr* e, const std::vector<Type*>& argTypes) {
  vm::Proto* p = newProto(fs->proto->name + ".deferwrap");
  p->line = e->pos.line;
  vm::giveStaticClosure(p);
  FuncState st;
  st.proto = p;
  st.line = e->pos.line;
  FuncState* saved = fs;
  fs = &st;
  std::vector<int> slots;
  int off = 0;
  for (Type* t : argTypes) {
    slots.push_back(off);
    off += words(t);
  }
  p->paramWords = off;
  setSignaturePtrs(p, argTypes, {});
  st.top = st.localsTop = off;
  if (uint32_t(off) > p->frameSize) p->frameSize = off;
  if (e->callKind == ast::CallKind::Builtin) {
    switch (BuiltinId(e->builtinId)) {
      case BuiltinId::Panic: {
        int v = alloc(2);
        convertValue(slots[0], argTypes[0], universe->emptyInterface, v);
        emitABC(Op::PANIC, v, 0, 0);
        break;
      }
      case BuiltinId::Print:
      case BuiltinId::Println: {
        bool ln = BuiltinId(e->builtinId) == BuiltinId::Println;
        for (size_t k = 0; k < argTypes.size(); k++)
          emitABC(Op::PRINT, slots[k], int(printKind(argTypes[k])), ln && k > 0 ? 1 : 0);
        if (ln) emitABC(Op::PRINTNL, 0, 0, 0);
        break;
      }
      case BuiltinId::Delete: {
        Type* mt = underlying(argTypes[0]);
        int k = alloc(words(mt->as<Map>()->key));
        convertValue(slots[1], argTypes[1], mt->as<Map>()->key, k);
        emitABC(Op::MAPDEL, 0, slots[0], k);
        emitExt(mapExt(mt));
        break;
      }
      case BuiltinId::Close:
        emitABC(Op::CLOSE, slots[0], 0, 0);
        break;
      case BuiltinId::Copy: {
        int n = alloc(1);
        if (isString(argTypes[1])) {
          emitABC(Op::COPYSTR, n, slots[0], slots[1]);
        } else {
          emitABC(Op::COPY, n, slots[0], slots[1]);
          emitExt(uint64_t(sizeOf(underlying(argTypes[0])->as<Slice>()->elem)));
        }
        break;
      }
      case BuiltinId::Recover:
        // recover() called by the defer machinery itself, not by a deferred function:
        // it returns nil and stops nothing.
        break;
      default:
        fs = saved;
        error(e, "this builtin cannot be deferred yet");
    }
  }
  emitABC(Op::RET, 0, 0, 0);
  fs = saved;
  return p;
}

}  // namespace golite
