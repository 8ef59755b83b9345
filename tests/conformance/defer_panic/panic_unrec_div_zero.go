package main

import "fmt"

func div(a, b int) int {
	defer fmt.Println("div defer")
	return a / b
}

func main() {
	fmt.Println(div(10, 3))
	fmt.Println(div(1, 0))
}
