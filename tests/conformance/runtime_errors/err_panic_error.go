package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("something failed")
	fmt.Println("panicking with an error value")
	panic(err)
}
