// spawn: start goroutines and wait for each to finish.
package main

import (
	"fmt"
	"sync"
)

func main() {
	n := 200000 // quick: 1000
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(v int) {
			mu.Lock()
			total += v
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
