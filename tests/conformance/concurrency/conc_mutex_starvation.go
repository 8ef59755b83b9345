package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	stop := make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			mu.Lock()
			time.Sleep(100 * time.Microsecond)
			mu.Unlock()
		}
	}()
	got := 0
	for i := 0; i < 200; i++ {
		time.Sleep(100 * time.Microsecond)
		mu.Lock()
		got++
		mu.Unlock()
	}
	close(stop)
	fmt.Println("acquired", got)
}
