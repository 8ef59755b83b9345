// Floating-point formatting: strconv.FormatFloat / AppendFloat (Go's strconv/ftoa.go).
//
// Go turns a float into a decimal digit string (shortest with Ryu, fixed precision with
// Ryu or multiprecision) and then lays the digits out for %e, %f or %g. We get the same
// digit strings from std::to_chars, which is exact and correctly rounded (round half to
// even on the exact binary value, as Go's decimal rounding), then lay them out with Go's
// own rules (fmtE, fmtF, formatDigits). %b and %x work on the bits directly.
#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

#include "stdlib/strconv.h"

namespace golite::stdlib::strconv {
namespace {

struct FloatInfo {
  unsigned mantbits;
  unsigned expbits;
  int bias;
};
constexpr FloatInfo kFloat32Info{23, 8, -127};
constexpr FloatInfo kFloat64Info{52, 11, -1023};

// A decimal digit string: value = 0.d[0]d[1]...d[nd-1] × 10^dp, no trailing zeros; zero
// has nd == 0 (Go's decimalSlice).
struct Digits {
  std::string d;
  int nd = 0;
  int dp = 0;
};

// Parses to_chars' scientific output for a non-negative finite value: "d[.ddd]e±xx".
void digitsFromScientific(const char* p, const char* end, Digits* out) {
  out->d.clear();
  int exp10 = 0;
  const char* e = std::find(p, end, 'e');
  for (const char* q = p; q < e; q++) {
    if (*q != '.') out->d.push_back(*q);
  }
  std::from_chars(e + 1 + (e[1] == '+' ? 1 : 0), end, exp10);
  while (!out->d.empty() && out->d.back() == '0') out->d.pop_back();
  // Leading zeros appear only for the value zero.
  size_t lead = 0;
  while (lead < out->d.size() && out->d[lead] == '0') lead++;
  out->d.erase(0, lead);
  out->nd = int(out->d.size());
  out->dp = out->nd == 0 ? 0 : exp10 + 1;
}

// The shortest digits that read back as v (as a float32 when bitSize is 32).
void shortestDigits(double v, int bitSize, Digits* out) {
  char buf[64];
  std::to_chars_result r;
  if (bitSize == 32) {
    r = std::to_chars(buf, buf + sizeof buf, float(v), std::chars_format::scientific);
  } else {
    r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  }
  digitsFromScientific(buf, r.ptr, out);
}

// v rounded to n significant digits (n >= 1).
void fixedDigits(double v, int n, Digits* out) {
  std::vector<char> buf(size_t(n) + 32);
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific,
                         n - 1);
  digitsFromScientific(buf.data(), r.ptr, out);
}

// %e: -d.ddddde±dd
void fmtE(std::string& dst, bool neg, const Digits& d, int prec, char fmt) {
  if (neg) dst.push_back('-');
  dst.push_back(d.nd != 0 ? d.d[0] : '0');
  if (prec > 0) {
    dst.push_back('.');
    int i = 1;
    int m = std::min(d.nd, prec + 1);
    if (i < m) {
      dst.append(d.d, i, m - i);
      i = m;
    }
    for (; i <= prec; i++) dst.push_back('0');
  }
  dst.push_back(fmt);
  int exp = d.dp - 1;
  if (d.nd == 0) exp = 0;
  if (exp < 0) {
    dst.push_back('-');
    exp = -exp;
  } else {
    dst.push_back('+');
  }
  if (exp < 10) {
    dst.push_back('0');
    dst.push_back(char('0' + exp));
  } else if (exp < 100) {
    dst.push_back(char('0' + exp / 10));
    dst.push_back(char('0' + exp % 10));
  } else {
    dst.push_back(char('0' + exp / 100));
    dst.push_back(char('0' + exp / 10 % 10));
    dst.push_back(char('0' + exp % 10));
  }
}

// %f: -ddddddd.ddddd
void fmtF(std::string& dst, bool neg, const Digits& d, int prec) {
  if (neg) dst.push_back('-');
  if (d.dp > 0) {
    int m = std::min(d.nd, d.dp);
    dst.append(d.d, 0, m);
    for (; m < d.dp; m++) dst.push_back('0');
  } else {
    dst.push_back('0');
  }
  if (prec > 0) {
    dst.push_back('.');
    for (int i = 0; i < prec; i++) {
      int j = d.dp + i;
      dst.push_back(0 <= j && j < d.nd ? d.d[j] : '0');
    }
  }
}

void formatDigits(std::string& dst, bool shortest, bool neg, const Digits& digs, int prec,
                  char fmt) {
  switch (fmt) {
    case 'e':
    case 'E':
      fmtE(dst, neg, digs, prec, fmt);
      return;
    case 'f':
      fmtF(dst, neg, digs, prec);
      return;
    case 'g':
    case 'G': {
      int eprec = prec;
      if (eprec > digs.nd && digs.nd >= digs.dp) eprec = digs.nd;
      // %e is used if the exponent from the conversion is less than -4 or greater than or
      // equal to the precision; shortest output decides with precision 6.
      if (shortest) eprec = 6;
      int exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > digs.nd) prec = digs.nd;
        fmtE(dst, neg, digs, prec - 1, char(fmt + 'e' - 'g'));
        return;
      }
      if (prec > digs.dp) prec = digs.nd;
      fmtF(dst, neg, digs, std::max(prec - digs.dp, 0));
      return;
    }
  }
  dst.push_back('%');
  dst.push_back(fmt);
}

// %b: -ddddddddp±ddd
void fmtB(std::string& dst, bool neg, uint64_t mant, int exp, const FloatInfo& flt) {
  if (neg) dst.push_back('-');
  appendUint(dst, mant, 10);
  dst.push_back('p');
  exp -= int(flt.mantbits);
  if (exp >= 0) dst.push_back('+');
  appendInt(dst, exp, 10);
}

// %x: -0x1.yyyyyyyyp±ddd or -0x0p+0.
void fmtX(std::string& dst, int prec, char fmt, bool neg, uint64_t mant, int exp,
          const FloatInfo& flt) {
  if (mant == 0) exp = 0;
  // Shift digits so leading 1 (if any) is at bit 1<<60.
  mant <<= 60 - flt.mantbits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = unsigned(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg) dst.push_back('-');
  dst.push_back('0');
  dst.push_back(fmt);
  dst.push_back(char('0' + ((mant >> 60) & 1)));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    dst.push_back('.');
    while (mant != 0) {
      dst.push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst.push_back('.');
    for (int i = 0; i < prec; i++) {
      dst.push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  }
  dst.push_back(fmt == 'X' ? 'P' : 'p');
  if (exp < 0) {
    dst.push_back('-');
    exp = -exp;
  } else {
    dst.push_back('+');
  }
  if (exp < 100) {
    dst.push_back(char('0' + exp / 10));
    dst.push_back(char('0' + exp % 10));
  } else if (exp < 1000) {
    dst.push_back(char('0' + exp / 100));
    dst.push_back(char('0' + exp / 10 % 10));
    dst.push_back(char('0' + exp % 10));
  } else {
    dst.push_back(char('0' + exp / 1000));
    dst.push_back(char('0' + exp / 100 % 10));
    dst.push_back(char('0' + exp / 10 % 10));
    dst.push_back(char('0' + exp % 10));
  }
}

}  // namespace

void appendFloat(std::string& dst, double val, char fmt, int prec, int bitSize) {
  uint64_t bits;
  const FloatInfo* flt;
  if (bitSize == 32) {
    bits = std::bit_cast<uint32_t>(float(val));
    flt = &kFloat32Info;
  } else {
    bits = std::bit_cast<uint64_t>(val);
    flt = &kFloat64Info;
  }
  bool neg = (bits >> (flt->expbits + flt->mantbits)) != 0;
  int exp = int(bits >> flt->mantbits) & ((1 << flt->expbits) - 1);
  uint64_t mant = bits & ((uint64_t(1) << flt->mantbits) - 1);

  if (exp == (1 << flt->expbits) - 1) {
    dst += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
    return;
  }
  if (exp == 0) {
    exp++;  // denormalized
  } else {
    mant |= uint64_t(1) << flt->mantbits;
  }
  exp += flt->bias;

  if (fmt == 'b') {
    fmtB(dst, neg, mant, exp, *flt);
    return;
  }
  if (fmt == 'x' || fmt == 'X') {
    fmtX(dst, prec, fmt, neg, mant, exp, *flt);
    return;
  }

  double a = std::fabs(val);
  if (bitSize == 32) a = double(float(a));
  Digits digs;
  bool shortest = prec < 0;
  if (shortest) {
    shortestDigits(a, bitSize, &digs);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = std::max(digs.nd - 1, 0);
        break;
      case 'f':
        prec = std::max(digs.nd - digs.dp, 0);
        break;
      case 'g':
      case 'G':
        prec = digs.nd;
        break;
    }
  } else if (fmt == 'f') {
    // Fixed decimals: to_chars rounds exactly as Go's multiprecision path does.
    if (neg) dst.push_back('-');
    std::vector<char> buf(size_t(prec) + 340);
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed,
                           prec);
    dst.append(buf.data(), r.ptr);
    return;
  } else {
    int digits = prec;
    switch (fmt) {
      case 'e':
      case 'E':
        digits++;
        break;
      case 'g':
      case 'G':
        if (prec == 0) prec = 1;
        digits = prec;
        break;
      default:
        digits = 1;
    }
    if (a == 0) {
      digs = Digits{};
    } else {
      fixedDigits(a, digits, &digs);
    }
  }
  formatDigits(dst, shortest, neg, digs, prec, fmt);
}

}  // namespace golite::stdlib::strconv
