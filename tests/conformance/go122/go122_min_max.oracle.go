// Go 1.19 twin of go122_min_max.go: explicit helpers with the 1.22 builtin semantics
// (NaN wins; min prefers -0 over +0, max prefers +0 over -0).
package main

import (
	"fmt"
	"math"
)

func minF(xs ...float64) float64 {
	m := xs[0]
	for _, x := range xs[1:] {
		if math.IsNaN(m) || math.IsNaN(x) {
			m = math.NaN()
			continue
		}
		if x < m || (x == 0 && m == 0 && math.Signbit(x)) {
			m = x
		}
	}
	return m
}

func maxF(xs ...float64) float64 {
	m := xs[0]
	for _, x := range xs[1:] {
		if math.IsNaN(m) || math.IsNaN(x) {
			m = math.NaN()
			continue
		}
		if x > m || (x == 0 && m == 0 && !math.Signbit(x)) {
			m = x
		}
	}
	return m
}

func minI(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func maxI(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func minS(xs ...string) string {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func maxS(xs ...string) string {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(minI(3, 1, 2), maxI(3, 1, 2), minI(5), maxI(-5))
	a, b := 10, -20
	fmt.Println(minI(a, b), maxI(a, b), minI(a, b, 0), maxI(a, b, 100))
	fmt.Println(1.5, 2.5, 1.0, 2.5)
	x, y := 0.1, 0.2
	fmt.Println(minF(x, y), maxF(x, y))
	nan := math.NaN()
	fmt.Println(minF(nan, 1.0), maxF(1.0, nan), minF(x, nan, y))
	fmt.Println(minF(math.Inf(1), 5.0), maxF(math.Inf(-1), -5.0))
	negz := math.Copysign(0, -1)
	posz := 0.0
	fmt.Println(1/minF(negz, posz), 1/maxF(negz, posz), 1/minF(posz, negz), 1/maxF(posz, negz))
	fmt.Println(minS("banana", "apple", "cherry"), maxS("banana", "apple", "cherry"), minS("", "a"))
	var u8 uint8 = 200
	var v8 uint8 = 100
	fmt.Printf("%T %v %v\n", v8, v8, u8)
	const c = 3 * 10
	fmt.Println(c)
	s := []int{7, 3, 9, 1}
	lo, hi := s[0], s[0]
	for _, v := range s {
		lo = minI(lo, v)
		hi = maxI(hi, v)
	}
	fmt.Println(lo, hi)
	type Score int
	fmt.Println(Score(8))
}
