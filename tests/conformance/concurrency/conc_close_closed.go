package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(ch)
	}()
	v, ok := <-ch
	fmt.Println(v, ok)
	close(ch)
}
