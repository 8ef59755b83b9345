// parallel: CPU-bound work split over two goroutines; bench/speedup times it at
// GOMAXPROCS=1 and 2 for golite and for the compiled go binary.
package main

import "fmt"

func work(seed, n int) int {
	x := seed
	s := 0
	for i := 0; i < n; i++ {
		x = (x*1103515245 + 12345) & 0x7fffffff
		s += x % 7
	}
	return s
}

func main() {
	n := 40000000
	res := make(chan int)
	for g := 0; g < 2; g++ {
		go func(seed int) { res <- work(seed, n/2) }(g + 1)
	}
	fmt.Println(<-res + <-res)
}
