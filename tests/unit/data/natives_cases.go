//go:build ignore

// Generates natives_cases.txt: Go 1.19's results for the string functions golite
// implements natively (strings, unicode/utf8), for tests/unit/test_stdlib_natives.cpp,
// which calls the natives through the native ABI. Each line is
//
//	function <TAB> "arg1" <TAB> "arg2" ... <TAB> = <TAB> result
//
//	go run tests/unit/data/natives_cases.go > tests/unit/data/natives_cases.txt
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func q(s string) string { return strconv.Quote(s) }

func main() {
	inputs := []string{"", "a", "Hello, World", "héllo wörld", "ÀÉÎõü ß", "\xff\xfeA", "ǅǆǄ", "\u0130stanbul", "aaa", "ababab", "日本語", "x\uFFFDy", "ΣΑΣ σας"}
	subs := []string{"", "a", "ab", "l", "ö", "語", "\xff", "xyz", "aa"}
	for _, s := range inputs {
		fmt.Printf("ToUpper\t%s\t=\t%s\n", q(s), q(strings.ToUpper(s)))
		fmt.Printf("ToLower\t%s\t=\t%s\n", q(s), q(strings.ToLower(s)))
		fmt.Printf("ToTitle\t%s\t=\t%s\n", q(s), q(strings.ToTitle(s)))
		fmt.Printf("RuneCountInString\t%s\t=\t%d\n", q(s), utf8.RuneCountInString(s))
		fmt.Printf("ValidString\t%s\t=\t%v\n", q(s), utf8.ValidString(s))
		r, n := utf8.DecodeRuneInString(s)
		fmt.Printf("DecodeRuneInString\t%s\t=\t%d %d\n", q(s), r, n)
		r, n = utf8.DecodeLastRuneInString(s)
		fmt.Printf("DecodeLastRuneInString\t%s\t=\t%d %d\n", q(s), r, n)
		for _, t := range subs {
			fmt.Printf("Index\t%s\t%s\t=\t%d\n", q(s), q(t), strings.Index(s, t))
			fmt.Printf("LastIndex\t%s\t%s\t=\t%d\n", q(s), q(t), strings.LastIndex(s, t))
			fmt.Printf("Contains\t%s\t%s\t=\t%v\n", q(s), q(t), strings.Contains(s, t))
			fmt.Printf("Count\t%s\t%s\t=\t%d\n", q(s), q(t), strings.Count(s, t))
			fmt.Printf("EqualFold\t%s\t%s\t=\t%v\n", q(s), q(t), strings.EqualFold(s, t))
			for _, n := range []int{-1, 0, 1, 2} {
				fmt.Printf("Replace\t%s\t%s\t%s\t%d\t=\t%s\n", q(s), q(t), q("<>"), n, q(strings.Replace(s, t, "<>", n)))
			}
		}
		fmt.Printf("EqualFold\t%s\t%s\t=\t%v\n", q(s), q(strings.ToUpper(s)), strings.EqualFold(s, strings.ToUpper(s)))
		fmt.Printf("EqualFold\t%s\t%s\t=\t%v\n", q(s), q(strings.ToLower(s)), strings.EqualFold(s, strings.ToLower(s)))
	}
	for _, p := range [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"k", "\u212A"}, {"ß", "ẞ"}, {"a", "b"}, {"ab", "a"}} {
		fmt.Printf("EqualFold\t%s\t%s\t=\t%v\n", q(p[0]), q(p[1]), strings.EqualFold(p[0], p[1]))
	}
	fmt.Printf("Repeat\t%s\t%d\t=\t%s\n", q("ab"), 3, q(strings.Repeat("ab", 3)))
	fmt.Printf("IndexByte\t%s\t%d\t=\t%d\n", q("hello"), 'l', strings.IndexByte("hello", 'l'))
}
