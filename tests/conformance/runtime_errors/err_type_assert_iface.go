package main

import "fmt"

type Shape interface{ Area() float64 }
type T struct{}

func main() {
	var i interface{} = T{}
	fmt.Println("asserting to an interface T does not implement")
	s := i.(Shape)
	fmt.Println(s)
}
