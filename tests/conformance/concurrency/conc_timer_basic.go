package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("fired, waited enough:", time.Since(start) >= 20*time.Millisecond)
	fmt.Println("stop after fire:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t2.Stop())
	fmt.Println("stop again:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("unexpected")
	default:
		fmt.Println("no value after stop")
	}

	fmt.Println("reset stopped:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("fired after reset")

	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t3.Reset(time.Millisecond))
	v := <-t3.C
	fmt.Println("got a time:", !v.IsZero())

	// Zero and negative durations fire at once.
	<-time.NewTimer(0).C
	<-time.NewTimer(-time.Second).C
	<-time.After(0)
	fmt.Println("zero timers fired")

	// Timer channel has capacity 1, and the value waits in it.
	t4 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("buffered:", len(t4.C), cap(t4.C))
	<-t4.C

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z time.Timer
		z.Stop()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z time.Timer
		z.Reset(1)
	}()
}
