package main

import (
	"fmt"
	"runtime"
)

func try() (msg string) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		msg = fmt.Sprint("recovered: ", r, " runtime.Error=", isRT)
	}()
	var f func(int)
	defer f(1)
	fmt.Println("body runs to the end")
	return "normal"
}

func main() {
	fmt.Println(try())
}
