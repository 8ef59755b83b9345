package main

import "fmt"

func main() {
	var ch chan int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(ch)
	}()
	close(ch)
}
