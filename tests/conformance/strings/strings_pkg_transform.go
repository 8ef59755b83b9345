package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Hello, World! héllo"), strings.ToLower("HELLO ÀÉÎ"))
	fmt.Printf("%q\n", strings.TrimSpace("  \t padded \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Trim("  abc  ", " "))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == ' ' {
			return -1
		}
		return r + 1
	}, "a b c"))
	fmt.Println(strings.ToUpper(""), strings.ToLower("123"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
}
