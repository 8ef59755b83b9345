// Complex numbers at run time: complex64 and complex128 arithmetic (division as Go's
// complex128div, with infinities, NaNs and zeros), comparison, conversions, real/imag,
// struct fields, arrays, slices, maps, channels and interfaces holding them.
package main

import (
	"fmt"
	"math"
)

type Pt struct {
	A int32
	C complex64
	D complex128
}

const big = 1e300 + 2i

func div(a, b complex128) complex128 { return a / b }
func div64(a, b complex64) complex64  { return a / b }

func main() {
	a := complex(1.5, -2.25)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b, -a, a == b, a != b, a == a)
	var f, g complex64 = 1 + 2i, 0.1 + 0.7i
	fmt.Println(f+g, f-g, f*g, f/g, -f, f == g, real(f), imag(g))
	fmt.Printf("%T %T %v %.2f %g %e %8.3f|%+v\n", f, a, a, a, b, b, g, a)
	inf := math.Inf(1)
	nan := math.NaN()
	zs := []complex128{0, complex(inf, 0), complex(0, inf), complex(nan, 0), complex(inf, inf), 1e308 + 1e308i, complex(-0.0, 0)}
	for _, x := range zs {
		for _, y := range zs {
			fmt.Print(div(x, y), " ")
		}
		fmt.Println()
	}
	fmt.Println(div(1+1i, 0), div(-1, 0), div(1e300+1e300i, 1e-300+1e-300i))
	fmt.Println(div64(1+1i, 0), div64(3+4i, 1+2i))
	p := Pt{7, 1 - 1i, 2 + 2i}
	q := p
	q.C *= 2
	fmt.Println(p, q, p == q, p.C, q.D)
	arr := [3]complex64{1, 2i, 3}
	fmt.Println(arr, len(arr))
	m := map[complex128]string{1 + 1i: "x", complex(nan, 0): "nan1"}
	m[complex(nan, 0)] = "nan2"
	m[1+1i] = "y"
	fmt.Println(len(m), m[1+1i])
	var e interface{} = a
	var e2 interface{} = complex(1.5, -2.25)
	fmt.Println(e == e2, e)
	switch v := e.(type) {
	case complex128:
		fmt.Println("c128", real(v))
	}
	ch := make(chan complex64, 2)
	ch <- f
	ch <- g
	fmt.Println(<-ch, <-ch)
	c128 := complex128(f)
	c64 := complex64(a)
	fmt.Println(c128, c64)
	const k = (1 + 2i) * (3 - 1i) / 2
	fmt.Println(k, real(k), imag(k), big)
	var r float32 = real(c64)
	x := 5i
	x++
	x += 2
	x *= x
	fmt.Println(r, x)
	println(a, f)
	fmt.Println(fmt.Sprintf("%v", []complex128{1, 2}), fmt.Sprint(complex64(3)))
	var zc complex128
	fmt.Println(zc, zc == 0)
	s := make([]complex128, 3)
	s[1] = 1i
	copy(s, s[1:])
	fmt.Println(s)
}
