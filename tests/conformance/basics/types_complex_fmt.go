// Complex numbers printed: fmt's verbs, flags, widths and precisions on complex64 and
// complex128 (NaN and infinite parts too), %T, Sprint of slices and structs of them, and
// the print/println builtins' own format.
package main

import (
	"fmt"
	"math"
)

type C struct {
	Z complex64
	W complex128
}

func main() {
	zs := []complex128{0, 1, -1i, 1.5 + 2.25i, complex(math.Inf(1), math.NaN()), complex(-0.0, math.Inf(-1)), 1e21 + 1e-7i}
	for _, z := range zs {
		fmt.Printf("%v|%g|%e|%E|%f|%.3f|%8.2f|%-12.1g|%+.2e|% g|%T\n", z, z, z, z, z, z, z, z, z, z, z)
	}
	var c64 complex64 = 0.1 + 0.2i
	fmt.Printf("%v %.10f %g %T\n", c64, c64, c64, c64)
	fmt.Println(zs[:4], C{1 + 1i, 2 - 2i})
	fmt.Printf("%v %+v %#v\n", C{3i, -1}, C{3i, -1}, C{3i, -1})
	fmt.Println(fmt.Sprint(c64, 7i), fmt.Sprintf("%x %X %b", 1.5+2i, 1.5+2i, 1+0i))
	fmt.Printf("%d %s\n", 1+2i, 1+2i)
	println(zs[3], c64, 1i)
	print(complex(1, -1), "\n")
}
