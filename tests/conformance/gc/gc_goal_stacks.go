// Goroutine stacks count toward the heap goal (Go 1.18's pacer): with 50,000 parked
// goroutines, whose stacks every cycle scans, 20 MB of short-lived garbage takes a few
// collections, not one per 4 MB.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	v    [4]int
}

var sink *node

func main() {
	c := make(chan int)
	for i := 0; i < 50000; i++ {
		go func() { <-c }()
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 500000; i++ {
		sink = &node{next: sink}
		if i%1000 == 0 {
			sink = nil
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n := m.NumGC - before.NumGC
	fmt.Println("collections under 4:", n < 4)
	if n >= 4 {
		println("collections:", n)
	}
}
