package main

import "fmt"

var trace []string

func value(s string, v int) int {
	trace = append(trace, s)
	return v
}

func unnamed() int {
	x := 1
	defer func() {
		trace = append(trace, fmt.Sprint("defer sees x=", x))
		x = 100 // does not change the unnamed result
	}()
	x = 2
	return value("result computed", x*10)
}

func named() (r int) {
	defer func() {
		trace = append(trace, fmt.Sprint("defer sees r=", r))
		r++
	}()
	return value("result computed", 41)
}

func multi() (a, b string) {
	defer func() { a, b = b, a }()
	return "first", "second"
}

func main() {
	fmt.Println(unnamed())
	fmt.Println(trace)
	trace = nil
	fmt.Println(named())
	fmt.Println(trace)
	fmt.Println(multi())
}
