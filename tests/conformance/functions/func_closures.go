package main

import "fmt"

func makeCounter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func makeAdder(base int) func(int) int {
	return func(x int) int { base += x; return base }
}

func main() {
	next, reset := makeCounter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	n2, _ := makeCounter()
	fmt.Println(n2(), next())

	x := 1
	show := func() int { return x }
	x = 42
	fmt.Println("captured by reference:", show())
	set := func(v int) { x = v }
	set(7)
	fmt.Println("modified through closure:", x)

	a := makeAdder(10)
	fmt.Println(a(1), a(2), a(3))

	var funcs []func() int
	for i := 0; i < 3; i++ {
		j := i * 10
		funcs = append(funcs, func() int { return j })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	total := 0
	addAll := func(xs ...int) {
		for _, v := range xs {
			total += v
		}
	}
	addAll(1, 2, 3)
	addAll(4)
	fmt.Println("total", total)

	outer := func() func() int {
		y := 100
		return func() int {
			y++
			return y
		}
	}
	g := outer()
	h := outer()
	fmt.Println(g(), g(), h())

	s := []int{1, 2, 3}
	double := func() {
		for i := range s {
			s[i] *= 2
		}
	}
	double()
	fmt.Println(s)
	s = []int{5}
	double()
	fmt.Println(s)

	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + rec(n-1)
	}
	fmt.Println(rec(100))

	nested := func() func() func() int {
		k := 0
		return func() func() int {
			k += 10
			return func() int { k++; return k }
		}
	}
	l1 := nested()
	l2 := l1()
	fmt.Println(l2(), l2(), l1()(), l2())
}
