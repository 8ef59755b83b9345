// fmt's scanner (Go's fmt/scan.go), rune for rune: operands are read as Go reads them, with
// the same one-rune lookahead, the same treatment of spaces and newlines in Scan, Scanln
// and Scanf formats, and the same error texts ("expected integer", "unexpected newline",
// "input does not match format", ...).
//
// Go's scanner reports errors by panicking with a scanError and recovering at the top;
// here that is a C++ exception (ScanFailure) caught in scan().
//
// An operand with a Scan(fmt.ScanState, rune) error method is scanned by that method:
// the Go helper fmt.callScan calls it with a *fmt.sstate holding this scanner's address,
// whose methods (natives at the end of this file) read runes through the scanner, so that
// widths, Scanln's newline and the one-rune lookahead hold as in Go. ScanFailures never
// cross Go frames: the natives turn them into results, and the Go side panics with a
// scanError as Go's ScanState does; callScan recovers it and hands back the error.
#include "stdlib/fmt_scan.h"

#include <cmath>
#include <cstring>
#include <optional>

#include "runtime/malloc.h"
#include "runtime/mbarrier.h"
#include "runtime/write.h"
#include "stdlib/abi.h"
#include "stdlib/os.h"
#include "stdlib/strconv.h"
#include "stdlib/utf8.h"
#include "vm/native.h"

namespace golite::stdlib::fmt {

using runtime::Eface;
using runtime::Kind;
using runtime::Type;

// --- rune sources -----------------------------------------------------------------------

int32_t StringRuneSource::readRune() {
  if (pos_ >= s_.size()) {
    last_ = 0;
    return kScanEOF;
  }
  int size = 1;
  int32_t r = uint8_t(s_[pos_]);
  if (r >= utf8::RuneSelf) r = utf8::decodeRune(s_, pos_, &size);
  pos_ += size_t(size);
  last_ = size;
  return r;
}

void StringRuneSource::unreadRune() {
  pos_ -= size_t(last_);
  last_ = 0;
}

bool FdRuneSource::readByte(uint8_t* b) {
  if (npending_ > 0) {
    *b = pending_[0];
    std::memmove(pending_, pending_ + 1, size_t(--npending_));
    return true;
  }
  int64_t r = runtime::readFd(fd_, b, 1);
  if (r == 1) return true;
  if (r < 0) throw ScanFailure{ScanErr::Message, "read /dev/stdin: " + std::string(strerror(int(-r)))};
  return false;
}

int32_t FdRuneSource::readRune() {
  if (peek_ >= 0) {
    int32_t r = peek_;
    peek_ = ~peek_;
    return r;
  }
  uint8_t buf[4];
  if (!readByte(&buf[0])) return kScanEOF;
  if (buf[0] < utf8::RuneSelf) {
    peek_ = ~int32_t(buf[0]);
    return buf[0];
  }
  // Read until the bytes hold a full rune (or cannot start one), as utf8.FullRune decides.
  int n = 1;
  auto full = [&](int k) {
    int size;
    int32_t r = utf8::decodeRune(buf, size_t(k), &size);
    if (!(r == utf8::RuneError && size == 1)) return true;
    // Invalid so far: full unless it could still become valid with more bytes.
    uint8_t c = buf[0];
    int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c < 0xC2 || c > 0xF4 || k >= need) return true;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    if (k > 1 && (buf[1] < lo || buf[1] > hi)) return true;
    if (k > 2 && (buf[2] < 0x80 || buf[2] > 0xBF)) return true;
    return false;
  };
  while (!full(n)) {
    if (!readByte(&buf[n])) break;
    n++;
  }
  int size;
  int32_t r = utf8::decodeRune(buf, size_t(n), &size);
  if (size < n) {  // an error: keep the bytes for the next read
    std::memcpy(pending_ + npending_, buf + size, size_t(n - size));
    npending_ += n - size;
  }
  peek_ = ~r;
  return r;
}

void FdRuneSource::unreadRune() {
  if (peek_ >= 0) return;  // no rune to push back
  peek_ = ~peek_;
}

namespace {

constexpr int kHugeWid = 1 << 30;
constexpr const char* kBinaryDigits = "01";
constexpr const char* kOctalDigits = "01234567";
constexpr const char* kDecimalDigits = "0123456789";
constexpr const char* kHexDigits = "0123456789aAbBcCdDeEfF";
constexpr const char* kFloatVerbs = "beEfFgGv";

// Stores a scanned value through the program's pointer (it may overwrite a pointer in
// the heap: a string or a slice, so through the write barrier).
template <typename T>
void store(void* p, T v) {
  runtime::heapMove(p, &v, sizeof v);
}

// Go's isSpace for scanning: Unicode white space in the BMP.
bool isSpace(int32_t r) {
  static const uint16_t space[][2] = {{0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085},
                                      {0x00a0, 0x00a0}, {0x1680, 0x1680}, {0x2000, 0x200a},
                                      {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f},
                                      {0x3000, 0x3000}};
  if (r >= 1 << 16 || r < 0) return false;
  for (auto& rng : space) {
    if (r < rng[0]) return false;
    if (r <= rng[1]) return true;
  }
  return false;
}

bool contains(std::string_view s, int32_t r) {
  for (size_t i = 0; i < s.size();) {
    int w;
    if (utf8::decodeRune(s, i, &w) == r) return true;
    i += size_t(w);
  }
  return false;
}

struct EOFPanic {};  // Go's panic(io.EOF): out of input before an operand

// fmt.callScan (registered by the fmt package at init; a package variable keeps it alive).
runtime::Closure* scanHook = nullptr;

// The Scan(fmt.ScanState, rune) error method of t, if it has one.
const runtime::Method* findScanMethod(const Type* t) {
  for (const runtime::Method& m : t->methods) {
    if (m.name != "Scan" || !m.pkgPath.empty()) continue;
    const Type* mt = m.mtyp;
    if (mt && mt->in.size() == 2 && mt->out.size() == 1 && mt->in[0]->kind == Kind::Interface &&
        mt->in[0]->str == "fmt.ScanState" && mt->in[1]->kind == Kind::Int32 &&
        mt->out[0]->kind == Kind::Interface && mt->out[0]->str == "error") {
      return &m;
    }
  }
  return nullptr;
}

struct Scanner {
  vm::Thread* th = nullptr;
  RuneSource& rs;
  // A reader failure met by a ScanState method: the scan ends with it once Scan returns.
  std::optional<ScanFailure> pending;
  runtime::Iface value{};  // the error a Scanner operand failed with (ScanErr::Value)
  std::string buf;
  int count = 0;
  bool atEOF = false;
  bool nlIsEnd = false;
  bool nlIsSpace = false;
  int argLimit = kHugeWid;
  int limit = kHugeWid;
  int maxWid = kHugeWid;
  int64_t numProcessed = 0;  // operands stored so far

  Scanner(vm::Thread* t, RuneSource& r) : th(t), rs(r) {}

  [[noreturn]] void errorString(std::string msg) {
    throw ScanFailure{ScanErr::Message, std::move(msg)};
  }

  int32_t getRune() {
    if (atEOF || count >= argLimit) return kScanEOF;
    int32_t r = rs.readRune();
    if (r == kScanEOF) {
      atEOF = true;
      return kScanEOF;
    }
    count++;
    if (nlIsEnd && r == '\n') atEOF = true;
    return r;
  }

  int32_t mustReadRune() {
    int32_t r = getRune();
    if (r == kScanEOF) throw ScanFailure{ScanErr::UnexpectedEof, ""};
    return r;
  }

  void unreadRune() {
    rs.unreadRune();
    atEOF = false;
    count--;
  }

  void skipSpace() {
    for (;;) {
      int32_t r = getRune();
      if (r == kScanEOF) return;
      if (r == '\r' && peek("\n")) continue;
      if (r == '\n') {
        if (nlIsSpace) continue;
        errorString("unexpected newline");
      }
      if (!isSpace(r)) {
        unreadRune();
        break;
      }
    }
  }

  // The next token: runes up to a space (after skipping spaces).
  std::string token() {
    skipSpace();
    for (;;) {
      int32_t r = getRune();
      if (r == kScanEOF) break;
      if (isSpace(r)) {
        unreadRune();
        break;
      }
      utf8::appendRune(buf, r);
    }
    return buf;
  }

  bool consume(std::string_view ok, bool accept) {
    int32_t r = getRune();
    if (r == kScanEOF) return false;
    if (contains(ok, r)) {
      if (accept) utf8::appendRune(buf, r);
      return true;
    }
    if (accept) unreadRune();
    return false;
  }

  bool peek(std::string_view ok) {
    int32_t r = getRune();
    if (r != kScanEOF) unreadRune();
    return r != kScanEOF && contains(ok, r);
  }

  void notEOF() {
    if (getRune() == kScanEOF) throw EOFPanic{};
    unreadRune();
  }

  bool accept(std::string_view ok) { return consume(ok, true); }

  void okVerb(int32_t verb, std::string_view okVerbs, const char* typ) {
    if (contains(okVerbs, verb)) return;
    std::string v;
    utf8::appendRune(v, verb);
    errorString("bad verb '%" + v + "' for " + typ);
  }

  bool scanBool(int32_t verb) {
    skipSpace();
    notEOF();
    okVerb(verb, "tv", "boolean");
    switch (getRune()) {
      case '0':
        return false;
      case '1':
        return true;
      case 't':
      case 'T':
        if (accept("rR") && (!accept("uU") || !accept("eE"))) errorString("syntax error scanning boolean");
        return true;
      case 'f':
      case 'F':
        if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE")))
          errorString("syntax error scanning boolean");
        return false;
    }
    return false;
  }

  int getBase(int32_t verb, std::string* digits) {
    okVerb(verb, "bdoUxXv", "integer");
    *digits = kDecimalDigits;
    switch (verb) {
      case 'b':
        *digits = kBinaryDigits;
        return 2;
      case 'o':
        *digits = kOctalDigits;
        return 8;
      case 'x':
      case 'X':
      case 'U':
        *digits = kHexDigits;
        return 16;
    }
    return 10;
  }

  std::string scanNumber(std::string_view digits, bool haveDigits) {
    if (!haveDigits) {
      notEOF();
      if (!accept(digits)) errorString("expected integer");
    }
    while (accept(digits)) {
    }
    return buf;
  }

  int64_t scanRune(int bitSize) {
    notEOF();
    int32_t r = getRune();
    unsigned n = unsigned(bitSize);
    int64_t x = int64_t(uint64_t(int64_t(r)) << (64 - n)) >> (64 - n);
    if (x != int64_t(r)) {
      std::string s;
      utf8::appendRune(s, r);
      errorString("overflow on character value " + s);
    }
    return r;
  }

  // A base prefix for %v: 0b, 0o, 0x, or a leading 0 (octal). Returns whether digits
  // were already seen (the 0).
  bool scanBasePrefix(std::string* digits) {
    if (!peek("0")) {
      *digits = std::string(kDecimalDigits) + "_";
      return false;
    }
    accept("0");
    if (peek("bB")) {
      consume("bB", true);
      *digits = std::string(kBinaryDigits) + "_";
    } else if (peek("oO")) {
      consume("oO", true);
      *digits = std::string(kOctalDigits) + "_";
    } else if (peek("xX")) {
      consume("xX", true);
      *digits = std::string(kHexDigits) + "_";
    } else {
      *digits = std::string(kOctalDigits) + "_";
    }
    return true;
  }

  // strconv.ParseInt/ParseUint on a scanned token, with their error texts.
  [[noreturn]] void numError(const char* fn, const std::string& tok, bool range) {
    std::string q;
    strconv::appendQuote(q, tok, '"', false, false);
    errorString(std::string("strconv.") + fn + ": parsing " + q + ": " +
                (range ? "value out of range" : "invalid syntax"));
  }

  uint64_t parseUnsigned(const char* fn, const std::string& tok, std::string_view digitsOnly,
                         int base, bool allowPrefix) {
    // The token holds an optional sign (ParseInt only), an optional base prefix when base
    // is 0, and digits with '_' separators allowed only after a prefix.
    std::string_view s = digitsOnly;
    if (s.empty()) numError(fn, tok, false);
    bool base0 = base == 0;
    if (base0) {
      base = 10;
      if (s[0] == '0') {
        if (s.size() >= 3 && (s[1] | 0x20) == 'b') {
          base = 2;
          s.remove_prefix(2);
        } else if (s.size() >= 3 && (s[1] | 0x20) == 'o') {
          base = 8;
          s.remove_prefix(2);
        } else if (s.size() >= 3 && (s[1] | 0x20) == 'x') {
          base = 16;
          s.remove_prefix(2);
        } else {
          base = 8;
          s.remove_prefix(1);
        }
      }
    }
    uint64_t n = 0;
    bool underscores = false;
    for (char c : s) {
      int d;
      if (c == '_' && base0) {
        underscores = true;
        continue;
      } else if ('0' <= c && c <= '9') {
        d = c - '0';
      } else if ('a' <= (c | 0x20) && (c | 0x20) <= 'z') {
        d = (c | 0x20) - 'a' + 10;
      } else {
        numError(fn, tok, false);
      }
      if (d >= base) numError(fn, tok, false);
      if (n > (UINT64_MAX - uint64_t(d)) / uint64_t(base)) numError(fn, tok, true);
      n = n * uint64_t(base) + uint64_t(d);
    }
    if (underscores) {
      // Go's underscoreOK: '_' only between digits, or after the base prefix.
      std::string_view u = digitsOnly;
      char saw = '^';
      size_t i = 0;
      bool hex = false;
      if (u.size() >= 2 && u[0] == '0' &&
          ((u[1] | 0x20) == 'b' || (u[1] | 0x20) == 'o' || (u[1] | 0x20) == 'x')) {
        i = 2;
        saw = '0';
        hex = (u[1] | 0x20) == 'x';
      }
      for (; i < u.size(); i++) {
        char c = u[i];
        if (('0' <= c && c <= '9') || (hex && 'a' <= (c | 0x20) && (c | 0x20) <= 'f')) {
          saw = '0';
          continue;
        }
        if (c == '_') {
          if (saw != '0') numError(fn, tok, false);
          saw = '_';
          continue;
        }
        if (saw == '_') numError(fn, tok, false);
        saw = '!';
      }
      if (saw == '_') numError(fn, tok, false);
    }
    (void)allowPrefix;
    return n;
  }

  int64_t scanInt(int32_t verb, int bitSize) {
    if (verb == 'c') return scanRune(bitSize);
    skipSpace();
    notEOF();
    std::string digits;
    int base = getBase(verb, &digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) errorString("bad unicode format ");
    } else {
      accept("+-");
      if (verb == 'v') {
        base = 0;
        haveDigits = scanBasePrefix(&digits);
      }
    }
    std::string tok = scanNumber(digits, haveDigits);
    std::string_view body = tok;
    bool neg = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
      neg = body[0] == '-';
      body.remove_prefix(1);
    }
    uint64_t un;
    try {
      un = parseUnsigned("ParseInt", tok, body, base, true);
    } catch (ScanFailure& f) {
      if (f.message.find("out of range") == std::string::npos) throw;
      un = UINT64_MAX;
    }
    uint64_t cutoff = uint64_t(1) << 63;
    if ((!neg && un >= cutoff) || (neg && un > cutoff)) numError("ParseInt", tok, true);
    int64_t i = neg ? int64_t(-un) : int64_t(un);
    unsigned n = unsigned(bitSize);
    int64_t x = int64_t(uint64_t(i) << (64 - n)) >> (64 - n);
    if (x != i) errorString("integer overflow on token " + tok);
    return i;
  }

  uint64_t scanUint(int32_t verb, int bitSize) {
    if (verb == 'c') return uint64_t(scanRune(bitSize));
    skipSpace();
    notEOF();
    std::string digits;
    int base = getBase(verb, &digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) errorString("bad unicode format ");
    } else if (verb == 'v') {
      base = 0;
      haveDigits = scanBasePrefix(&digits);
    }
    std::string tok = scanNumber(digits, haveDigits);
    uint64_t i = parseUnsigned("ParseUint", tok, tok, base, true);
    unsigned n = unsigned(bitSize);
    uint64_t x = (i << (64 - n)) >> (64 - n);
    if (x != i) errorString("unsigned integer overflow on token " + tok);
    return i;
  }

  std::string floatToken() {
    buf.clear();
    if (accept("nN") && accept("aA") && accept("nN")) return buf;
    accept("+-");
    if (accept("iI") && accept("nN") && accept("fF")) return buf;
    std::string digits = std::string(kDecimalDigits) + "_";
    std::string exp = "eEpP";
    if (accept("0") && accept("xX")) {
      digits = std::string(kHexDigits) + "_";
      exp = "pP";
    }
    while (accept(digits)) {
    }
    if (accept(".")) {
      while (accept(digits)) {
      }
    }
    if (accept(exp)) {
      accept("+-");
      while (accept(std::string(kDecimalDigits) + "_")) {
      }
    }
    return buf;
  }

  [[noreturn]] void floatError(const std::string& fn, const std::string& num, bool range) {
    std::string q;
    strconv::appendQuote(q, num, '"', false, false);
    errorString("strconv." + fn + ": parsing " + q + ": " +
                (range ? "value out of range" : "invalid syntax"));
  }

  double convertFloat(const std::string& str, int n) {
    size_t p = str.find('p');
    bool hasX = str.find_first_of("xX") != std::string::npos;
    if (p != std::string::npos && !hasX) {
      double f;
      strconv::ParseStatus st = strconv::parseFloat(std::string_view(str).substr(0, p), n, &f);
      if (st != strconv::ParseStatus::Ok) floatError("ParseFloat", str, st == strconv::ParseStatus::Range);
      std::string_view es = std::string_view(str).substr(p + 1);
      // strconv.Atoi on the exponent.
      int64_t m = 0;
      bool neg = false;
      size_t i = 0;
      if (!es.empty() && (es[0] == '+' || es[0] == '-')) {
        neg = es[0] == '-';
        i = 1;
      }
      if (i >= es.size()) floatError("Atoi", str, false);
      for (; i < es.size(); i++) {
        if (es[i] < '0' || es[i] > '9') floatError("Atoi", str, false);
        m = m * 10 + (es[i] - '0');
        if (m > (int64_t(1) << 40)) floatError("Atoi", str, true);
      }
      return std::ldexp(f, int(neg ? -m : m));
    }
    double f;
    strconv::ParseStatus st = strconv::parseFloat(str, n, &f);
    if (st != strconv::ParseStatus::Ok) floatError("ParseFloat", str, st == strconv::ParseStatus::Range);
    return f;
  }

  void complexTokens(std::string* re, std::string* im) {
    auto fail = [&] { errorString("syntax error scanning complex number"); };
    bool parens = accept("(");
    *re = floatToken();
    buf.clear();
    if (!accept("+-")) fail();
    std::string imagSign = buf;
    *im = imagSign + floatToken();
    if (!accept("i")) fail();
    if (parens && !accept(")")) fail();
  }

  std::string quotedString() {
    notEOF();
    int32_t quote = getRune();
    if (quote == '`') {
      for (;;) {
        int32_t r = mustReadRune();
        if (r == quote) break;
        utf8::appendRune(buf, r);
      }
      return buf;
    }
    if (quote == '"') {
      buf.push_back('"');
      for (;;) {
        int32_t r = mustReadRune();
        utf8::appendRune(buf, r);
        if (r == '\\') {
          utf8::appendRune(buf, mustReadRune());
        } else if (r == '"') {
          break;
        }
      }
      std::string out;
      if (!strconv::unquote(buf, &out)) errorString("invalid syntax");
      return out;
    }
    errorString("expected quoted string");
  }

  static int hexDigit(int32_t d) {
    if ('0' <= d && d <= '9') return d - '0';
    if ('a' <= d && d <= 'f') return 10 + d - 'a';
    if ('A' <= d && d <= 'F') return 10 + d - 'A';
    return -1;
  }

  std::string hexString() {
    notEOF();
    for (;;) {
      int32_t r1 = getRune();
      if (r1 == kScanEOF) break;
      int v1 = hexDigit(r1);
      if (v1 < 0) {
        unreadRune();
        break;
      }
      int v2 = hexDigit(mustReadRune());
      if (v2 < 0) errorString("illegal hex digit");
      buf.push_back(char(v1 << 4 | v2));
    }
    if (buf.empty()) errorString("no hex data for %x string");
    return buf;
  }

  std::string convertString(int32_t verb) {
    okVerb(verb, "svqxX", "string");
    skipSpace();
    notEOF();
    switch (verb) {
      case 'q':
        return quotedString();
      case 'x':
      case 'X':
        return hexString();
      default:
        return token();
    }
  }

  // Calls the Scanner operand arg's Scan method (through fmt.callScan).
  void callScan(int32_t verb, Eface arg) {
    Scanner* self = this;
    uint64_t args[4] = {reinterpret_cast<uint64_t>(arg.type), reinterpret_cast<uint64_t>(arg.data),
                        reinterpret_cast<uint64_t>(self), uint64_t(uint32_t(verb))};
    uint64_t res[2] = {0, 0};
    vm::callClosure(th, scanHook, args, 4, res, 2);
    if (pending) {
      ScanFailure f = std::move(*pending);
      pending.reset();
      throw f;
    }
    if (res[0]) {
      value = runtime::Iface{reinterpret_cast<runtime::Itab*>(res[0]), reinterpret_cast<void*>(res[1])};
      throw ScanFailure{ScanErr::Value, ""};
    }
  }

  // Stores into the operand arg (a pointer) the value scanned with verb.
  void scanOne(int32_t verb, Eface arg) {
    buf.clear();
    if (arg.type && th && scanHook && findScanMethod(arg.type)) {
      callScan(verb, arg);
      return;
    }
    const Type* pt = arg.type;
    if (!pt || pt->kind != Kind::Pointer) {
      errorString("type not a pointer: " + (pt ? pt->str : std::string("<nil>")));
    }
    void* p = arg.data;
    const Type* t = pt->elem;
    switch (t->kind) {
      case Kind::Bool:
        store<uint8_t>(p, scanBool(verb) ? 1 : 0);
        return;
      case Kind::Int:
      case Kind::Int64:
        store<int64_t>(p, scanInt(verb, 64));
        return;
      case Kind::Int8:
        store<int8_t>(p, int8_t(scanInt(verb, 8)));
        return;
      case Kind::Int16:
        store<int16_t>(p, int16_t(scanInt(verb, 16)));
        return;
      case Kind::Int32:
        store<int32_t>(p, int32_t(scanInt(verb, 32)));
        return;
      case Kind::Uint:
      case Kind::Uint64:
      case Kind::Uintptr:
        store<uint64_t>(p, scanUint(verb, 64));
        return;
      case Kind::Uint8:
        store<uint8_t>(p, uint8_t(scanUint(verb, 8)));
        return;
      case Kind::Uint16:
        store<uint16_t>(p, uint16_t(scanUint(verb, 16)));
        return;
      case Kind::Uint32:
        store<uint32_t>(p, uint32_t(scanUint(verb, 32)));
        return;
      case Kind::Float32:
      case Kind::Float64: {
        int bits = t->kind == Kind::Float32 ? 32 : 64;
        okVerb(verb, kFloatVerbs, bits == 32 ? "float32" : "float64");
        skipSpace();
        notEOF();
        double f = convertFloat(floatToken(), bits);
        if (bits == 32) {
          store<float>(p, float(f));
        } else {
          store<double>(p, f);
        }
        return;
      }
      case Kind::Complex64:
      case Kind::Complex128: {
        int bits = t->kind == Kind::Complex64 ? 64 : 128;
        okVerb(verb, kFloatVerbs, "complex");
        skipSpace();
        notEOF();
        std::string re, im;
        complexTokens(&re, &im);
        double r = convertFloat(re, bits / 2), i = convertFloat(im, bits / 2);
        if (bits == 64) {
          float v[2] = {float(r), float(i)};
          std::memcpy(p, v, sizeof v);
        } else {
          double v[2] = {r, i};
          std::memcpy(p, v, sizeof v);
        }
        return;
      }
      case Kind::String: {
        // TODO(gc): pointer stores into the heap need the write barrier.
        std::string s = convertString(verb);
        store(p, runtime::gostring(s));
        return;
      }
      case Kind::Slice:
        if (t->elem->kind == Kind::Uint8) {
          std::string s = convertString(verb);
          void* data = runtime::mallocgc(s.size() ? s.size() : 1, nullptr, false);
          std::memcpy(data, s.data(), s.size());
          store(p, runtime::GoSlice{data, int64_t(s.size()), int64_t(s.size())});
          return;
        }
        break;
      default:
        break;
    }
    errorString("can't scan type: " + pt->str);
  }

  void doScan(const Eface* a, size_t n) {
    for (size_t i = 0; i < n; i++) {
      scanOne('v', a[i]);
      numProcessed++;
    }
    if (nlIsEnd) {
      for (;;) {
        int32_t r = getRune();
        if (r == '\n' || r == kScanEOF) break;
        if (!isSpace(r)) {
          errorString("expected newline");
        }
      }
    }
  }

  // Matches the literal text of the format up to the next verb; returns the bytes of
  // format consumed, or -1 when the input does not match.
  int advance(std::string_view format) {
    int i = 0;
    while (size_t(i) < format.size()) {
      int w;
      int32_t fmtc = utf8::decodeRune(format, size_t(i), &w);
      if (isSpace(fmtc)) {
        int newlines = 0;
        bool trailingSpace = false;
        while (isSpace(fmtc) && size_t(i) < format.size()) {
          if (fmtc == '\n') {
            newlines++;
            trailingSpace = false;
          } else {
            trailingSpace = true;
          }
          i += w;
          fmtc = size_t(i) < format.size() ? utf8::decodeRune(format, size_t(i), &w) : utf8::RuneError;
          if (size_t(i) >= format.size()) w = 0;
        }
        for (int j = 0; j < newlines; j++) {
          int32_t inputc = getRune();
          while (isSpace(inputc) && inputc != '\n') inputc = getRune();
          if (inputc != '\n' && inputc != kScanEOF) errorString("newline in format does not match input");
        }
        if (trailingSpace) {
          int32_t inputc = getRune();
          if (newlines == 0) {
            if (!isSpace(inputc) && inputc != kScanEOF) errorString("expected space in input to match format");
            if (inputc == '\n') errorString("newline in input does not match format");
          }
          while (isSpace(inputc) && inputc != '\n') inputc = getRune();
          if (inputc != kScanEOF) unreadRune();
        }
        continue;
      }
      if (fmtc == '%') {
        if (size_t(i + w) == format.size()) errorString("missing verb: % at end of format string");
        int w2;
        int32_t nextc = utf8::decodeRune(format, size_t(i + w), &w2);
        if (nextc != '%') return i;
        i += w;  // skip the first %
      }
      int32_t inputc = mustReadRune();
      if (fmtc != inputc) {
        unreadRune();
        return -1;
      }
      i += w;
    }
    return i;
  }

  void doScanf(std::string_view format, const Eface* a, size_t n) {
    int end = int(format.size()) - 1;
    for (int i = 0; i <= end;) {
      int w = advance(format.substr(size_t(i)));
      if (w > 0) {
        i += w;
        continue;
      }
      if (format[size_t(i)] != '%') {
        if (w < 0) errorString("input does not match format");
        break;
      }
      i++;  // % is one byte
      // Width: Go's parsenum over format[i:end].
      int wid = 0;
      bool widPresent = false;
      while (i < end && format[size_t(i)] >= '0' && format[size_t(i)] <= '9') {
        if (wid > 1000000) {
          widPresent = false;
          i = end;
          break;
        }
        wid = wid * 10 + (format[size_t(i)] - '0');
        widPresent = true;
        i++;
      }
      maxWid = widPresent ? wid : kHugeWid;
      int cw;
      int32_t c = utf8::decodeRune(format, size_t(i), &cw);
      i += cw;
      if (c != 'c') skipSpace();
      if (c == '%') {
        skipSpace();
        notEOF();
        if (!accept("%")) errorString("missing literal %");
        continue;
      }
      argLimit = limit;
      if (count + maxWid < argLimit) argLimit = count + maxWid;
      if (size_t(numProcessed) >= n) {
        errorString("too few operands for format '%" + std::string(format.substr(size_t(i - cw))) + "'");
      }
      scanOne(c, a[numProcessed]);
      numProcessed++;
      argLimit = limit;
    }
    if (size_t(numProcessed) < n) errorString("too many operands");
  }
};

// Runs the scan s is set up for; the operands stored before any error count in n.
ScanResult run(Scanner& s, ScanMode mode, std::string_view format, const Eface* args, size_t n) {
  ScanResult res;
  try {
    if (mode == ScanMode::Scanf) {
      s.doScanf(format, args, n);
    } else {
      s.doScan(args, n);
    }
  } catch (EOFPanic&) {
    res.err = ScanErr::Eof;
  } catch (ScanFailure& f) {
    res.err = f.err;
    res.message = std::move(f.message);
    res.value = s.value;
  }
  res.n = s.numProcessed;
  return res;
}

}  // namespace

ScanResult scan(vm::Thread* th, RuneSource& src, ScanMode mode, std::string_view format,
                const Eface* args, size_t n) {
  Scanner s(th, src);
  s.nlIsSpace = mode == ScanMode::Scan;
  s.nlIsEnd = mode == ScanMode::Scanln;
  return run(s, mode, format, args, n);
}

// A Scan method scanning its ScanState again (fmt.Fscan(state, ...)): Go's newScanState
// reuses the *ss, the new scan limited to the operand's width and keeping Scanln's
// newline rule, and restores the settings afterwards.
ScanResult scanNested(uintptr_t h, ScanMode mode, std::string_view format, const Eface* args,
                      size_t n) {
  Scanner& s = *reinterpret_cast<Scanner*>(h);
  bool nlIsEnd = s.nlIsEnd, nlIsSpace = s.nlIsSpace;
  int argLimit = s.argLimit, limit = s.limit, maxWid = s.maxWid;
  int64_t numProcessed = s.numProcessed;
  s.limit = s.argLimit;
  s.nlIsEnd = nlIsEnd || mode == ScanMode::Scanln;
  s.nlIsSpace = mode == ScanMode::Scan;
  s.numProcessed = 0;
  ScanResult res = run(s, mode, format, args, n);
  s.nlIsEnd = nlIsEnd;
  s.nlIsSpace = nlIsSpace;
  s.argLimit = argLimit;
  s.limit = limit;
  s.maxWid = maxWid;
  s.numProcessed = numProcessed;
  return res;
}

namespace {

using namespace abi;

Scanner& handle(const uint64_t* base) { return *reinterpret_cast<Scanner*>(base[0]); }

// func ssReadRune(h uintptr) (r rune, size int, e int, msg string): e is 0, 1 (io.EOF) or
// 2 (an error with text msg).
// (The scanner may read from a Go reader, which may move the VM stack: the frame is
// found again afterwards.)
void ssReadRune(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  Scanner& s = handle(base);
  int32_t r = 0;
  int64_t e = 0;
  std::string msg;
  try {
    r = s.getRune();
    if (r == kScanEOF) e = 1;
  } catch (ScanFailure& f) {
    e = 2;
    msg = f.err == ScanErr::Message ? f.message : "read error";
    if (f.err != ScanErr::Message) s.pending = std::move(f);
  }
  int64_t size = 0;
  if (e == 0) size = r == utf8::RuneError ? 1 : utf8::runeLen(r);
  runtime::GoString m = runtime::gostring(msg);
  base = frame.base();
  setInt(base, 0, e == 0 ? r : 0);
  setInt(base, 1, size);
  setInt(base, 2, e);
  setString(base, 3, m);
}

// func ssUnreadRune(h uintptr)
void ssUnreadRune(vm::Thread*, uint64_t* base) { handle(base).unreadRune(); }

// func ssSkipSpace(h uintptr) (msg string, failed bool)
void ssSkipSpace(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  Scanner& s = handle(base);
  std::string msg;
  bool failed = false;
  try {
    s.skipSpace();
  } catch (ScanFailure& f) {
    failed = true;
    msg = f.err == ScanErr::Message ? f.message : "read error";
    if (f.err != ScanErr::Message) s.pending = std::move(f);
  }
  runtime::GoString m = runtime::gostring(msg);
  base = frame.base();
  setString(base, 0, m);
  setBool(base, 2, failed);
}

// func ssWidth(h uintptr) (wid int, ok bool)
void ssWidth(vm::Thread*, uint64_t* base) {
  Scanner& s = handle(base);
  bool ok = s.maxWid != kHugeWid;
  setInt(base, 0, ok ? s.maxWid : 0);
  setBool(base, 1, ok);
}

// func registerScan(f func(arg any, h uintptr, verb rune) error)
void registerScan(vm::Thread*, uint64_t* base) { scanHook = reinterpret_cast<runtime::Closure*>(base[0]); }

GOLITE_NATIVE("fmt.ssReadRune", ssReadRune);
GOLITE_NATIVE("fmt.ssUnreadRune", ssUnreadRune);
GOLITE_NATIVE("fmt.ssSkipSpace", ssSkipSpace);
GOLITE_NATIVE("fmt.ssWidth", ssWidth);
GOLITE_NATIVE("fmt.registerScan", registerScan);

}  // namespace

}  // namespace golite::stdlib::fmt
