package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func count(t *unicode.RangeTable) int {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r += 61 {
		if unicode.Is(t, r) {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(unicode.Version, len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), len(unicode.FoldCategory), len(unicode.FoldScript), len(unicode.CaseRanges))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('λ', unicode.Latin, unicode.Greek), unicode.IsOneOf(unicode.PrintRanges, ' '))
	fmt.Println(unicode.Letter == unicode.L, unicode.Categories["L"] == unicode.Letter, unicode.Upper == unicode.Lu, unicode.White_Space == unicode.Properties["White_Space"])
	var keys []string
	for k := range unicode.Scripts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sum := 0
	for _, k := range keys {
		sum += count(unicode.Scripts[k])
	}
	for _, m := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Properties, unicode.FoldCategory, unicode.FoldScript} {
		for _, t := range m {
			sum += count(t)
		}
	}
	fmt.Println(sum, count(unicode.Letter), count(unicode.GraphicRanges[5]))
	fmt.Println(unicode.Latin.LatinOffset, len(unicode.Latin.R16), len(unicode.Latin.R32), unicode.Latin.R16[0])
	fmt.Println(unicode.CaseRanges[0], unicode.TurkishCase.ToUpper('i'), strings.Title("hello wörld"), strings.Fields(" a\u00a0b c "))
	fmt.Printf("%v %T\n", unicode.Is(unicode.Nd, '٣'), unicode.Digit)
}
