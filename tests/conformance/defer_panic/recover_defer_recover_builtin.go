package main

import "fmt"

func direct() {
	defer func() {
		fmt.Println("outer defer recovers:", recover())
	}()
	defer recover() // recover itself deferred: does not stop the panic
	panic("still panicking")
}

func main() {
	direct()
	fmt.Println("main end")
}
