package main

import (
	"fmt"
	"math"
)

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b)
	fmt.Println(float64(a))
	var c float32 = 16777216
	fmt.Println(c+1, c+2)
	var d float32 = 1.0 / 3.0
	fmt.Println(d, float64(d))
	fmt.Printf("%v %g %f %.10f %e\n", d, d, d, d, d)
	fmt.Println(math.MaxFloat32, float32(math.MaxFloat32))
	var e float32 = math.MaxFloat32
	e *= 2
	fmt.Println(e)
	var f float32 = 3.4e38
	fmt.Println(f, -f)
	var g float32 = 1e-45
	fmt.Println(g, g/2)
	s := float32(0)
	for i := 0; i < 1000; i++ {
		s += 0.001
	}
	fmt.Println("sum float32:", s)
	h := float32(123456.789)
	fmt.Println(h, int32(h), float32(int32(h)))
	x64 := 1.00000001
	fmt.Println(float32(x64), float32(x64) == 1)
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)) == 0.1)
	var arr [4]float32
	for i := range arr {
		arr[i] = float32(i) * 1.1
	}
	fmt.Println(arr)
	fmt.Printf("%T %T\n", a, 1.5)
	fmt.Println(math.Float32bits(1.0), math.Float64bits(1.0))
	fmt.Println(math.Float32frombits(0x40490fdb))
}
