// Unit tests for frontend/constant: BigInt, Rat and the go/constant-like Value operations.
// Expected strings marked "go/constant" were produced by Go 1.19's go/constant.
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <random>
#include <string>

#include "frontend/types/constant.h"

using namespace golite::constant;

namespace {

using i128 = __int128;

std::string i128String(i128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? (unsigned __int128)0 - (unsigned __int128)v : (unsigned __int128)v;
  std::string s;
  while (u) {
    s.insert(s.begin(), char('0' + int(u % 10)));
    u /= 10;
  }
  return neg ? "-" + s : s;
}

BigInt big(i128 v) {
  bool neg = v < 0;
  unsigned __int128 u = neg ? (unsigned __int128)0 - (unsigned __int128)v : (unsigned __int128)v;
  BigInt r = BigInt::fromUint64(uint64_t(u >> 64)).shl(64) + BigInt::fromUint64(uint64_t(u));
  return neg ? -r : r;
}

BigInt dec(const char* s) {
  bool neg = *s == '-';
  BigInt r;
  REQUIRE(BigInt::parse(s + (neg ? 1 : 0), 10, &r));
  return neg ? -r : r;
}

// A random value of up to 126 bits (so sums and products of two stay inside i128 where used).
i128 rnd(std::mt19937_64& g, int maxBits) {
  int bits = int(g() % (maxBits + 1));
  unsigned __int128 u = ((unsigned __int128)g() << 64) | g();
  if (bits < 128) u &= (((unsigned __int128)1) << bits) - 1;
  i128 v = (i128)u;
  if (bits >= 127) v &= ~((i128)1 << 127) ;
  return (g() & 1) ? -v : v;
}

BigInt rndBig(std::mt19937_64& g, int maxLimbs) {
  int n = int(g() % (maxLimbs + 1));
  BigInt r;
  for (int i = 0; i < n; i++) {
    uint32_t w = uint32_t(g());
    // Skew limbs towards the edge values that stress Knuth D's corrections.
    switch (g() % 4) {
      case 0: w = 0xFFFFFFFFu; break;
      case 1: w = 0; break;
      default: break;
    }
    r = r.shl(32) + BigInt::fromUint64(w);
  }
  return (g() & 1) ? -r : r;
}

Value lit(const char* s, LitKind k) {
  std::string err;
  Value v = makeFromLiteral(s, k, &err);
  INFO("literal " << std::string(s) << " err=" << err);
  CHECK(v.kind() != Kind::Unknown);
  return v;
}
Value I(const char* s) { return lit(s, LitKind::Int); }
Value F(const char* s) { return lit(s, LitKind::Float); }

std::string litErr(const char* s, LitKind k) {
  std::string err;
  Value v = makeFromLiteral(s, k, &err);
  CHECK(v.kind() == Kind::Unknown);
  return err;
}

bool eq(const Value& a, const Value& b) { return compare(a, Op::Eql, b); }

}  // namespace

// ---------------------------------------------------------------------------------------
// BigInt

TEST_CASE("BigInt parse and print in every base") {
  BigInt x;
  CHECK(BigInt::parse("0", 10, &x));
  CHECK(x.isZero());
  CHECK(x.toString() == "0");
  CHECK(BigInt::parse("123456789012345678901234567890", 10, &x));
  CHECK(x.toString() == "123456789012345678901234567890");
  CHECK(x.toString(16) == "18ee90ff6c373e0ee4e3f0ad2");
  CHECK(BigInt::parse("18ee90ff6c373e0ee4e3f0ad2", 16, &x));
  CHECK(x.toString() == "123456789012345678901234567890");
  CHECK(BigInt::parse("18EE90FF6C373E0EE4E3F0AD2", 16, &x));
  CHECK(x.toString() == "123456789012345678901234567890");
  CHECK(BigInt::parse("777", 8, &x));
  CHECK(x.toString() == "511");
  CHECK(BigInt::parse("1111111111111111111111111111111111111111111111111111111111111111", 2, &x));
  CHECK(x.toString() == "18446744073709551615");
  CHECK(x.toString(2) == std::string(64, '1'));
  CHECK(BigInt::parse("0000000000000000000000000000042", 10, &x));
  CHECK(x.toString() == "42");
  CHECK_FALSE(BigInt::parse("", 10, &x));
  CHECK_FALSE(BigInt::parse("12a", 10, &x));
  CHECK_FALSE(BigInt::parse("8", 8, &x));
  CHECK_FALSE(BigInt::parse("2", 2, &x));
  CHECK((-dec("1000000000000000000000")).toString() == "-1000000000000000000000");
  // Chunk boundaries of the decimal printer: 10^9 - 1, 10^9, 10^18.
  CHECK(dec("999999999").toString() == "999999999");
  CHECK(dec("1000000000").toString() == "1000000000");
  CHECK(dec("1000000000000000000").toString() == "1000000000000000000");
  CHECK(dec("1000000000000000000000000000").toString() == "1000000000000000000000000000");
  CHECK(dec("1000000000000000001000000000").toString() == "1000000000000000001000000000");
}

TEST_CASE("BigInt small conversions") {
  int64_t i;
  uint64_t u;
  CHECK(BigInt(INT64_MIN).toString() == "-9223372036854775808");
  CHECK(BigInt(INT64_MIN).toInt64(&i));
  CHECK(i == INT64_MIN);
  CHECK(BigInt(INT64_MAX).toInt64(&i));
  CHECK(i == INT64_MAX);
  CHECK_FALSE((BigInt(INT64_MAX) + BigInt(1)).toInt64(&i));
  CHECK_FALSE((BigInt(INT64_MIN) - BigInt(1)).toInt64(&i));
  CHECK(BigInt::fromUint64(UINT64_MAX).toUint64(&u));
  CHECK(u == UINT64_MAX);
  CHECK_FALSE((BigInt::fromUint64(UINT64_MAX) + BigInt(1)).toUint64(&u));
  CHECK_FALSE(BigInt(-1).toUint64(&u));
  CHECK(BigInt(0).bitLen() == 0);
  CHECK(BigInt(1).bitLen() == 1);
  CHECK(BigInt(-255).bitLen() == 8);
  CHECK(BigInt(1).shl(100).bitLen() == 101);
  CHECK(BigInt(1).shl(100).trailingZeros() == 100);
  CHECK(BigInt(12).trailingZeros() == 2);
  CHECK(BigInt(5).testBit(2));
  CHECK_FALSE(BigInt(5).testBit(1));
  CHECK_FALSE(BigInt(5).testBit(1000));
  CHECK(BigInt(0).sign() == 0);
  CHECK((-BigInt(0)).sign() == 0);
  CHECK_FALSE((-BigInt(0)).isNeg());
  CHECK((BigInt(3) - BigInt(3)) == BigInt(0));
}

TEST_CASE("BigInt arithmetic agrees with __int128") {
  std::mt19937_64 g(1);
  for (int iter = 0; iter < 20000; iter++) {
    i128 a = rnd(g, 62), b = rnd(g, 62);
    BigInt A = big(a), B = big(b);
    REQUIRE((A + B).toString() == i128String(a + b));
    REQUIRE((A - B).toString() == i128String(a - b));
    REQUIRE((A * B).toString() == i128String(a * b));
    REQUIRE(cmp(A, B) == (a < b ? -1 : a > b ? 1 : 0));
    i128 c = rnd(g, 125), d = rnd(g, 125);
    if (d != 0) {
      BigInt q, r;
      BigInt::quoRem(big(c), big(d), &q, &r);
      REQUIRE(q.toString() == i128String(c / d));  // C++ division truncates, like Go's
      REQUIRE(r.toString() == i128String(c % d));
    }
    REQUIRE((big(c) & big(d)).toString() == i128String(c & d));
    REQUIRE((big(c) | big(d)).toString() == i128String(c | d));
    REQUIRE((big(c) ^ big(d)).toString() == i128String(c ^ d));
    REQUIRE(BigInt::andNot(big(c), big(d)).toString() == i128String(c & ~d));
    REQUIRE(big(c).bitNot().toString() == i128String(~c));
    int s = int(g() % 64);
    REQUIRE(big(a).shl(s).toString() == i128String(a * ((i128)1 << s)));
    REQUIRE(big(c).shr(s).toString() == i128String(c >> s));  // arithmetic shift = floor
  }
}

TEST_CASE("BigInt division of big operands satisfies a == q*b + r") {
  std::mt19937_64 g(2);
  for (int iter = 0; iter < 3000; iter++) {
    BigInt a = rndBig(g, 12), b = rndBig(g, 7);
    if (b.isZero()) continue;
    BigInt q, r;
    BigInt::quoRem(a, b, &q, &r);
    REQUIRE(q * b + r == a);
    REQUIRE(BigInt::cmpAbs(r, b) < 0);
    REQUIRE((r.isZero() || r.isNeg() == a.isNeg()));
    // Round trip through every printer.
    for (int base : {2, 8, 10, 16}) {
      BigInt back;
      std::string s = a.abs().toString(base);
      REQUIRE(BigInt::parse(s, base, &back));
      REQUIRE(back == a.abs());
    }
  }
}

TEST_CASE("BigInt division corner cases for Knuth D") {
  // Cases where the first qhat estimate is too large and the add-back step runs
  // (from Hacker's Delight's divmnu test vectors, in 32-bit limbs).
  BigInt b32 = BigInt(1).shl(32);
  auto fromLimbs = [&](std::initializer_list<uint32_t> ls) {  // least significant first
    BigInt r;
    std::vector<uint32_t> v(ls);
    for (size_t i = v.size(); i-- > 0;) r = r.shl(32) + BigInt::fromUint64(v[i]);
    return r;
  };
  struct Case { BigInt u, v; };
  Case cases[] = {
      {fromLimbs({0x00000000, 0x00000000, 0x80000000, 0x7fffffff}), fromLimbs({0x00000001, 0x00000000, 0x80000000})},
      {fromLimbs({0x00000003, 0x00000000, 0x80000000}), fromLimbs({0x00000001, 0x00000000, 0x20000000})},
      {fromLimbs({0x00000000, 0x0000fffe, 0x00008000}), fromLimbs({0x0000ffff, 0x00008000})},
      {fromLimbs({0x00000000, 0xfffe0000, 0x00008000}), fromLimbs({0x0000ffff, 0x00008000})},
      {fromLimbs({0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}), fromLimbs({0xffffffff, 0xffffffff})},
      {fromLimbs({0x89abcdef, 0x01234567, 0x00000000, 0x00000001}), fromLimbs({0x00000001, 0x00000001})},
  };
  for (auto& c : cases) {
    BigInt q, r;
    BigInt::quoRem(c.u, c.v, &q, &r);
    CHECK(q * c.v + r == c.u);
    CHECK(BigInt::cmpAbs(r, c.v) < 0);
    CHECK_FALSE(r.isNeg());
  }
  // (2^256 - 1) / (2^128 - 1) == 2^128 + 1 exactly.
  BigInt a = BigInt(1).shl(256) - BigInt(1), d = BigInt(1).shl(128) - BigInt(1);
  CHECK(a / d == BigInt(1).shl(128) + BigInt(1));
  CHECK((a % d).isZero());
  CHECK(BigInt(7) / BigInt(-2) == BigInt(-3));
  CHECK(BigInt(-7) % BigInt(2) == BigInt(-1));
  CHECK(BigInt(3) / b32 == BigInt(0));
}

TEST_CASE("BigInt two's complement bitwise on big negatives") {
  // Values from go/constant (math/big).
  BigInt m3s70 = BigInt(-3).shl(70);
  CHECK(BigInt::andNot(BigInt(-12345678901234), m3s70).toString() == "3541774849806555009038");
  CHECK((m3s70 ^ BigInt(0x7fffffffffff)).toString() == "-3541774721414745554945");
  CHECK((m3s70 | BigInt(-99)).toString() == "-99");
  CHECK((m3s70 & BigInt(-99)).toString() == "-3541774862152233910272");
  CHECK(m3s70.shr(69).toString() == "-6");
  CHECK(m3s70.shr(75).toString() == "-1");
  CHECK(BigInt(-1).shr(1000) == BigInt(-1));
  CHECK(BigInt(1).shr(1000) == BigInt(0));
  // Identities on random wide values.
  std::mt19937_64 g(3);
  for (int iter = 0; iter < 2000; iter++) {
    BigInt a = rndBig(g, 6), b = rndBig(g, 6);
    REQUIRE((a ^ b) == BigInt::andNot(a | b, a & b));
    REQUIRE((a & b).bitNot() == (a.bitNot() | b.bitNot()));
    REQUIRE((a | b) + (a & b) == a + b);
    REQUIRE(a.bitNot() == -a - BigInt(1));
    uint64_t s = g() % 200;
    REQUIRE(a.shl(s).shr(s) == a);
  }
}

TEST_CASE("BigInt gcd and pow") {
  CHECK(BigInt::gcd(BigInt(12), BigInt(18)) == BigInt(6));
  CHECK(BigInt::gcd(BigInt(-12), BigInt(18)) == BigInt(6));
  CHECK(BigInt::gcd(BigInt(0), BigInt(-5)) == BigInt(5));
  CHECK(BigInt::gcd(BigInt(0), BigInt(0)) == BigInt(0));
  CHECK(BigInt::gcd(BigInt(1).shl(300), BigInt(3).shl(200)) == BigInt(1).shl(200));
  BigInt p = BigInt::pow(BigInt(10), 40);
  CHECK(p.toString() == "1" + std::string(40, '0'));
  BigInt x = BigInt::pow(BigInt(3), 100) * BigInt::pow(BigInt(7), 50);
  BigInt y = BigInt::pow(BigInt(3), 60) * BigInt::pow(BigInt(11), 30);
  CHECK(BigInt::gcd(x, y) == BigInt::pow(BigInt(3), 60));
  CHECK(BigInt::pow(BigInt(-2), 3) == BigInt(-8));
  CHECK(BigInt::pow(BigInt(5), 0) == BigInt(1));
}

// ---------------------------------------------------------------------------------------
// Rat

TEST_CASE("Rat normalizes and computes exactly") {
  Rat a(BigInt(6), BigInt(-4));
  CHECK(a.num() == BigInt(-3));
  CHECK(a.den() == BigInt(2));
  CHECK(a.toString() == "-3/2");
  CHECK(Rat(BigInt(0), BigInt(-7)).toString() == "0");
  CHECK(Rat(BigInt(8), BigInt(4)).isInt());
  Rat tenth(BigInt(1), BigInt(10));
  CHECK(tenth + tenth + tenth == Rat(BigInt(3), BigInt(10)));
  CHECK(tenth * Rat(BigInt(3)) == Rat(BigInt(3), BigInt(10)));
  CHECK(Rat(BigInt(1)) / Rat(BigInt(3)) * Rat(BigInt(3)) == Rat(BigInt(1)));
  CHECK(cmp(Rat(BigInt(1), BigInt(3)), Rat(BigInt(1), BigInt(2))) < 0);
  CHECK(cmp(Rat(BigInt(-1), BigInt(3)), Rat(BigInt(-1), BigInt(2))) > 0);
  CHECK(cmp(Rat(BigInt(2), BigInt(4)), Rat(BigInt(1), BigInt(2))) == 0);
  CHECK((Rat(BigInt(1), BigInt(6)) - Rat(BigInt(1), BigInt(3))).toString() == "-1/6");
}

TEST_CASE("Rat to double and float is correctly rounded") {
  bool exact;
  CHECK(Rat(BigInt(1), BigInt(10)).toDouble(&exact) == 0.1);
  CHECK_FALSE(exact);
  CHECK(Rat(BigInt(1), BigInt(4)).toDouble(&exact) == 0.25);
  CHECK(exact);
  // Halfway cases round to even: 2^53+1 -> 2^53, 2^53+3 -> 2^53+4.
  BigInt two53 = BigInt(1).shl(53);
  CHECK(Rat(two53 + BigInt(1)).toDouble(&exact) == 9007199254740992.0);
  CHECK_FALSE(exact);
  CHECK(Rat(two53 + BigInt(3)).toDouble() == 9007199254740996.0);
  // Just above halfway rounds up.
  CHECK(Rat(two53.shl(10) + BigInt(1).shl(10) + BigInt(1)).toDouble() == std::ldexp(9007199254740994.0, 10));
  // Overflow and the largest finite value.
  BigInt maxd = (BigInt(1).shl(53) - BigInt(1)).shl(971);
  CHECK(Rat(maxd).toDouble(&exact) == 1.7976931348623157e308);
  CHECK(exact);
  BigInt halfUlp = BigInt(1).shl(970);
  CHECK(std::isinf(Rat(maxd + halfUlp).toDouble(&exact)));  // halfway to 2^1024 rounds to even: Inf
  CHECK_FALSE(exact);
  CHECK(Rat(maxd + halfUlp - BigInt(1)).toDouble() == 1.7976931348623157e308);
  // Subnormals: 2^-1074 exactly, half of it rounds to 0 (even), a bit more rounds up.
  BigInt d1074 = BigInt(1).shl(1074);
  CHECK(Rat(BigInt(1), d1074).toDouble(&exact) == 5e-324);
  CHECK(exact);
  CHECK(Rat(BigInt(1), d1074.shl(1)).toDouble(&exact) == 0.0);
  CHECK_FALSE(exact);
  CHECK(Rat(BigInt(3), d1074.shl(2)).toDouble() == 5e-324);
  CHECK(Rat(BigInt(3), d1074.shl(1)).toDouble() == 1e-323);  // 1.5 ulp -> 2 (even)
  CHECK(Rat(BigInt(-1), BigInt(3)).toDouble() == -1.0 / 3.0);
  // float32: 16777217 rounds to 16777216; FLT_MAX and overflow.
  CHECK(Rat(BigInt(16777217)).toFloat(&exact) == 16777216.0f);
  CHECK_FALSE(exact);
  CHECK(Rat(BigInt(1), BigInt(10)).toFloat() == 0.1f);
  BigInt maxf = (BigInt(1).shl(24) - BigInt(1)).shl(104);
  CHECK(Rat(maxf).toFloat() == 3.40282346638528859811704183484516925440e+38f);
  CHECK(std::isinf(Rat(maxf + BigInt(1).shl(103)).toFloat()));
  CHECK(Rat(BigInt(1), BigInt(1).shl(149)).toFloat() == 1.40129846e-45f);
  CHECK(Rat(BigInt(1), BigInt(1).shl(151)).toFloat() == 0.0f);
}

TEST_CASE("decimal literals round like strtod and strtof") {
  std::mt19937_64 g(4);
  for (int iter = 0; iter < 4000; iter++) {
    // Random mantissas of up to 25 digits and exponents across the whole double range,
    // including subnormals and overflow.
    std::string m;
    int nd = 1 + int(g() % 25);
    for (int i = 0; i < nd; i++) m.push_back(char('0' + g() % 10));
    if (g() % 3 == 0) m.insert(m.begin() + g() % (m.size() + 1), '.');
    if (m == ".") m = "0.5";
    int e = int(g() % 700) - 350;
    std::string s = m + "e" + std::to_string(e);
    Value v = makeFromLiteral(s, LitKind::Float);
    REQUIRE(v.kind() == Kind::Float);
    double want = std::strtod(s.c_str(), nullptr);
    float wantf = std::strtof(s.c_str(), nullptr);
    INFO(s);
    REQUIRE(float64Val(v) == want);
    REQUIRE(float32Val(v) == wantf);
  }
  // Classic hard cases.
  const char* hard[] = {"2.2250738585072011e-308", "2.2250738585072012e-308",
                        "4.9406564584124654e-324", "2.4703282292062327e-324",
                        "2.4703282292062328e-324", "1.7976931348623158e308",
                        "9007199254740993", "0.1", "0.3", "1e23", "8.589973e9",
                        "7.038531e-26", "1.00000005960464477550"};
  for (const char* s : hard) {
    INFO(s);
    CHECK(float64Val(F(s)) == std::strtod(s, nullptr));
    CHECK(float32Val(F(s)) == std::strtof(s, nullptr));
  }
}

// ---------------------------------------------------------------------------------------
// Values: construction and accessors

TEST_CASE("Value factories and kinds") {
  CHECK(makeUnknown().kind() == Kind::Unknown);
  CHECK(Value().kind() == Kind::Unknown);
  CHECK(makeBool(true).kind() == Kind::Bool);
  CHECK(boolVal(makeBool(true)));
  CHECK_FALSE(boolVal(makeBool(false)));
  CHECK(makeString("hi").kind() == Kind::String);
  CHECK(stringVal(makeString("hi")) == "hi");
  CHECK(stringVal(makeInt64(1)) == "");
  CHECK(makeInt64(-5).kind() == Kind::Int);
  CHECK(makeUint64(UINT64_MAX).kind() == Kind::Int);
  CHECK(toString(makeUint64(UINT64_MAX)) == "18446744073709551615");
  CHECK(makeFloat64(0.5).kind() == Kind::Float);
  CHECK(makeFloat64(NAN).kind() == Kind::Unknown);
  CHECK(makeFloat64(INFINITY).kind() == Kind::Unknown);
  CHECK(sign(makeFloat64(-0.0)) == 0);
  CHECK(exactString(makeFloat64(0.1)) == "3602879701896397/36028797018963968");
  CHECK(exactString(makeFloat64(5e-324)).size() > 300);
  CHECK(float64Val(makeFloat64(5e-324)) == 5e-324);
  CHECK(float64Val(makeFloat64(-1.7976931348623157e308)) == -1.7976931348623157e308);
  Value c = makeImag(makeInt64(2));
  CHECK(c.kind() == Kind::Complex);
  CHECK(toString(c) == "(0 + 2i)");
  CHECK(makeImag(makeString("x")).kind() == Kind::Unknown);
  CHECK(makeComplex(makeInt64(1), Value()).kind() == Kind::Unknown);
}

TEST_CASE("int64Val and uint64Val report exactness") {
  int64_t i;
  uint64_t u;
  CHECK(int64Val(makeInt64(INT64_MIN), &i));
  CHECK(i == INT64_MIN);
  CHECK_FALSE(int64Val(makeUint64(uint64_t(1) << 63), &i));
  CHECK(uint64Val(makeUint64(uint64_t(1) << 63), &u));
  CHECK(u == uint64_t(1) << 63);
  CHECK_FALSE(uint64Val(makeInt64(-1), &u));
  CHECK_FALSE(uint64Val(shift(makeInt64(1), Op::Shl, 64), &u));
  CHECK(uint64Val(binaryOp(shift(makeInt64(1), Op::Shl, 64), Op::Sub, makeInt64(1)), &u));
  CHECK(u == UINT64_MAX);
  CHECK_FALSE(int64Val(F("1"), &i));  // Float kind is not Int
  // An Int that shrinks back into int64 range is an int64 again.
  Value big = shift(makeInt64(1), Op::Shl, 100);
  CHECK(int64Val(shift(big, Op::Shr, 98), &i));
  CHECK(i == 4);
  CHECK(bitLen(big) == 101);
  CHECK(bitLen(makeInt64(INT64_MIN)) == 64);
  CHECK(bitLen(makeInt64(0)) == 0);
}

TEST_CASE("float64Val and float32Val of Ints") {
  bool exact;
  CHECK(float64Val(makeInt64(INT64_MAX), &exact) == 9223372036854775808.0);
  CHECK_FALSE(exact);
  CHECK(float64Val(makeInt64(1) , &exact) == 1.0);
  CHECK(exact);
  CHECK(float64Val(makeInt64(INT64_MIN), &exact) == -9223372036854775808.0);
  CHECK(exact);
  CHECK(float64Val(shift(makeInt64(1), Op::Shl, 1023), &exact) == std::ldexp(1.0, 1023));
  CHECK(exact);
  CHECK(std::isinf(float64Val(shift(makeInt64(1), Op::Shl, 1024), &exact)));
  CHECK_FALSE(exact);
  CHECK(float32Val(makeInt64(16777217), &exact) == 16777216.0f);
  CHECK_FALSE(exact);
  CHECK(float64Val(makeString("x"), &exact) == 0.0);
  CHECK_FALSE(exact);
}

// ---------------------------------------------------------------------------------------
// Arithmetic

TEST_CASE("untyped constant arithmetic is exact") {
  // const x = 1 << 100; x >> 98 == 4
  Value x = shift(makeInt64(1), Op::Shl, 100);
  CHECK(toString(x) == "1267650600228229401496703205376");
  CHECK(eq(shift(x, Op::Shr, 98), makeInt64(4)));
  // const f = 0.1; f*3 == 0.3
  CHECK(eq(binaryOp(F("0.1"), Op::Mul, makeInt64(3)), F("0.3")));
  CHECK(eq(binaryOp(binaryOp(F("0.1"), Op::Add, F("0.2")), Op::Sub, F("0.3")), makeInt64(0)));
  // 1e300*1e300/1e300 == 1e300
  Value e300 = F("1e300");
  CHECK(eq(binaryOp(binaryOp(e300, Op::Mul, e300), Op::Quo, e300), e300));
  // float64(0.1) rounds correctly
  CHECK(float64Val(F("0.1")) == 0.1);
  CHECK(float64Val(binaryOp(makeInt64(1), Op::Quo, makeInt64(3))) == 1.0 / 3.0);
  // Mixed kinds promote: Int + Float is a Float; anything with a Complex is Complex.
  Value s = binaryOp(makeInt64(1), Op::Add, F("2.0"));
  CHECK(s.kind() == Kind::Float);
  CHECK(toString(s) == "3");
  Value cs = binaryOp(makeInt64(1), Op::Sub, lit("2i", LitKind::Imag));
  CHECK(cs.kind() == Kind::Complex);
  CHECK(toString(cs) == "(1 + -2i)");
  CHECK(toString(binaryOp(lit("2i", LitKind::Imag), Op::Mul, lit("2i", LitKind::Imag))) == "(-4 + 0i)");
  // Big intermediate values in float arithmetic stay exact.
  Value huge = binaryOp(F("1e200"), Op::Mul, F("1e200"));
  CHECK(std::isinf(float64Val(huge)));
  CHECK(float64Val(binaryOp(huge, Op::Quo, F("1e300"))) == 1e100);
}

TEST_CASE("integer operations follow Go") {
  CHECK(toString(binaryOp(makeInt64(7), Op::Rem, makeInt64(-3))) == "1");
  CHECK(toString(binaryOp(makeInt64(-7), Op::Rem, makeInt64(3))) == "-1");
  CHECK(toString(binaryOp(makeInt64(-7), Op::Quo, makeInt64(2), true)) == "-3");
  Value q = binaryOp(makeInt64(-7), Op::Quo, makeInt64(2));
  CHECK(q.kind() == Kind::Float);
  CHECK(exactString(q) == "-7/2");
  CHECK(binaryOp(makeInt64(4), Op::Quo, makeInt64(2)).kind() == Kind::Float);  // 4/2 untyped-exact
  // Overflow out of the int64 fast path, both ways.
  Value mx = makeInt64(INT64_MAX), mn = makeInt64(INT64_MIN);
  CHECK(toString(binaryOp(mx, Op::Add, makeInt64(1))) == "9223372036854775808");
  CHECK(toString(binaryOp(mn, Op::Sub, makeInt64(1))) == "-9223372036854775809");
  CHECK(toString(binaryOp(mx, Op::Mul, mx)) == "85070591730234615847396907784232501249");
  CHECK(toString(binaryOp(mn, Op::Quo, makeInt64(-1), true)) == "9223372036854775808");
  CHECK(toString(binaryOp(mn, Op::Rem, makeInt64(-1))) == "0");
  CHECK(toString(unaryOp(Op::Sub, mn)) == "9223372036854775808");
  CHECK(eq(unaryOp(Op::Sub, unaryOp(Op::Sub, mn)), mn));
  // Bitwise ops, small and big.
  CHECK(toString(binaryOp(makeInt64(12), Op::And, makeInt64(10))) == "8");
  CHECK(toString(binaryOp(makeInt64(12), Op::Or, makeInt64(10))) == "14");
  CHECK(toString(binaryOp(makeInt64(12), Op::Xor, makeInt64(10))) == "6");
  CHECK(toString(binaryOp(makeInt64(12), Op::AndNot, makeInt64(10))) == "4");
  CHECK(toString(binaryOp(makeInt64(-1), Op::AndNot, makeInt64(10))) == "-11");
  Value m3s70 = shift(makeInt64(-3), Op::Shl, 70);
  CHECK(toString(binaryOp(makeInt64(-12345678901234), Op::AndNot, m3s70)) == "3541774849806555009038");
  CHECK(toString(binaryOp(m3s70, Op::Or, makeInt64(-99))) == "-99");
  // Division and remainder by zero give Unknown.
  CHECK(binaryOp(makeInt64(1), Op::Quo, makeInt64(0)).kind() == Kind::Unknown);
  CHECK(binaryOp(makeInt64(1), Op::Quo, makeInt64(0), true).kind() == Kind::Unknown);
  CHECK(binaryOp(makeInt64(1), Op::Rem, makeInt64(0)).kind() == Kind::Unknown);
  CHECK(binaryOp(F("1.5"), Op::Quo, F("0.0")).kind() == Kind::Unknown);
  CHECK(binaryOp(lit("1i", LitKind::Imag), Op::Quo, makeImag(makeInt64(0))).kind() == Kind::Unknown);
  // Rem and bit ops are undefined on Floats.
  CHECK(binaryOp(F("1.5"), Op::Rem, makeInt64(1)).kind() == Kind::Unknown);
  CHECK(binaryOp(F("1.5"), Op::And, makeInt64(1)).kind() == Kind::Unknown);
}

TEST_CASE("big integer results agree with exact decimal arithmetic") {
  Value a = I("123456789012345678901234567890");
  Value b = I("987654321098765432109876543210");
  CHECK(toString(binaryOp(a, Op::Add, b)) == "1111111110111111111011111111100");
  CHECK(toString(binaryOp(a, Op::Sub, b)) == "-864197532086419753208641975320");
  CHECK(toString(binaryOp(a, Op::Mul, b)) ==
        "121932631137021795226185032733622923332237463801111263526900");
  CHECK(toString(binaryOp(b, Op::Quo, a, true)) == "8");
  CHECK(toString(binaryOp(b, Op::Rem, a)) == "9000000000900000000090");
  CHECK(exactString(binaryOp(b, Op::Quo, a)) == "109739369/13717421");
  CHECK(eq(binaryOp(binaryOp(b, Op::Quo, a), Op::Mul, a), b));
}

TEST_CASE("complex arithmetic") {
  Value a = makeComplex(makeInt64(1), makeInt64(2));  // 1+2i
  Value b = makeComplex(makeInt64(3), makeInt64(-1));  // 3-i
  CHECK(toString(binaryOp(a, Op::Add, b)) == "(4 + 1i)");
  CHECK(toString(binaryOp(a, Op::Sub, b)) == "(-2 + 3i)");
  CHECK(toString(binaryOp(a, Op::Mul, b)) == "(5 + 5i)");
  Value q = binaryOp(a, Op::Quo, b);  // (1+2i)/(3-i) = (1+7i)/10
  CHECK(exactString(q) == "(1/10 + 7/10i)");
  CHECK(eq(binaryOp(q, Op::Mul, b), a));
  CHECK(compare(a, Op::Neq, b));
  CHECK(compare(binaryOp(a, Op::Add, makeInt64(0)), Op::Eql, a));
  CHECK_FALSE(compare(a, Op::Lss, b));  // complex values are unordered
  CHECK(binaryOp(a, Op::Lss, b).kind() == Kind::Unknown);
  CHECK(toString(unaryOp(Op::Sub, a)) == "(-1 + -2i)");
  CHECK(toString(real(a)) == "1");
  CHECK(toString(imag(a)) == "2");
  CHECK(toString(imag(makeInt64(5))) == "0");
  CHECK(real(Value()).kind() == Kind::Unknown);
  CHECK(sign(makeComplex(makeInt64(0), makeInt64(0))) == 0);
  CHECK(sign(makeComplex(makeInt64(0), makeInt64(-1))) != 0);
}

TEST_CASE("comparisons") {
  CHECK(compare(makeInt64(1), Op::Lss, makeInt64(2)));
  CHECK(compare(makeInt64(2), Op::Leq, makeInt64(2)));
  CHECK(compare(makeInt64(3), Op::Gtr, F("2.5")));
  CHECK(compare(F("2.5"), Op::Geq, F("2.5")));
  CHECK(compare(F("0.5"), Op::Eql, binaryOp(makeInt64(1), Op::Quo, makeInt64(2))));
  CHECK(compare(shift(makeInt64(1), Op::Shl, 80), Op::Gtr, makeInt64(INT64_MAX)));
  CHECK(compare(unaryOp(Op::Sub, shift(makeInt64(1), Op::Shl, 80)), Op::Lss, makeInt64(INT64_MIN)));
  CHECK(compare(makeString("abc"), Op::Lss, makeString("abd")));
  CHECK(compare(makeString("ab"), Op::Lss, makeString("abc")));
  CHECK(compare(makeString("\xff"), Op::Gtr, makeString("a")));  // bytewise, unsigned
  CHECK(compare(makeBool(true), Op::Eql, makeBool(true)));
  CHECK(compare(makeBool(true), Op::Neq, makeBool(false)));
  CHECK_FALSE(compare(makeBool(true), Op::Lss, makeBool(false)));
  CHECK_FALSE(compare(Value(), Op::Eql, Value()));
  CHECK_FALSE(compare(makeInt64(1), Op::Eql, makeString("1")));
  CHECK(boolVal(binaryOp(makeInt64(1), Op::Neq, makeInt64(2))));
  CHECK(binaryOp(makeString("a"), Op::Eql, makeInt64(2)).kind() == Kind::Unknown);
}

TEST_CASE("bool and string operations") {
  CHECK(boolVal(binaryOp(makeBool(true), Op::LAnd, makeBool(true))));
  CHECK_FALSE(boolVal(binaryOp(makeBool(true), Op::LAnd, makeBool(false))));
  CHECK(boolVal(binaryOp(makeBool(false), Op::LOr, makeBool(true))));
  CHECK(boolVal(unaryOp(Op::Not, makeBool(false))));
  CHECK(unaryOp(Op::Not, makeInt64(1)).kind() == Kind::Unknown);
  CHECK(stringVal(binaryOp(makeString("foo"), Op::Add, makeString("bar"))) == "foobar");
  CHECK(stringVal(binaryOp(makeString(""), Op::Add, makeString("bar"))) == "bar");
  CHECK(binaryOp(makeString("a"), Op::Sub, makeString("b")).kind() == Kind::Unknown);
  CHECK(binaryOp(makeString("a"), Op::Add, makeInt64(1)).kind() == Kind::Unknown);
  CHECK(binaryOp(makeBool(true), Op::Add, makeBool(true)).kind() == Kind::Unknown);
}

TEST_CASE("Unknown operands give Unknown") {
  Value u;
  CHECK(binaryOp(u, Op::Add, makeInt64(1)).kind() == Kind::Unknown);
  CHECK(binaryOp(makeInt64(1), Op::Mul, u).kind() == Kind::Unknown);
  CHECK(unaryOp(Op::Sub, u).kind() == Kind::Unknown);
  CHECK(shift(u, Op::Shl, 1).kind() == Kind::Unknown);
  CHECK(toInt(u).kind() == Kind::Unknown);
  CHECK(toFloat(u).kind() == Kind::Unknown);
  CHECK(sign(u) == 1);
  CHECK(toString(u) == "unknown");
}

TEST_CASE("unary operators") {
  CHECK(toString(unaryOp(Op::Add, makeInt64(5))) == "5");
  CHECK(toString(unaryOp(Op::Sub, F("2.5"))) == "-2.5");
  CHECK(toString(unaryOp(Op::Xor, makeInt64(-5))) == "4");
  CHECK(toString(unaryOp(Op::Xor, makeInt64(5))) == "-6");
  // ^x for unsigned types of prec bits (go/constant values).
  CHECK(toString(unaryOp(Op::Xor, makeInt64(5), 8)) == "250");
  CHECK(toString(unaryOp(Op::Xor, makeInt64(0), 64)) == "18446744073709551615");
  CHECK(toString(unaryOp(Op::Xor, makeInt64(0), 63)) == "9223372036854775807");
  CHECK(toString(unaryOp(Op::Xor, makeInt64(0), 32)) == "4294967295");
  CHECK(toString(unaryOp(Op::Xor, makeUint64(UINT64_MAX), 64)) == "0");
  CHECK(toString(unaryOp(Op::Xor, makeInt64(1), 16)) == "65534");
  CHECK(unaryOp(Op::Xor, F("1.0")).kind() == Kind::Unknown);
}

TEST_CASE("shifts and their limits") {
  CHECK(toString(shift(makeInt64(1), Op::Shl, 62)) == "4611686018427387904");
  CHECK(toString(shift(makeInt64(1), Op::Shl, 63)) == "9223372036854775808");
  CHECK(toString(shift(makeInt64(-1), Op::Shl, 63)) == "-9223372036854775808");
  CHECK(toString(shift(makeInt64(3), Op::Shl, 64)) == "55340232221128654848");
  CHECK(toString(shift(makeInt64(-7), Op::Shr, 1)) == "-4");
  CHECK(toString(shift(makeInt64(-7), Op::Shr, 100)) == "-1");
  CHECK(toString(shift(makeInt64(7), Op::Shr, 100)) == "0");
  CHECK(toString(shift(makeInt64(INT64_MIN), Op::Shr, 63)) == "-1");
  CHECK(toString(binaryOp(makeInt64(1), Op::Shl, makeInt64(10))) == "1024");
  CHECK(binaryOp(makeInt64(1), Op::Shl, makeInt64(-1)).kind() == Kind::Unknown);
  CHECK(shift(F("1.0"), Op::Shl, 1).kind() == Kind::Unknown);
  CHECK(shift(makeInt64(1), Op::Shl, kMaxShift).kind() == Kind::Int);
  CHECK(shift(makeInt64(1), Op::Shl, kMaxShift + 1).kind() == Kind::Unknown);
  CHECK(shift(makeInt64(0), Op::Shl, uint64_t(1) << 40).kind() == Kind::Int);
  CHECK(shift(makeInt64(5), Op::Shr, uint64_t(1) << 40).kind() == Kind::Int);
  CHECK(toString(shift(shift(makeInt64(5), Op::Shl, 10000), Op::Shr, 9999)) == "10");
}

// ---------------------------------------------------------------------------------------
// Conversions and representability

TEST_CASE("toInt toFloat toComplex") {
  CHECK(toInt(F("3.0")).kind() == Kind::Int);
  CHECK(toString(toInt(F("3.0"))) == "3");
  CHECK(toString(toInt(F("1e30"))) == "1000000000000000000000000000000");
  CHECK(toInt(F("3.5")).kind() == Kind::Unknown);
  CHECK(toString(toInt(makeComplex(F("2.0"), makeInt64(0)))) == "2");
  CHECK(toInt(makeComplex(F("2.0"), makeInt64(1))).kind() == Kind::Unknown);
  CHECK(toInt(makeString("1")).kind() == Kind::Unknown);
  CHECK(toFloat(makeInt64(3)).kind() == Kind::Float);
  CHECK(toFloat(makeComplex(F("2.5"), makeInt64(0))).kind() == Kind::Float);
  CHECK(toFloat(makeComplex(F("2.5"), makeInt64(1))).kind() == Kind::Unknown);
  CHECK(toComplex(makeInt64(3)).kind() == Kind::Complex);
  CHECK(toString(toComplex(F("2.5"))) == "(2.5 + 0i)");
  CHECK(isInteger(makeInt64(3)));
  CHECK(isInteger(F("3.0")));
  CHECK_FALSE(isInteger(F("3.5")));
  CHECK_FALSE(isInteger(makeString("3")));
  CHECK(toString(num(F("0.75"))) == "3");
  CHECK(toString(denom(F("0.75"))) == "4");
  CHECK(toString(denom(makeInt64(7))) == "1");
}

TEST_CASE("representable integer types") {
  CHECK(representable(makeInt64(127), Repr::Int8));
  CHECK_FALSE(representable(makeInt64(128), Repr::Int8));
  CHECK(representable(makeInt64(-128), Repr::Int8));
  CHECK_FALSE(representable(makeInt64(-129), Repr::Int8));
  CHECK(representable(makeInt64(255), Repr::Uint8));
  CHECK_FALSE(representable(makeInt64(256), Repr::Uint8));
  CHECK_FALSE(representable(makeInt64(-1), Repr::Uint8));
  CHECK(representable(makeInt64(32767), Repr::Int16));
  CHECK_FALSE(representable(makeInt64(65536), Repr::Uint16));
  CHECK(representable(makeInt64(INT32_MIN), Repr::Int32));
  CHECK_FALSE(representable(makeInt64(int64_t(INT32_MAX) + 1), Repr::Int32));
  CHECK(representable(makeInt64(UINT32_MAX), Repr::Uint32));
  CHECK(representable(makeInt64(INT64_MIN), Repr::Int64));
  CHECK_FALSE(representable(makeUint64(uint64_t(1) << 63), Repr::Int64));
  CHECK(representable(makeUint64(UINT64_MAX), Repr::Uint64));
  CHECK_FALSE(representable(shift(makeInt64(1), Op::Shl, 64), Repr::Uint64));
  CHECK(representable(shift(makeInt64(1), Op::Shl, 64), Repr::UntypedInt));
  Value r;
  CHECK(representable(F("2.0"), Repr::Int8, &r));  // a Float with integral value converts
  CHECK(r.kind() == Kind::Int);
  CHECK_FALSE(representable(F("2.5"), Repr::Int64));
  CHECK_FALSE(representable(makeString("x"), Repr::Int64));
  CHECK(representable(makeComplex(makeInt64(3), F("0.0")), Repr::Uint8, &r));
  CHECK(toString(r) == "3");
}

TEST_CASE("representable float and complex types round") {
  Value r;
  CHECK(representable(F("0.1"), Repr::Float64, &r));
  CHECK(r.kind() == Kind::Float);
  CHECK(exactString(r) == "3602879701896397/36028797018963968");
  CHECK(representable(F("0.1"), Repr::Float32, &r));
  CHECK(float64Val(r) == double(0.1f));
  CHECK(representable(makeInt64(3), Repr::Float64, &r));
  CHECK(r.kind() == Kind::Float);
  CHECK(representable(F("1.7976931348623157e308"), Repr::Float64));
  CHECK(representable(F("1.7976931348623158e308"), Repr::Float64));  // rounds down
  CHECK_FALSE(representable(F("1.7976931348623159e308"), Repr::Float64));  // rounds to Inf
  CHECK_FALSE(representable(F("1e309"), Repr::Float64));
  CHECK(representable(F("1e-400"), Repr::Float64, &r));  // underflow is fine
  CHECK(sign(r) == 0);
  CHECK_FALSE(representable(F("1e39"), Repr::Float32));
  CHECK(representable(F("3.4028234e38"), Repr::Float32));
  CHECK(representable(F("1e39"), Repr::UntypedFloat));
  CHECK_FALSE(representable(makeString("x"), Repr::Float64));
  CHECK_FALSE(representable(makeComplex(makeInt64(1), makeInt64(1)), Repr::Float64));
  CHECK(representable(makeComplex(makeInt64(1), makeInt64(0)), Repr::Float64, &r));
  CHECK(r.kind() == Kind::Float);
  CHECK(representable(F("1.5"), Repr::Complex128, &r));
  CHECK(r.kind() == Kind::Complex);
  CHECK(toString(r) == "(1.5 + 0i)");
  CHECK(representable(makeComplex(F("0.1"), F("1e38")), Repr::Complex64, &r));
  CHECK(float64Val(real(r)) == double(0.1f));
  CHECK_FALSE(representable(makeComplex(F("0.1"), F("1e39")), Repr::Complex64));
  CHECK(representable(makeComplex(F("0.1"), F("1e39")), Repr::Complex128));
  CHECK(representable(makeBool(true), Repr::Bool));
  CHECK_FALSE(representable(makeInt64(1), Repr::Bool));
  CHECK(representable(makeString(""), Repr::String));
  CHECK_FALSE(representable(makeBool(false), Repr::String));
}

// ---------------------------------------------------------------------------------------
// Literals

TEST_CASE("integer literals") {
  CHECK(toString(I("0")) == "0");
  CHECK(toString(I("42")) == "42");
  CHECK(toString(I("1_000_000")) == "1000000");
  CHECK(toString(I("0x_FF")) == "255");
  CHECK(toString(I("0XdeadBEEF")) == "3735928559");
  CHECK(toString(I("0o17")) == "15");
  CHECK(toString(I("0O17")) == "15");
  CHECK(toString(I("017")) == "15");
  CHECK(toString(I("0_17")) == "15");
  CHECK(toString(I("0b1011")) == "11");
  CHECK(toString(I("0B_1_0")) == "2");
  CHECK(toString(I("18446744073709551616")) == "18446744073709551616");
  CHECK(toString(I("0xffffffffffffffffffffffffffffffff")) == "340282366920938463463374607431768211455");
  CHECK(I("42").kind() == Kind::Int);
}

TEST_CASE("malformed number literals give gc's messages") {
  CHECK(litErr("08", LitKind::Int) == "invalid digit '8' in octal literal");
  CHECK(litErr("0o19", LitKind::Int) == "invalid digit '9' in octal literal");
  CHECK(litErr("0b102", LitKind::Int) == "invalid digit '2' in binary literal");
  CHECK(litErr("0x", LitKind::Int) == "hexadecimal literal has no digits");
  CHECK(litErr("0b", LitKind::Int) == "binary literal has no digits");
  CHECK(litErr("1__0", LitKind::Int) == "'_' must separate successive digits");
  CHECK(litErr("1_", LitKind::Int) == "'_' must separate successive digits");
  CHECK(litErr("0x_", LitKind::Int) == "hexadecimal literal has no digits");
  CHECK(litErr("0_x1", LitKind::Int) == "malformed constant: 0_x1");
  CHECK(litErr("1e", LitKind::Float) == "exponent has no digits");
  CHECK(litErr("1e+", LitKind::Float) == "exponent has no digits");
  CHECK(litErr("0x1.8", LitKind::Float) == "hexadecimal mantissa requires a 'p' exponent");
  CHECK(litErr("1p4", LitKind::Float) == "'p' exponent requires hexadecimal mantissa");
  CHECK(litErr("0b1e1", LitKind::Float) == "'e' exponent requires decimal mantissa");
  CHECK(litErr("0o1.5", LitKind::Float) == "invalid radix point in octal literal");
  CHECK(litErr("0b1.1", LitKind::Float) == "invalid radix point in binary literal");
  CHECK(litErr("1._5", LitKind::Float) == "'_' must separate successive digits");
  CHECK(litErr("1.5", LitKind::Int) == "malformed constant: 1.5");
  CHECK(litErr("1.5", LitKind::Imag) == "malformed constant: 1.5");
  CHECK(litErr("", LitKind::Int).size() > 0);
  std::string longLit(10001, '1');
  CHECK(litErr(longLit.c_str(), LitKind::Int) == "excessively long constant: 1111111111... (10001 chars)");
}

TEST_CASE("float literals") {
  CHECK(exactString(F("0.1")) == "1/10");
  CHECK(exactString(F("1.5e3")) == "1500");
  CHECK(exactString(F(".5")) == "1/2");
  CHECK(exactString(F("1.")) == "1");
  CHECK(exactString(F("1E-2")) == "1/100");
  CHECK(exactString(F("1_000.000_1")) == "10000001/10000");
  CHECK(exactString(F("0123.5")) == "247/2");  // leading 0 does not mean octal here
  CHECK(exactString(F("089.5")) == "179/2");
  CHECK(exactString(F("0x1p-2")) == "1/4");
  CHECK(exactString(F("0X1.8P1")) == "3");
  CHECK(exactString(F("0x.8p0")) == "1/2");
  CHECK(exactString(F("0x_1p4")) == "16");
  CHECK(exactString(F("0x1.fffffffffffffp1023")) ==
        exactString(makeFloat64(1.7976931348623157e308)));
  CHECK(F("1").kind() == Kind::Float);  // a FLOAT token of integer form is still a Float
  CHECK(exactString(F("0o17")) == "15");
  CHECK(exactString(F("1e0")) == "1");
  CHECK(exactString(F("0e1000000")) == "0");
  CHECK(exactString(F("0.0")) == "0");
}

TEST_CASE("imaginary literals") {
  Value v = lit("2i", LitKind::Imag);
  CHECK(v.kind() == Kind::Complex);
  CHECK(toString(v) == "(0 + 2i)");
  CHECK(toString(lit("1.5i", LitKind::Imag)) == "(0 + 1.5i)");
  CHECK(exactString(lit("1.5i", LitKind::Imag)) == "(0 + 3/2i)");
  CHECK(toString(lit("0123i", LitKind::Imag)) == "(0 + 123i)");  // decimal for compatibility
  CHECK(toString(lit("0x10i", LitKind::Imag)) == "(0 + 16i)");
  CHECK(toString(lit("0b101i", LitKind::Imag)) == "(0 + 5i)");
  CHECK(toString(lit("0o17i", LitKind::Imag)) == "(0 + 15i)");
  CHECK(toString(lit("1e2i", LitKind::Imag)) == "(0 + 100i)");
  CHECK(toString(lit("0x1p-1i", LitKind::Imag)) == "(0 + 0.5i)");
  CHECK(imag(v).kind() == Kind::Float);
  CHECK(litErr("2i", LitKind::Float) == "malformed constant: 2i");
}

TEST_CASE("rune literals") {
  auto rune = [](const char* s) {
    int64_t i = -1;
    Value v = lit(s, LitKind::Rune);
    CHECK(v.kind() == Kind::Int);
    int64Val(v, &i);
    return i;
  };
  CHECK(rune("'a'") == 97);
  CHECK(rune("'\\n'") == 10);
  CHECK(rune("'\\a'") == 7);
  CHECK(rune("'\\b'") == 8);
  CHECK(rune("'\\f'") == 12);
  CHECK(rune("'\\r'") == 13);
  CHECK(rune("'\\t'") == 9);
  CHECK(rune("'\\v'") == 11);
  CHECK(rune("'\\\\'") == 92);
  CHECK(rune("'\\''") == 39);
  CHECK(rune("'\\x41'") == 65);
  CHECK(rune("'\\xff'") == 255);
  CHECK(rune("'\\u00e9'") == 0xE9);
  CHECK(rune("'\\U0001F600'") == 0x1F600);
  CHECK(rune("'\\377'") == 255);
  CHECK(rune("'\\000'") == 0);
  CHECK(rune("'\xc3\xa9'") == 0xE9);          // é
  CHECK(rune("'\xf0\x9f\x98\x80'") == 0x1F600);  // 😀
  CHECK(rune("'\"'") == 34);
}

TEST_CASE("malformed rune literals") {
  CHECK(litErr("''", LitKind::Rune) == "empty rune literal or unescaped '");
  CHECK(litErr("'ab'", LitKind::Rune) == "more than one character in rune literal");
  CHECK(litErr("'\\q'", LitKind::Rune) == "unknown escape");
  CHECK(litErr("'\\\"'", LitKind::Rune) == "unknown escape");
  CHECK(litErr("'\\400'", LitKind::Rune) == "octal escape value 256 > 255");
  CHECK(litErr("'\\uD800'", LitKind::Rune) == "escape is invalid Unicode code point U+D800");
  CHECK(litErr("'\\U00110000'", LitKind::Rune) == "escape is invalid Unicode code point U+110000");
  CHECK(litErr("'\\x4'", LitKind::Rune) == "invalid character '\\'' in hexadecimal escape");
  CHECK(litErr("'\\xg0'", LitKind::Rune) == "invalid character 'g' in hexadecimal escape");
  CHECK(litErr("'\\08'", LitKind::Rune) == "invalid character '8' in octal escape");
  CHECK(litErr("'\\u12'", LitKind::Rune) == "invalid character '\\'' in hexadecimal escape");
  CHECK(litErr("'a", LitKind::Rune) == "rune literal not terminated");
}

TEST_CASE("string literals") {
  auto str = [](const char* s) {
    Value v = lit(s, LitKind::String);
    CHECK(v.kind() == Kind::String);
    return stringVal(v);
  };
  CHECK(str("\"\"") == "");
  CHECK(str("\"hello\"") == "hello");
  CHECK(str("\"a\\tb\\n\"") == "a\tb\n");
  CHECK(str("\"\\x41\\102\"") == "AB");
  CHECK(str("\"\\xff\\377\"") == "\xff\xff");  // raw bytes, not UTF-8
  CHECK(str("\"\\u00e9\"") == "\xc3\xa9");     // UTF-8
  CHECK(str("\"\\U0001F600\"") == "\xf0\x9f\x98\x80");
  CHECK(str("\"\\\"quoted\\\"\"") == "\"quoted\"");
  CHECK(str("\"\\\\\"") == "\\");
  CHECK(str("\"'\"") == "'");
  CHECK(str("\"日本語\"") == "日本語");
  CHECK(str("`raw\\n`") == "raw\\n");
  CHECK(str("`a\r\nb\r`") == "a\nb");
  CHECK(str("`multi\nline`") == "multi\nline");
  CHECK(str("``") == "");
}

TEST_CASE("malformed string literals") {
  CHECK(litErr("\"\\'\"", LitKind::String) == "unknown escape");
  CHECK(litErr("\"\\q\"", LitKind::String) == "unknown escape");
  CHECK(litErr("\"\\uDFFF\"", LitKind::String) == "escape is invalid Unicode code point U+DFFF");
  CHECK(litErr("\"\\x4\"", LitKind::String) == "invalid character '\"' in hexadecimal escape");
  CHECK(litErr("\"\\777\"", LitKind::String) == "octal escape value 511 > 255");
  CHECK(litErr("\"abc", LitKind::String) == "string not terminated");
  CHECK(litErr("\"\\\"", LitKind::String) == "string not terminated");
  CHECK(litErr("\"a\nb\"", LitKind::String) == "newline in string");
}

// ---------------------------------------------------------------------------------------
// Formatting

TEST_CASE("toString matches go/constant") {
  CHECK(toString(F("1e100")) == "1e+100");
  CHECK(toString(F("0.1")) == "0.1");
  CHECK(toString(F("3.14159265358979")) == "3.14159");
  CHECK(toString(F("123456789")) == "1.23457e+08");
  CHECK(toString(F("100000")) == "100000");
  CHECK(toString(F("1000000")) == "1e+06");
  CHECK(toString(F("0x1p-2")) == "0.25");
  CHECK(toString(F("1e-7")) == "1e-07");
  CHECK(toString(F("0.0001234")) == "0.0001234");
  CHECK(toString(binaryOp(makeInt64(1), Op::Quo, makeInt64(3))) == "0.333333");
  CHECK(toString(makeFloat64(1.7976931348623157e308)) == "1.79769e+308");
  CHECK(toString(makeFloat64(5e-324)) == "4.94066e-324");
  CHECK(toString(F("2.5e-310")) == "2.5e-310");
  // Outside float64 range go/constant approximates by hand.
  CHECK(toString(F("1e400")) == "1e+400");
  CHECK(toString(unaryOp(Op::Sub, F("1e400"))) == "-1e+400");
  CHECK(toString(F("1e-400")) == "1e-400");
  CHECK(toString(F("1e9000")) == "1e+9000");
  CHECK(toString(F("1.5e-5000")) == "1.5e-5000");
  CHECK(toString(toFloat(shift(makeInt64(1), Op::Shl, 100))) == "1.26765e+30");
  CHECK(toString(makeBool(true)) == "true");
  CHECK(toString(makeBool(false)) == "false");
  CHECK(toString(makeInt64(-42)) == "-42");
}

TEST_CASE("string values quote and shorten like go/constant") {
  using namespace std::string_literals;
  CHECK(toString(makeString("hello\n\x00\xff\xc3\xa9\xe2\x80\xa8\xf0\x9f\x98\x80\""s)) ==
        "\"hello\\n\\x00\\xff\xc3\xa9\\u2028\xf0\x9f\x98\x80\\\"\"");
  std::string s70 = "0123456789012345678901234567890123456789012345678901234567890123456789";
  CHECK(toString(makeString(s70)) == "\"" + s70 + "\"");  // exactly 72 with quotes
  CHECK(toString(makeString(s70 + "xyz")) == "\"" + s70.substr(0, 68) + "...");
  CHECK(exactString(makeString(s70 + "xyz")) == "\"" + s70 + "xyz\"");
  // Shortening counts runes, not bytes.
  std::string wide;
  for (int i = 0; i < 80; i++) wide += "\xc3\xa9";
  std::string want = "\"";
  for (int i = 0; i < 68; i++) want += "\xc3\xa9";
  CHECK(toString(makeString(wide)) == want + "...");
  CHECK(quote("tab\there") == "\"tab\\there\"");
  CHECK(quote("\x7f\x01") == "\"\\x7f\\x01\"");
  CHECK(quote("\xc2\xa0") == "\"\\u00a0\"");  // NBSP is not printable in Go
}

TEST_CASE("exactString") {
  CHECK(exactString(makeInt64(5)) == "5");
  CHECK(exactString(F("0.75")) == "3/4");
  CHECK(exactString(unaryOp(Op::Sub, F("0.75"))) == "-3/4");
  CHECK(exactString(makeComplex(F("0.5"), makeInt64(-1))) == "(1/2 + -1i)");
  CHECK(exactString(makeString("a\"b")) == "\"a\\\"b\"");
  CHECK(exactString(Value()) == "unknown");
  CHECK(exactString(makeBool(true)) == "true");
}

// ---------------------------------------------------------------------------------------
// Pathological sizes

TEST_CASE("pathological sizes give Unknown quickly") {
  auto start = std::chrono::steady_clock::now();
  std::string err;
  CHECK(makeFromLiteral("1e1000000", LitKind::Float, &err).kind() == Kind::Unknown);
  CHECK(err == "constant too large: 1e1000000");
  CHECK(makeFromLiteral("1e999999999999999999999999", LitKind::Float).kind() == Kind::Unknown);
  CHECK(makeFromLiteral("0x1p1000000", LitKind::Float).kind() == Kind::Unknown);
  CHECK(makeFromLiteral("1e1000000i", LitKind::Imag).kind() == Kind::Unknown);
  // Far too small underflows to 0, as Go's floats do at their exponent limit; 1/x is then a
  // division by zero, which is what gc reports for 1 / 1e-600000000i.
  Value tiny = makeFromLiteral("1e-600000000", LitKind::Float);
  CHECK(tiny.kind() == Kind::Float);
  CHECK(sign(tiny) == 0);
  CHECK(binaryOp(makeInt64(1), Op::Quo, lit("1e-600000000i", LitKind::Imag)).kind() == Kind::Unknown);
  // Large but sane values stay usable and roughly right.
  Value big = F("1e5000");
  REQUIRE(big.kind() == Kind::Float);
  Value small = F("1e-5000");
  REQUIRE(small.kind() == Kind::Float);
  Value one = binaryOp(big, Op::Mul, small);
  CHECK(float64Val(one) == 1.0);
  CHECK(toString(toInt(one)) == "1");  // approximate values close to integers convert
  // Repeated squaring overflows to Unknown instead of growing without bound.
  Value x = F("1e300");
  int steps = 0;
  while (x.kind() != Kind::Unknown && steps < 20) {
    x = binaryOp(x, Op::Mul, x);
    steps++;
  }
  CHECK(x.kind() == Kind::Unknown);
  Value y = shift(makeInt64(1), Op::Shl, 10000);
  for (int i = 0; i < 10 && y.kind() != Kind::Unknown; i++) y = binaryOp(y, Op::Mul, y);
  CHECK(y.kind() == Kind::Unknown);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(secs < 5.0);
}
