package main

import "fmt"

func main() {
	var f func()
	defer fmt.Println("runs after the nil defer panics")
	defer f()
	fmt.Println("defer of nil func registered without panic")
}
