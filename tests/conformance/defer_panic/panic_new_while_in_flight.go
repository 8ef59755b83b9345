package main

import "fmt"

func f() {
	defer func() {
		// no recover: the new panic replaces the in-flight one
		panic("second")
	}()
	defer fmt.Println("f defer runs first")
	panic("first")
}

func g() {
	defer func() { panic("third") }()
	defer func() { panic("second") }()
	panic("first")
}

func main() {
	func() {
		defer func() {
			fmt.Println("recovered newest:", recover())
			fmt.Println("second recover in same defer:", recover())
		}()
		f()
	}()
	func() {
		defer func() { fmt.Println("recovered newest:", recover()) }()
		g()
	}()
	fmt.Println("main end")
}
