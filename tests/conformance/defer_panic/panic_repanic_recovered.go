package main

import "fmt"

func main() {
	defer fmt.Println("main defer still runs")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("second (after ", r, ")"))
	}()
	panic("first")
}
