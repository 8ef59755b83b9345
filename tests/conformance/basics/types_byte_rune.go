package main

import "fmt"

func main() {
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r, string(b), string(r))
	fmt.Printf("%T %T %c %c %U %U\n", b, r, b, r, b, r)
	b += 2
	fmt.Println(b, string(b))
	r++
	fmt.Println(r, string(r))
	var u8 uint8 = b
	var i32 int32 = r
	fmt.Println(u8, i32)
	fmt.Println('a'+1, 'a'*2, 'z'-'a')
	x := 'a' + 1
	fmt.Printf("%T %v %c\n", x, x, x)
	digits := "0123456789"
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i] - '0')
	}
	fmt.Println("digit sum", sum)
	upper := []byte("hello")
	for i := range upper {
		upper[i] -= 'a' - 'A'
	}
	fmt.Println(string(upper))
	runes := []rune("héllo, 世界")
	fmt.Println(len(runes), runes[1], string(runes[7:]))
	fmt.Println('\n', '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F600', '\000')
	var big rune = 0x10FFFF
	fmt.Println(big, string(big) == "\U0010FFFF")
	fmt.Println(string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)))
	var bb byte = 200
	fmt.Println(bb+100, int(bb)+100)
}
