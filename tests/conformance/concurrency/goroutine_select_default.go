// select with default: non-blocking sends and receives.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	for i := 0; i < 2; i++ {
		select {
		case v := <-c:
			fmt.Println("received", v)
		default:
			fmt.Println("empty")
		}
	}
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels are never ready")
	}
}
