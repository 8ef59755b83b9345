package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRT)
	}()
	f()
}

func main() {
	var nilCh chan int
	try("close nil", func() { close(nilCh) })
	ch := make(chan int, 1)
	close(ch)
	try("close closed", func() { close(ch) })
	try("send closed", func() { ch <- 1 })
	try("recv closed", func() { v, ok := <-ch; fmt.Println("recv:", v, ok) })
	unbuf := make(chan string)
	close(unbuf)
	try("send closed unbuffered", func() { unbuf <- "x" })
	try("select send closed", func() {
		select {
		case unbuf <- "y":
		default:
			fmt.Println("default")
		}
	})
}
