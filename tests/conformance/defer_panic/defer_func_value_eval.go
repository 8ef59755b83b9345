package main

import "fmt"

func maker(name string) func(int) {
	fmt.Println("maker called for", name)
	return func(v int) { fmt.Println("deferred", name, v) }
}

func main() {
	defer maker("one")(1)
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	defer maker("two")(2)
	fmt.Println("main body")
}
