package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	prev := runtime.GOMAXPROCS(2)
	fmt.Println("prev >= 1:", prev >= 1, "now:", runtime.GOMAXPROCS(0))
	fmt.Println("NumCPU >= 1:", runtime.NumCPU() >= 1)

	block := make(chan bool)
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println("goroutines while blocked:", runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines after:", runtime.NumGoroutine())

	// Gosched with one P lets the other goroutine run.
	runtime.GOMAXPROCS(1)
	done := false
	go func() { done = true }()
	for !done {
		runtime.Gosched()
	}
	fmt.Println("other goroutine ran")

	// Goexit runs deferred calls.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred in Goexit")
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	wg.Wait()
	runtime.GOMAXPROCS(prev)
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == prev)
}
