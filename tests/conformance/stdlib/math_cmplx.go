// math/cmplx: modulus and phase, polar form, conjugates, exponentials, logarithms,
// square roots, powers, sines and cosines (plain and hyperbolic), with infinite, NaN and
// signed-zero parts; and the Mandelbrot test that uses cmplx.Abs.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	xs := []complex128{0, 1, -1, 1i, -4, 3 + 4i, -2.5 + 0.5i, 1e200 + 1e200i, 1e-200 - 3e-200i,
		complex(inf, 0), complex(-inf, 1), complex(0, inf), complex(nan, 0), complex(1, nan), complex(inf, nan)}
	for _, x := range xs {
		r, th := cmplx.Polar(x)
		fmt.Println(x, cmplx.Abs(x), cmplx.Phase(x), r, th, cmplx.Conj(x), cmplx.IsInf(x), cmplx.IsNaN(x))
		fmt.Println("  ", cmplx.Sqrt(x), cmplx.Exp(x), cmplx.Log(x), cmplx.Log10(x))
		fmt.Println("  ", cmplx.Sin(x), cmplx.Cos(x), cmplx.Sinh(x), cmplx.Cosh(x))
		fmt.Println("  ", cmplx.Pow(x, 2), cmplx.Pow(x, 0.5+1i), cmplx.Pow(2, x))
	}
	fmt.Println(cmplx.Rect(2, math.Pi/3), cmplx.Inf(), cmplx.NaN(), cmplx.Pow(0, 0), cmplx.Pow(0, -1), cmplx.Pow(0, -1+1i))
	for y := 1.0; y >= -1; y -= 0.25 {
		line := ""
		for x := -2.0; x <= 0.5; x += 0.0625 {
			z, c := complex(0, 0), complex(x, y)
			n := 0
			for ; n < 50 && cmplx.Abs(z) <= 2; n++ {
				z = z*z + c
			}
			if n == 50 {
				line += "*"
			} else {
				line += " "
			}
		}
		fmt.Println(line)
	}
}
