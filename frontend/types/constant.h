// Exact constant arithmetic for the type checker, after Go's go/constant.
//
// Go's untyped constants are mathematically exact: `1 << 100 >> 98` is 4 and `0.1*3 == 0.3`.
// This package gives the checker values of six kinds (Unknown, Bool, String, Int, Float,
// Complex) and the operations of the spec on them. It is built from two pieces written here,
// with no outside big-number library:
//
//   BigInt  sign and magnitude, magnitude in little-endian 32-bit limbs, never a leading zero
//           limb (zero is the empty magnitude and is never negative). Bitwise operations treat
//           negative values as infinitely sign-extended two's complement, as Go's math/big does.
//   Rat     a BigInt numerator over a positive BigInt denominator, always in lowest terms.
//
// A Value is immutable and cheap to copy. An Int that fits in int64 is held inline (that form
// is canonical: a big payload always means "does not fit int64"); everything else shares a
// payload through a shared_ptr.
//
// Floats are exact rationals, like go/constant's ratVal. When a numerator or denominator
// grows past 4096 bits (go/constant's maxExp) the value is rounded to a 512-bit mantissa
// (go/constant's prec) and marked approximate; its binary exponent must stay within
// ±kMaxExp2, beyond which a result overflows to Unknown or underflows to 0. Shifting left by
// more than kMaxShift bits gives Unknown. These bounds keep pathological programs
// (`1e1000000`, `1 << 1000000`) from hanging the checker; the checker reports them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace golite::constant {

// ---------------------------------------------------------------------------------------
// BigInt

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT: implicit on purpose, small literals read well in arithmetic
  static BigInt fromUint64(uint64_t v);
  // Parses an unsigned digit string (no sign, prefix or '_') in the given base (2..16).
  // Returns false on an empty string or a digit outside the base.
  static bool parse(std::string_view digits, int base, BigInt* out);

  bool isZero() const { return mag_.empty(); }
  bool isNeg() const { return neg_; }
  int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  bool isOdd() const { return !mag_.empty() && (mag_[0] & 1); }
  bool isOne() const { return !neg_ && mag_.size() == 1 && mag_[0] == 1; }
  // Number of bits in |x| (0 for 0).
  int64_t bitLen() const;
  // Number of trailing zero bits of |x| (0 for 0).
  int64_t trailingZeros() const;
  // Bit i of |x|.
  bool testBit(int64_t i) const;
  bool toInt64(int64_t* out) const;    // false if x does not fit
  bool toUint64(uint64_t* out) const;  // false if x < 0 or does not fit
  std::string toString(int base = 10) const;

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Truncated division, Go's / and %: q rounds toward zero, r takes the sign of a. b != 0.
  static void quoRem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  friend BigInt operator/(const BigInt& a, const BigInt& b);
  friend BigInt operator%(const BigInt& a, const BigInt& b);
  BigInt shl(uint64_t s) const;
  BigInt shr(uint64_t s) const;  // arithmetic: floor(x / 2^s), like Go's >> on signed ints
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  static BigInt andNot(const BigInt& a, const BigInt& b);  // a &^ b
  BigInt bitNot() const;                                   // ^x == -x-1
  static BigInt gcd(const BigInt& a, const BigInt& b);     // of |a| and |b|; gcd(0,0) == 0
  static BigInt pow(const BigInt& base, uint64_t exp);

  friend int cmp(const BigInt& a, const BigInt& b);
  static int cmpAbs(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) {
    return a.neg_ == b.neg_ && a.mag_ == b.mag_;
  }
  friend bool operator<(const BigInt& a, const BigInt& b) { return cmp(a, b) < 0; }

 private:
  friend struct BigIntOps;
  bool neg_ = false;
  std::vector<uint32_t> mag_;
};

// ---------------------------------------------------------------------------------------
// Rat

class Rat {
 public:
  Rat() : den_(1) {}
  Rat(BigInt n) : num_(std::move(n)), den_(1) {}  // NOLINT: an integer is a rational
  // num/den in lowest terms; den must not be zero (its sign moves to the numerator).
  Rat(BigInt num, BigInt den);

  const BigInt& num() const { return num_; }
  const BigInt& den() const { return den_; }
  bool isInt() const { return den_.isOne(); }
  int sign() const { return num_.sign(); }
  std::string toString() const;  // "a/b", or "a" for integers

  Rat operator-() const;
  friend Rat operator+(const Rat& a, const Rat& b);
  friend Rat operator-(const Rat& a, const Rat& b);
  friend Rat operator*(const Rat& a, const Rat& b);
  friend Rat operator/(const Rat& a, const Rat& b);  // b != 0
  friend int cmp(const Rat& a, const Rat& b);
  friend bool operator==(const Rat& a, const Rat& b) {
    return a.num_ == b.num_ && a.den_ == b.den_;
  }

  // The nearest double / float (round half to even, gradual underflow, ±Inf on overflow).
  // *exact reports whether no rounding happened (false on overflow).
  double toDouble(bool* exact = nullptr) const;
  float toFloat(bool* exact = nullptr) const;

 private:
  BigInt num_, den_;
};

// ---------------------------------------------------------------------------------------
// Value

enum class Kind { Unknown, Bool, String, Int, Float, Complex };

// Limits on sizes (see the header comment).
inline constexpr uint64_t kMaxShift = 10000;    // largest left shift count
inline constexpr int64_t kMaxExp2 = 1 << 15;    // Float magnitudes lie in (2^-kMaxExp2, 2^kMaxExp2)
inline constexpr int64_t kMaxIntBits = 1 << 16;  // Int results beyond this many bits are Unknown

class Value {
 public:
  Value() = default;  // Unknown
  Kind kind() const { return kind_; }

  struct Rep;  // kind-specific payload, defined in constant.cpp

 private:
  friend struct ValueOps;
  Kind kind_ = Kind::Unknown;
  int64_t small_ = 0;  // Bool: 0/1; Int: the value when rep_ is null
  std::shared_ptr<const Rep> rep_;
};

Value makeUnknown();
Value makeBool(bool b);
Value makeString(std::string s);
Value makeInt64(int64_t x);
Value makeUint64(uint64_t x);
Value makeInt(BigInt x);   // Unknown if x has more than kMaxIntBits bits
Value makeFloat(Rat x);    // a Float (even for integral x), rounded if huge
Value makeFloat64(double x);  // exact value of x; -0 -> 0; NaN/Inf -> Unknown
Value makeImag(Value x);      // 0 + x*i; x must be Int or Float
Value makeComplex(Value re, Value im);  // re, im: Int or Float; Unknown if either is not

enum class LitKind { Int, Float, Imag, Rune, String };
// Parses a Go literal token exactly as the spec says: ints with 0x/0o/0b/legacy-0 octal
// prefixes and '_' separators; decimal and hexadecimal floats; imaginaries; rune literals;
// interpreted and raw strings. On malformed input returns Unknown and, if err is not null,
// sets *err to the message the gc compiler gives (e.g. "invalid digit '8' in octal literal",
// "unknown escape", "escape is invalid Unicode code point U+D800").
Value makeFromLiteral(std::string_view text, LitKind kind, std::string* err = nullptr);

enum class Op {
  Add, Sub, Mul, Quo, Rem, And, Or, Xor, AndNot, Shl, Shr,
  LAnd, LOr, Eql, Neq, Lss, Leq, Gtr, Geq, Not
};

// x op y. Numeric operands are brought to the larger of their kinds (Int < Float < Complex).
// Quo of two Ints is truncated division when intDiv is set, else exact rational division
// (a Float). Comparison ops give a Bool, Shl/Shr call shift. An Unknown operand, a division
// by zero, an operation undefined for the operands or a result out of range gives Unknown.
Value binaryOp(const Value& x, Op op, const Value& y, bool intDiv = false);
// op x for Add, Sub, Xor (^x; when prec > 0 x belongs to an unsigned type of prec bits and
// the result is ^x & (1<<prec - 1)) and Not. Undefined combinations give Unknown.
Value unaryOp(Op op, const Value& x, unsigned prec = 0);
// x << s or x >> s for an Int x (>> rounds toward -Inf). Unknown if x is not an Int or the
// left shift of a nonzero x exceeds kMaxShift.
Value shift(const Value& x, Op op, uint64_t s);
// x op y for Eql..Geq. False if either operand is Unknown or the comparison is undefined.
bool compare(const Value& x, Op op, const Value& y);

Value toInt(const Value& x);      // Int; Float (or Complex with zero imag) of integral value
Value toFloat(const Value& x);    // Int or Float -> Float; Complex with zero imag -> its real
Value toComplex(const Value& x);  // Int/Float/Complex -> Complex
Value real(const Value& x);       // Unknown stays Unknown
Value imag(const Value& x);
Value num(const Value& x);    // numerator of an Int or Float, as an Int
Value denom(const Value& x);  // denominator of an Int or Float, as an Int

bool boolVal(const Value& x);                // false unless a true Bool
const std::string& stringVal(const Value& x);  // "" unless a String
bool int64Val(const Value& x, int64_t* out);   // Int kind that fits int64
bool uint64Val(const Value& x, uint64_t* out);  // Int kind that fits uint64
BigInt bigIntVal(const Value& x);  // an Int's value (0 for other kinds)
Rat ratVal(const Value& x);        // an Int's or Float's value (0 for other kinds)
// Nearest double/float of an Int or Float, correctly rounded; *exact says no rounding.
double float64Val(const Value& x, bool* exact = nullptr);
float float32Val(const Value& x, bool* exact = nullptr);
int sign(const Value& x);     // -1, 0, 1; Complex: 0 iff zero; Unknown: 1 (no spurious /0)
int bitLen(const Value& x);   // bits of |x| for an Int, else 0
bool isInteger(const Value& x);  // Int, or Float with integral value

// Representability as the spec defines it: integer types need an exact fit (after toInt);
// float and complex types round to nearest and fail only when that overflows to ±Inf;
// Bool and String need the matching kind; untyped numeric kinds need only the conversion.
// On success, *rounded (if given) receives the value converted to the type's kind.
enum class Repr {
  Int8, Int16, Int32, Int64, Uint8, Uint16, Uint32, Uint64,
  Float32, Float64, Complex64, Complex128,
  Bool, String, UntypedInt, UntypedFloat, UntypedComplex
};
bool representable(const Value& v, Repr r, Value* rounded = nullptr);

// go/constant's String(): a short human form for messages. Ints in decimal; Floats via %.6g
// of their float64 approximation ("0.1", "1e+100", "3.14159"); Strings quoted and cut to 72
// characters with "..."; Complex "(re + imi)"; Unknown "unknown".
std::string toString(const Value& x);
// Exact form: Ints decimal, Floats "a/b" (or "a" when integral), Strings fully quoted.
std::string exactString(const Value& x);

// Go's strconv.Quote (used by toString/exactString; handy for diagnostics elsewhere).
std::string quote(std::string_view s);

}  // namespace golite::constant
