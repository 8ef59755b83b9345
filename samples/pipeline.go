// Goroutines, channels, select and sync: a worker pool squaring numbers, with a
// timeout guarding the collection.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * j
			}
		}()
	}
	go func() {
		for i := 1; i <= 20; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	sum := 0
	timeout := time.After(5 * time.Second)
	for done := false; !done; {
		select {
		case r, ok := <-results:
			if !ok {
				done = true
				break
			}
			sum += r
		case <-timeout:
			fmt.Println("timed out")
			return
		}
	}
	fmt.Println("sum of squares 1..20 =", sum)
}
