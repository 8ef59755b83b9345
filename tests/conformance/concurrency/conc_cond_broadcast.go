package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	woke := make([]bool, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				c.Wait()
			}
			woke[i] = true
			mu.Unlock()
		}(i)
	}
	// Wait until all are waiting.
	for {
		mu.Lock()
		if waiting == 20 {
			mu.Unlock()
			break
		}
		mu.Unlock()
		runtimeYield()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	n := 0
	for _, w := range woke {
		if w {
			n++
		}
	}
	fmt.Println("woken", n)

	// Signal and Broadcast with no waiters do nothing.
	c.Signal()
	c.Broadcast()

	// Cond with &sync.Cond{L: ...} and an RWMutex's read locker.
	var rw sync.RWMutex
	c2 := &sync.Cond{L: rw.RLocker()}
	done := false
	go func() {
		rw.Lock()
		done = true
		rw.Unlock()
		c2.Broadcast()
	}()
	rw.RLock()
	for !done {
		c2.Wait()
	}
	rw.RUnlock()
	fmt.Println("rlocker cond done")
}

func runtimeYield() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	<-ch
}
