package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	go func() {
		time.Sleep(5 * time.Millisecond)
		ch <- 7
	}()
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(20 * time.Second):
		fmt.Println("timeout")
	}

	// A loop with a per-iteration timeout and a quit timer.
	data := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			data <- i
		}
	}()
	quit := time.NewTimer(20 * time.Second)
	received := 0
	for received < 5 {
		select {
		case <-data:
			received++
		case <-quit.C:
			fmt.Println("quit")
			return
		}
	}
	quit.Stop()
	fmt.Println("received", received)

	// Timeout on send.
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	case <-time.After(5 * time.Millisecond):
		fmt.Println("send timed out")
	}
}
