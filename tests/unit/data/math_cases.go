//go:build ignore

// Generates math_cases.txt: Go 1.19's results (as bits) for the math functions golite
// reimplements, on special and random inputs, for tests/unit/test_math.cpp. Each line is
//
//	Name XBITS YBITS RESULTBITS
//
// Exp's amd64 code takes an FMA path on CPUs that have one: regenerate on such a machine.
//
//	go run tests/unit/data/math_cases.go > tests/unit/data/math_cases.txt
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(3))
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 10, 100, 1e-300, 5e-324, 1e300,
		math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, -math.Pi, math.Pi / 2, 1e10, 1 << 30,
		1e20, 709.7, 709.79, -745.1, -745.2, 0.7, 0.99999, 1.00001, 3, 0.25, -3}
	un := map[string]func(float64) float64{
		"Sin": math.Sin, "Cos": math.Cos, "Tan": math.Tan, "Exp": math.Exp, "Log": math.Log,
		"Atan": math.Atan, "Log10": math.Log10, "Log2": math.Log2, "Sqrt": math.Sqrt, "Cbrt": math.Cbrt,
		"Asin": math.Asin, "Acos": math.Acos, "Sinh": math.Sinh, "Cosh": math.Cosh, "Tanh": math.Tanh,
		"Exp2": math.Exp2, "Expm1": math.Expm1, "Log1p": math.Log1p, "Asinh": math.Asinh,
		"Acosh": math.Acosh, "Atanh": math.Atanh,
	}
	bin := map[string]func(float64, float64) float64{
		"Pow": math.Pow, "Atan2": math.Atan2, "Hypot": math.Hypot, "Mod": math.Mod, "Max": math.Max,
		"Min": math.Min, "Remainder": math.Remainder,
	}
	rnd := func(i int) float64 {
		switch i % 5 {
		case 0:
			return r.Float64() * 10
		case 1:
			return r.NormFloat64() * 100
		case 2:
			return r.Float64()*2 - 1
		case 3:
			return r.ExpFloat64() * 20
		}
		return math.Float64frombits(r.Uint64())
	}
	names := []string{"Sin", "Cos", "Tan", "Exp", "Log", "Atan", "Log10", "Log2", "Sqrt", "Cbrt", "Asin", "Acos",
		"Sinh", "Cosh", "Tanh", "Exp2", "Expm1", "Log1p", "Asinh", "Acosh", "Atanh"}
	for _, name := range names {
		f := un[name]
		xs := append([]float64{}, specials...)
		for i := 0; i < 120; i++ {
			xs = append(xs, rnd(i))
		}
		for _, x := range xs {
			fmt.Printf("%s %x 0 %x\n", name, math.Float64bits(x), math.Float64bits(f(x)))
		}
	}
	for _, name := range []string{"Pow", "Atan2", "Hypot", "Mod", "Max", "Min", "Remainder"} {
		f := bin[name]
		for i, x := range specials {
			for j, y := range specials {
				if (i+j)%3 == 0 {
					fmt.Printf("%s %x %x %x\n", name, math.Float64bits(x), math.Float64bits(y), math.Float64bits(f(x, y)))
				}
			}
		}
		for i := 0; i < 150; i++ {
			x, y := rnd(i), rnd(i+1)
			if name == "Pow" && i%2 == 0 {
				x = math.Abs(x)
				y = r.Float64()*40 - 20
			}
			fmt.Printf("%s %x %x %x\n", name, math.Float64bits(x), math.Float64bits(y), math.Float64bits(f(x, y)))
		}
	}
	for n := -330; n <= 330; n += 7 {
		fmt.Printf("Pow10 %x 0 %x\n", math.Float64bits(float64(n)), math.Float64bits(math.Pow10(n)))
	}
}
