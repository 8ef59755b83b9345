package main

import (
	"fmt"
	"strings"
)

func main() {
	a := "foo"
	b := "bar"
	c := a + b
	fmt.Println(c, len(c))
	c += "baz"
	fmt.Println(c)
	s := ""
	for i := 0; i < 10; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s)
	words := []string{"banana", "Apple", "cherry", "apple", "", "b", "ba"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	fmt.Printf("%q\n", words)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println("abc" < "abcd", "abd" > "abcd", "\xff" > "\x7f", "é" > "z")
	fmt.Println(strings.EqualFold("GoLang", "golang"), "GoLang" == "golang")
	x := "same"
	y := "sa" + "me"
	fmt.Println(x == y, x >= y, x <= y)
}
