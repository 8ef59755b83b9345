package main

import "fmt"

func main() {
	s := "Hello, 世界!"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[7:10], s[10:13], s[:0] == "", s[len(s):] == "")
	fmt.Printf("%T %T\n", s[0], s[1:2])
	sub := s[0:5]
	fmt.Println(sub, len(sub))
	half := s[8:9]
	fmt.Printf("%q %d\n", half, len(half))
	b := s[0]
	fmt.Println(b == 'H', string(b))
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			count++
		}
	}
	fmt.Println("non-ascii bytes", count)
	str := "abcdef"
	fmt.Println(str[1:4], str[:3]+str[3:], str[2:][1:][:2])
	const c = "constant"
	fmt.Println(c[3], c[2:5], len(c))
}
