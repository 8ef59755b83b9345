// Complex constants: exact arithmetic (no rounding until a value is used), real and imag
// of constants, imaginary literals in every base, conversions of constants between
// complex, float and integer types where their values allow it.
package main

import "fmt"

const (
	a = 1 + 2i
	b = (a * a) / (3 - 4i) // exactly -1 + 0i... up to the last digit
	c = 1e400i * 1e-400    // huge and tiny parts, exact
	d = 0x1p-2i + 0o17i + 0b101i + 1_000i
	e = complex(3, 4)
	f = real(e)*real(e) + imag(e)*imag(e)
)

func main() {
	fmt.Println(a, b, c, d, e, f)
	var x complex64 = a
	var y complex128 = b
	var z float64 = real(b)
	var n int = imag(e)
	fmt.Println(x, y, z, n, real(c), imag(d))
	const g = 2.5 + 0i
	var i int = g * 2
	var fl float32 = g
	fmt.Println(i, fl, complex64(g), complex128(1e10+1e-10i))
	fmt.Printf("%T %T %T %T\n", a, e, real(a), complex(float32(1), 2))
	fmt.Println(a == 1+2i, e != 3+4i, -a, +a, a-a)
}
