package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	fmt.Println(s[:4])
	n := 6
	fmt.Println(s[:n])
}
