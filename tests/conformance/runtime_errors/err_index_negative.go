package main

import "fmt"

func main() {
	s := make([]string, 4)
	i := 2
	i -= 3
	fmt.Println("len", len(s))
	s[i] = "x"
}
