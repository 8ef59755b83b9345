package main

import (
	"fmt"
	"sync"
	"time"
)

// 10,000 goroutines sleeping at once, then a sleep sort.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(10+i%10) * time.Millisecond)
			mu.Lock()
			woke++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("woke", woke)

	vals := []int{5, 1, 4, 2, 3}
	out := make(chan int)
	for _, v := range vals {
		go func(v int) {
			time.Sleep(time.Duration(v) * 200 * time.Millisecond)
			out <- v
		}(v)
	}
	for range vals {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
}
