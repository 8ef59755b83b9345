package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%v|%q|%x|%X|% x|%#x\n", s, s, s, s, s, s, s)
	fmt.Printf("%10s|%-10s|%.3s|%10.2s|%-10.4q|\n", s, s, s, s, s)
	fmt.Printf("%q %q %q\n", "tab\t", "quote\"", "uni世界")
	fmt.Printf("%+q %#q %#q\n", "uni世界", "back`tick", "plain")
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []byte("cd"))
	fmt.Printf("%x %X % X\n", []byte{1, 0xab, 0xff}, []byte("hi"), []byte{1, 2, 3})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%5s|%-5s|\n", "世界", "世界")
	fmt.Printf("%.1s|%.2s|\n", "世界", "世界")
	fmt.Printf("%q %q %q\n", 'a', '\n', '世')
	fmt.Printf("%q\n", "\x00\x01\u00ff\U0010ffff\xfe")
	fmt.Printf("%+q\n", "é\x01")
	fmt.Printf("%s|%10v|\n", "", "")
	fmt.Printf("%c|%c|%c\n", 'G', 0x1F600, 0x10FFFF+1)
	fmt.Printf("%U|%#U|%U\n", 'G', '⌘', -1)
	fmt.Printf("%x\n", "")
	fmt.Printf("%08s|%-08s|\n", "ab", "ab")
}
