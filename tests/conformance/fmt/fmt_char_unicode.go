package main

import "fmt"

func main() {
	for _, r := range []rune{'a', 'Z', '0', ' ', 'é', 'ß', '世', '😀', '\t', 0x7f, 0x2028} {
		fmt.Printf("%c|%q|%+q|%U|%#U|%d|%x\n", r, r, r, r, r, r, r)
	}
	fmt.Printf("%c%c%c\n", 72, 105, 33)
	fmt.Printf("%q\n", []rune("héllo"))
	fmt.Printf("%c\n", []rune("abc"))
	fmt.Printf("%U\n", []rune("ab"))
	fmt.Printf("%v\n", []rune("ab"))
	fmt.Printf("%s\n", string([]rune{0x48, 0x49}))
	fmt.Printf("%q %q\n", rune(0xFFFD), rune(0xD800))
	fmt.Printf("%5c|%-3c|\n", 'x', '世')
}
