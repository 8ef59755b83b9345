package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		panic(errors.New("third"))
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint(r, "+second"))
	}()
	panic("first")
}
