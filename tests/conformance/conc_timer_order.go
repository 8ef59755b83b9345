package main

import (
	"fmt"
	"time"
)

// Timers fire in order of their deadlines (the gaps are large enough).
func main() {
	out := make(chan int, 10)
	durs := []int{100, 20, 180, 60, 140}
	for _, d := range durs {
		d := d
		time.AfterFunc(time.Duration(d)*time.Millisecond, func() { out <- d })
	}
	for i := 0; i < len(durs); i++ {
		fmt.Println(<-out)
	}

	a := time.After(120 * time.Millisecond)
	b := time.After(40 * time.Millisecond)
	c := time.After(80 * time.Millisecond)
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
	}{{"slow", 120 * time.Millisecond}, {"fast", 20 * time.Millisecond}, {"mid", 70 * time.Millisecond}} {
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
