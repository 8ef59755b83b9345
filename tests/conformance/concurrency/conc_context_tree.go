package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var stopped int32
	var spawn func(ctx context.Context, depth int)
	spawn = func(ctx context.Context, depth int) {
		defer wg.Done()
		if depth < 4 {
			for i := 0; i < 3; i++ {
				child, c := context.WithCancel(ctx)
				defer c()
				wg.Add(1)
				go spawn(child, depth+1)
			}
		}
		ticker := time.NewTicker(time.Millisecond)
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				atomic.AddInt32(&stopped, 1)
				return
			case <-ticker.C:
			}
		}
	}
	wg.Add(1)
	go spawn(root, 0)
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("stopped", stopped) // 1+3+9+27+81

	// AfterFunc-like cleanup with WithTimeout in a loop.
	n := 0
	for i := 0; i < 100; i++ {
		ctx, c := context.WithTimeout(context.Background(), time.Hour)
		if ctx.Err() == nil {
			n++
		}
		c()
		if ctx.Err() != context.Canceled {
			fmt.Println("bad")
		}
	}
	fmt.Println("contexts", n)
}
