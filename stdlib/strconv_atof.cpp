// Floating-point parsing: strconv.ParseFloat (Go's strconv/atof.go).
//
// The syntax check is Go's (readFloat, special, underscoreOK): decimal and hexadecimal
// mantissas, '_' separators, "inf"/"infinity"/"nan" in any case. The conversion itself is
// the C library's strtod/strtof on the accepted text with separators removed: glibc rounds
// correctly for any input length, as Go does. Overflow gives ±Inf and a range error;
// underflow rounds to zero or a denormal without error, as in Go.
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "stdlib/strconv.h"

namespace golite::stdlib::strconv {
namespace {

char lower(char c) { return char(c | 0x20); }

size_t commonPrefixLenIgnoreCase(std::string_view s, std::string_view prefix) {
  size_t n = std::min(s.size(), prefix.size());
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if ('A' <= c && c <= 'Z') c = char(c + 'a' - 'A');
    if (c != prefix[i]) return i;
  }
  return n;
}

// Go's special: a signed infinity or a NaN. Returns the bytes consumed, 0 if none.
size_t special(std::string_view s, double* f) {
  if (s.empty()) return 0;
  int sign = 1;
  size_t nsign = 0;
  switch (s[0]) {
    case '+':
    case '-':
      if (s[0] == '-') sign = -1;
      nsign = 1;
      s.remove_prefix(1);
      [[fallthrough]];
    case 'i':
    case 'I': {
      size_t n = commonPrefixLenIgnoreCase(s, "infinity");
      if (3 < n && n < 8) n = 3;
      if (n == 3 || n == 8) {
        *f = sign * HUGE_VAL;
        return nsign + n;
      }
      break;
    }
    case 'n':
    case 'N':
      if (commonPrefixLenIgnoreCase(s, "nan") == 3) {
        *f = NAN;
        return 3;
      }
      break;
  }
  return 0;
}

bool underscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// Go's readFloat, reduced to the syntax: the length of the longest well-formed prefix of
// s, or 0 if there is none.
size_t readFloat(std::string_view s) {
  size_t i = 0;
  bool underscores = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
  bool hex = false;
  char expChar = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    hex = true;
    expChar = 'p';
    i += 2;
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      continue;
    }
    if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
      sawdigits = true;
      continue;
    }
    break;
  }
  if (!sawdigits) return 0;
  if (i < s.size() && lower(s[i]) == expChar) {
    i++;
    if (i >= s.size()) return 0;
    if (s[i] == '+' || s[i] == '-') i++;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return 0;
    for (; i < s.size() && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++) {
      if (s[i] == '_') underscores = true;
    }
  } else if (hex) {
    return 0;  // a hexadecimal mantissa requires a 'p' exponent
  }
  if (underscores && !underscoreOK(s.substr(0, i))) return 0;
  return i;
}

}  // namespace

ParseStatus parseFloat(std::string_view s, int bitSize, double* out) {
  *out = 0;
  if (size_t n = special(s, out)) {
    if (n == s.size()) return ParseStatus::Ok;
    *out = 0;
    return ParseStatus::Syntax;
  }
  size_t n = readFloat(s);
  if (n == 0 || n != s.size()) return ParseStatus::Syntax;
  std::string text;
  text.reserve(s.size());
  for (char c : s) {
    if (c != '_') text.push_back(c);
  }
  errno = 0;
  char* end = nullptr;
  double v;
  if (bitSize == 32) {
    v = double(std::strtof(text.c_str(), &end));
  } else {
    v = std::strtod(text.c_str(), &end);
  }
  *out = v;
  if (std::isinf(v)) return ParseStatus::Range;
  return ParseStatus::Ok;
}

}  // namespace golite::stdlib::strconv
