// The goroutines session's expected stdout, printed by go itself (see values.oracle.go
// for the format).
package main

import (
	"fmt"
	"sync"
)

func show(v interface{}, typ string) {
	switch v.(type) {
	case int:
		fmt.Printf("%v  // %s\n", v, typ)
	default:
		fmt.Printf("%#v  // %s\n", v, typ)
	}
}

func main() {
	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * i
		}
		close(results)
	}()
	show(<-results, "int")
	show(<-results, "int")
	v, ok := <-results
	show(v, "int")
	show(ok, "bool")
	v, ok = <-results
	show(ok, "bool")
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			sum += k
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	show(sum, "int")
	ticks := make(chan string, 10)
	done := make(chan bool)
	go func() {
		for s := range ticks {
			fmt.Println("worker got", s)
		}
		done <- true
	}()
	ticks <- "a"
	ticks <- "b"
	close(ticks)
	show(<-done, "bool")
	select {
	case x := <-results:
		fmt.Println("closed channel gives", x)
	default:
		fmt.Println("default")
	}
}
