package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func minmax(xs ...int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func three() (int, string, bool) { return 1, "two", true }

func sum2(a, b int) int { return a + b }

func passThrough() (int, int) { return divmod(17, 5) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	lo, hi := minmax(5, 3, 9, -2, 7)
	fmt.Println(lo, hi)
	if v, err := safeDiv(10, 2); err == nil {
		fmt.Println("ok", v)
	}
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err)
	}
	a, b, c := three()
	fmt.Println(a, b, c)
	fmt.Println(sum2(divmod(23, 4)))
	fmt.Println(passThrough())
	_, second, _ := three()
	fmt.Println(second)
	var x, y int
	x, y = divmod(100, 7)
	fmt.Println(x, y)
	fn := func() (string, int) { return "lit", 42 }
	s, n := fn()
	fmt.Println(s, n)
}
