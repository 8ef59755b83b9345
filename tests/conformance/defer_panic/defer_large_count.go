package main

import "fmt"

func many(n int) (sum int) {
	for i := 0; i < n; i++ {
		defer func(v int) { sum = sum*3%1000003 + v }(i)
	}
	return 0
}

func withDefer(x int) (r int) {
	defer func() { r++ }()
	return x
}

func main() {
	fmt.Println(many(10))
	fmt.Println(many(5000))
	total := 0
	for i := 0; i < 200000; i++ {
		total += withDefer(i)
	}
	fmt.Println(total)
}
