package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// Stopped timers never fire; reset timers fire once, at their new time.
func main() {
	var fired int32
	timers := make([]*time.Timer, 1000)
	for i := range timers {
		timers[i] = time.AfterFunc(time.Second+time.Duration(i%10)*time.Millisecond, func() {
			atomic.AddInt32(&fired, 1)
		})
	}
	stopped := 0
	for i, t := range timers {
		if i%2 == 0 && t.Stop() {
			stopped++
		}
	}
	for i, t := range timers {
		if i%4 == 1 {
			t.Reset(time.Millisecond)
		}
	}
	// AfterFunc runs each function on a goroutine of its own: wait until the 500 timers
	// left running have fired (however slow the machine), then past every deadline, so
	// a stopped timer that fired anyway would show in the count.
	for atomic.LoadInt32(&fired) < 500 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("stopped", stopped, "fired", atomic.LoadInt32(&fired))

	chans := make([]*time.Timer, 100)
	for i := range chans {
		chans[i] = time.NewTimer(time.Hour)
	}
	for _, t := range chans {
		t.Reset(time.Millisecond)
	}
	for _, t := range chans {
		<-t.C
	}
	fmt.Println("all reset timers fired")
}
