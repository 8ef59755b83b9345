package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	ran := false
	t := time.AfterFunc(10*time.Millisecond, func() {
		ran = true
		wg.Done()
	})
	wg.Wait()
	fmt.Println("ran:", ran, "C is nil:", t.C == nil)
	fmt.Println("stop after run:", t.Stop())

	stopped := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop pending:", stopped.Stop())

	// Reset re-arms an AfterFunc timer.
	ch := make(chan int, 2)
	n := 0
	var t2 *time.Timer
	t2 = time.AfterFunc(5*time.Millisecond, func() {
		n++
		ch <- n
		if n < 2 {
			t2.Reset(5 * time.Millisecond)
		}
	})
	fmt.Println(<-ch, <-ch)

	// Many timers.
	var mu sync.Mutex
	count := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg2.Add(1)
		time.AfterFunc(time.Duration(i%20)*time.Millisecond, func() {
			mu.Lock()
			count++
			mu.Unlock()
			wg2.Done()
		})
	}
	wg2.Wait()
	fmt.Println("count", count)
}
