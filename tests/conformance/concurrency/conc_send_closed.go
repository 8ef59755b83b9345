package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			_, isErr := r.(error)
			fmt.Println("is error:", isErr)
		}()
		ch <- 1
	}()
	// A sender blocked on the channel panics when it is closed.
	c2 := make(chan int)
	go close2(c2)
	c2 <- 1
}

func close2(c chan int) {
	for i := 0; i < 100; i++ {
		yield()
	}
	close(c)
}

func yield() {
	c := make(chan int)
	go func() { c <- 0 }()
	<-c
}
