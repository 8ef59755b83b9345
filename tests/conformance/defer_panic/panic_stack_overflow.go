package main

import "fmt"

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	defer fmt.Println("MUST NOT APPEAR: stack overflow is fatal")
	fmt.Println("recursing")
	fmt.Println(down(0))
}
