// chan_pingpong: round trips between two goroutines over unbuffered channels.
package main

import "fmt"

func main() {
	n := 500000 // quick: 1000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
