package main

import "fmt"

func double(n int) int { return 2 * n }

func main() {
	fmt.Println("the tool runs:", double(21))
}
