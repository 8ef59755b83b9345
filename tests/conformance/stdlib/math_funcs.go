package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Sqrt(2), math.Sqrt(-1))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1))
	fmt.Println(math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log(0))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan(1))
	fmt.Printf("%.6f %.6f\n", math.Atan2(1, -1), math.Hypot(3, 4))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3), math.Remainder(10, 3))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Cbrt(27), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	fmt.Println(math.Float64bits(-0.0), math.Float64frombits(0x3ff0000000000000))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5))
}
