package main

import "fmt"

// Two goroutines ping-pong a counter through select with a quit channel.
func player(name string, in <-chan int, out chan<- int, quit chan bool, limit int, done chan<- string) {
	for {
		select {
		case v := <-in:
			if v >= limit {
				close(quit)
				done <- name
				return
			}
			out <- v + 1
		case <-quit:
			done <- name
			return
		}
	}
}

func main() {
	a, b := make(chan int), make(chan int)
	quit := make(chan bool)
	done := make(chan string, 2)
	go player("ping", a, b, quit, 10001, done)
	go player("pong", b, a, quit, 10001, done)
	a <- 0
	first, second := <-done, <-done
	fmt.Println(first != second)
}
