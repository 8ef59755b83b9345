package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A counting semaphore from a buffered channel limits concurrency to 3.
func main() {
	sem := make(chan struct{}, 3)
	var running, maxRunning int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&running, 1)
			for {
				m := atomic.LoadInt32(&maxRunning)
				if n <= m || atomic.CompareAndSwapInt32(&maxRunning, m, n) {
					break
				}
			}
			for k := 0; k < 100; k++ {
				_ = k * k
			}
			atomic.AddInt32(&running, -1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("max concurrent <= 3:", maxRunning <= 3, "running now:", running)
}
