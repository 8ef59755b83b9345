package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	r, size := utf8.DecodeRuneInString(s[7:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1))
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.ValidRune(0xD800))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.RuneCount([]byte("añb")), utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	b := []byte("añb")
	for len(b) > 0 {
		r, sz := utf8.DecodeRune(b)
		fmt.Printf("%c:%d ", r, sz)
		b = b[sz:]
	}
	fmt.Println()
	fmt.Println(utf8.FullRuneInString("\xe4\xb8"), utf8.FullRuneInString("世"))
	out := utf8.AppendRune(nil, 0x1F600)
	fmt.Println(out)
}
