// chan_buffered: one producer and one consumer moving values through a buffered channel.
package main

import "fmt"

func main() {
	n := 2000000 // quick: 1000
	c := make(chan int, 128)
	done := make(chan int)
	go func() {
		s := 0
		for v := range c {
			s += v
		}
		done <- s
	}()
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
	fmt.Println(<-done)
}
