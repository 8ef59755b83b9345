package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner saw:", r, "- re-panicking")
			panic(r)
		}
	}()
	panic("original")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	inner()
}
