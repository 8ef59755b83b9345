// Package unicode: golite's unicode (Go 1.19's API). The classes and case mappings are
// natives over tables generated from Go's own (stdlib/unicode.cpp); the exported tables
// (tables.go, generated) are Go's, their runs held in golite's binary.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Range16 represents a range of 16-bit Unicode code points: Lo to Hi inclusive, every
// Stride-th one.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents a range of Unicode code points, as Range16, for values that do
// not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set, sorted by Lo; R16 holds the ranges below 0x10000. LatinOffset is the
// number of R16 entries with Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// searchLinear: below this many ranges a scan beats a binary search.
const searchLinear = 18

func in16(rs []Range16, r uint16) bool {
	if len(rs) <= searchLinear || r <= MaxLatin1 {
		for _, g := range rs {
			if r < g.Lo {
				return false
			}
			if r <= g.Hi {
				return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(rs)
	for lo < hi {
		m := lo + (hi-lo)/2
		g := rs[m]
		if r < g.Lo {
			hi = m
		} else if r > g.Hi {
			lo = m + 1
		} else {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

func in32(rs []Range32, r uint32) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := lo + (hi-lo)/2
		g := rs[m]
		if r < g.Lo {
			hi = m
		} else if r > g.Hi {
			lo = m + 1
		} else {
			return g.Stride == 1 || (r-g.Lo)%g.Stride == 0
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if r16 := rangeTab.R16; len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16, uint16(r))
	}
	if r32 := rangeTab.R32; len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. The function "In"
// provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// UpperLower in a CaseRange's Delta: the range alternates upper and lower case letters
// (upper at even offsets from Lo).
const UpperLower = MaxRune + 1

// CaseRange maps the runes Lo..Hi to another case by adding Delta[case] (or, with
// UpperLower, by choosing within each upper-lower pair).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase is a language's own case mappings (TurkishCase), ranges in ascending order.
type SpecialCase []CaseRange

// TurkishCase and AzeriCase: dotted and dotless i.
var TurkishCase SpecialCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}
var AzeriCase SpecialCase = TurkishCase

// ToUpper maps r to upper case, the special mappings first.
func (special SpecialCase) ToUpper(r rune) rune { return special.to(UpperCase, r, ToUpper) }

// ToTitle maps r to title case, the special mappings first.
func (special SpecialCase) ToTitle(r rune) rune { return special.to(TitleCase, r, ToTitle) }

// ToLower maps r to lower case, the special mappings first.
func (special SpecialCase) ToLower(r rune) rune { return special.to(LowerCase, r, ToLower) }

// to finds r's range by binary search and applies its delta; without one, the general
// mapping.
func (special SpecialCase) to(_case int, r rune, general func(rune) rune) rune {
	lo, hi := 0, len(special)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := special[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Pairs from Lo: an even offset is the upper case, the next the lower.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1))
			}
			return r + delta
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return general(r)
}
