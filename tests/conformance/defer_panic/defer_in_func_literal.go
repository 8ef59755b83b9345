package main

import "fmt"

func main() {
	defer fmt.Println("main defer")
	func() {
		defer fmt.Println("literal 1 defer")
		fmt.Println("literal 1 body")
	}()
	fmt.Println("between")
	apply := func(f func() int) int { return f() }
	v := apply(func() (r int) {
		defer func() { r += 100 }()
		return 1
	})
	fmt.Println("v =", v)
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("iteration cleanup", i)
			fmt.Println("iteration", i)
		}()
	}
	fmt.Println("main end")
}
