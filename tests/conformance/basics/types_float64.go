package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a*b, a-b, a/b)
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0/4.0)
	fmt.Println(1e21, 1e20, 1e-7, 1e-4, 123456789.0, 1234567890123.0)
	fmt.Println(100.0, 0.5, -0.25, 3.0)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	var z float64
	fmt.Println(z, -z, 1/math.Inf(1))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	x := 3.7
	fmt.Println(int(x), int(-x), int64(x*100), float64(int(x)))
	fmt.Println(7.0/2, 7/2.0, float64(7)/2)
	fmt.Printf("%v %g %f %.2f %e %.3e\n", 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678, 1234.5678)
	fmt.Printf("%v %v %v\n", 1e6, 1e-5, 12345678.9)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println("sum of ten 0.1:", sum, sum == 1.0)
	fmt.Println(math.Sqrt(2), math.Pi, math.E)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(0.1+0.2 == 0.3) // constant arithmetic is exact
	p, q := 0.1, 0.2
	fmt.Println(p+q == 0.3)
	f := 2.5
	f *= 4
	f -= 1
	f /= 3
	fmt.Println(f)
	fmt.Println(float64(1<<53), float64(1<<53+1))
	var big int64 = 1<<62 + 12345
	fmt.Println(float64(big))
	hugeF := 1e308
	fmt.Println(-1.5e300*hugeF, hugeF*10)
	fmt.Println(5e-324/2, 5e-324)
	vals := []float64{1, -1, 0.000001, 0.0000001, 1e15, 1e20, 1e21, 123.456e10, 9.999999999e20}
	for _, v := range vals {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
