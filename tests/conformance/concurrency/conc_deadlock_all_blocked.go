package main

import (
	"fmt"
	"time"
)

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	go func() {
		<-b
		a <- 1
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("waiting")
	var nilch chan int
	nilch <- 1
}
