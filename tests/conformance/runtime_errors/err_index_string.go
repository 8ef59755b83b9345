package main

import "fmt"

func main() {
	s := "hello"
	n := len(s)
	fmt.Println(s[n-1])
	fmt.Println(s[n])
}
