package main

import "fmt"

func f() {
	fmt.Println("f start")
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	defer fmt.Println("deferred 3")
	fmt.Println("f end")
}

func g(n int) int {
	defer func() { fmt.Println("g defer A") }()
	if n > 0 {
		defer func() { fmt.Println("g defer B (conditional)") }()
	}
	defer func() { fmt.Println("g defer C") }()
	return n * 2
}

func main() {
	f()
	fmt.Println("after f")
	fmt.Println(g(1))
	fmt.Println(g(0))
	fmt.Println("main end")
}
