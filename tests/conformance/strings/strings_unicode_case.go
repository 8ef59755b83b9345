package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"hello", "Héllo Wörld", "ǅemal", "İstanbul", "straße", "ΣΑΣ σας", "日本語", "\xffbad"} {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
		fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), len(s))
	}
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("k", "\u212A"), strings.EqualFold("a", "á"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3é"))
	fmt.Printf("%q\n", strings.Fields(" a\tb\u00a0c\u2003d\ne  "))
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', 'ß', '世', '٣', '!', '€', 0x2028, 0xA0} {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsPrint(r),
			unicode.IsGraphic(r), unicode.IsControl(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)))
	}
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('a'), unicode.SimpleFold('K'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'))
	buf := make([]byte, 4)
	for _, r := range []rune{'a', 'é', '世', 0x1F600, -1, 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(n, buf[:n], utf8.RuneLen(r), utf8.ValidRune(r))
	}
	b := []byte("héllo")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Print(string(r), size, " ")
		b = b[size:]
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString("abc世")
	fmt.Println(string(r), size, utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0x80))
	fmt.Println(string(utf8.AppendRune(nil, '界')), utf8.RuneCount([]byte("a\xffb")))
	r2 := strings.NewReplacer("a", "1", "b", "2", "", "-")
	fmt.Println(r2.Replace("abc"), strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<a>"))
}
