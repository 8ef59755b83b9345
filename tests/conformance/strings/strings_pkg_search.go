package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'q'), strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune(s, 'z'), strings.IndexAny(s, "kz"))
	fmt.Println(strings.Index("chicken", ""), strings.Index("", "a"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasPrefix(s, "quick"), strings.HasSuffix(s, "dog"), strings.HasSuffix(s, ""))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, "the"), strings.Count("five", ""))
	fmt.Println(strings.Index("日本語", "語"), strings.IndexRune("日本語", '本'))
	fmt.Println(strings.IndexFunc("hello123", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.LastIndexAny("abcabc", "ab"))
	fmt.Println(strings.TrimPrefix(s, "the "), "|", strings.TrimSuffix(s, " dog"))
	fmt.Println(strings.Cut("key=value", "="))
	fmt.Println(strings.Cut("novalue", "="))
}
