// fib: recursive Fibonacci; measures function call overhead.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 35 // quick: 20
	fmt.Printf("fib(%d) = %d\n", n, fib(n))
}
