// Exact constant arithmetic: BigInt, Rat and Value. See constant.h for the representation.
#include "frontend/types/constant.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <numeric>

namespace golite::constant {

// =======================================================================================
// BigInt magnitudes
//
// A magnitude is a little-endian vector of 32-bit limbs with no high zero limb. The helpers
// below work on magnitudes only; BigInt's operators add the sign.

using Mag = std::vector<uint32_t>;

struct BigIntOps {
  static void trim(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
  }

  static int cmpMag(const Mag& a, const Mag& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
      if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
  }

  static Mag add(const Mag& a, const Mag& b) {
    const Mag& x = a.size() >= b.size() ? a : b;
    const Mag& y = a.size() >= b.size() ? b : a;
    Mag r(x.size() + 1);
    uint64_t c = 0;
    for (size_t i = 0; i < x.size(); i++) {
      c += uint64_t(x[i]) + (i < y.size() ? y[i] : 0);
      r[i] = uint32_t(c);
      c >>= 32;
    }
    r[x.size()] = uint32_t(c);
    trim(r);
    return r;
  }

  // a - b; requires a >= b.
  static Mag sub(const Mag& a, const Mag& b) {
    Mag r(a.size());
    int64_t borrow = 0;
    for (size_t i = 0; i < a.size(); i++) {
      int64_t d = int64_t(a[i]) - (i < b.size() ? int64_t(b[i]) : 0) - borrow;
      borrow = d < 0;
      r[i] = uint32_t(d + (borrow << 32));
    }
    assert(borrow == 0);
    trim(r);
    return r;
  }

  static Mag mul(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    Mag r(a.size() + b.size());
    for (size_t i = 0; i < a.size(); i++) {
      uint64_t ai = a[i], c = 0;
      if (ai == 0) continue;
      for (size_t j = 0; j < b.size(); j++) {
        uint64_t t = ai * b[j] + r[i + j] + c;  // <= (2^32-1)^2 + 2(2^32-1) < 2^64
        r[i + j] = uint32_t(t);
        c = t >> 32;
      }
      r[i + b.size()] = uint32_t(c);
    }
    trim(r);
    return r;
  }

  // m = m*mul + add.
  static void mulAddSmall(Mag& m, uint32_t mul, uint32_t add) {
    uint64_t c = add;
    for (auto& w : m) {
      c += uint64_t(w) * mul;
      w = uint32_t(c);
      c >>= 32;
    }
    if (c) m.push_back(uint32_t(c));
    trim(m);
  }

  // m = m / d; returns m % d. d != 0.
  static uint32_t divSmall(Mag& m, uint32_t d) {
    uint64_t r = 0;
    for (size_t i = m.size(); i-- > 0;) {
      uint64_t cur = (r << 32) | m[i];
      m[i] = uint32_t(cur / d);
      r = cur % d;
    }
    trim(m);
    return uint32_t(r);
  }

  static Mag shl(const Mag& a, uint64_t s) {
    if (a.empty()) return {};
    size_t limbs = s / 32;
    unsigned bits = s % 32;
    Mag r(a.size() + limbs + 1);
    for (size_t i = 0; i < a.size(); i++) {
      if (bits == 0) {
        r[i + limbs] = a[i];
      } else {
        r[i + limbs] |= a[i] << bits;
        r[i + limbs + 1] = a[i] >> (32 - bits);
      }
    }
    trim(r);
    return r;
  }

  static Mag shr(const Mag& a, uint64_t s) {
    if (s / 32 >= a.size()) return {};
    size_t limbs = s / 32;
    unsigned bits = s % 32;
    Mag r(a.size() - limbs);
    for (size_t i = 0; i < r.size(); i++) {
      uint32_t lo = a[i + limbs] >> bits;
      uint32_t hi = (bits && i + limbs + 1 < a.size()) ? a[i + limbs + 1] << (32 - bits) : 0;
      r[i] = lo | hi;
    }
    trim(r);
    return r;
  }

  // Knuth's algorithm D (TAOCP 4.3.1), as in Hacker's Delight divmnu: q = u / v, r = u % v.
  static void divmod(const Mag& u, const Mag& v, Mag* q, Mag* r) {
    assert(!v.empty());
    if (cmpMag(u, v) < 0) {
      if (q) q->clear();
      if (r) *r = u;
      return;
    }
    if (v.size() == 1) {
      Mag qq = u;
      uint32_t rem = divSmall(qq, v[0]);
      if (q) *q = std::move(qq);
      if (r) *r = rem ? Mag{rem} : Mag{};
      return;
    }
    const size_t n = v.size(), m = u.size() - n;
    const unsigned s = __builtin_clz(v.back());  // normalize: top bit of v set
    Mag vn(n), un(u.size() + 1);
    for (size_t i = n - 1; i > 0; i--) {
      vn[i] = (v[i] << s) | (s ? uint32_t(uint64_t(v[i - 1]) >> (32 - s)) : 0);
    }
    vn[0] = v[0] << s;
    un[u.size()] = s ? uint32_t(uint64_t(u.back()) >> (32 - s)) : 0;
    for (size_t i = u.size() - 1; i > 0; i--) {
      un[i] = (u[i] << s) | (s ? uint32_t(uint64_t(u[i - 1]) >> (32 - s)) : 0);
    }
    un[0] = u[0] << s;

    const uint64_t b = uint64_t(1) << 32;
    Mag qq(m + 1);
    for (size_t j = m + 1; j-- > 0;) {
      // Estimate qhat from the top two limbs, then correct it by at most two.
      uint64_t num = (uint64_t(un[j + n]) << 32) | un[j + n - 1];
      uint64_t qhat = num / vn[n - 1];
      uint64_t rhat = num % vn[n - 1];
      while (qhat >= b || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
        qhat--;
        rhat += vn[n - 1];
        if (rhat >= b) break;
      }
      // Multiply and subtract.
      int64_t k = 0, t;
      for (size_t i = 0; i < n; i++) {
        uint64_t p = qhat * vn[i];
        t = int64_t(un[i + j]) - k - int64_t(p & 0xFFFFFFFFu);
        un[i + j] = uint32_t(t);
        k = int64_t(p >> 32) - (t >> 32);
      }
      t = int64_t(un[j + n]) - k;
      un[j + n] = uint32_t(t);
      if (t < 0) {  // qhat was one too large: add back.
        qhat--;
        uint64_t c = 0;
        for (size_t i = 0; i < n; i++) {
          c += uint64_t(un[i + j]) + vn[i];
          un[i + j] = uint32_t(c);
          c >>= 32;
        }
        un[j + n] = uint32_t(un[j + n] + c);
      }
      qq[j] = uint32_t(qhat);
    }
    trim(qq);
    if (q) *q = std::move(qq);
    if (r) {
      Mag rr(n);
      for (size_t i = 0; i < n; i++) {
        rr[i] = (un[i] >> s) | (s ? uint32_t(uint64_t(un[i + 1]) << (32 - s)) : 0);
      }
      trim(rr);
      *r = std::move(rr);
    }
  }

  static BigInt make(bool neg, Mag m) {
    BigInt x;
    trim(m);
    x.neg_ = neg && !m.empty();
    x.mag_ = std::move(m);
    return x;
  }

  // x as n limbs of two's complement (n must leave room for the sign bit).
  static Mag toTwos(const BigInt& x, size_t n) {
    Mag r(n, 0);
    if (!x.neg_) {
      std::copy(x.mag_.begin(), x.mag_.end(), r.begin());
    } else {
      Mag t = sub(x.mag_, Mag{1});
      std::copy(t.begin(), t.end(), r.begin());
      for (auto& w : r) w = ~w;
    }
    return r;
  }

  static BigInt fromTwos(Mag r) {
    bool neg = !r.empty() && (r.back() >> 31);
    if (neg) {
      for (auto& w : r) w = ~w;
      trim(r);
      r = add(r, Mag{1});
    }
    return make(neg, std::move(r));
  }

  template <class F>
  static BigInt bitwise(const BigInt& a, const BigInt& b, F f) {
    size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
    Mag x = toTwos(a, n), y = toTwos(b, n);
    for (size_t i = 0; i < n; i++) x[i] = f(x[i], y[i]);
    return fromTwos(std::move(x));
  }

  static uint64_t low64(const Mag& m) {
    uint64_t v = 0;
    if (m.size() > 0) v = m[0];
    if (m.size() > 1) v |= uint64_t(m[1]) << 32;
    return v;
  }
};

using Ops = BigIntOps;

BigInt::BigInt(int64_t v) {
  uint64_t u = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  neg_ = v < 0;
  if (u) mag_.push_back(uint32_t(u));
  if (u >> 32) mag_.push_back(uint32_t(u >> 32));
}

BigInt BigInt::fromUint64(uint64_t v) {
  BigInt x;
  if (v) x.mag_.push_back(uint32_t(v));
  if (v >> 32) x.mag_.push_back(uint32_t(v >> 32));
  return x;
}

static int digitVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool BigInt::parse(std::string_view digits, int base, BigInt* out) {
  if (digits.empty() || base < 2 || base > 16) return false;
  // Consume digits in chunks whose value fits a limb: m = m*base^k + chunk.
  int per = 0;
  uint64_t maxMul = 1;
  while (maxMul * base <= 0xFFFFFFFFu) maxMul *= base, per++;
  Mag m;
  size_t i = 0;
  while (i < digits.size()) {
    uint32_t chunk = 0, mul = 1;
    for (int k = 0; k < per && i < digits.size(); k++, i++) {
      int d = digitVal(digits[i]);
      if (d >= base) return false;
      chunk = chunk * base + d;
      mul *= base;
    }
    Ops::mulAddSmall(m, mul, chunk);
  }
  *out = Ops::make(false, std::move(m));
  return true;
}

int64_t BigInt::bitLen() const {
  if (mag_.empty()) return 0;
  return int64_t(mag_.size() - 1) * 32 + (32 - __builtin_clz(mag_.back()));
}

int64_t BigInt::trailingZeros() const {
  for (size_t i = 0; i < mag_.size(); i++) {
    if (mag_[i]) return int64_t(i) * 32 + __builtin_ctz(mag_[i]);
  }
  return 0;
}

bool BigInt::testBit(int64_t i) const {
  if (i < 0 || uint64_t(i / 32) >= mag_.size()) return false;
  return (mag_[i / 32] >> (i % 32)) & 1;
}

bool BigInt::toInt64(int64_t* out) const {
  if (mag_.size() > 2) return false;
  uint64_t u = Ops::low64(mag_);
  if (neg_) {
    if (u > (uint64_t(1) << 63)) return false;
    *out = int64_t(uint64_t(0) - u);
  } else {
    if (u >= (uint64_t(1) << 63)) return false;
    *out = int64_t(u);
  }
  return true;
}

bool BigInt::toUint64(uint64_t* out) const {
  if (neg_ || mag_.size() > 2) return false;
  *out = Ops::low64(mag_);
  return true;
}

std::string BigInt::toString(int base) const {
  if (mag_.empty()) return "0";
  if (base < 2 || base > 16) base = 10;
  // Peel off chunks of base^per (the largest power that fits a limb), least significant first.
  int per = 0;
  uint64_t chunkBase = 1;
  while (chunkBase * base <= 0xFFFFFFFFu) chunkBase *= base, per++;
  static const char kDigits[] = "0123456789abcdef";
  Mag m = mag_;
  std::string s;
  while (!m.empty()) {
    uint32_t r = Ops::divSmall(m, uint32_t(chunkBase));
    for (int k = 0; k < per; k++) {
      if (m.empty() && r == 0) break;
      s.push_back(kDigits[r % base]);
      r /= base;
    }
  }
  if (neg_) s.push_back('-');
  std::reverse(s.begin(), s.end());
  return s;
}

BigInt BigInt::operator-() const { return Ops::make(!neg_, mag_); }
BigInt BigInt::abs() const { return Ops::make(false, mag_); }

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return Ops::make(a.neg_, Ops::add(a.mag_, b.mag_));
  int c = Ops::cmpMag(a.mag_, b.mag_);
  if (c == 0) return BigInt();
  if (c > 0) return Ops::make(a.neg_, Ops::sub(a.mag_, b.mag_));
  return Ops::make(b.neg_, Ops::sub(b.mag_, a.mag_));
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  return Ops::make(a.neg_ != b.neg_, Ops::mul(a.mag_, b.mag_));
}

void BigInt::quoRem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  Mag qm, rm;
  Ops::divmod(a.mag_, b.mag_, q ? &qm : nullptr, r ? &rm : nullptr);
  if (q) *q = Ops::make(a.neg_ != b.neg_, std::move(qm));
  if (r) *r = Ops::make(a.neg_, std::move(rm));
}

BigInt operator/(const BigInt& a, const BigInt& b) {
  BigInt q;
  BigInt::quoRem(a, b, &q, nullptr);
  return q;
}

BigInt operator%(const BigInt& a, const BigInt& b) {
  BigInt r;
  BigInt::quoRem(a, b, nullptr, &r);
  return r;
}

BigInt BigInt::shl(uint64_t s) const { return Ops::make(neg_, Ops::shl(mag_, s)); }

BigInt BigInt::shr(uint64_t s) const {
  if (!neg_) return Ops::make(false, Ops::shr(mag_, s));
  // floor(-m / 2^s) == -(((m-1) >> s) + 1)
  Mag t = Ops::shr(Ops::sub(mag_, Mag{1}), s);
  return Ops::make(true, Ops::add(t, Mag{1}));
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  if (!a.neg_ && !b.neg_) {  // common case: no two's complement needed
    size_t n = std::min(a.mag_.size(), b.mag_.size());
    Mag r(n);
    for (size_t i = 0; i < n; i++) r[i] = a.mag_[i] & b.mag_[i];
    return Ops::make(false, std::move(r));
  }
  return Ops::bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  return Ops::bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  return Ops::bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}

BigInt BigInt::andNot(const BigInt& a, const BigInt& b) {
  return Ops::bitwise(a, b, [](uint32_t x, uint32_t y) { return x & ~y; });
}

BigInt BigInt::bitNot() const { return -*this - BigInt(1); }

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  if (a.isZero()) return b.abs();
  if (b.isZero()) return a.abs();
  // gcd(a, b) = 2^min(tz) * gcd(odd(a), odd(b)); power-of-two denominators end here at once.
  int64_t ta = a.trailingZeros(), tb = b.trailingZeros();
  Mag x = Ops::shr(a.mag_, ta), y = Ops::shr(b.mag_, tb);
  while (!y.empty()) {
    if (x.size() <= 2 && y.size() <= 2) {
      uint64_t g = std::gcd(Ops::low64(x), Ops::low64(y));
      x = BigInt::fromUint64(g).mag_;
      break;
    }
    Mag r;
    Ops::divmod(x, y, nullptr, &r);
    x = std::move(y);
    y = std::move(r);
  }
  return Ops::make(false, Ops::shl(x, std::min(ta, tb)));
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  BigInt result(1), b = base;
  while (exp) {
    if (exp & 1) result = result * b;
    exp >>= 1;
    if (exp) b = b * b;
  }
  return result;
}

int cmp(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = Ops::cmpMag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

int BigInt::cmpAbs(const BigInt& a, const BigInt& b) { return Ops::cmpMag(a.mag_, b.mag_); }

// =======================================================================================
// Rounding a quotient to a binary float

namespace {

// a/b (a, b > 0) rounded half-to-even to p significant bits, with the unit of the last
// place no smaller than 2^uMin (gradual underflow): a/b ~ m * 2^u.
struct Rounded {
  BigInt m;
  int64_t u = 0;
  bool exact = true;
};

Rounded roundQuo(const BigInt& a, const BigInt& b, int p, int64_t uMin) {
  // Scale so that q = floor(a*2^s/b) has p+3 or p+4 bits: a/b lies in [2^(e-1), 2^(e+1)).
  int64_t e = a.bitLen() - b.bitLen();
  int64_t s = p + 3 - e;
  BigInt q, r;
  BigInt::quoRem(s > 0 ? a.shl(s) : a, s < 0 ? b.shl(-s) : b, &q, &r);
  bool sticky = !r.isZero();
  int64_t E = q.bitLen() - 1 - s;  // floor(log2(a/b))
  Rounded out;
  out.u = std::max<int64_t>(E - (p - 1), uMin);
  int64_t n = s + out.u;  // bits of q below the last kept place; >= 3
  out.m = q.shr(n);
  bool half = q.testBit(n - 1);
  bool below = q.trailingZeros() < n - 1;  // q != 0 here
  out.exact = !half && !below && !sticky;
  if (half && (below || sticky || out.m.isOdd())) {
    out.m = out.m + BigInt(1);
    if (out.m.bitLen() > p) {
      out.m = out.m.shr(1);
      out.u++;
    }
  }
  return out;
}

// The nearest binary float with p-bit significand, minimum unit 2^uMin and maximum binary
// exponent maxE (values >= 2^maxE overflow to Inf), as a double.
double ratToBinary(const Rat& x, int p, int64_t uMin, int64_t maxE, bool* exact) {
  if (x.sign() == 0) {
    if (exact) *exact = true;
    return 0;
  }
  const BigInt an = x.num().abs();
  // Quick exits far outside the range keep huge values cheap.
  int64_t e = an.bitLen() - x.den().bitLen();
  double v;
  bool ex;
  if (e > maxE + 2) {
    v = std::numeric_limits<double>::infinity();
    ex = false;
  } else if (e < uMin - 4) {
    v = 0;
    ex = false;
  } else {
    Rounded r = roundQuo(an, x.den(), p, uMin);
    uint64_t m = 0;
    r.m.toUint64(&m);
    ex = r.exact;
    if (m != 0 && r.m.bitLen() + r.u > maxE) {
      v = std::numeric_limits<double>::infinity();
      ex = false;
    } else {
      v = std::ldexp(double(m), int(r.u));
    }
  }
  if (exact) *exact = ex;
  return x.sign() < 0 ? -v : v;
}

}  // namespace

// =======================================================================================
// Rat

Rat::Rat(BigInt num, BigInt den) {
  assert(!den.isZero());
  if (den.isNeg()) {
    num = -num;
    den = -den;
  }
  if (num.isZero()) {
    num_ = BigInt();
    den_ = BigInt(1);
    return;
  }
  if (!den.isOne()) {
    BigInt g = BigInt::gcd(num, den);
    if (!g.isOne()) {
      num = num / g;
      den = den / g;
    }
  }
  num_ = std::move(num);
  den_ = std::move(den);
}

std::string Rat::toString() const {
  if (isInt()) return num_.toString();
  return num_.toString() + "/" + den_.toString();
}

Rat Rat::operator-() const {
  Rat r;
  r.num_ = -num_;
  r.den_ = den_;
  return r;
}

Rat operator+(const Rat& a, const Rat& b) {
  if (a.isInt() && b.isInt()) return Rat(a.num_ + b.num_);
  if (a.den_ == b.den_) return Rat(a.num_ + b.num_, a.den_);
  return Rat(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
}

Rat operator-(const Rat& a, const Rat& b) { return a + (-b); }

Rat operator*(const Rat& a, const Rat& b) {
  if (a.isInt() && b.isInt()) return Rat(a.num_ * b.num_);
  return Rat(a.num_ * b.num_, a.den_ * b.den_);
}

Rat operator/(const Rat& a, const Rat& b) { return Rat(a.num_ * b.den_, a.den_ * b.num_); }

int cmp(const Rat& a, const Rat& b) {
  if (a.sign() != b.sign()) return a.sign() < b.sign() ? -1 : 1;
  if (a.den_ == b.den_) return cmp(a.num_, b.num_);
  return cmp(a.num_ * b.den_, b.num_ * a.den_);
}

double Rat::toDouble(bool* exact) const { return ratToBinary(*this, 53, -1074, 1024, exact); }

float Rat::toFloat(bool* exact) const {
  double d = ratToBinary(*this, 24, -149, 128, exact);
  if (std::isinf(d)) return d < 0 ? -std::numeric_limits<float>::infinity()
                                  : std::numeric_limits<float>::infinity();
  return float(d);  // exact: d already has a float's precision and range
}

// =======================================================================================
// Value payloads

struct Value::Rep {
  virtual ~Rep() = default;
};

namespace {

struct IntRep final : Value::Rep {
  explicit IntRep(BigInt v) : v(std::move(v)) {}
  BigInt v;
};

struct FloatRep final : Value::Rep {
  FloatRep(Rat v, bool approx) : v(std::move(v)), approx(approx) {}
  Rat v;
  bool approx;  // rounded to 512 bits at some point (go/constant's floatVal)
};

struct StringRep final : Value::Rep {
  explicit StringRep(std::string s) : s(std::move(s)) {}
  std::string s;
};

struct ComplexRep final : Value::Rep {
  ComplexRep(Value re, Value im) : re(std::move(re)), im(std::move(im)) {}
  Value re, im;
};

constexpr int64_t kMaxRatBits = 4096;  // go/constant's maxExp
constexpr int kApproxPrec = 512;       // go/constant's prec
constexpr int64_t kNoMinUnit = std::numeric_limits<int64_t>::min() / 4;  // roundQuo: no underflow

}  // namespace

struct ValueOps {
  static Value make(Kind k, int64_t small, std::shared_ptr<const Value::Rep> rep) {
    Value v;
    v.kind_ = k;
    v.small_ = small;
    v.rep_ = std::move(rep);
    return v;
  }
  static bool isSmall(const Value& v) { return v.kind_ == Kind::Int && !v.rep_; }
  static int64_t small(const Value& v) { return v.small_; }
  static const BigInt& bigInt(const Value& v) {
    return static_cast<const IntRep&>(*v.rep_).v;
  }
  static const FloatRep& flt(const Value& v) { return static_cast<const FloatRep&>(*v.rep_); }
  static const std::string& str(const Value& v) {
    return static_cast<const StringRep&>(*v.rep_).s;
  }
  static const ComplexRep& cplx(const Value& v) {
    return static_cast<const ComplexRep&>(*v.rep_);
  }
  // A Float from a rational, rounding it to kApproxPrec bits when its parts grow past
  // kMaxRatBits, and giving Unknown (overflow) or 0 (underflow) beyond ±kMaxExp2.
  static Value flt(Rat r, bool approx) {
    if (r.num().bitLen() > kMaxRatBits || r.den().bitLen() > kMaxRatBits) {
      int64_t e = r.num().bitLen() - r.den().bitLen();
      if (e > kMaxExp2 + 1) return Value();
      if (e < -kMaxExp2 - 1) return make(Kind::Float, 0, std::make_shared<FloatRep>(Rat(), approx));
      Rounded rd = roundQuo(r.num().abs(), r.den(), kApproxPrec, kNoMinUnit);
      int64_t top = rd.m.bitLen() + rd.u;
      if (top > kMaxExp2) return Value();
      if (top < -kMaxExp2) {
        return make(Kind::Float, 0, std::make_shared<FloatRep>(Rat(), true));
      }
      BigInt m = r.sign() < 0 ? -rd.m : rd.m;
      if (rd.u >= 0) {
        r = Rat(m.shl(rd.u));
      } else {
        int64_t tz = std::min<int64_t>(m.trailingZeros(), -rd.u);
        r = Rat(m.shr(tz), BigInt(1).shl(-rd.u - tz));  // already in lowest terms
      }
      approx = approx || !rd.exact;
    }
    return make(Kind::Float, 0, std::make_shared<FloatRep>(std::move(r), approx));
  }
};

using V = ValueOps;

// =======================================================================================
// Factories

Value makeUnknown() { return Value(); }
Value makeBool(bool b) { return V::make(Kind::Bool, b ? 1 : 0, nullptr); }
Value makeString(std::string s) {
  return V::make(Kind::String, 0, std::make_shared<StringRep>(std::move(s)));
}
Value makeInt64(int64_t x) { return V::make(Kind::Int, x, nullptr); }
Value makeUint64(uint64_t x) {
  if (x < (uint64_t(1) << 63)) return makeInt64(int64_t(x));
  return V::make(Kind::Int, 0, std::make_shared<IntRep>(BigInt::fromUint64(x)));
}
Value makeInt(BigInt x) {
  int64_t s;
  if (x.toInt64(&s)) return makeInt64(s);
  if (x.bitLen() > kMaxIntBits) return Value();
  return V::make(Kind::Int, 0, std::make_shared<IntRep>(std::move(x)));
}
Value makeFloat(Rat x) { return V::flt(std::move(x), false); }

Value makeFloat64(double x) {
  if (!std::isfinite(x)) return Value();
  if (x == 0) return makeFloat(Rat());
  int e;
  double fr = std::frexp(x, &e);  // x = fr * 2^e, 0.5 <= |fr| < 1
  int64_t m = int64_t(std::ldexp(fr, 53));  // exact: 53-bit integer
  e -= 53;
  BigInt bm(m);
  if (e >= 0) return makeFloat(Rat(bm.shl(e)));
  return makeFloat(Rat(bm, BigInt(1).shl(-e)));
}

Value makeComplex(Value re, Value im) {
  auto ok = [](const Value& v) { return v.kind() == Kind::Int || v.kind() == Kind::Float; };
  if (!ok(re) || !ok(im)) return Value();
  return V::make(Kind::Complex, 0, std::make_shared<ComplexRep>(std::move(re), std::move(im)));
}

Value makeImag(Value x) {
  if (x.kind() != Kind::Int && x.kind() != Kind::Float) return Value();
  return makeComplex(makeInt64(0), std::move(x));
}

// =======================================================================================
// Accessors

bool boolVal(const Value& x) { return x.kind() == Kind::Bool && V::small(x) != 0; }

const std::string& stringVal(const Value& x) {
  static const std::string empty;
  return x.kind() == Kind::String ? V::str(x) : empty;
}

bool int64Val(const Value& x, int64_t* out) {
  if (!V::isSmall(x)) return false;  // a big Int never fits int64
  *out = V::small(x);
  return true;
}

bool uint64Val(const Value& x, uint64_t* out) {
  if (x.kind() != Kind::Int) return false;
  if (V::isSmall(x)) {
    if (V::small(x) < 0) return false;
    *out = uint64_t(V::small(x));
    return true;
  }
  return V::bigInt(x).toUint64(out);
}

BigInt bigIntVal(const Value& x) {
  if (x.kind() != Kind::Int) return BigInt();
  return V::isSmall(x) ? BigInt(V::small(x)) : V::bigInt(x);
}

Rat ratVal(const Value& x) {
  if (x.kind() == Kind::Int) return Rat(bigIntVal(x));
  if (x.kind() == Kind::Float) return V::flt(x).v;
  return Rat();
}

double float64Val(const Value& x, bool* exact) {
  if (V::isSmall(x)) {
    int64_t i = V::small(x);
    double d = double(i);  // round to nearest even
    if (exact) *exact = d >= -0x1p63 && d < 0x1p63 && int64_t(d) == i;
    return d;
  }
  if (x.kind() != Kind::Int && x.kind() != Kind::Float) {
    if (exact) *exact = false;
    return 0;
  }
  return ratVal(x).toDouble(exact);
}

float float32Val(const Value& x, bool* exact) {
  if (x.kind() != Kind::Int && x.kind() != Kind::Float) {
    if (exact) *exact = false;
    return 0;
  }
  return ratVal(x).toFloat(exact);
}

int sign(const Value& x) {
  switch (x.kind()) {
    case Kind::Int: return V::isSmall(x) ? (V::small(x) > 0) - (V::small(x) < 0) : V::bigInt(x).sign();
    case Kind::Float: return V::flt(x).v.sign();
    case Kind::Complex: return sign(V::cplx(x).re) | sign(V::cplx(x).im);
    case Kind::Unknown: return 1;
    default: return 0;
  }
}

int bitLen(const Value& x) {
  if (x.kind() != Kind::Int) return 0;
  if (V::isSmall(x)) {
    int64_t i = V::small(x);
    uint64_t u = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
    return u ? 64 - __builtin_clzll(u) : 0;
  }
  return int(V::bigInt(x).bitLen());
}

bool isInteger(const Value& x) {
  return x.kind() == Kind::Int || (x.kind() == Kind::Float && V::flt(x).v.isInt());
}

Value real(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
    case Kind::Float: return x;
    case Kind::Complex: return V::cplx(x).re;
    default: return Value();
  }
}

Value imag(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
    case Kind::Float: return makeInt64(0);
    case Kind::Complex: return V::cplx(x).im;
    default: return Value();
  }
}

Value num(const Value& x) {
  if (x.kind() == Kind::Int) return x;
  if (x.kind() == Kind::Float) return makeInt(V::flt(x).v.num());
  return Value();
}

Value denom(const Value& x) {
  if (x.kind() == Kind::Int) return makeInt64(1);
  if (x.kind() == Kind::Float) return makeInt(V::flt(x).v.den());
  return Value();
}

// =======================================================================================
// Conversions

Value toInt(const Value& x) {
  switch (x.kind()) {
    case Kind::Int: return x;
    case Kind::Float: {
      const FloatRep& f = V::flt(x);
      if (f.v.isInt()) return makeInt(f.v.num());
      if (!f.approx) return Value();
      // An approximate value may have missed an integer by rounding error in earlier steps:
      // like go/constant, accept it if it is one when cut to 508 bits toward or away from 0.
      Rounded rd = roundQuo(f.v.num().abs(), f.v.den(), kApproxPrec,
                            kNoMinUnit);
      if (rd.u >= 0) return makeInt(f.v.sign() < 0 ? -rd.m.shl(rd.u) : rd.m.shl(rd.u));
      int64_t drop = std::max<int64_t>(0, rd.m.bitLen() - (kApproxPrec - 4));
      BigInt down = rd.m.shr(drop).shl(drop);
      BigInt up = down == rd.m ? down : (rd.m.shr(drop) + BigInt(1)).shl(drop);
      for (const BigInt* c : {&down, &up}) {
        if (c->isZero() || c->trailingZeros() >= -rd.u) {
          BigInt i = c->shr(-rd.u);
          return makeInt(f.v.sign() < 0 ? -i : i);
        }
      }
      return Value();
    }
    case Kind::Complex: {
      Value re = toFloat(x);
      return re.kind() == Kind::Float ? toInt(re) : Value();
    }
    default: return Value();
  }
}

Value toFloat(const Value& x) {
  switch (x.kind()) {
    case Kind::Int: return makeFloat(Rat(bigIntVal(x)));
    case Kind::Float: return x;
    case Kind::Complex:
      if (sign(V::cplx(x).im) == 0) return toFloat(V::cplx(x).re);
      return Value();
    default: return Value();
  }
}

Value toComplex(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
    case Kind::Float: return makeComplex(x, makeInt64(0));
    case Kind::Complex: return x;
    default: return Value();
  }
}

// =======================================================================================
// Operations

namespace {

int rank(Kind k) {
  switch (k) {
    case Kind::Int: return 0;
    case Kind::Float: return 1;
    case Kind::Complex: return 2;
    default: return -1;
  }
}

bool isApprox(const Value& x) { return x.kind() == Kind::Float && V::flt(x).approx; }

bool cmpResult(int c, Op op, bool* out) {
  switch (op) {
    case Op::Eql: *out = c == 0; return true;
    case Op::Neq: *out = c != 0; return true;
    case Op::Lss: *out = c < 0; return true;
    case Op::Leq: *out = c <= 0; return true;
    case Op::Gtr: *out = c > 0; return true;
    case Op::Geq: *out = c >= 0; return true;
    default: return false;
  }
}

// x op y for a comparison op; false if undefined for the operands.
bool compareImpl(const Value& x, Op op, const Value& y, bool* out) {
  Kind kx = x.kind(), ky = y.kind();
  if (kx == Kind::Unknown || ky == Kind::Unknown) return false;
  if (kx == Kind::Bool && ky == Kind::Bool) {
    if (op != Op::Eql && op != Op::Neq) return false;
    return cmpResult(V::small(x) != V::small(y), op, out);
  }
  if (kx == Kind::String && ky == Kind::String) {
    int c = V::str(x).compare(V::str(y));
    return cmpResult((c > 0) - (c < 0), op, out);
  }
  int r = std::max(rank(kx), rank(ky));
  if (rank(kx) < 0 || rank(ky) < 0) return false;
  if (r == 0) {
    if (V::isSmall(x) && V::isSmall(y)) {
      int64_t a = V::small(x), b = V::small(y);
      return cmpResult((a > b) - (a < b), op, out);
    }
    return cmpResult(cmp(bigIntVal(x), bigIntVal(y)), op, out);
  }
  if (r == 1) return cmpResult(cmp(ratVal(x), ratVal(y)), op, out);
  if (op != Op::Eql && op != Op::Neq) return false;
  Value cx = toComplex(x), cy = toComplex(y);
  bool re = compare(V::cplx(cx).re, Op::Eql, V::cplx(cy).re);
  bool im = compare(V::cplx(cx).im, Op::Eql, V::cplx(cy).im);
  *out = op == Op::Eql ? (re && im) : !(re && im);
  return true;
}

Value intOp(const Value& x, Op op, const Value& y, bool intDiv) {
  if (V::isSmall(x) && V::isSmall(y)) {
    int64_t a = V::small(x), b = V::small(y), c;
    switch (op) {
      case Op::Add:
        if (!__builtin_add_overflow(a, b, &c)) return makeInt64(c);
        break;
      case Op::Sub:
        if (!__builtin_sub_overflow(a, b, &c)) return makeInt64(c);
        break;
      case Op::Mul:
        if (!__builtin_mul_overflow(a, b, &c)) return makeInt64(c);
        break;
      case Op::Quo:
        if (b == 0) return Value();
        if (!intDiv) return makeFloat(Rat(BigInt(a), BigInt(b)));
        if (b == -1) return makeInt(-BigInt(a));  // INT64_MIN / -1 overflows int64
        return makeInt64(a / b);
      case Op::Rem:
        if (b == 0) return Value();
        return makeInt64(b == -1 ? 0 : a % b);
      case Op::And: return makeInt64(a & b);
      case Op::Or: return makeInt64(a | b);
      case Op::Xor: return makeInt64(a ^ b);
      case Op::AndNot: return makeInt64(a & ~b);
      default: return Value();
    }
  }
  BigInt a = bigIntVal(x), b = bigIntVal(y);
  switch (op) {
    case Op::Add: return makeInt(a + b);
    case Op::Sub: return makeInt(a - b);
    case Op::Mul:
      if (a.bitLen() + b.bitLen() > kMaxIntBits + 1) return Value();
      return makeInt(a * b);
    case Op::Quo:
      if (b.isZero()) return Value();
      if (!intDiv) return makeFloat(Rat(a, b));
      return makeInt(a / b);
    case Op::Rem:
      if (b.isZero()) return Value();
      return makeInt(a % b);
    case Op::And: return makeInt(a & b);
    case Op::Or: return makeInt(a | b);
    case Op::Xor: return makeInt(a ^ b);
    case Op::AndNot: return makeInt(BigInt::andNot(a, b));
    default: return Value();
  }
}

Value floatOp(const Value& x, Op op, const Value& y) {
  bool approx = isApprox(x) || isApprox(y);
  Rat a = ratVal(x), b = ratVal(y);
  switch (op) {
    case Op::Add: return V::flt(a + b, approx);
    case Op::Sub: return V::flt(a - b, approx);
    case Op::Mul: return V::flt(a * b, approx);
    case Op::Quo:
      if (b.sign() == 0) return Value();
      return V::flt(a / b, approx);
    default: return Value();
  }
}

Value complexOp(const Value& x, Op op, const Value& y) {
  Value cx = toComplex(x), cy = toComplex(y);
  const Value &a = V::cplx(cx).re, &b = V::cplx(cx).im;
  const Value &c = V::cplx(cy).re, &d = V::cplx(cy).im;
  auto add = [](const Value& p, const Value& q) { return binaryOp(p, Op::Add, q); };
  auto sub = [](const Value& p, const Value& q) { return binaryOp(p, Op::Sub, q); };
  auto mul = [](const Value& p, const Value& q) { return binaryOp(p, Op::Mul, q); };
  auto quo = [](const Value& p, const Value& q) { return binaryOp(p, Op::Quo, q); };
  switch (op) {
    case Op::Add: return makeComplex(add(a, c), add(b, d));
    case Op::Sub: return makeComplex(sub(a, c), sub(b, d));
    case Op::Mul:  // (ac-bd) + i(bc+ad)
      return makeComplex(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
    case Op::Quo: {  // (ac+bd)/s + i(bc-ad)/s, s = cc+dd
      Value s = add(mul(c, c), mul(d, d));
      if (s.kind() == Kind::Unknown || sign(s) == 0) return Value();
      return makeComplex(quo(add(mul(a, c), mul(b, d)), s), quo(sub(mul(b, c), mul(a, d)), s));
    }
    default: return Value();
  }
}

}  // namespace

Value binaryOp(const Value& x, Op op, const Value& y, bool intDiv) {
  Kind kx = x.kind(), ky = y.kind();
  if (kx == Kind::Unknown || ky == Kind::Unknown) return Value();
  switch (op) {
    case Op::Eql: case Op::Neq: case Op::Lss: case Op::Leq: case Op::Gtr: case Op::Geq: {
      bool b;
      return compareImpl(x, op, y, &b) ? makeBool(b) : Value();
    }
    case Op::Shl:
    case Op::Shr: {
      uint64_t s;
      if (!uint64Val(y, &s)) return Value();
      return shift(x, op, s);
    }
    default: break;
  }
  if (kx == Kind::Bool && ky == Kind::Bool) {
    if (op == Op::LAnd) return makeBool(V::small(x) && V::small(y));
    if (op == Op::LOr) return makeBool(V::small(x) || V::small(y));
    return Value();
  }
  if (kx == Kind::String && ky == Kind::String) {
    if (op != Op::Add) return Value();
    if (V::str(y).empty()) return x;
    if (V::str(x).empty()) return y;
    return makeString(V::str(x) + V::str(y));
  }
  if (rank(kx) < 0 || rank(ky) < 0) return Value();
  switch (std::max(rank(kx), rank(ky))) {
    case 0: return intOp(x, op, y, intDiv);
    case 1: return floatOp(x, op, y);
    default: return complexOp(x, op, y);
  }
}

Value unaryOp(Op op, const Value& x, unsigned prec) {
  switch (op) {
    case Op::Add:
      return rank(x.kind()) >= 0 ? x : Value();
    case Op::Sub:
      switch (x.kind()) {
        case Kind::Int:
          if (V::isSmall(x) && V::small(x) != std::numeric_limits<int64_t>::min()) {
            return makeInt64(-V::small(x));
          }
          return makeInt(-bigIntVal(x));
        case Kind::Float: return V::flt(-V::flt(x).v, V::flt(x).approx);
        case Kind::Complex:
          return makeComplex(unaryOp(Op::Sub, V::cplx(x).re), unaryOp(Op::Sub, V::cplx(x).im));
        default: return Value();
      }
    case Op::Xor: {
      if (x.kind() != Kind::Int) return Value();
      if (V::isSmall(x) && prec < 64) {
        uint64_t z = ~uint64_t(V::small(x));
        if (prec > 0) z &= (uint64_t(1) << prec) - 1;  // prec < 64: fits int64
        return makeInt64(int64_t(z));
      }
      BigInt z = bigIntVal(x).bitNot();
      if (prec > 0) z = z & (BigInt(1).shl(prec) - BigInt(1));
      return makeInt(std::move(z));
    }
    case Op::Not:
      if (x.kind() != Kind::Bool) return Value();
      return makeBool(!V::small(x));
    default: return Value();
  }
}

Value shift(const Value& x, Op op, uint64_t s) {
  if (x.kind() != Kind::Int) return Value();
  if (s == 0) return x;
  if (op == Op::Shl) {
    if (sign(x) == 0) return x;
    if (s > kMaxShift) return Value();
    if (V::isSmall(x) && s < 63) {
      int64_t a = V::small(x);
      int64_t lim = int64_t(1) << (62 - s);  // |a| < 2^(62-s) keeps the result in int64
      if (a < lim && a > -lim) return makeInt64(a * (int64_t(1) << s));
    }
    return makeInt(bigIntVal(x).shl(s));
  }
  if (op == Op::Shr) {
    if (V::isSmall(x)) return makeInt64(s >= 63 ? (V::small(x) < 0 ? -1 : 0) : V::small(x) >> s);
    return makeInt(bigIntVal(x).shr(s));
  }
  return Value();
}

bool compare(const Value& x, Op op, const Value& y) {
  bool b = false;
  return compareImpl(x, op, y, &b) && b;
}

// =======================================================================================
// Representability

namespace {

bool intFits(const Value& x, Repr r) {
  int64_t i;
  uint64_t u;
  switch (r) {
    case Repr::Int8: return int64Val(x, &i) && i >= INT8_MIN && i <= INT8_MAX;
    case Repr::Int16: return int64Val(x, &i) && i >= INT16_MIN && i <= INT16_MAX;
    case Repr::Int32: return int64Val(x, &i) && i >= INT32_MIN && i <= INT32_MAX;
    case Repr::Int64: return int64Val(x, &i);
    case Repr::Uint8: return uint64Val(x, &u) && u <= UINT8_MAX;
    case Repr::Uint16: return uint64Val(x, &u) && u <= UINT16_MAX;
    case Repr::Uint32: return uint64Val(x, &u) && u <= UINT32_MAX;
    case Repr::Uint64: return uint64Val(x, &u);
    default: return true;  // UntypedInt
  }
}

// x (Int or Float) rounded to float32/float64; Unknown on overflow.
Value roundFloat(const Value& x, bool f32) {
  double d = f32 ? double(float32Val(x)) : float64Val(x);
  if (std::isinf(d)) return Value();
  return makeFloat64(d);
}

}  // namespace

bool representable(const Value& v, Repr r, Value* rounded) {
  Value out;
  switch (r) {
    case Repr::Int8: case Repr::Int16: case Repr::Int32: case Repr::Int64:
    case Repr::Uint8: case Repr::Uint16: case Repr::Uint32: case Repr::Uint64:
    case Repr::UntypedInt:
      out = toInt(v);
      if (out.kind() != Kind::Int || !intFits(out, r)) return false;
      break;
    case Repr::Float32:
    case Repr::Float64:
    case Repr::UntypedFloat:
      out = toFloat(v);
      if (out.kind() != Kind::Float) return false;
      if (r != Repr::UntypedFloat) {
        out = roundFloat(out, r == Repr::Float32);
        if (out.kind() != Kind::Float) return false;
      }
      break;
    case Repr::Complex64:
    case Repr::Complex128:
    case Repr::UntypedComplex: {
      out = toComplex(v);
      if (out.kind() != Kind::Complex) return false;
      if (r != Repr::UntypedComplex) {
        Value re = roundFloat(real(out), r == Repr::Complex64);
        Value im = roundFloat(imag(out), r == Repr::Complex64);
        if (re.kind() == Kind::Unknown || im.kind() == Kind::Unknown) return false;
        out = makeComplex(re, im);
      }
      break;
    }
    case Repr::Bool:
      if (v.kind() != Kind::Bool) return false;
      out = v;
      break;
    case Repr::String:
      if (v.kind() != Kind::String) return false;
      out = v;
      break;
  }
  if (rounded) *rounded = out;
  return true;
}

// =======================================================================================
// Formatting

namespace {

// Decodes the UTF-8 sequence at s[i]; invalid input gives U+FFFD with *size 1.
uint32_t decodeRune(std::string_view s, size_t i, size_t* size) {
  auto b = [&](size_t k) { return uint32_t(uint8_t(s[i + k])); };
  uint32_t c = b(0);
  *size = 1;
  if (c < 0x80) return c;
  auto cont = [&](size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *size = 2;
    return ((c & 0x1F) << 6) | (b(1) & 0x3F);
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    uint32_t r = ((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    if (r < 0x800 || (r >= 0xD800 && r < 0xE000)) return 0xFFFD;
    *size = 3;
    return r;
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    uint32_t r = ((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    if (r < 0x10000 || r > 0x10FFFF) return 0xFFFD;
    *size = 4;
    return r;
  }
  return 0xFFFD;
}

void encodeRune(uint32_t r, std::string& out) {
  if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
  if (r < 0x80) {
    out.push_back(char(r));
  } else if (r < 0x800) {
    out.push_back(char(0xC0 | (r >> 6)));
    out.push_back(char(0x80 | (r & 0x3F)));
  } else if (r < 0x10000) {
    out.push_back(char(0xE0 | (r >> 12)));
    out.push_back(char(0x80 | ((r >> 6) & 0x3F)));
    out.push_back(char(0x80 | (r & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (r >> 18)));
    out.push_back(char(0x80 | ((r >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((r >> 6) & 0x3F)));
    out.push_back(char(0x80 | (r & 0x3F)));
  }
}

// An approximation of Go's unicode.IsPrint: ASCII exactly; above it, everything except
// controls, non-ASCII spaces, format characters, surrogates, private use and noncharacters.
bool isPrint(uint32_t r) {
  if (r < 0x7F) return r >= 0x20;
  if (r < 0xA1) return false;  // DEL, C1 controls, NBSP
  static const uint32_t kNot[][2] = {
      {0xAD, 0xAD},       {0x600, 0x605},     {0x61C, 0x61C},     {0x6DD, 0x6DD},
      {0x70F, 0x70F},     {0x1680, 0x1680},   {0x180E, 0x180E},   {0x2000, 0x200F},
      {0x2028, 0x202F},   {0x205F, 0x206F},   {0x3000, 0x3000},   {0xD800, 0xF8FF},
      {0xFDD0, 0xFDEF},   {0xFEFF, 0xFEFF},   {0xFFF0, 0xFFFB},   {0xFFFE, 0xFFFF},
      {0x110BD, 0x110BD}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF}, {0xF0000, 0x10FFFF}};
  for (auto& rg : kNot) {
    if (r >= rg[0] && r <= rg[1]) return false;
  }
  return r <= 0x10FFFF && (r & 0xFFFE) != 0xFFFE;
}

void appendEscaped(uint32_t r, char quoteCh, std::string& out) {
  char buf[16];
  if (r == uint32_t(quoteCh) || r == '\\') {
    out.push_back('\\');
    out.push_back(char(r));
    return;
  }
  if (isPrint(r)) {
    encodeRune(r, out);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
  }
  if (r < ' ' || r == 0x7F) {
    std::snprintf(buf, sizeof buf, "\\x%02x", r);
  } else {
    if (r > 0x10FFFF) r = 0xFFFD;
    std::snprintf(buf, sizeof buf, r < 0x10000 ? "\\u%04x" : "\\U%08x", r);
  }
  out += buf;
}

// Go's %q of a rune (strconv.QuoteRune).
std::string quoteRune(uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
  std::string out = "'";
  appendEscaped(r, '\'', out);
  out.push_back('\'');
  return out;
}

// Go's %#U of an invalid code point: "U+D800".
std::string formatU(uint32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", r);
  return buf;
}

std::string fmtG6(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

// go/constant's floatVal.String() for a Float.
std::string floatString(const Rat& x) {
  double f = x.toDouble();
  if ((x.sign() == 0) == (f == 0) && !std::isinf(f)) return fmtG6(f);
  // Out of float64 range: x ~ mant * 2^exp with 0.5 <= |mant| < 1, then to m * 10^e.
  Rounded rd = roundQuo(x.num().abs(), x.den(), 53, kNoMinUnit);
  uint64_t m53 = 0;
  rd.m.toUint64(&m53);
  int64_t exp = rd.u + rd.m.bitLen();
  double m = std::ldexp(double(m53), -int(rd.m.bitLen()));
  if (x.sign() < 0) m = -m;
  double d = double(exp) * 0.30102999566398119521;  // log10(2), as Go's math.Ln2/math.Ln10
  int64_t e = int64_t(d);
  m *= std::pow(10.0, d - double(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "e%+lld", (long long)e);
  return fmtG6(m) + buf;
}

}  // namespace

std::string quote(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    size_t n;
    uint32_t r = decodeRune(s, i, &n);
    if (n == 1 && r == 0xFFFD) {  // an invalid byte
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(uint8_t(s[i])));
      out += buf;
    } else {
      appendEscaped(r, '"', out);
    }
    i += n;
  }
  out.push_back('"');
  return out;
}

std::string toString(const Value& x) {
  switch (x.kind()) {
    case Kind::Unknown: return "unknown";
    case Kind::Bool: return V::small(x) ? "true" : "false";
    case Kind::String: {
      constexpr size_t kMaxLen = 72;
      std::string q = quote(V::str(x));
      // Keep the first kMaxLen-3 runes and add "..." when the quoted form is longer.
      size_t runes = 0, cut = 0;
      for (size_t i = 0; i < q.size(); runes++) {
        if (runes == kMaxLen - 3) cut = i;
        size_t n;
        decodeRune(q, i, &n);
        i += n;
      }
      if (runes > kMaxLen) return q.substr(0, cut) + "...";
      return q;
    }
    case Kind::Int:
      return V::isSmall(x) ? std::to_string(V::small(x)) : V::bigInt(x).toString();
    case Kind::Float: return floatString(V::flt(x).v);
    case Kind::Complex:
      return "(" + toString(V::cplx(x).re) + " + " + toString(V::cplx(x).im) + "i)";
  }
  return "unknown";
}

std::string exactString(const Value& x) {
  switch (x.kind()) {
    case Kind::String: return quote(V::str(x));
    case Kind::Float: return V::flt(x).v.toString();
    case Kind::Complex:
      return "(" + exactString(V::cplx(x).re) + " + " + exactString(V::cplx(x).im) + "i)";
    default: return toString(x);
  }
}

// =======================================================================================
// Literals

namespace {

bool isDecimal(int c) { return c >= '0' && c <= '9'; }
bool isHex(int c) { return isDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int lower(int c) { return c | 0x20; }  // only meaningful for letters

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

Value fail(std::string* err, std::string msg) {
  if (err) *err = std::move(msg);
  return Value();
}

// The gc scanner's invalidSep: index of the first misplaced '_' in a number, or -1.
int invalidSep(std::string_view x) {
  int x1 = ' ';
  int d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return int(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return int(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return int(x.size()) - 1;
  return -1;
}

// Parses a decimal exponent, saturating far beyond any value that can matter.
int64_t parseExp(std::string_view s) {
  bool neg = false;
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  int64_t v = 0;
  for (; i < s.size(); i++) {
    if (v < int64_t(1) << 40) v = v * 10 + (s[i] - '0');
  }
  return neg ? -v : v;
}

// mant * base^exp as a Float (base 10 or 2), or Unknown if far too large. Tiny values
// underflow to 0 like go/constant's floats do at their (much larger) exponent limit.
Value scaledFloat(const BigInt& mant, int base, int64_t exp, std::string_view text, std::string* err) {
  if (mant.isZero()) return makeFloat(Rat());
  double log2 = double(mant.bitLen()) + double(exp) * (base == 10 ? 3.321928094887362 : 1.0);
  if (log2 > double(kMaxExp2) + 8) return fail(err, "constant too large: " + std::string(text));
  if (log2 < -double(kMaxExp2) - 8) return makeFloat(Rat());
  uint64_t n = uint64_t(exp < 0 ? -exp : exp);
  BigInt scale = base == 10 ? BigInt::pow(BigInt(5), n).shl(n) : BigInt(1).shl(n);  // 10^n = 5^n 2^n
  Value v = exp >= 0 ? makeFloat(Rat(mant * scale)) : makeFloat(Rat(mant, scale));
  if (v.kind() == Kind::Unknown) return fail(err, "constant too large: " + std::string(text));
  return v;
}

// The value of a validated number literal without '_' and without an 'i' suffix.
// asFloat: the literal is a float (or an imaginary's mantissa), so legacy "0" octal is decimal.
Value numberValue(std::string_view s, bool isFloatForm, bool legacyIsDecimal,
                  std::string_view text, std::string* err) {
  int base = 10;
  size_t i = 0;
  if (s.size() >= 2 && s[0] == '0') {
    int c = lower(s[1]);
    if (c == 'x') base = 16, i = 2;
    if (c == 'o') base = 8, i = 2;
    if (c == 'b') base = 2, i = 2;
  }
  if (!isFloatForm) {
    std::string_view digits = s.substr(i);
    if (base == 10 && !legacyIsDecimal && digits.size() > 1 && digits[0] == '0') base = 8;
    BigInt v;
    if (!BigInt::parse(digits, base, &v)) return fail(err, "malformed constant: " + std::string(text));
    return makeInt(std::move(v));
  }
  // Float: mantissa [int][.frac] then exponent (e for decimal, p for hexadecimal).
  size_t expAt = s.find_first_of(base == 16 ? "pP" : "eE", i);
  std::string_view mant = s.substr(i, expAt == std::string_view::npos ? std::string_view::npos : expAt - i);
  int64_t exp = expAt == std::string_view::npos ? 0 : parseExp(s.substr(expAt + 1));
  std::string digits;
  int64_t frac = 0;
  bool seenPoint = false;
  for (char c : mant) {
    if (c == '.') {
      seenPoint = true;
      continue;
    }
    digits.push_back(c);
    if (seenPoint) frac++;
  }
  // Leading zeros add nothing but cost time in huge literals.
  size_t nz = digits.find_first_not_of('0');
  BigInt m;
  if (nz != std::string::npos && !BigInt::parse(std::string_view(digits).substr(nz), base == 16 ? 16 : 10, &m)) {
    return fail(err, "malformed constant: " + std::string(text));
  }
  if (base == 16) return scaledFloat(m, 2, exp - 4 * frac, text, err);
  return scaledFloat(m, 10, exp - frac, text, err);
}

// Scans a number literal like the gc scanner's number(), reporting its errors.
Value parseNumber(std::string_view text, LitKind want, std::string* err) {
  if (text.size() > 10000) {
    return fail(err, "excessively long constant: " + std::string(text.substr(0, 10)) + "... (" +
                         std::to_string(text.size()) + " chars)");
  }
  size_t pos = 0;
  auto ch = [&]() -> int { return pos < text.size() ? (unsigned char)text[pos] : -1; };
  enum { IntLit, FloatLit, ImagLit } kind = IntLit;
  int base = 10;
  int prefix = 0;
  int digsep = 0;
  int invalid = -1;
  auto digits = [&](int b, int* inv) {
    int ds = 0;
    if (b <= 10) {
      int max = '0' + b;
      while (isDecimal(ch()) || ch() == '_') {
        int d = 1;
        if (ch() == '_') {
          d = 2;
        } else if (ch() >= max && inv && *inv < 0) {
          *inv = int(pos);
        }
        ds |= d;
        pos++;
      }
    } else {
      while (isHex(ch()) || ch() == '_') {
        ds |= ch() == '_' ? 2 : 1;
        pos++;
      }
    }
    return ds;
  };
  char buf[128];
  bool seenPoint = false;
  if (ch() == '.') {
    seenPoint = true;
    pos++;
  } else {
    if (ch() == '0') {
      pos++;
      switch (lower(ch())) {
        case 'x': pos++, base = 16, prefix = 'x'; break;
        case 'o': pos++, base = 8, prefix = 'o'; break;
        case 'b': pos++, base = 2, prefix = 'b'; break;
        default: base = 8, prefix = '0', digsep = 1; break;
      }
    }
    digsep |= digits(base, &invalid);
    if (ch() == '.') {
      if (prefix == 'o' || prefix == 'b') {
        return fail(err, std::string("invalid radix point in ") + baseName(base) + " literal");
      }
      pos++;
      seenPoint = true;
    }
  }
  if (seenPoint) {
    kind = FloatLit;
    digsep |= digits(base, &invalid);
  }
  if ((digsep & 1) == 0) return fail(err, std::string(baseName(base)) + " literal has no digits");
  int e = ch() < 0 ? -1 : lower(ch());
  if (e == 'e' || e == 'p') {
    if (e == 'e' && prefix != 0 && prefix != '0') {
      std::snprintf(buf, sizeof buf, "%s exponent requires decimal mantissa", quoteRune(ch()).c_str());
      return fail(err, buf);
    }
    if (e == 'p' && prefix != 'x') {
      std::snprintf(buf, sizeof buf, "%s exponent requires hexadecimal mantissa", quoteRune(ch()).c_str());
      return fail(err, buf);
    }
    pos++;
    kind = FloatLit;
    if (ch() == '+' || ch() == '-') pos++;
    int ds = digits(10, nullptr);
    digsep = ds | (digsep & 2);
    if ((ds & 1) == 0) return fail(err, "exponent has no digits");
  } else if (prefix == 'x' && kind == FloatLit) {
    return fail(err, "hexadecimal mantissa requires a 'p' exponent");
  }
  if (ch() == 'i') {
    kind = ImagLit;
    pos++;
  }
  if (pos != text.size()) return fail(err, "malformed constant: " + std::string(text));
  if (kind == IntLit && invalid >= 0) {
    std::snprintf(buf, sizeof buf, "invalid digit %s in %s literal",
                  quoteRune((unsigned char)text[invalid]).c_str(), baseName(base));
    return fail(err, buf);
  }
  if ((digsep & 2) && invalidSep(text) >= 0) return fail(err, "'_' must separate successive digits");

  // The token kind must agree with the text (an Int token cannot be "1.5", and so on).
  bool imag = kind == ImagLit;
  if ((want == LitKind::Imag) != imag || (want == LitKind::Int && kind != IntLit)) {
    return fail(err, "malformed constant: " + std::string(text));
  }
  std::string clean;
  clean.reserve(text.size());
  for (char c : text.substr(0, imag ? text.size() - 1 : text.size())) {
    if (c != '_') clean.push_back(c);
  }
  bool floatForm = seenPoint || e == 'e' || e == 'p';
  Value v = numberValue(clean, floatForm, want != LitKind::Int, text, err);
  if (v.kind() == Kind::Unknown) return v;
  if (want == LitKind::Int) return v;
  v = toFloat(v);  // Float and Imag literals are Floats, as go/constant makes them
  return imag ? makeImag(v) : v;
}

// Reads one escape after a backslash at s[*i] (s[*i] is the char after '\'), as the gc
// scanner's escape(). On success *value is the rune or byte and *isByte tells which.
bool readEscape(std::string_view s, size_t* i, char quoteCh, uint32_t* value, bool* isByte,
                std::string* err) {
  char buf[128];
  *isByte = false;
  if (*i >= s.size()) {
    if (err) *err = "unknown escape";
    return false;
  }
  int n;
  uint32_t base, max;
  char c = s[*i];
  switch (c) {
    case 'a': *value = '\a'; (*i)++; return true;
    case 'b': *value = '\b'; (*i)++; return true;
    case 'f': *value = '\f'; (*i)++; return true;
    case 'n': *value = '\n'; (*i)++; return true;
    case 'r': *value = '\r'; (*i)++; return true;
    case 't': *value = '\t'; (*i)++; return true;
    case 'v': *value = '\v'; (*i)++; return true;
    case '\\': *value = '\\'; (*i)++; return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x': (*i)++, n = 2, base = 16, max = 255; break;
    case 'u': (*i)++, n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': (*i)++, n = 8, base = 16, max = 0x10FFFF; break;
    default:
      if (c == quoteCh) {
        *value = uint32_t(uint8_t(c));
        (*i)++;
        return true;
      }
      if (err) *err = "unknown escape";
      return false;
  }
  uint32_t x = 0;
  for (int k = 0; k < n; k++) {
    uint32_t d = base;
    size_t sz = 1;
    uint32_t r = *i < s.size() ? decodeRune(s, *i, &sz) : 0;
    if (*i < s.size()) {
      if (isDecimal(int(r))) d = r - '0';
      else if (r < 0x80 && lower(int(r)) >= 'a' && lower(int(r)) <= 'f') d = lower(int(r)) - 'a' + 10;
    }
    if (d >= base) {
      if (err) {
        std::snprintf(buf, sizeof buf, "invalid character %s in %s escape",
                      *i < s.size() ? quoteRune(r).c_str() : "EOF", baseName(int(base)));
        *err = buf;
      }
      return false;
    }
    x = x * base + d;
    (*i)++;
  }
  if (x > max && base == 8) {
    if (err) {
      std::snprintf(buf, sizeof buf, "octal escape value %u > 255", x);
      *err = buf;
    }
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    if (err) *err = "escape is invalid Unicode code point " + formatU(x);
    return false;
  }
  *value = x;
  *isByte = base == 8 || n == 2;
  return true;
}

Value parseRune(std::string_view text, std::string* err) {
  if (text.size() < 2 || text.front() != '\'' || text.back() != '\'') {
    return fail(err, "rune literal not terminated");
  }
  // Escapes may read the closing quote (as gc does), so scan the text without the opening one.
  std::string_view s = text.substr(1);
  size_t end = s.size() - 1;
  size_t i = 0;
  int n = 0;
  uint32_t value = 0;
  while (i < end) {
    uint32_t r;
    if (s[i] == '\\') {
      i++;
      bool isByte;
      std::string e;
      if (!readEscape(s, &i, '\'', &r, &isByte, &e)) return fail(err, e);
    } else {
      size_t sz;
      r = decodeRune(s, i, &sz);
      if (r == '\n') return fail(err, "newline in rune literal");
      if (r == '\'') return fail(err, "empty rune literal or unescaped '");
      i += sz;
    }
    value = r;
    n++;
  }
  if (i > end) return fail(err, "rune literal not terminated");  // an escape ate the quote
  if (n == 0) return fail(err, "empty rune literal or unescaped '");
  if (n != 1) return fail(err, "more than one character in rune literal");
  return makeInt64(value);
}

Value parseString(std::string_view text, std::string* err) {
  if (text.size() >= 2 && text.front() == '`' && text.back() == '`') {
    std::string out;
    out.reserve(text.size());
    for (char c : text.substr(1, text.size() - 2)) {
      if (c != '\r') out.push_back(c);
    }
    return makeString(std::move(out));
  }
  if (text.size() < 2 || text.front() != '"' || text.back() != '"') {
    return fail(err, "string not terminated");
  }
  std::string_view s = text.substr(1);
  size_t end = s.size() - 1;
  std::string out;
  out.reserve(end);
  size_t i = 0;
  while (i < end) {
    char c = s[i];
    if (c == '\\') {
      i++;
      uint32_t r;
      bool isByte;
      std::string e;
      if (!readEscape(s, &i, '"', &r, &isByte, &e)) return fail(err, e);
      if (isByte) out.push_back(char(r));
      else encodeRune(r, out);
      continue;
    }
    if (c == '\n') return fail(err, "newline in string");
    if (c == '"') return fail(err, "malformed constant: " + std::string(text));
    out.push_back(c);
    i++;
  }
  if (i > end) return fail(err, "string not terminated");
  return makeString(std::move(out));
}

}  // namespace

Value makeFromLiteral(std::string_view text, LitKind kind, std::string* err) {
  switch (kind) {
    case LitKind::Int:
    case LitKind::Float:
    case LitKind::Imag:
      if (text.empty()) return fail(err, "malformed constant: ");
      return parseNumber(text, kind, err);
    case LitKind::Rune: return parseRune(text, err);
    case LitKind::String: return parseString(text, err);
  }
  return Value();
}

}  // namespace golite::constant
