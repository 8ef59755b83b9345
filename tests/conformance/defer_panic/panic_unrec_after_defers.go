package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 3 {
		panic(fmt.Sprintf("panic at level %d", n))
	}
	level(n + 1)
	fmt.Println("MUST NOT APPEAR", n)
}

func main() {
	defer fmt.Println("main defer")
	level(0)
}
