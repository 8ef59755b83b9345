package main

import "fmt"

func f() (status string) {
	status = "not recovered"
	defer func() {
		r := recover()
		fmt.Println("recover() == nil:", r == nil)
		fmt.Printf("%v %T\n", r, r)
		status = "returned normally"
	}()
	panic(nil)
}

func main() {
	fmt.Println(f())
	var e error
	func() {
		defer func() { fmt.Println("nil error value recovered as nil:", recover() == nil) }()
		panic(e)
	}()
	fmt.Println("main end")
}
