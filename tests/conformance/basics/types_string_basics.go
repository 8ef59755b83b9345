package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(s, len(s))
	fmt.Println(s[0], s[7], string(s[0]))
	fmt.Println(s[:5], s[7:], s[7:10])
	var empty string
	fmt.Println(empty == "", len(empty))
	raw := `raw\nstring "quoted"
second line`
	fmt.Println(raw)
	esc := "tab\there\nnewline \"q\" \\ \x41\u00e9\U0001F600 \101"
	fmt.Println(esc)
	fmt.Println(len("\U0001F600"), len("é"), len("\xff"))
	t := s
	t += "!"
	fmt.Println(s, t)
	fmt.Println("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
	fmt.Println("abc" == "abc", "abc" != "abd")
	b := "x"
	for i := 0; i < 5; i++ {
		b += b
	}
	fmt.Println(b, len(b))
	fmt.Printf("%q\n", "multi\nline\t\x00\x7f")
	var bs = []byte{'g', 'o'}
	fmt.Println(string(bs))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	c := 'x'
	fmt.Println(c, string(c))
	fmt.Println("con" + "cat" + "enation")
}
