package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello"))
	fmt.Println(strconv.Quote("tab\tnew\nline \"q\" back\\"))
	fmt.Println(strconv.Quote("uni 世界 \x00 \xff \u200b"))
	fmt.Println(strconv.QuoteToASCII("uni 世界"))
	fmt.Println(strconv.QuoteRune('x'), strconv.QuoteRune('\n'), strconv.QuoteRune('世'), strconv.QuoteRuneToASCII('世'))
	for _, s := range []string{`"hello"`, `"a\tb"`, "`raw`", `'x'`, `"\u4e16"`, `"unterminated`, `noquotes`, `"\q"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%s -> %q %v\n", s, u, err)
	}
	fmt.Println(strconv.CanBackquote("abc"), strconv.CanBackquote("a`b"), strconv.CanBackquote("a\nb"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\x01'))
	fmt.Println(string(strconv.AppendQuote([]byte("q:"), "v")))
}
