package main

import "fmt"

func main() {
	s := "golite"
	n := 10
	fmt.Println(s[2:])
	fmt.Println(s[2:n])
}
