// The runtime's own value printing (Go's runtime/print.go and printpanicval in
// runtime/error.go): what the print/println builtins and `panic: ...` lines show. It is
// deliberately not fmt: floats always print as +d.dddddde±ddd, and a panic value of a
// composite type prints as its type and address.
#include <cmath>
#include <cstring>

#include "runtime/panic.h"
#include "stdlib/fmt_internal.h"
#include "stdlib/format.h"
#include "stdlib/strconv.h"
#include "vm/native.h"

namespace golite::stdlib::fmt {

using runtime::Eface;
using runtime::Kind;

void printFloat(std::string& out, double v) {
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

void printComplex(std::string& out, double re, double im) {
  out.push_back('(');
  printFloat(out, re);
  printFloat(out, im);
  out += "i)";
}

namespace {

template <typename T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The runtime's print of a basic value (print(v) for the value's kind). False for kinds
// print does not take.
bool printBasic(std::string& out, const runtime::Type* t, const void* p) {
  switch (t->kind) {
    case Kind::Bool: out += load<uint8_t>(p) ? "true" : "false"; return true;
    case Kind::Int:
    case Kind::Int64: strconv::appendInt(out, load<int64_t>(p), 10); return true;
    case Kind::Int8: strconv::appendInt(out, load<int8_t>(p), 10); return true;
    case Kind::Int16: strconv::appendInt(out, load<int16_t>(p), 10); return true;
    case Kind::Int32: strconv::appendInt(out, load<int32_t>(p), 10); return true;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr: strconv::appendUint(out, load<uint64_t>(p), 10); return true;
    case Kind::Uint8: strconv::appendUint(out, load<uint8_t>(p), 10); return true;
    case Kind::Uint16: strconv::appendUint(out, load<uint16_t>(p), 10); return true;
    case Kind::Uint32: strconv::appendUint(out, load<uint32_t>(p), 10); return true;
    case Kind::Float32: printFloat(out, load<float>(p)); return true;
    case Kind::Float64: printFloat(out, load<double>(p)); return true;
    case Kind::Complex64:
      printComplex(out, load<float>(p), load<float>(static_cast<const char*>(p) + 4));
      return true;
    case Kind::Complex128:
      printComplex(out, load<double>(p), load<double>(static_cast<const char*>(p) + 8));
      return true;
    case Kind::String: out += load<runtime::GoString>(p).view(); return true;
    default: return false;
  }
}

// Calls v's `func() string` method `name`; false if it has none.
bool callMethod(vm::Thread* th, Eface v, const char* name, std::string& out) {
  const runtime::Method* m = findStringMethod(v.type, name);
  if (!m || !th) return false;
  uint64_t args[1] = {reinterpret_cast<uint64_t>(v.data)};
  uint64_t res[2] = {0, 0};
  vm::callProto(th, m->ifn, args, 1, res, 2);
  out.append(reinterpret_cast<const char*>(res[0]), size_t(res[1]));
  return true;
}

}  // namespace

void printPanicValue(vm::Thread* th, std::string& out, Eface v) {
  if (!v.type) {
    out += "nil";
    return;
  }
  // Go's preprintpanics: errors and Stringers print as their text.
  if (callMethod(th, v, "Error", out)) return;
  if (callMethod(th, v, "String", out)) return;
  const runtime::Type* t = v.type;
  const void* p = t->directIface() ? static_cast<const void*>(&v.data) : v.data;
  if (isPredeclared(t)) {
    printBasic(out, t, p);
    return;
  }
  // printanycustomtype: named basic types as T(v), the rest as (T) address.
  if (t->kind == Kind::String) {
    out += t->str;
    out += "(\"";
    out += load<runtime::GoString>(p).view();
    out += "\")";
    return;
  }
  if (t->kind == Kind::Complex64 || t->kind == Kind::Complex128) {
    out += t->str;
    printBasic(out, t, p);
    return;
  }
  if (t->kind >= Kind::Bool && t->kind <= Kind::Float64) {
    out += t->str;
    out.push_back('(');
    printBasic(out, t, p);
    out.push_back(')');
    return;
  }
  out += "(";
  out += t->str;
  out += ") 0x";
  std::string hex;
  strconv::appendUint(hex, reinterpret_cast<uint64_t>(v.data), 16);
  out += hex;
}

}  // namespace golite::stdlib::fmt
