package main

import (
	"fmt"
	"sync"
)

// 1,000 goroutines contending on one Mutex.
func main() {
	const g, iters = 1000, 1000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	maxInside, inside := 0, 0
	for i := 0; i < g; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < iters; j++ {
				mu.Lock()
				inside++
				if inside > maxInside {
					maxInside = inside
				}
				counter++
				inside--
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter, "max inside", maxInside)
}
