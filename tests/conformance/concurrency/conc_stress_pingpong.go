package main

import "fmt"

// A ping-pong of 1,000,000 round trips over unbuffered channels.
func main() {
	const n = 1000000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("round trips", v, "pong closed", !ok)
}
