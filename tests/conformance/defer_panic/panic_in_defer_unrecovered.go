package main

import "fmt"

func main() {
	defer fmt.Println("outer defer runs")
	defer func() {
		fmt.Println("deferred func panics while first panic in flight")
		panic("second")
	}()
	panic("first")
}
