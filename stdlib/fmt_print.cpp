// fmt's printer (Go's fmt/print.go): operands, verbs and composite values.
//
// printArg takes an operand as an interface value; printValue walks a value in memory by
// its runtime type, as Go's walks a reflect.Value. At each depth an operand or element
// whose type has an Error or String method (and that is not reached through an unexported
// field) is printed through that method for the verbs that accept strings (v s q x X),
// Error first. A Go panic inside the method is caught and printed in place.
#include <bit>
#include <cstring>

#include "runtime/malloc.h"
#include "runtime/map.h"
#include "runtime/panic.h"
#include "runtime/print.h"
#include "stdlib/fmt_internal.h"
#include "stdlib/format.h"
#include "stdlib/utf8.h"
#include "vm/native.h"

namespace golite::stdlib::fmt {

using runtime::Eface;
using runtime::GoSlice;
using runtime::GoString;
using runtime::Kind;
using runtime::Type;

namespace {

constexpr const char* kNilAngle = "<nil>";
constexpr const char* kNilParen = "(nil)";

template <typename T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The data word an interface holding the value v would have.
void* dataWord(Value v) {
  if (v.t->directIface()) return load<void*>(v.p);
  return const_cast<void*>(v.p);
}

// The value held by an interface value (the address of the value itself).
Value efaceValue(const Eface& e) {
  if (!e.type) return Value{};
  if (e.type->directIface()) return Value{e.type, &e.data, false};
  return Value{e.type, e.data, false};
}

bool isInteger(Kind k) { return k >= Kind::Int && k <= Kind::Uintptr; }

int64_t loadInt(Value v) {
  switch (v.t->kind) {
    case Kind::Int8: return load<int8_t>(v.p);
    case Kind::Int16: return load<int16_t>(v.p);
    case Kind::Int32: return load<int32_t>(v.p);
    default: return load<int64_t>(v.p);
  }
}

uint64_t loadUint(Value v) {
  switch (v.t->kind) {
    case Kind::Uint8: return load<uint8_t>(v.p);
    case Kind::Uint16: return load<uint16_t>(v.p);
    case Kind::Uint32: return load<uint32_t>(v.p);
    default: return load<uint64_t>(v.p);
  }
}

bool isSignedKind(Kind k) { return k >= Kind::Int && k <= Kind::Int64; }

// Parses a decimal number in s[start:end): Go's parsenum, with its 1e6 limit.
bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

struct Num {
  int num = 0;
  bool isnum = false;
  size_t newi = 0;
};

Num parsenum(std::string_view s, size_t start, size_t end) {
  Num r;
  if (start >= end) {
    r.newi = end;
    return r;
  }
  for (r.newi = start; r.newi < end && '0' <= s[r.newi] && s[r.newi] <= '9'; r.newi++) {
    if (tooLarge(r.num)) return Num{0, false, end};  // overflow: a crazy long number
    r.num = r.num * 10 + (s[r.newi] - '0');
    r.isnum = true;
  }
  return r;
}

// An integer operand for '*' width or precision (Go's intFromArg).
void intFromArg(const Eface* a, size_t n, size_t* argNum, int* num, bool* isInt) {
  *num = 0;
  *isInt = false;
  if (*argNum >= n) return;
  Value v = efaceValue(a[*argNum]);
  if (v.valid()) {
    if (isSignedKind(v.t->kind)) {
      *num = int(loadInt(v));
      *isInt = int64_t(*num) == loadInt(v);
    } else if (isInteger(v.t->kind)) {
      uint64_t u = loadUint(v);
      if (int64_t(u) >= 0 && uint64_t(int(u)) == u) {
        *num = int(u);
        *isInt = true;
      }
    }
  }
  ++*argNum;
  if (tooLarge(*num)) {
    *num = 0;
    *isInt = false;
  }
}

// The bracketed argument index at format[0] ('['): index-1, bytes consumed, ok.
void parseArgNumber(std::string_view format, int* index, size_t* wid, bool* ok) {
  *index = 0;
  *wid = 1;
  *ok = false;
  if (format.size() < 3) return;
  for (size_t i = 1; i < format.size(); i++) {
    if (format[i] == ']') {
      Num r = parsenum(format, 1, i);
      if (!r.isnum || r.newi != i) {
        *wid = i + 1;
        return;
      }
      *index = r.num - 1;
      *wid = i + 1;
      *ok = true;
      return;
    }
  }
}

}  // namespace

Value interfaceElem(const Type* t, const void* p, bool ro) {
  const Type* dyn;
  void* data;
  if (t->imethods.empty()) {
    Eface e = load<Eface>(p);
    dyn = e.type;
    data = e.data;
  } else {
    runtime::Iface i = load<runtime::Iface>(p);
    dyn = i.tab ? i.tab->type : nullptr;
    data = i.data;
  }
  if (!dyn) return Value{};
  // The data word lives at p+8 in both layouts.
  if (dyn->directIface()) return Value{dyn, static_cast<const char*>(p) + 8, ro};
  return Value{dyn, data, ro};
}

void Printer::writeRune(int32_t r) { utf8::appendRune(buf, r); }

void Printer::unknownType(Value v) {
  if (!v.valid()) {
    buf += kNilAngle;
    return;
  }
  buf.push_back('?');
  buf += v.t->str;
  buf.push_back('?');
}

void Printer::badVerb(int32_t verb) {
  erroring = true;
  buf += "%!";
  writeRune(verb);
  buf.push_back('(');
  if (arg.type) {
    buf += arg.type->str;
    buf.push_back('=');
    printArg(arg, 'v');
  } else if (value.valid()) {
    buf += value.t->str;
    buf.push_back('=');
    printValue(value, 'v', 0);
  } else {
    buf += kNilAngle;
  }
  buf.push_back(')');
  erroring = false;
}

void Printer::fmtBool(bool v, int32_t verb) {
  switch (verb) {
    case 't':
    case 'v':
      fmt.fmtBoolean(v);
      break;
    default:
      badVerb(verb);
  }
}

void Printer::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = fmt.f.sharp;
  fmt.f.sharp = leading0x;
  fmt.fmtInteger(v, 16, false, 'v', kLowerDigits);
  fmt.f.sharp = sharp;
}

void Printer::fmtInteger(uint64_t v, bool isSigned, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt.f.sharpV && !isSigned) {
        fmt0x64(v, true);
      } else {
        fmt.fmtInteger(v, 10, isSigned, verb, kLowerDigits);
      }
      break;
    case 'd': fmt.fmtInteger(v, 10, isSigned, verb, kLowerDigits); break;
    case 'b': fmt.fmtInteger(v, 2, isSigned, verb, kLowerDigits); break;
    case 'o':
    case 'O': fmt.fmtInteger(v, 8, isSigned, verb, kLowerDigits); break;
    case 'x': fmt.fmtInteger(v, 16, isSigned, verb, kLowerDigits); break;
    case 'X': fmt.fmtInteger(v, 16, isSigned, verb, kUpperDigits); break;
    case 'c': fmt.fmtC(v); break;
    case 'q': fmt.fmtQc(v); break;
    case 'U': fmt.fmtUnicode(v); break;
    default: badVerb(verb);
  }
}

void Printer::fmtFloat(double v, int size, int32_t verb) {
  switch (verb) {
    case 'v': fmt.fmtFloat(v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt.fmtFloat(v, size, verb, -1); break;
    case 'f':
    case 'e':
    case 'E': fmt.fmtFloat(v, size, verb, 6); break;
    case 'F': fmt.fmtFloat(v, size, 'f', 6); break;
    default: badVerb(verb);
  }
}

void Printer::fmtComplex(double re, double im, int size, int32_t verb) {
  switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e':
    case 'E': {
      bool oldPlus = fmt.f.plus;
      buf.push_back('(');
      fmtFloat(re, size / 2, verb);
      fmt.f.plus = true;  // the imaginary part always has a sign
      fmtFloat(im, size / 2, verb);
      buf += "i)";
      fmt.f.plus = oldPlus;
      break;
    }
    default:
      badVerb(verb);
  }
}

void Printer::fmtString(std::string_view v, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt.f.sharpV) {
        fmt.fmtQ(v);
      } else {
        fmt.fmtS(v);
      }
      break;
    case 's': fmt.fmtS(v); break;
    case 'x': fmt.fmtSbx(v, kLowerDigits); break;
    case 'X': fmt.fmtSbx(v, kUpperDigits); break;
    case 'q': fmt.fmtQ(v); break;
    default: badVerb(verb);
  }
}

// Byte slices and arrays. Verbs other than these are printed element-wise by the caller.
void Printer::fmtBytes(std::string_view v, bool isNil, int32_t verb,
                       std::string_view typeString) {
  switch (verb) {
    case 'v':
    case 'd':
      if (fmt.f.sharpV) {
        buf += typeString;
        if (isNil) {
          buf += kNilParen;
          return;
        }
        buf.push_back('{');
        for (size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf += ", ";
          fmt0x64(uint8_t(v[i]), true);
        }
        buf.push_back('}');
      } else {
        buf.push_back('[');
        for (size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf.push_back(' ');
          fmt.fmtInteger(uint8_t(v[i]), 10, false, verb, kLowerDigits);
        }
        buf.push_back(']');
      }
      break;
    case 's': fmt.fmtS(v); break;
    case 'x': fmt.fmtSbx(v, kLowerDigits); break;
    case 'X': fmt.fmtSbx(v, kUpperDigits); break;
    case 'q': fmt.fmtQ(v); break;
  }
}

void Printer::fmtPointer(Value v, int32_t verb) {
  uint64_t u;
  switch (v.t->kind) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::UnsafePointer:
      u = load<uint64_t>(v.p);
      break;
    case Kind::Slice:
      u = reinterpret_cast<uint64_t>(load<GoSlice>(v.p).ptr);
      break;
    default:
      badVerb(verb);
      return;
  }
  switch (verb) {
    case 'v':
      if (fmt.f.sharpV) {
        buf.push_back('(');
        buf += v.t->str;
        buf += ")(";
        if (u == 0) {
          buf += "nil";
        } else {
          fmt0x64(u, true);
        }
        buf.push_back(')');
      } else {
        if (u == 0) {
          fmt.padString(kNilAngle);
        } else {
          fmt0x64(u, !fmt.f.sharp);
        }
      }
      break;
    case 'p':
      fmt0x64(u, !fmt.f.sharp);
      break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X':
      fmtInteger(u, false, verb);
      break;
    default:
      badVerb(verb);
  }
}

void Printer::catchPanic(const char* method, int32_t verb, Eface panicValue) {
  // A nil pointer receiver: most likely a String method that does not guard against nil,
  // and "<nil>" is a nice result.
  if (arg.type && arg.type->kind == Kind::Pointer && arg.data == nullptr) {
    buf += kNilAngle;
    return;
  }
  Flags oldFlags = fmt.f;
  fmt.clearflags();
  buf += "%!";
  writeRune(verb);
  buf += "(PANIC=";
  buf += method;
  buf += " method: ";
  panicking = true;
  printArg(panicValue, 'v');
  panicking = false;
  buf.push_back(')');
  fmt.f = oldFlags;
}

bool Printer::callStringMethod(const runtime::Method* m, const char* name, int32_t verb,
                               bool plain) {
  Eface recv = arg;
  uint64_t args[1] = {reinterpret_cast<uint64_t>(recv.data)};
  uint64_t res[2] = {0, 0};
  try {
    vm::callProto(th, m->ifn, args, 1, res, 2);
  } catch (runtime::GoPanic& p) {
    if (panicking) throw;  // nested panics: the recursion in printArg cannot succeed
    // Recovered here, as Go's catchPanic recovers it: the VM, which recorded the panic
    // when it started unwinding, must forget it.
    vm::recoveredInNative(th, p);
    arg = recv;
    catchPanic(name, verb, p.value);
    return true;
  }
  GoString s{reinterpret_cast<const uint8_t*>(res[0]), int64_t(res[1])};
  if (plain) {
    fmt.fmtS(s.view());
  } else {
    fmtString(s.view(), verb);
  }
  return true;
}

// --- Formatter ----------------------------------------------------------------------------
//
// A Format(f fmt.State, verb rune) method gets the printer itself as f: a Go *fmt.pstate
// whose only field is the address of this Printer, and whose methods (natives below) write
// into its buffer and report its flags. The fmt package registers its itab for fmt.State at
// init (registerState), which is how the natives learn the types.

runtime::Itab* stateItab = nullptr;

const runtime::Method* findFormatMethod(const Type* t) {
  for (const runtime::Method& m : t->methods) {
    if (m.name != "Format" || !m.pkgPath.empty()) continue;
    const Type* mt = m.mtyp;
    if (mt && mt->in.size() == 2 && mt->out.empty() && mt->in[0]->kind == Kind::Interface &&
        mt->in[0]->str == "fmt.State" && mt->in[1]->kind == Kind::Int32) {
      return &m;
    }
  }
  return nullptr;
}

bool Printer::callFormat(const runtime::Method* m, int32_t verb) {
  Eface recv = arg;
  // The *pstate: one word, the Printer's address (a uintptr: nothing for the GC to see).
  void* state = runtime::mallocgc(8, stateItab->type->elem, true);
  Printer* self = this;
  std::memcpy(state, &self, sizeof self);
  uint64_t args[4] = {reinterpret_cast<uint64_t>(recv.data), reinterpret_cast<uint64_t>(stateItab),
                      reinterpret_cast<uint64_t>(state), uint64_t(uint32_t(verb))};
  try {
    vm::callProto(th, m->ifn, args, 4, nullptr, 0);
  } catch (runtime::GoPanic& p) {
    if (panicking) throw;
    vm::recoveredInNative(th, p);
    arg = recv;
    catchPanic("Format", verb, p.value);
  }
  return true;
}

bool Printer::handleMethods(int32_t verb) {
  if (erroring) return false;
  const Type* t = arg.type;
  if (verb == 'w') {
    // %w is valid only in Errorf, only once, and only with an error operand.
    const runtime::Method* em = t ? runtime::findStringMethod(t, "Error") : nullptr;
    if (!em || !wrapErrs || wrapped >= 0) {
      wrapped = -1;
      wrapErrs = false;
      badVerb(verb);
      return true;
    }
    wrapped = argIndex;
    verb = 'v';
  }
  if (!t || t->methods.empty() || !th) return false;
  if (const runtime::Method* m = findFormatMethod(t)) {
    if (stateItab) return callFormat(m, verb);
  }
  if (fmt.f.sharpV) {
    if (const runtime::Method* m = runtime::findStringMethod(t, "GoString")) {
      return callStringMethod(m, "GoString", verb, true);
    }
    return false;
  }
  switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
      if (const runtime::Method* m = runtime::findStringMethod(t, "Error")) {
        return callStringMethod(m, "Error", verb, false);
      }
      if (const runtime::Method* m = runtime::findStringMethod(t, "String")) {
        return callStringMethod(m, "String", verb, false);
      }
  }
  return false;
}

void Printer::printArg(Eface a, int32_t verb) {
  arg = a;
  value = Value{};
  if (!a.type) {
    switch (verb) {
      case 'T':
      case 'v':
        fmt.padString(kNilAngle);
        break;
      default:
        badVerb(verb);
    }
    return;
  }
  // %T (the type) and %p (the address) come first.
  switch (verb) {
    case 'T':
      fmt.fmtS(a.type->str);
      return;
    case 'p':
      fmtPointer(efaceValue(a), 'p');
      return;
  }
  // A reflect.Value prints as the value it holds (Go's printArg), its methods first
  // unless it came through an unexported field. golite's reflect.Value is {typ, ptr,
  // flag}: ptr points at the value, the flag's bits 5 and 6 mark it read-only
  // (stdlib/go/reflect/value.go).
  if (a.type->kind == Kind::Struct && a.type->name == "Value" && a.type->pkgPath == "reflect" &&
      a.type->size == 24) {
    const auto* rv = static_cast<const uint64_t*>(a.data);
    const Type* vt = reinterpret_cast<const Type*>(rv[0]);
    const void* vp = reinterpret_cast<const void*>(rv[1]);
    bool ro = (rv[2] & (3u << 5)) != 0;
    if (vt && !ro) {
      arg = Eface{vt, vt->directIface() ? *static_cast<void* const*>(vp) : const_cast<void*>(vp)};
      if (handleMethods(verb)) return;
    }
    printValue(vt ? Value{vt, vp, ro} : Value{}, verb, 0);
    return;
  }
  // v points into the parameter a, which outlives the calls below (arg does not).
  const Type* t = a.type;
  Value v = efaceValue(a);
  // Go's fast path for the predeclared types: no methods to consider.
  if (runtime::predeclared(t)) {
    switch (t->kind) {
      case Kind::Bool: fmtBool(load<uint8_t>(v.p) != 0, verb); return;
      case Kind::Float32: fmtFloat(load<float>(v.p), 32, verb); return;
      case Kind::Float64: fmtFloat(load<double>(v.p), 64, verb); return;
      case Kind::Complex64:
        fmtComplex(load<float>(v.p), load<float>(static_cast<const char*>(v.p) + 4), 64, verb);
        return;
      case Kind::Complex128:
        fmtComplex(load<double>(v.p), load<double>(static_cast<const char*>(v.p) + 8), 128,
                   verb);
        return;
      case Kind::String: fmtString(load<GoString>(v.p).view(), verb); return;
      default:
        if (isSignedKind(t->kind)) {
          fmtInteger(uint64_t(loadInt(v)), true, verb);
        } else {
          fmtInteger(loadUint(v), false, verb);
        }
        return;
    }
  }
  if (t->kind == Kind::Slice && t->name.empty() && t->elem->kind == Kind::Uint8 &&
      runtime::predeclared(t->elem)) {
    switch (verb) {
      case 'v': case 'd': case 's': case 'x': case 'X': case 'q': {
        GoSlice s = load<GoSlice>(v.p);
        fmtBytes(std::string_view(static_cast<const char*>(s.ptr), size_t(s.len)),
                 s.ptr == nullptr, verb, "[]byte");
        return;
      }
    }
    printValue(v, verb, 0);
    return;
  }
  if (!handleMethods(verb)) printValue(v, verb, 0);
}

void Printer::printValue(Value v, int32_t verb, int depth) {
  // A value nested thousands deep prints as deep as Go's (its stack grows).
  if (th && reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < vm::nativeStackGuard(th)) [[unlikely]] {
    vm::withNativeStack(th, [&] { printValue(v, verb, depth); });
    return;
  }
  // Values with methods, if printArg did not handle them already (depth 0).
  if (depth > 0 && v.valid() && !v.ro) {
    arg = Eface{v.t, dataWord(v)};
    if (handleMethods(verb)) return;
  }
  arg = Eface{nullptr, nullptr};
  value = v;
  if (!v.valid()) {
    if (depth == 0) {
      buf += "<invalid reflect.Value>";
    } else if (verb == 'v') {
      buf += kNilAngle;
    } else {
      badVerb(verb);
    }
    return;
  }
  const Type* t = v.t;
  const char* p = static_cast<const char*>(v.p);
  switch (t->kind) {
    case Kind::Bool:
      fmtBool(load<uint8_t>(p) != 0, verb);
      return;
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
      fmtInteger(uint64_t(loadInt(v)), true, verb);
      return;
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr:
      fmtInteger(loadUint(v), false, verb);
      return;
    case Kind::Float32:
      fmtFloat(load<float>(p), 32, verb);
      return;
    case Kind::Float64:
      fmtFloat(load<double>(p), 64, verb);
      return;
    case Kind::Complex64:
      fmtComplex(load<float>(p), load<float>(p + 4), 64, verb);
      return;
    case Kind::Complex128:
      fmtComplex(load<double>(p), load<double>(p + 8), 128, verb);
      return;
    case Kind::String:
      fmtString(load<GoString>(p).view(), verb);
      return;
    case Kind::Map: {
      runtime::hmap* h = load<runtime::hmap*>(p);
      if (fmt.f.sharpV) {
        buf += t->str;
        if (!h) {
          buf += kNilParen;
          return;
        }
        buf.push_back('{');
      } else {
        buf += "map[";
      }
      std::vector<Value> keys, elems;
      sortedMap(t, p, v.ro, &keys, &elems);
      for (size_t i = 0; i < keys.size(); i++) {
        if (i > 0) {
          if (fmt.f.sharpV) {
            buf += ", ";
          } else {
            buf.push_back(' ');
          }
        }
        printValue(keys[i], verb, depth + 1);
        buf.push_back(':');
        printValue(elems[i], verb, depth + 1);
      }
      buf.push_back(fmt.f.sharpV ? '}' : ']');
      return;
    }
    case Kind::Struct: {
      if (fmt.f.sharpV) buf += t->str;
      buf.push_back('{');
      for (size_t i = 0; i < t->fields.size(); i++) {
        const runtime::StructField& fld = t->fields[i];
        if (i > 0) {
          if (fmt.f.sharpV) {
            buf += ", ";
          } else {
            buf.push_back(' ');
          }
        }
        if ((fmt.f.plusV || fmt.f.sharpV) && !fld.name.empty()) {
          buf += fld.name;
          buf.push_back(':');
        }
        // An interface field prints the value inside it (Go's getField).
        bool ro = v.ro || !fld.exported;
        Value fv{fld.typ, p + fld.offset, ro};
        if (fld.typ->kind == Kind::Interface) {
          Value e = interfaceElem(fld.typ, fv.p, ro);
          if (e.valid()) fv = e;
        }
        printValue(fv, verb, depth + 1);
      }
      buf.push_back('}');
      return;
    }
    case Kind::Interface: {
      Value e = interfaceElem(t, p, v.ro);
      if (!e.valid()) {
        if (fmt.f.sharpV) {
          buf += t->str;
          buf += kNilParen;
        } else {
          buf += kNilAngle;
        }
      } else {
        printValue(e, verb, depth + 1);
      }
      return;
    }
    case Kind::Array:
    case Kind::Slice: {
      const char* data;
      int64_t len;
      bool isNil = false;
      if (t->kind == Kind::Slice) {
        GoSlice s = load<GoSlice>(p);
        data = static_cast<const char*>(s.ptr);
        len = s.len;
        isNil = s.ptr == nullptr;
      } else {
        data = p;
        len = t->len;
      }
      const Type* et = t->elem;
      switch (verb) {
        case 's':
        case 'q':
        case 'x':
        case 'X':
          // Byte slices and arrays are special for these verbs.
          if (et->kind == Kind::Uint8) {
            fmtBytes(std::string_view(data, size_t(len)), isNil, verb, t->str);
            return;
          }
      }
      if (fmt.f.sharpV) {
        buf += t->str;
        if (t->kind == Kind::Slice && isNil) {
          buf += kNilParen;
          return;
        }
        buf.push_back('{');
        for (int64_t i = 0; i < len; i++) {
          if (i > 0) buf += ", ";
          printValue(Value{et, data + i * int64_t(et->size), v.ro}, verb, depth + 1);
        }
        buf.push_back('}');
      } else {
        buf.push_back('[');
        for (int64_t i = 0; i < len; i++) {
          if (i > 0) buf.push_back(' ');
          printValue(Value{et, data + i * int64_t(et->size), v.ro}, verb, depth + 1);
        }
        buf.push_back(']');
      }
      return;
    }
    case Kind::Pointer: {
      // A pointer to an array, slice, struct or map prints as &{...} at the top level
      // only (deeper, it could loop).
      const void* target = load<const void*>(p);
      if (depth == 0 && target) {
        switch (t->elem->kind) {
          case Kind::Array:
          case Kind::Slice:
          case Kind::Struct:
          case Kind::Map:
            buf.push_back('&');
            printValue(Value{t->elem, target, v.ro}, verb, depth + 1);
            return;
          default:
            break;
        }
      }
      fmtPointer(v, verb);
      return;
    }
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
      fmtPointer(v, verb);
      return;
    default:
      unknownType(v);
  }
}

void Printer::doPrintf(std::string_view format, const Eface* a, size_t n) {
  size_t end = format.size();
  size_t argNum = 0;        // one operand per non-trivial verb
  bool afterIndex = false;  // the previous item was an index like [3]
  reordered = false;

  // Go's argNumber: an explicit [n] index at format[i], if any.
  auto argNumber = [&](size_t argNum, size_t i, size_t* newArgNum, size_t* newi, bool* found) {
    *newArgNum = argNum;
    *newi = i;
    *found = false;
    if (format.size() <= i || format[i] != '[') return;
    reordered = true;
    int index;
    size_t wid;
    bool ok;
    parseArgNumber(format.substr(i), &index, &wid, &ok);
    if (ok && 0 <= index && size_t(index) < n) {
      *newArgNum = size_t(index);
      *newi = i + wid;
      *found = true;
      return;
    }
    goodArgNum = false;
    *newi = i + wid;
    *found = ok;
  };

  for (size_t i = 0; i < end;) {
    goodArgNum = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    i++;  // skip '%'

    fmt.clearflags();
    bool simple = false;
    for (; i < end; i++) {
      char c = format[i];
      switch (c) {
        case '#': fmt.f.sharp = true; continue;
        case '0': fmt.f.zero = !fmt.f.minus; continue;  // only pad with zeros on the left
        case '+': fmt.f.plus = true; continue;
        case '-':
          fmt.f.minus = true;
          fmt.f.zero = false;
          continue;
        case ' ': fmt.f.space = true; continue;
      }
      // Fast path: an ASCII lower-case verb right after the flags.
      if ('a' <= c && c <= 'z' && argNum < n) {
        if (c == 'v') {
          fmt.f.sharpV = fmt.f.sharp;
          fmt.f.sharp = false;
          fmt.f.plusV = fmt.f.plus;
          fmt.f.plus = false;
        }
        argIndex = int(argNum);
        printArg(a[argNum], c);
        argNum++;
        i++;
        simple = true;
      }
      break;
    }
    if (simple) continue;

    // An explicit argument index?
    argNumber(argNum, i, &argNum, &i, &afterIndex);

    // Width.
    if (i < end && format[i] == '*') {
      i++;
      intFromArg(a, n, &argNum, &fmt.wid, &fmt.f.widPresent);
      if (!fmt.f.widPresent) buf += "%!(BADWIDTH)";
      // A negative width means the minus flag.
      if (fmt.wid < 0) {
        fmt.wid = -fmt.wid;
        fmt.f.minus = true;
        fmt.f.zero = false;
      }
      afterIndex = false;
    } else {
      Num r = parsenum(format, i, end);
      fmt.wid = r.num;
      fmt.f.widPresent = r.isnum;
      i = r.newi;
      if (afterIndex && fmt.f.widPresent) goodArgNum = false;  // "%[3]2d"
    }

    // Precision.
    if (i + 1 < end && format[i] == '.') {
      i++;
      if (afterIndex) goodArgNum = false;  // "%[3].2d"
      argNumber(argNum, i, &argNum, &i, &afterIndex);
      if (i < end && format[i] == '*') {
        i++;
        intFromArg(a, n, &argNum, &fmt.prec, &fmt.f.precPresent);
        // A negative precision makes no sense.
        if (fmt.prec < 0) {
          fmt.prec = 0;
          fmt.f.precPresent = false;
        }
        if (!fmt.f.precPresent) buf += "%!(BADPREC)";
        afterIndex = false;
      } else {
        Num r = parsenum(format, i, end);
        fmt.prec = r.num;
        fmt.f.precPresent = r.isnum;
        i = r.newi;
        if (!fmt.f.precPresent) {
          fmt.prec = 0;
          fmt.f.precPresent = true;
        }
      }
    }

    if (!afterIndex) argNumber(argNum, i, &argNum, &i, &afterIndex);

    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }

    int32_t verb = uint8_t(format[i]);
    int size = 1;
    if (verb >= utf8::RuneSelf) verb = utf8::decodeRune(format, i, &size);
    i += size_t(size);

    if (verb == '%') {  // percent takes no operand and ignores width and precision
      buf.push_back('%');
    } else if (!goodArgNum) {
      buf += "%!";
      writeRune(verb);
      buf += "(BADINDEX)";
    } else if (argNum >= n) {  // no operand left for this verb
      buf += "%!";
      writeRune(verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'v') {
        fmt.f.sharpV = fmt.f.sharp;
        fmt.f.sharp = false;
        fmt.f.plusV = fmt.f.plus;
        fmt.f.plus = false;
      }
      argIndex = int(argNum);
      printArg(a[argNum], verb);
      argNum++;
    }
  }

  // Extra operands, unless the format reordered them (then unused ones are fine).
  if (!reordered && argNum < n) {
    fmt.clearflags();
    buf += "%!(EXTRA ";
    for (size_t i = argNum; i < n; i++) {
      if (i > argNum) buf += ", ";
      if (!a[i].type) {
        buf += kNilAngle;
      } else {
        buf += a[i].type->str;
        buf.push_back('=');
        argIndex = int(i);
        printArg(a[i], 'v');
      }
    }
    buf.push_back(')');
  }
}

void Printer::doPrint(const Eface* a, size_t n) {
  bool prevString = false;
  for (size_t i = 0; i < n; i++) {
    bool isString = a[i].type && a[i].type->kind == Kind::String;
    // A space between two operands when neither is a string.
    if (i > 0 && !isString && !prevString) buf.push_back(' ');
    argIndex = int(i);
    printArg(a[i], 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const Eface* a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (i > 0) buf.push_back(' ');
    argIndex = int(i);
    printArg(a[i], 'v');
  }
  buf.push_back('\n');
}

// --- the engine's entry points (format.h) ----------------------------------------------

void sprint(vm::Thread* th, std::string& out, const Eface* args, size_t n) {
  Printer p(th, out);
  p.doPrint(args, n);
}

void sprintln(vm::Thread* th, std::string& out, const Eface* args, size_t n) {
  Printer p(th, out);
  p.doPrintln(args, n);
}

void sprintf(vm::Thread* th, std::string& out, std::string_view format, const Eface* args,
             size_t n, int* wrapped) {
  Printer p(th, out);
  p.wrapErrs = wrapped != nullptr;
  p.doPrintf(format, args, n);
  if (wrapped) *wrapped = p.wrapped;
}

void formatValue(vm::Thread* th, std::string& out, const Type* t, const void* p, char verb) {
  Printer pr(th, out);
  Value v{t, p, false};
  Eface e{t, dataWord(v)};
  pr.printArg(e, verb);
}

}  // namespace golite::stdlib::fmt
