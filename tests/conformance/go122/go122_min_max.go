// Go 1.22 feature: the min and max builtins. Go 1.19 lacks them, so the expected output
// comes from the twin go122_min_max.oracle.go (same meaning under Go 1.22 rules).
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-5))
	a, b := 10, -20
	fmt.Println(min(a, b), max(a, b), min(a, b, 0), max(a, b, 100))
	fmt.Println(min(2.5, 1.5), max(2.5, 1.5), min(1, 2.5), max(1, 2.5))
	x, y := 0.1, 0.2
	fmt.Println(min(x, y), max(x, y))
	nan := math.NaN()
	fmt.Println(min(nan, 1.0), max(1.0, nan), min(x, nan, y))
	fmt.Println(min(math.Inf(1), 5.0), max(math.Inf(-1), -5.0))
	negz := math.Copysign(0, -1)
	posz := 0.0
	fmt.Println(1/min(negz, posz), 1/max(negz, posz), 1/min(posz, negz), 1/max(posz, negz))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"), min("", "a"))
	var u8 uint8 = 200
	var v8 uint8 = 100
	fmt.Printf("%T %v %v\n", min(u8, v8), min(u8, v8), max(u8, v8))
	const c = max(1, 2, 3) * 10
	fmt.Println(c)
	s := []int{7, 3, 9, 1}
	lo, hi := s[0], s[0]
	for _, v := range s {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	fmt.Println(lo, hi)
	type Score int
	fmt.Println(max(Score(3), Score(8)))
}
