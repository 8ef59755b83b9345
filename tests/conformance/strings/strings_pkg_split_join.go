package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("no separators", ";"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  qux  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	parts := strings.Split("2024-01-15", "-")
	fmt.Println(len(parts), parts[0], parts[2])
	fmt.Println(strings.Join(strings.Fields(" a  b   c "), "_"))
}
