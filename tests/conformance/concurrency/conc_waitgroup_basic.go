package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum of squares", sum)

	// Wait with a zero counter returns at once; reuse after Wait.
	var wg2 sync.WaitGroup
	wg2.Wait()
	for round := 0; round < 3; round++ {
		wg2.Add(3)
		n := 0
		var mu sync.Mutex
		for i := 0; i < 3; i++ {
			go func() {
				mu.Lock()
				n++
				mu.Unlock()
				wg2.Done()
			}()
		}
		wg2.Wait()
		fmt.Println("round", round, "n", n)
	}

	// Several waiters.
	var start, end sync.WaitGroup
	start.Add(1)
	ch := make(chan int, 4)
	for i := 0; i < 4; i++ {
		end.Add(1)
		go func(i int) {
			start.Wait()
			ch <- i
			end.Done()
		}(i)
	}
	start.Done()
	end.Wait()
	close(ch)
	total := 0
	for v := range ch {
		total += v
	}
	fmt.Println("waiters released", total)
}
