package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(5 * time.Millisecond)
	var prev time.Time
	increasing := true
	for i := 0; i < 5; i++ {
		t := <-tk.C
		if !prev.IsZero() && !t.After(prev) {
			increasing = false
		}
		prev = t
	}
	tk.Stop()
	fmt.Println("5 ticks, increasing:", increasing)
	time.Sleep(20 * time.Millisecond)
	// at most one tick may have been buffered before Stop
	select {
	case <-tk.C:
	default:
	}
	time.Sleep(20 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("no tick after stop")
	}

	tk.Reset(5 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("ticking again after Reset")
	tk.Stop()

	// Tick with a timeout loop.
	tc := time.Tick(3 * time.Millisecond)
	timeout := time.After(20 * time.Second)
	n := 0
loop:
	for {
		select {
		case <-tc:
			n++
			if n == 10 {
				break loop
			}
		case <-timeout:
			fmt.Println("timeout")
			break loop
		}
	}
	fmt.Println("ticks", n)
	fmt.Println(time.Tick(0) == nil, time.Tick(-1) == nil)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tk.Reset(-1)
	}()
}
