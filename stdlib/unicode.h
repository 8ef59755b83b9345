// Unicode character classes and case mapping, as Go 1.19's unicode package has them.
//
// The tables (unicode_tables.cpp) are generated from the installed Go's unicode package by
// gen/unicode_tables.go, so strconv.IsPrint, fmt's %q and unicode.IsLetter classify every
// rune exactly as Go does. Each class is a sorted list of inclusive rune ranges.
#pragma once

#include <cstddef>
#include <cstdint>

namespace golite::stdlib::unicode {

struct RuneRange {
  uint32_t lo, hi;
};
struct RangeTable {
  const RuneRange* ranges;
  size_t n;
};
// Go's unicode.CaseRange: deltas to upper, lower, title case; a delta of MaxRune+1 marks an
// alternating Upper/Lower sequence.
struct CaseRange {
  uint32_t lo, hi;
  int32_t delta[3];
};
struct FoldPair {
  uint32_t from, to;
};

const RangeTable& printTable();
const RangeTable& graphicTable();
const RangeTable& letterTable();
const RangeTable& upperTable();
const RangeTable& lowerTable();
const RangeTable& titleTable();
const RangeTable& digitTable();
const RangeTable& numberTable();
const RangeTable& punctTable();
const RangeTable& spaceTable();
const RangeTable& markTable();
const RangeTable& symbolTable();
const RangeTable& controlTable();
const CaseRange* caseRanges(size_t* n);
const FoldPair* foldOrbit(size_t* n);

bool in(const RangeTable& t, int32_t r);

enum Case { UpperCase = 0, LowerCase = 1, TitleCase = 2 };

inline bool isPrint(int32_t r) {
  if (uint32_t(r) < 0x80) return r >= 0x20 && r < 0x7F;
  return in(printTable(), r);
}
inline bool isGraphic(int32_t r) { return in(graphicTable(), r); }
inline bool isLetter(int32_t r) {
  if (uint32_t(r) < 0x80) return (uint32_t(r) | 0x20) - 'a' < 26;
  return in(letterTable(), r);
}
inline bool isDigit(int32_t r) {
  if (uint32_t(r) < 0x80) return uint32_t(r) - '0' < 10;
  return in(digitTable(), r);
}
inline bool isSpace(int32_t r) {
  switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
      return true;
  }
  if (uint32_t(r) <= 0xFF) return false;
  return in(spaceTable(), r);
}
inline bool isUpper(int32_t r) {
  if (uint32_t(r) < 0x80) return uint32_t(r) - 'A' < 26;
  return in(upperTable(), r);
}
inline bool isLower(int32_t r) {
  if (uint32_t(r) < 0x80) return uint32_t(r) - 'a' < 26;
  return in(lowerTable(), r);
}
inline bool isTitle(int32_t r) { return in(titleTable(), r); }
inline bool isNumber(int32_t r) { return in(numberTable(), r); }
inline bool isPunct(int32_t r) { return in(punctTable(), r); }
inline bool isMark(int32_t r) { return in(markTable(), r); }
inline bool isSymbol(int32_t r) { return in(symbolTable(), r); }
inline bool isControl(int32_t r) { return in(controlTable(), r); }

// Go's unicode.To(_case, r).
int32_t to(Case c, int32_t r);
inline int32_t toUpper(int32_t r) {
  if (uint32_t(r) < 0x80) return (uint32_t(r) - 'a' < 26) ? r - 32 : r;
  return to(UpperCase, r);
}
inline int32_t toLower(int32_t r) {
  if (uint32_t(r) < 0x80) return (uint32_t(r) - 'A' < 26) ? r + 32 : r;
  return to(LowerCase, r);
}
inline int32_t toTitle(int32_t r) {
  if (uint32_t(r) < 0x80) return (uint32_t(r) - 'a' < 26) ? r - 32 : r;
  return to(TitleCase, r);
}
// Go's unicode.SimpleFold: the next rune in r's case-folding orbit.
int32_t simpleFold(int32_t r);

}  // namespace golite::stdlib::unicode
