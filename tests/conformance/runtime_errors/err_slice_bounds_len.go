package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	hi := 5
	fmt.Println(s[:2])
	fmt.Println(s[1:hi])
}
