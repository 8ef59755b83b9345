// The strconv package's natives (the rest of the package is Go: stdlib/go/strconv), and
// integer formatting (Go's strconv/itoa.go).
#include "stdlib/strconv.h"

#include "runtime/value.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::strconv {

void appendUint(std::string& out, uint64_t u, int base) {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char tmp[65];
  int i = 65;
  if (base == 10) {
    while (u >= 10) {
      uint64_t q = u / 10;
      tmp[--i] = char('0' + (u - q * 10));
      u = q;
    }
  } else {
    uint64_t b = uint64_t(base);
    while (u >= b) {
      tmp[--i] = kDigits[u % b];
      u /= b;
    }
  }
  tmp[--i] = kDigits[u];
  out.append(tmp + i, size_t(65 - i));
}

void appendInt(std::string& out, int64_t v, int base) {
  if (v < 0) {
    out.push_back('-');
    appendUint(out, -uint64_t(v), base);
  } else {
    appendUint(out, uint64_t(v), base);
  }
}

namespace {

using namespace abi;

// func formatInt(i int64, base int) string   (FormatInt checks the base in Go)
void formatInt(vm::Thread*, uint64_t* base) {
  std::string s;
  appendInt(s, getInt(base, 0), int(getInt(base, 1)));
  setString(base, 0, runtime::gostring(s));
}

// func formatUint(i uint64, base int) string
void formatUint(vm::Thread*, uint64_t* base) {
  std::string s;
  appendUint(s, getUint(base, 0), int(getInt(base, 1)));
  setString(base, 0, runtime::gostring(s));
}

// func Itoa(i int) string
void itoa(vm::Thread*, uint64_t* base) {
  std::string s;
  appendInt(s, getInt(base, 0), 10);
  setString(base, 0, runtime::gostring(s));
}

// func formatFloat(f float64, fmt byte, prec, bitSize int) string   (bitSize checked in Go)
void formatFloat(vm::Thread*, uint64_t* base) {
  double f = getFloat64(base, 0);
  char fmt = char(getByte(base, 1));
  int64_t prec = getInt(base, 2);
  int64_t bitSize = getInt(base, 3);
  std::string s;
  appendFloat(s, f, fmt, int(prec < -1 ? -1 : prec > 1 << 24 ? 1 << 24 : prec), int(bitSize));
  setString(base, 0, runtime::gostring(s));
}

// func parseFloat(s string, bitSize int) (f float64, status int)
// status: 0 ok, 1 syntax error, 2 out of range.
void parseFloatNative(vm::Thread*, uint64_t* base) {
  std::string_view s = getStringView(base, 0);
  int64_t bitSize = getInt(base, 2);
  double f;
  ParseStatus st = parseFloat(s, bitSize == 32 ? 32 : 64, &f);
  setFloat64(base, 0, f);
  setInt(base, 1, st == ParseStatus::Ok ? 0 : st == ParseStatus::Syntax ? 1 : 2);
}

void quoteWith(uint64_t* base, char quote, bool ascii, bool graphic) {
  std::string out;
  appendQuote(out, getStringView(base, 0), quote, ascii, graphic);
  setString(base, 0, runtime::gostring(out));
}

void quoteRuneWith(uint64_t* base, bool ascii, bool graphic) {
  std::string out;
  appendQuoteRune(out, getRune(base, 0), ascii, graphic);
  setString(base, 0, runtime::gostring(out));
}

// func unquote(s string) (string, bool)
void unquoteNative(vm::Thread*, uint64_t* base) {
  std::string out;
  bool ok = unquote(getStringView(base, 0), &out);
  if (!ok) out.clear();
  setString(base, 0, runtime::gostring(out));
  setBool(base, 2, ok);
}

// func unquoteChar(s string, quote byte) (value rune, multibyte bool, n int, ok bool)
void unquoteCharNative(vm::Thread*, uint64_t* base) {
  std::string_view s = getStringView(base, 0);
  char quote = char(getByte(base, 2));
  int32_t value;
  bool multibyte;
  size_t n = 0;
  bool ok = unquoteChar(s, quote, &value, &multibyte, &n);
  setInt(base, 0, ok ? value : 0);
  setBool(base, 1, ok && multibyte);
  setInt(base, 2, ok ? int64_t(n) : 0);
  setBool(base, 3, ok);
}

GOLITE_NATIVE("strconv.formatInt", formatInt);
GOLITE_NATIVE("strconv.formatUint", formatUint);
GOLITE_NATIVE("strconv.Itoa", itoa);
GOLITE_NATIVE("strconv.formatFloat", formatFloat);
GOLITE_NATIVE("strconv.parseFloat", parseFloatNative);
GOLITE_NATIVE("strconv.Quote", [](vm::Thread*, uint64_t* b) { quoteWith(b, '"', false, false); });
GOLITE_NATIVE("strconv.QuoteToASCII",
              [](vm::Thread*, uint64_t* b) { quoteWith(b, '"', true, false); });
GOLITE_NATIVE("strconv.QuoteToGraphic",
              [](vm::Thread*, uint64_t* b) { quoteWith(b, '"', false, true); });
GOLITE_NATIVE("strconv.QuoteRune", [](vm::Thread*, uint64_t* b) { quoteRuneWith(b, false, false); });
GOLITE_NATIVE("strconv.QuoteRuneToASCII",
              [](vm::Thread*, uint64_t* b) { quoteRuneWith(b, true, false); });
GOLITE_NATIVE("strconv.QuoteRuneToGraphic",
              [](vm::Thread*, uint64_t* b) { quoteRuneWith(b, false, true); });
GOLITE_NATIVE("strconv.CanBackquote",
              [](vm::Thread*, uint64_t* b) { setBool(b, 0, canBackquote(getStringView(b, 0))); });
GOLITE_NATIVE("strconv.IsPrint", [](vm::Thread*, uint64_t* b) { setBool(b, 0, isPrint(getRune(b, 0))); });
GOLITE_NATIVE("strconv.IsGraphic",
              [](vm::Thread*, uint64_t* b) { setBool(b, 0, isGraphic(getRune(b, 0))); });
GOLITE_NATIVE("strconv.unquote", unquoteNative);
GOLITE_NATIVE("strconv.unquoteChar", unquoteCharNative);

}  // namespace
}  // namespace golite::stdlib::strconv
