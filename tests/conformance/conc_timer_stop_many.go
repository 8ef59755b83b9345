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
		timers[i] = time.AfterFunc(time.Duration(20+i%10)*time.Millisecond, func() {
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
	time.Sleep(100 * time.Millisecond)
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
