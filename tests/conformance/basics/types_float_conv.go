package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.7, 1e9, 123456.999}
	for _, f := range fs {
		fmt.Println(f, int(f), int32(f), int64(f), math.Round(f), math.Trunc(f), math.Floor(f), math.Ceil(f))
	}
	f1, f2 := 300.7, 200.0
	fmt.Println(uint8(int(f1)), int8(int(f2)))
	i := 42
	fmt.Println(float64(i)/5, float32(i)/5)
	var u uint64 = 18446744073709551615
	fmt.Println(float64(u), float32(u))
	var n int64 = -9223372036854775808
	fmt.Println(float64(n))
	fmt.Println(int(float32(16777217)))
	fmt.Println(uint32(float64(4294967295)))
	fmt.Println(float64(int8(-5)) * 2.5)
	x := 2.0
	y := 3
	fmt.Println(x*float64(y), int(x)*y)
	fmt.Println(math.Mod(7.5, 2), math.Mod(-7.5, 2), math.Abs(-3.2))
	half := 1 / 2.0
	fmt.Println(half)
}
