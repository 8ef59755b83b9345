package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	s := []int{1, 2, 3}
	i := 3
	fmt.Println(s[i])
}
