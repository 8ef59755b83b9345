package main

import "fmt"

// 100,000 goroutines each sending one value.
func main() {
	const n = 100000
	ch := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) { ch <- i }(i)
	}
	sum := 0
	seen := make([]bool, n)
	for i := 0; i < n; i++ {
		v := <-ch
		if seen[v] {
			fmt.Println("duplicate", v)
		}
		seen[v] = true
		sum += v
	}
	fmt.Println("received", n, "sum", sum)
}
