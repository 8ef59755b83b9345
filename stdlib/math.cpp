// The math package's natives, bit-for-bit as Go 1.19 computes them on amd64.
//
// Go does not use the C library here: most functions are its own Cephes/FreeBSD-derived
// Go code (sin.go, pow.go, ...), and Exp, Log, Hypot, Floor/Ceil/Trunc, Sqrt and Max/Min
// are amd64 assembly. Their results differ from glibc's in the last bit for a third of
// inputs or more, which %v shows. So each function below is Go's algorithm restated in C++
// with Go's constants, operation for operation: no fused multiply-adds (except where Go's
// Exp uses FMA itself, when the CPU has it), constants folded as Go folds them (exactly,
// then rounded: hence hex literals for 4/Pi and friends). Exact operations (floor, sqrt,
// fmod, frexp, ldexp, fma) use the C library, whose results are the same bits.
#pragma GCC optimize("fp-contract=off")

#include <algorithm>
#include <bit>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::math {
namespace {

constexpr double kPi = 0x1.921fb54442d18p+1;
constexpr double kPi2 = 0x1.921fb54442d18p+0;    // Pi/2
constexpr double kPi4 = 0x1.921fb54442d18p-1;    // Pi/4
constexpr double k3Pi4 = 0x1.2d97c7f3321d2p+1;   // 3*Pi/4
constexpr double k4OverPi = 0x1.45f306dc9c883p+0;
constexpr double kInvLn10 = 0x1.bcb7b1526e50ep-2;
constexpr double kInvLn2 = 0x1.71547652b82fep+0;
constexpr double kLn2 = 0x1.62e42fefa39efp-1;
constexpr uint64_t kNaNBits = 0x7FF8000000000001;  // Go's NaN()

double bits2f(uint64_t b) { return std::bit_cast<double>(b); }
uint64_t f2bits(double f) { return std::bit_cast<uint64_t>(f); }
double goNaN() { return bits2f(kNaNBits); }
double inf(int sign) { return sign >= 0 ? HUGE_VAL : -HUGE_VAL; }
bool isInf(double f, int sign) {
  return (sign >= 0 && f > DBL_MAX) || (sign <= 0 && f < -DBL_MAX);
}
bool isNaN(double f) { return f != f; }

// --- amd64 assembly routines ------------------------------------------------------------

const bool kUseFMA = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");

// CVTSD2SL: round to nearest even; out of range gives the "integer indefinite" value.
int32_t cvtsd2sl(double x) {
  if (!(x > -2147483649.0 && x < 2147483648.0)) return INT32_MIN;
  return int32_t(std::nearbyint(x));
}

// Go's exp_amd64.s (after Shibata's SLEEF).
double expAsm(double x) {
  constexpr double LOG2E = 1.4426950408889634073599246810018920;
  constexpr double LN2U = 0.69314718055966295651160180568695068359375;
  constexpr double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double Overflow = 7.09782712893384e+02;
  constexpr double c[9] = {0.5,
                           1.0,
                           2.0,
                           1.6666666666666666667e-1,
                           4.1666666666666666667e-2,
                           8.3333333333333333333e-3,
                           1.3888888888888888889e-3,
                           1.9841269841269841270e-4,
                           2.4801587301587301587e-5};
  uint64_t bx = f2bits(x);
  if ((bx & ~(uint64_t(1) << 63)) >= 0x7FF0000000000000) {  // not finite
    if (bx == 0xFFF0000000000000) return 0;                 // -Inf
    return x;                                               // NaN or +Inf
  }
  if (x > Overflow) return HUGE_VAL;
  int32_t k = cvtsd2sl(LOG2E * x);
  double kf = double(k);
  double x0, x1;
  if (kUseFMA) {
    x0 = std::fma(-LN2U, kf, x);
    x0 = std::fma(-LN2L, kf, x0);
    x0 *= 0.0625;
    x1 = c[8];
    x1 = std::fma(x1, x0, c[7]);
    x1 = std::fma(x1, x0, c[6]);
    x1 = std::fma(x1, x0, c[5]);
    x1 = std::fma(x1, x0, c[4]);
    x1 = std::fma(x1, x0, c[3]);
    x1 = std::fma(x1, x0, c[0]);
    x1 = std::fma(x1, x0, c[1]);
    x0 = x0 * x1;
    for (int i = 0; i < 3; i++) {
      x1 = x0 + c[2];
      x0 = x0 * x1;
    }
    x1 = x0 + c[2];
    x0 = std::fma(x1, x0, c[1]);
  } else {
    x0 = x - LN2U * kf;
    x0 = x0 - LN2L * kf;
    x0 *= 0.0625;
    x1 = c[8] * x0 + c[7];
    x1 = x1 * x0 + c[6];
    x1 = x1 * x0 + c[5];
    x1 = x1 * x0 + c[4];
    x1 = x1 * x0 + c[3];
    x1 = x1 * x0 + c[0];
    x1 = x1 * x0 + c[1];
    x0 = x0 * x1;
    for (int i = 0; i < 4; i++) {
      x1 = c[2] + x0;
      x0 = x0 * x1;
    }
    x0 = x0 + c[1];
  }
  // Return x0 * 2**k.
  int64_t e = int64_t(k) + 0x3FF;
  if (e <= 0) {  // denormal
    if (e < -52) return 0;
    x0 *= bits2f(uint64_t(e + 0x3FE) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return HUGE_VAL;
  }
  return x0 * bits2f(uint64_t(e) << 52);
}

// Go's log_amd64.s (FreeBSD's algorithm; denormals are not normalized, as in the asm).
double logAsm(double x) {
  constexpr double HSqrt2 = 7.07106781186547524401e-01;
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01;
  constexpr double L2 = 3.999999999940941908e-01;
  constexpr double L3 = 2.857142874366239149e-01;
  constexpr double L4 = 2.222219843214978396e-01;
  constexpr double L5 = 1.818357216161805012e-01;
  constexpr double L6 = 1.531383769920937332e-01;
  constexpr double L7 = 1.479819860511658591e-01;
  uint64_t bx = f2bits(x);
  if ((bx & ~(uint64_t(1) << 63)) == 0) return -HUGE_VAL;
  if (int64_t(bx) < 0) return goNaN();
  if (bx >= 0x7FF0000000000000) return x;  // +Inf or NaN
  double f1 = bits2f((bx & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = double(int32_t((bx >> 52) & 0x7FF) - 0x3FE);
  if (HSqrt2 >= f1) {
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
  double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

// Go's hypot_amd64.s: max * sqrt(1 + (min/max)**2).
double hypotAsm(double p, double q) {
  uint64_t bp = f2bits(p) & ~(uint64_t(1) << 63), bq = f2bits(q) & ~(uint64_t(1) << 63);
  if (bp >= 0x7FF0000000000000 || bq >= 0x7FF0000000000000) {
    if (bp == 0x7FF0000000000000 || bq == 0x7FF0000000000000) return HUGE_VAL;
    return goNaN();
  }
  if ((bp | bq) == 0) return 0;
  double a = bits2f(bp), b = bits2f(bq);
  double mx = a > b ? a : b;  // MAXSD/MINSD on non-NaN values
  double mn = a > b ? b : a;
  double r = mn / mx;
  r = r * r;
  r = r + 1.0;
  r = std::sqrt(r);
  return mx * r;
}

double Exp(double x) { return expAsm(x); }
double Log(double x) { return logAsm(x); }

double Frexp(double f, int64_t* exp) {
  int e = 0;
  double frac = std::frexp(f, &e);
  *exp = e;
  return frac;
}

double Modf(double f, double* frac) {
  if (std::isinf(f)) {
    *frac = goNaN();
    return f;
  }
  double ip;
  *frac = std::modf(f, &ip);
  return ip;
}

// --- Go's pure Go functions -------------------------------------------------------------

constexpr double PI4A = 7.85398125648498535156e-1;   // Pi/4 split into three parts
constexpr double PI4B = 3.77489470793079817668e-8;
constexpr double PI4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = 1 << 29;

constexpr double kSin[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
constexpr double kCos[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

// 4/pi in binary, for Payne-Hanek reduction of huge arguments.
constexpr uint64_t kMPi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// Go's trigReduce: x (>= reduceThreshold) reduced modulo Pi/4: octant j and remainder z.
void trigReduce(double x, uint64_t* j, double* z) {
  if (x < kPi4) {
    *j = 0;
    *z = x;
    return;
  }
  constexpr int shift = 52, bias = 1023;
  constexpr uint64_t mask = 0x7FF;
  uint64_t ix = f2bits(x);
  int exp = int((ix >> shift) & mask) - bias - shift;
  ix &= ~(mask << shift);
  ix |= uint64_t(1) << shift;
  unsigned digit = unsigned(exp + 61) / 64, bitshift = unsigned(exp + 61) % 64;
  auto shl = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v << s; };
  auto shr = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v >> s; };
  uint64_t z0 = shl(kMPi4[digit], bitshift) | shr(kMPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(kMPi4[digit + 1], bitshift) | shr(kMPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(kMPi4[digit + 2], bitshift) | shr(kMPi4[digit + 3], 64 - bitshift);
  uint64_t z2hi = uint64_t((unsigned __int128)z2 * ix >> 64);
  unsigned __int128 p1 = (unsigned __int128)z1 * ix;
  uint64_t z1hi = uint64_t(p1 >> 64), z1lo = uint64_t(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + carry;
  uint64_t jj = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = unsigned(std::countl_zero(hi));
  uint64_t e = uint64_t(bias - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - shift;
  hi |= e << shift;
  double zz = bits2f(hi);
  if (jj & 1) {
    jj++;
    jj &= 7;
    zz--;
  }
  *j = jj;
  *z = zz * kPi4;
}

// The octant j and remainder z of x (>= 0) for sin, cos and tan.
void reduce(double x, uint64_t* j, double* z, bool mod8) {
  if (x >= kReduceThreshold) {
    trigReduce(x, j, z);
    return;
  }
  *j = uint64_t(x * k4OverPi);  // integer part of x/(Pi/4)
  double y = double(*j);
  if (*j & 1) {
    ++*j;
    y++;
  }
  if (mod8) *j &= 7;
  *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

double sinPoly(double z, double zz) {
  return z + z * zz * ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz + kSin[5]);
}
double cosPoly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz * ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz + kCos[5]);
}

double Cos(double x) {
  if (isNaN(x) || std::isinf(x)) return goNaN();
  bool sign = false;
  x = std::fabs(x);
  uint64_t j;
  double z;
  reduce(x, &j, &z, true);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

double Sin(double x) {
  if (x == 0 || isNaN(x)) return x;
  if (std::isinf(x)) return goNaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z, true);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

double Tan(double x) {
  constexpr double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
                          -1.79565251976484877988e7};
  constexpr double Q[] = {1.00000000000000000000e0, 1.36812963470692954678e4,
                          -1.32089234440210967447e6, 2.50083801823357915839e7,
                          -5.38695755929454629881e7};
  if (x == 0 || isNaN(x)) return x;
  if (std::isinf(x)) return goNaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z, y;
  reduce(x, &j, &z, false);
  double zz = z * z;
  if (zz > 1e-14) {
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                 ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  } else {
    y = z;
  }
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                   Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
      (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

double satan(double x) {
  constexpr double Morebits = 6.123233995736765886130e-17;  // pi/2 = PIO2 + Morebits
  constexpr double Tan3pio8 = 2.41421356237309504880;       // tan(3*pi/8)
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return kPi2 - xatan(1 / x) + Morebits;
  return kPi4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

double Atan(double x) {
  if (x == 0) return x;
  if (x > 0) return satan(x);
  return -satan(-x);
}

double Atan2(double y, double x) {
  if (isNaN(y) || isNaN(x)) return goNaN();
  if (y == 0) {
    if (x >= 0 && !std::signbit(x)) return std::copysign(0.0, y);
    return std::copysign(kPi, y);
  }
  if (x == 0) return std::copysign(kPi2, y);
  if (std::isinf(x)) {
    if (isInf(x, 1)) return std::isinf(y) ? std::copysign(kPi4, y) : std::copysign(0.0, y);
    return std::isinf(y) ? std::copysign(k3Pi4, y) : std::copysign(kPi, y);
  }
  if (std::isinf(y)) return std::copysign(kPi2, y);
  double q = Atan(y / x);
  if (x < 0) {
    if (q <= 0) return q + kPi;
    return q - kPi;
  }
  return q;
}

double Asin(double x) {
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return goNaN();
  double temp = std::sqrt(1 - x * x);
  if (x > 0.7) {
    temp = kPi2 - satan(temp / x);
  } else {
    temp = satan(x / temp);
  }
  return sign ? -temp : temp;
}

double Acos(double x) { return kPi2 - Asin(x); }

double Sinh(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                   P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                   Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                   Q2 = -0.173678953558233699533450911e+3;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > 21) {
    temp = Exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = Exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

double Cosh(double x) {
  x = std::fabs(x);
  if (x > 21) return Exp(x) * 0.5;
  double ex = Exp(x);
  return (ex + 1 / ex) * 0.5;
}

double Tanh(double x) {
  constexpr double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1,
                          -1.61468768441708447952e3};
  constexpr double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3,
                          4.84406305325125486048e3};
  constexpr double MAXLOG = 8.8029691931113054295988e+01;  // log(2**127)
  double z = std::fabs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = Exp(2 * z);
    z = 1 - 2 / (s + 1);
    if (x < 0) z = -z;
    return z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double Log1p(double x) {
  constexpr double Sqrt2M1 = 4.142135623730950488017e-01;
  constexpr double Sqrt2HalfM1 = -2.928932188134524755992e-01;
  constexpr double Small = 1.0 / (1 << 29);
  constexpr double Tiny = 1.0 / double(uint64_t(1) << 54);
  constexpr double Two53 = double(uint64_t(1) << 53);
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01,
                   Lp3 = 2.857142874366239149e-01, Lp4 = 2.222219843214978396e-01,
                   Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                   Lp7 = 1.479819860511658591e-01;
  if (x < -1 || isNaN(x)) return goNaN();
  if (x == -1) return -HUGE_VAL;
  if (isInf(x, 1)) return HUGE_VAL;
  double absx = std::fabs(x);
  double f = 0;
  uint64_t iu = 0;
  int64_t k = 1;
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {
      k = 0;
      f = x;
      iu = 1;
    }
  }
  double c = 0;
  if (k != 0) {
    double u;
    if (absx < Two53) {
      u = 1.0 + x;
      iu = f2bits(u);
      k = int64_t((iu >> 52) - 1023);
      if (k > 0) {
        c = 1.0 - (u - x);
      } else {
        c = x - (u - 1.0);
      }
      c /= u;
    } else {
      u = x;
      iu = f2bits(u);
      k = int64_t((iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffff;
    if (iu < 0x0006a09e667f3bcd) {
      u = bits2f(iu | 0x3ff0000000000000);
    } else {
      k++;
      u = bits2f(iu | 0x3fe0000000000000);
      iu = (0x0010000000000000 - iu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double kf = double(k);
  if (iu == 0) {
    if (f == 0) {
      if (k == 0) return 0;
      c += kf * Ln2Lo;
      return kf * Ln2Hi + c;
    }
    double R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return kf * Ln2Hi - ((R - (kf * Ln2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return kf * Ln2Hi - ((hfsq - (s * (hfsq + R) + (kf * Ln2Lo + c))) - f);
}

double Expm1(double x) {
  constexpr double Othreshold = 7.09782712893383973096e+02;
  constexpr double Ln2X56 = 3.88162421113569373274e+01;
  constexpr double Ln2HalfX3 = 1.03972077083991796413e+00;
  constexpr double Ln2Half = 3.46573590279972654709e-01;
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double InvLn2 = 1.44269504088896338700e+00;
  constexpr double Tiny = 1.0 / double(uint64_t(1) << 54);
  constexpr double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                   Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                   Q5 = -2.01099218183624371326e-07;
  if (isInf(x, 1) || isNaN(x)) return x;
  if (isInf(x, -1)) return -1;
  double absx = x;
  bool sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {
    if (sign) return -1;
    if (absx >= Othreshold) return HUGE_VAL;
  }
  double c = 0;
  int64_t k = 0;
  if (absx > Ln2Half) {
    double hi, lo;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = x - Ln2Hi;
        lo = Ln2Lo;
        k = 1;
      } else {
        hi = x + Ln2Hi;
        lo = -Ln2Lo;
        k = -1;
      }
    } else {
      k = !sign ? int64_t(InvLn2 * x + 0.5) : int64_t(InvLn2 * x - 0.5);
      double t = double(k);
      hi = x - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < Tiny) {
    return x;
  } else {
    k = 0;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    double y = 1 - (e - x);
    y = bits2f(f2bits(y) + (uint64_t(k) << 52));
    return y - 1;
  }
  if (k < 20) {
    double tt = bits2f(0x3ff0000000000000 - (0x20000000000000 >> unsigned(k)));  // 1-2**-k
    double y = tt - (e - x);
    return bits2f(f2bits(y) + (uint64_t(k) << 52));
  }
  t = bits2f(uint64_t(0x3ff - k) << 52);  // 2**-k
  double y = x - (e + t);
  y++;
  return bits2f(f2bits(y) + (uint64_t(k) << 52));
}

double expmulti(double hi, double lo, int64_t k) {
  constexpr double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                   P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                   P5 = 4.13813679705723846039e-08;
  double r = hi - lo;
  double t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return std::ldexp(y, int(k));
}

double Exp2(double x) {
  constexpr double Ln2Hi = 6.93147180369123816490e-01;
  constexpr double Ln2Lo = 1.90821492927058770002e-10;
  constexpr double Overflow = 1.0239999999999999e+03;
  constexpr double Underflow = -1.0740e+03;
  if (isNaN(x) || isInf(x, 1)) return x;
  if (isInf(x, -1)) return 0;
  if (x > Overflow) return HUGE_VAL;
  if (x < Underflow) return 0;
  int64_t k = 0;
  if (x > 0) {
    k = int64_t(x + 0.5);
  } else if (x < 0) {
    k = int64_t(x - 0.5);
  }
  double t = x - double(k);
  double hi = t * Ln2Hi;
  double lo = -t * Ln2Lo;
  return expmulti(hi, lo, k);
}

double Log10(double x) { return Log(x) * kInvLn10; }

double Log2(double x) {
  int64_t exp;
  double frac = Frexp(x, &exp);
  if (frac == 0.5) return double(exp - 1);  // exact powers of two
  return Log(frac) * kInvLn2 + double(exp);
}

double Asinh(double x) {
  constexpr double Ln2 = 6.93147180559945286227e-01;
  constexpr double NearZero = 1.0 / (1 << 28);
  constexpr double Large = 1 << 28;
  if (isNaN(x) || std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > Large) {
    temp = Log(x) + Ln2;
  } else if (x > 2) {
    temp = Log(2 * x + 1 / (std::sqrt(x * x + 1) + x));
  } else if (x < NearZero) {
    temp = x;
  } else {
    temp = Log1p(x + x * x / (1 + std::sqrt(1 + x * x)));
  }
  return sign ? -temp : temp;
}

double Acosh(double x) {
  constexpr double Large = 1 << 28;
  if (x < 1 || isNaN(x)) return goNaN();
  if (x == 1) return 0;
  if (x >= Large) return Log(x) + kLn2;
  if (x > 2) return Log(2 * x - 1 / (x + std::sqrt(x * x - 1)));
  double t = x - 1;
  return Log1p(t + std::sqrt(2 * t + t * t));
}

double Atanh(double x) {
  constexpr double NearZero = 1.0 / (1 << 28);
  if (x < -1 || x > 1 || isNaN(x)) return goNaN();
  if (x == 1) return HUGE_VAL;
  if (x == -1) return -HUGE_VAL;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x < NearZero) {
    temp = x;
  } else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * Log1p(temp + temp * x / (1 - x));
  } else {
    temp = 0.5 * Log1p((x + x) / (1 - x));
  }
  return sign ? -temp : temp;
}

double Cbrt(double x) {
  constexpr uint64_t B1 = 715094163, B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                   E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                   G = 3.57142857142857150787e-01,
                   SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || isNaN(x) || std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double t = bits2f(f2bits(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = double(uint64_t(1) << 54);
    t *= x;
    t = bits2f(f2bits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = bits2f((f2bits(t) & (uint64_t(0xFFFFFFFFC) << 28)) + (uint64_t(1) << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

bool isOddInt(double x) {
  double xf;
  double xi = Modf(x, &xf);
  if (!(std::fabs(xi) < 9223372036854775808.0)) return false;  // int64(xi) is MinInt64: even
  return xf == 0 && (int64_t(xi) & 1) == 1;
}

double Pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (isNaN(x) || isNaN(y)) return goNaN();
  if (x == 0) {
    if (y < 0) return isOddInt(y) ? std::copysign(HUGE_VAL, x) : HUGE_VAL;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == isInf(y, 1)) return 0;
    return HUGE_VAL;
  }
  if (std::isinf(x)) {
    if (isInf(x, -1)) return Pow(1 / x, -y);  // Pow(-0, -y)
    if (y < 0) return 0;
    if (y > 0) return HUGE_VAL;
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);

  double yf;
  double yi = Modf(std::fabs(y), &yf);
  if (yf != 0 && x < 0) return goNaN();
  if (yi >= 9223372036854775808.0) {
    // yi is a large even int: the result is 0, 1 or Inf.
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return HUGE_VAL;
  }
  // ans = a1 * 2**ae (= 1 for now).
  double a1 = 1.0;
  int64_t ae = 0;
  // ans *= x**yf
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Exp(yf * Log(x));
  }
  // ans *= x**yi, by repeated squaring, tracking the exponent separately.
  int64_t xe;
  double x1 = Frexp(x, &xe);
  for (int64_t i = int64_t(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      // Catastrophic overflow: the exponent goes beyond what Ldexp handles.
      ae += xe;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  // ans = a1 * 2**ae; if y < 0 { ans = 1 / ans } but careful about overflow.
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  if (ae > INT_MAX) ae = INT_MAX;
  if (ae < INT_MIN) ae = INT_MIN;
  return std::ldexp(a1, int(ae));
}

double Pow10(int64_t n) {
  static const double tab[] = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10,
                               1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                               1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
  static const double pos32[] = {1e00,  1e32,  1e64,  1e96,  1e128,
                                 1e160, 1e192, 1e224, 1e256, 1e288};
  static const double neg32[] = {1e-00,  1e-32,  1e-64,  1e-96,  1e-128, 1e-160,
                                 1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
  if (0 <= n && n <= 308) return pos32[uint64_t(n) / 32] * tab[uint64_t(n) % 32];
  if (-323 <= n && n <= 0) return neg32[uint64_t(-n) / 32] / tab[uint64_t(-n) % 32];
  if (n > 0) return HUGE_VAL;
  return 0;
}

double Max(double x, double y) {
  if (isInf(x, 1) || isInf(y, 1)) return HUGE_VAL;
  if (isNaN(x) || isNaN(y)) return goNaN();
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}

double Min(double x, double y) {
  if (isInf(x, -1) || isInf(y, -1)) return -HUGE_VAL;
  if (isNaN(x) || isNaN(y)) return goNaN();
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

double Dim(double x, double y) {
  double v = x - y;
  if (v <= 0) return 0;
  return v;  // NaN stays NaN
}

double Mod(double x, double y) {
  if (y == 0 || std::isinf(x) || isNaN(x) || isNaN(y)) return goNaN();
  return std::fmod(x, y);
}

double Remainder(double x, double y) {
  if (isNaN(x) || isNaN(y) || std::isinf(x) || y == 0) return goNaN();
  if (std::isinf(y)) return x;
  return std::remainder(x, y);
}

double Nextafter(double x, double y) {
  if (isNaN(x) || isNaN(y)) return goNaN();
  if (x == y) return x;
  if (x == 0) return std::copysign(bits2f(1), y);
  if ((y > x) == (x > 0)) return bits2f(f2bits(x) + 1);
  return bits2f(f2bits(x) - 1);
}

// --- natives ----------------------------------------------------------------------------

using namespace abi;

template <double (*F)(double)>
void unary(vm::Thread*, uint64_t* b) {
  setFloat64(b, 0, F(getFloat64(b, 0)));
}

template <double (*F)(double, double)>
void binary(vm::Thread*, uint64_t* b) {
  setFloat64(b, 0, F(getFloat64(b, 0), getFloat64(b, 1)));
}

double Abs(double x) { return std::fabs(x); }
double Floor(double x) { return std::floor(x); }
double Ceil(double x) { return std::ceil(x); }
double Trunc(double x) { return std::trunc(x); }
double Sqrt(double x) { return std::sqrt(x); }
double Round(double x) { return std::round(x); }
double RoundToEven(double x) { return std::nearbyint(x); }
double Copysign(double f, double sign) { return std::copysign(f, sign); }
double Hypot(double p, double q) { return hypotAsm(p, q); }
double Logb(double x) {
  if (x == 0) return -HUGE_VAL;
  if (std::isinf(x)) return HUGE_VAL;
  if (isNaN(x)) return x;
  return std::logb(x);
}

GOLITE_NATIVE("math.Abs", unary<Abs>);
GOLITE_NATIVE("math.Acos", unary<Acos>);
GOLITE_NATIVE("math.Acosh", unary<Acosh>);
GOLITE_NATIVE("math.Asin", unary<Asin>);
GOLITE_NATIVE("math.Asinh", unary<Asinh>);
GOLITE_NATIVE("math.Atan", unary<Atan>);
GOLITE_NATIVE("math.Atan2", binary<Atan2>);
GOLITE_NATIVE("math.Atanh", unary<Atanh>);
GOLITE_NATIVE("math.Cbrt", unary<Cbrt>);
GOLITE_NATIVE("math.Ceil", unary<Ceil>);
GOLITE_NATIVE("math.Copysign", binary<Copysign>);
GOLITE_NATIVE("math.Cos", unary<Cos>);
GOLITE_NATIVE("math.Cosh", unary<Cosh>);
GOLITE_NATIVE("math.Dim", binary<Dim>);
GOLITE_NATIVE("math.Exp", unary<Exp>);
GOLITE_NATIVE("math.Exp2", unary<Exp2>);
GOLITE_NATIVE("math.Expm1", unary<Expm1>);
GOLITE_NATIVE("math.Floor", unary<Floor>);
GOLITE_NATIVE("math.Hypot", binary<Hypot>);
GOLITE_NATIVE("math.Log", unary<Log>);
GOLITE_NATIVE("math.Log10", unary<Log10>);
GOLITE_NATIVE("math.Log1p", unary<Log1p>);
GOLITE_NATIVE("math.Log2", unary<Log2>);
GOLITE_NATIVE("math.Logb", unary<Logb>);
GOLITE_NATIVE("math.Max", binary<Max>);
GOLITE_NATIVE("math.Min", binary<Min>);
GOLITE_NATIVE("math.Mod", binary<Mod>);
GOLITE_NATIVE("math.Nextafter", binary<Nextafter>);
GOLITE_NATIVE("math.Pow", binary<Pow>);
GOLITE_NATIVE("math.Remainder", binary<Remainder>);
GOLITE_NATIVE("math.Round", unary<Round>);
GOLITE_NATIVE("math.RoundToEven", unary<RoundToEven>);
GOLITE_NATIVE("math.Sin", unary<Sin>);
GOLITE_NATIVE("math.Sinh", unary<Sinh>);
GOLITE_NATIVE("math.Sqrt", unary<Sqrt>);
GOLITE_NATIVE("math.Tan", unary<Tan>);
GOLITE_NATIVE("math.Tanh", unary<Tanh>);
GOLITE_NATIVE("math.Trunc", unary<Trunc>);

GOLITE_NATIVE("math.FMA", [](vm::Thread*, uint64_t* b) {
  setFloat64(b, 0, std::fma(getFloat64(b, 0), getFloat64(b, 1), getFloat64(b, 2)));
});
GOLITE_NATIVE("math.Float32bits", [](vm::Thread*, uint64_t* b) {
  setUint(b, 0, std::bit_cast<uint32_t>(getFloat32(b, 0)));
});
GOLITE_NATIVE("math.Float32frombits", [](vm::Thread*, uint64_t* b) {
  setFloat32(b, 0, std::bit_cast<float>(uint32_t(getUint(b, 0))));
});
// A float64 and a uint64 occupy their word with the same bits: nothing to do.
GOLITE_NATIVE("math.Float64bits", [](vm::Thread*, uint64_t*) {});
GOLITE_NATIVE("math.Float64frombits", [](vm::Thread*, uint64_t*) {});
GOLITE_NATIVE("math.Frexp", [](vm::Thread*, uint64_t* b) {
  int64_t e;
  double f = Frexp(getFloat64(b, 0), &e);
  setFloat64(b, 0, f);
  setInt(b, 1, e);
});
GOLITE_NATIVE("math.Ldexp", [](vm::Thread*, uint64_t* b) {
  int64_t e = getInt(b, 1);
  if (e > INT_MAX) e = INT_MAX;
  if (e < INT_MIN) e = INT_MIN;
  setFloat64(b, 0, std::ldexp(getFloat64(b, 0), int(e)));
});
GOLITE_NATIVE("math.Modf", [](vm::Thread*, uint64_t* b) {
  double frac;
  double ip = Modf(getFloat64(b, 0), &frac);
  setFloat64(b, 0, ip);
  setFloat64(b, 1, frac);
});
GOLITE_NATIVE("math.Inf", [](vm::Thread*, uint64_t* b) { setFloat64(b, 0, inf(getInt(b, 0) >= 0 ? 1 : -1)); });
GOLITE_NATIVE("math.IsInf", [](vm::Thread*, uint64_t* b) {
  setBool(b, 0, isInf(getFloat64(b, 0), int(std::clamp<int64_t>(getInt(b, 1), -1, 1))));
});
GOLITE_NATIVE("math.IsNaN", [](vm::Thread*, uint64_t* b) { setBool(b, 0, isNaN(getFloat64(b, 0))); });
GOLITE_NATIVE("math.NaN", [](vm::Thread*, uint64_t* b) { setFloat64(b, 0, goNaN()); });
GOLITE_NATIVE("math.Signbit", [](vm::Thread*, uint64_t* b) { setBool(b, 0, std::signbit(getFloat64(b, 0))); });
GOLITE_NATIVE("math.Pow10", [](vm::Thread*, uint64_t* b) { setFloat64(b, 0, Pow10(getInt(b, 0))); });
GOLITE_NATIVE("math.Ilogb", [](vm::Thread*, uint64_t* b) {
  double x = getFloat64(b, 0);
  int64_t r;
  if (x == 0) {
    r = INT32_MIN;
  } else if (isNaN(x) || std::isinf(x)) {
    r = INT32_MAX;
  } else {
    r = std::ilogb(x);
  }
  setInt(b, 0, r);
});
GOLITE_NATIVE("math.Sincos", [](vm::Thread*, uint64_t* b) {
  double x = getFloat64(b, 0);
  double s = Sin(x);
  double c = Cos(x);
  setFloat64(b, 0, s);
  setFloat64(b, 1, c);
});

}  // namespace

// For tests: the functions by name.
double goMath(const char* name, double x, double y) {
  std::string_view n(name);
  if (n == "Sin") return Sin(x);
  if (n == "Cos") return Cos(x);
  if (n == "Tan") return Tan(x);
  if (n == "Exp") return Exp(x);
  if (n == "Log") return Log(x);
  if (n == "Pow") return Pow(x, y);
  if (n == "Atan") return Atan(x);
  if (n == "Atan2") return Atan2(x, y);
  if (n == "Log10") return Log10(x);
  if (n == "Log2") return Log2(x);
  if (n == "Sqrt") return std::sqrt(x);
  if (n == "Hypot") return hypotAsm(x, y);
  if (n == "Cbrt") return Cbrt(x);
  if (n == "Asin") return Asin(x);
  if (n == "Acos") return Acos(x);
  if (n == "Sinh") return Sinh(x);
  if (n == "Cosh") return Cosh(x);
  if (n == "Tanh") return Tanh(x);
  if (n == "Exp2") return Exp2(x);
  if (n == "Expm1") return Expm1(x);
  if (n == "Log1p") return Log1p(x);
  if (n == "Asinh") return Asinh(x);
  if (n == "Acosh") return Acosh(x);
  if (n == "Atanh") return Atanh(x);
  if (n == "Mod") return Mod(x, y);
  if (n == "Max") return Max(x, y);
  if (n == "Min") return Min(x, y);
  if (n == "Pow10") return Pow10(int64_t(x));
  if (n == "Remainder") return Remainder(x, y);
  return goNaN();
}

}  // namespace golite::stdlib::math
