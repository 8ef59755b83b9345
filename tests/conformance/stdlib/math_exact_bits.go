package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0.1, 0.5, 1, 1.5, 2, 3, math.Pi, 10, 100, 1e-10, 1e10, 12345.678, -0.7, -3.3}
	for _, x := range xs {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Exp(x/10), math.Log(math.Abs(x)))
		fmt.Println(math.Sqrt(math.Abs(x)), math.Cbrt(x), math.Pow(math.Abs(x), 1.7), math.Log10(math.Abs(x)), math.Log2(math.Abs(x)))
		fmt.Println(math.Sinh(x/10), math.Cosh(x/10), math.Tanh(x), math.Asinh(x), math.Hypot(x, 3), math.Atan2(x, -2))
		fmt.Println(math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Mod(x, 0.3))
	}
	fmt.Println(math.Asin(0.5), math.Acos(0.5), math.Acosh(2), math.Atanh(0.5), math.Expm1(1e-5), math.Log1p(1e-5), math.Exp2(3.3))
	fmt.Println(math.Pow(2, 10), math.Pow(-2, 3), math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Pow10(5), math.Pow10(-3))
	fmt.Println(math.Max(1, math.NaN()), math.Min(-0.0, 0), math.Max(-0.0, 0), math.Dim(5, 3), math.Remainder(5, 3))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5), math.Float32frombits(0x40400000))
	fr, ex := math.Frexp(40)
	ip, fp := math.Modf(-3.25)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), ip, fp, math.Signbit(-0.0), math.Copysign(3, -1))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Nextafter(1, 2), math.Inf(1) > math.MaxFloat64)
	fmt.Printf("%b %x %.20f %e\n", math.Sin(1), math.Exp(1), math.Log(10), math.Sqrt(2))
	fmt.Println(math.Sin(1e10), math.Cos(1e300), math.Tan(1e20))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat32)
}
