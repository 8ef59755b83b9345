// The fmt engine's two layers, shared by fmt_format.cpp, fmt_print.cpp and fmt_sort.cpp.
//
// Fmt is Go's `fmt` struct (format.go): it formats one basic item (an integer, a float, a
// string) with the current flags, width and precision into the output buffer. Printer is
// Go's `pp` (print.go): it walks the format string and the operands, dispatches on their
// types, calls Error/String methods and prints composite values element by element.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/type.h"
#include "runtime/value.h"

namespace golite::vm {
struct Thread;
}

namespace golite::stdlib::fmt {

constexpr const char* kLowerDigits = "0123456789abcdefx";
constexpr const char* kUpperDigits = "0123456789ABCDEFX";

struct Flags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  // %+v and %#v set plusV/sharpV and clear plus/sharp: they are different, flagless
  // formats at the top level.
  bool plusV = false;
  bool sharpV = false;
};

struct Fmt {
  std::string* buf = nullptr;
  Flags f;
  int wid = 0;
  int prec = 0;

  void clearflags() { f = Flags{}; }
  void writePadding(int n);
  void pad(std::string_view b);
  void padString(std::string_view s) { pad(s); }
  void fmtBoolean(bool v);
  void fmtUnicode(uint64_t u);
  void fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits);
  std::string_view truncate(std::string_view s) const;
  void fmtS(std::string_view s);
  void fmtSbx(std::string_view s, const char* digits);
  void fmtQ(std::string_view s);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  void fmtFloat(double v, int size, int32_t verb, int prec);
};

// A value somewhere in memory: its type and address, as a reflect.Value. ro marks values
// reached through unexported struct fields: fmt prints them but never calls their methods.
struct Value {
  const runtime::Type* t = nullptr;
  const void* p = nullptr;
  bool ro = false;
  bool valid() const { return t != nullptr; }
};

// The value inside an interface stored at p (of interface type t); invalid if nil.
Value interfaceElem(const runtime::Type* t, const void* p, bool ro);
// Map keys and elements in fmt's sorted order (Go's internal/fmtsort).
void sortedMap(const runtime::Type* mapType, const void* p, bool ro, std::vector<Value>* keys,
               std::vector<Value>* elems);

struct Printer {
  vm::Thread* th = nullptr;
  std::string& buf;
  Fmt fmt;

  // The current operand: as an interface (printArg), or as a Value (printValue).
  runtime::Eface arg{nullptr, nullptr};
  Value value;

  bool reordered = false;
  bool goodArgNum = true;
  bool panicking = false;
  bool erroring = false;
  bool wrapErrs = false;
  int argIndex = -1;  // the operand printArg is working on, for %w
  int wrapped = -1;   // the operand %w wrapped, or -1

  Printer(vm::Thread* t, std::string& out) : th(t), buf(out) { fmt.buf = &buf; }

  void doPrint(const runtime::Eface* a, size_t n);
  void doPrintln(const runtime::Eface* a, size_t n);
  void doPrintf(std::string_view format, const runtime::Eface* a, size_t n);

  void printArg(runtime::Eface arg, int32_t verb);
  void printValue(Value v, int32_t verb, int depth);
  bool handleMethods(int32_t verb);

  void writeRune(int32_t r);
  void badVerb(int32_t verb);
  void fmtBool(bool v, int32_t verb);
  void fmt0x64(uint64_t v, bool leading0x);
  void fmtInteger(uint64_t v, bool isSigned, int32_t verb);
  void fmtFloat(double v, int size, int32_t verb);
  void fmtComplex(double re, double im, int size, int32_t verb);
  void fmtString(std::string_view v, int32_t verb);
  void fmtBytes(std::string_view v, bool isNil, int32_t verb, std::string_view typeString);
  void fmtPointer(Value v, int32_t verb);
  void unknownType(Value v);

  // Calls the method (an Error/String/GoString of type func() string) of the operand and
  // formats its result; a Go panic inside it prints as %!v(PANIC=String method: ...).
  bool callStringMethod(const runtime::Method* m, const char* name, int32_t verb, bool fmtS);
  void catchPanic(const char* method, int32_t verb, runtime::Eface panicValue);
  // Calls the operand's Format(fmt.State, rune) method with this printer as the State.
  bool callFormat(const runtime::Method* m, int32_t verb);
};

// The itab of (fmt.State, *fmt.pstate), registered by the fmt package at init; until then
// Formatters are not called.
extern runtime::Itab* stateItab;
const runtime::Method* findFormatMethod(const runtime::Type* t);


}  // namespace golite::stdlib::fmt
