// Package unicode: golite's unicode (Go 1.19 API subset). The classes and case mappings
// are natives over tables generated from Go's own (stdlib/unicode.cpp).
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
