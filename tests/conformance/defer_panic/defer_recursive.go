package main

import "fmt"

func rec(n int) {
	defer fmt.Println("unwind", n)
	if n == 0 {
		fmt.Println("bottom")
		return
	}
	rec(n - 1)
}

func fact(n int) (r int) {
	defer func() {
		if n > 1 {
			r *= n
		}
	}()
	if n <= 1 {
		return 1
	}
	return fact(n - 1)
}

func main() {
	rec(4)
	for i := 0; i <= 10; i++ {
		fmt.Print(fact(i), " ")
	}
	fmt.Println()
}
