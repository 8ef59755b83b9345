package main

import "fmt"

func main() {
	for _, r := range []rune{'A', 'z', '0', 0xe9, 0x4e16, 0x1F600, 0x10FFFF} {
		s := string(r)
		fmt.Println(r, s, len(s), []byte(s))
	}
	var i int = 66
	fmt.Println(string(rune(i)))
	var b byte = 'c'
	fmt.Println(string(b), string(rune(b)))
	fmt.Printf("%q %q %q\n", string(rune(0xD800)), string(rune(-5)), string(rune(0x110000)))
	x := 'a'
	x += 2
	fmt.Println(string(x))
	var u8 uint8 = 0xe9
	fmt.Println(string(rune(u8)), []byte(string(rune(u8))))
}
