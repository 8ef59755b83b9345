package main

import (
	"errors"
	"fmt"
)

type Key struct{ A, B int }
type Named string

func main() {
	var a, b interface{}
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	a, b = 1, int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = Named("x"), "x"
	fmt.Println(a == b)
	a, b = Key{1, 2}, Key{1, 2}
	fmt.Println(a == b)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b)
	x := 5
	a, b = &x, &x
	fmt.Println(a == b)
	y := 5
	b = &y
	fmt.Println(a == b)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1)
	var i interface{} = 3
	fmt.Println(i == 3, i == 3.0, i != "3")
	var f interface{} = 3.0
	fmt.Println(f == 3, f == 3.0)
	fmt.Println(a != nil, interface{}(nil) == nil)
}
