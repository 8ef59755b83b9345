// nodefer: the same work as the defer benchmark, with the deferred call made directly.
package main

import "fmt"

var counter int

func work(x int) int {
	r := x * 2
	func() { counter++ }()
	return r
}

func main() {
	n := 10000000 // quick: 100000
	sum := 0
	for i := 0; i < n; i++ {
		sum += work(i)
	}
	fmt.Println(sum, counter)
}
