package main

import "fmt"

func cleanup() {
	defer func() {
		fmt.Println("cleanup's own defer recovers:", recover())
	}()
	panic("cleanup failed")
}

func work() (msg string) {
	defer func() {
		msg = fmt.Sprint("work recovered: ", recover())
	}()
	defer cleanup() // panics and recovers internally during the outer panic
	panic("work failed")
}

func deferInDefer() {
	defer func() {
		defer func() {
			fmt.Println("defer inside defer recovers:", recover())
		}()
		panic("from deferred function")
	}()
	fmt.Println("deferInDefer body")
}

func main() {
	fmt.Println(work())
	deferInDefer()
	fmt.Println("main end")
}
