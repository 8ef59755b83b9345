// The unicode package's natives and the table lookups behind them (Go's unicode/letter.go).
#include "stdlib/unicode.h"

#include <cstring>

#include "vm/native.h"

namespace golite::stdlib::unicode {

bool in(const RangeTable& t, int32_t r) {
  uint32_t u = uint32_t(r);
  size_t lo = 0, hi = t.n;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const RuneRange& rr = t.ranges[m];
    if (u < rr.lo) {
      hi = m;
    } else if (u > rr.hi) {
      lo = m + 1;
    } else {
      return true;
    }
  }
  return false;
}

int32_t to(Case c, int32_t r) {
  size_t n;
  const CaseRange* cr = caseRanges(&n);
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    if (int32_t(cr[m].lo) <= r && r <= int32_t(cr[m].hi)) {
      int32_t delta = cr[m].delta[c];
      if (delta > 0x10FFFF) {
        // An alternating Upper/Lower run: even offsets are upper case, odd lower.
        int32_t base = int32_t(cr[m].lo);
        return base + (((r - base) & ~1) | (int32_t(c) & 1));
      }
      return r + delta;
    }
    if (r < int32_t(cr[m].lo)) {
      hi = m;
    } else {
      lo = m + 1;
    }
  }
  return r;
}

int32_t simpleFold(int32_t r) {
  if (r < 0 || r > 0x10FFFF) return r;
  size_t n;
  const FoldPair* orbit = foldOrbit(&n);
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    if (int32_t(orbit[m].from) < r) {
      lo = m + 1;
    } else {
      hi = m;
    }
  }
  if (lo < n && int32_t(orbit[lo].from) == r) return int32_t(orbit[lo].to);
  int32_t l = toLower(r);
  if (l != r) return l;
  return toUpper(r);
}

namespace {

// A rune argument or result occupies one word; its low 32 bits hold the value.
int32_t runeArg(const uint64_t* base) { return int32_t(uint32_t(base[0])); }
void setBool(uint64_t* base, bool v) { base[0] = v ? 1 : 0; }
void setRune(uint64_t* base, int32_t r) { base[0] = uint64_t(int64_t(r)); }

#define GOLITE_RUNE_PRED(goName, fn)                                                   \
  GOLITE_NATIVE("unicode." goName, [](vm::Thread*, uint64_t* base) {                 \
    setBool(base, fn(runeArg(base)));                                                  \
  })
#define GOLITE_RUNE_MAP(goName, fn)                                                    \
  GOLITE_NATIVE("unicode." goName, [](vm::Thread*, uint64_t* base) {                 \
    setRune(base, fn(runeArg(base)));                                                  \
  })

GOLITE_RUNE_PRED("IsPrint", isPrint);
GOLITE_RUNE_PRED("IsGraphic", isGraphic);
GOLITE_RUNE_PRED("IsLetter", isLetter);
GOLITE_RUNE_PRED("IsDigit", isDigit);
GOLITE_RUNE_PRED("IsNumber", isNumber);
GOLITE_RUNE_PRED("IsSpace", isSpace);
GOLITE_RUNE_PRED("IsUpper", isUpper);
GOLITE_RUNE_PRED("IsLower", isLower);
GOLITE_RUNE_PRED("IsTitle", isTitle);
GOLITE_RUNE_PRED("IsPunct", isPunct);
GOLITE_RUNE_PRED("IsMark", isMark);
GOLITE_RUNE_PRED("IsSymbol", isSymbol);
GOLITE_RUNE_PRED("IsControl", isControl);
GOLITE_RUNE_MAP("ToUpper", toUpper);
GOLITE_RUNE_MAP("ToLower", toLower);
GOLITE_RUNE_MAP("ToTitle", toTitle);
GOLITE_RUNE_MAP("SimpleFold", simpleFold);

}  // namespace
}  // namespace golite::stdlib::unicode
