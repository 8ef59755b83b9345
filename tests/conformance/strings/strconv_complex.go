// strconv.FormatComplex and ParseComplex: every format, precision and size, parentheses,
// signs, infinities and NaNs, hexadecimal and underscored parts, out-of-range parts
// (±Inf with ErrRange) and malformed input (ErrSyntax).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, c := range []complex128{0, 1 + 2i, -1.5 - 0.25i, 1e100i, complex(1.0/3, -2.0/3)} {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'x', 'b'} {
			fmt.Print(strconv.FormatComplex(c, f, -1, 128), " ", strconv.FormatComplex(c, f, 3, 64), " ")
		}
		fmt.Println()
	}
	for _, s := range []string{"1+2i", "(1+2i)", "-3.5e2-4i", "2i", "-i", "i", "1", "+Inf-NaNi", "(NaN+Infi)",
		"0x1p3+0x10i", "1_000+2_0i", "1e400+1i", "1+1e-400i", "1++2i", "1+2", "(1+2i", "", "abc", "1+2ix", "infinity-infi",
		"1e5i", "+1-1i", "1.5e+3+2.5E-2i", "3.4e39+1i"} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Printf("%q: %v %v | %v %v\n", s, c, err, c64, err64)
	}
}
