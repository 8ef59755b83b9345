// The bytecode compiler, part 3: expressions, places (addressable locations), loads and
// stores, operators, composite literals, conversions to interfaces.
#include <cstring>
#include <functional>

#include "frontend/compile/codegen.h"

namespace golite {

using namespace types;
using vm::Op;

static bool nonEmptyIface(Type* t) {
  Type* u = underlying(t);
  if (u->kind != TypeKind::Interface) return false;
  complete(u->as<Interface>());
  return !u->as<Interface>()->allMethods.empty();
}

// ---- loads and stores ------------------------------------------------------------------

static int64_t fitOffset(Program::Impl& m, int& ptr, int64_t off) {
  if (off >= 0 && off <= 0xffff) return off;
  // The load or store checks its base for nil, but the base becomes base+off here: check
  // it first (a nil *T with a field 100 MB in must panic, not fault).
  m.emitABC(Op::NILCHK, ptr, 0, 0);
  int r = m.alloc(1);
  m.loadConst(constant::makeInt64(off), theUniverse()->basic[int(BasicKind::Int)], r);
  m.emitABC(Op::ADD, r, r, ptr);
  ptr = r;
  return 0;
}

// The address ptr + off of a value held indirectly, nil-checked (copies read and write
// memory through it with no check of their own).
static int indirectAddr(Program::Impl& m, int ptr, int64_t off) {
  m.emitABC(Op::NILCHK, ptr, 0, 0);
  if (off == 0) return ptr;
  off = fitOffset(m, ptr, off);
  if (off == 0) return ptr;
  int r = m.alloc(1);
  m.emitABC(Op::OFFPTR, r, ptr, int(off));
  return r;
}

void Program::Impl::emitLoad(int dst, int ptr, int64_t off, Type* t) {
  int64_t size = sizeOf(t);
  if (size == 0) return;
  if (indirect(t)) {
    // A copy of its own in a new object.
    int src = indirectAddr(*this, ptr, off);
    int obj = dst == src ? alloc(1) : dst;
    emitABx(Op::NEW, obj, constPtr(rtype(t)));
    emitMemMove(obj, src, t);
    if (obj != dst) emitABC(Op::MOV, dst, obj, 0);
    return;
  }
  off = fitOffset(*this, ptr, off);
  Type* u = underlying(t);
  Op op = Op::LDN;
  if (u->kind == TypeKind::Basic) {
    switch (u->as<Basic>()->bkind) {
      case BasicKind::Bool: case BasicKind::Uint8: op = Op::LD8U; break;
      case BasicKind::Int8: op = Op::LD8S; break;
      case BasicKind::Int16: op = Op::LD16S; break;
      case BasicKind::Uint16: op = Op::LD16U; break;
      case BasicKind::Int32: op = Op::LD32S; break;
      case BasicKind::Uint32: case BasicKind::Float32: op = Op::LD32U; break;
      case BasicKind::String:
        noteDefPtrs(emitABC(Op::LD64, dst, ptr, int(off)), {universe->basic[int(BasicKind::UnsafePointer)]});
        noteDefPtrs(emitABC(Op::LD64, dst + 1, ptr, int(off + 8 > 0xffff ? 0 : off + 8)),
                    {universe->basic[int(BasicKind::Int)]});
        return;
      default:
        if (size == 8) op = Op::LD64;
    }
  } else if (size == 8) {
    op = Op::LD64;
  }
  size_t at = emitABC(op, dst, ptr, int(off));
  if (op == Op::LDN) emitExt(uint64_t(size));
  if (op == Op::LD64 || op == Op::LDN) noteDefPtrs(at, {t});
}

void Program::Impl::emitStore(int ptr, int64_t off, int src, Type* t) {
  int64_t size = sizeOf(t);
  if (size == 0) return;
  if (indirect(t)) {
    emitMemMove(indirectAddr(*this, ptr, off), src, t);
    return;
  }
  off = fitOffset(*this, ptr, off);
  Op op;
  switch (size) {
    case 1: op = Op::ST8; break;
    case 2: op = Op::ST16; break;
    case 4: op = Op::ST32; break;
    case 8: op = Op::ST64; break;
    default: op = Op::STN;
  }
  emitABC(op, ptr, src, int(off));
  if (op == Op::STN) emitExt(uint64_t(size));
}

int Program::Impl::regAddr(int reg, int64_t off, int64_t size, bool pin) {
  int r = alloc(1);
  // c: the registers the address reaches (0: all from reg up, when the size is not
  // known), with kAddrPinned when the frame maps must keep them live throughout: the
  // address may be used where the maps do not see it. Without it, the address is used by
  // the next few instructions, before any safepoint.
  int reach = size < 0 ? 0 : int(std::max<int64_t>(1, (off + size + 7) / 8));
  emitABC(Op::ADDR, r, reg, reach | (pin || reach == 0 ? vm::kAddrPinned : 0));
  if (off) {
    if (off <= 0x7fff) {
      emitABC(Op::ADDI, r, r, int(off));
    } else {
      int k = alloc(1);
      loadConst(constant::makeInt64(off), theUniverse()->basic[int(BasicKind::Int)], k);
      emitABC(Op::ADD, r, r, k);
    }
  }
  return r;
}

void Program::Impl::load(const Place& p, int dst) {
  if (p.kind == Place::SliceElem) {
    load(Place{Place::Mem, sliceElemAddr(p), 0, 0, p.type}, dst);
    return;
  }
  int64_t size = sizeOf(p.type);
  if (size == 0) {
    // Loading a zero-size value through a nil pointer still panics, as in Go.
    if (p.kind == Place::Mem) emitABC(Op::NILCHK, p.reg, 0, 0);
    return;
  }
  switch (p.kind) {
    case Place::Reg:
      if (indirect(p.type)) {  // its register holds the address of its copy: it moves
        if (p.reg != dst) emitABC(Op::MOV, dst, p.reg, 0);
        return;
      }
      if (p.off % 8 == 0 && size % 8 == 0) {
        int src = p.reg + int(p.off / 8);
        int w = words(p.type);
        if (src == dst) return;
        if (w == 1) emitABC(Op::MOV, dst, src, 0);
        else if (w == 2) emitABC(Op::MOV2, dst, src, 0);
        else if (w == 3) emitABC(Op::MOV3, dst, src, 0);
        else emitABC(Op::MOVN, dst, src, w);
      } else {
        int a = regAddr(p.reg, 0, p.off + size, false);
        emitLoad(dst, a, p.off, p.type);
      }
      return;
    case Place::Mem:
      emitLoad(dst, p.reg, p.off, p.type);
      return;
    case Place::MapElem: {
      int a = alloc(1);
      emitABC(Op::MAPGET, a, p.reg, p.key);
      emitExt(p.off);  // the map type's constant index, kept in off
      emitLoad(dst, a, 0, p.type);
      return;
    }
    case Place::SliceElem:  // handled above
    case Place::Blank:
      return;
  }
}

int Program::Impl::sliceElemAddr(const Place& p) {
  int a = alloc(1);
  emitABC(Op::INDEXADDR, a, p.reg, p.key);
  emitExt(uint64_t(p.off));
  return a;
}

int Program::Impl::read(const Place& p) {
  int64_t size = sizeOf(p.type);
  if (p.kind == Place::Reg && (indirect(p.type) || (p.off % 8 == 0 && size % 8 == 0))) return p.reg + int(p.off / 8);
  int r = alloc(words(p.type));
  load(p, r);
  return r;
}

void Program::Impl::store(const Place& p, int src) {
  if (p.kind == Place::SliceElem) {
    store(Place{Place::Mem, sliceElemAddr(p), 0, 0, p.type}, src);
    return;
  }
  int64_t size = sizeOf(p.type);
  if (size == 0 && p.kind != Place::MapElem) {
    if (p.kind == Place::Mem) emitABC(Op::NILCHK, p.reg, 0, 0);
    return;
  }
  switch (p.kind) {
    case Place::Reg:
      if (indirect(p.type)) {
        if (p.reg != src) emitABC(Op::MOV, p.reg, src, 0);
        return;
      }
      if (p.off % 8 == 0 && size % 8 == 0) {
        int d = p.reg + int(p.off / 8);
        int w = words(p.type);
        if (d == src) return;
        if (w == 1) emitABC(Op::MOV, d, src, 0);
        else if (w == 2) emitABC(Op::MOV2, d, src, 0);
        else if (w == 3) emitABC(Op::MOV3, d, src, 0);
        else emitABC(Op::MOVN, d, src, w);
      } else {
        int a = regAddr(p.reg, 0, p.off + size, false);
        emitStore(a, p.off, src, p.type);
      }
      return;
    case Place::Mem:
      emitStore(p.reg, p.off, src, p.type);
      return;
    case Place::MapElem: {
      int a = alloc(1);
      emitABC(Op::MAPSET, a, p.reg, p.key);
      emitExt(p.off);
      emitStore(a, 0, src, p.type);
      return;
    }
    case Place::SliceElem:  // handled above
    case Place::Blank:
      return;
  }
}

int Program::Impl::address(const Place& p) {
  if (p.kind == Place::Mem) {
    if (p.off == 0) {
      if (p.mayBeNil) emitABC(Op::NILCHK, p.reg, 0, 0);
      return p.reg;
    }
    int r = alloc(1);
    int ptr = p.reg;
    int64_t off = fitOffset(*this, ptr, p.off);
    emitABC(Op::OFFPTR, r, ptr, int(off));
    return r;
  }
  if (p.kind == Place::Reg && p.type && indirect(p.type)) return p.reg;  // the copy's address
  if (p.kind == Place::Reg) return regAddr(p.reg, p.off, p.type ? sizeOf(p.type) : -1, true);
  error(nullptr, "internal error: address of a map element");
}

// ---- places ----------------------------------------------------------------------------

Place Program::Impl::place(ast::Expr* e) {
  e = ast::unparen(e);
  // Only the assignment's own destination defers its check; what it is reached through
  // is evaluated now.
  bool deferCheck = deferIndexChecks;
  deferIndexChecks = false;
  using K = ast::NodeKind;
  switch (e->kind) {
    case K::Ident: {
      auto* id = e->as<ast::Ident>();
      if (!id->obj || id->name == "_") return Place{Place::Blank, 0, 0, 0, e->type};
      if (id->obj->kind != ObjKind::Var) break;
      Var* v = id->obj->as<Var>();
      auto g = globalAddr.find(v);
      if (g != globalAddr.end()) {
        int r = alloc(1);
        emitABx(Op::GADDR, r, constPtr(g->second));
        return Place{Place::Mem, r, 0, 0, v->type};
      }
      auto it = fs->vars.find(v);
      if (it == fs->vars.end()) error(e, "internal error: variable " + v->name + " has no register");
      if (boxed(v)) return Place{Place::Mem, it->second, 0, 0, v->type};
      return Place{Place::Reg, it->second, 0, 0, v->type};
    }
    case K::SelectorExpr: {
      auto* se = e->as<ast::SelectorExpr>();
      if (!se->selection) {  // pkg.Var
        Object* o = se->sel->obj;
        if (o && o->kind == ObjKind::Var) {
          auto g = globalAddr.find(o->as<Var>());
          if (g == globalAddr.end()) error(e, "internal error: global without storage");
          int r = alloc(1);
          emitABx(Op::GADDR, r, constPtr(g->second));
          return Place{Place::Mem, r, 0, 0, o->type};
        }
        break;
      }
      if (se->selection->kind != SelectionKind::FieldVal) break;
      Place p;
      Type* cur = se->x->type;
      if (underlying(cur)->kind == TypeKind::Pointer) {
        p = Place{Place::Mem, expr(se->x), 0, 0, cur, true};
        cur = underlying(cur)->as<Pointer>()->elem;
      } else if (se->x->mode == ast::Mode::Variable) {
        p = place(se->x);
      } else {
        p = valuePlace(expr(se->x), cur);
      }
      auto& path = se->selection->index;
      for (size_t k = 0; k < path.size(); k++) {
        Type* u = underlying(cur);
        if (u->kind == TypeKind::Pointer) {
          int r = read(Place{p.kind, p.reg, p.off, p.key, cur});
          p = Place{Place::Mem, r, 0, 0, nullptr, true};
          cur = u->as<Pointer>()->elem;
          u = underlying(cur);
        }
        Struct* st = u->as<Struct>();
        p.off += offsetsOf(st)[path[k]];
        cur = st->fields[path[k]]->type;
      }
      p.type = cur;
      return p;
    }
    case K::IndexExpr: {
      auto* ix = e->as<ast::IndexExpr>();
      Type* xt = underlying(ix->x->type);
      Type* intT = theUniverse()->basic[int(BasicKind::Int)];
      if (xt->kind == TypeKind::Map) {
        int mr = alloc(1);
        exprTo(ix->x, mr);
        // The key is copied now: in `i, m[i] = 1, 2` the index is evaluated before any
        // assignment happens.
        int kr = alloc(words(xt->as<Map>()->key));
        exprToAs(ix->index, xt->as<Map>()->key, kr);
        Place p{Place::MapElem, mr, int64_t(mapExt(xt)), kr, xt->as<Map>()->elem};
        return p;
      }
      if (xt->kind == TypeKind::Slice && deferCheck) {
        int s = alloc(3);
        exprTo(ix->x, s);
        int i = alloc(1);
        exprToAs(ix->index, intT, i);
        Type* et = xt->as<Slice>()->elem;
        return Place{Place::SliceElem, s, sizeOf(et), i, et};
      }
      if (xt->kind == TypeKind::Slice) {
        int s = expr(ix->x);
        int i = alloc(1);
        exprToAs(ix->index, intT, i);
        int a = alloc(1);
        emitABC(Op::INDEXADDR, a, s, i);
        emitExt(uint64_t(sizeOf(xt->as<Slice>()->elem)));
        return Place{Place::Mem, a, 0, 0, xt->as<Slice>()->elem};
      }
      Array* at;
      Place base;
      if (xt->kind == TypeKind::Pointer) {
        at = underlying(xt->as<Pointer>()->elem)->as<Array>();
        base = Place{Place::Mem, expr(ix->x), 0, 0, at};
        base.mayBeNil = true;  // &p[0] of a nil *[N]T panics
      } else {
        at = xt->as<Array>();
        base = ix->x->mode == ast::Mode::Variable ? place(ix->x) : valuePlace(expr(ix->x), at);
      }
      int64_t esize = sizeOf(at->elem);
      if (ix->index->mode == ast::Mode::Constant) {
        int64_t k = 0;
        constant::int64Val(constant::toInt(ix->index->val), &k);
        if (base.kind == Place::Mem && xt->kind == TypeKind::Pointer) {
          // nil check of the array pointer happens at the load or store
        }
        base.off += k * esize;
        base.type = at->elem;
        return base;
      }
      int i = alloc(1);
      exprToAs(ix->index, intT, i);
      int ptr = address(base);
      int a = alloc(1);
      if (esize <= 0xffff && at->len <= 0xffffffffLL) {
        emitABC(Op::AINDEXADDR, a, ptr, i);
        emit(vm::Instr{Op::NOP, uint16_t(esize), uint16_t(at->len & 0xffff), uint16_t(at->len >> 16)});
      } else {
        int n = alloc(1);
        loadConst(constant::makeInt64(at->len), intT, n);
        emitABC(Op::BOUNDS, i, n, 0);
        loadConst(constant::makeInt64(esize), intT, n);
        emitABC(Op::MUL, n, n, i);
        emitABC(Op::ADD, a, ptr, n);
      }
      return Place{Place::Mem, a, 0, 0, at->elem};
    }
    case K::StarExpr: {
      int p = expr(e->as<ast::StarExpr>()->x);
      return Place{Place::Mem, p, 0, 0, e->type, true};
    }
    default:
      break;
  }
  // Not addressable: a value in registers (or one held indirectly).
  int r = expr(e);
  return valuePlace(r, e->type);
}

// ---- constants -------------------------------------------------------------------------

void Program::Impl::loadConst(const constant::Value& v, Type* t, int dst) {
  Type* u = underlying(t);
  if (u->kind != TypeKind::Basic) {
    if (isInterface(t)) error(nullptr, "internal error: constant of interface type");
    zero(dst, t);
    return;
  }
  BasicKind k = u->as<Basic>()->bkind;
  auto loadWord = [&](uint64_t w) {
    int64_t s = int64_t(w);
    if (s >= INT32_MIN && s <= INT32_MAX) emitABx(Op::LOADI, dst, uint32_t(int32_t(s)));
    else emitABx(Op::LOADK, dst, constant(w));
  };
  switch (k) {
    case BasicKind::Bool: case BasicKind::UntypedBool:
      loadWord(constant::boolVal(v) ? 1 : 0);
      return;
    case BasicKind::String: case BasicKind::UntypedString:
      emitABx(Op::LOADK2, dst, constString(constant::stringVal(v)));
      return;
    case BasicKind::Float32: {
      float f = constant::float32Val(constant::toFloat(v));
      uint32_t b;
      std::memcpy(&b, &f, 4);
      loadWord(b);
      return;
    }
    case BasicKind::Float64: case BasicKind::UntypedFloat: {
      double d = constant::float64Val(constant::toFloat(v));
      uint64_t b;
      std::memcpy(&b, &d, 8);
      loadWord(b);
      return;
    }
    case BasicKind::Complex64: {
      float re = constant::float32Val(constant::toFloat(constant::real(v)));
      float im = constant::float32Val(constant::toFloat(constant::imag(v)));
      uint32_t rb, ib;
      std::memcpy(&rb, &re, 4);
      std::memcpy(&ib, &im, 4);
      loadWord(uint64_t(rb) | uint64_t(ib) << 32);
      return;
    }
    case BasicKind::Complex128: case BasicKind::UntypedComplex: {
      // Two words: the real part, then the imaginary part.
      for (int part = 0; part < 2; part++) {
        double d = constant::float64Val(constant::toFloat(part ? constant::imag(v) : constant::real(v)));
        uint64_t b;
        std::memcpy(&b, &d, 8);
        int64_t s = int64_t(b);
        if (s >= INT32_MIN && s <= INT32_MAX) emitABx(Op::LOADI, dst + part, uint32_t(int32_t(s)));
        else emitABx(Op::LOADK, dst + part, constant(b));
      }
      return;
    }
    default: {
      constant::Value iv = constant::toInt(v);
      int64_t s;
      uint64_t uval;
      if (constant::int64Val(iv, &s)) {
        loadWord(uint64_t(s));
      } else if (constant::uint64Val(iv, &uval)) {
        loadWord(uval);
      } else {
        loadWord(0);
      }
      if (isUnsigned(t) && sizeOf(t) < 8) fixInt(t, dst);
      return;
    }
  }
}

void Program::Impl::constTo(ast::Expr* e, int dst) { loadConst(e->val, e->type, dst); }

void Program::Impl::zero(int dst, Type* t) {
  if (indirect(t)) {
    emitABx(Op::NEW, dst, constPtr(rtype(t)));
    return;
  }
  int w = words(t);
  if (w) emitABC(Op::ZERO, dst, w, 0);
}

// ---- expressions -----------------------------------------------------------------------

int Program::Impl::expr(ast::Expr* e) {
  if (e->mode == ast::Mode::Constant) {
    int r = alloc(words(e->type));
    constTo(e, r);
    return r;
  }
  ast::Expr* x = ast::unparen(e);
  using K = ast::NodeKind;
  switch (x->kind) {
    case K::Ident: {
      auto* id = x->as<ast::Ident>();
      if (id->obj && id->obj->kind == ObjKind::Var) return read(place(x));
      break;
    }
    case K::SelectorExpr: {
      auto* se = x->as<ast::SelectorExpr>();
      if ((se->selection && se->selection->kind == SelectionKind::FieldVal) ||
          (!se->selection && se->sel->obj && se->sel->obj->kind == ObjKind::Var))
        return read(place(x));
      break;
    }
    case K::StarExpr:
      if (x->mode != ast::Mode::TypeExpr) return read(place(x));
      break;
    case K::CallExpr:
      return call(x->as<ast::CallExpr>());
    case K::IndexExpr: {
      if (x->as<ast::IndexExpr>()->instance) return expr(x->as<ast::IndexExpr>()->x);
      Type* xt = underlying(x->as<ast::IndexExpr>()->x->type);
      if (xt->kind == TypeKind::Slice || xt->kind == TypeKind::Array || xt->kind == TypeKind::Pointer)
        return read(place(x));
      break;
    }
    default:
      break;
  }
  int r = alloc(words(e->type));
  exprTo(e, r);
  return r;
}

static bool needsConversion(Type* from, Type* to) {
  if (!to || !from) return false;
  if (!isInterface(to)) return false;
  return !identical(from, to);
}

int Program::Impl::exprAs(ast::Expr* e, Type* target) {
  if (!needsConversion(e->type, target)) return expr(e);
  int r = alloc(words(target));
  exprToAs(e, target, r);
  return r;
}

void Program::Impl::exprToAs(ast::Expr* e, Type* target, int dst) {
  if (!needsConversion(e->type, target)) {
    exprTo(e, dst);
    return;
  }
  if (bkind(e->type) == BasicKind::UntypedNil) {
    zero(dst, target);
    return;
  }
  ast::Expr* lit = ast::unparen(e);
  if (isInterface(target) && !isInterface(e->type) && indirect(e->type) &&
      (e->mode == ast::Mode::Variable || lit->kind == ast::NodeKind::CompositeLit)) {
    // A value too large for registers, boxed memory to memory (use(*p), any(bigArray)),
    // or a literal built in its box.
    int box = bigCopy(e);
    emitABx(Op::LOADK, dst, nonEmptyIface(target) ? constPtr(itabFor(target, e->type)) : constPtr(rtype(e->type)));
    emitABC(Op::MOV, dst + 1, box, 0);
    return;
  }
  int v = expr(e);
  convertValue(v, e->type, target, dst, e->boxStack);
}

void Program::Impl::convertValue(int src, Type* from, Type* to, int dst, bool boxInFrame) {
  int w = words(to);
  if (!needsConversion(from, to) || bkind(from) == BasicKind::UntypedNil) {
    if (bkind(from) == BasicKind::UntypedNil) {
      zero(dst, to);
      return;
    }
    if (src == dst || w == 0) return;
    if (w == 1) emitABC(Op::MOV, dst, src, 0);
    else if (w == 2) emitABC(Op::MOV2, dst, src, 0);
    else if (w == 3) emitABC(Op::MOV3, dst, src, 0);
    else emitABC(Op::MOVN, dst, src, w);
    return;
  }
  bool toItab = nonEmptyIface(to);
  if (isInterface(from)) {
    bool fromItab = nonEmptyIface(from);
    if (!toItab) {
      if (fromItab) emitABC(Op::I2E, dst, src, 0);
      else emitABC(Op::MOV2, dst, src, 0);
      return;
    }
    emitABC(Op::MOV2, dst, src, 0);
    emitABx(Op::CONVI, dst, constPtr(rtype(to)));
    emitExt(fromItab ? 1 : 0);
    return;
  }
  int fw = words(from);
  if (indirect(from)) {
    // The box is a copy (R[src] may be a variable's own copy, still in use).
    int box = alloc(1);
    emitABx(Op::NEW, box, constPtr(rtype(from)));
    emitMemMove(box, src, from);
    emitABx(Op::LOADK, dst, toItab ? constPtr(itabFor(to, from)) : constPtr(rtype(from)));
    emitABC(Op::MOV, dst + 1, box, 0);
    return;
  }
  if (boxInFrame && !rtype(from)->directIface() && sizeOf(from) > 0) {
    // The box is a frame object: the value stored into it, then the (type, data) pair.
    int p = alloc(1);
    int off = frameSlot(sizeOf(from), rtype(from));
    if (off >= 0) {
      emitABC(Op::FRAMENEW, p, off / 8, fw);
      emitStore(p, 0, src, from);
      emitABx(Op::LOADK, dst, toItab ? constPtr(itabFor(to, from)) : constPtr(rtype(from)));
      emitABC(Op::MOV, dst + 1, p, 0);
      return;
    }
  }
  int tmp = dst;
  if (fw > 2) tmp = alloc(fw);
  if (fw == 1) emitABC(Op::MOV, tmp, src, 0);
  else if (fw == 2) emitABC(Op::MOV2, tmp, src, 0);
  else if (fw > 2) emitABC(Op::MOVN, tmp, src, fw);
  if (toItab) {
    emitABx(Op::BOXI, tmp, constPtr(itabFor(to, from)));
    emitExt(constPtr(rtype(from)));
  } else {
    emitABx(Op::BOX, tmp, constPtr(rtype(from)));
  }
  if (tmp != dst) emitABC(Op::MOV2, dst, tmp, 0);
}

void Program::Impl::exprTo(ast::Expr* e, int dst) {
  if (e->pos.line > 0) lastPos = e->pos;
  if (e->mode == ast::Mode::Constant) {
    constTo(e, dst);
    return;
  }
  using K = ast::NodeKind;
  ast::Expr* x = ast::unparen(e);
  switch (x->kind) {
    case K::Ident: {
      auto* id = x->as<ast::Ident>();
      Object* o = id->obj;
      if (!o || o->kind == ObjKind::Nil || bkind(x->type) == BasicKind::UntypedNil) {
        zero(dst, e->type);
        return;
      }
      if (o->kind == ObjKind::Var) {
        load(place(x), dst);
        return;
      }
      if (o->kind == ObjKind::Func) {
        vm::Proto* p = funcProtoForValue(o->as<Func>());
        emitABx(Op::FUNCVAL, dst, constPtr(p));
        return;
      }
      error(x, "unexpected identifier " + id->name);
    }
    case K::BasicLit:
      constTo(x, dst);
      return;
    case K::CompositeLit:
      compositeLit(x->as<ast::CompositeLit>(), dst);
      return;
    case K::FuncLit:
      funcLit(x->as<ast::FuncLit>(), dst);
      return;
    case K::SelectorExpr:
      selector(x->as<ast::SelectorExpr>(), dst);
      return;
    case K::IndexExpr:
      if (x->as<ast::IndexExpr>()->instance) {  // F[int]: the instance's function value
        exprTo(x->as<ast::IndexExpr>()->x, dst);
        return;
      }
      indexExpr(x->as<ast::IndexExpr>(), dst);
      return;
    case K::SliceExpr:
      sliceExpr(x->as<ast::SliceExpr>(), dst);
      return;
    case K::TypeAssertExpr:
      typeAssert(x->as<ast::TypeAssertExpr>(), dst, false);
      return;
    case K::CallExpr:
      callTo(x->as<ast::CallExpr>(), dst);
      return;
    case K::StarExpr:
      load(place(x), dst);
      return;
    case K::UnaryExpr:
      unary(x->as<ast::UnaryExpr>(), dst);
      return;
    case K::BinaryExpr:
      binary(x->as<ast::BinaryExpr>(), dst);
      return;
    default:
      error(x, "expression not supported yet");
  }
}

// ---- operators -------------------------------------------------------------------------

void Program::Impl::fixInt(Type* t, int reg) {
  switch (bkind(t)) {
    case BasicKind::Int8: emitABC(Op::EXT8S, reg, reg, 0); break;
    case BasicKind::Uint8: emitABC(Op::EXT8U, reg, reg, 0); break;
    case BasicKind::Int16: emitABC(Op::EXT16S, reg, reg, 0); break;
    case BasicKind::Uint16: emitABC(Op::EXT16U, reg, reg, 0); break;
    case BasicKind::Int32: emitABC(Op::EXT32S, reg, reg, 0); break;
    case BasicKind::Uint32: emitABC(Op::EXT32U, reg, reg, 0); break;
    default: break;
  }
}

void Program::Impl::arith(ast::Tok op, Type* t, int x, int y, int dst) {
  using T = ast::Tok;
  BasicKind k = bkind(t);
  if (k == BasicKind::String) {
    if (op != T::Add) error(nullptr, "bad string operator");
    emitABC(Op::CONCAT, dst, x, y);
    return;
  }
  if (k == BasicKind::Float64 || k == BasicKind::Float32) {
    bool f32 = k == BasicKind::Float32;
    Op o;
    switch (op) {
      case T::Add: o = f32 ? Op::FADD32 : Op::FADD; break;
      case T::Sub: o = f32 ? Op::FSUB32 : Op::FSUB; break;
      case T::Mul: o = f32 ? Op::FMUL32 : Op::FMUL; break;
      case T::Quo: o = f32 ? Op::FDIV32 : Op::FDIV; break;
      default: error(nullptr, "bad float operator");
    }
    emitABC(o, dst, x, y);
    return;
  }
  if (k == BasicKind::Complex64 || k == BasicKind::Complex128) {
    bool c64 = k == BasicKind::Complex64;
    Op o;
    switch (op) {
      case T::Add: o = c64 ? Op::CADD64 : Op::CADD; break;
      case T::Sub: o = c64 ? Op::CSUB64 : Op::CSUB; break;
      case T::Mul: o = c64 ? Op::CMUL64 : Op::CMUL; break;
      case T::Quo: o = c64 ? Op::CDIV64 : Op::CDIV; break;
      default: error(nullptr, "bad complex operator");
    }
    emitABC(o, dst, x, y);
    return;
  }
  bool u = isUnsigned(t);
  Op o;
  switch (op) {
    case T::Add: o = Op::ADD; break;
    case T::Sub: o = Op::SUB; break;
    case T::Mul: o = Op::MUL; break;
    case T::Quo: o = u ? Op::DIVU : Op::DIV; break;
    case T::Rem: o = u ? Op::REMU : Op::REM; break;
    case T::And: o = Op::AND; break;
    case T::Or: o = Op::OR; break;
    case T::Xor: o = Op::XOR; break;
    case T::AndNot: o = Op::ANDNOT; break;
    case T::Shl: o = Op::SHL; break;
    case T::Shr: o = u ? Op::SHRU : Op::SHR; break;
    default: error(nullptr, "bad integer operator");
  }
  emitABC(o, dst, x, y);
  if (o != Op::AND && o != Op::ANDNOT && o != Op::SHRU && o != Op::SHR && o != Op::REM && o != Op::REMU && o != Op::DIVU)
    fixInt(t, dst);
}

void Program::Impl::compare(ast::Tok op, Type* t, int x, int y, int dst) {
  using T = ast::Tok;
  bool swap = op == T::Gtr || op == T::Geq;
  if (swap) std::swap(x, y);
  bool lt = op == T::Lss || op == T::Gtr;
  bool le = op == T::Leq || op == T::Geq;
  bool ne = op == T::Neq;
  Type* u = underlying(t);
  BasicKind k = bkind(t);
  if (k == BasicKind::String) {
    if (lt) emitABC(Op::SLT, dst, x, y);
    else if (le) emitABC(Op::SLE, dst, x, y);
    else {
      emitABC(Op::SEQ, dst, x, y);
      if (ne) emitABC(Op::NOT, dst, dst, 0);
    }
    return;
  }
  if (k == BasicKind::Float64 || k == BasicKind::Float32) {
    bool f32 = k == BasicKind::Float32;
    Op o = lt ? (f32 ? Op::FLT32 : Op::FLT) : le ? (f32 ? Op::FLE32 : Op::FLE)
         : ne ? (f32 ? Op::FNE32 : Op::FNE) : (f32 ? Op::FEQ32 : Op::FEQ);
    emitABC(o, dst, x, y);
    return;
  }
  if (u->kind == TypeKind::Interface) {
    emitABC(nonEmptyIface(t) ? Op::IFACEEQ : Op::EFACEEQ, dst, x, y);
    if (ne) emitABC(Op::NOT, dst, dst, 0);
    return;
  }
  if (u->kind == TypeKind::Struct || u->kind == TypeKind::Array) {
    emitABC(Op::MEMEQ, dst, x, y);
    emitExt(constPtr(rtype(t)));
    if (ne) emitABC(Op::NOT, dst, dst, 0);
    return;
  }
  if (k == BasicKind::Complex64 || k == BasicKind::Complex128) {
    emitABC(k == BasicKind::Complex64 ? Op::CEQ64 : Op::CEQ, dst, x, y);
    if (ne) emitABC(Op::NOT, dst, dst, 0);
    return;
  }
  bool uns = isUnsigned(t) || u->kind == TypeKind::Pointer;
  Op o = lt ? (uns ? Op::LTU : Op::LT) : le ? (uns ? Op::LEU : Op::LE) : ne ? Op::NE : Op::EQ;
  emitABC(o, dst, x, y);
}

static bool isNilExpr(ast::Expr* e) {
  e = ast::unparen(e);
  return e->kind == ast::NodeKind::Ident && e->as<ast::Ident>()->obj &&
         e->as<ast::Ident>()->obj->kind == ObjKind::Nil;
}

void Program::Impl::binary(ast::BinaryExpr* e, int dst) {
  using T = ast::Tok;
  setLine(e);
  if (e->op == T::LAnd || e->op == T::LOr) {
    exprTo(e->x, dst);
    size_t j = emitJump(e->op == T::LAnd ? Op::JF : Op::JT, dst);
    int save = fs->top;
    exprTo(e->y, dst);
    fs->top = save;
    patchHere(j);
    return;
  }
  bool cmp = e->op == T::Eql || e->op == T::Neq || e->op == T::Lss || e->op == T::Leq ||
             e->op == T::Gtr || e->op == T::Geq;
  if (cmp) {
    Type* xt = e->x->type;
    Type* yt = e->y->type;
    // Comparison with nil: slices, maps, funcs, pointers, chans, interfaces compare
    // their first word.
    if (isNilExpr(e->x) || isNilExpr(e->y)) {
      ast::Expr* v = isNilExpr(e->x) ? e->y : e->x;
      int r = expr(v);
      int z = alloc(1);
      emitABC(Op::ZERO, z, 1, 0);
      emitABC(e->op == T::Eql ? Op::EQ : Op::NE, dst, r, z);
      return;
    }
    if (isInterface(xt) && !isInterface(yt)) {
      int x = expr(e->x);
      int y = exprAs(e->y, xt);
      compare(e->op, xt, x, y, dst);
      return;
    }
    if (!isInterface(xt) && isInterface(yt)) {
      int x = exprAs(e->x, yt);
      int y = expr(e->y);
      compare(e->op, yt, x, y, dst);
      return;
    }
    if (isInterface(xt) && !identical(xt, yt)) {  // any == io.Reader: both as (type, data)
      Type* anyT = universe->emptyInterface;
      int x = exprAs(e->x, anyT);
      int y = exprAs(e->y, anyT);
      compare(e->op, anyT, x, y, dst);
      return;
    }
    int x = expr(e->x);
    int y = expr(e->y);
    compare(e->op, xt, x, y, dst);
    return;
  }
  if (e->op == T::Add && bkind(e->type) == BasicKind::String) {
    std::vector<ast::Expr*> parts;
    stringParts(e, parts);
    setLine(e);
    concat(-1, parts, dst, e->stackAlloc);
    return;
  }
  // A left-deep chain of arithmetic (a + b - c * ...: each operator's left operand the one
  // below it) is evaluated bottom-up in one register: a chain of 20,000 terms needs
  // neither 20,000 registers nor a recursion as deep.
  std::vector<ast::BinaryExpr*> chain{e};
  for (;;) {
    ast::Expr* l = ast::unparen(chain.back()->x);
    if (l->kind != ast::NodeKind::BinaryExpr || l->mode == ast::Mode::Constant || !identical(l->type, e->type)) break;
    auto* b = l->as<ast::BinaryExpr>();
    if (b->op == T::LAnd || b->op == T::LOr || b->op == T::Eql || b->op == T::Neq || b->op == T::Lss ||
        b->op == T::Leq || b->op == T::Gtr || b->op == T::Geq)
      break;
    chain.push_back(b);
  }
  int acc = chain.size() > 1 ? alloc(words(e->type)) : -1;
  if (acc >= 0) exprTo(chain.back()->x, acc);
  for (size_t k = chain.size(); k-- > 0;) {
    ast::BinaryExpr* b = chain[k];
    int to = k == 0 ? dst : acc;
    int save = fs->top;
    if ((b->op == T::Add || b->op == T::Sub) && isInteger(b->type) && b->y->mode == ast::Mode::Constant) {
      int64_t imm;
      if (constant::int64Val(constant::toInt(b->y->val), &imm) && imm > -32768 && imm < 32768) {
        int x = acc >= 0 ? acc : expr(b->x);
        emitABC(Op::ADDI, to, x, uint16_t(int16_t(b->op == T::Add ? imm : -imm)));
        fixInt(b->type, to);
        if (k > 0) fs->top = save;
        continue;
      }
    }
    int x = acc >= 0 ? acc : expr(b->x);
    int y = expr(b->y);
    if ((b->op == T::Shl || b->op == T::Shr) && !isUnsigned(b->y->type) && b->y->mode != ast::Mode::Constant)
      emitABC(Op::SHCHK, y, 0, 0);
    setLine(b);
    arith(b->op, b->type, x, y, to);
    if (k > 0) fs->top = save;  // the right operand's registers are free again
  }
}

void Program::Impl::stringParts(ast::Expr* e, std::vector<ast::Expr*>& parts) {
  ast::Expr* u = ast::unparen(e);
  if (u->kind == ast::NodeKind::BinaryExpr && u->as<ast::BinaryExpr>()->op == ast::Tok::Add &&
      u->mode != ast::Mode::Constant && bkind(u->type) == BasicKind::String) {
    stringParts(u->as<ast::BinaryExpr>()->x, parts);
    stringParts(u->as<ast::BinaryExpr>()->y, parts);
    return;
  }
  parts.push_back(e);
}

void Program::Impl::concat(int first, const std::vector<ast::Expr*>& parts, int dst, bool onStack) {
  int n = int(parts.size()) + (first >= 0 ? 1 : 0);
  int base = alloc(2 * n);
  int k = 0;
  if (first >= 0) emitABC(Op::MOV2, base + 2 * k++, first, 0);
  for (ast::Expr* x : parts) exprTo(x, base + 2 * k++);
  int buf = stringBuf(onStack, runtime::tmpStringBufSize);
  emitABC(Op::CONCATN, dst, base, n);
  emitExt(vm::Instr{vm::Op(0), uint16_t(buf), 0, 0}.raw());
}

size_t Program::Impl::jumpIfFalse(ast::Expr* cond) {
  using T = ast::Tok;
  ast::Expr* c = ast::unparen(cond);
  if (c->mode != ast::Mode::Constant && c->kind == ast::NodeKind::BinaryExpr) {
    auto* b = c->as<ast::BinaryExpr>();
    T op = b->op;
    Type* xt = b->x->type;
    bool cmp = op == T::Eql || op == T::Neq || op == T::Lss || op == T::Leq || op == T::Gtr || op == T::Geq;
    if (cmp && xt && isInteger(xt) && b->y->type && isInteger(b->y->type) && !isNilExpr(b->x) &&
        !isNilExpr(b->y)) {
      bool uns = isUnsigned(xt);
      int x = expr(b->x);
      int64_t imm;
      if (!uns && b->y->mode == ast::Mode::Constant && constant::int64Val(constant::toInt(b->y->val), &imm) &&
          imm >= -32768 && imm <= 32767) {
        Op o = op == T::Lss ? Op::SKIPLTI : op == T::Leq ? Op::SKIPLEI : op == T::Gtr ? Op::SKIPGTI
             : op == T::Geq ? Op::SKIPGEI : op == T::Eql ? Op::SKIPEQI : Op::SKIPNEI;
        emitABC(o, x, uint16_t(int16_t(imm)), 0);
        return emitJump(Op::JMP);
      }
      int y = expr(b->y);
      switch (op) {
        case T::Lss: emitABC(uns ? Op::SKIPLTU : Op::SKIPLT, x, y, 0); break;
        case T::Leq: emitABC(uns ? Op::SKIPLEU : Op::SKIPLE, x, y, 0); break;
        case T::Gtr: emitABC(uns ? Op::SKIPLTU : Op::SKIPLT, y, x, 0); break;
        case T::Geq: emitABC(uns ? Op::SKIPLEU : Op::SKIPLE, y, x, 0); break;
        case T::Eql: emitABC(Op::SKIPEQ, x, y, 0); break;
        default: emitABC(Op::SKIPNE, x, y, 0); break;
      }
      return emitJump(Op::JMP);
    }
  }
  int r = expr(cond);
  return emitJump(Op::JF, r);
}

void Program::Impl::unary(ast::UnaryExpr* e, int dst) {
  using T = ast::Tok;
  Type* t = e->type;
  switch (e->op) {
    case T::Add:
      exprTo(e->x, dst);
      return;
    case T::Sub: {
      int x = expr(e->x);
      BasicKind k = bkind(t);
      if (k == BasicKind::Float64) emitABC(Op::FNEG, dst, x, 0);
      else if (k == BasicKind::Float32) emitABC(Op::FNEG32, dst, x, 0);
      else if (k == BasicKind::Complex128) emitABC(Op::CNEG, dst, x, 0);
      else if (k == BasicKind::Complex64) emitABC(Op::CNEG64, dst, x, 0);
      else {
        emitABC(Op::NEG, dst, x, 0);
        fixInt(t, dst);
      }
      return;
    }
    case T::Not: {
      int x = expr(e->x);
      emitABC(Op::NOT, dst, x, 0);
      return;
    }
    case T::Xor: {
      int x = expr(e->x);
      emitABC(Op::COM, dst, x, 0);
      fixInt(t, dst);
      return;
    }
    case T::And: {
      ast::Expr* x = ast::unparen(e->x);
      if (x->kind == ast::NodeKind::CompositeLit) {
        Type* et = underlying(t)->as<Pointer>()->elem;
        int p = alloc(1);
        emitNew(p, et, e->stackAlloc);
        fillComposite(x->as<ast::CompositeLit>(), Place{Place::Mem, p, 0, 0, et});
        emitABC(Op::MOV, dst, p, 0);
        return;
      }
      Place p = place(x);
      if (p.kind != Place::Mem) error(e, "internal error: address of a value in registers");
      int a = address(p);
      emitABC(Op::MOV, dst, a, 0);
      return;
    }
    case T::Arrow:
      recvTo(e->x, dst, false);
      return;
    default:
      error(e, "bad unary operator");
  }
}

// ---- composite literals and function literals ------------------------------------------

void Program::Impl::fillComposite(ast::CompositeLit* e, const Place& p) {
  Type* t = p.type;
  Type* u = underlying(t);
  auto valueOf = [](ast::Expr* el) {
    return el->kind == ast::NodeKind::KeyValueExpr ? el->as<ast::KeyValueExpr>()->value : el;
  };
  switch (u->kind) {
    case TypeKind::Struct: {
      Struct* st = u->as<Struct>();
      auto& offs = offsetsOf(st);
      for (size_t k = 0; k < e->elts.size(); k++) {
        int fi = k < e->indices.size() ? int(e->indices[k]) : int(k);
        Type* ft = st->fields[fi]->type;
        int save = fs->top;
        int v = exprAs(valueOf(e->elts[k]), ft);
        store(Place{p.kind, p.reg, p.off + offs[fi], 0, ft}, v);
        fs->top = save;
      }
      return;
    }
    case TypeKind::Array: {
      Array* at = u->as<Array>();
      int64_t esize = sizeOf(at->elem);
      for (size_t k = 0; k < e->elts.size(); k++) {
        int64_t idx = k < e->indices.size() ? e->indices[k] : int64_t(k);
        int save = fs->top;
        int v = exprAs(valueOf(e->elts[k]), at->elem);
        store(Place{p.kind, p.reg, p.off + idx * esize, 0, at->elem}, v);
        fs->top = save;
      }
      return;
    }
    default: {
      // Slices, maps, pointers: build the value and store it.
      int v = alloc(words(t));
      compositeLit(e, v);
      store(p, v);
    }
  }
}

void Program::Impl::compositeLit(ast::CompositeLit* e, int dst) {
  Type* t = e->type;
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer: {  // an elided &T{...} inside an outer literal
      Type* et = u->as<Pointer>()->elem;
      int p = alloc(1);
      emitNew(p, et, e->stackAlloc);
      fillComposite(e, Place{Place::Mem, p, 0, 0, et});
      emitABC(Op::MOV, dst, p, 0);
      return;
    }
    case TypeKind::Struct:
    case TypeKind::Array:
      zero(dst, t);
      fillComposite(e, valuePlace(dst, t));
      return;
    case TypeKind::Slice: {
      Type* et = u->as<Slice>()->elem;
      int64_t n = 0;
      for (size_t k = 0; k < e->elts.size(); k++)
        n = std::max(n, (k < e->indices.size() ? e->indices[k] : int64_t(k)) + 1);
      if (n == 0 && e->elts.empty()) {
        // []T{} is an empty, non-nil slice.
        int p = alloc(1);
        emitNew(p, et, e->stackAlloc);
        emitABC(Op::MOV, dst, p, 0);
        emitABC(Op::ZERO, dst + 1, 2, 0);
        return;
      }
      // The backing array's type, [n]T.
      Array* arrT = ownType(new Array(et, n));
      int p = alloc(1);
      emitNew(p, arrT, e->stackAlloc);
      fillComposite(e, Place{Place::Mem, p, 0, 0, arrT});
      emitABC(Op::MOV, dst, p, 0);
      loadConst(constant::makeInt64(n), theUniverse()->basic[int(BasicKind::Int)], dst + 1);
      emitABC(Op::MOV, dst + 2, dst + 1, 0);
      return;
    }
    case TypeKind::Map: {
      Map* mt = u->as<Map>();
      loadConst(constant::makeInt64(int64_t(e->elts.size())), theUniverse()->basic[int(BasicKind::Int)], dst);
      makeMap(t, dst, e->stackAlloc, int64_t(e->elts.size()));
      for (ast::Expr* el : e->elts) {
        auto* kv = el->as<ast::KeyValueExpr>();
        int save = fs->top;
        int k = alloc(words(mt->key));
        exprToAs(kv->key, mt->key, k);
        int v = exprAs(kv->value, mt->elem);
        int a = alloc(1);
        emitABC(Op::MAPSET, a, dst, k);
        emitExt(mapExt(t));
        emitStore(a, 0, v, mt->elem);
        fs->top = save;
      }
      return;
    }
    default:
      error(e, "composite literal of this type is not supported");
  }
}

void Program::Impl::funcLit(ast::FuncLit* e, int dst) {
  // Go names function literals after the enclosing top-level function: main.main.func1.
  FuncState* outer = fs;
  while (outer->parent && outer->parent->proto != init) outer = outer->parent;
  ast::Node* key = outer->node;
  int n = ++funcLitCount[key];
  std::string base = outer->proto ? outer->proto->name : "main.init";
  vm::Proto* p = newProto(base + ".func" + std::to_string(n));
  p->line = e->pos.line;
  p->ncaptures = uint32_t(e->captures.size());
  compileFunc(p, e->funcType, e->type->as<Signature>(), e->body, e, &e->captures);
  if (e->captures.empty()) {
    vm::giveStaticClosure(p);
    emitABx(Op::FUNCVAL, dst, constPtr(p));
    return;
  }
  int a = alloc(int(e->captures.size()));
  for (size_t k = 0; k < e->captures.size(); k++) {
    Var* v = e->captures[k];
    auto it = fs->vars.find(v);
    if (it == fs->vars.end()) error(e, "internal error: captured variable " + v->name + " not found");
    emitABC(Op::MOV, a + int(k), it->second, 0);
  }
  emitClosure(a, p, e->stackAlloc);
  emitABC(Op::MOV, dst, a, 0);
}

void Program::Impl::emitClosure(int a, vm::Proto* p, bool onStack) {
  int off = onStack ? frameSlot(8 * (int64_t(p->ncaptures) + 1), nullptr) : -1;
  if (off < 0) {
    emitABx(Op::CLOSURE, a, constPtr(p));
    return;
  }
  emitABx(Op::FCLOSURE, a, constPtr(p));
  emitExt(uint64_t(off / 8));
}

// ---- selectors, index, slice, assertions -----------------------------------------------

void Program::Impl::receiver(ast::Expr* x, Selection* sel, Func* m, int dst) {
  Type* cur = x->type;
  Place p = x->mode == ast::Mode::Variable ? place(x) : valuePlace(expr(x), cur);
  p.type = cur;
  receiverFrom(p, sel->index, m, dst);
}

Type* Program::Impl::walkEmbedded(Place& p, const std::vector<int>& path) {
  Type* cur = p.type;
  for (size_t k = 0; k < path.size(); k++) {
    Type* u = underlying(cur);
    if (u->kind == TypeKind::Pointer) {
      if (underlying(u->as<Pointer>()->elem)->kind != TypeKind::Struct) break;
      int r = read(p);
      p = Place{Place::Mem, r, 0, 0, nullptr, true};
      cur = u->as<Pointer>()->elem;
      u = underlying(cur);
    }
    if (u->kind != TypeKind::Struct) break;
    Struct* st = u->as<Struct>();
    if (path[k] < 0 || size_t(path[k]) >= st->fields.size() || !st->fields[path[k]]->embedded) break;
    p.off += offsetsOf(st)[path[k]];
    cur = st->fields[path[k]]->type;
    p.type = cur;
  }
  return cur;
}

void Program::Impl::receiverFrom(Place p, const std::vector<int>& path, Func* m, int dst) {
  Type* cur = walkEmbedded(p, path);
  if (isInterface(cur)) {
    load(p, dst);
    return;
  }
  Type* want = m->type->as<Signature>()->recv ? m->type->as<Signature>()->recv->type : cur;
  bool wantPtr = underlying(want)->kind == TypeKind::Pointer && underlying(cur)->kind != TypeKind::Pointer;
  bool havePtrWantVal = underlying(cur)->kind == TypeKind::Pointer && underlying(want)->kind != TypeKind::Pointer;
  if (wantPtr) {
    int a = address(p);
    emitABC(Op::MOV, dst, a, 0);
  } else if (havePtrWantVal) {
    int r = read(p);
    load(Place{Place::Mem, r, 0, 0, want}, dst);  // nil-checked even when want has size 0
  } else {
    load(p, dst);
  }
}

void Program::Impl::selector(ast::SelectorExpr* e, int dst) {
  Selection* sel = e->selection;
  if (!sel) {
    Object* o = e->sel->obj;
    if (o && o->kind == ObjKind::Func) {
      emitABx(Op::FUNCVAL, dst, constPtr(funcProtoForValue(o->as<Func>())));
      return;
    }
    if (o && o->kind == ObjKind::Var) {
      load(place(e), dst);
      return;
    }
    error(e, "unexpected qualified identifier");
  }
  switch (sel->kind) {
    case SelectionKind::FieldVal:
      load(place(e), dst);
      return;
    case SelectionKind::MethodVal: {
      // A method value binds its receiver now: x.M is a closure over a copy of x.
      Func* m = sel->obj->as<Func>();
      // The receiver the method wants, or the interface it is reached through.
      Type* reached = e->x->type;
      for (int k : sel->index) {
        Type* u = underlying(reached);
        if (u->kind == TypeKind::Pointer) u = underlying(u->as<Pointer>()->elem);
        if (u->kind != TypeKind::Struct || k < 0 || size_t(k) >= u->as<Struct>()->fields.size() ||
            !u->as<Struct>()->fields[k]->embedded)
          break;
        reached = u->as<Struct>()->fields[k]->type;
      }
      Type* recvT = isInterface(reached) ? reached : m->type->as<Signature>()->recv->type;
      int rv = alloc(words(recvT));
      receiver(e->x, sel, m, rv);
      int cell = alloc(1);
      emitNew(cell, recvT, e->stackAlloc);
      emitStore(cell, 0, rv, recvT);
      vm::Proto* w = methodWrapper(recvT, m, {}, false, true);
      emitClosure(cell, w, e->stackAlloc);
      emitABC(Op::MOV, dst, cell, 0);
      return;
    }
    case SelectionKind::MethodExpr: {
      Func* m = sel->obj->as<Func>();
      vm::Proto* w = methodWrapper(sel->recv, m, sel->index, false, false);
      emitABx(Op::FUNCVAL, dst, constPtr(w));
      return;
    }
  }
}

void Program::Impl::indexExpr(ast::IndexExpr* e, int dst) {
  Type* xt = underlying(e->x->type);
  Type* intT = theUniverse()->basic[int(BasicKind::Int)];
  if (xt->kind == TypeKind::Map) {
    int m = expr(e->x);
    int k = exprAs(e->index, xt->as<Map>()->key);
    int a = alloc(1);
    emitABC(Op::MAPGET, a, m, k);
    emitExt(mapExt(xt));
    emitLoad(dst, a, 0, xt->as<Map>()->elem);
    return;
  }
  if (xt->kind == TypeKind::Basic) {  // string
    int s = expr(e->x);
    int i = alloc(1);
    exprToAs(e->index, intT, i);
    emitABC(Op::SINDEX, dst, s, i);
    return;
  }
  load(place(e), dst);
}

void Program::Impl::sliceExpr(ast::SliceExpr* e, int dst) {
  Type* xt = underlying(e->x->type);
  Type* intT = theUniverse()->basic[int(BasicKind::Int)];
  int idx = alloc(3);
  uint64_t flags = 0;
  if (e->lo) {
    exprToAs(e->lo, intT, idx);
    flags |= 1;
  } else {
    emitABC(Op::ZERO, idx, 1, 0);
  }
  if (e->hi) {
    exprToAs(e->hi, intT, idx + 1);
    flags |= 2;
  }
  if (e->max) {
    exprToAs(e->max, intT, idx + 2);
    flags |= 4;
  }
  // Go evaluates the operand before the indices; our indices are side-effect free in
  // the common case, and calls in indices see the operand unchanged unless it is a
  // variable they assign, which Go leaves unspecified anyway.
  if (xt->kind == TypeKind::Basic) {
    int s = expr(e->x);
    emitABC(Op::SSLICE, dst, s, idx);
    emitExt(flags);
    return;
  }
  if (xt->kind == TypeKind::Slice) {
    int s = expr(e->x);
    emitABC(Op::SLICE, dst, s, idx);
    emitExt(uint64_t(sizeOf(xt->as<Slice>()->elem)) | (flags << 32));
    return;
  }
  Array* at;
  int ptr;
  if (xt->kind == TypeKind::Pointer) {
    at = underlying(xt->as<Pointer>()->elem)->as<Array>();
    ptr = expr(e->x);
  } else {
    at = xt->as<Array>();
    Place p = place(e->x);
    ptr = address(p);
  }
  int esize = int(sizeOf(at->elem));
  emitABC(Op::ASLICE, dst, ptr, idx);
  emitExt(uint64_t(esize & 0xffffff) | (flags << 24) | (uint64_t(at->len) << 32));
}

void Program::Impl::typeAssert(ast::TypeAssertExpr* e, int dst, bool commaOk) {
  Type* src = e->x->type;
  Type* target = e->type;
  int x = expr(e->x);
  bool srcItab = nonEmptyIface(src);
  uint32_t kt = constPtr(rtype(target));
  uint32_t ks = constPtr(rtype(src));
  if (isInterface(target)) {
    emitABC(Op::ASSERTI, dst, x, commaOk ? 1 : 0);
  } else {
    emitABC(Op::ASSERT, dst, x, commaOk ? 1 : 0);
  }
  emit(vm::Instr{Op::NOP, uint16_t(kt), uint16_t(ks), uint16_t(srcItab ? 1 : 0)});
}

}  // namespace golite
