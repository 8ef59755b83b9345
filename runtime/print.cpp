// The runtime's own value printing (Go's runtime/print.go, and printpanicval in
// runtime/error.go): what the print/println builtins and `panic: ...` lines show. It is
// deliberately not fmt: floats always print as +d.dddddde±ddd, and a panic value of a
// composite type prints as its type and address.
#include "runtime/print.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace golite::runtime {

namespace {

void appendInt(std::string& out, int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void appendUint(std::string& out, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

}  // namespace

bool predeclared(const Type* t) {
  bool basic = (t->kind >= Kind::Bool && t->kind <= Kind::Complex128) || t->kind == Kind::String;
  return basic && t->pkgPath.empty();
}

void printfloat(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    // Normalize to [1, 10), then round to n digits: Go's exact (if imprecise) algorithm.
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = int(v);
    buf[i + 2] = char(s + '0');
    v -= double(s);
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char(e / 10 % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  out.append(buf, sizeof buf);
}

void printcomplex(std::string& out, double re, double im) {
  out.push_back('(');
  printfloat(out, re);
  printfloat(out, im);
  out += "i)";
}

namespace {

template <typename T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace

bool printbasic(std::string& out, const Type* t, const void* p) {
  switch (t->kind) {
    case Kind::Bool: out += load<uint8_t>(p) ? "true" : "false"; return true;
    case Kind::Int:
    case Kind::Int64: appendInt(out, load<int64_t>(p)); return true;
    case Kind::Int8: appendInt(out, load<int8_t>(p)); return true;
    case Kind::Int16: appendInt(out, load<int16_t>(p)); return true;
    case Kind::Int32: appendInt(out, load<int32_t>(p)); return true;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr: appendUint(out, load<uint64_t>(p)); return true;
    case Kind::Uint8: appendUint(out, load<uint8_t>(p)); return true;
    case Kind::Uint16: appendUint(out, load<uint16_t>(p)); return true;
    case Kind::Uint32: appendUint(out, load<uint32_t>(p)); return true;
    case Kind::Float32: printfloat(out, load<float>(p)); return true;
    case Kind::Float64: printfloat(out, load<double>(p)); return true;
    case Kind::Complex64:
      printcomplex(out, load<float>(p), load<float>(static_cast<const char*>(p) + 4));
      return true;
    case Kind::Complex128:
      printcomplex(out, load<double>(p), load<double>(static_cast<const char*>(p) + 8));
      return true;
    case Kind::String: out += load<GoString>(p).view(); return true;
    default: return false;
  }
}

void printpanicval(std::string& out, Eface v) {
  if (!v.type) {
    out += "nil";
    return;
  }
  const Type* t = v.type;
  const void* p = t->directIface() ? static_cast<const void*>(&v.data) : v.data;
  if (predeclared(t)) {
    printbasic(out, t, p);
    return;
  }
  // printanycustomtype: named basic types as T(v), the rest as (T) address.
  if (t->kind == Kind::String) {
    out += t->str;
    out += "(\"";
    out += load<GoString>(p).view();
    out += "\")";
    return;
  }
  if (t->kind == Kind::Complex64 || t->kind == Kind::Complex128) {
    out += t->str;
    printbasic(out, t, p);
    return;
  }
  if (t->kind >= Kind::Bool && t->kind <= Kind::Float64) {
    out += t->str;
    out.push_back('(');
    printbasic(out, t, p);
    out.push_back(')');
    return;
  }
  out += "(";
  out += t->str;
  out += ") 0x";
  char hex[24];
  auto r = std::to_chars(hex, hex + sizeof hex, reinterpret_cast<uint64_t>(v.data), 16);
  out.append(hex, r.ptr);
}

}  // namespace golite::runtime
