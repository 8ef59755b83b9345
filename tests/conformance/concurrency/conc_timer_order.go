package main

import (
	"fmt"
	"time"
)

// Timers fire in order of their deadlines. The gaps (200 ms) are wide enough that a
// loaded machine stalling a goroutine for a while does not reorder them.
func main() {
	out := make(chan int, 10)
	durs := []int{500, 100, 900, 300, 700}
	for _, d := range durs {
		d := d
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() { out <- d })
	}
	for i := 0; i < len(durs); i++ {
		fmt.Println(<-out)
	}

	a := time.After(600 * time.Millisecond)
	b := time.After(200 * time.Millisecond)
	c := time.After(400 * time.Millisecond)
	for i := 0; i < 3; i++ {
		select {
		case <-a:
			fmt.Println("a")
		case <-b:
			fmt.Println("b")
		case <-c:
			fmt.Println("c")
		}
	}

	// Sleeping goroutines wake in order.
	done := make(chan string, 3)
	for _, x := range []struct {
		name string
		d    time.Duration
	}{{"slow", 600 * time.Millisecond}, {"fast", 100 * time.Millisecond}, {"mid", 350 * time.Millisecond}} {
		x := x
		go func() {
			time.Sleep(x.d)
			done <- x.name
		}()
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-done)
	}
}
