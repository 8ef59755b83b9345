package main

import "fmt"

func c(depth int) {
	defer fmt.Println("c defer", depth)
	if depth == 0 {
		panic(fmt.Sprintf("deep panic"))
	}
	c(depth - 1)
}

func b() {
	defer fmt.Println("b defer")
	c(2)
	fmt.Println("MUST NOT APPEAR b")
}

func a() (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("a recovered:", r)
			ok = false
		}
	}()
	b()
	return true
}

func main() {
	fmt.Println("a returned", a())
	fmt.Println("main continues")
}
