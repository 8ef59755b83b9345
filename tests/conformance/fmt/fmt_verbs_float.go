package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 3.14159265, 1234567.891, 0.000012345, 1e21, 1e-10, 100, 2.5, 123456789012}
	for _, v := range vals {
		fmt.Printf("%v|%g|%f|%.2f|%e|%E|%.3g|%G\n", v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%8.3f|%-8.3f|%08.3f|%+.2f|% .2f\n", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159)
	fmt.Printf("%8.3f|%08.3f|%+.1e\n", -3.14159, -3.14159, -31415.9)
	fmt.Printf("%.0f %.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, 3.5, -0.5)
	fmt.Printf("%.1f %.1f %.1f\n", 0.05, 0.15, 0.25)
	fmt.Printf("%f %f %f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%v %v %5.1f|%-6v|\n", math.Inf(1), math.NaN(), math.Inf(-1), math.NaN())
	fmt.Printf("%g %g %g %g\n", 1e6, 1e20, 1e21, 1e-5)
	fmt.Printf("%g %g\n", float32(0.1), float32(1e10))
	fmt.Printf("%v %v\n", float32(3.14159), float32(1)/3)
	fmt.Printf("%.3v %.10v\n", math.Pi, math.Pi)
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%x %X\n", 1.5, -0.25)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v\n", []float64{0.1, 0.25, 1e-9})
	fmt.Println(math.MaxFloat64, -math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), float32(16777216.0))
	fmt.Printf("%.20f\n", 0.1)
	fmt.Printf("%.15e\n", 1.0/3)
	fmt.Printf("%10.4g|%-10.4g|\n", 123.456789, 0.000123456)
}
